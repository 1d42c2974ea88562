"""A faster ``attribute_ruler``: the same patterns and the same answers, found by table look-ups.

spaCy's ``attribute_ruler`` (in ``en_core_web_sm``: the tag map that gives every token its coarse
part of speech and morphology, and about 120 exceptions for words such as "not", "'s" and "there is")
runs a ``Matcher`` over every Doc, and takes about 11% of the pipeline's time, as much as the parser.
Its patterns only ever look at one or two tokens and at four attributes of each (``TAG``, ``LOWER``,
``DEP``, ``IS_SPACE``). :class:`FastAttributeRuler` reads a token's four attributes as one key, and
works out once per distinct key (a few thousand in a corpus) which patterns match it and what they set;
a token then costs a dictionary look-up. Patterns of two tokens are checked at the tokens whose key
matches their first token. Matches are applied in the ruler's order, later patterns taking precedence,
as spaCy applies them, so the Doc gets the very same ``POS``, ``MORPH``, ``LEMMA``, ``TAG`` and ``DEP``.
Patterns it cannot read this way (an ``OP`` quantifier, another attribute or predicate) make it run
spaCy's own matching instead.

``Extractor(fast=True)`` puts it in place of the pipeline's ``attribute_ruler`` (tests/test_attributes.py
compares the two token by token), and :class:`GuessedEntities` in place of the entity recogniser it
switches off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IDX, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from .doctext import doc_text

PIPE = "attribution_attribute_ruler"
# The attributes a pattern may test, in the order of a token's key.
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# The attributes a pattern may set, in the order of the columns written back.
SET_ATTRS = (POS, MORPH, LEMMA, TAG, DEP)
_SET_COLUMN = {attr: column for column, attr in enumerate(SET_ATTRS)}

_Test = Callable[[tuple[int, ...]], bool]


class _Unsupported(Exception):
    """A pattern this ruler cannot read: spaCy's matching is used instead."""


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with the same patterns, matched by look-ups on each token's attributes."""

    def clear(self) -> None:
        super().clear()
        self._compiled: _Compiled | None | bool = None  # None: not compiled yet; False: spaCy's matching

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_compiled"] = None  # built again where it is used (its tests are closures)
        return state

    def __call__(self, doc: Doc) -> Doc:
        compiled = self._compiled
        if compiled is None:
            try:
                compiled = _Compiled(self)
            except _Unsupported:
                compiled = False
            self._compiled = compiled
        if compiled is False or not len(doc):
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            compiled.apply(doc)  # type: ignore[union-attr]
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


