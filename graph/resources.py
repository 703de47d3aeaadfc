"""The files the package ships and reads at run time, found with :mod:`importlib.resources`.

The checkout keeps them where people look for them (``ontology/``, ``data/registry/``,
``data/texts/``, ``graph/queries/``, ``graph/static/``); ``pyproject.toml`` maps the two
top-level folders into the package as ``graph._ontology`` and ``graph._data``, so an
installed wheel carries them and an editable install reads the checkout's own files. No
other module builds a path to these files.

>>> ontology_path('shapes.ttl').name
'shapes.ttl'
>>> sorted(p.name for p in registry_paths())[:2]
['bodies.ttl', 'documents.ttl']
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["ontology_path", "registry_paths", "default_text_dir", "query_dir", "static_path"]


def _folder(package: str, *parts: str) -> Path:
    """The folder of *package* (plus *parts*) on disk: wheels are unpacked on install, so
    every resource is a real file (a zipped import is not supported)."""
    root = files(package)
    path = Path(str(root.joinpath(*parts))) if parts else Path(str(root))
    return path


def ontology_path(name: str) -> Path:
    """The file *name* of the ontology folder (``unsc.ttl``, ``shapes.ttl``, ``examples/…``)."""
    return _folder("graph._ontology") / name


def registry_paths() -> list[Path]:
    """The curated registry's Turtle files, sorted."""
    return sorted(_folder("graph._data", "registry").glob("*.ttl"))


def default_text_dir() -> Path:
    """The folder of the bundled default texts (the seed, S/RES/2388 (2017) in Chinese)."""
    return _folder("graph._data", "texts")


def query_dir() -> Path:
    """The folder of the canned SPARQL queries (one ``.rq`` file per query)."""
    return _folder("graph", "queries")


def static_path(name: str) -> Path:
    """A static file of the query page and the network pages."""
    return _folder("graph", "static") / name
