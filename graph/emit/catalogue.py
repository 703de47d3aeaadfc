"""The catalogue's triples: every document and meeting of a build, each described once.

>>> from graph.model import DocumentRecord, MeetingFact
>>> from graph.namespaces import UNSC
>>> d = DocumentRecord('S/PRST/2015/25', 'cited', cls=UNSC.PresidentialStatement, year=2015)
>>> sorted(str(p).rsplit('/', 1)[-1].rsplit('#', 1)[-1]
...        for _, p, _ in generate_catalogue_triples([d], []))
['identifier', 'page', 'type', 'year']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.emit.text import SECURITY_COUNCIL, lit_date, lit_int
from graph.iri import document_iri, meeting_iri, undocs_url
from graph.model import DocumentRecord, MeetingFact
from graph.namespaces import DCTERMS, ELI, FOAF, RDF, UNSC

__all__ = ["generate_catalogue_triples", "generate_document_triples",
           "generate_meeting_triples"]

Triple = tuple[URIRef, URIRef, Node]


def generate_document_triples(doc: DocumentRecord) -> Iterator[Triple]:
    """The triples of one (merged) catalogue entry."""
    iri = document_iri(doc.symbol)
    yield iri, RDF.type, doc.cls if doc.cls is not None else UNSC.Document
    yield iri, DCTERMS.identifier, Literal(doc.symbol)
    yield iri, FOAF.page, undocs_url(doc.symbol)
    if doc.year is not None:
        yield iri, UNSC.year, lit_int(doc.year)
    if doc.number is not None:
        yield iri, UNSC.number, lit_int(doc.number)
    if doc.author is not None:
        yield iri, DCTERMS.creator, doc.author
    if doc.dated is not None:
        yield iri, DCTERMS.date, lit_date(doc.dated)
    if doc.meeting is not None:
        yield iri, UNSC.adoptedAt, meeting_iri(doc.meeting)
    if doc.passed_by_council:
        yield iri, ELI.passed_by, SECURITY_COUNCIL
    if doc.chapter_vii is not None:
        yield iri, UNSC.actingUnderChapterVII, Literal(bool(doc.chapter_vii))
    if doc.topic:
        yield iri, UNSC.topic, Literal(doc.topic, lang="en")
    if doc.title:
        yield iri, DCTERMS.title, Literal(doc.title, lang="en")
    if doc.votes is not None:
        yield iri, UNSC.vote, Literal(doc.vote or "-".join(map(str, doc.votes)))
        yield iri, UNSC.votesFor, lit_int(doc.votes[0])
        yield iri, UNSC.votesAgainst, lit_int(doc.votes[1])
        yield iri, UNSC.abstentions, lit_int(doc.votes[2])


def generate_meeting_triples(meeting: MeetingFact) -> Iterator[Triple]:
    """The triples of one meeting of the Council."""
    node = meeting_iri(meeting.number)
    yield node, RDF.type, UNSC.Meeting
    yield node, UNSC.meetingNumber, lit_int(meeting.number)
    yield node, FOAF.page, undocs_url(f"S/PV.{meeting.number}")
    if meeting.dated is not None:
        yield node, DCTERMS.date, lit_date(meeting.dated)


def generate_catalogue_triples(documents: Iterable[DocumentRecord],
                               meetings: Iterable[MeetingFact]) -> Iterator[Triple]:
    """The triples of merged catalogue entries (see :mod:`graph.catalogue`)."""
    for doc in documents:
        yield from generate_document_triples(doc)
    for meeting in meetings:
        yield from generate_meeting_triples(meeting)
