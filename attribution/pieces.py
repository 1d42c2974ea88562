"""Pieces: run a long article through the pipeline a piece at a time, with the claims of a single pass.

The neural components (tagger, parser, NER) hold memory in proportion to the length of the ``Doc``
they are given, so a long article is parsed in pieces of at most ``piece_chars`` characters. The
claims are still built in one pass over the whole article, so sources met early, the sentence a
report carries over into, and a quotation left open all survive a piece border unchanged:

1. The article's layout (lines, sentences, quotations) is read once over the whole text; it is plain
   text work and cheap.
2. The text is cut at borders that the whole-text tokenizer and parser also treat as hard breaks
   (the layout starts a sentence there, so no dependency arc crosses them): preferably the start of
   a paragraph with no quotation open across it, else a line or a sentence start outside quotations,
   else any line or sentence start, else a word outside the article's sentences; a word inside a
   sentence only when that sentence is ten pieces long.
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
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .layout import ArticleLayout, AttributionLayout, store_layout
from .safety import make_doc, slice_starts

PIECE_CHARS = 100_000
MARGIN_CHARS = 2_000
# A margin grows (doubling) to at most this many times MARGIN_CHARS, or the piece's own length if larger.
MAX_MARGIN_FACTOR = 8

# Hard borders: positions where the layout component always starts a sentence, so no dependency arc
# of the parser crosses them and the tokenizer starts a token there: a line's first character right
# after its newline, or a sentence start the layout found after whitespace.
_PARAGRAPH_START = re.compile(r"(?<=\n)[^\S\n]*\n(?=\S)")  # a blank line, then text
_LINE_START = re.compile(r"(?<=\n)(?=\S)")
_WORD_START = re.compile(r"(?<=\s)(?=\S)")
# A sentence longer than this many pieces may be cut at a word, losing the arcs across the cut.
LONGEST_SENTENCE_PIECES = 10
# Told after each piece is parsed, with the text and how many of its characters are parsed so far (the command
# line's progress bar moves within a long article by it). A context variable, so threads do not share it.
on_piece: ContextVar[Callable[[str, int], None] | None] = ContextVar("on_piece", default=None)


@dataclass(frozen=True)
class Piece:
    """A stretch ``[start, end)`` of the text whose tokens come from parsing ``[window_start, window_end)``."""

    start: int
    end: int
    window_start: int
    window_end: int


class _Borders:
    """Candidate cut points of one text: hard borders in rank order, then word starts.

    A word start outside the article's sentences is safe too (no claim reads the parse there); a word
    start inside a sentence is the last resort, as the parser's arcs across it are lost.
    """

    def __init__(self, text: str, layout: ArticleLayout) -> None:
        open_spans = _merged((q.start, q.end) for q in layout.quotes)
        sentence_spans = _merged((s.start, s.end) for s in layout.sentences)
        paragraphs = [m.end() for m in _PARAGRAPH_START.finditer(text)]
        lines = [m.end() for m in _LINE_START.finditer(text)]
        sentences = sorted({s.start for s in layout.sentences if s.start > 0 and text[s.start - 1].isspace()})
        self.ranks: list[list[int]] = [
            [p for p in paragraphs if not _inside(open_spans, p)],
            [p for p in lines if not _inside(open_spans, p) and not _inside(sentence_spans, p)],
            [p for p in sentences if not _inside(open_spans, p)],
            [p for p in lines if not _inside(sentence_spans, p)],
            sentences,
        ]
        # A line start inside a sentence the layout joined over a line break ("... would go on \nAccording to him,
        # the governor said ..."): a cut there splits the sentence's parse in two, so it comes after every other
        # hard border, anywhere in the piece.
        self.joined_lines = [p for p in lines if _inside(sentence_spans, p)]
        # Word starts, and inside a run without spaces the points where its slices start (see safety.py).
        self.words = sorted([m.end() for m in _WORD_START.finditer(text)] + slice_starts(text))
        free_words = [p for p in self.words if not _inside(sentence_spans, p)]
        self.safe = sorted(set(lines) | set(sentences) | set(free_words) | {len(text)})

    def best(self, low: int, high: int) -> int | None:
        """The last hard border of the best rank in (low, high]."""
        for candidates in self.ranks:
            found = _last_in(candidates, low, high)
            if found is not None:
                return found
        return None

    def joined_line_in(self, low: int, high: int) -> int | None:
        """The last line start inside a sentence in (low, high]."""
        return _last_in(self.joined_lines, low, high)

    def safe_in(self, low: int, high: int) -> int | None:
        """The last safe border (hard, or a word outside sentences) in (low, high]."""
        return _last_in(self.safe, low, high)

    def safe_after(self, position: int, limit: int) -> int | None:
        """The first safe border in (position, limit]; the text's end is one."""
        k = bisect_right(self.safe, position)
        return self.safe[k] if k < len(self.safe) and self.safe[k] <= limit else None

    def word(self, low: int, high: int) -> int | None:
        """The last word start in (low, high], else the first after high."""
        k = bisect_right(self.words, high)
        if k and self.words[k - 1] > low:
            return self.words[k - 1]
        return self.words[k] if k < len(self.words) else None

    def at_or_before(self, position: int) -> int:
        """The last word start at or before position (0 if none): where a window may begin."""
        k = bisect_right(self.words, position)
        return self.words[k - 1] if k else 0

    def at_or_after(self, position: int, length: int) -> int:
        """The first word start at or after position (the text's end if none): where a window may end."""
        k = bisect_left(self.words, position)
        return self.words[k] if k < len(self.words) else length


