"""Lemmas for Russian and Ukrainian words, from dictionaries that ship inside PyPI wheels.

Two backends, chosen per language:

- ``pymorphy3``: a full morphological dictionary (lemma and grammatical case of every form). Russian uses
  it by default (``pymorphy3-dicts-ru``, MIT). Ukrainian uses it only when ``pymorphy3-dicts-uk`` is
  installed: that package's metadata says GPLv3, so it is the opt-in extra ``attribution[ukrainian-gpl]``.
- ``simplemma``: lookup lemmas (MIT) for both languages; the Ukrainian default. It knows the common
  verbs and nouns the rules are written with, but gives no grammatical case and leaves most surnames as
  they are, so names are matched on their stems (:func:`attribution.cyrillic.text.stem`) as well.

Nothing is downloaded at run time: both read data from their installed packages.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any, Literal, Protocol

from .text import fold

Backend = Literal["auto", "pymorphy3", "simplemma"]
BACKENDS = ("auto", "pymorphy3", "simplemma")
_DICTIONARY = {"ru": "pymorphy3_dicts_ru", "uk": "pymorphy3_dicts_uk"}
# Grammatical cases of pymorphy3, and the ones a subject (or a source named after "у"/"в") can stand in.
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


# One reading of a word of a person's name: its nominative, gender ("masc", "femn" or "" for either), grammatical
# case and how likely the reading is.
NameReading = tuple[str, str, str, float]
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


class Lemmatizer(Protocol):
    name: str

    def lemma(self, word: str) -> str: ...

    def cases(self, word: str) -> frozenset[str]: ...

    def tags(self, word: str) -> frozenset[str]: ...

    def name_readings(self, word: str) -> tuple[NameReading, ...]: ...

    def knows(self, word: str) -> bool: ...

    def whole_word(self, word: str) -> bool: ...

    def agree(self, adjective: str, noun: str) -> str | None: ...


def available(language: str) -> tuple[str, ...]:
    """The backends that can run for a language on this installation, best first."""
    found = []
    if importlib.util.find_spec("pymorphy3") is not None and importlib.util.find_spec(_DICTIONARY[language]):
        found.append("pymorphy3")
    if importlib.util.find_spec("simplemma") is not None:
        found.append("simplemma")
    return tuple(found)


def resolve_backend(language: str, backend: str = "auto") -> str:
    """The backend ``auto`` means for a language here, or a clear error when the one asked for is missing."""
    if language not in _DICTIONARY:
        raise ValueError(f"no lemmatizer for language {language!r}; use 'ru' or 'uk'")
    if backend not in BACKENDS:
        raise ValueError(f"unknown lemmatizer {backend!r}; use one of {', '.join(BACKENDS)}")
    found = available(language)
    if backend == "auto":
        if not found:
            raise ImportError(f"no lemmatizer installed for {language!r}: pip install simplemma "
                              f"(or pymorphy3 with {_DICTIONARY[language].replace('_', '-')})")
        return found[0]
    if backend not in found:
        package = (f"pymorphy3 and {_DICTIONARY[language].replace('_', '-')}" if backend == "pymorphy3"
                   else "simplemma")
        hint = " (GPLv3: pip install 'attribution[ukrainian-gpl]')" if language == "uk" and backend == "pymorphy3" else ""
        raise ImportError(f"the {backend} lemmatizer for {language!r} needs {package}{hint}")
    return backend


def _likeliest(parses: list[Any], folded: str) -> Any:
    """The reading to go by: the dictionary's first, unless it is a neuter noun made from an adjective in an
    oblique case ("главного" -> "главное") and the adjective's readings together are likelier ("главный")."""
    first = parses[0]
    if first.tag.POS == "NOUN" and first.tag.gender == "neut" and first.normal_form != folded:
        adjective = [p for p in parses if p.tag.POS == "ADJF"]
        if adjective and sum(p.score for p in adjective) > first.score:
            return adjective[0]
    return first


