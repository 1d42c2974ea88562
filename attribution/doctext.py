"""The text of a Doc, built once: spaCy's ``Doc.text`` joins every token's text again on each access."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

# The text of every live Doc asked about, by the Doc's id (with a weak reference, to tell a Doc from a later
# one at the same address). The layout reads it before the parser and the claim component after it, over a
# whole batch in between: keeping only the last Doc's text rebuilt it twice per Doc, about a millisecond each
# on a 600-word article. An entry goes when its Doc does.
_texts: dict[int, tuple[weakref.ref[Doc], str]] = {}


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc however often it is asked for."""
    held = _texts.get(id(doc))
    if held is not None and held[0]() is doc:
        return held[1]
    text = doc.text
    remember(doc, text)
    return text


def remember(doc: Doc, text: str) -> None:
    """Record ``text`` as the text of ``doc``: only for a text that ``doc.text`` is known to equal."""
    key = id(doc)

    def forget(ref: weakref.ref[Doc]) -> None:
        held = _texts.get(key)
        if held is not None and held[0] is ref:
            _texts.pop(key, None)

    _texts[key] = (weakref.ref(doc, forget), text)
