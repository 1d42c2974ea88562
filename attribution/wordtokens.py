"""The tokens of a Doc whose lemma or lower-case form is one of some words, found once per Doc over its arrays.

The cue and hedge finders look at each sentence for a few hundred words (reporting verbs, "according",
distancing verbs); reading ``token.lemma_`` token by token made a spaCy ``Token`` for every word of every
sentence, and most of their time. :class:`WordTokens` reads the Doc's lemma and lower-case columns once,
decides each distinct word once (by its hash, kept across Docs), and answers each sentence with the indices of its tokens by bisection.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER  # type: ignore[import-not-found]
from spacy.tokens import Doc

# Words whose answer is kept (by hash) before the memory is emptied: a corpus's vocabulary, bounded.
KNOWN_WORDS = 200_000


class WordTokens:
    """Indices of the tokens whose ``lemma_.lower()`` is in ``lemmas`` or whose ``lower_`` is in ``lowers``."""

    def __init__(self, lemmas: Iterable[str], lowers: Iterable[str] = ()) -> None:
        self.lemmas = frozenset(lemmas)
        self.lowers = frozenset(lowers)
        # The indices for the last Doc asked about. Replaced, never changed in place, so a thread reading
        # another Doc at the same time works out its own.
        self._last: tuple[weakref.ref[Doc], list[int]] | None = None
        # The hashes of the words met so far (the same in every vocabulary), sorted, and whether each is one of
        # the lemmas (first pair) or forms (second pair) sought.
        empty = (numpy.zeros(0, dtype=numpy.uint64), numpy.zeros(0, dtype=bool))
        self._known: tuple[tuple[numpy.ndarray, numpy.ndarray], tuple[numpy.ndarray, numpy.ndarray]] = (empty, empty)

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_last"] = None  # a weak reference does not pickle
        return state

    def within(self, doc: Doc, start: int, end: int) -> list[int]:
        """The indices, in order, of such tokens among ``doc[start:end]`` (token positions)."""
        held = self._last
        if held is None or held[0]() is not doc:
            held = (weakref.ref(doc), self._find(doc))
            self._last = held
        found = held[1]
        return found[bisect_left(found, start):bisect_left(found, end)]

    def _find(self, doc: Doc) -> list[int]:
        if len(doc) == 0:
            return []
        columns = doc.to_array([LEMMA, LOWER])
        hits = numpy.zeros(len(doc), dtype=bool)
        if self.lemmas:
            hits |= self._hits(doc, columns[:, 0], 0)
        if self.lowers:
            hits |= self._hits(doc, columns[:, 1], 1)
        return numpy.flatnonzero(hits).tolist()

    def _hits(self, doc: Doc, column: numpy.ndarray, which: int) -> numpy.ndarray:
        """For each hash of the column, is its word sought? Answers are kept by hash, sorted, for the next Doc."""
        keys, answers = self._known[which]
        at = numpy.minimum(numpy.searchsorted(keys, column), max(len(keys) - 1, 0))
        if len(keys) == 0 or not (keys[at] == column).all():
            new = numpy.unique(column if len(keys) == 0 else column[keys[at] != column])
            strings, words = doc.vocab.strings, (self.lemmas, self.lowers)[which]
            found = numpy.array([(strings[int(h)].lower() if which == 0 else strings[int(h)]) in words for h in new],
                                dtype=bool)
            if len(keys) + len(new) > KNOWN_WORDS:
                keys, answers = keys[:0], answers[:0]
            keys, answers = numpy.concatenate([keys, new]), numpy.concatenate([answers, found])
            order = numpy.argsort(keys, kind="stable")
            keys, answers = keys[order], answers[order]
            known = list(self._known)
            known[which] = (keys, answers)
            self._known = tuple(known)  # type: ignore[assignment]
            at = numpy.searchsorted(keys, column)
        return answers[at]