class _Pymorphy:
    def __init__(self, language: str) -> None:
        import pymorphy3

        self.name = "pymorphy3"
        self._morph = pymorphy3.MorphAnalyzer(lang=language)
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)  # type: ignore[method-assign]
        self.cases = lru_cache(maxsize=200_000)(self._cases)  # type: ignore[method-assign]
        self.tags = lru_cache(maxsize=200_000)(self._tags)  # type: ignore[method-assign]

    def _lemma(self, word: str) -> str:
        folded = fold(word)
        parses = self._morph.parse(folded)
        return fold(_likeliest(parses, folded).normal_form) if parses else folded

    def _cases(self, word: str) -> frozenset[str]:
        """Every case the word can stand in, over its likely readings."""
        found: set[str] = set()
        for parse in self._morph.parse(fold(word))[:4]:
            found.update(g for g in parse.tag.grammemes if g in CASES)
        return frozenset(found)

    def _tags(self, word: str) -> frozenset[str]:
        folded = fold(word)
        parses = self._morph.parse(folded)
        return frozenset(_likeliest(parses, folded).tag.grammemes) if parses else frozenset()

    def lemma(self, word: str) -> str:  # replaced by the cached version in __init__
        return self._lemma(word)

    @lru_cache(maxsize=50_000)  # noqa: B019 - one analyser per language for the life of the process
    def name_readings(self, word: str) -> tuple[NameReading, ...]:
        """The dictionary's readings of a word as a first name, surname or patronymic in the singular, each with
        its nominative in the same gender ("Захаровой" -> захарова, femn, gent), most likely first."""
        found = []
        for parse in self._morph.parse(fold(word)):
            if not parse.tag.grammemes & _NAME_TAGS or "plur" in parse.tag.grammemes:
                continue
            nominative = parse.inflect({"nomn"})
            gender = {"masc": "masc", "femn": "femn"}.get(parse.tag.gender or "", "")
            found.append((fold(nominative.word) if nominative else fold(word), gender, parse.tag.case or "",
                          float(parse.score)))
        return tuple(found)

    def whole_word(self, word: str) -> bool:
        """Is the word a form the dictionary knows (not one cut off mid-word: "поме", "сведен" is)?"""
        return any(parse.is_known for parse in self._morph.parse(fold(word)))

    def knows(self, word: str) -> bool:
        """Does the dictionary know the word as the nominative of a name (a first name, surname or patronymic)?"""
        return any(parse.tag.grammemes & _NAME_TAGS and parse.is_known and parse.tag.case == "nomn"
                   for parse in self._morph.parse(fold(word)))

    def cases(self, word: str) -> frozenset[str]:
        return self._cases(word)

    def tags(self, word: str) -> frozenset[str]:
        return self._tags(word)

    @lru_cache(maxsize=50_000)  # noqa: B019 - one analyser per language for the life of the process
    def agree(self, adjective: str, noun: str) -> str | None:
        """The adjective's nominative singular in the noun's gender ("местной", "жительница" -> "местная"), or
        None when the dictionary cannot tell."""
        noun = noun.rsplit("-", 1)[-1]  # a compound's gender is its last part's ("телеграм-канал")
        # The gender of the noun's nominative: a case form is often ambiguous ("каналов" of канал or канала).
        nouns = [p for p in self._morph.parse(self._lemma(noun)) if "NOUN" in p.tag.grammemes
                 and p.tag.case == "nomn"] or [p for p in self._morph.parse(fold(noun)) if "NOUN" in p.tag.grammemes]
        adjectives = [p for p in self._morph.parse(fold(adjective)) if p.tag.grammemes & {"ADJF", "PRTF"}]
        if not nouns or not adjectives:
            return None
        gender = nouns[0].tag.gender
        # "медиа" and other nouns with no singular: the adjective in the plural ("украинские медиа")
        wanted = {"nomn", "sing", gender} if gender and "Pltm" not in nouns[0].tag.grammemes else {"nomn", "plur"}
        form = adjectives[0].inflect(wanted)
        return fold(form.word) if form is not None else None


