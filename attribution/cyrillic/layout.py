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

from ..body import Block, BlockRole, LineKind, PageReader, _Line, mostly_lower
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


# A Telegram channel's header (its name, description and counters) stands within the first lines of its preview.
HEADER_LINES = 12
# At most this many short lines (photo captions, a section heading) stand between the article's last paragraph
# and its cut-off last sentence.
CAPTIONS_BEFORE_END = 3
# A cut-off last sentence has at least this many words.
CUT_OFF_MIN_WORDS = 4
_DATE_OPENER = re.compile(r"\d{1,2}\s+[^\W\d_]+\s")  # a day and a month opening a sentence: "1 марта министр ..."
_OPENING_MARKS = "\"“„«'"


# The outlet's own name in a copyright line ("© 2025 Українська правда") or after a dateline's bullet
# ("Київ • УНН"): the outlet crediting itself is never a source.
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[«\"]?"
                        r"([А-ЯЁІЇЄҐ][\w’'.-]*(?:[ ]+[\w’'.-]+){0,3})", re.IGNORECASE)
_DATELINE_OUTLET = re.compile(r"(?m)^[^\S\n]*[^\W\d_][\w-]*\s*•\s*([^\W\d_][\w .-]{1,30}?)\s*$")
# A wire's dateline naming the agency: "МОСКВА, 3 марта. /ТАСС/.", "КИЇВ. 5 травня. УНН." (the agency's own copy)
_DATELINE_AGENCY = re.compile(r"(?m)^[^\S\n]*[А-ЯІЇЄҐЁ][А-ЯІЇЄҐЁ'’-]{2,20}(?: [А-ЯІЇЄҐЁ'’-]{2,20})?[.,]\s+\d{1,2}\s+"
                              r"[а-яіїєґё]{3,9}\.?(?:\s+\d{4})?\.?\s+/?([A-ZА-ЯІЇЄҐЁ][\w-]{1,15}(?: [\w-]{1,15})?)/?\.")
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

    def __init__(self, rules: PageRules, time_lines: tuple[str, ...] = (), header_lines: tuple[str, ...] = ()) -> None:
        super().__init__(rules)
        # Lines of a Telegram channel's header in its web preview ("Подписаться на канал").
        self._header = [re.compile(p, re.IGNORECASE) for p in header_lines]
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
        found += [m.group(1).strip() for m in _DATELINE_AGENCY.finditer(text[:2000])]
        return tuple(dict.fromkeys(name for name in found if name))

    @staticmethod
    def _strong_prose(content: str) -> bool:
        return PageReader._strong_prose(content) and not _TEASER_END.search(content)

    def _is_prose(self, content: str, words: list[str] | None = None) -> bool:
        if super()._is_prose(content, words):
            return True
        found = _WORD.findall(content)
        if len(found) == 2 and content.rstrip().endswith(".") and found[0][:1].isupper() and found[0].isalpha() \
                and found[1][:1].islower() and found[1].isalpha():
            return True  # "Перевірка триває.", "Следствие продолжается.": a subject and its verb, a sentence
        return len(found) >= 8 and bool(_SENTENCE_INSIDE.search(content))

    def blocks(self, text: str) -> list[Block]:
        # A Telegram post (a channel header, a view counter) has no menus or headline lists: its lines of a few
        # words without a final stop ("Тримаємось!", "Все буде Україна 🇺🇦") are the post's own text.
        self._post = bool(_CHANNEL_HEADER.search(text, 0, 20_000) or _VIEWS.search(text))
        # The channel's name over every post repeats on a preview, whether or not it shows counters.
        self._repeated = _repeated_lines(text) if self._post or self.header_end(text) else frozenset()
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

    def header_end(self, text: str) -> int:
        """Where a Telegram channel's header ends in its web preview: after the last of its counters and buttons
        ("287K subscribers", "Download Telegram", "Подписаться на канал") among the page's first lines; 0 if none."""
        end, seen = 0, 0
        for match in re.finditer(r"[^\n]+", text[:20_000]):
            line = match.group().strip()
            if not line:
                continue
            seen += 1
            if seen > HEADER_LINES:
                break
            if _CHANNEL_HEADER.fullmatch(line) or any(p.fullmatch(line) for p in self._header):
                end = match.end()
        return end

    def _keep_cut_off_end(self, lines: list[_Line], keep: dict[int, BlockRole]) -> None:
        """The English rule, and two more ends of a Cyrillic page extract:

        - the text's last line, cut off mid-word after the last paragraph (with at most a few captions or a
          section heading between): a sentence that starts with a capital of either script and stops on a
          letter ("В июле 2016 года массовые беспорядки произошли в Канской воспитатель");
        - a short line that closes a quotation the paragraph before left open ("Освободите...".").
        """
        super()._keep_cut_off_end(lines, keep)
        body = sorted(i for i, role in keep.items() if role == "body")
        if not body:
            return
        for index in body:
            following = next((k for k in range(index + 1, len(lines)) if lines[k].kind != "blank"), None)
            if following is None or following in keep or lines[following].kind not in ("heading", "loose"):
                continue
            if _open_quote(lines[index].content) and _closes_quote(lines[following].content):
                keep[following] = "body"
        last_body = max(i for i, role in keep.items() if role == "body")
        last = max((k for k, line in enumerate(lines) if line.kind != "blank"), default=-1)
        if last <= last_body or last in keep or lines[last].kind not in ("heading", "loose"):
            return
        between = [line for line in lines[last_body + 1:last] if line.kind != "blank"]
        if len(between) > CAPTIONS_BEFORE_END or any(line.kind not in ("heading", "furniture") for line in between):
            return  # a list of other stories, a starter or a date line: not the article's end
        content = lines[last].content.rstrip()
        words = _WORD.findall(content)
        # After an advertisement's label ("Реклама") only a word cut in two tells the article's end from a teaser.
        cut = self._cut_word(words[-1]) if words else False
        if (any(line.kind == "furniture" for line in between) and not cut) or self._cut_label(content):
            return
        # A sentence opens with a capital, a quotation mark or a date ("17 червня речник ... заяв").
        opens = content[:1].isupper() or content[:1] in _OPENING_MARKS or bool(_DATE_OPENER.match(content))
        if ((len(words) >= CUT_OFF_MIN_WORDS or (len(words) >= 2 and cut))
                and opens and content[-1:].isalpha() and mostly_lower(words)):
            keep[last] = "body"

    def _kind(self, content: str, foreign: re.Pattern[str] | None = None) -> LineKind:
        if any(p.fullmatch(content) for p in self._dates):
            return "time"
        if content.strip() in self._repeated:
            return "furniture"  # the channel's name above every post of a Telegram preview
        kind = super()._kind(content, foreign)
        if kind == "heading" and _opens_item(content) and len(_WORD.findall(content)) >= ITEM_MIN_WORDS:
            return "loose"
        if kind == "heading" and self._short_post and len(_WORD.findall(content)) >= ITEM_MIN_WORDS:
            return "loose"
        if kind == "heading" and self._post and len(_WORD.findall(content)) >= POST_LINE_WORDS:
            return "loose"
        return kind


