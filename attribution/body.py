"""Article body: tell the article's lines (title, headings, paragraphs) from the page furniture around them."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, Literal

from .language import reads_as_prose
from .literals import AnyOf
from .rules import PageRules

BlockRole = Literal["title", "heading", "body", "label"]
# A date alone on its line ("14.05.2025", "2025-05-14", "14 May 2025"), as lists of other stories set each item.
_DATE_ONLY = re.compile(r"\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[,\s]+\d{1,2}[:.]\d{2})?\s*")
LineKind = Literal["blank", "furniture", "starter", "time", "prose", "loose", "heading"]

BULLETS = "•·*▪►●◦‣–—-"
# Fewer words than this without a final stop is a headline, a label or a menu line, never a paragraph.
PROSE_MIN_WORDS = 12
# How many words a last line without a stop needs to be read as a whole sentence by its articles and auxiliaries.
SENTENCE_END_WORDS = 6
# Words with which a page's promotions speak to the reader ("You can watch the full interview here").
READER_WORDS = frozenset({"you", "your", "we", "our", "us"})
# Lines longer than this are never furniture by a phrase they contain.
PHRASE_LINE_CHARS = 400
APPEAL_LINES = 16  # a letter to readers closes within this many lines of its salutation
# Fewer lost lines of prose than this may be a short article's teasers of other stories, not a lost text.
LOST_PROSE_LINES = 3
# A reader's comment fits between its header and its footer in this many lines.
COMMENT_LINES = 4
TERMINAL = ".!?…"
CLOSERS = "\"'”’»)]"
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’»)]*\s+[\"'“‘«(]?[A-Z0-9]")
_WORD = re.compile(r"\w[\w'’-]*")
# A teaser of another story, cut off by the page mid-word or mid-sentence: a word, then an ellipsis.
_TEASER_END = re.compile(r"[^\W\d_][.!?,;:]?(?:\s?\.{3,}|…)\s*$")  # also after the sentence's own stop: "... the Gulf.…"
WRAPPED_RUN_LINES = 8  # a hard-wrapped sentence runs over at most this many lines
# A label and its colon open the line ("Джерело: ПЕРШИЙ онлайн", "Tags: ..."): no sentence cut off.
_LABELLED = re.compile(r"\s*\w[\w’'-]*(?: [\w’'-]+)?\s*:")
# A picture embedded in the page extract's text: "<image>...</image>", "![caption](...)".
_PICTURE = re.compile(r"\s*(?:<image\b|!\[)")
TEASER_GAP = 2  # at most this many lines from one cut-off teaser to the next
TEASER_TITLE_WORDS = 16  # a teaser's headline above it is short
SPEECH_TAG_WORDS = 7  # a speech tag on a line of its own: the dash, the verb, the speaker's title and name
# A wire agency's credit closing a paragraph ("... had been fixed -- KHARTOUM (AFP)").
_TRAILING_CREDIT = re.compile(r"\s*(?:--?|[–—])\s*(?:[A-Z][A-Z .'’,-]{1,40}\s*)?\((?:AFP|AP|Reuters|dpa|DPA|Xinhua|Anadolu|"
                              r"EFE|UPI|PTI|IANS|ANI|Bernama|Yonhap|Kyodo)\)\s*$")
# A quotation closed after its last sentence, then who said it: '"...." Maren Holt (BT Sport)', '"...." — Tomas Varga'.
_QUOTE_SIGNATURE = re.compile(r"(?<=[.!?…][\"”»])\s*(?:[—–-]{1,2}\s*)?[^\W\d_][^.!?\"“”«»\n]{0,80}$")
# A line of tags has no punctuation but hyphens; it has at least this many words.
_TAG_CLOUD_PUNCTUATION = re.compile(r"[.,:;!?()«»\"“”„'’|/]")
TAG_CLOUD_WORDS = 5
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                        r"((?-i:[A-Z][\w’'&-]*(?:\.[A-Z][\w’'&-]*)*(?:[ ]+(?:(?:of|for|the|and|on)[ ]+)?[A-Z][\w’'&-]*"
                        r"(?:\.[A-Z][\w’'&-]*)*){0,4}))",
                        re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(r"(?:\s+(?:Media|Group|Ltd|LLC|Inc|Sp|GmbH|Holding|News Agency))+$")
_BIOGRAPHY = re.compile(r"\b(?:is (?:a|an|the|our|\w+['’]s)|covers|writes|reports|has (?:covered|written|reported|worked)|"
                        r"joined|previously|before joining)\b")


def _without_closers(content: str) -> str:
    """The line without the quotation marks, brackets, spaces and emoji after its last word or stop ("...
    сообщает ИА.☝🏻" ends with its full stop)."""
    end = len(content)
    while end and (content[end - 1] in CLOSERS + " " or unicodedata.category(content[end - 1]) in ("So", "Sk", "Mn", "Cf")):
        end -= 1
    return content[:end]


# Opening quotation marks and the marks that close them.
_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"'}
SIGN_OFF_WORDS = 4  # a post's sign-off over its emoji is a few words ("Тримаємося 🙏", "Все буде Україна 🇺🇦")
CUT_SENTENCE_WORDS = 20  # a line this long without a stop is a sentence (cut off, or a lead), not a headline


def _unclosed_quote(content: str) -> bool:
    """The line opens a quotation and never closes it ("“Mr", "\"Залишається потреба")."""
    closers = _QUOTE_PAIRS.get(content[:1])
    return closers is not None and not any(mark in content[1:] for mark in closers)


_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
# "Transport: +38.6%", "Танки: 3 (+1)": a label and its figure. A time after the colon is a time stamp's line.
# ("особового складу ‒ близько 289 860 (+1 120 за добу)": a figure dash, and a word of about before the figure)
_FIGURE_LINE = re.compile(r"[^\W\d_][\w’'ʼ ,()-]{0,60}?[^\W\d_)](?:\s*:|\s+[-–—‒])\s*(?:[^\W\d_]{2,8}\s+)?"
                          r"(?!\d{1,2}:\d{2})[+−–-]?\s*\d.{0,80}")
FIGURE_LIST_LINES = 3  # a list of figures has at least this many
_SUBJECT_PRONOUNS = frozenset({"He", "She", "They", "We", "It", "I"})
SUBHEADING_WORDS = 8
# Endings taken off a word before it is looked up among the words the lemmatizer knows.
_ENDINGS = ("'s", "’s", "s", "es", "ed", "d", "ing", "ly", "er", "est", "ers", "ment", "ness")


def _item_marker(text: str, line: _Line) -> str:
    """How the line opens as a list item: "bullet", "number" or "" (none)."""
    line_start = text.rfind("\n", 0, line.start) + 1
    if text[line_start:line.start].strip():
        return "bullet"  # the page reader took a bullet off the line's start
    return "number" if _NUMBERED.match(line.content) else ""


# A live page's entry opened by its time and a dash: "15:29- Air ambulances dispatched to the area".
_ENTRY_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*[-–—]\s*(?=\S)")
TIMELINE_ENTRIES = 3  # stamped lines that make a timeline, at least two of them already read as the article's


def _keep_timeline(lines: list[_Line], keep: dict[int, BlockRole]) -> None:
    """A timeline of entries each opened by its time and a dash is the article, the entries without a final stop or
    cut off at the end as much as the full sentences ("15:55- The London Eye has been halted")."""
    stamped = []
    for index, line in enumerate(lines):
        stamp = _ENTRY_STAMP.match(line.content) if line.kind not in ("blank", "furniture") else None
        if stamp is not None and len(_WORD.findall(line.content[stamp.end():])) >= 3:
            stamped.append(index)
    if len(stamped) < TIMELINE_ENTRIES or sum(1 for i in stamped if keep.get(i) == "body") < 2:
        return
    for index in stamped:
        if keep.get(index) != "title":
            keep[index] = "body"


def _wrapped(line: str, following: str) -> bool:
    """Does the line break inside a sentence that the following line continues?"""
    stripped = _without_closers(line)
    return bool(stripped) and stripped[-1] not in TERMINAL + ":" and following[:1].islower()


@dataclass(frozen=True)
class Block:
    """A line of the article that can hold claims, with its offsets in the input."""

    start: int
    end: int
    role: BlockRole
    paragraph: int


def _speech_tag_line(content: str) -> bool:
    """Is the line a speech tag alone ("– сказав Малюк.", "— пишет губернатор."): a dash, a lower-case word, a few
    more, and a stop?"""
    words = content.split()
    return (2 <= len(words) <= SPEECH_TAG_WORDS and words[0] in ("—", "–", "-") and words[1][:1].islower()
            and content.rstrip()[-1:] in ".!")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    content: str
    kind: LineKind


def _keep_sign_offs(text: str, lines: list[_Line], keep: dict[int, BlockRole]) -> None:
    """A post's sign-off: a line of a few words closed by an emoji ("Тримаємося 🙏", "Stay safe 💙"), set right under
    a paragraph of the text with no blank line between, is the post's last words, not a heading."""
    for index, line in enumerate(lines):
        if index in keep or line.kind not in ("heading", "loose"):
            continue
        content = line.content.strip()
        words = _WORD.findall(content)
        if not content or not 1 <= len(words) <= SIGN_OFF_WORDS or not content[:1].isupper() \
                or any(ch.isdigit() for ch in content) or unicodedata.category(content[-1]) != "So":
            continue
        above = index - 1
        if above < 0 or keep.get(above) != "body" or "\n\n" in text[lines[above].end:line.start + 1]:
            continue
        keep[index] = "body"


def figure_line(content: str) -> bool:
    """Is the line a label and its figure ("Transport: +38.6%", "Танки: 3 (+1)", "Голос - 4")?"""
    return bool(_FIGURE_LINE.fullmatch(content.strip()))


def _keep_figure_lists(lines: list[_Line], keep: dict[int, BlockRole]) -> None:
    """A run of label-and-figure lines next to the article's text ("Transport: +38.6%" / "Food: +29.4%" / ...)
    is figures the article reports, not page furniture (a lone "Comments: 56" is)."""
    runs: list[list[int]] = [[]]
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind in ("heading", "loose", "prose", "furniture") and figure_line(line.content):
            runs[-1].append(index)  # an item may look like a furniture label ("Зв’язок: +12,9%"): the run decides
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if sum(1 for k in run if lines[k].kind != "furniture") < FIGURE_LIST_LINES:
            continue
        before = next((k for k in range(run[0] - 1, -1, -1) if lines[k].kind != "blank"), None)
        after = next((k for k in range(run[-1] + 1, len(lines)) if lines[k].kind != "blank"), None)
        if any(keep.get(k) == "body" for k in (before, after, *run) if k is not None):
            for index in run:
                keep[index] = "body"


def mostly_lower(words: list[str]) -> bool:
    """Are at least half the words after the first in lower case, as in running prose (not a headline)?"""
    return sum(1 for w in words[1:] if w[:1].islower()) >= 0.5 * (len(words) - 1)


def _title_case(content: str, words: list[str] | None = None) -> bool:
    """A headline set in title case ("Youth Media Brand Announces Another Round of Job Cuts"): five or more
    words, every word of four letters or more capitalised (``words``: the content's, if already found)."""
    words = _WORD.findall(content) if words is None else words
    long_words = [w for w in words if len(w) >= 4 and not w[0].isdigit()]
    return len(words) >= 5 and len(long_words) >= 3 and all(w[0].isupper() for w in long_words) \
        and not content.isupper()


class KnownWords:
    """The lower-case words a language's lemmatizer knows, with the common endings taken off a word before it is
    looked up; a plain set inside, so that an extractor holding it still pickles."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, word: str) -> bool:
        words = self.words
        if word in words:
            return True
        for ending in _ENDINGS:
            stem = word[:-len(ending)]
            if word.endswith(ending) and len(stem) >= 2 and (stem in words or stem + "e" in words
                                                               or (len(stem) > 2 and stem[-1] == stem[-2]
                                                                   and stem[:-1] in words)
                                                               or (stem.endswith("i") and stem[:-1] + "y" in words)):
                return True
        return False


def known_words(nlp: Any) -> KnownWords | None:
    """Is a lower-case word a whole word of the language? Read from the pipeline's rule lemmatizer tables (the
    base forms it knows, its exceptions); ``None`` without such tables."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
        exceptions = lookups.get_table("lemma_exc")
    except (KeyError, AttributeError, ValueError):
        return None
    words: set[str] = set()
    for table in (index, exceptions):
        for forms in table.values():
            words.update(forms)
            if isinstance(forms, dict):
                for more in forms.values():
                    words.update(more)
    return KnownWords(frozenset(words)) if words else None


