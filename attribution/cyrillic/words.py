"""Words of a sentence with their lemmas, folded forms and offsets, and phrases matched over them.

The rules of the Russian and Ukrainian pipelines read words, not a parse: each word carries its folded
form (lower case, one script, ё as е) and its lemma, and a phrase of the rule files matches a run of
words when every phrase word equals the word's lemma or its folded form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .morph import Lemmatizer
from .text import fold, stem, unmix

# A word (letters or digits, with inner hyphens and apostrophes: "Telegram-канал", "пам'ять") or any other
# single visible character (punctuation, quotation marks, emoji).
# A site's address is one word: outlets go by it ("сообщает vc.ru", "по информации Orda.kz", "пише Liga.net",
# "Главком.ІНФО" and "Цензор.НЕТ" with the address written in Cyrillic).
DOMAIN = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*(?:\.(?:com|net|org|co|gov|in))?\.(?:ru|ua|kz|by|md|lv|lt|ee|uz|kg|az|am|ge|"
                    r"pl|de|com|net|org|info|news|media|tv|fm|su|io|live|today|to|me|pro|online|site|city|club|space|інфо|инфо|"
                    r"(?-i:НЕТ))(?!\w|\.\w)",
                    re.IGNORECASE)
# Dotted lower-case abbreviations are one word, with or without a space ("в.о.", "в. о." is an acting official, not
# the preposition "в").
# A clock time or a score is one word too, its colon no clause's end ("в 22:10 мск написал", "после ничьей 1:1 заявил").
TOKEN = re.compile(DOMAIN.pattern + r"|(?-i:[а-яёіїєґ]\.(?: ?[а-яёіїєґ]\.)+)|\d{1,2}:\d{1,2}(?!\d)|[^\W_]+(?:[-‐‑'’ʼ][^\W_]+)*|\S",
                   re.UNICODE | re.IGNORECASE)
DASHES = frozenset("-–—‐‑")
# Prepositions that put a body, not a place, before a reporting verb: "в Минобороны заявили".
IN_WORDS = frozenset({"в", "во", "у"})
QUOTES = frozenset("\"'«»„“”‘’‚‹›″")
# How an adjective's dictionary form ends ("київський", "российский", "головной").
ADJECTIVE_LEMMA_ENDINGS = ("ый", "ий", "ой", "ій", "їй")


@dataclass(frozen=True)
class Word:
    """One token of a sentence."""

    text: str
    fold: str
    lemma: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def upper(self) -> bool:
        """Starts with a capital letter."""
        return self.text[0].isupper()

    @property
    def caps(self) -> bool:
        """Written in capitals throughout (an abbreviation such as ДСНС, or a shouted word)."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def stem(self) -> str:
        """The word without its case ending (:func:`~attribution.cyrillic.text.stem`)."""
        return stem(self.text)

    def is_(self, *forms: str) -> bool:
        return self.fold in forms or self.lemma in forms


def sentence_words(text: str, start: int, end: int, lemmatizer: Lemmatizer) -> list[Word]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    found = []
    for match in TOKEN.finditer(text, start, end):
        token = match.group()
        folded = fold(token)
        lemma = lemmatizer.lemma(unmix(token)) if token[0].isalpha() else folded
        head, dash, last = folded.rpartition("-")
        if dash and head and last and not lemma.startswith(head + "-"):
            # Only the last part of a hyphenated compound inflects: "телеграм-каналов" is "телеграм-канал".
            lemma = f"{head}-{lemmatizer.lemma(last)}"
        found.append(Word(token, folded, lemma, match.start(), match.end()))
    return found


_ADJECTIVE_ENDING = re.compile(r"(?:[иіыо]й|[ая]я|е|і)$")
# A passive participle in any case ("опублікованою", "розміщеній", "оприлюдненого"): -н-/-т- after a vowel.
_PASSIVE_PARTICIPLE = re.compile(r"[аеяиі](?:н|нн|т)(?:ий|а|е|і|ого|ому|им|ою|ій|их|ими|ої)$")


