"""The typed records every step passes along: the text model (:mod:`graph.model.text`) and
the records the other sources read (:mod:`graph.model.records`).

Sources read their input into these records; emitters (:mod:`graph.emit`) turn records into
triples; nothing parses triples back into records.
"""

from graph.model.records import *  # noqa: F403
from graph.model.records import __all__ as _records
from graph.model.text import *  # noqa: F403
from graph.model.text import __all__ as _text

__all__ = [*_text, *_records]
