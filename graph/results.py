"""Write query answers: the one place for SPARQL result formats and RDF answers.

``unsc-graph query --format`` and the endpoint (``graph.serve``) both write through here:

* solutions and booleans (``SELECT``, ``ASK``) as the W3C SPARQL 1.1 Query Results formats:
  JSON, XML, CSV and TSV, term types, datatypes and language tags kept (CSV keeps only the
  values, as its specification says);
* triples (``CONSTRUCT``, ``DESCRIBE``) as Turtle, N-Triples, RDF/XML (written by
  pyoxigraph, with the project's prefixes) or JSON-LD compacted with a ``@context`` of the
  project's prefixes (:func:`generate_jsonld`, which also writes named graphs).

Writers stream and stop at a row limit (:class:`ResultTooLarge`, status 400) or a size limit
(status 413), so an answer never grows past what the caller allows.

>>> import io, pyoxigraph as ox
>>> out = io.BytesIO()
>>> write_solutions(['n'], [[ox.Literal('2', datatype=ox.NamedNode(XSD + 'integer'))]],
...                 'csv', out)
1
>>> out.getvalue()
b'n\\r\\n2\\r\\n'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import BinaryIO

import pyoxigraph as ox
from wcwidth import wcwidth

from graph.errors import UsageError
from graph.namespaces import PREFIXES, SERIALIZATION_PREFIXES

__all__ = [
    "RESULT_FORMATS", "GRAPH_FORMATS", "ResultTooLarge", "write_solutions", "write_boolean",
    "write_triples", "write_answer", "generate_jsonld", "display_width", "XSD",
]

XSD = "http://www.w3.org/2001/XMLSchema#"
_STRING = XSD + "string"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: format name -> media type, for solutions and booleans
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: format name -> media type, for triples
GRAPH_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_OX_GRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
             "rdfxml": ox.RdfFormat.RDF_XML}

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class ResultTooLarge(Exception):
    """An answer past the row or size limit: ``status`` 400 (rows) or 413 (bytes)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class _Capped:
    """A binary writer that raises :class:`ResultTooLarge` past *limit* bytes."""

    def __init__(self, out: BinaryIO, limit: int | None) -> None:
        self.out, self.limit, self.size = out, limit, 0

    def write(self, data: bytes) -> None:
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            raise ResultTooLarge(f"answer larger than {_megabytes(self.limit)}: add a LIMIT "
                                 "to the query", 413)
        self.out.write(data)


