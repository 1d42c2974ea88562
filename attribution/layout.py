"""The ``attribution_layout`` component: find the article's lines, sentences and quotations before the parser runs.

It must run before the parser (``nlp.add_pipe("attribution_layout", before="parser")``): it fixes the
article's line and sentence boundaries, so the parser never links words across them, and leaves the
layout on the ``Doc`` as plain data (``doc._.attribution_layout``) for ``claim_attribution`` to read.
Placed first, before any model has read the ``Doc`` (as ``Extractor`` places it), it also makes each line of
page furniture one token, so the tagger, parser and entity recogniser read less (the text stays the input's).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import re
import weakref
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, LENGTH  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from . import saving
from .body import Block, PageReader, known_words
from .doctext import doc_text
from .errors import PipelineError
from .extensions import LAYOUT, register_layout
from .quotes import Quote, find_quotes
from .rules import PageRules, default_page, load_rules
from .sentences import Sentence, SentenceSplitter

PIPE = "attribution_layout"
_NEWLINE = re.compile("\n")
# Rule files the component reads, by the name they are saved under in its folder.
RULE_FILES: dict[str, type[PageRules]] = {"page": PageRules}


@dataclass(frozen=True)
class ArticleLayout:
    """What the page holds: the article's blocks, its sentences and its quotations."""

    blocks: list[Block]
    sentences: list[Sentence]
    quotes: list[Quote]
    brands: tuple[str, ...] = ()

    def to_data(self) -> dict[str, Any]:
        """The layout as plain lists, which ``Doc.to_bytes``, ``DocBin`` and spaCy's worker processes carry."""
        return {
            "blocks": [[b.start, b.end, b.role, b.paragraph] for b in self.blocks],
            "sentences": [[s.start, s.end, s.block.start, s.block.end, s.block.role, s.block.paragraph]
                          for s in self.sentences],
            "quotes": [[q.start, q.end, q.inner_start, q.inner_end, q.closed] for q in self.quotes],
            "brands": list(self.brands),
        }

    @classmethod
    def from_data(cls, data: Any) -> ArticleLayout:
        """The layout from ``to_data`` (lists may come back as tuples from msgpack)."""
        return cls(
            blocks=[Block(start, end, role, paragraph) for start, end, role, paragraph in data["blocks"]],
            sentences=[Sentence(start, end, Block(block_start, block_end, role, paragraph))
                       for start, end, block_start, block_end, role, paragraph in data["sentences"]],
            quotes=[Quote(start, end, inner_start, inner_end, bool(closed))
                    for start, end, inner_start, inner_end, closed in data["quotes"]],
            brands=tuple(data["brands"]),
        )


