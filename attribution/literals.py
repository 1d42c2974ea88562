"""A cheap test before an expensive regular expression: the words a pattern cannot match without.

Python's ``re`` tries a long alternation (``cookie...|subscribe to|privacy policy|...``) at every position of
the text, which made the page reader's furniture phrases most of its cost, although nearly every line of an
article holds none of them. :func:`required_strings` reads a pattern's syntax once and finds the plain
strings one of which any match must contain (``subscribe ``, ``privacy policy``...); a text that holds none
of them, in lower case, cannot match. :class:`GatedPattern` (one pattern) and :class:`AnyOf` (several, each
gated on its own strings) run an expression only on the other texts. Answers are exactly those of the
expressions: a pattern without such strings (``^[\\w ]+ > [\\w ]+$``) runs on every text.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

# The regular-expression parser of the standard library (``sre_parse`` before Python 3.11).
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_codes: Any = importlib.import_module("re._constants" if sys.version_info >= (3, 11) else "sre_constants")

# The only characters outside ASCII that ``re.IGNORECASE`` matches with an ASCII letter (dotted and dotless
# i, long s, the Kelvin sign); ``str.lower`` does not turn them into that letter, so a text holding one is
# always handed to the expression. tests/test_literals.py checks this list against every code point.
CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f\u212a]")

_Requirement = frozenset[str] | None


def _literal(code: int) -> str | None:
    """The character of a LITERAL, lowered, if ``str.lower`` of the text gives it for every character the
    ignore-case expression matches with it; otherwise None (the character ends a run of literals)."""
    char = chr(code)
    if char.isascii():
        return char.lower()
    if char.lower() == char == char.upper() and not CASE_EXCEPTIONS.match(char):
        return char  # a character without case (©, », ’) matches only itself
    return None


def _best(requirements: Iterable[_Requirement]) -> _Requirement:
    """Of several requirements that all hold, the one that rules out most: its shortest string longest."""
    found = [r for r in requirements if r]
    return max(found, key=lambda r: (min(map(len, r)), -len(r))) if found else None


def _required(items: Any) -> _Requirement:
    """Strings one of which every match of the parsed sequence ``items`` contains (None: no such set)."""
    candidates: list[_Requirement] = []
    run: list[str] = []

    def close() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _codes.LITERAL:
            char = _literal(av)
            if char is not None:
                run.append(char)
                continue
            close()
        elif op is _codes.AT:
            continue  # \b, ^ and $ take no character: the literals on either side stay one run
        else:
            close()
            if op is _codes.SUBPATTERN:
                candidates.append(_required(av[-1]))
            elif op is getattr(_codes, "ATOMIC_GROUP", None):
                candidates.append(_required(av))
            elif op is _codes.BRANCH:
                branches = [_required(branch) for branch in av[1]]
                if all(branches):
                    candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]
            elif op in (_codes.MAX_REPEAT, _codes.MIN_REPEAT) or op is getattr(_codes, "POSSESSIVE_REPEAT", None):
                low, _, item = av
                if low >= 1:
                    candidates.append(_required(item))
    close()
    return _best(candidates)


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None if there is no such set.

    They are compared with the lower-cased text, which holds them whether the pattern ignores case or not.
    """
    return _required(_parser.parse(pattern, flags).data)


# The text last lowered, as one tuple rebound at once (safe across threads): a sentence is asked about by every
# pattern of a lexicon in turn, and is lowered once.
_last_lowered: tuple[str, str, bool] = ("", "", False)


def _lowered(text: str) -> tuple[str, bool]:
    """The text in lower case, and whether lowering may have changed a string a pattern needs."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1], last[2]
    lowered = text.lower()
    exceptional = not lowered.isascii() and CASE_EXCEPTIONS.search(text) is not None
    _last_lowered = (text, lowered, exceptional)
    return lowered, exceptional


class GatedPattern:
    """``re.compile(pattern, flags)``, with ``search`` that first asks whether the text can match at all."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        self.pattern = re.compile(pattern, flags)
        required = required_strings(pattern, flags)
        self.required: tuple[str, ...] | None = tuple(sorted(required)) if required else None

    def may_match(self, text: str) -> bool:
        """False only when no match can exist: the text lacks every string a match needs."""
        if self.required is None:
            return True
        lowered, exceptional = _lowered(text)
        if exceptional:
            return True
        return any(word in lowered for word in self.required)

    def search(self, text: str, pos: int = 0, endpos: int | None = None, within: str | None = None
               ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``; ``within``, if given, is ``text[pos:endpos]``, already cut."""
        end = len(text) if endpos is None else endpos
        if not self.may_match(text[pos:end] if within is None else within):
            return None
        return self.pattern.search(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, within: str | None = None
                 ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``; ``within``, if given, is ``text[pos:endpos]``, already cut."""
        end = len(text) if endpos is None else endpos
        if not self.may_match(text[pos:end] if within is None else within):
            return iter(())
        return self.pattern.finditer(text, pos, end)


class AnyOf:
    """Does any of several patterns match somewhere in a text? Each pattern is run only on the texts that hold
    a string it needs, and the answer is that of ``re.compile("|".join(patterns), flags).search(text)``."""

    def __init__(self, patterns: Iterable[str], flags: int = re.IGNORECASE) -> None:
        self.gated: list[re.Pattern[str]] = []
        self.always: list[re.Pattern[str]] = []
        self._needs: list[tuple[str, int]] = []  # (string, the gated pattern that needs it), for one flat pass
        for pattern in patterns:
            compiled = re.compile(pattern, flags)
            required = required_strings(pattern, flags)
            if required:
                self._needs += [(word, len(self.gated)) for word in sorted(required)]
                self.gated.append(compiled)
            else:
                self.always.append(compiled)

    def search(self, text: str) -> bool:
        if any(pattern.search(text) for pattern in self.always):
            return True
        lowered = text.lower()
        if not lowered.isascii() and CASE_EXCEPTIONS.search(text) is not None:
            return any(pattern.search(text) for pattern in self.gated)
        candidates = {k for word, k in self._needs if word in lowered}
        return any(self.gated[k].search(text) for k in candidates)