def _megabytes(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1e6 else f"{n} bytes"


def _too_many(max_rows: int, what: str) -> ResultTooLarge:
    return ResultTooLarge(f"result has more than {max_rows} {what}: add a LIMIT to the query",
                          400)


# --- terms -------------------------------------------------------------------------------------


def _json_term(term: Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if term.direction is not None:
                out["its:dir"] = str(term.direction)
        elif term.datatype.value != _STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _xml_text(text: str) -> str:
    """Escape *text* for XML: ``\\r`` as a reference (XML parsers would turn it into
    ``\\n``), white space at either end too (some parsers trim it).

    >>> _xml_text(' a<b ')
    '&#32;a&lt;b&#32;'
    """
    escaped = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
               .replace('"', "&quot;").replace("'", "&apos;").replace("\r", "&#13;"))
    core = escaped.strip(" \t\n")
    if core == escaped:
        return escaped
    start = escaped.index(core) if core else len(escaped)
    lead, tail = escaped[:start], escaped[start + len(core):]

    def refs(white: str) -> str:
        return "".join(f"&#{ord(c)};" for c in white)

    return refs(lead) + core + refs(tail)


_xml_attribute = _xml_text


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attribute = f' xml:lang="{_xml_attribute(term.language)}"'
            if term.direction is not None:
                attribute += (f' its:dir="{term.direction}" xmlns:its='
                              '"http://www.w3.org/2005/11/its" its:version="2.0"')
        elif term.datatype.value != _STRING:
            attribute = f' datatype="{_xml_attribute(term.datatype.value)}"'
        else:
            attribute = ""
        return f"<literal{attribute}>{_xml_text(term.value)}</literal>"
    return (f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>"
            f"{_xml_term(term.predicate)}</predicate><object>{_xml_term(term.object)}"
            "</object></triple>")


def _csv_field(term: Term | None) -> str:
    if term is None:
        text = ""
    elif isinstance(term, ox.BlankNode):
        text = "_:" + term.value
    elif isinstance(term, ox.Triple):
        text = " ".join(_csv_field(t) for t in term)
    else:
        text = term.value
    if any(c in text for c in '",\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


# numbers and booleans in their Turtle short form, as the TSV results format allows
_SHORT = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"),
    XSD + "boolean": re.compile(r"true|false"),
}


def _tsv_field(term: Term | None) -> str:
    """A value in the TSV results format: Turtle's short form for numbers and booleans,
    N-Triples otherwise (tabs and newlines escaped); ``""`` when unbound.

    >>> _tsv_field(ox.Literal('3', datatype=ox.NamedNode(XSD + 'integer')))
    '3'
    >>> print(_tsv_field(ox.Literal('a\\tb', language='en')))
    "a\\tb"@en
    """
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return "<<( " + " ".join(_tsv_field(t) for t in term) + " )>>"
    if isinstance(term, ox.Literal) and not term.language:
        short = _SHORT.get(term.datatype.value)
        if short is not None and short.fullmatch(term.value):
            return term.value
    return str(term)


# --- writers -----------------------------------------------------------------------------------


def write_solutions(variables: Sequence[str], rows: Iterable[Sequence[Term | None]], fmt: str,
                    out: BinaryIO, *, max_rows: int | None = None,
                    max_bytes: int | None = None) -> int:
    """Write solutions in the SPARQL results format *fmt*; return the number of rows.

    Parameters
    ----------
    variables : sequence of str
        The variable names, without ``?``.
    rows : iterable of sequences of terms
        One value per variable, ``None`` when unbound (a :class:`pyoxigraph.QuerySolution`
        is such a sequence).
    fmt : str
        ``json``, ``xml``, ``csv`` or ``tsv``.
    out : binary file
        Where the bytes go.
    max_rows, max_bytes : int, optional
        Limits: past them :class:`ResultTooLarge` is raised (what was written is partial).

    Examples
    --------
    >>> import io
    >>> out = io.BytesIO()
    >>> write_solutions(['s'], [[ox.NamedNode('http://a')], [None]], 'tsv', out)
    2
    >>> out.getvalue()
    b'?s\\n<http://a>\\n\\n'
    """
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"unknown results format {fmt!r}: use {', '.join(RESULT_FORMATS)}")
    sink = _Capped(out, max_bytes)
    variables = list(variables)
    n = 0
    if fmt == "json":
        sink.write(b'{"head":{"vars":' + _dumps(variables) + b'},"results":{"bindings":[')
    elif fmt == "xml":
        head = "".join(f'<variable name="{_xml_attribute(v)}"/>' for v in variables)
        sink.write(('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                    f"<head>{head}</head><results>").encode())
    elif fmt == "csv":
        sink.write((",".join(_csv_field(ox.Literal(v)) for v in variables) + "\r\n").encode())
    else:
        sink.write(("\t".join("?" + v for v in variables) + "\n").encode())
    for row in rows:
        if max_rows is not None and n >= max_rows:
            raise _too_many(max_rows, "rows")
        values = [row[i] for i in range(len(variables))]
        if fmt == "json":
            binding = {v: _json_term(t) for v, t in zip(variables, values) if t is not None}
            sink.write((b"," if n else b"") + _dumps(binding))
        elif fmt == "xml":
            cells = "".join(f'<binding name="{_xml_attribute(v)}">{_xml_term(t)}</binding>'
                            for v, t in zip(variables, values) if t is not None)
            sink.write(f"<result>{cells}</result>".encode())
        elif fmt == "csv":
            sink.write((",".join(map(_csv_field, values)) + "\r\n").encode())
        else:
            sink.write(("\t".join(map(_tsv_field, values)) + "\n").encode())
        n += 1
    if fmt == "json":
        sink.write(b"]}}")
    elif fmt == "xml":
        sink.write(b"</results></sparql>")
    return n


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def write_boolean(value: bool, fmt: str, out: BinaryIO) -> None:
    """Write an ``ASK`` answer in the SPARQL results format *fmt*.

    >>> import io
    >>> out = io.BytesIO()
    >>> write_boolean(True, 'json', out)
    >>> out.getvalue()
    b'{"head":{},"boolean":true}'
    """
    text = "true" if value else "false"
    if fmt == "json":
        data = '{"head":{},"boolean":' + text + "}"
    elif fmt == "xml":
        data = ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head></head><boolean>{text}</boolean></sparql>")
    elif fmt in ("csv", "tsv"):  # not in the CSV/TSV specification: the word, as Oxigraph
        data = text
    else:
        raise UsageError(f"unknown results format {fmt!r}: use {', '.join(RESULT_FORMATS)}")
    out.write(data.encode())


def _triple_key(t: ox.Triple | ox.Quad) -> tuple[str, str, str]:
    return str(t.subject), str(t.predicate), str(t.object)


def write_triples(triples: Iterable[ox.Triple], fmt: str, out: BinaryIO, *,
                  max_rows: int | None = None, max_bytes: int | None = None,
                  prefixes: dict[str, str] | None = None) -> int:
    """Write the triples of a ``CONSTRUCT`` or ``DESCRIBE`` sorted, in *fmt* (``turtle``,
    ``ntriples``, ``jsonld``, ``rdfxml``), with the project's prefixes and *prefixes*;
    return their number.

    >>> import io
    >>> out = io.BytesIO()
    >>> t = ox.Triple(ox.NamedNode('http://purl.org/dc/terms/a'), ox.NamedNode(_RDF_TYPE),
    ...               ox.NamedNode('http://purl.org/dc/terms/B'))
    >>> write_triples([t], 'turtle', out)
    1
    >>> out.getvalue().decode().splitlines()[-1]
    'dcterms:a a dcterms:B .'
    """
    if fmt not in GRAPH_FORMATS:
        raise UsageError(f"unknown RDF format {fmt!r}: use {', '.join(GRAPH_FORMATS)}")
    kept: list[ox.Triple] = []
    for triple in triples:
        if max_rows is not None and len(kept) >= max_rows:
            raise _too_many(max_rows, "triples")
        kept.append(triple)
    kept = sorted(set(kept), key=_triple_key)
    if fmt == "jsonld":
        data = generate_jsonld((ox.Quad(t.subject, t.predicate, t.object) for t in kept),
                               {**PREFIXES, **(prefixes or {})})
    else:
        used = None if fmt == "ntriples" else _used_prefixes(kept, prefixes or {})
        data = ox.serialize(kept, format=_OX_GRAPH[fmt], prefixes=used)
    _Capped(out, max_bytes).write(data)
    return len(kept)


def _used_prefixes(triples: list[ox.Triple], extra: dict[str, str]) -> dict[str, str]:
    """The serialisation prefixes (and *extra*) whose namespace starts some IRI of
    *triples*."""
    iris = {t.value for triple in triples for t in triple if isinstance(t, ox.NamedNode)}
    iris |= {t.object.datatype.value for t in triples if isinstance(t.object, ox.Literal)}
    return {p: ns for p, ns in {**SERIALIZATION_PREFIXES, **extra}.items()
            if any(iri.startswith(ns) for iri in iris)}


def write_answer(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str,
                 out: BinaryIO, *, max_rows: int | None = None,
                 max_bytes: int | None = None) -> int:
    """Write any pyoxigraph answer in *fmt*; return the rows (or triples) written.

    >>> import io
    >>> out = io.BytesIO()
    >>> write_answer(ox.Store().query('ASK {}'), 'xml', out)
    1
    >>> out.getvalue().endswith(b'<boolean>true</boolean></sparql>')
    True
    """
    if isinstance(answer, ox.QueryBoolean):
        write_boolean(bool(answer), fmt, out)
        return 1
    if isinstance(answer, ox.QueryTriples):
        return write_triples(answer, fmt, out, max_rows=max_rows, max_bytes=max_bytes)
    return write_solutions([v.value for v in answer.variables], answer, fmt, out,
                           max_rows=max_rows, max_bytes=max_bytes)


# --- JSON-LD -----------------------------------------------------------------------------------


def _compact(iri: str, namespaces: list[tuple[str, str]]) -> str:
    """*iri* as ``prefix:rest`` with the longest matching namespace, else unchanged."""
    for prefix, ns in namespaces:
        if iri.startswith(ns) and iri != ns and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _jsonld_value(term: Term, namespaces: list[tuple[str, str]]) -> object:
    if isinstance(term, ox.NamedNode):
        return {"@id": _compact(term.value, namespaces)}
    if isinstance(term, ox.BlankNode):
        return {"@id": "_:" + term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            value = {"@value": term.value, "@language": term.language}
            if term.direction is not None:
                value["@direction"] = str(term.direction)
            return value
        if term.datatype.value == _STRING:
            return {"@value": term.value}
        return {"@value": term.value, "@type": _compact(term.datatype.value, namespaces)}
    raise UsageError("JSON-LD cannot hold a triple term")


def _jsonld_id(term: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
               namespaces: list[tuple[str, str]]) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return _compact(term.value, namespaces)


def generate_jsonld(quads: Iterable[ox.Quad], prefixes: dict[str, str] | None = None) -> bytes:
    """Return the quads as compacted JSON-LD: a ``@context`` of *prefixes* (by default
    :data:`graph.namespaces.PREFIXES`), one node object per subject, named graphs as
    ``{"@id": graph, "@graph": [...]}``; sorted, so the same quads give the same bytes.

    >>> q = ox.Quad(ox.NamedNode('http://purl.org/dc/terms/a'),
    ...             ox.NamedNode('http://purl.org/dc/terms/title'), ox.Literal('x', language='en'))
    >>> print(generate_jsonld([q], {'dcterms': 'http://purl.org/dc/terms/'}).decode(), end='')
    {
      "@context": {
        "dcterms": "http://purl.org/dc/terms/"
      },
      "@graph": [
        {
          "@id": "dcterms:a",
          "dcterms:title": {
            "@language": "en",
            "@value": "x"
          }
        }
      ]
    }
    """
    prefixes = dict(PREFIXES if prefixes is None else prefixes)
    namespaces = sorted(((p, ns) for p, ns in prefixes.items()), key=lambda x: -len(x[1]))
    graphs: dict[str, dict[str, dict[str, list]]] = {}
    for quad in quads:
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name
        key = "" if graph == "" else _jsonld_id(graph, namespaces)
        node = graphs.setdefault(key, {}).setdefault(_jsonld_id(quad.subject, namespaces), {})
        if quad.predicate.value == _RDF_TYPE and not isinstance(quad.object, ox.Literal):
            node.setdefault("@type", []).append(_jsonld_id(quad.object, namespaces))
        else:
            prop = _compact(quad.predicate.value, namespaces)
            node.setdefault(prop, []).append(_jsonld_value(quad.object, namespaces))

    def nodes(subjects: dict[str, dict[str, list]]) -> list[dict]:
        out = []
        for subject in sorted(subjects):
            node: dict[str, object] = {"@id": subject}
            for prop, values in sorted(subjects[subject].items()):
                values = sorted(values, key=lambda v: json.dumps(v, sort_keys=True))
                node[prop] = values[0] if len(values) == 1 else values
            out.append(node)
        return out

    top = nodes(graphs.pop("", {}))
    top += [{"@id": g, "@graph": nodes(graphs[g])} for g in sorted(graphs)]
    used = {p: ns for p, ns in sorted(prefixes.items())}
    document = {"@context": used, "@graph": top}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


# --- display width -------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Return the columns *text* takes in a terminal: 2 for a Chinese character, 0 for a
    combining mark, 1 otherwise (a control character counts 1: it is shown escaped).

    >>> display_width('伊拉克'), display_width('Iraq')
    (6, 4)
    """
    return sum(max(wcwidth(c), 0) if c >= " " else 1 for c in text)