def opens_participial(words: list[Word], k: int, lemmatizer: Lemmatizer, prepositions: frozenset[str]) -> bool:
    """Does a participial phrase open at ``k`` ("знакомые с деталями", "близький до Кремля"): a participle, or an
    adjective with its preposition? Set off by commas after a noun, it says which one, and ends no clause."""
    if k + 1 >= len(words) or not words[k].is_word or words[k].upper:
        return False
    tags = lemmatizer.tags(words[k].text)
    if not tags:
        # Without a dictionary's tags (the Ukrainian lookup lemmatizer): an adjective's ending, then a preposition.
        return bool(_ADJECTIVE_ENDING.search(words[k].fold) or _PASSIVE_PARTICIPLE.search(words[k].fold)) \
            and words[k + 1].fold in prepositions
    if "ADVB" in tags and "PRTF" in lemmatizer.tags(words[k + 1].text):
        return True  # "ранее возглавлявший департамент", "недавно вернувшийся": an adverb before the participle
    return "PRTF" in tags or ("ADJF" in tags and words[k + 1].fold in prepositions)


class PhraseSet:
    """Phrases of one or more words, matched on lemmas or folded forms at a given word."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        # Words the lemmatizer does not know ("речниці") are matched on their stems, one-word phrases only.
        self._stems: dict[str, tuple[str, ...]] = {}
        for phrase in phrases:
            parts = tuple(fold(p) for p in phrase.split())
            if parts:
                self._by_first.setdefault(parts[0], []).append(parts)
                if len(parts) == 1 and len(stem(parts[0])) >= 4:
                    self._stems.setdefault(stem(parts[0]), parts)
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)

    def __contains__(self, form: str) -> bool:
        return (form,) in self._by_first.get(form, [])

    def entry(self, word: Word) -> str | None:
        """The one-word phrase a word stands for, by its form, its lemma or (for unknown words) its stem."""
        for form in (word.fold, word.lemma):
            if (form,) in self._by_first.get(form, []):
                return form
        if word.lemma == word.fold and word.stem in self._stems:
            return self._stems[word.stem][0]
        return None

    def match(self, words: list[Word], i: int, skip: frozenset[str] = frozenset(),
              filler: Callable[[Word], bool] | None = None) -> int:
        """The number of words the longest phrase starting at ``words[i]`` covers, or 0.

        Words whose folded form is in ``skip``, or for which ``filler`` holds, may stand between phrase words
        ("по его словам", "по уточненным данным")."""
        word = words[i]
        options = self._by_first.get(word.fold, []) + (self._by_first.get(word.lemma, [])
                                                       if word.lemma != word.fold else [])
        if not options and word.is_word and word.lemma == word.fold and word.stem in self._stems:
            return 1
        best = 0
        for parts in options:
            k, j = 1, i + 1
            while k < len(parts) and j < len(words):
                if words[j].fold == parts[k] or words[j].lemma == parts[k]:
                    k += 1
                    j += 1
                elif k > 0 and (words[j].fold in skip or (filler is not None and filler(words[j]))):
                    j += 1
                else:
                    break
            if k == len(parts):
                best = max(best, j - i)
        return best

    def find(self, words: list[Word], skip: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """Every non-overlapping match, as (first word, word after the last), left to right."""
        spans = []
        i = 0
        while i < len(words):
            length = self.match(words, i, skip)
            if length:
                spans.append((i, i + length))
                i += length
            else:
                i += 1
        return spans

    def starts(self, words: list[Word]) -> int:
        """How many words a phrase covers at the very start of the words (0 if none)."""
        return self.match(words, 0) if words else 0


PLURAL_ENDINGS = ("и", "і", "ы")  # of the nominative plural, after a noun's final consonant


class WordSet:
    """One-word entries of a rule list, matched on a word's folded form, its lemma or, for a word the
    lemmatizer does not know (its lemma is its form), its stem: "пабліки" finds "паблік"."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.entries = frozenset(fold(e) for e in entries)
        self._stems = {stem(e): e for e in sorted(self.entries) if len(stem(e)) >= 4}

    def entry(self, word: Word) -> str | None:
        """The entry the word stands for, or None."""
        if word.fold in self.entries:
            return word.fold
        if word.lemma in self.entries:
            return word.lemma
        if word.fold[-1:] in PLURAL_ENDINGS and word.fold[:-1] in self.entries:
            # "енергетики", "энергетики": the plural of an entry, which the lemmatizer took for a feminine noun's
            # case form ("енергетика")
            return word.fold[:-1]
        if word.lemma == word.fold and word.is_word:
            return self._stems.get(word.stem)
        return None

    def has(self, word: Word) -> bool:
        return self.entry(word) is not None

    def __contains__(self, form: object) -> bool:
        return form in self.entries