class _Compiled:
    """The ruler's patterns as tests on a token's key, and what each matching pattern sets."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        # Words no pattern names: one key for all of them, so that rare words add no keys.
        self._named_words: set[int] = set()
        self._word_patterns: list[re.Pattern[str]] = []
        self._words: dict[int, int] = {}
        self.entries: list[tuple[list[list[_Test]], dict[int, int], int]] = []
        for number, entry in enumerate(cast(list[dict[str, Any]], ruler.patterns)):
            alternatives = [[self._token_test(spec) for spec in pattern] for pattern in entry["patterns"]]
            attrs = ruler.attrs[number]
            if any(attr not in _SET_COLUMN for attr in attrs) or not alternatives or any(not p for p in alternatives):
                raise _Unsupported(f"pattern {number}")
            index = ruler.indices[number]
            for pattern in alternatives:
                if not -len(pattern) <= index < len(pattern):
                    raise _Unsupported(f"pattern {number}: index {index}")
            self.entries.append((alternatives, {_SET_COLUMN[a]: int(v) for a, v in attrs.items()}, index))
        # A word no pattern names passes every NOT_IN test of LOWER and no other test of it; so does the empty
        # word (hash 0), which stands for all of them, unless a pattern names it.
        self._no_word = 0
        if 0 in self._named_words or any(p.search("") for p in self._word_patterns):
            raise _Unsupported("a pattern names the empty word")
        self.single = [k for k, (alternatives, _, _) in enumerate(self.entries) if all(len(p) == 1 for p in alternatives)]
        single = set(self.single)
        self.longer = [k for k in range(len(self.entries)) if k not in single]
        # key -> (entries of one token matching it, in order; what they set, composed; first tokens of longer patterns)
        self._keys: dict[tuple[int, ...], tuple[tuple[int, ...], dict[int, int], frozenset[tuple[int, int]]]] = {}

    def _token_test(self, spec: dict[str, Any]) -> _Test:
        tests: list[_Test] = []
        for name, value in spec.items():
            if name not in KEY_ATTRS:
                raise _Unsupported(name)
            position = KEY_ATTRS.index(name)
            if isinstance(value, dict):
                if len(value) != 1:
                    raise _Unsupported(str(value))
                (predicate, argument), = value.items()
                if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and name != "IS_SPACE":
                    hashes = frozenset(self._hash(v) for v in argument)
                    tests.append(_member(position, hashes, predicate == "IN"))
                    if name == "LOWER":
                        self._named_words.update(hashes)
                elif predicate == "REGEX" and isinstance(argument, str) and name != "IS_SPACE":
                    tests.append(_regex(position, re.compile(argument), self.strings))
                    if name == "LOWER":
                        self._word_patterns.append(re.compile(argument))
                else:
                    raise _Unsupported(predicate)
            elif name == "IS_SPACE":
                if not isinstance(value, bool):
                    raise _Unsupported(str(value))
                tests.append(_equal(position, int(value)))
            elif isinstance(value, (str, int)) and not isinstance(value, bool):
                tests.append(_equal(position, self._hash(value)))
                if name == "LOWER":
                    self._named_words.add(self._hash(value))
            else:
                raise _Unsupported(str(value))
        return _all(tests)

    def _hash(self, value: str | int) -> int:
        return int(self.strings.add(value)) if isinstance(value, str) else int(value)

    def _key(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], dict[int, int], frozenset[tuple[int, int]]]:
        found = self._keys.get(key)
        if found is None:
            matched = tuple(k for k in self.single if any(p[0](key) for p in self.entries[k][0]))
            sets: dict[int, int] = {}
            for k in matched:
                sets.update(self.entries[k][1])
            starts = frozenset((k, a) for k in self.longer for a, p in enumerate(self.entries[k][0]) if p[0](key))
            found = self._keys[key] = (matched, sets, starts)
        return found

    def _word(self, word: int) -> int:
        """The word as a key holds it: itself if a pattern names it or may match it, else 0 (no word)."""
        found = self._words.get(word)
        if found is None:
            text = self.strings[word]
            named = word in self._named_words or any(p.search(text) for p in self._word_patterns)
            found = self._words[word] = word if named else self._no_word
        return found

    def apply(self, doc: Doc) -> None:
        words = self._words
        keys = []
        for tag, word, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            known = words.get(word)
            keys.append((tag, self._word(word) if known is None else known, dep, space))
        found = [self._key(key) for key in keys]
        # Patterns of more than one token, matched from the tokens that match their first token.
        extra: dict[int, list[int]] = {}  # token -> longer entries that set it
        for i, (_, _, starts) in enumerate(found):
            for k, alternative in starts:
                pattern = self.entries[k][0][alternative]
                if i + len(pattern) <= len(keys) and all(test(keys[i + j]) for j, test in enumerate(pattern) if j):
                    index = self.entries[k][2]
                    target = i + (index if index >= 0 else len(pattern) + index)
                    if k not in extra.setdefault(target, []):
                        extra[target].append(k)
        columns = doc.to_array(list(SET_ATTRS))
        rows = columns.tolist()
        changed = False
        for i, (matched, sets, _) in enumerate(found):
            if i in extra:
                # In the ruler's order: a later pattern takes precedence, whatever its length.
                sets = {}
                for k in sorted(set(matched) | set(extra[i])):
                    sets.update(self.entries[k][1])
            if sets:
                row = rows[i]
                for column, value in sets.items():
                    if row[column] != value:
                        row[column] = value
                        changed = True
        if changed:
            written = numpy.array(rows, dtype=numpy.uint64)
            touched = [c for c in range(len(SET_ATTRS)) if (written[:, c] != columns[:, c]).any()]
            doc.from_array([SET_ATTRS[c] for c in touched], cast(Ints2d, written[:, touched]))


# The tests are small objects rather than closures, so that a ruler that has compiled them still pickles
# (``extract_many`` with worker processes started by spawning, Dask).
@dataclass(frozen=True)
class _Equal:
    position: int
    value: int

    def __call__(self, key: tuple[int, ...]) -> bool:
        return key[self.position] == self.value


@dataclass(frozen=True)
class _Member:
    position: int
    values: frozenset[int]
    inside: bool

    def __call__(self, key: tuple[int, ...]) -> bool:
        return (key[self.position] in self.values) is self.inside


@dataclass(frozen=True)
class _Regex:
    position: int
    pattern: re.Pattern[str]
    strings: Any

    def __call__(self, key: tuple[int, ...]) -> bool:
        return self.pattern.search(self.strings[key[self.position]]) is not None


@dataclass(frozen=True)
class _All:
    tests: tuple[_Test, ...]

    def __call__(self, key: tuple[int, ...]) -> bool:
        return all(test(key) for test in self.tests)


def _equal(position: int, value: int) -> _Test:
    return _Equal(position, value)


def _member(position: int, values: frozenset[int], inside: bool) -> _Test:
    return _Member(position, values, inside)


def _regex(position: int, pattern: re.Pattern[str], strings: Any) -> _Test:
    return _Regex(position, pattern, strings)


def _all(tests: list[_Test]) -> _Test:
    return _All(tuple(tests))


def faster_attribute_ruler(nlp: Language) -> bool:
    """Put a :class:`FastAttributeRuler` with the same patterns in place of the pipeline's spaCy
    ``attribute_ruler``; False if the pipeline has none (or has another kind)."""
    name = "attribute_ruler"
    if name not in nlp.component_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return False
    old = nlp.get_pipe(name)
    patterns = old.patterns  # type: ignore[attr-defined]
    config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
    new = nlp.replace_pipe(name, PIPE, config=config)
    new.add_patterns(patterns)  # type: ignore[attr-defined]
    return True


@Language.factory(PIPE, assigns=["token.pos", "token.morph", "token.lemma"],
                  default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Callable | None) -> FastAttributeRuler:
    """spaCy's ``attribute_ruler`` factory, building a :class:`FastAttributeRuler`."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


