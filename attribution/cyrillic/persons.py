"""The nominative of a person's name outside the registry, in whatever case form the article gives it.

A name is one person however the sentence declines it ("Игорь Куцак", "по словам Игоря Куцака", "с Игорем
Куцаком"), so its canonical form, and the id made from it, is its nominative: the same in every sentence and
every article. The words of one name agree in gender and case, so each word's readings are weighed together:

- the Russian dictionary (``pymorphy3``) knows first names, surnames and patronymics with their gender and
  case ("Захаровой" is a feminine surname in the genitive, nominative "Захарова");
- a word the dictionary does not know is read by the endings of ``name_paradigms`` (``discourse.yaml``):
  "Куцака" may be the genitive of a masculine "Куцак" or a feminine nominative, and the first name beside it
  ("Игоря", a masculine genitive) decides;
- a reading whose nominative the lemmatizer knows ("Олександр" for "Олександра") weighs more than one it
  does not ("Олександро").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import NameParadigm
from .morph import Lemmatizer, NameReading
from .text import fold

# Cases in the order they are preferred when the readings weigh the same: a name alone is most often a subject.
CASE_ORDER = ("nomn", "gent", "accs", "datv", "ablt", "loct")
GENDERS = ("masc", "femn")
_VOWELS = frozenset("аеёиоуыэюяіїєьй'")
# How much a reading weighs: from the dictionary (plus its own likelihood), or by endings, with or without a
# nominative the lemmatizer knows; a word kept as it is weighs least.
DICTIONARY = 1.0
KNOWN = 1.0
UNKNOWN = 0.5
AS_WRITTEN = 0.3
LEMMA = 0.45  # below any paradigm reading: the lookup lemma of "Іванової" is the masculine "іванов"
# A long nominative ending is a particular paradigm ("Прокопенка" is "Прокопенко", not "Прокопенк").
SPECIFIC = 0.01
SPECIFIC_ENDING = 3


@dataclass(frozen=True)
class _Reading:
    nominative: str
    gender: str  # "" fits either
    case: str  # "" fits any
    weight: float

    def fits(self, gender: str, case: str) -> bool:
        return (not self.gender or self.gender == gender) and (not self.case or self.case == case)


class PersonNames:
    """Turn the words of a person's name into its nominative, agreeing in gender."""

    def __init__(self, paradigms: Sequence[NameParadigm], lemmatizer: Lemmatizer) -> None:
        self.paradigms = tuple(paradigms)
        self.lemmatizer = lemmatizer

    def nominative(self, words: Sequence[str]) -> list[str]:
        """The words in the nominative, each capitalised as written ("Игоря Куцака" -> ["Игорь", "Куцак"])."""
        readings = [self._readings(word) for word in words]
        best: tuple[float, int, int] | None = None
        choice = ("", "")
        for gender_rank, gender in enumerate(GENDERS):
            for case_rank, case in enumerate(CASE_ORDER):
                total = sum(max((r.weight for r in options if r.fits(gender, case)), default=0.0)
                            for options in readings)
                key = (total, -case_rank, -gender_rank)
                if best is None or key > best:
                    best, choice = key, (gender, case)
        gender, case = choice
        found = []
        for word, options in zip(words, readings):
            fitting = [r for r in options if r.fits(gender, case)]
            nominative = max(fitting, key=lambda r: r.weight).nominative if fitting else fold(word)
            found.append(_as_written(word, nominative))
        return found

    def _readings(self, word: str) -> list[_Reading]:
        folded = fold(word)
        lemma = self.lemmatizer.lemma(word)  # "Ігоря" -> "ігор": the lemmatizer's own nominative of the form
        readings = [_Reading(folded, "", "", AS_WRITTEN)]
        if lemma != folded:
            readings.append(_Reading(lemma, "", "", LEMMA))  # "Маріуполя" -> "маріуполь", whatever the paradigms say
        readings += [_Reading(nominative, gender, case, DICTIONARY + score)
                     for nominative, gender, case, score in self.lemmatizer.name_readings(word)]
        for paradigm in self.paradigms:
            for case, endings in (("nomn", ("",)), *paradigm.forms.items()):
                for ending in endings:
                    full = paradigm.nominative if case == "nomn" else ending
                    if case != "nomn" and not folded.endswith(ending):
                        continue
                    if case == "nomn" and not folded.endswith(paradigm.nominative):
                        continue
                    stem = folded[: len(folded) - len(full)] if full else folded
                    if len(stem) < 3 and case != "nomn":
                        continue  # "Лоу" is no case form of "Лоа": too little of a name is left to decline
                    nominative = stem + paradigm.nominative
                    if not paradigm.nominative and nominative[-1] in _VOWELS and not (
                            case == "nomn" and nominative.endswith(("ій", "ай", "ей", "уй", "ой"))):
                        continue  # a consonant paradigm's nominative ends in a consonant (or "й": "Смолій", "Гайдай")
                    known = self.lemmatizer.knows(nominative) or nominative == lemma != folded
                    weight = (KNOWN if known else UNKNOWN) + (
                        SPECIFIC if len(paradigm.nominative) >= SPECIFIC_ENDING else 0.0)
                    readings.append(_Reading(nominative, paradigm.gender, case, weight))
        return readings


def _as_written(word: str, nominative: str) -> str:
    """The nominative with the written word's capital."""
    # fold() reads ё as е; the written word keeps it ("Сёминой" -> "Сёмина").
    nominative = "".join("ё" if c == "е" and k < len(word) and word[k].lower() == "ё" else c
                         for k, c in enumerate(nominative))
    if word[:1].isupper():
        return nominative[:1].upper() + nominative[1:]
    return nominative
