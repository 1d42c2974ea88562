"""Quotations: pair quotation marks, telling apostrophes from single quotes, across paragraph breaks."""

from __future__ import annotations

import re

from dataclasses import dataclass

from .body import Block

DOUBLE_OPENERS = "„«"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "›"
AMBIGUOUS_DOUBLE = '"″'
AMBIGUOUS_SINGLE = "'’"
QUOTE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + AMBIGUOUS_DOUBLE + AMBIGUOUS_SINGLE + "“"
_OPENING_CONTEXT = "([{/—–-“" + DOUBLE_OPENERS + SINGLE_OPENERS + "\"'"
_CLOSING_CONTEXT = ".,;:!?)]}…—–-/" + DOUBLE_CLOSERS + SINGLE_CLOSERS + "\"'’"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start`` is the opening mark, ``end`` is just past the closing mark."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    interrupted: bool = False  # a part of a quotation around a speech tag set inside it: speech, never a scare quote

    def contains(self, start: int, end: int) -> bool:
        return self.inner_start <= start and end <= self.inner_end


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    left_open = before.isspace() or before in _OPENING_CONTEXT
    right_closed = after.isspace() or after in _CLOSING_CONTEXT
    return left_open, right_closed


def _role(text: str, i: int, lo: int, hi: int, double_open: bool, single_open: bool) -> tuple[str, str] | None:
    """Return (family, "open"|"close") for the mark at i, or None for an apostrophe."""
    mark = text[i]
    left_open, right_closed = _flanks(text, i, lo, hi)
    if mark in DOUBLE_OPENERS:
        return ("double", "open")
    if mark == "“":  # opens in English, closes in the German „...“
        return ("double", "close" if double_open else "open")
    if mark in DOUBLE_CLOSERS:
        return ("double", "open") if (left_open and not right_closed and not double_open) else ("double", "close")
    if mark in AMBIGUOUS_DOUBLE:
        if left_open and not right_closed:
            return ("double", "open")
        if right_closed and not left_open:
            return ("double", "close")
        return ("double", "close" if double_open else "open")
    if mark in SINGLE_OPENERS:
        return ("single", "open")
    if mark in SINGLE_CLOSERS:
        return ("single", "close")
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return None  # it's, Ukraine’s
    if left_open and not right_closed and after.isalnum():
        return ("single", "open")
    if right_closed and not left_open and single_open:
        return ("single", "close")
    # A mark after a word's last letter with no single quote open is a plural possessive: teachers' strike.
    return None


_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + "]")
_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPENERS + DOUBLE_CLOSERS + AMBIGUOUS_DOUBLE + "“") + "]")
# A comma and a dash after a closing mark: the speech tag follows ('", – сказал он'), the quotation has ended.
_TAG_AFTER = re.compile(r",\s*[-–—]")


_BACKTICKS = re.compile(r"``(?=\S)(.+?)''")
RUN_ON_PARAGRAPHS = 8  # paragraphs a quotation may run over with no marks of its own


# A short name in guillemets with more of the sentence after it: «Аполлон» - досвідчена команда
_NAME_IN_GUILLEMETS = re.compile(r"«[^«»\n]{1,40}»(?=[ ,\-–—:][^\n]*\w)")


def _closed_further_on(text: str, blocks: list[Block], index: int) -> bool:
    """Do the paragraphs from ``index`` on hold no quotation mark until one whose first mark can only close
    ("... за нами\", - зазначив ...")? Then the quotation left open before them runs through them."""
    nested = 0  # «Рух» named inside the running «...» quotation: a pair of its own, before the closing mark
    for block in blocks[index:index + RUN_ON_PARAGRAPHS]:
        for mark in _DOUBLE_MARK.finditer(text, block.start, block.end):  # apostrophes ("зв’язку") are no marks
            i = mark.start()
            if text[i] == "«":
                nested += 1
                continue
            if text[i] == "»" and nested:
                nested -= 1
                continue
            left_open, right_closed = _flanks(text, i, block.start, block.end)
            return text[i] in DOUBLE_CLOSERS or (text[i] in AMBIGUOUS_DOUBLE and right_closed and not left_open)
        if nested:
            return False  # a guillemet left open in the paragraph: a quotation of its own
    return False


