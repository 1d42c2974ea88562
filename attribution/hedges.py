"""Hedges: find epistemic markers, scare quotes, distancing verbs and verification disclaimers in a sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .doctext import doc_text
from .literals import GatedPattern
from .models import Hedge
from .quotes import Quote
from .rules import HedgeRules

_WORD = re.compile(r"\w[\w'’-]*")


class HedgeFinder:
    """Find hedges with the lexicons of ``data/hedges.yaml``."""

    def __init__(self, rules: HedgeRules) -> None:
        self.rules = rules
        words = sorted(rules.epistemic_words, key=len, reverse=True)
        escaped = [re.escape(w).replace(r"\-", "[-‐‑ ]").replace(r"\ ", r"[-‐‑ ]") for w in words]
        # Each expression runs only on the sentences that hold a string it needs (most hold none).
        self._epistemic = GatedPattern(r"\b(?:%s)\b" % "|".join(escaped), re.IGNORECASE)
        self._modals = [GatedPattern(p, re.IGNORECASE) for p in rules.epistemic_patterns]
        # One alternation searched once per sentence (leftmost match first, as the patterns one by one found them).
        self._evidential = GatedPattern("|".join(f"(?:{p})" for p in rules.evidential_patterns) or r"(?!)", re.IGNORECASE)
        self._distancing = frozenset(rules.distancing_verbs)
        self._adjective_only = {"alleged", "purported"}
        self._titles = frozenset(rules.scare_quotes.title_markers)
        self._introducers = frozenset(rules.scare_quotes.speech_introducers)
        loaded = sorted(rules.scare_quotes.loaded_terms, key=len, reverse=True)
        self._loaded = re.compile(r"(?:%s)" % "|".join(re.escape(t) for t in loaded) if loaded else r"(?!)",
                                  re.IGNORECASE)
        self._so_called = re.compile(r"\bso[-‐‑ ]called\s*$", re.IGNORECASE)

    def find(self, doc: Doc, start: int, end: int, quotes: list[Quote], speech_from: int | None = None) -> list[Hedge]:
        """Hedges of the sentence doc.text[start:end], in text order (``speech_from``: see is_scare_quote)."""
        text = doc_text(doc)
        hedges: list[Hedge] = []
        sentence = text[start:end]
        for match in self._epistemic.finditer(text, start, end, sentence):
            word = match.group().lower()
            if word in self._adjective_only and not self._is_adjective(doc, match.start()):
                continue
            hedges.append(Hedge(text=match.group(), kind="epistemic", start=match.start(), end=match.end()))
        for pattern in self._modals:
            for match in pattern.finditer(text, start, end, sentence):
                hedges.append(Hedge(text=match.group(), kind="epistemic", start=match.start(), end=match.end()))
        speech = [q for q in quotes if q.inner_start < end and q.inner_end > start
                  and len(_WORD.findall(text, q.inner_start, q.inner_end)) > self.rules.scare_quotes.max_words]
        for match in self._evidential.finditer(text, start, end, sentence):
            # A disclaimer inside a quotation is the speaker's, not the outlet's.
            if not any(q.inner_start <= match.start() < q.inner_end for q in speech):
                hedges.append(Hedge(text=match.group(), kind="evidential", start=match.start(), end=match.end()))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for token in span:
                if token.lemma_.lower() in self._distancing and self._is_distancing(token, quotes):
                    hedges.append(Hedge(text=token.text, kind="distancing_verb", start=token.idx,
                                        end=token.idx + len(token)))
        for quote in quotes:
            if quote.closed and start <= quote.start and quote.end <= end and self.is_scare_quote(doc, quote, start, end,
                                                                                             speech_from):
                hedges.append(Hedge(text=text[quote.inner_start:quote.inner_end], kind="scare_quote",
                                    start=quote.inner_start, end=quote.inner_end))
        return _without_overlaps(hedges)

    @staticmethod
    def _is_adjective(doc: Doc, offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and (span[0].pos_ == "ADJ" or span[0].dep_ == "amod")

    def _is_distancing(self, token: Token, quotes: list[Quote]) -> bool:
        if token.lemma_.lower() not in self._distancing or token.dep_ == "amod":
            return False
        if token.pos_ != "VERB" and not (token.pos_ == "NOUN" and token.tag_ == "VBZ"):
            return False
        # A distancing verb counts wherever it stands, inside a speaker's quote too ("locals claim that ...").
        return True

    def is_scare_quote(self, doc: Doc, quote: Quote, start: int, end: int, speech_from: int | None = None) -> bool:
        """A short quoted expression that marks wording as someone else's, not a quotation of speech or a title.

        ``speech_from`` is where the sentence's reporting verb ends, if it has one with a named source:
        a short quote after it is most often that source's own words.
        """
        text = doc_text(doc)
        inner = text[quote.inner_start:quote.inner_end]
        words = _WORD.findall(inner)
        if not 1 <= len(words) <= self.rules.scare_quotes.max_words:
            return False
        stripped = inner.strip()
        if stripped != inner or stripped[-1:] in ",.;:!?…" or stripped[:1] in "-–—":
            return False  # a fragment cut from a sentence is speech
        before = text[start:quote.start].rstrip()
        after = text[quote.end:end].lstrip()
        previous_word = _WORD.findall(before)[-1].lower() if _WORD.findall(before) else ""
        if self._so_called.search(before[-12:]) or self._loaded.fullmatch(inner):
            return True
        if before.endswith(":") or (after.startswith((",", ":")) and self._tag_follows(after)):
            return False
        if speech_from is not None and quote.start >= speech_from:
            return False
        if previous_word in self._titles:
            return False
        if previous_word in self._introducers:
            return False
        # A quoted name in title case is a title or a name, not a distancing device.
        if len(words) > 1 and all(w[0].isupper() for w in words if len(w) > 3):
            return False
        if words[0][0].isupper() and self._names_something(doc, quote):
            return False
        return True

    @staticmethod
    def _tag_follows(after: str) -> bool:
        return bool(re.match(r"[,:]\s*(?:\w+\s+){0,4}?(?:said|says|wrote|writes|added|told|stated|noted)\b", after))

    @staticmethod
    def _names_something(doc: Doc, quote: Quote) -> bool:
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        return span is not None and any(t.pos_ == "PROPN" for t in span)


def _without_overlaps(hedges: list[Hedge]) -> list[Hedge]:
    """Keep the longest of overlapping markers ("may have been" over "may have"), in text order."""
    kept: list[Hedge] = []
    for hedge in sorted(hedges, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hedge.start < kept[-1].end:
            continue
        kept.append(hedge)
    return kept
