"""Package data: the ontology and the SHACL shapes, installed with the package as
``graph._ontology`` (read through :mod:`graph.resources`)."""
