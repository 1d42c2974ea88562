"""The ``attribution_layout`` component: find the article's lines, sentences and quotations before the parser runs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .body import Block, PageReader
from .doctext import doc_text
from .extensions import LAYOUT, register_extensions
from .quotes import Quote, find_quotes
from .rules import PageRules, default_page, load_rules
from .sentences import Sentence, SentenceSplitter


@dataclass(frozen=True)
class ArticleLayout:
    """What the page holds: the article's blocks, its sentences and its quotations."""

    blocks: list[Block]
    sentences: list[Sentence]
    quotes: list[Quote]
    brands: tuple[str, ...] = ()


class AttributionLayout:
    """Split a page into article sentences and fix them as sentence boundaries, so the parser never
    links words across a line break or a sentence end."""

    def __init__(self, nlp: Language, name: str, *, page: PageRules) -> None:
        register_extensions()
        self.name = name
        self.reader = PageReader(page)
        self.splitter = SentenceSplitter(page)

    def read(self, text: str) -> ArticleLayout:
        blocks = self.reader.blocks(text)
        return ArticleLayout(blocks, self.splitter.split(text, blocks), find_quotes(text, blocks),
                             self.reader.brands(text))

    def __call__(self, doc: Doc) -> Doc:
        layout = self.read(doc_text(doc))
        setattr(doc._, LAYOUT, layout)
        if len(doc) == 0:
            return doc
        line_starts = _line_starts(doc_text(doc))
        sentence_starts = {s.start for s in layout.sentences}
        inside = [(s.start, s.end) for s in layout.sentences]
        # Write all boundaries at once: each ``token.is_sent_start = ...`` scans the whole Doc for a parse.
        sent_starts = doc.to_array("SENT_START").astype(numpy.int64)
        cursor = 0
        previous = ""
        for token in doc:
            if token.i == 0:
                token.is_sent_start = True  # refuses, as spaCy does, a Doc that is already parsed
                sent_starts[0], previous = 1, token.text
                continue
            while cursor < len(inside) and inside[cursor][1] <= token.idx:
                cursor += 1
            if token.idx in sentence_starts:
                sent_starts[token.i] = 1
            elif cursor < len(inside) and inside[cursor][0] < token.idx:
                sent_starts[token.i] = -1  # a hard-wrapped line break inside a sentence does not end it
            elif token.idx in line_starts or previous.endswith("\n") or "\n" in token.text:
                sent_starts[token.i] = 1
            previous = token.text
        doc.from_array(["SENT_START"], sent_starts.astype(numpy.uint64))
        return doc


def _line_starts(text: str) -> set[int]:
    starts, position = set(), text.find("\n")
    while position >= 0:
        starts.add(position + 1)
        position = text.find("\n", position + 1)
    return starts


def layout_of(doc: Doc, fallback: AttributionLayout) -> ArticleLayout:
    """The layout the ``attribution_layout`` component stored, or one read now if it did not run."""
    layout = getattr(doc._, LAYOUT)
    return layout if layout is not None else fallback.read(doc_text(doc))


@Language.factory("attribution_layout", assigns=["token.is_sent_start"],
                  default_config={"page_path": None})
def make_attribution_layout(nlp: Language, name: str, page_path: str | None) -> AttributionLayout:
    """Build the layout component; ``page_path`` replaces the packaged ``data/page.yaml``."""
    page = load_rules(PageRules, Path(page_path)) if page_path else default_page()
    return AttributionLayout(nlp, name, page=page)
