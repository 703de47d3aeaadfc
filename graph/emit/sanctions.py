"""The sanctions list's triples: regimes, the committees that keep them, the listed entities
(on the registry's IRI when a registry armed group is the listed entity), and the resolutions
the list cites as catalogue records.

>>> from datetime import date
>>> from graph.model import ListedEntity, SanctionsList
>>> s = SanctionsList('x', '', [ListedEntity('SOe.001', 'AL-SHABAAB', 'Somalia',
...     date(2010, 4, 12))], {'Somalia': 15})
>>> triples, report, documents = generate_sanctions_triples(s)
>>> node = entity_iri('listed-soe-001')
>>> (node, UNSC.listedUnder, regime_iri('Somalia')) in triples, report.entities
(True, 1)
>>> sorted(d.symbol for d in documents)[:2]
['S/RES/733 (1992)', 'S/RES/751 (1992)']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from graph.iri import document_iri, entity_iri, slugify
from graph.model import DocumentRecord, ListedEntity, SanctionsList
from graph.namespaces import DCTERMS, RDF, RDFS, SKOS, UNSC, XSD
from graph.sources.sanctions import Match, _script, normalize_name
from graph.symbols import parse_sc_resolution, sc_resolution

__all__ = ["Regime", "REGIMES", "SanctionsReport", "regime_iri", "generate_sanctions_triples"]

Triple = tuple[URIRef, URIRef, object]



@dataclass(frozen=True)
class Regime:
    """Facts about one sanctions regime (a ``UN_LIST_TYPE`` of the list).

    ``committee`` is the (number, year) of the resolution that established the committee that
    keeps the list (``None``: no committee); ``established`` the resolutions that imposed the
    measures; ``continued`` later resolutions that re-founded or renamed the regime.
    """

    label: str
    committee: tuple[int, int] | None
    established: tuple[tuple[int, int], ...]
    continued: tuple[tuple[int, int], ...] = ()


#: Facts, not extracted from the file: the list types of the 2020 list and the resolutions
#: behind them. Committees are named after the resolution that established them
#: ("Security Council Committee established pursuant to resolution 1518 (2003)").
#: Al-Qaida: 1267 (1999) set up the Taliban/Al-Qaida regime and its committee; 1989 (2011)
#: split off the Al-Qaida list; 2253 (2015) renamed it ISIL (Da'esh) and Al-Qaida.
#: Iran: the 1737 Committee ended under 2231 (2015); the list is kept by the Council itself
#: (the "2231 format"), so the regime has no unsc:keptBy (the shape wants a unsc:Committee).
REGIMES: dict[str, Regime] = {
    "Al-Qaida": Regime("ISIL (Da'esh) and Al-Qaida sanctions regime", (1267, 1999),
                       ((1267, 1999),), ((1989, 2011), (2253, 2015))),
    "Taliban": Regime("1988 (Taliban) sanctions regime", (1988, 2011), ((1988, 2011),)),
    "Iraq": Regime("Iraq sanctions regime", (1518, 2003), ((661, 1990),), ((1483, 2003),)),
    "DPRK": Regime("Democratic People's Republic of Korea sanctions regime", (1718, 2006),
                   ((1718, 2006),)),
    "Iran": Regime("Iran sanctions regime (2231 list)", None, ((1737, 2006),), ((2231, 2015),)),
    "DRC": Regime("Democratic Republic of the Congo sanctions regime", (1533, 2004),
                  ((1493, 2003),)),
    "CAR": Regime("Central African Republic sanctions regime", (2127, 2013), ((2127, 2013),)),
    "Libya": Regime("Libya sanctions regime", (1970, 2011), ((1970, 2011),)),
    "Somalia": Regime("Somalia sanctions regime", (751, 1992), ((733, 1992),)),
    "GB": Regime("Guinea-Bissau sanctions regime", (2048, 2012), ((2048, 2012),)),
    "Mali": Regime("Mali sanctions regime", (2374, 2017), ((2374, 2017),)),
    "SouthSudan": Regime("South Sudan sanctions regime", (2206, 2015), ((2206, 2015),)),
    "Yemen": Regime("Yemen sanctions regime", (2140, 2014), ((2140, 2014),)),
    "Sudan": Regime("Sudan sanctions regime", (1591, 2005), ((1556, 2004),)),
}

#: the committee of the ISIL (Da'esh) and Al-Qaida regime is the registry's ``committee-1267``
_COMMITTEE_SLUG = {(1267, 1999): "committee-1267"}



@dataclass
class SanctionsReport:
    """What the generation did, for the build summary and the user."""

    generated: str = ""
    entities: int = 0
    individuals: dict[str, int] = field(default_factory=dict)
    entities_per_regime: dict[str, int] = field(default_factory=dict)
    unknown_regimes: list[str] = field(default_factory=list)  # list types not in REGIMES
    registry_links: dict[str, str] = field(default_factory=dict)  # registry IRI -> reference
    registry_unlinked: list[str] = field(default_factory=list)  # ambiguous / unmatched groups
    registry_conflicts: list[str] = field(default_factory=list)  # registry says another number
    names_skipped: int = 0  # names in scripts other than Latin and Arabic
    triples: int = 0


def regime_iri(list_type: str) -> URIRef:
    """Return the IRI of the regime of a list type.

    >>> str(regime_iri('Al-Qaida')).rsplit('/', 1)[1]
    'regime-al-qaida'
    """
    return entity_iri("regime-" + slugify(list_type))


def _committee_iri(resolution: tuple[int, int]) -> URIRef:
    return entity_iri(_COMMITTEE_SLUG.get(resolution, f"committee-{resolution[0]}"))


def _regime_triples(list_type: str, individuals: int, cited: set[str],
                    labelled: set[URIRef]) -> Iterator[Triple]:
    node = regime_iri(list_type)
    facts = REGIMES.get(list_type)
    yield node, RDF.type, UNSC.SanctionsRegime
    label = facts.label if facts else f"{list_type} sanctions regime"
    yield node, RDFS.label, Literal(label, lang="en")
    yield node, UNSC.individualsListed, Literal(individuals, datatype=XSD.integer)
    if facts is None:
        return
    if facts.committee is not None:
        committee = _committee_iri(facts.committee)
        symbol = sc_resolution(*facts.committee)
        yield node, UNSC.keptBy, committee
        yield committee, RDF.type, UNSC.Committee
        yield committee, UNSC.establishedBy, document_iri(symbol)
        cited.add(symbol)
        if facts.committee not in _COMMITTEE_SLUG and committee not in labelled:
            label = f"Security Council Committee established pursuant to resolution " \
                    f"{facts.committee[0]} ({facts.committee[1]})"
            yield committee, SKOS.prefLabel, Literal(label, lang="en")
            # the UN's Chinese for the same name (as in "第751(1992)号决议所设委员会")
            label = f"安全理事会第{facts.committee[0]}({facts.committee[1]})号决议所设委员会"
            yield committee, SKOS.prefLabel, Literal(label, lang="zh")
    for prop, resolutions in ((UNSC.establishedBy, facts.established),
                              (UNSC.continuedBy, facts.continued)):
        for number, year in resolutions:
            symbol = sc_resolution(number, year)
            cited.add(symbol)
            yield node, prop, document_iri(symbol)


def _entity_triples(e: ListedEntity, subject: URIRef, in_registry: bool, cited: set[str],
                    report: SanctionsReport, taken: set[tuple[URIRef, Literal]]
                    ) -> Iterator[Triple]:
    yield subject, RDF.type, UNSC.ListedEntity
    yield subject, UNSC.sanctionsReference, Literal(e.reference)
    # a registry group keeps its own English prefLabel: the listed name becomes an altLabel
    if (subject, Literal(e.name, lang="en")) not in taken:
        yield subject, SKOS.altLabel if in_registry else SKOS.prefLabel, Literal(e.name, lang="en")
    names = [(a.name, a.lang, a.quality) for a in e.aliases]
    if e.original_script:
        names.append((e.original_script, _script(e.original_script), "original"))
    for name, lang, quality in names:
        if not lang:
            report.names_skipped += 1
            continue
        if lang == "en" and normalize_name(name) == normalize_name(e.name):
            continue
        prop = UNSC.formerName if quality == "f.k.a." else SKOS.altLabel
        if (subject, Literal(name, lang=lang)) not in taken:  # SKOS: labels are disjoint
            yield subject, prop, Literal(name, lang=lang)
    yield subject, UNSC.listedUnder, regime_iri(e.list_type)
    if e.listed_on is not None:
        yield subject, UNSC.listedOn, Literal(e.listed_on.isoformat(), datatype=XSD.date)
    for symbol in e.resolutions:
        cited.add(symbol)
        yield subject, DCTERMS.references, document_iri(symbol)


def generate_sanctions_triples(sanctions: SanctionsList,
                               registry_groups: Mapping[URIRef, Match] | None = None,
                               registry: Graph | None = None,
                               ) -> tuple[list[Triple], SanctionsReport, list[DocumentRecord]]:
    """Return the triples of the regimes and listed entities, and a report.

    *registry_groups* is the result of :func:`link_registry_groups`: a listed entity linked
    to a registry armed group is described on the registry IRI, any other on
    ``id:entity/listed-<reference>``. Nothing of the individuals but their count per regime
    goes into the graph. A committee gets an English prefLabel from here only when the
    *registry* has none for it (``committee-1267`` never: the registry names it).
    The resolutions the regimes and the entries' comments cite are returned as catalogue
    records (source ``cited``).
    """
    registry_groups = registry_groups or {}
    by_reference: dict[str, URIRef] = {}
    report = SanctionsReport(generated=sanctions.generated, entities=len(sanctions.entities),
                             individuals=dict(sanctions.individuals))
    for group, m in sorted(registry_groups.items()):
        if m.status == "linked" and m.reference not in by_reference:
            by_reference[m.reference] = group  # type: ignore[index]
            report.registry_links[str(group)] = m.reference  # type: ignore[assignment]
        elif m.status == "linked":
            report.registry_unlinked.append(
                f"{group}: {m.reference} already linked to {by_reference[m.reference]}")
        else:
            report.registry_unlinked.append(
                f"{group}: {m.status} {', '.join(m.references)}".rstrip())
    labelled: set[URIRef] = set()
    taken: set[tuple[URIRef, Literal]] = set()  # registry prefLabels and hiddenLabels
    if registry is not None:
        taken = {(s, o) for p in (SKOS.prefLabel, SKOS.hiddenLabel)
                 for s, o in registry.subject_objects(p)
                 if isinstance(s, URIRef) and isinstance(o, Literal)}
        for group, reference in sorted(by_reference.items()):
            for said in sorted(map(str, registry.objects(reference, UNSC.sanctionsReference))):
                if said != group:
                    report.registry_conflicts.append(
                        f"{reference}: the registry says {said}, the list's names say {group}")
        labelled = {s for s, o in registry.subject_objects(SKOS.prefLabel)
                    if isinstance(s, URIRef) and isinstance(o, Literal)
                    and (o.language or "").lower().split("-")[0] == "en"}
    cited: set[str] = set()
    out: list[Triple] = []
    for list_type in sanctions.regimes:
        if list_type not in REGIMES:
            report.unknown_regimes.append(list_type)
        out.extend(_regime_triples(list_type, sanctions.individuals.get(list_type, 0), cited,
                                   labelled))
    for e in sanctions.entities:
        report.entities_per_regime[e.list_type] = report.entities_per_regime.get(
            e.list_type, 0) + 1
        subject = by_reference.get(e.reference)
        node = subject or entity_iri("listed-" + slugify(e.reference))
        out.extend(_entity_triples(e, node, subject is not None, cited, report, taken))
    documents = [DocumentRecord(symbol, "cited", cls=UNSC.SecurityCouncilResolution,
                                number=parts[0], year=parts[1], passed_by_council=True)
                 for symbol in sorted(cited) for parts in [parse_sc_resolution(symbol)] if parts]
    unique = list(dict.fromkeys(out))
    report.entities_per_regime = dict(sorted(report.entities_per_regime.items()))
    report.triples = len(unique)
    return unique, report, documents


