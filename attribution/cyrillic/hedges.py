"""Hedges in Russian and Ukrainian sentences: epistemic words, scare quotes, distancing verbs, disclaimers.

Words and patterns are matched on a folded copy of the sentence (lower case, ё as е, look-alike Latin
letters read as Cyrillic) that keeps every offset, so "ЯКОБЫ" and "якoбы" with a Latin o are found too.
"""

from __future__ import annotations

import re

from ..hedges import _without_overlaps
from ..models import Hedge
from ..quotes import Quote
from .lexicon import CyrillicRules
from .morph import Lemmatizer
from .text import fold, name_key, reported_position, unmix
from .text import words as words_of
from .words import DASHES, TOKEN, Word

_WORD = re.compile(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*")


def fold_text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` folded word by word, with exactly the same length (offsets hold)."""
    parts = []
    position = start
    for match in TOKEN.finditer(text, start, end):
        parts.append(text[position:match.start()])
        token = unmix(match.group())
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in token).replace("ё", "е")
        parts.append(lowered if len(lowered) == len(token) else match.group())
        position = match.end()
    parts.append(text[position:end])
    return "".join(parts)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    escaped = sorted((r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", phrase)) for phrase in phrases),
                     key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:%s)(?![^\W_])" % "|".join(escaped) if escaped else r"(?!)")


class CyrillicHedgeFinder:
    """Find hedges with the lexicons of ``data/<lang>/hedges.yaml``."""

    def __init__(self, rules: CyrillicRules, lemmatizer: Lemmatizer | None = None) -> None:
        hedges = rules.hedges
        self.rules = hedges
        self._epistemic = _phrase_pattern(hedges.epistemic_words)
        self._modals = [re.compile(p) for p in hedges.epistemic_patterns]
        self._comparisons = [re.compile(p) for p in hedges.comparison_patterns]
        self._modal_exceptions = [re.compile(p) for p in hedges.modal_exceptions]
        self._evidential = [re.compile(p) for p in hedges.evidential_patterns]
        self._distancing_patterns = [re.compile(p) for p in hedges.distancing_patterns]
        self._distancing = frozenset(hedges.distancing_verbs)
        self._titles = frozenset(hedges.scare_quotes.title_markers)
        self._thing_names = tuple(fold(n) for n in hedges.scare_quotes.thing_names)
        self._introducers = frozenset(hedges.scare_quotes.speech_introducers)
        self._so_called = [re.compile(p) for p in hedges.scare_quotes.so_called]
        self._verbs = frozenset(rules.cues.reporting_verbs)
        self._loaded = {tuple(name_key(term).split()) for term in hedges.scare_quotes.loaded_terms}
        # The same terms as lemmas, for the case forms whose stem changes («миротворцев» for "миротворцы").
        self._lemma = lemmatizer.lemma if lemmatizer is not None else fold
        self._lemmatizer = lemmatizer
        self._loaded |= {tuple(self._lemma(w) for w in words_of(term)) for term in hedges.scare_quotes.loaded_terms}

    def find(self, text: str, start: int, end: int, words: list[Word], quotes: list[Quote],
             speech: list[Quote], speech_from: int | None, names: tuple[tuple[int, int], ...] = ()) -> list[Hedge]:
        """Hedges of the sentence ``text[start:end]`` in text order.

        ``speech`` are the quotations of reported speech that reach into it; ``speech_from`` is where the
        sentence's cue with a named source ends, after which a short quote is that source's wording;
        ``names`` are the spans of source mentions (a quote inside one is a name's, not speech).
        """
        folded = fold_text(text, start, end)
        hedges: list[Hedge] = []

        def add(kind: str, s: int, e: int) -> None:
            hedges.append(Hedge(text=text[start + s:start + e], kind=kind, start=start + s, end=start + e))  # type: ignore[arg-type]

        compared = [(m.start(), m.end()) for p in self._comparisons for m in p.finditer(folded)]
        for match in self._epistemic.finditer(folded):
            if not any(s <= match.start() < e for s, e in compared):  # "працювали так, ніби війни не було": as if
                add("epistemic", match.start(), match.end())
        excepted = [(m.start(), m.end()) for p in self._modal_exceptions for m in p.finditer(folded)]
        for pattern in self._modals:
            for match in pattern.finditer(folded):
                if not any(s <= match.start() < e for s, e in excepted):  # "щоб могли заспівати": a purpose
                    add("epistemic", match.start(), match.end())
        for pattern in self._evidential:
            for match in pattern.finditer(folded):
                # A disclaimer inside a quotation is the speaker's, not the outlet's.
                if not any(q.inner_start <= start + match.start() < q.inner_end for q in speech):
                    add("evidential", match.start(), match.end())
        for pattern in self._distancing_patterns:
            for match in pattern.finditer(folded):
                add("distancing_verb", match.start(), match.end())
        for word in words:
            if word.lemma in self._distancing and not any(q.inner_start <= word.start < q.inner_end for q in quotes):
                add("distancing_verb", word.start - start, word.end - start)
        for quote in quotes:
            in_name = any(s <= quote.inner_start and quote.inner_end <= e for s, e in names)
            if quote.closed and start <= quote.start and quote.end <= end and self.is_scare_quote(
                    text, quote, start, end, words, None if in_name else speech_from):
                hedges.append(Hedge(text=text[quote.inner_start:quote.inner_end], kind="scare_quote",
                                    start=quote.inner_start, end=quote.inner_end))
        return _without_overlaps(hedges)

    def is_scare_quote(self, text: str, quote: Quote, start: int, end: int, words: list[Word],
                       speech_from: int | None) -> bool:
        """A short quoted expression that marks wording as someone else's, not speech, a title or a name."""
        if quote.interrupted:
            return False  # «Рада вас видеть, — сказала Рыбина, — будет весело»: both parts are what she said
        inner = text[quote.inner_start:quote.inner_end]
        inner_words = _WORD.findall(inner)
        if not 1 <= len(inner_words) <= self.rules.scare_quotes.max_words:
            return False
        if sum(c.isalpha() for c in inner) < 2:
            return False  # a letter named ("the letters «ж» and «щ»"), no wording
        stripped = inner.strip()
        if stripped != inner or stripped[-1:] in ",.;:!?…" or stripped[:1] in DASHES:
            return False  # a fragment cut from a sentence is speech
        if len(inner_words) >= 2 and any("VERB" in self._tags(w) for w in inner_words) and (
                (speech_from is not None and quote.start >= speech_from)
                or reported_position(text, quote.start, quote.end)):
            # "заявил, что «всё идёт по плану»", "«Полиция задержала двоих», - сообщили": a clause quoted in a
            # report, or where reported words stand, is speech (but "ПВО якобы «сработали штатно»", with no one
            # reporting, keeps the outlet's distance)
            return False
        before = fold_text(text, start, quote.start).rstrip()
        if any(p.search(before) for p in self._so_called):
            return True
        if self._has_loaded(inner):
            return True  # «освобождение», «жест доброї волі»: a loaded term, whoever used it
        previous_word = next((w for w in reversed(words) if w.end <= quote.start and w.is_word), None)
        if previous_word is not None and previous_word.fold in ("что", "що") \
                and not text[quote.end:end].strip(" .!?…»\"”") and len(inner_words) >= 2:
            return False  # "сообщил, что «пострадавших нет».": the whole reported clause in the speaker's words
        if len(inner_words) <= 2 and fold(inner_words[0]).startswith(self._thing_names):
            return False  # «калібри», «шахедами»: weapons by their nicknames
        if before.endswith(":"):
            return False
        after = text[quote.end:end].lstrip()
        if after[:1] in ",–—-" and self._tag_follows(words, quote.end):
            return False  # «...», – сказал он: the words themselves
        if speech_from is not None and quote.start >= speech_from and any(
                w.lemma in self._introducers for w in words if speech_from <= w.end <= quote.start):
            return False  # "назвала заявления «очередной провокацией»": the words the speaker called them
        # Otherwise a short quote after "X said" is a scare quote as anywhere else ("..., сообщив о двух
        # пострадавших и «ситуации под контролем»"): the outlet keeps the wording at a distance.
        previous = next((w for w in reversed(words) if w.end <= quote.start and w.is_word), None)
        if previous is not None and previous.end >= quote.start - 2:
            if previous.lemma in self._titles or previous.fold in self._titles:
                return False
            if previous.lemma in self._introducers or previous.fold in self._introducers:
                return False
        # A quoted word in capitals or a number opens a name or a title («Роснефть», «Ураган», «112»), not a
        # distancing device.
        if inner_words[0][0].isupper() or inner_words[0][0].isdigit():
            return False
        return True

    def _tags(self, word: str) -> frozenset[str]:
        """The word's parts of speech and forms, as the dictionary reads it (none without a dictionary)."""
        return self._lemmatizer.tags(word) if self._lemmatizer is not None else frozenset()

    def _has_loaded(self, inner: str) -> bool:
        """Does the quote hold a loaded term, in any case form («звільнення села», «жестом доброї волі»)?"""
        stems = tuple(name_key(inner).split())
        lemmas = tuple(self._lemma(w) for w in words_of(inner))
        return any(forms[k:k + len(term)] == term for forms in (stems, lemmas) for term in self._loaded
                   for k in range(len(forms) - len(term) + 1))

    def _tag_follows(self, words: list[Word], after: int) -> bool:
        following = [w for w in words if w.start >= after and w.is_word][:3]
        return any(w.lemma in self._verbs for w in following)

