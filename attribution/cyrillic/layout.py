"""The layout of Russian and Ukrainian pages: the English page reader, taught two things about Cyrillic posts.

- A standfirst or a last paragraph cut off mid-word holds full sentences before its end; the English
  reader looks for a Latin capital after the stop, this one for a Cyrillic one too.
- Telegram posts list their facts as items opening with a bullet ("▪️", "🔹", "•") and without a final
  stop; such an item of several words next to the post's prose is article text, not a menu.

Everything else (furniture patterns, "Read also" blocks, titles, headings, sentences, quotations) is
the English reader's, run with the language's page rules (the English ones plus ``data/<lang>/page.yaml``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..body import Block, LineKind, PageReader
from ..layout import ArticleLayout
from ..quotes import find_quotes
from ..rules import PageRules
from ..sentences import SentenceSplitter

# A sentence end inside a line: a stop, then a capital of either script, a digit or an opening quote.
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’»)]*\s+[\"'“‘«„(]?[A-ZА-ЯЁІЇЄҐ0-9]")
_WORD = re.compile(r"\w[\w'’-]*")
BULLETS = "▪•◦‣►●🔹🔸➖▫✅❗️⚡🔴🟢📍"
# A post this short without a single full stop is read line by line.
SHORT_POST_CHARS = 600
# In a Telegram post, a line of this many words without a final stop is text.
POST_LINE_WORDS = 3
# The view counter under a Telegram post.
_VIEWS = re.compile(r"(?m)^[^\S\n]*(?:👁|👀)\s*[\d.,]+\s*[KkMm]?\b")
# A short line standing this many times in a Telegram preview, of at most this many words, is furniture.
REPEATED_LINE_TIMES = 2
REPEATED_LINE_WORDS = 5
# A list item has at least this many words (shorter ones are labels or menu entries).
ITEM_MIN_WORDS = 5
# Lines of a Telegram channel's header in a web preview: the header's lines are the channel's, not a title.
_CHANNEL_HEADER = re.compile(r"(?im)^[^\S\n]*(?:download telegram|[\d.,  ]+\s*[km]?\s*(?:subscribers|members|"
                             r"подписчик\w*|підписник\w*|учасник\w*|участник\w*))[^\S\n]*$")


# The outlet's own name in a copyright line ("© 2025 Українська правда") or after a dateline's bullet
# ("Київ • УНН"): the outlet crediting itself is never a source.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[«\"]?"
                        r"([А-ЯЁІЇЄҐ][\w’'.-]*(?:[ ]+[\w’'.-]+){0,3})", re.IGNORECASE)
_DATELINE_OUTLET = re.compile(r"(?m)^[^\S\n]*[^\W\d_][\w-]*\s*•\s*([^\W\d_][\w .-]{1,30}?)\s*$")
# A teaser of another story ends cut off: "... пишуть про ракетний...", "[…]".
_TEASER_END = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")


def _repeated_lines(text: str) -> frozenset[str]:
    """Short lines without a final stop that stand several times on one page: in a Telegram preview, the
    channel's name or signature over or under each post ("Суспільне Новини"), never the posts' text."""
    counts = Counter(line.strip() for line in text[:20_000].splitlines())
    return frozenset(line for line, n in counts.items() if n >= REPEATED_LINE_TIMES and line
                     and len(_WORD.findall(line)) <= REPEATED_LINE_WORDS and line[-1] not in ".!?…:")


def _opens_item(content: str) -> bool:
    """Does the line open with a bullet or an emoji ("▪️", "🔹", "🇪🇪", "⚡️"), as list items and posts do?"""
    first = content[:1]
    return bool(first) and (first in BULLETS or unicodedata.category(first) in ("So", "Sk"))


class CyrillicPageReader(PageReader):
    """The English page reader with Cyrillic sentence starts, bulleted list items, dated headline lists."""

    def __init__(self, rules: PageRules, time_lines: tuple[str, ...] = ()) -> None:
        super().__init__(rules)
        self._short_post = False
        self._post = False
        self._repeated: frozenset[str] = frozenset()
        # Dates and times with month names ("п’ятниця, 6 лютого 2026, 1:17") stand above other stories'
        # headlines as a bare time does: what follows them is a list, not the article.
        self._dates = [re.compile(p, re.IGNORECASE) for p in time_lines]

    def brands(self, text: str) -> tuple[str, ...]:
        found = list(super().brands(text))
        found += [m.group(1).strip(" .") for m in _COPYRIGHT.finditer(text)]
        found += [m.group(1).strip() for m in _DATELINE_OUTLET.finditer(text)]
        return tuple(dict.fromkeys(name for name in found if name))

    @staticmethod
    def _strong_prose(content: str) -> bool:
        return PageReader._strong_prose(content) and not _TEASER_END.search(content)

    def _is_prose(self, content: str) -> bool:
        if super()._is_prose(content):
            return True
        return len(_WORD.findall(content)) >= 8 and bool(_SENTENCE_INSIDE.search(content))

    def blocks(self, text: str) -> list[Block]:
        # A Telegram post (a channel header, a view counter) has no menus or headline lists: its lines of a few
        # words without a final stop ("Тримаємось!", "Все буде Україна 🇺🇦") are the post's own text.
        self._post = bool(_CHANNEL_HEADER.search(text, 0, 20_000) or _VIEWS.search(text))
        self._repeated = _repeated_lines(text) if self._post else frozenset()
        try:
            found = super().blocks(text)
        finally:
            self._post = False
        if found or len(text) > SHORT_POST_CHARS:
            return found
        # A short post with no sentence ending in a stop ("🔥 Об этом сообщил губернатор 👇"): its lines of a
        # few words are its text.
        self._short_post = True
        try:
            return super().blocks(text)
        finally:
            self._short_post = False

    def _kind(self, content: str) -> LineKind:
        if any(p.fullmatch(content) for p in self._dates):
            return "time"
        if content.strip() in self._repeated:
            return "furniture"  # the channel's name above every post of a Telegram preview
        kind = super()._kind(content)
        if kind == "heading" and _opens_item(content) and len(_WORD.findall(content)) >= ITEM_MIN_WORDS:
            return "loose"
        if kind == "heading" and self._short_post and len(_WORD.findall(content)) >= ITEM_MIN_WORDS:
            return "loose"
        if kind == "heading" and self._post and len(_WORD.findall(content)) >= POST_LINE_WORDS:
            return "loose"
        return kind


class CyrillicLayout:
    """Read a page's article blocks, sentences, quotations and the outlet's own names."""

    def __init__(self, page: PageRules, time_lines: tuple[str, ...] = ()) -> None:
        self.reader = CyrillicPageReader(page, time_lines)
        self.splitter = SentenceSplitter(page)

    def read(self, text: str) -> ArticleLayout:
        blocks = self.reader.blocks(text)
        header = [m.end() for m in _CHANNEL_HEADER.finditer(text, 0, 20_000)]
        if header:
            # A Telegram preview has no title: the "title" above the posts is the channel's tagline.
            blocks = [b for b in blocks if not (b.role == "title" and b.start < header[-1])]
        return ArticleLayout(blocks, self.splitter.split(text, blocks), find_quotes(text, blocks),
                             self.reader.brands(text))