# Case endings of nouns and the nominative endings they point to, tried (in order) on a word the lookup list
# does not lemmatize: "мерії" -> "мерія", "адміністрацією" -> "адміністрація".
# Only endings no nominative singular has are tried, so that a lemma is never taken for a case form; the
# endings of nouns in -ія/-ия are sure, the others need the list to know the nominative.
_NOUN_ENDINGS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "uk": (("ією", "ія", True), ("ії", "ія", True), ("ію", "ія", True), ("ою", "а", False), ("ові", "", False)),
    "ru": (("ией", "ия", True), ("ии", "ия", True), ("ию", "ия", True)),
}


# Nouns in -а/-я of either gender ("голова", "суддя", "староста"): their adjective keeps the masculine.
_COMMON_GENDER = ("голова", "суддя", "староста", "судья", "слуга", "сирота", "колега", "коллега")


class _Simplemma:
    def __init__(self, language: str) -> None:
        import simplemma

        self.name = "simplemma"
        self._language = language
        self._lemmatize = simplemma.lemmatize
        self._is_known = simplemma.is_known
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)  # type: ignore[method-assign]

    def _lemma(self, word: str) -> str:
        folded = fold(word)
        lemma = fold(self._lemmatize(folded, lang=self._language))
        if lemma == folded:
            # A case form the list lacks ("мерії"): the nominative its ending points to, if the list knows it.
            for ending, nominative, sure in _NOUN_ENDINGS.get(self._language, ()):
                if folded.endswith(ending) and len(folded) > len(ending) + 2:
                    candidate = folded[: len(folded) - len(ending)] + nominative
                    if sure or self._is_known(candidate, lang=self._language):
                        return candidate
        return lemma

    def lemma(self, word: str) -> str:  # replaced by the cached version in __init__
        return self._lemma(word)

    def cases(self, word: str) -> frozenset[str]:
        return frozenset()  # a lookup list knows no grammatical case

    def name_readings(self, word: str) -> tuple[NameReading, ...]:
        return ()  # no tags: names are read by their endings (attribution.cyrillic.persons)

    def whole_word(self, word: str) -> bool:
        """Is the word a form of the lookup list (not one cut off mid-word: "поме", "відо")?"""
        return bool(self._is_known(fold(word), lang=self._language))

    def knows(self, word: str) -> bool:
        """Is the word a lemma of the lookup list (first names and common surnames are there in the nominative)?"""
        folded = fold(word)
        return bool(self._is_known(folded, lang=self._language)) and self._lemma(folded) == folded

    def tags(self, word: str) -> frozenset[str]:
        return frozenset()

    def agree(self, adjective: str, noun: str) -> str | None:
        """The adjective's nominative singular in the gender the noun's nominative ending shows ("місцевий",
        "мешканка" -> "місцева"); None for a masculine noun or an ending that does not tell."""
        lemma, noun_lemma = self._lemma(adjective), self._lemma(noun)
        if not lemma.endswith(("ий", "ій", "ый", "ой")) or noun_lemma.endswith(_COMMON_GENDER) \
                or not noun_lemma[-1:].isalpha() or noun_lemma.isascii():
            return None
        if noun_lemma.endswith(("іа", "иа")):
            # "медіа" has no singular of its own: the adjective in the plural ("місцеві медіа")
            return lemma[:-2] + ("і" if self._language == "uk" else "ие")
        soft = lemma.endswith("ій") and self._language == "uk"
        stem = lemma[:-2]
        if noun_lemma.endswith(("а", "я")):
            return stem + ("я" if soft else "а" if self._language == "uk" else "ая")
        if noun_lemma.endswith(("о", "е", "є")):
            return stem + ("є" if soft else "е" if self._language == "uk" else "ое")
        return None


@lru_cache(maxsize=None)
def lemmatizer(language: str, backend: str = "auto") -> Lemmatizer:
    """The shared lemmatizer of a language (dictionaries load once per process)."""
    chosen = resolve_backend(language, backend)
    return _Pymorphy(language) if chosen == "pymorphy3" else _Simplemma(language)