class PageReader:
    """Classify the lines of a scraped page and keep those that belong to the article."""

    known_word: Callable[[str], bool] | None = None

    def __init__(self, rules: PageRules) -> None:
        self.rules = rules
        self._prose_words = frozenset(rules.prose_words)
        self._prose_opener = re.compile("|".join(f"(?:{p})" for p in rules.prose_openers), re.IGNORECASE) \
            if rules.prose_openers else None
        self._articles = frozenset(rules.articles)
        self._auxiliaries = frozenset(rules.auxiliaries)
        self._open_words = frozenset(rules.open_words)
        self._label = re.compile("|".join(f"(?:{p})" for p in rules.label_lines) or r"(?!)", re.IGNORECASE)
        self._appeal_opener = re.compile("|".join(f"(?:{p})" for p in rules.appeal_openers) or r"(?!)", re.IGNORECASE)
        self._appeal_closer = re.compile("|".join(f"(?:{p})" for p in rules.appeal_closers) or r"(?!)", re.IGNORECASE)
        # One alternation, matched once per line, instead of one pattern after another.
        self._furniture = re.compile("|".join(f"(?:{p})" for p in rules.boilerplate_lines), re.IGNORECASE)
        self._foreign = re.compile("|".join(f"(?:{p})" for p in rules.foreign_lines), re.IGNORECASE) \
            if rules.foreign_lines else None
        # Each phrase pattern runs only on lines holding a word it needs (most lines hold none).
        self._phrases = AnyOf(rules.boilerplate_phrases)
        self._time = re.compile(rules.boilerplate_lines[0], re.IGNORECASE)
        self._comment_header = re.compile("|".join(f"(?:{p})" for p in rules.comment_headers) or r"(?!)", re.IGNORECASE)
        self._comment_footer = re.compile("|".join(f"(?:{p})" for p in rules.comment_footers) or r"(?!)", re.IGNORECASE)
        starters = sorted(rules.block_starters, key=len, reverse=True)
        # A label may name its section: "More from Companies", "Latest from World".
        self._starter = re.compile(
            r"(?:%s)(?:\s+[\w'’&-]+){0,3}?\s*[:.!]?" % "|".join(_label_pattern(s) for s in starters), re.IGNORECASE)
        self._inline_starter = re.compile(
            # "Read also: X", "See also | X", "See also  X" (the link's text after a gap), "READ ALSO X" (in capitals),
            # 'Смотри также "X"' (the title in quotation marks)
            r"(?:%s)(?:\s*[:|]|\s{2,}|\s+(?=[\"«“„]))\s*\S|(?-i:%s)\s+\S" % (
                "|".join(_label_pattern(s) for s in starters),
                "|".join(_label_pattern(s.upper()) for s in starters if " " in s)), re.IGNORECASE)

    def blocks(self, text: str) -> list[Block]:
        """The title, headings and paragraphs of the article, in order; everything else is boilerplate."""
        lines = self._lines(text)
        if not any(line.kind == "prose" for line in lines):
            # A page whose paragraphs all end without a stop (live pages, feeds, Telegram posts) is read by
            # its running prose.
            lines = [_Line(line.start, line.end, line.content, "prose") if line.kind == "loose" else line
                     for line in lines]
        keep: dict[int, BlockRole] = {}
        prose_at = [i for i, line in enumerate(lines) if line.kind == "prose"]
        if not prose_at:
            return []
        first_prose = prose_at[0]
        title = self._title(lines[:first_prose])
        if title is not None:
            keep[title] = "title"
            for index in range(title + 1, first_prose):
                # A lead of running prose under the title that ends without a stop ("Національна поліція
                # спростовує повідомлення ...: водій сам погодився поїхати до ТЦК") is the article's first paragraph.
                if lines[index].kind == "loose" and not self._headlinese(lines[index].content):
                    keep[index] = "body"
        else:
            # No headline the reader knows above the text: a lead of running prose right on top of the first
            # paragraph, under some other line and longer than any headline, is the article's first paragraph.
            lead = self._previous_nonblank(lines, first_prose)
            if lead >= 0 and lines[lead].kind == "loose" and self._previous_nonblank(lines, lead) >= 0 \
                    and len(_WORD.findall(lines[lead].content)) >= CUT_SENTENCE_WORDS:
                keep[lead] = "body"
        in_list = False
        previous = None  # the last non-blank line before the current one
        for index in range(first_prose, len(lines)):
            line = lines[index]
            if line.kind == "blank":
                continue
            after_time = previous is not None and previous.kind == "time"
            if line.kind == "starter":
                in_list = True
            elif line.kind == "prose" and self._author_card(lines, index):
                keep.pop(self._previous_nonblank(lines, index), None)
            elif line.kind == "prose" and in_list and (prior := self._previous_nonblank(lines, index)) >= 0 \
                    and _DATE_ONLY.fullmatch(lines[prior].content):
                pass  # "Последние новости" / "14.05.2025" / a headline: each item under its date is another story's
            elif line.kind == "prose":
                if after_time or in_list:
                    # Lists of other stories hold headlines, which seldom end in a full stop; a live page's
                    # entries under their times are sentences, however short ("10:05 The forces advanced."), where
                    # the language's articles tell a sentence from a headline.
                    if self._strong_prose(line.content) or (after_time and self._short_sentence(line.content)
                                                            and bool(self._articles)
                                                            and not self._headlinese(line.content)):
                        in_list = False
                        keep[index] = "body"
                else:
                    keep[index] = "body"
            elif line.kind in ("heading", "loose") and not in_list and self._list_item(lines, index, keep):
                keep[index] = "body"
            elif line.kind == "loose" and not in_list and not after_time and self._among_prose(lines, index) \
                    and not self._headlinese(line.content):
                # A paragraph without its final stop, between paragraphs or cut off at the end of the text.
                keep[index] = "body"
            elif line.kind == "heading" and not in_list and not after_time:
                if self._is_heading(lines, index):
                    keep[index] = "heading"
            # Labels such as "Updated" between a time and its headline keep the time in force.
            if not (line.kind == "furniture" and len(_WORD.findall(line.content)) <= 3):
                previous = line
        self._keep_cut_off_end(lines, keep)
        _keep_timeline(lines, keep)
        self._keep_list_items(text, lines, keep)
        _keep_figure_lists(lines, keep)
        self._keep_most_prose(lines, keep)
        _keep_sign_offs(text, lines, keep)
        self._drop_teasers(lines, keep)
        self._drop_appeals(lines, keep)
        last_body = max((i for i, role in keep.items() if role == "body"), default=-1)
        for index, line in enumerate(lines):
            # "Source: X" opening a news item (after its title, heading or lead paragraph) credits X for it;
            # the same line after an item's text is a credit line, page furniture.
            if index < last_body and index not in keep and self._label.fullmatch(line.content):
                above = [role for i, role in sorted(keep.items()) if i < index]
                body_above = 0
                for role in reversed(above):
                    if role != "body":
                        break
                    body_above += 1
                following = next((k for k in range(index + 1, len(lines)) if lines[k].kind != "blank"), None)
                # (a credit line under one item of a digest, with the next item's headline after it, credits none)
                if body_above <= 1 and following is not None and keep.get(following) == "body":
                    keep[index] = "label"
        blocks: list[Block] = []
        paragraph = 0
        for index in sorted(keep):
            line = lines[index]
            end = line.end
            raw = text[text.rfind("\n", 0, line.start) + 1:line.end]  # the reader may leave a leading dash out
            if blocks and keep[index] in ("body", "heading") and blocks[-1].role == "body" and _speech_tag_line(raw) \
                    and text[blocks[-1].start:blocks[-1].end].rstrip()[-1:] not in ":;,":
                # "...налягли на алкоголь\n\n– сказав Малюк.": a speech tag on a line of its own closes the paragraph
                # of speech above it
                blocks[-1] = Block(blocks[-1].start, end, "body", blocks[-1].paragraph)
                continue
            blocks.append(Block(line.start, end, keep[index], paragraph))
            paragraph += 1
        return blocks

    def _drop_appeals(self, lines: list[_Line], keep: dict[int, BlockRole]) -> None:
        """The outlet's letter to its readers ("Dear readers," ... "Remind me later."), however much it reads as
        prose: every line from its salutation to its closing line, when it closes within a few lines."""
        for start, line in enumerate(lines):
            if line.kind == "blank" or not self._appeal_opener.fullmatch(line.content.strip()):
                continue
            end = next((k for k in range(start + 1, min(len(lines), start + APPEAL_LINES))
                        if self._appeal_closer.fullmatch(lines[k].content.strip())), None)
            if end is not None:
                for index in range(start, end + 1):
                    keep.pop(index, None)

    @staticmethod
    def _drop_teasers(lines: list[_Line], keep: dict[int, BlockRole]) -> None:
        """Other stories' teasers, each cut off with an ellipsis ("... з яких 70...", "провела сво..."), two or
        more within a few lines: a list of links, and the headlines between them too, not the article."""
        content = [i for i, line in enumerate(lines) if line.kind != "blank"]
        cut = [n for n, i in enumerate(content) if _TEASER_END.search(lines[i].content)]
        for a, b in zip(cut, cut[1:]):
            if b - a <= TEASER_GAP:
                for i in content[a:b + 1]:
                    keep.pop(i, None)
                above = lines[content[a - 1]] if a > 0 else None
                if above is not None and len(_WORD.findall(above.content)) <= TEASER_TITLE_WORDS \
                        and above.content.rstrip()[-1:] not in TERMINAL:
                    keep.pop(content[a - 1], None)  # the first teaser's headline above it

    def brands(self, text: str) -> tuple[str, ...]:
        """The outlet's own name, as its page shows it: in the masthead line and the copyright notice.

        "As Espreso reported earlier" is then the outlet recalling its own reporting, not a source.
        """
        found: list[str] = []
        first = next((line for line in text.splitlines() if line.strip()), "").strip()
        words = _WORD.findall(first)
        # A masthead is a name, capitalised throughout; a first line with lower-case words is a title or a banner.
        if words and len(words) <= 6 and not any(w[0].islower() for w in words) and not self._is_prose(first):
            masthead = re.split(r"\s*(?:\||\.\s|[–—]\s)", first, maxsplit=1)[0].strip(" .")
            if 1 <= len(_WORD.findall(masthead)) <= 4:
                found.append(masthead)
        for match in _COPYRIGHT.finditer(text):
            name = match.group(1)
            found.append(name)
            found.append(_COMPANY_SUFFIX.sub("", name))
        return tuple(dict.fromkeys(name.strip() for name in found if name.strip()))

    def _lines(self, text: str) -> list[_Line]:
        lines: list[_Line] = []
        # A line in another script is a stray credit only on a page in the language's own script.
        foreign = self._foreign if self._foreign is not None and _mostly_latin(text) else None
        for match in re.finditer(r"[^\n]*", text):
            if match.start() > 0 and text[match.start() - 1] != "\n" and match.group() == "":
                continue
            start, end = match.start(), match.end()
            while start < end and (text[start].isspace() or text[start] in BULLETS and
                                   (start + 1 >= end or text[start + 1].isspace())):
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            content = text[start:end]
            if lines and content and lines[-1].kind in ("heading", "loose", "prose") \
                    and len(_WORD.findall(lines[-1].content)) >= 4 and self._continues(lines[-1], content) \
                    and self._kind(content, foreign) != "furniture" \
                    and (lines[-1].kind != "heading" or mostly_lower(_WORD.findall(lines[-1].content))
                         or self._is_prose(text[lines[-1].start:end].replace("\n", " "))):
                # Hard-wrapped copy (wire feeds, e-mail): one paragraph over several lines is one line here; a
                # line of running prose goes on into the next however far the sentence runs.
                previous = lines.pop()
                content = text[previous.start:end]
                start = previous.start
            lines.append(_Line(start, end, content, self._kind(content, foreign)))
        lines = self._join_open_breaks(text, lines, foreign)
        lines = self._join_cut_tail(text, lines)
        thread = self._comment_thread(lines)
        if thread is not None:
            lines[thread:] = [_Line(line.start, line.end, line.content, "furniture" if line.content else "blank")
                              for line in lines[thread:]]
        return lines

    def _join_open_breaks(self, text: str, lines: list[_Line], foreign: re.Pattern[str] | None) -> list[_Line]:
        """Hard-wrapped copy whose lines break after a word no sentence ends on ("... bourses, after" /
        "Caledonian confirmed ... weighing a" / "share sale, ... on Monday."): the run, up to the line that ends
        the sentence, is one line of prose when it reads as prose."""
        joined: list[_Line] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            end = index
            while end + 1 < len(lines) and end - index < WRAPPED_RUN_LINES and lines[end].kind in ("heading", "loose") \
                    and self._breaks_open(lines[end].content) and lines[end + 1].kind not in ("blank", "time"):
                end += 1
            if end > index:
                content = text[line.start:lines[end].end]
                if self._is_prose(content.replace("\n", " ")):
                    joined.append(_Line(line.start, lines[end].end, content, self._kind(content, foreign)))
                    index = end + 1
                    continue
            joined.append(line)
            index += 1
        return joined

    @staticmethod
    def _join_cut_tail(text: str, lines: list[_Line]) -> list[_Line]:
        """The text's last sentence, hard-wrapped and cut off by the page extract ("\"Should UK lenders sit on
        their hands, shrinking balance sheets could" / "mean a 20-30 percent hit to earni"): its lines are one,
        which no stop ends."""
        filled = [i for i, line in enumerate(lines) if line.kind != "blank"]
        if len(filled) < 2 or filled[-1] != filled[-2] + 1:
            return lines
        first, last = lines[filled[-2]], lines[filled[-1]]
        if first.kind not in ("heading", "loose") or len(_WORD.findall(first.content)) < 4 \
                or not _wrapped(first.content, last.content) or not last.content[-1:].isalnum():
            return lines
        content = text[first.start:last.end]
        return lines[:filled[-2]] + [_Line(first.start, last.end, content, "loose")] + lines[filled[-1] + 1:]

    def _continues(self, line: _Line, following: str) -> bool:
        """Does the following line go on with the line's sentence: in lower case after a line without a stop,
        or after a word no sentence ends on ("... every school in the" / "Vallejo City Unified ...")?"""
        if line.kind == "prose" and not (line.content[-1:].isalnum() or _without_closers(line.content)[-1:] in ",;"):
            # a sentence closed by a bracket or a quotation mark ("... (Ruwan Senanayake)"), but not a quotation
            # whose speech tag follows ("... to six,”" / "the security source said")
            return False
        return _wrapped(line.content, following) or (line.kind == "prose" and self._breaks_open(line.content)
                                                     and following[:1].isalnum())

    def _breaks_open(self, line: str) -> bool:
        """Does the line stop on a word no sentence ends on ("... the region's bourses, after"), so that the next
        line, capitalised or not, goes on with it?"""
        words = _WORD.findall(line)
        return bool(words) and line.rstrip()[-1:].isalpha() and words[-1].lower() in self._open_words

    def comments_start(self, text: str) -> int:
        """Where readers' comments under the article begin in ``text``; its length if there are none."""
        lines = self._lines(text)
        thread = self._comment_thread(lines)
        return len(text) if thread is None else lines[thread].start

    def _comment_thread(self, lines: list[_Line]) -> int | None:
        """Where the readers' comments under the article begin: the first comment header that a footer follows
        within a few lines (a header alone may be a live page's entry stamp, "Updated 2 August 2018 08:41")."""
        for index, line in enumerate(lines):
            if line.content and self._comment_header.fullmatch(line.content):
                seen = 0
                for other in itertools.islice(lines, index + 1, None):
                    if not other.content:
                        continue
                    if self._comment_footer.fullmatch(other.content):
                        return index
                    seen += 1
                    if seen >= COMMENT_LINES:
                        break
        return None

    def _kind(self, content: str, foreign: re.Pattern[str] | None = None) -> LineKind:
        if not content.strip():
            return "blank"
        if self._time.fullmatch(content):
            return "time"
        if self._starter.fullmatch(content):
            return "starter"
        # A long paragraph is article text even when it mentions a cookie policy or a newsletter; and the
        # phrase patterns, searched over every paragraph, were the page reader's main cost.
        if (self._furniture.fullmatch(content) or (len(content) <= PHRASE_LINE_CHARS and self._phrases.search(content))
                or self._inline_starter.match(content) or (foreign is not None and foreign.fullmatch(content))):
            return "furniture"
        if _tag_cloud(content):
            return "furniture"
        credit = _TRAILING_CREDIT.search(content)
        if credit is not None and credit.start() > 0:
            # "... that the outcome had been fixed -- KHARTOUM (AFP)": the wire's credit is no part of the prose
            content = content[:credit.start()] + "."
        signature = _QUOTE_SIGNATURE.search(content) if content.lstrip()[:1] in "\"“«„" else None
        if signature is not None:
            content = content[:signature.start()]  # the quotation is the prose, its signer's name no headline
        words = _WORD.findall(content)  # found once for the three tests below
        if self._is_prose(content, words) and not _title_case(content, words):
            return "prose"
        if self._running_prose(words):
            return "loose"
        if self._prose_opener is not None and self._prose_opener.match(content):
            return "prose"  # "Про це повідомляє ГУ ДСНС у Житомирській області", "This was reported by ...": no stop
        return "heading"

    def _is_prose(self, content: str, words: list[str] | None = None) -> bool:
        """Does the line read as a sentence? (``words``: its words, if already found.)"""
        words = _WORD.findall(content) if words is None else words
        stripped = _without_closers(content)
        ends_as_sentence = bool(stripped) and (stripped[-1] in TERMINAL or stripped[-1] in ",:;")
        if ends_as_sentence and len(words) >= 3:
            return True
        # A standfirst often ends without a stop but holds a full sentence before that.
        return len(words) >= 8 and bool(_SENTENCE_INSIDE.search(content))

    def _running_prose(self, words: list[str]) -> bool:
        """A line without a final stop that reads as prose: long, mostly lower-case, with the small words of
        sentences ("the", "of", "said"); headlines are capitalised throughout or short, menus have no such words."""
        if len(words) < PROSE_MIN_WORDS:
            return False
        # Figures ("14:30", "$81.14", "1.2%") are neither capitalised nor lower-case words.
        rest = [w for w in words[1:] if not w[:1].isdigit()] or words[1:]
        lower = sum(1 for w in rest if w[:1].islower()) / len(rest)
        small = sum(1 for w in words if w.lower() in self._prose_words)
        return lower >= 0.6 and small >= max(3, len(words) // 6)

    def _headlinese(self, content: str) -> bool:
        """A headline in sentence case ("Woman fined after feeding pigeons from her balcony for three years"):
        short, and without the articles that running prose cannot do without."""
        words = {w.lower() for w in _WORD.findall(content)}
        return bool(self._articles) and len(words) <= 16 and not self._articles & words

    @staticmethod
    def _strong_prose(content: str) -> bool:
        stripped = _without_closers(content)
        return len(_WORD.findall(content)) >= 8 and bool(stripped) and stripped[-1] in ".!…:"

    @staticmethod
    def _headline_like(content: str) -> bool:
        words = _WORD.findall(content)
        # Menus are runs of capitalised labels; headlines carry lower-case words.
        has_lower = any(w[0].islower() and len(w) > 1 for w in words)
        return len(words) >= 4 and (has_lower or content.rstrip()[-1:] in "?!") and len(words) <= 40

    def _title(self, before_body: list[_Line]) -> int | None:
        """The title is the fullest headline above the text; rubrics, tickers and menus above it are shorter."""
        candidates = [(len(_WORD.findall(line.content)), -index) for index, line in enumerate(before_body)
                      if line.kind == "heading" and self._headline_like(line.content)]
        return -max(candidates)[1] if candidates else None

    @staticmethod
    def _short_sentence(content: str) -> bool:
        """Four words or more ending in a full stop, not in title case: a sentence, not a headline."""
        words = _WORD.findall(content)
        stripped = _without_closers(content)
        return len(words) >= 4 and stripped[-1:] in ".!…" and not _title_case(content, words)

    @staticmethod
    def _keep_list_items(text: str, lines: list[_Line], keep: dict[int, BlockRole]) -> None:
        """An item of a bulleted or numbered list whose item before it is article text is article text too,
        with or without its final stop ("- Russian milbloggers claimed gains near Pokrovsk")."""
        # each line's list marker, worked out once for both passes below ("" for a blank line)
        markers = ["" if line.kind == "blank" else _item_marker(text, line) for line in lines]
        previous: int | None = None
        for index, line in enumerate(lines):
            if line.kind == "blank":
                continue
            marker = markers[index]
            if marker and index not in keep and line.kind in ("heading", "loose") and previous is not None \
                    and keep.get(previous) == "body" and markers[previous] == marker:
                keep[index] = "body"
            previous = index
        # Short items ("- Збито 41 дрон" / "- Уражено два склади"): a list in sentence case under a paragraph,
        # with an item of it read as text or a paragraph right after it, is the article's list, every item (a
        # bullet opens no heading; other stories' titles in title case stand between paragraphs too).
        run: list[int] = []
        for index in range(len(lines) + 1):  # one past the last line: the page's end closes the last run
            if index < len(lines) and lines[index].kind == "blank":
                continue
            marker = markers[index] if index < len(lines) else ""
            if run and marker != markers[run[0]]:
                before = PageReader._previous_nonblank(lines, run[0])
                if before >= 0 and keep.get(before) == "body" and (
                        any(keep.get(k) == "body" for k in run) or keep.get(index) == "body") \
                        and all(mostly_lower(_WORD.findall(lines[k].content)) for k in run):
                    for k in run:
                        if keep.get(k, "heading") == "heading" and lines[k].kind in ("heading", "loose"):
                            keep[k] = "body"
                run = []
            if marker:
                run.append(index)

    def _keep_most_prose(self, lines: list[_Line], keep: dict[int, BlockRole]) -> None:
        """Losing text is worse than mislabelling it: when the layout rules left out most of the lines that read
        as running prose (a digest whose items follow time stamps or list labels, a layout never seen), every
        such line is body."""
        prose = [i for i, line in enumerate(lines) if line.kind in ("prose", "loose", "heading")
                 and self._reads_as_prose(line.content)]
        lost = [i for i in prose if i not in keep]
        total = sum(lines[i].end - lines[i].start for i in prose)
        if len(lost) >= LOST_PROSE_LINES and sum(lines[i].end - lines[i].start for i in lost) > total / 2:
            for index in lost:
                keep[index] = "body"

    def _reads_as_prose(self, content: str) -> bool:
        return reads_as_prose(_WORD.findall(content), self._prose_words)

    def _keep_cut_off_end(self, lines: list[_Line], keep: dict[int, BlockRole]) -> None:
        """A page extract often stops mid-sentence ("May said yesterday th"): a last line after the article's
        last paragraph, with nothing but furniture after it, that starts like a sentence and stops without
        a stop is the article's cut-off last sentence, not a headline."""
        last_body = max((i for i, role in keep.items() if role == "body"), default=-1)
        if last_body < 0:
            return
        candidate = None
        furniture_before = False
        for index in range(last_body + 1, len(lines)):
            line = lines[index]
            if line.kind == "blank" or (candidate is not None and line.kind in ("furniture", "time", "starter")):
                continue
            if candidate is None and line.kind == "furniture":
                furniture_before = True  # an advert or an "Updated" stamp before the last words
                continue
            if candidate is None and line.kind == "time" and self._is_live(lines, last_body):
                continue  # a live page's last entry under its time stamp ("8.19pm BST", "20:19")
            if candidate is not None or line.kind not in ("heading", "loose") or (
                    furniture_before and line.kind != "loose"):
                self._keep_prose_cut_after_heading(lines, keep, last_body)
                return  # a list after furniture, or more text after it: other stories, not the article's end
            candidate = index
        if candidate is None:
            return
        content = lines[candidate].content
        words = _WORD.findall(content)
        lower = sum(1 for w in words[1:] if w[:1].islower())
        # Running prose has lower-case words, or at least a couple of them and no headline's title case ("British
        # Foreign Secretary Philip Hammond said earlier on Thur"); a word cut after its first letter ends no headline.
        prose_like = mostly_lower(words) or (lower >= 2 and not _title_case(content, words)) or (
            len(words[-1]) == 1 and words[-1].isupper() and words[-1] not in ("A", "I"))
        if len(words) >= 3 and (content[:1] in "\"“‘«'" or content[:1].isupper()) and not _LABELLED.match(content) \
                and content.rstrip()[-1:].isalnum() and (len(words[-1]) <= 3 or self._cut_word(words[-1])) \
                and prose_like:
            # A short last fragment ("th", "b", "sea"): a word cut off, not a headline's last word.
            keep[candidate] = "body"
        elif len(words) >= 3 and content[:1].isupper() and self._stops_open(content, words):
            keep[candidate] = "body"
        elif self._text_cut_off(lines, last_body, candidate, words):
            keep[candidate] = "body"
        elif len(words) >= SENTENCE_END_WORDS and mostly_lower(words) and self._reads_as_sentence(words):
            keep[candidate] = "body"

    def _reads_as_sentence(self, words: list[str]) -> bool:
        """"The ministry says crews were also sent to Varna on Sunday": an article and an auxiliary, which headlines
        leave out, make a last line without its stop the article's last sentence (a promotion speaks to the reader)."""
        lower = {w.lower() for w in words}
        return bool(lower & self._articles and lower & self._auxiliaries) and not lower & READER_WORDS

    @staticmethod
    def _is_live(lines: list[_Line], last_body: int) -> bool:
        """Does a time stamp stand over one of the article's paragraphs (a live page's entries)?"""
        return any(line.kind == "time" for line in lines[:last_body])

    def _keep_prose_cut_after_heading(self, lines: list[_Line], keep: dict[int, BlockRole], last_body: int) -> None:
        """A subheading, then the text's last line: a long line of running prose that stops where no sentence
        can ("... because Russia is pressing on with its"): the extract cut the article's next section."""
        rest = [i for i in range(last_body + 1, len(lines)) if lines[i].kind != "blank"]
        if len(rest) != 2 or lines[rest[0]].kind != "heading" or lines[rest[1]].kind not in ("heading", "loose"):
            return
        content = lines[rest[1]].content.rstrip()
        words = _WORD.findall(content)
        if not words or not content[-1:].isalnum():
            return
        # A shorter line of running prose counts under a short subheading; another story's headline is longer.
        running = lines[rest[1]].kind == "loose" or (len(words) >= 4 and mostly_lower(words)
                                                     and len(_WORD.findall(lines[rest[0]].content)) <= SUBHEADING_WORDS)
        if _unclosed_quote(content) or (running and content[:1].isupper() and (
                self._stops_open(content, words) or self._cut_word(words[-1]))):
            keep[rest[1]] = "body"

    def _cut_word(self, word: str) -> bool:
        """A lower-case word the language does not know ("sprea", "lawm"): cut off by the page extract."""
        if not (word.isalpha() and word.islower()):
            return False
        if len(word) == 1 and word not in self._open_words and word not in self._prose_words and word not in ("a", "i"):
            return True  # "He s": one letter left of a word
        return self.known_word is not None and not self.known_word(word)

    def _cut_label(self, content: str) -> bool:
        """Is the line the start of a label that opens a list of other stories, cut off ("Главные новос")?"""
        start = " ".join(content.lower().replace("ё", "е").split())
        return len(start) >= 4 and any(s.lower().startswith(start) for s in self.rules.block_starters)

    def _text_cut_off(self, lines: list[_Line], last_body: int, candidate: int, words: list[str]) -> bool:
        """The text's very last line, right under the last paragraph with nothing after it, where the extract
        ended: one or two words that stop on a word no sentence or label ends on ("Leeper is", "Как"), a
        line that stops inside a word ("...from sprea", "Three lawm") or a long line of running prose."""
        if any(line.kind != "blank" for line in lines[last_body + 1:candidate]) or \
                any(line.kind != "blank" for line in lines[candidate + 1:]):
            return False
        content = lines[candidate].content.rstrip()
        if not words or not (content[:1].isupper() or content[:1] in "\"“‘«'") or not content[-1:].isalnum() \
                or self._cut_label(content):
            return False
        last = words[-1].lower()
        if len(words) <= 2 and (len(words) == 1 or words[1][:1].islower()) \
                and (last in self._open_words or last in self._prose_words):
            return True
        if len(content) == 1 and content.isalpha():
            return True  # one capital left of the next sentence ("П")
        # A quotation opened and never closed ("“All the four suspects were wan", "“Mr"), or a line longer than
        # any headline: a sentence the extract cut.
        if _unclosed_quote(content) or len(words) >= CUT_SENTENCE_WORDS:
            return True
        # A lower-case last word the language does not know ("sprea", "lawm"): cut off mid-word; or a long
        # line of running prose, which no headline is.
        cut_word = self._cut_word(words[-1])
        # A line that opens with a personal pronoun ("He said it strongly recalled the debacle") goes on from the
        # article: no headline opens so.
        pronoun = words[0] in _SUBJECT_PRONOUNS and len(words) >= 4
        if len(words) >= 2 and mostly_lower(words) and (cut_word or pronoun or lines[candidate].kind == "loose"):
            return True
        figures = any(w[:1].isdigit() for w in words)  # another story's title, not a sentence
        # The extract stopped inside a capitalised word ("... said earlier on Thur", "... and northern Miss"): a line
        # with two small words of running prose or more, no headline's title case, and a short capitalised last word.
        small = sum(1 for w in words if w.lower() in self._prose_words)
        if len(words) >= 5 and small >= 2 and not figures and not _title_case(content, words) \
                and words[-1].isalpha() and words[-1][:1].isupper() and not words[-1].isupper() and len(words[-1]) <= 4:
            return True
        # The last line under the article's last paragraph, with nothing at all after it, that stops without a stop
        # on a lower-case word, opening with an article or holding an auxiliary, which headlines leave out
        # ("The plant", "Protesters are preparing"): the extract ended inside a sentence. Figures mark another
        # story's title ("Russians shelled a school in Kherson suburb, 3 people wounded"), and a headline drops
        # the article before its object, not after it ("Police arrest man after the stabbing in a park"); nor
        # does a headline tell in the past tense what it tells with an article ("Police searched the scrub").
        # Two articles make running prose whatever its last word ("The ISW further claims that the Russian
        # Defence Minis").
        articles = sum(1 for w in words if w.lower() in self._articles)
        return len(words) >= 2 and not _title_case(content, words) and (
            words[-1].islower() or (articles >= 2 and len(words) >= 5)) and not any(
            w[:1].isdigit() for w in words) and (
            words[0].lower() in self._articles or any(w in self._auxiliaries for w in words[1:])
            or any(verb.endswith("ed") and len(verb) > 4 and article in self._articles
                   for verb, article in zip(words[1:], words[2:])))


    def _stops_open(self, content: str, words: list[str]) -> bool:
        """The line stops where no sentence can: on an article, a preposition or a conjunction ("...near the"),
        or just inside an appositive it has opened ("Israel's Prime Minister, Benjamin")."""
        if words[-1].lower() in self._open_words:
            return True
        before, comma, after = content.rstrip().rpartition(",")
        tail = _WORD.findall(after)
        return bool(comma) and len(_WORD.findall(before)) >= 3 and 1 <= len(tail) <= 2 and tail[0][:1].isupper()

    @staticmethod
    def _list_item(lines: list[_Line], index: int, keep: dict[int, BlockRole]) -> bool:
        """An item of a list that a paragraph opens with a colon ("...the individuals:" / "Reported travel to
        ..."): a sentence-case line, right after the paragraph or after an item of it."""
        content = lines[index].content.lstrip()
        words = _WORD.findall(content)
        # "літаків – 217.": an item that goes on with the enumeration starts in lower case, however short
        lower_item = len(words) >= 2 and content[:1].islower()
        if (len(words) < 3 and not lower_item) or sum(1 for w in words[1:] if w[:1].isupper()) > len(words[1:]) / 2:
            return False  # a menu or a headline in title case
        k = index - 1
        while k >= 0 and lines[k].kind == "blank":
            k -= 1
        if k < 0 or keep.get(k) != "body":
            return False
        last = lines[k].content.rstrip()[-1:]
        if last == ":" or (lower_item and last in ",;"):
            return True
        if lines[k].kind == "prose":
            return False
        return lines[k].kind in ("heading", "loose") and PageReader._list_item(lines, k, keep)

    @staticmethod
    def _among_prose(lines: list[_Line], index: int) -> bool:
        """Is the line next to a paragraph (loose lines in a row count as one, and a picture between
        paragraphs stands in the article)?"""
        for step in (-1, 1):
            k = index + step
            while 0 <= k < len(lines) and (lines[k].kind in ("blank", "loose") or (
                    lines[k].kind == "furniture" and _PICTURE.match(lines[k].content))):
                k += step
            if 0 <= k < len(lines) and lines[k].kind == "prose":
                return True
        return False

    @staticmethod
    def _previous_nonblank(lines: list[_Line], index: int) -> int:
        k = index - 1
        while k >= 0 and lines[k].kind == "blank":
            k -= 1
        return k

    def _author_card(self, lines: list[_Line], index: int) -> bool:
        """An author's card: a name on its own line, then a biography that opens with the name or a pronoun
        ("Tom Reddaway" / "Tom is our security correspondent. He has covered ..."), on the very next line."""
        if index == 0 or lines[index - 1].kind in ("blank", "prose"):
            return False
        name_line = lines[index - 1]
        if name_line.kind == "furniture" and index >= 2 and lines[index - 2].kind == "heading":
            name_line = lines[index - 2]  # a role line ("News editor") between name and biography
        names = _WORD.findall(name_line.content)
        if not 2 <= len(names) <= 3 or not all(w[:1].isupper() for w in names):
            return False
        first = _WORD.findall(lines[index].content)[:1]
        return bool(first) and (first[0] == names[0] or first[0] in ("He", "She")) and bool(
            _BIOGRAPHY.search(lines[index].content))

    def _is_heading(self, lines: list[_Line], index: int) -> bool:
        """A section heading stands alone between paragraphs and is followed by prose."""
        words = _WORD.findall(lines[index].content)
        if not 2 <= len(words) <= 20:
            return False
        if len(words) >= 7 and _title_case(lines[index].content, words):
            return False  # "Kremlin Vows Harsh Answer if Western Missiles Hit Russian Soil": another story's headline
        # Walk by index: slicing the list for every heading made a page of many short lines quadratic.
        following = next((lines[k] for k in range(index + 1, len(lines)) if lines[k].kind != "blank"), None)
        preceding = next((lines[k] for k in range(index - 1, -1, -1) if lines[k].kind != "blank"), None)
        if preceding is not None and preceding.kind == "heading" and self._headline_like(preceding.content) \
                and _title_case(preceding.content) and _title_case(lines[index].content):
            return False  # the last of a list of other stories' headlines, not a section heading
        return (following is not None and following.kind == "prose"
                and (preceding is None or preceding.kind in ("prose", "loose", "heading", "furniture")))


def _mostly_latin(text: str) -> bool:
    """Are most of the text's letters Latin (an English page, whatever Cyrillic credits it carries)?"""
    latin = len(_LATIN_LETTER.findall(text))
    return latin > 2 * (len(text) - latin - len(_NON_LETTER.findall(text)))


_LATIN_LETTER = re.compile(r"[A-Za-z]")
_NON_LETTER = re.compile(r"[\W\d_]")


def _label_pattern(label: str) -> str:
    """A label as a pattern: any run of spaces between its words, and "е" for "ё" too (the rule files fold "ещё" to
    "еще", pages print either)."""
    return re.escape(label).replace(r"\ ", r"\s+").replace("е", "[её]").replace("Е", "[ЕЁ]")


def _tag_cloud(content: str) -> bool:
    """A line of an aggregator's tags with no label ("Anna Lind Sweden ministry budget economy Anna Lind Sweden"): no
    punctuation at all, and a name of two capitalised words repeated, or its first word again at its end, which no
    headline does."""
    if _TAG_CLOUD_PUNCTUATION.search(content):
        return False
    words = content.split()
    if len(words) < TAG_CLOUD_WORDS:
        return False
    names = [(a, b) for a, b in zip(words, words[1:]) if a[:1].isupper() and b[:1].isupper()]
    # ... or its first word, a name, again at its end ("Львів Facebook енергетика морози Львів")
    repeated = any(names.count(pair) >= 2 for pair in names) or (words[0] == words[-1] and words[0][:1].isupper())
    return repeated and any(w[:1].islower() for w in words)