def _last_in(candidates: list[int], low: int, high: int) -> int | None:
    k = bisect_right(candidates, high)
    return candidates[k - 1] if k and candidates[k - 1] > low else None


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

    Borders are hard ones (line and sentence starts) or words outside sentences (see ``_Borders``), so
    a stretch grows past ``piece_chars`` when a sentence is longer than that; only a sentence longer
    than ``LONGEST_SENTENCE_PIECES`` pieces is cut at a word, and a text without spaces not at all.
    """
    if piece_chars < 1:
        raise ValueError(f"piece_chars must be positive, got {piece_chars}")
    borders = borders or _Borders(text, layout)
    stretches: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > piece_chars:
        limit = start + piece_chars
        cut = (borders.best(start + piece_chars // 2, limit) or borders.best(start, limit)
               or borders.joined_line_in(start, limit) or borders.safe_in(start, limit)
               # a sentence longer than a piece stays whole, up to LONGEST_SENTENCE_PIECES pieces
               or borders.safe_after(limit, start + LONGEST_SENTENCE_PIECES * piece_chars)
               or borders.word(start, limit))
        if cut is None or cut >= len(text):
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
    doubles until the layouts agree, but never past the stretch's own length or ``MAX_MARGIN_FACTOR``
    margins, whichever is larger, so that memory stays bounded whatever the text.
    """
    borders = borders or _Borders(text, layout)
    pieces = []
    for start, end in stretches:
        margin, widest = margin_chars, max(MAX_MARGIN_FACTOR * margin_chars, end - start)
        while True:
            window_start = borders.at_or_before(max(start - margin, 0))
            window_end = borders.at_or_after(min(end + margin, len(text)), len(text))
            if window_start == 0 and window_end == len(text):
                break
            local = read(text[window_start:window_end])
            if _sentence_spans(local, start, end, window_start) == _sentence_spans(layout, start, end):
                break
            if margin >= widest:
                break  # the layouts still differ: keep memory bounded rather than parse the whole text
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
    readers = [pipe for pipe in map(nlp.get_pipe, before) if isinstance(pipe, AttributionLayout)]
    layout_reader = readers[0] if readers else None
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
    report = on_piece.get()
    for piece in pieces:
        window = nlp(make_doc(nlp, text[piece.window_start:piece.window_end]), disable=after)
        first = _token_at(window, piece.start - piece.window_start)
        last = _token_at(window, piece.end - piece.window_start)
        part = window[first:last].as_doc()
        part.tensor = numpy.zeros((0,), dtype="float32")  # the window's tensor is not needed and is large
        parts.append(part)
        del window
        if report is not None:
            report(text, piece.end)
    # spaCy's type stub lacks from_docs' ``exclude`` (spacy/tokens/doc.pyx has it since v3.3).
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    if doc.text != text:  # a border split a token after all: never return offsets into another text
        return nlp(make_doc(nlp, text))
    store_layout(doc, layout, layout_reader.layout_key)
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
