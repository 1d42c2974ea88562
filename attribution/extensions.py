"""Doc extensions: the one place where attribution's ``Doc`` attributes are registered."""

from __future__ import annotations

from spacy.tokens import Doc

CLAIMS = "claims"
LAYOUT = "attribution_layout"
SPANS_KEY = "attribution"
HEDGES_KEY = "attribution_hedges"
CUES_KEY = "attribution_cues"


def register_extensions() -> None:
    """Register ``doc._.claims`` and ``doc._.attribution_layout`` once; calling again is harmless."""
    # None, not a list: a mutable default would be shared by every Doc.
    for name in (CLAIMS, LAYOUT):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
