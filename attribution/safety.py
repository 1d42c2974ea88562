"""Input safety: make any ``str`` something the pipeline can take, without changing a single offset.

Two kinds of text break spaCy itself, whatever the components do:

- A lone surrogate (``"\\ud800"``) is a valid Python ``str`` but not valid Unicode; the tokenizer
  hashes every word as UTF-8 and raises ``UnicodeEncodeError``. It is replaced by U+FFFD for
  processing (one character for one, so offsets hold), and every text field of the claims is then
  cut again from the caller's original string.
- A long run without whitespace made of characters the tokenizer splits off one at a time (quotation
  marks, brackets, emoji, ``=``, ``$``: 4,000 of them take a second, 40,000 nearly two minutes) costs
  the tokenizer time in the square of its length. Such runs are tokenized a slice at a time.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
from spacy.tokens import Doc

from .doctext import remember
from .models import Claim

_SURROGATE = re.compile("[\ud800-\udfff]")
# No real word is this long; URLs and hashtags stay well below it.
RUN_CHARS = 1_000
_SLICE_CHARS = 100
_LONG_RUN = re.compile(r"\S{%d,}\s*" % RUN_CHARS)


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """The text with each lone surrogate replaced by U+FFFD: same length, same offsets."""
    return _SURROGATE.sub("\ufffd", text)


def with_text_of(claims: list[Claim], text: str) -> list[Claim]:
    """The claims with every text field cut again from ``text`` (the caller's string, surrogates and all)."""
    restored = []
    for claim in claims:
        cue = claim.cue.model_copy(update={"text": text[claim.cue.start:claim.cue.end]}) if claim.cue else None
        hedges = [h.model_copy(update={"text": text[h.start:h.end]}) for h in claim.hedges]
        sources = [s.model_copy(update={"mention": text[s.mention_start:s.mention_end]})
                   if s.mention_start is not None and s.mention_end is not None else s for s in claim.sources]
        restored.append(claim.model_copy(update={"text": text[claim.start:claim.end], "cue": cue,
                                                  "hedges": hedges, "sources": sources}))
    return restored


def slice_starts(text: str) -> list[int]:
    """Where ``make_doc`` starts a slice inside a long run: token starts a long text may be cut at."""
    starts = []
    for run in _LONG_RUN.finditer(text):
        for start in range(run.start() + _SLICE_CHARS, run.end(), _SLICE_CHARS):
            if not text[start:run.end()].strip():
                break
            starts.append(start)
    return starts


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that runs of over ``RUN_CHARS`` non-space characters are tokenized
    a slice at a time, so that time stays linear. Text without such runs is tokenized as usual."""
    if type(text) is not str:  # spaCy's tokenizer takes no subclass of str; its base copy has the same offsets
        text = str.__str__(text)
    if _LONG_RUN.search(text) is None:
        doc = nlp.make_doc(text)
        if type(nlp.tokenizer) is Tokenizer:
            # spaCy's own tokenizer never changes the text (``doc.text == text``): the components need not
            # join the tokens again to get it. Another tokenizer may, so its Docs are asked for their text.
            remember(doc, text)
        return doc
    parts: list[Doc] = []
    position = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > position:
            parts.append(nlp.make_doc(text[position:run.start()]))
        # Each slice but the last ends inside the run; the last keeps the whitespace after the run.
        for start in range(run.start(), run.end(), _SLICE_CHARS):
            end = start + _SLICE_CHARS
            if end >= run.end() or not text[end:run.end()].strip():
                parts.append(nlp.make_doc(text[start:run.end()]))
                break
            parts.append(nlp.make_doc(text[start:end]))
        position = run.end()
    if position < len(text):
        parts.append(nlp.make_doc(text[position:]))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    # The slices tile the text, so this holds; if it ever did not, slow and exact beats fast and wrong.
    if doc.text != text:
        return nlp.make_doc(text)
    remember(doc, text)
    return doc
