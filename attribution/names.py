"""Name normalisation and fuzzy comparison: the one place where source names are compared."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# British and American spellings of the same institutions' names.
_SPELLINGS = {"defence": "defense", "programme": "program", "organisation": "organization", "centre": "center"}


# Articles and the registry ask for the same few names again and again (about 200 times an article).
@lru_cache(maxsize=8192)
def normalize(name: str) -> str:
    """Lower case, no possessive, no punctuation, no leading article, one spelling: the key names are compared by."""
    text = unicodedata.normalize("NFKC", name).lower()
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", text.replace("_", " "))
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_ARTICLE.sub("", text)
    return " ".join(_SPELLINGS.get(word, word) for word in text.split())


def slug(name: str) -> str:
    """A stable id for a name outside the registry."""
    ascii_text = unicodedata.normalize("NFKD", normalize(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "source"


def _same_words(left: str, right: str, word_cutoff: float) -> bool:
    """Fuzzy matching may forgive spelling, never a word that the other name lacks ("Ukrainian Pravda" vs "Pravda")."""
    left_words, right_words = left.split(), right.split()
    if len(left_words) != len(right_words):
        return False
    return all(fuzz.ratio(a, b) >= word_cutoff for a, b in zip(sorted(left_words), sorted(right_words)))


class NameIndex:
    """Exact lookup of normalised names, then fuzzy lookup of what exact lookup misses."""

    def __init__(self, cutoff: float = 90.0, word_cutoff: float = 75.0) -> None:
        self.cutoff = cutoff
        self.word_cutoff = word_cutoff
        self._exact: dict[str, str] = {}
        self._keys: list[str] = []
        # The keys by length and number of words: a name can only reach the cutoff against keys of about its own
        # length, and is only taken for one with as many words (``_same_words``).
        self._by_length: dict[tuple[int, int], list[str]] = {}
        self._near: dict[tuple[int, int], list[str]] = {}  # the candidates of each shape, until the index changes
        # Fuzzy answers, kept until the index changes: articles ask the registry about the same names again.
        self._fuzzy: dict[str, str | None] = {}

    def add(self, name: str, target: str) -> str | None:
        """Index name for target; return the target that already held that name, if another one did."""
        key = normalize(name)
        if not key:
            return None
        holder = self._exact.get(key)
        if holder is None:
            self._exact[key] = target
            self._keys.append(key)
            self._by_length.setdefault((len(key), len(key.split())), []).append(key)
            self._fuzzy.clear()
            self._near.clear()
        return holder if holder not in (None, target) else None

    def exact(self, name: str) -> str | None:
        return self._exact.get(normalize(name))

    def find(self, name: str) -> str | None:
        key = normalize(name)
        if not key:
            return None
        hit = self._exact.get(key)
        if hit is not None or not self._keys:
            return hit
        if key in self._fuzzy:
            return self._fuzzy[key]
        found = None
        for match, _score, _ in process.extract(key, self._near_in_length(len(key), len(key.split())),
                                                scorer=fuzz.ratio, score_cutoff=self.cutoff, limit=3):
            if _same_words(key, match, self.word_cutoff):
                found = self._exact[match]
                break
        if len(self._fuzzy) < 50_000:
            self._fuzzy[key] = found
        return found

    def _near_in_length(self, length: int, words: int) -> list[str]:
        """The keys of as many words whose length lets fuzz.ratio reach the cutoff: 2*min/(a+b) >= cutoff bounds
        b by a."""
        near = self._near.get((length, words))
        if near is None:
            share = self.cutoff / 100
            low, high = math.floor(length * share / (2 - share)), math.ceil(length * (2 - share) / share)
            near = self._near[(length, words)] = [k for n in range(low, high + 1)
                                                  for k in self._by_length.get((n, words), ())]
        return near

    def __len__(self) -> int:
        return len(self._keys)