ENTITIES_PIPE = "attribution_entities"
# A run of capitalised proper nouns longer than this is cut: a headline in title case is no one name.
LONGEST_NAME = 6


class GuessedEntities:
    """Fast mode's stand-in for the entity recogniser: each run of capitalised proper nouns (by the tagger's
    tags) is an entity, ``PERSON`` when it has two or three words ("Vyacheslav Gladkov") and ``ORG``
    otherwise ("Reuters", "the State Emergency Service of Ukraine"'s proper nouns). The rules read entities
    to tell people from organisations outside the registry and to remember who a later "he" or "it" is;
    without any, fast mode lost 1-3 points of source F1, with these it loses about none (docs/performance.md).
    It never tells a place from a name, so places named in a run count as organisations."""

    def __init__(self, name: str = ENTITIES_PIPE) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array([POS, IDX])
        proper = columns[:, 0] == doc.vocab.strings["PROPN"]
        text = doc_text(doc)  # a proper noun's first letter read off the text, without making a Token of it
        names = [i for i, start in zip(numpy.flatnonzero(proper).tolist(), columns[proper, 1].tolist())
                 if text[start:start + 1].isupper()]
        entities: list[Span] = []
        start = previous = -2
        for i in names + [-1]:
            if i == previous + 1 and i - start < LONGEST_NAME:
                previous = i
                continue
            if start >= 0:
                label = "PERSON" if 2 <= previous - start + 1 <= 3 else "ORG"
                entities.append(Span(doc, start, previous + 1, label=label))
            start = previous = i
        doc.set_ents(entities, default="outside")
        return doc


def guess_entities(nlp: Language, before: str | None = None) -> None:
    """Add :class:`GuessedEntities` to a pipeline whose entity recogniser is off (before ``before``)."""
    if ENTITIES_PIPE not in nlp.component_names:
        if before is not None and before in nlp.component_names:
            nlp.add_pipe(ENTITIES_PIPE, before=before)
        else:
            nlp.add_pipe(ENTITIES_PIPE, last=True)


@Language.factory(ENTITIES_PIPE, assigns=["doc.ents", "token.ent_type", "token.ent_iob"], requires=["token.pos"])
def make_guessed_entities(nlp: Language, name: str) -> GuessedEntities:
    """Fast mode's entities from the tagger's proper nouns (see :class:`GuessedEntities`)."""
    return GuessedEntities(name)