class CyrillicLayout:
    """Read a page's article blocks, sentences, quotations and the outlet's own names."""

    def __init__(self, page: PageRules, time_lines: tuple[str, ...] = (), header_lines: tuple[str, ...] = ()) -> None:
        self.reader = CyrillicPageReader(page, time_lines, header_lines)
        self.splitter = SentenceSplitter(page)

    def read(self, text: str) -> ArticleLayout:
        blocks = self.reader.blocks(text)
        header = [m.end() for m in _CHANNEL_HEADER.finditer(text, 0, 20_000)]
        if header:
            # A Telegram preview has no title: the "title" above the posts is the channel's tagline.
            blocks = [b for b in blocks if not (b.role == "title" and b.start < header[-1])]
        header_end = self.reader.header_end(text)
        if header_end:
            # The channel's name and description above its counters and buttons are no post.
            blocks = [b for b in blocks if b.start >= header_end]
        return ArticleLayout(blocks, self.splitter.split(text, blocks), find_quotes(text, blocks),
                             self.reader.brands(text))


def _open_quote(content: str) -> bool:
    """Does the line leave a quotation open (more « than », or an odd number of straight marks)?"""
    return content.count("«") > content.count("»") or content.count('"') % 2 == 1 or (
        content.count("“") > content.count("”"))


def _closes_quote(content: str) -> bool:
    """A short line that ends the quotation left open: a closing mark, then at most a stop."""
    stripped = content.rstrip(" .!?…")
    return bool(stripped) and stripped[-1] in "\"»”" and len(_WORD.findall(content)) <= POST_LINE_WORDS * 3 and (
        stripped[:-1].count("«") <= stripped[:-1].count("»") and stripped[:-1].count('"') % 2 == 0)
