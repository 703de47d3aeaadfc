"""Package data: the curated registry and the bundled default text, installed with the
package as ``graph._data`` (read through :mod:`graph.resources`)."""
