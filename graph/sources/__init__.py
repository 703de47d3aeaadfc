"""Readers of structured public sources (meeting tables, library records) that add to the graph."""
