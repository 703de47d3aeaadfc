"""Emitters: one per kind of fact, each turning typed records into triples."""