class AttributionLayout:
    """Split a page into article sentences and fix them as sentence boundaries, so the parser never
    links words across a line break or a sentence end."""

    def __init__(self, nlp: Language | None, name: str, *, page: PageRules, layout_key: str = LAYOUT) -> None:
        self.name = name
        self.layout_key = layout_key
        # The pipeline's lemmatizer tables tell a word cut off by the page extract from a whole one; they are
        # loaded after the components are built, so they are read at the first page.
        self._nlp = weakref.ref(nlp) if nlp is not None else None
        self._words_read = False
        register_layout(layout_key)
        self.set_rules(page=page)

    def set_rules(self, *, page: PageRules | str | Path) -> None:
        """Use other page rules from now on: a ``PageRules`` or a YAML/JSON file (validated on load).

        ``nlp.to_disk`` saves them in the component's folder, so the file is not needed afterwards.
        """
        if not isinstance(page, PageRules):
            page = load_rules(PageRules, Path(page))
        self.page = page
        self.reader = PageReader(page)
        self._words_read = False  # the new reader gets the pipeline's words at its first page
        self.splitter = SentenceSplitter(page)

    def _read_words(self) -> None:
        if not self._words_read:
            self._words_read = True
            nlp = self._nlp() if self._nlp is not None else None
            self.reader.known_word = known_words(nlp) if nlp is not None else None

    def __getstate__(self) -> dict[str, Any]:
        # A worker gets the words read here, not a reference to this process's pipeline.
        self._read_words()
        state = dict(self.__dict__)
        state["_nlp"] = None
        return state

    def read(self, text: str) -> ArticleLayout:
        self._read_words()
        blocks = self.reader.blocks(text)
        return ArticleLayout(blocks, self.splitter.split(text, blocks), find_quotes(text, blocks),
                             self.reader.brands(text))

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and doc.has_annotation("DEP"):
            raise PipelineError(f"[{self.name}] must run before the parser, as it fixes the sentence boundaries "
                                f"the parser keeps: nlp.add_pipe({PIPE!r}, before='parser')")
        text = doc_text(doc)
        layout = self.read(text)
        store_layout(doc, layout, self.layout_key)
        if len(doc) == 0:
            return doc
        if not doc.has_annotation("TAG") and not doc.has_annotation("POS") and not doc.tensor.size:
            # First in the pipeline, before any model has read the Doc: the furniture's words need no reading.
            _merge_furniture(doc, text, layout)
        # Write all boundaries at once: each ``token.is_sent_start = ...`` scans the whole Doc for a parse.
        sent_starts = doc.to_array("SENT_START").astype(numpy.int64)
        doc[0].is_sent_start = True  # refuses, as spaCy does, a Doc that is already parsed
        sent_starts[0] = 1
        starts = numpy.array([s.start for s in layout.sentences], dtype=numpy.int64)
        ends = numpy.array([s.end for s in layout.sentences], dtype=numpy.int64)
        if len(ends) > 1 and (numpy.diff(ends) < 0).any():
            _sentence_starts_token_by_token(doc, text, layout, sent_starts)
        else:
            _sentence_starts(doc, text, starts, ends, sent_starts)
        doc.from_array(["SENT_START"], cast(Ints2d, sent_starts.astype(numpy.uint64)))  # one column: spaCy takes 1-D
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the page rules into the component's folder (``page.json``)."""
        saving.to_disk(path, None, {"page": self.page}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> AttributionLayout:
        """Read the page rules ``to_disk`` wrote, validating them."""
        _, rules = saving.from_disk(path, False, RULE_FILES, exclude)
        if "page" in rules:
            self.set_rules(page=rules["page"])  # type: ignore[arg-type]
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return saving.to_bytes(None, {"page": self.page}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> AttributionLayout:
        _, rules = saving.from_bytes(data, False, RULE_FILES, f"[{self.name}] bytes", exclude)
        if "page" in rules:
            self.set_rules(page=rules["page"])  # type: ignore[arg-type]
        return self


def _sentence_starts(doc: Doc, text: str, starts: numpy.ndarray, ends: numpy.ndarray, sent_starts: numpy.ndarray) -> None:
    """Mark, from the second token on, the tokens that start a sentence of the layout (1) or a line (1), and
    those inside a sentence (-1: a hard-wrapped line break inside a sentence does not end it), over the
    Doc's arrays: what :func:`_sentence_starts_token_by_token` does, for sentences in text order."""
    offsets = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
    idx, last = offsets[:, 0], offsets[:, 0] + offsets[:, 1]
    breaks = numpy.array([m.start() for m in _NEWLINE.finditer(text)], dtype=numpy.int64)
    holds_break = numpy.searchsorted(breaks, idx) < numpy.searchsorted(breaks, last)
    after_break = numpy.zeros(len(idx), dtype=bool)
    after_break[1:] = _among(last[:-1] - 1, breaks)  # the token before ends with a line break
    line_start = _among(idx, breaks + 1) | after_break | holds_break
    sentence_start = _among(idx, starts)
    # A sentence may start inside a token: "(Reuters) -The governor ..." is tokenized "-The", the dateline trimmed
    # from the sentence; that token starts it.
    if len(starts):
        ordered = numpy.sort(starts)
        following = numpy.searchsorted(ordered, idx, side="right")
        has_next = following < len(ordered)
        sentence_start[has_next] |= ordered[following[has_next]] < last[has_next]
    holder = numpy.searchsorted(ends, idx, side="right")  # the first sentence that ends after the token starts
    inside = holder < len(starts)
    inside[inside] = starts[holder[inside]] < idx[inside]
    marks = numpy.where(sentence_start, 1, numpy.where(inside, -1, numpy.where(line_start, 1, sent_starts)))
    sent_starts[1:] = marks[1:]


def _among(values: numpy.ndarray, pool: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, pool)`` by bisection in the sorted pool (several times faster on an article's arrays)."""
    if len(pool) == 0:
        return numpy.zeros(len(values), dtype=bool)
    pool = numpy.sort(pool)
    at = numpy.minimum(numpy.searchsorted(pool, values), len(pool) - 1)
    return pool[at] == values


def _sentence_starts_token_by_token(doc: Doc, text: str, layout: ArticleLayout, sent_starts: numpy.ndarray) -> None:
    line_starts = _line_starts(text)
    # a sentence that starts inside a token ("-The" after a trimmed dateline) starts at that token
    token_starts = [t.idx for t in doc]
    sentence_starts = {token_starts[max(bisect_right(token_starts, s.start) - 1, 0)] for s in layout.sentences}
    inside = [(s.start, s.end) for s in layout.sentences]
    cursor = 0
    previous = doc[0].text
    for token in doc[1:]:
        while cursor < len(inside) and inside[cursor][1] <= token.idx:
            cursor += 1
        if token.idx in sentence_starts:
            sent_starts[token.i] = 1
        elif cursor < len(inside) and inside[cursor][0] < token.idx:
            sent_starts[token.i] = -1
        elif token.idx in line_starts or previous.endswith("\n") or "\n" in token.text:
            sent_starts[token.i] = 1
        previous = token.text


def _line_starts(text: str) -> set[int]:
    starts, position = set(), text.find("\n")
    while position >= 0:
        starts.add(position + 1)
        position = text.find("\n", position + 1)
    return starts


def store_layout(doc: Doc, layout: ArticleLayout, key: str = LAYOUT) -> None:
    """Leave the layout on the Doc as plain data under ``doc._.<key>``."""
    register_layout(key)  # also in a worker process that unpickled the component without running __init__
    data = layout.to_data()
    setattr(doc._, key, data)
    _keep_fresh(doc, key, data, layout)


def stored_layout(doc: Doc, key: str = LAYOUT) -> ArticleLayout | None:
    """The layout ``attribution_layout`` left on the Doc under ``key``, or None if it did not run."""
    register_layout(key)
    data = getattr(doc._, key)
    if data is None:
        return None
    fresh = _fresh.get((id(doc), key))
    if fresh is not None and fresh[0]() is doc and fresh[1] is data:
        return fresh[2]  # the layout stored with this very data: no need to build it again
    return ArticleLayout.from_data(data)


def furniture_lines(text: str, layout: ArticleLayout) -> list[tuple[int, int]]:
    """The offsets of each line of page furniture (every line outside the article's blocks), a line that opens
    with a dash aside: a signature under a quotation ("— Hong Joon-pyo") names its speaker."""
    found, position = [], 0
    for block in [*layout.blocks, None]:
        end = len(text) if block is None else block.start
        for line in _FURNITURE_LINE.finditer(text, position, end):
            found.append((line.start(), line.end()))
        position = len(text) if block is None else block.end
    return found


# Longer lines of furniture keep their tokens: a run without spaces is sliced where long input is parsed in pieces.
MERGED_LINE_CHARS = 500
# A stretch of a line outside the blocks, unless it opens with a dash.
_FURNITURE_LINE = re.compile(r"(?m)^(?![ \t\u00a0]*[—–―-])[^\n]+")


def _merge_furniture(doc: Doc, text: str, layout: ArticleLayout) -> None:
    """Make each line of page furniture one token, so that the tagger, parser and entity recogniser after the
    layout read one word where a menu, a share line or another story's headline stood (the text, and so every
    offset, stays the input's)."""
    spans = [span for start, end in furniture_lines(text, layout) if end - start <= MERGED_LINE_CHARS
             and (span := doc.char_span(start, end, alignment_mode="contract")) is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)


# The layout last stored on each live Doc, with the data stored for it, by the Doc's id and key: the claim
# component reads it back from the objects, not from the plain data (an entry goes when its Doc does).
_fresh: dict[tuple[int, str], tuple[weakref.ref[Doc], Any, ArticleLayout]] = {}


def _keep_fresh(doc: Doc, key: str, data: Any, layout: ArticleLayout) -> None:
    at = (id(doc), key)

    def forget(ref: weakref.ref[Doc]) -> None:
        held = _fresh.get(at)
        if held is not None and held[0] is ref:
            _fresh.pop(at, None)

    _fresh[at] = (weakref.ref(doc, forget), data, layout)


@Language.factory(PIPE, assigns=["token.is_sent_start"], default_config={"layout_key": LAYOUT})
def make_attribution_layout(nlp: Language, name: str, layout_key: str) -> AttributionLayout:
    """Build the layout component with the packaged ``data/page.yaml``; ``set_rules`` replaces it.

    ``layout_key`` is the ``Doc`` extension that holds the layout (``claim_attribution`` reads the same).
    """
    return AttributionLayout(nlp, name, page=default_page(), layout_key=layout_key)
