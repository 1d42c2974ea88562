"""Sentences: split the article's blocks into sentences with exact offsets into the input."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .body import Block
from .rules import PageRules

# A sentence ends at terminal punctuation, closing quotes or brackets after it, then space,
# then something that can open a sentence: a capital, a digit, an opening quote or bracket.
# A dialogue dash right after the stop of a Russian or Ukrainian speech tag opens the speaker's next sentence
# ("— рассказал мужчина. — Потом ..."); after a closing quotation mark it signs the quotation ("... day." — Tomas
# Varga), and after an English dateline's abbreviation it opens the story ("EVERETT, Wash. — A suspect ...").
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«„(\[]*[A-ZА-ЯЁІЇЄҐ0-9])|(?<=[а-яёіїєґ])[.!?…]+(?=\s+[—–-]\s+[А-ЯЁІЇЄҐ])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# A scraped page often glues the next line on without a space ("... aid into Gaza.Doctor and his children killed"):
# a stop after a lower-case word or a year ("... in 2019.The contract"), then a capitalised word, is a boundary too.
# (Not a site's address: "Газеты.Ru", "Ura.Ru".)
_GLUED = re.compile(r"(?:(?<=[a-zа-яёіїєґ]{2})|(?<=\b[0-9]{4}))[.!?]+(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])"
                    r"(?!(?:Ru|Ua|Kz|By|Md|Com|Net|Org|Info|News|Media|Tv|Fm|Live|Today)\b)")


# The same before a quotation opened with no space: 'officials said Monday."The water rose ...'.
_GLUED_QUOTE = re.compile(r"(?<=[a-zа-яёіїєґ]{2})[.!?](?=[\"“«„][A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])")


# After "a.m."/"p.m.", a capitalised word opens the next sentence, unless it goes on with the time ("10 a.m. Kyiv
# time", "9 a.m. EST", "9 a.m. Monday").
_CLOCK_THEN_SENTENCE = re.compile(
    r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\b|[A-Z]{2,4}\b|[A-Z][a-z]+\s+time\b)[A-Z][a-z]+")


def _opens_quotation(text: str, block_start: int, stop: int) -> bool:
    """Does the mark after the stop open a quotation (a straight one opens when an even number came before)?"""
    mark = text[stop + 1]
    return mark != '"' or text.count('"', block_start, stop + 1) % 2 == 0


# Quotation marks that open and close a name ("«МОЁ! Белгород»", "“Yahoo!”").
_NAME_QUOTES = {"«": "»", "“": "”", "„": "“"}
NAME_QUOTE_WORDS = 5  # a quoted name is this short; a quotation of speech is longer
TAG_NAME_WORDS = 5  # a speaker's name and title before the tag's verb ("Mayor Vitali Klitschko")
_CLOSING_QUOTES = ('"', "”", "’", "»")


def _inside_short_quote(text: str, block: Block, stop: int) -> bool:
    """Is the "!", "?" or "." inside a short quoted name that goes on after it ("издания «МОЁ! Белгород»", "—
    повідомило «Суспільне. Черкаси»")? A stop counts only in marks opened right after a word: a quotation of speech
    opens a paragraph or follows a colon or a dash."""
    if text[stop] not in "!?.":
        return False
    for opener, closer in _NAME_QUOTES.items():
        opened = text.rfind(opener, block.start, stop)
        if opened < 0 or closer in text[opened + 1:stop]:
            continue
        if text[stop] == "." and not text[block.start:opened].rstrip()[-1:].isalpha():
            continue
        closed = text.find(closer, stop + 1, min(block.end, stop + 60))
        # A name ends on a word ("Белгород»"); an exclamation quoted ends on its stop ("«Стой! Стреляю!»").
        if closed > stop + 1 and text[closed - 1] not in ".!?…" and len(text[opened + 1:closed].split()) <= NAME_QUOTE_WORDS:
            return True
    return False


def _editor_note(text: str, block: Block, match: re.Match[str]) -> bool:
    """Is the dash after the stop an editor's signature inside brackets ("(щодо виборів у жовтні. - Ред.)"), not a
    speaker's next sentence?"""
    if text[match.end():match.end() + 3].strip()[:1] not in "—–-":
        return False
    opened = text.rfind("(", block.start, match.start())
    return opened >= 0 and ")" not in text[opened:match.start()]


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article with its offsets and the block that holds it."""

    start: int
    end: int
    block: Block


class SentenceSplitter:
    """Rule-based splitter: journalists' punctuation is more reliable than the parser on scraped text."""

    def __init__(self, rules: PageRules) -> None:
        self.abbreviations = frozenset(rules.abbreviations)
        self._datelines = [re.compile(p) for p in rules.datelines]
        # Page furniture glued to a paragraph ("... the scene. (AP Photo/Carl Munro)") is no sentence of it.
        self._furniture = re.compile("|".join(f"(?:{p})" for p in rules.boilerplate_lines), re.IGNORECASE)
        # '"Get into the shelters!" Mayor Vitali Klitschko warned': a name and a verb of saying tag the quotation
        verbs = "|".join(re.escape(v) for v in rules.quote_tag_verbs)
        self._tag_after = re.compile(rf"\s+(?:[A-Z][\w.'’-]*\s+){{1,{TAG_NAME_WORDS}}}(?:{verbs})\b") if verbs else None

    def split(self, text: str, blocks: list[Block]) -> list[Sentence]:
        sentences = []
        for block in blocks:
            start = self._after_dateline(text, block)
            quoted = [m for m in _GLUED_QUOTE.finditer(text, start, block.end) if _opens_quotation(text, block.start,
                                                                                                m.start())]
            boundaries = sorted([*_BOUNDARY.finditer(text, start, block.end), *_GLUED.finditer(text, start, block.end),
                                 *quoted], key=lambda m: m.start())
            for match in boundaries:
                if self._is_abbreviation(text, block.start, match.start()) or _inside_short_quote(text, block, match.start()) \
                        or self._tagged_exclamation(text, match, block) or _editor_note(text, block, match):
                    continue
                sentences.extend(self._trimmed(text, start, match.end(), block))
                start = match.end()
            sentences.extend(self._trimmed(text, start, block.end, block))
        return [s for s in sentences if not self._is_furniture(text, s)]

    def _tagged_exclamation(self, text: str, match: re.Match[str], block: Block) -> bool:
        """Does a quotation close on "!" or "?" right before its tag ('"Get out!" Mayor Jan Holm shouted')?"""
        stop = match.group()
        if self._tag_after is None or stop[-1:] not in _CLOSING_QUOTES or stop.rstrip("".join(_CLOSING_QUOTES))[-1:] not in "!?":
            return False
        return bool(self._tag_after.match(text, match.end(), block.end))

    def _is_furniture(self, text: str, sentence: Sentence) -> bool:
        """A sentence of a longer paragraph that is page furniture by itself (a photo credit, a share line)."""
        if sentence.start == sentence.block.start and sentence.end == sentence.block.end:
            return False  # the whole line: the page reader judged it already
        return bool(self._furniture.fullmatch(text, sentence.start, sentence.end))

    def _after_dateline(self, text: str, block: Block) -> int:
        """A dateline ("KYIV, March 3 (Reuters) -") is not part of the first sentence."""
        for pattern in self._datelines:
            match = pattern.match(text, block.start, block.end)
            if match and match.end() < block.end:
                return match.end()
        return block.start

    def _is_abbreviation(self, text: str, block_start: int, stop: int) -> bool:
        if text[stop] != ".":
            return False
        word = _WORD_BEFORE.search(text, block_start, stop)
        if word is None:
            return False
        written = word.group(1).rstrip(".")
        token = written.lower()
        if len(written) > 1 and written.isupper() and written.isalpha() and text[stop + 1:stop + 3].strip()[:1].isupper():
            return False  # "..., пише FT. Далі ...": a name in capitals ends the sentence, as "ft." (feet) does not
        # A single capital before a stop is an initial ("Donald J. Trump"), and so are dotted ones ("K.R. Menon"),
        # but not the last letter of "I/B/E/S" or "S&P".
        glued = word.start(1) > block_start and not text[word.start(1) - 1].isspace() and text[word.start(1) - 1] not in "(\"'“‘«"
        initials = not glued and all(len(part) == 1 and part.isalpha() for part in token.split("."))
        if token in ("a.m", "p.m") and _CLOCK_THEN_SENTENCE.match(text, stop + 1):
            return False  # "... as he left at 4:15 p.m. Earlier, he said ...": the time ends the sentence
        return token in self.abbreviations or (initials and text[stop - 1].isupper())

    @staticmethod
    def _trimmed(text: str, start: int, end: int, block: Block) -> list[Sentence]:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return [Sentence(start, end, block)] if end > start else []