def find_quotes(text: str, blocks: list[Block]) -> list[Quote]:
    """All quotations in the article's blocks, in order of their opening marks."""
    quotes: list[Quote] = []
    carried: tuple[int, int] | None = None  # an open double quote waiting for the next paragraph
    for index, block in enumerate(blocks):
        double: tuple[int, int] | None = None
        single: tuple[int, int] | None = None
        if carried is not None:
            first = text[block.start] if block.start < block.end else ""
            if first == "«" and _NAME_IN_GUILLEMETS.match(text, block.start, block.end) \
                    and _closed_further_on(text, blocks, index):
                # '«Аполлон» - досвідчена команда ...»': a name in guillemets opens the paragraph of the running
                # quotation, which closes further on
                double = carried
                i = block.start
            elif first in "‘'" and text[carried[0]] == first:
                single = carried  # the British quotation in single marks reopens its paragraph
                i = block.start + 1
            elif first in DOUBLE_OPENERS + AMBIGUOUS_DOUBLE + "“":
                # A quote that runs on reopens each paragraph and closes only at its end.
                double = carried
                i = block.start + 1
            elif _closed_further_on(text, blocks, index):
                # '"Одеса та одесити.' / 'Світанок ...' / 'Місто витримає", - зазначив ...': paragraphs of one
                # quotation that reopen none of them, up to the one whose first mark closes it
                double = carried
                i = block.start
            else:
                quotes.append(Quote(carried[0], carried[1], carried[0] + 1, carried[1], False))
                i = block.start
            carried = None
        else:
            i = block.start
        inner: list[int] = []  # «...» opened inside an open «...»: a quotation nested in the quotation
        # Wire copy's ``...'' (two grave accents, two apostrophes): a quotation whose closing apostrophes are no
        # single quotation marks
        backticked = [m for m in _BACKTICKS.finditer(text, i, block.end)]
        quotes.extend(Quote(m.start(), m.end(), m.start() + 2, m.end() - 2, True) for m in backticked)
        closing = {k for m in backticked for k in (m.end() - 2, m.end() - 1)}
        for mark in _MARK.finditer(text, i, block.end):  # only the quotation marks, not every character
            i = mark.start()
            if i in closing:
                continue
            if double is not None and text[double[0]] == "«" and text[i] == "«":
                inner.append(i)
                continue
            if double is not None and text[double[0]] == "“" and text[i] == "“" \
                    and text.count("”", i, block.end) >= 2:
                # “... два “бахи”, вікна ...”: an opening mark inside the open quotation nests in it, when two closing
                # marks follow (one closes only: '“... man’s inbox“' closes with the wrong mark)
                inner.append(i)
                continue
            if inner and text[inner[-1]] == "“" and text[i] == "”" and double is not None and text[double[0]] == "“":
                opened = inner.pop()
                quotes.append(Quote(opened, i + 1, opened + 1, i, True))
                continue
            if double is not None and text[double[0]] == "«" and text[i] in "„“”":
                # «МУП “Горэлектротранс” уже ...», «у аналитиков „в работе“ ...»: marks of another kind inside
                # guillemets quote a name or a word inside the quotation
                if inner and (text[inner[-1]], text[i]) in (("„", "“"), ("“", "”"), ("„", "”")):
                    opened = inner.pop()
                    quotes.append(Quote(opened, i + 1, opened + 1, i, True))
                elif text[i] != "”":
                    inner.append(i)
                continue
            if double is not None and text[i] in AMBIGUOUS_DOUBLE and text[double[0]] in AMBIGUOUS_DOUBLE + "“":
                left_open, right_closed = _flanks(text, i, block.start, block.end)
                if left_open and not right_closed:
                    # '"... капітана "Дніпра-1" - просто ...': a straight mark that can only open, inside an open
                    # straight quotation, opens one nested in it (a name, a quoted word), not a new one
                    inner.append(i)
                    continue
                if inner and right_closed and not left_open:
                    opened = inner.pop()
                    quotes.append(Quote(opened, i + 1, opened + 1, i, True))
                    if not inner and _TAG_AFTER.match(text, i + 1, block.end):
                        # '... орудия "Гиацинт-Б", – говорится в сводке': one mark closes the name and the quotation
                        quotes.append(Quote(double[0], i + 1, double[0] + 1, i, True))
                        double = None
                        single = None
                    continue
            if inner and text[i] == "»" and text[inner[-1]] == "«":
                opened = inner.pop()
                quotes.append(Quote(opened, i + 1, opened + 1, i, True))
                if not inner and double is not None and _TAG_AFTER.match(text, i + 1, block.end):
                    # '«... в «Октябре», — написал режиссер': one mark closes the name and the quotation
                    quotes.append(Quote(double[0], i + 1, double[0] + 1, i, True))
                    double = None
                    single = None
                continue
            role = _role(text, i, block.start, block.end, double is not None, single is not None)
            if role is not None:
                family, action = role
                if family == "double":
                    if action == "open" and double is None:
                        double = (i, i)
                    elif action == "close" and double is not None:
                        quotes.append(Quote(double[0], i + 1, double[0] + 1, i, True))
                        double = None
                        single = None
                else:
                    if action == "open" and single is None:
                        single = (i, i)
                    elif action == "close" and single is not None:
                        quotes.append(Quote(single[0], i + 1, single[0] + 1, i, True))
                        single = None
        if double is not None:
            carried = (double[0], block.end)
        elif single is not None and (text[single[0]] == "‘" or text[single[0]] == "'" and single[0] == block.start) \
                and index + 1 < len(blocks) \
                and text[blocks[index + 1].start:blocks[index + 1].start + 1] == text[single[0]]:
            # British copy: '‘We played well. ...' / '‘In the second half ...,’ he said.': a quotation in single
            # marks that reopens each paragraph and closes only at its end, opened at the paragraph's start or after
            # its tag ("The coach said: ‘..."); in straight marks, only one opening its paragraph (no apostrophe)
            carried = (single[0], block.end)
    if carried is not None:
        quotes.append(Quote(carried[0], carried[1], carried[0] + 1, carried[1], False))
    return sorted((part for quote in quotes for part in _split_at_inner_tags(text, quote)), key=lambda q: q.start)


# A speech tag set inside one pair of marks between dashes: '«Игра была тяжелой, — отметил тренер, — но мы боролись»',
# '«... до конца, — отметил Орлов. — Выводы ...»'. The tag opens with a lower-case word after the dash.
_INNER_TAG = re.compile(r"([,.!?…])\s+[—–-]\s+([^\W\d_][^—–«»\"“”\n]{0,120}?)[,.:]\s+[—–-]\s+")


def _split_at_inner_tags(text: str, quote: Quote) -> list[Quote]:
    """The quotation's parts around the speech tags set inside it: the tag is no part of what was said."""
    parts: list[Quote] = []
    start, inner_start = quote.start, quote.inner_start
    for tag in _INNER_TAG.finditer(text, quote.inner_start, quote.inner_end):
        if not tag.group(2)[0].islower():
            continue  # '«... 2024 года. — Ранее ...»': a new sentence of the quotation after a dash
        parts.append(Quote(start, tag.end(1), inner_start, tag.end(1), True, interrupted=True))
        start = inner_start = tag.end(0)
    if not parts:
        return [quote]
    return parts + [Quote(start, quote.end, inner_start, quote.inner_end, quote.closed, interrupted=True)]
