"""The text of a Doc, built once: spaCy's ``Doc.text`` joins every token's text again on each access."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

# The last Doc asked about and its text. The components ask for the text of the same Doc once per
# sentence and per source mention; on a 600-word article each ``Doc.text`` costs about a millisecond.
_last: tuple[weakref.ref[Doc], str] | None = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc however often it is asked for."""
    global _last
    last = _last
    if last is not None and last[0]() is doc:
        return last[1]
    text = doc.text
    _last = (weakref.ref(doc), text)
    return text
