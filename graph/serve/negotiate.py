"""Content negotiation: which answer format an ``Accept`` header asks for.

>>> negotiate('text/csv;q=0.5, application/sparql-results+xml', 'SELECT')
('xml', 'application/sparql-results+xml')
>>> negotiate(None, 'CONSTRUCT')
('turtle', 'text/turtle')
>>> negotiate('image/png', 'SELECT') is None
True
>>> negotiate('text/*', 'SELECT')
('csv', 'text/csv')
"""

from __future__ import annotations

from graph.results import GRAPH_FORMATS, RESULT_FORMATS

__all__ = ["negotiate", "parse_accept", "RESULT_MEDIA", "GRAPH_MEDIA", "media_type"]

#: media type -> results format, for SELECT and ASK (first: the default)
RESULT_MEDIA: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
}
#: media type -> RDF format, for CONSTRUCT, DESCRIBE and the service description
GRAPH_MEDIA: dict[str, str] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
}


def parse_accept(accept: str | None) -> list[tuple[float, str]]:
    """Return ``(quality, media range)`` pairs of an ``Accept`` header, best first (the
    header's order among equals); no header is ``*/*``.

    >>> parse_accept('text/csv;q=0.2, application/json')
    [(1.0, 'application/json'), (0.2, 'text/csv')]
    """
    if accept is None or not accept.strip():
        return [(1.0, "*/*")]
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = min(max(float(f[2:]), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((-q, i, media))
    return [(-q, media) for q, _, media in sorted(ranges)]


def negotiate(accept: str | None, form: str) -> tuple[str, str] | None:
    """Return ``(format, media type)`` for the query *form* (``SELECT``, ``ASK``,
    ``CONSTRUCT``, ``DESCRIBE``, or ``GRAPH`` for any RDF answer) that best fits *accept*,
    or ``None`` when nothing fits (an endpoint answers 406).
    """
    table = GRAPH_MEDIA if form in ("CONSTRUCT", "DESCRIBE", "GRAPH") else RESULT_MEDIA
    ranges = parse_accept(accept)
    refused = {media for q, media in ranges if q == 0}
    for q, media in ranges:
        if q == 0:
            continue
        if media in table:
            return table[media], media
        if media == "*/*" or media.endswith("/*"):
            kind = media.split("/")[0]
            for candidate, fmt in table.items():
                if (media == "*/*" or candidate.startswith(kind + "/")) and \
                        candidate not in refused:
                    return fmt, _canonical(fmt) if media == "*/*" else candidate
    return None


def _canonical(fmt: str) -> str:
    return RESULT_FORMATS.get(fmt) or GRAPH_FORMATS[fmt]


def media_type(media: str) -> str:
    """The ``Content-Type`` of an answer of *media* type (text types with their charset).

    >>> media_type('text/csv')
    'text/csv; charset=utf-8'
    """
    return media + "; charset=utf-8" if media.startswith("text/") else media
