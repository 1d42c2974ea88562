"""Pieces: run a long article through the pipeline a piece at a time, with the claims of a single pass.

The neural components (tagger, parser, NER) hold memory in proportion to the length of the ``Doc``
they are given, so a long article is parsed in pieces of at most ``piece_chars`` characters. The
claims are still built in one pass over the whole article, so sources met early, the sentence a
report carries over into, and a quotation left open all survive a piece border unchanged:

1. The article's layout (lines, sentences, quotations) is read once over the whole text; it is plain
   text work and cheap.
2. The text is cut at borders that the whole-text tokenizer and parser also treat as hard breaks:
   preferably the start of a paragraph with no quotation open across it, else the start of a line
   outside quotations, else any line, else a sentence start, else a word start.
3. Each piece is parsed inside a *window* that adds a margin of text on both sides, so that the
   words at the piece's edges see the same context as in a single pass; the margin grows until the
   window's own layout agrees with the whole text's layout inside the piece. Only the piece's own
   tokens are kept.
4. The kept tokens are joined into one ``Doc`` over the whole text, the whole-text layout is put on
   it, and the remaining components (``claim_attribution``) run on it once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import LAYOUT
from .layout import ArticleLayout
from .safety import make_doc

PIECE_CHARS = 100_000
MARGIN_CHARS = 2_000
LAYOUT_PIPE = "attribution_layout"

# Border kinds, best first: where a cut changes nothing for the tokenizer, the parser or the quotations.
_PARAGRAPH_START = re.compile(r"\n[^\S\n]*\n\s*(?=\S)")  # a blank line, then text
_LINE_START = re.compile(r"\n\s*(?=\S)")
_WORD_START = re.compile(r"\s(?=\S)")


@dataclass(frozen=True)
class Piece:
    """A stretch ``[start, end)`` of the text whose tokens come from parsing ``[window_start, window_end)``."""

    start: int
    end: int
    window_start: int
    window_end: int


class _Borders:
    """Candidate cut points of one text, in rank order (paragraph starts first, word starts last)."""

    def __init__(self, text: str, layout: ArticleLayout) -> None:
        open_spans = _merged((q.start, q.end) for q in layout.quotes)
        paragraphs = [m.end() for m in _PARAGRAPH_START.finditer(text)]
        lines = [m.end() for m in _LINE_START.finditer(text)]
        sentences = sorted({s.start for s in layout.sentences if s.start > 0 and text[s.start - 1].isspace()})
        words = [m.end() for m in _WORD_START.finditer(text)]
        self.ranks: list[list[int]] = [
            [p for p in paragraphs if not _inside(open_spans, p)],
            [p for p in lines if not _inside(open_spans, p)],
            lines,
            [p for p in sentences if not _inside(open_spans, p)],
            words,
        ]
        self.any = sorted(set(lines) | set(words))

    def best(self, low: int, high: int) -> int | None:
        """The last border of the best rank in (low, high]."""
        for candidates in self.ranks:
            k = bisect_right(candidates, high)
            if k and candidates[k - 1] > low:
                return candidates[k - 1]
        return None

    def after(self, position: int) -> int | None:
        """The first border of any rank after position."""
        k = bisect_right(self.any, position)
        return self.any[k] if k < len(self.any) else None

    def at_or_before(self, position: int) -> int:
        """The last line or word start at or before position (0 if none)."""
        k = bisect_right(self.any, position)
        return self.any[k - 1] if k else 0

    def at_or_after(self, position: int, length: int) -> int:
        """The first line or word start at or after position (the text's end if none)."""
        k = bisect_left(self.any, position)
        return self.any[k] if k < len(self.any) else length


def _merged(spans) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Does a quotation open before position and close after it?"""
    k = bisect_right(spans, (position, float("inf"))) - 1
    return k >= 0 and spans[k][0] < position < spans[k][1]


def plan(text: str, layout: ArticleLayout, piece_chars: int = PIECE_CHARS,
         borders: _Borders | None = None) -> list[tuple[int, int]]:
    """Cut the text into stretches of at most about ``piece_chars`` characters, at the best borders.

    A stretch grows past ``piece_chars`` only when there is no border at all within it (no space,
    no line break): then it runs to the next border there is.
    """
    if piece_chars < 1:
        raise ValueError(f"piece_chars must be positive, got {piece_chars}")
    borders = borders or _Borders(text, layout)
    stretches: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > piece_chars:
        cut = borders.best(start + piece_chars // 2, start + piece_chars)
        if cut is None:
            cut = borders.best(start, start + piece_chars) or borders.after(start + piece_chars)
        if cut is None:
            break
        stretches.append((start, cut))
        start = cut
    stretches.append((start, len(text)))
    return stretches


def _sentence_spans(layout: ArticleLayout, start: int, end: int, shift: int = 0) -> list[tuple[int, int]]:
    return [(s.start + shift, s.end + shift) for s in layout.sentences if start <= s.start + shift < end]


def windows(text: str, layout: ArticleLayout, stretches: list[tuple[int, int]], read,
            margin_chars: int = MARGIN_CHARS, borders: _Borders | None = None) -> list[Piece]:
    """Give every stretch a window whose own layout agrees with the whole text's inside the stretch.

    ``read`` reads the layout of a text (the pipeline's ``attribution_layout`` reader). The margin
    doubles until the layouts agree, but never past the stretch's own length (nor ``margin_chars``),
    so that a window stays within three stretches and memory stays bounded whatever the text.
    """
    borders = borders or _Borders(text, layout)
    pieces = []
    for start, end in stretches:
        margin, widest = margin_chars, max(margin_chars, end - start)
        while True:
            window_start = borders.at_or_before(max(start - margin, 0))
            window_end = borders.at_or_after(min(end + margin, len(text)), len(text))
            if (window_start == 0 and window_end == len(text)) or margin >= widest:
                break
            local = read(text[window_start:window_end])
            if _sentence_spans(local, start, end, window_start) == _sentence_spans(layout, start, end):
                break
            margin = min(2 * margin, widest)
        pieces.append(Piece(start, end, window_start, window_end))
    return pieces


def parse_in_pieces(nlp: Language, text: str, component: str, piece_chars: int = PIECE_CHARS,
                    margin_chars: int = MARGIN_CHARS) -> Doc:
    """``nlp(text)`` for a long text, parsing it a piece at a time; ``component`` and what follows it run once.

    Returns the ``Doc`` over the whole text, with the claims of ``component`` on it.
    """
    names = nlp.pipe_names
    split = names.index(component) if component in names else len(names)
    before, after = names[:split], names[split:]
    layout_reader = nlp.get_pipe(LAYOUT_PIPE) if LAYOUT_PIPE in before else None
    if layout_reader is None:
        # Without the layout component nothing guides the parser's sentences: one pass is the only exact answer.
        return nlp(make_doc(nlp, text))
    layout = layout_reader.read(text)
    borders = _Borders(text, layout)
    stretches = plan(text, layout, piece_chars, borders)
    if len(stretches) == 1:
        return nlp(make_doc(nlp, text))
    pieces = windows(text, layout, stretches, layout_reader.read, margin_chars, borders)
    parts = []
    for piece in pieces:
        window = nlp(make_doc(nlp, text[piece.window_start:piece.window_end]), disable=after)
        first = _token_at(window, piece.start - piece.window_start)
        last = _token_at(window, piece.end - piece.window_start)
        part = window[first:last].as_doc()
        part.tensor = numpy.zeros((0,), dtype="float32")  # the window's tensor is not needed and is large
        parts.append(part)
        del window
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if doc.text != text:  # a border split a token after all: never return offsets into another text
        return nlp(make_doc(nlp, text))
    setattr(doc._, LAYOUT, layout)
    return nlp(doc, disable=before)


def _token_at(doc: Doc, offset: int) -> int:
    """Index of the first token that starts at or after a character offset."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx < offset:
            low = middle + 1
        else:
            high = middle
    return low
