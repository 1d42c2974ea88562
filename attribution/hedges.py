"""Hedges: find epistemic markers, scare quotes, distancing verbs and verification disclaimers in a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Token

from .cues import acted_on, verb_read_as_noun
from .doctext import doc_text
from .literals import GatedPattern
from .models import Hedge
from .quotes import Quote
from .rules import HedgeRules, entry_id
from .wordtokens import WordTokens

_WORD = re.compile(r"\w[\w'’-]*")
# Introducers that are nouns ("the words “...”") introduce only the quotation right after them.
_NOUN_INTRODUCERS = {"as", "word", "words", "phrase", "term", "slogan"}


class HedgeFinder:
    """Find hedges with the lexicons of ``data/hedges.yaml``."""

    def __init__(self, rules: HedgeRules, acts: Mapping[str, Iterable[str]] | None = None) -> None:
        """``acts``: per verb, the objects that make it an act, not a claim ("claim the title"; cue rules' act_objects)."""
        self.rules = rules
        self._acts = {verb: frozenset(objects) for verb, objects in (acts or {}).items()}
        words = sorted(rules.epistemic_words, key=len, reverse=True)
        escaped = [re.escape(w).replace(r"\-", "[-‐‑ ]").replace(r"\ ", r"[-‐‑ ]") for w in words]
        # Each expression runs only on the sentences that hold a string it needs (most hold none).
        self._epistemic = GatedPattern(r"\b(?:%s)\b" % "|".join(escaped), re.IGNORECASE)
        self._modals = [(name, GatedPattern(p, re.IGNORECASE)) for name, p in rules.epistemic_patterns.items()]
        # One alternation searched once per sentence (leftmost match first, as the patterns one by one found them).
        self._evidential = GatedPattern("|".join(f"(?:{p})" for p in rules.evidential_patterns.values()) or r"(?!)",
                                        re.IGNORECASE)
        self._evidential_each = [(name, re.compile(p, re.IGNORECASE)) for name, p in rules.evidential_patterns.items()]
        # A match spelled with another dash or a space ("so‑called") is the entry it was found by.
        self._epistemic_words = {re.sub(r"[-‐‑ ]", " ", w): w for w in reversed(rules.epistemic_words)}
        self._distancing = frozenset(rules.distancing_verbs)
        self._distancing_tokens = WordTokens(self._distancing)  # read once per Doc, not token by token
        self._adjective_only = {"alleged", "purported"}
        self._comparison = frozenset(rules.comparison_words)
        self._titles = frozenset(rules.scare_quotes.title_markers)
        self._categories = frozenset(rules.scare_quotes.category_nouns)
        self._introducers = frozenset(rules.scare_quotes.speech_introducers)
        loaded = sorted(rules.scare_quotes.loaded_terms, key=len, reverse=True)
        self._loaded = re.compile(r"(?:%s)" % "|".join(re.escape(t) for t in loaded) if loaded else r"(?!)",
                                  re.IGNORECASE)
        self._so_called = re.compile(r"\bso[-‐‑ ]called\s*$", re.IGNORECASE)

    def find(self, doc: Doc, start: int, end: int, quotes: list[Quote], speech_from: int | None = None) -> list[Hedge]:
        """Hedges of the sentence doc.text[start:end], in text order (``speech_from``: see is_scare_quote)."""
        return self.find_with_entries(doc, start, end, quotes, speech_from)[0]

    def find_with_entries(self, doc: Doc, start: int, end: int, quotes: list[Quote],
                          speech_from: int | None = None,
                          speech_until: int | None = None) -> tuple[list[Hedge], list[str]]:
        """The hedges, and the ids of the lexicon entries that found them (``hedges.epistemic_words:allegedly``).
        ``speech_until``: where a tag closing the sentence begins (", the ministry said."), if one does."""
        text = doc_text(doc)
        found: list[tuple[Hedge, str | None]] = []
        sentence = text[start:end]
        for match in self._epistemic.finditer(text, start, end, sentence):
            word = match.group().lower()
            if word in self._adjective_only and not self._is_adjective(doc, match.start()):
                continue
            previous = text[max(start, match.start() - 16):match.start()].lower().split()
            # ("25% more likely": a share before "more" compares as "percent" does)
            share = len(previous) >= 2 and previous[-2].endswith("%") and f"percent {previous[-1]}" in self._comparison
            if previous and (previous[-1] in self._comparison or " ".join(previous[-2:]) in self._comparison
                             or " ".join(previous[-3:]) in self._comparison or share):
                continue  # "four times less likely to": chances compared, not a claim hedged
            entry = word if word in self.rules.epistemic_words else self._epistemic_words.get(
                re.sub(r"[-‐‑ ]", " ", word), word)
            found.append((Hedge(text=match.group(), kind="epistemic", start=match.start(), end=match.end()),
                          entry_id("hedges", "epistemic_words", entry)))
        for name, pattern in self._modals:
            for match in pattern.finditer(text, start, end, sentence):
                found.append((Hedge(text=match.group(), kind="epistemic", start=match.start(), end=match.end()),
                              entry_id("hedges", "epistemic_patterns", name)))
        speech = [q for q in quotes if q.inner_start < end and q.inner_end > start
                  and len(_WORD.findall(text, q.inner_start, q.inner_end)) > self.rules.scare_quotes.max_words]
        for match in self._evidential.finditer(text, start, end, sentence):
            # A disclaimer inside a quotation, or in what a named speaker said ("Authorities said they were unable
            # to confirm reports"), is the speaker's, not the outlet's.
            before = text[max(start, match.start() - 12):match.start()].lower().split()
            said = speech_from is not None and match.start() >= speech_from and bool(before) and before[-1] in (
                "they", "it", "he", "she", "we")
            if not said and not any(q.inner_start <= match.start() < q.inner_end for q in speech):
                matched = next((n for n, p in self._evidential_each if p.match(text, match.start(), match.end())), None)
                found.append((Hedge(text=match.group(), kind="evidential", start=match.start(), end=match.end()),
                              entry_id("hedges", "evidential_patterns", matched) if matched else None))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for token in (doc[i] for i in self._distancing_tokens.within(doc, span.start, span.end)):
                if token.lemma_.lower() in self._distancing and self._is_distancing(token, quotes):
                    found.append((Hedge(text=token.text, kind="distancing_verb", start=token.idx,
                                        end=token.idx + len(token)),
                                  entry_id("hedges", "distancing_verbs", token.lemma_.lower())))
                elif token.dep_ == "amod" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" \
                        and token.head.i > token.i and not any(q.inner_start <= token.idx < q.inner_end for q in quotes):
                    # "a claimed strike": the participle of a doubting verb as an adjective, as "alleged" is
                    found.append((Hedge(text=token.text, kind="epistemic", start=token.idx, end=token.idx + len(token)),
                                  entry_id("hedges", "distancing_verbs", token.lemma_.lower())))
        for quote in quotes:
            if quote.closed and start <= quote.start and quote.end <= end and self.is_scare_quote(
                    doc, quote, start, end, speech_from, speech_until):
                inner = text[quote.inner_start:quote.inner_end]
                loaded = self._loaded.fullmatch(inner)
                found.append((Hedge(text=inner, kind="scare_quote", start=quote.inner_start, end=quote.inner_end),
                              entry_id("hedges", "scare_quotes.loaded_terms", " ".join(inner.lower().split())) if loaded else None))
        kept = _without_overlaps([hedge for hedge, _ in found])
        entries = [entry for hedge, entry in found if entry is not None and any(hedge is k for k in kept)]
        return kept, list(dict.fromkeys(entries))

    @staticmethod
    def _is_adjective(doc: Doc, offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and (span[0].pos_ == "ADJ" or span[0].dep_ == "amod" or _before_noun(span[0]))

    def _is_distancing(self, token: Token, quotes: list[Quote]) -> bool:
        if token.lemma_.lower() not in self._distancing or token.dep_ == "amod":
            return False
        if token.lower_ in self._adjective_only and _before_noun(token):
            return False  # '"purported notice to quit"': the adjective, whatever the parser made of it
        if token.pos_ != "VERB" and not (token.pos_ == "NOUN" and (
                token.tag_ == "VBZ" or verb_read_as_noun(token) is not None or _infinitive_after(token))):
            return False
        if acted_on(token, self._acts.get(token.lemma_.lower())):
            return False  # "aim to claim the title": won, not asserted
        if _not_done(token):
            return False  # "No group has claimed responsibility", "has neither claimed nor denied it": no claim made
        # A distancing verb counts wherever it stands, inside a speaker's quote too ("locals claim that ...").
        return True

    def is_scare_quote(self, doc: Doc, quote: Quote, start: int, end: int, speech_from: int | None = None,
                       speech_until: int | None = None) -> bool:
        """A short quoted expression that marks wording as someone else's, not a quotation of speech or a title.

        ``speech_from`` is where the sentence's reporting verb ends, if it has one with a named source:
        a short quote after it is most often that source's own words.
        """
        if quote.interrupted:
            return False  # a part of a quotation around a speech tag set inside it is speech
        text = doc_text(doc)
        inner = text[quote.inner_start:quote.inner_end]
        words = _WORD.findall(inner)
        if not 1 <= len(words) <= self.rules.scare_quotes.max_words:
            return False
        if sum(c.isalpha() for c in inner) < 2:
            return False  # a letter named ("the letters «ж» and «щ»"), no wording
        stripped = inner.strip()
        # 'to "holds."': one word, with the stop set inside the marks, is still a word, not a fragment of speech
        core = stripped[:-1] if len(words) == 1 and stripped[-1:] in ",." and stripped[:-1].isalpha() else stripped
        if stripped != inner or core[-1:] in ",.;:!?…" or core[:1] in "-–—":
            return False  # a fragment cut from a sentence is speech
        before = text[start:quote.start].rstrip()
        after = text[quote.end:end].lstrip()
        before_words = [w.lower() for w in _WORD.findall(before)[-8:]]
        previous_word = before_words[-1] if before_words else ""
        if self._so_called.search(before[-12:]) or self._loaded.fullmatch(inner):
            return True
        if before.endswith(":") or (after.startswith((",", ":")) and self._tag_follows(after)):
            return False
        if not before.strip("\"'“‘«„ ") and inner.rstrip()[-1:] == "," and _closing_tag(doc, quote.end, end):
            return False  # '"No," the man replied.': an answer of one word, tagged after its comma
        named = _WORD.findall(before[:-1])[-1:] if before.endswith("(") else []
        if named and named[0][0].isupper() and after.startswith(")"):
            return False  # "Kestrel ('Hawk') covers the courts": a name's translation in brackets
        if not after.strip(" .!?") and (not before or before.endswith(("–", "—", " -"))):
            return False  # the whole line quoted ("'No interference'"), or a headline's quotation after a dash
        in_speech = (speech_from is not None and quote.start >= speech_from) or (
            speech_until is not None and quote.end <= speech_until)
        next_word = _WORD.findall(after)[:1]
        if next_word and next_word[0].lower() in self._categories:
            return False  # 'a "buy" rating', 'its "overweight" list': a category's name
        if previous_word in ("to", "from", "at") and any(
                w in self._categories or w.startswith(("upgrad", "downgrad")) for w in before_words[:-1]):
            return False  # 'cut its rating to "underweight" from "neutral"': the category a rating moved to
        if self._modifies_noun(doc, quote) and len(words) <= 2:
            # 'a "trophy" drone': a label on the noun, whoever reports it; but an adjective in what a speaker said
            # is the speaker's own judgement ('She said a "thorough" inquiry was under way').
            return not (in_speech and self._adjective(doc, quote))
        if speech_from is not None and quote.start >= speech_from:
            return False
        if speech_until is not None and quote.end <= speech_until and len(words) > 1:
            return False  # 'Bukavu "has not fully fallen", the government said': a fragment of what was said
        if previous_word in self._titles:
            return False
        if previous_word in self._introducers and (previous_word != "as" or any(
                w in self._introducers and w not in _NOUN_INTRODUCERS for w in before_words[:-1])):
            return False  # "described (the move) as", not "counts as"
        # A quoted name in title case is a title or a name, not a distancing device.
        if len(words) > 1 and all(w[0].isupper() for w in words if len(w) > 3):
            return False
        if words[0][0].isupper() and self._names_something(doc, quote):
            return False
        return True

    @staticmethod
    def _modifies_noun(doc: Doc, quote: Quote) -> bool:
        """Is the quoted word set before a noun it qualifies ('a "trophy" drone', 'the "liberated" villages')?"""
        inside = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if inside is None or inside.end >= len(doc):
            return False
        following = doc[inside.end]
        if following.is_punct and following.idx < quote.end:
            following = doc[inside.end + 1] if inside.end + 1 < len(doc) else following  # the closing mark
        # A participle qualifies a noun ('the "liberated" villages'); a finite verb takes it as its object ('he
        # "deplores" leaking'), and a personal pronoun before the marks is its subject.
        before = doc[max(inside[0].i - 2, 0)]
        return following.idx >= quote.end and following.pos_ == "NOUN" and not following.is_punct \
            and (inside[0].pos_ in ("ADJ", "NOUN") or inside[0].tag_ in ("VBN", "VBG")) and inside[0].i > 0 \
            and doc[inside[0].i - 1].is_punct and (before.pos_ in ("DET", "ADJ", "NUM") or before.tag_ == "PRP$")

    @staticmethod
    def _adjective(doc: Doc, quote: Quote) -> bool:
        """Are the quoted words an adjective (a judgement: "thorough", "precautionary"), not a noun or a participle
        used as a label ("trophy", "liberated")?"""
        inside = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        return inside is not None and any(t.pos_ == "ADJ" for t in inside) and not any(
            t.pos_ in ("NOUN", "PROPN", "VERB") for t in inside)

    @staticmethod
    def _tag_follows(after: str) -> bool:
        return bool(re.match(r"[,:]\s*(?:\w+\s+){0,4}?(?:said|says|wrote|writes|added|told|stated|noted)\b", after))

    @staticmethod
    def _names_something(doc: Doc, quote: Quote) -> bool:
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        return span is not None and any(t.pos_ == "PROPN" for t in span)


# At most this many words between a quotation and the verb of its closing tag ("the officer replied").
TAG_WORDS = 4


def _closing_tag(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc.text[start:end]`` a speech tag closing the sentence: a few words, a verb, a stop ("the man
    replied.", "replied Anna Ruiz.")?"""
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span if not t.is_punct] if span is not None else []
    verbs = [k for k, t in enumerate(words) if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")]
    return bool(words) and bool(verbs) and verbs[0] <= TAG_WORDS and len(words) - verbs[0] <= TAG_WORDS


def _without_overlaps(hedges: list[Hedge]) -> list[Hedge]:
    """Keep the longest of overlapping markers ("may have been" over "may have"), in text order."""
    kept: list[Hedge] = []
    for hedge in sorted(hedges, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hedge.start < kept[-1].end:
            continue
        kept.append(hedge)
    return kept


def _not_done(verb: Token) -> bool:
    """Is the verb negated, or its subject nobody ("No group has claimed", "neither claimed nor denied")?"""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(t.lower_ == "neither" for t in verb.doc[max(verb.sent.start, verb.i - 2):verb.i]):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ in ("nobody", "none", "noone") or (
        subject.lower_ == "one" and subject.i > 0 and verb.doc[subject.i - 1].lower_ == "no") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children))


def _before_noun(token: Token) -> bool:
    """Does a participle stand right before the noun it qualifies ("purported notice", "alleged victims")?"""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ in ("VBN", "VBD", "JJ") and following is not None and following.pos_ == "NOUN" \
        and following.head.i == token.i or (following is not None and following.pos_ == "NOUN"
                                              and following.dep_ in ("dobj", "pobj", "nsubj", "compound")
                                              and token.dep_ in ("dep", "amod", "compound"))


def _infinitive_after(token: Token) -> bool:
    """Does an infinitive hang on a word the tagger read as a noun ("The video purports to show ..."): a verb?"""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and any(
        c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)
