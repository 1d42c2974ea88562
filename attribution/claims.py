"""Claims: give every sentence its sources, attribution and cue, carrying sources over where the report goes on."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .cues import CueFinder, CueMatch
from .doctext import doc_text
from .hedges import HedgeFinder
from .models import AttributionKind, Claim, Cue, Hedge, Source
from .names import normalize
from .quotes import Quote
from .rules import DiscourseRules
from .sentences import Sentence
from .sources import ArticleState, SourceResolver

DETAIL_ENTITIES = {"CARDINAL", "ORDINAL", "QUANTITY", "TIME", "DATE", "PERCENT", "MONEY"}
BACK_REFERENCES = {"this", "that", "it", "so"}
EMBEDDING_DEPS = {"ccomp", "xcomp", "relcl", "acl", "pcomp", "csubj"}
_ALSO = re.compile(r"\b(?:also|as well|too)\b", re.IGNORECASE)
_OPENER = re.compile(r"[\"'“‘«„(\[]*([\w'’-]+(?:[ ,]+[\w'’-]+){0,3})")


@dataclass
class _Draft:
    sentence: Sentence
    sources: list[Source] = field(default_factory=list)
    attribution: AttributionKind = "none"
    cue: Cue | None = None
    hedges: list[Hedge] = field(default_factory=list)

    def claim(self, text: str) -> Claim:
        s = self.sentence
        return Claim(text=text[s.start:s.end], start=s.start, end=s.end, sources=self.sources,
                     attribution=self.attribution, cue=self.cue, hedges=self.hedges)


class ClaimBuilder:
    """Assemble claims sentence by sentence; the rules of carry-over are written down in docs/carry-over.md."""

    def __init__(self, cues: CueFinder, hedges: HedgeFinder, resolver: SourceResolver, rules: DiscourseRules) -> None:
        self.cues = cues
        self.hedges = hedges
        self.resolver = resolver
        self.rules = rules
        self._continuations = sorted(rules.continuation_openers, key=len, reverse=True)
        self._background_openers = sorted(rules.background_openers, key=len, reverse=True)
        self._background = [re.compile(p, re.IGNORECASE) for p in rules.background_patterns]

    def build(self, doc: Doc, sentences: list[Sentence], quotes: list[Quote],
              brands: tuple[str, ...] = ()) -> list[Claim]:
        """Claims for the sentences; ``brands`` are the outlet's own names, which are never a source."""
        text = doc_text(doc)
        state = self.resolver.start_article()
        drafts = [_Draft(s) for s in sentences]
        own_names = {normalize(name) for name in brands} - {""}
        # Each sentence looks only at the quotations that reach into it: no sentence scans them all.
        near = _quotes_by_sentence(doc, sentences, quotes)
        found = [self.cues.find(doc, s.start, s.end, near[k]) for k, s in enumerate(sentences)]
        mains = [self._main(cues) for cues in found]
        speech_from = [m.end if m is not None and m.kind == "verb" and m.heads else None for m in mains]
        holders = _holding_sentence(sentences, quotes)
        speech = {id(q) for q, k in zip(quotes, holders) if k is None or not self.hedges.is_scare_quote(
            doc, q, sentences[k].start, sentences[k].end, speech_from[k])}
        carried: list[Source] = []
        carried_block = -1
        quote_speakers: dict[int, list[Source]] = {}
        entities = _entities_by_sentence(doc, sentences)
        for index, draft in enumerate(drafts):
            sentence = draft.sentence
            if index:
                state.observe(doc, entities[index - 1], own_names)
            draft.hedges = self.hedges.find(doc, sentence.start, sentence.end, near[index], speech_from[index])
            in_quotes = [q for q in near[index]
                         if id(q) in speech and q.inner_start < sentence.end and q.inner_end > sentence.start]
            cues, main = found[index], mains[index]
            sources = (self._sources(doc, state, main, cues)
                       if main is not None and main.kind in ("verb", "according_to", "evidence") else [])
            if sources and own_names:
                others = [s for s in sources if not {normalize(s.name), normalize(s.mention)} & own_names]
                if not others:
                    # "As Espreso reported earlier": the outlet recalling its own reporting.
                    carried, carried_block = [], -1
                    continue
                sources = others
            if sources and main is not None:
                draft.sources, draft.cue = sources, _cue(text, main)
                draft.attribution = "direct_quote" if in_quotes else _kind(main)
            if sentence.block.role != "body":
                # Titles and headings may attribute, but a report never carries over from them.
                carried, carried_block = [], -1
                continue
            if sources and main is not None:
                for quote in in_quotes:
                    quote_speakers[quote.start] = sources
                    self._backfill(drafts, index, quote, sources)
                if index and _points_back(main) and _unattributed(drafts[index - 1], sentence):
                    # "This was reported by X": the sentence before is X's report.
                    drafts[index - 1].sources, drafts[index - 1].attribution = list(sources), "implicit"
                carried, carried_block = sources, sentence.block.paragraph
                continue
            speaker = next((quote_speakers[q.start] for q in in_quotes if q.start in quote_speakers), None)
            if speaker is None and in_quotes and carried and not self._opens_background(text, sentence):
                speaker = carried
            if speaker is not None:
                draft.sources, draft.attribution = list(speaker), "direct_quote"
                for quote in in_quotes:
                    quote_speakers.setdefault(quote.start, speaker)
                carried, carried_block = speaker, sentence.block.paragraph
                continue
            if main is not None and main.kind == "agentless":
                draft.cue = _cue(text, main)
                if carried:
                    draft.sources, draft.attribution = list(carried), "implicit"
                    carried_block = sentence.block.paragraph
                continue
            if any(h.kind == "evidential" for h in draft.hedges) or (main is not None and main.kind == "silence"):
                # "The claim could not be independently verified": the outlet speaks about the report.
                carried, carried_block = [], -1
            elif carried and self._continues(text, sentence, carried_block, _bare(doc, sentence, entities[index])) \
                    and not _narrates(doc, sentence, carried) and not _outlet_speaks(doc, sentence):
                draft.sources, draft.attribution = list(carried), "implicit"
                carried_block = sentence.block.paragraph
            else:
                carried, carried_block = [], -1
        return [draft.claim(text) for draft in drafts]

    @staticmethod
    def _main(cues: list[CueMatch]) -> CueMatch | None:
        if not cues:
            return None
        verbs = [c for c in cues if c.kind in ("verb", "evidence")]
        if verbs and min(c.depth for c in verbs) == 0:
            return min(verbs, key=lambda c: c.depth)
        according = [c for c in cues if c.kind == "according_to"]
        if according:
            return according[0]
        return min(cues, key=lambda c: (c.kind == "silence", c.kind == "agentless", c.depth, c.start))

    def _sources(self, doc: Doc, state: ArticleState, main: CueMatch, cues: list[CueMatch]) -> list[Source]:
        """The main cue's sources, then those of cues beside it (nested "citing X"), never of embedded reports."""
        chosen = [main] + [c for c in cues if c is not main and c.kind in ("verb", "according_to", "evidence")
                           and not _embedded(c, main)]
        sources: list[Source] = []
        for cue in chosen:
            heads = [token for cue_head in cue.heads for token in self.resolver.expand(cue_head)]
            mentions = [m for m in (self.resolver.mention(doc, head) for head in heads) if m is not None]
            offices = [m for m in mentions if self.resolver.title_only(m)]
            for mention in mentions:
                if mention in offices and len(offices) < len(mentions):
                    continue  # "First Deputy Prime Minister and Minister of Economy Yulia Svyrydenko": one person
                source = state.resolve(mention)
                if source is not None and all(s.id != source.id for s in sources):
                    sources.append(source)
        return sources

    @staticmethod
    def _backfill(drafts: list[_Draft], index: int, quote: Quote, sources: list[Source]) -> None:
        """Sentences of a quote whose speech tag comes after them belong to that speaker."""
        for earlier in reversed(drafts[:index]):
            s = earlier.sentence
            if s.end <= quote.inner_start:
                break
            if not earlier.sources:
                earlier.sources, earlier.attribution = list(sources), "direct_quote"

    def _opener(self, text: str, sentence: Sentence) -> str:
        match = _OPENER.match(text, sentence.start, sentence.end)
        return " ".join(re.split(r"[ ,]+", match.group(1).lower())) if match else ""

    def _opens_background(self, text: str, sentence: Sentence) -> bool:
        opener = self._opener(text, sentence)
        if any(opener == o or opener.startswith(o + " ") for o in self._background_openers):
            return True
        body = text[sentence.start:sentence.end]
        return any(p.search(body) for p in self._background)

    def _continues(self, text: str, sentence: Sentence, carried_block: int, bare: bool) -> bool:
        """Carry-over goes on within the paragraph of the report, or into the next one when tied to it."""
        if self._opens_background(text, sentence):
            return False
        if sentence.block.paragraph == carried_block:
            return True
        if sentence.block.paragraph != carried_block + 1:
            return False
        opener = self._opener(text, sentence)
        if any(opener == o or opener.startswith(o + " ") for o in self._continuations):
            return True
        # "also" adds to the report before it ("The attack also destroyed houses").
        if _ALSO.search(text, sentence.start, sentence.end):
            return True
        # A paragraph of bare details right after the report ("Nine more residents were injured.") is
        # still that report; one that brings in people, bodies or places of its own is not.
        return bare


def _embedded(cue: CueMatch, main: CueMatch) -> bool:
    """Is the cue part of what the main cue reports ("X said that Y claimed ...")?"""
    token, crossed = cue.token, False
    while token.i != main.token.i:
        crossed = crossed or token.dep_ in EMBEDDING_DEPS
        if token.head.i == token.i:
            return False  # the main cue is not above it: a report beside the main one
        token = token.head
    return crossed


def _bare(doc: Doc, sentence: Sentence, entities: list[Span]) -> bool:
    """Does the sentence name no one and nowhere: no proper noun, no entity but numbers and times?"""
    if any(e.label_ not in DETAIL_ENTITIES for e in entities):
        return False
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ == "PROPN" for t in span)


def _outlet_speaks(doc: Doc, sentence: Sentence) -> bool:
    """Does the outlet speak as "we" ("Thank you for following our coverage")?"""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span is not None and any(t.lower_ in ("we", "us", "our", "ours") for t in span)


def _narrates(doc: Doc, sentence: Sentence, sources: list[Source]) -> bool:
    """Is the sentence the outlet telling what the source did ("Lavrov made the remarks in Minsk") or
    did not do ("It did not name the facilities"), rather than more of what the source said?"""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    owner = next((t for t in subject.children if t.dep_ == "poss"), None)
    refers_back = subject.lower_ in ("he", "she", "it", "they") or (owner is not None and owner.lower_ in (
        "his", "her", "its", "their"))
    negated = any(t.dep_ == "neg" for t in root.children) or any(
        t.dep_ == "dobj" and any(d.lower_ == "no" for d in t.children) for t in root.children)
    if refers_back and negated:
        return True  # "It did not name the facilities.", "Its report made no mention of the building."
    if subject.pos_ != "PROPN":
        return False
    words = {normalize(subject.text)} | {normalize(t.text) for t in subject.subtree if t.pos_ == "PROPN"}
    for source in sources:
        names = {normalize(source.name), normalize(source.mention), *normalize(source.name).split()}
        if words & names:
            return True
    return False


def _entities_by_sentence(doc: Doc, sentences: list[Sentence]) -> list[list[Span]]:
    """The named entities inside each sentence, in one pass over both lists."""
    grouped: list[list[Span]] = [[] for _ in sentences]
    entities, k = list(doc.ents), 0
    for index, sentence in enumerate(sentences):
        while k < len(entities) and entities[k].start_char < sentence.start:
            k += 1
        j = k
        while j < len(entities) and entities[j].end_char <= sentence.end:
            grouped[index].append(entities[j])
            j += 1
    return grouped


def _points_back(cue: CueMatch) -> bool:
    """Does the cue report "this" or "it", the content of the sentence before ("X reported this")?"""
    if cue.kind != "verb":
        return False
    for child in cue.token.children:
        if child.dep_ in ("nsubjpass", "dobj") and child.lower_ in BACK_REFERENCES:
            return True
        if child.dep_ == "prep" and child.lower_ in ("about", "on", "of") and any(
                g.dep_ == "pobj" and g.lower_ in BACK_REFERENCES for g in child.children):
            return True
    return False


def _unattributed(previous: _Draft, sentence: Sentence) -> bool:
    return (previous.attribution == "none" and previous.cue is None and previous.sentence.block.role == "body"
            and sentence.block.paragraph - previous.sentence.block.paragraph <= 1)


def _kind(cue: CueMatch) -> AttributionKind:
    return "according_to" if cue.kind in ("according_to", "evidence") else "indirect"


def _cue(text: str, cue: CueMatch) -> Cue:
    return Cue(text=text[cue.start:cue.end], start=cue.start, end=cue.end)


def _quotes_by_sentence(doc: Doc, sentences: list[Sentence], quotes: list[Quote]) -> list[list[Quote]]:
    """For each sentence, in order, the quotations whose words reach into it or into the tokens it touches."""
    starts = [q.start for q in quotes]
    if any(a > b for a, b in zip(starts, starts[1:])):  # not in text order: every sentence gets them all
        return [quotes] * len(sentences)
    reach = max((q.end - q.start for q in quotes), default=0)
    near = []
    for sentence in sentences:
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        low = min(sentence.start, span.start_char) if span is not None else sentence.start
        high = max(sentence.end, span.end_char) if span is not None else sentence.end
        # A quotation that reaches in starts before ``high`` and at most ``reach`` characters before ``low``.
        first, last = bisect_left(starts, low - reach), bisect_left(starts, high)
        near.append([q for q in quotes[first:last] if q.inner_start < high and q.inner_end > low])
    return near


def _holding_sentence(sentences: list[Sentence], quotes: list[Quote]) -> list[int | None]:
    """For each quotation, the index of the first sentence that holds it whole, or None."""
    if any(a.end > b.start for a, b in zip(sentences, sentences[1:])):  # overlapping or out of order
        return [next((k for k, s in enumerate(sentences) if s.start <= q.start and q.end <= s.end), None)
                for q in quotes]
    starts = [s.start for s in sentences]
    holders: list[int | None] = []
    for quote in quotes:
        # Sentences are disjoint and in order: only the last one starting at or before the quote can hold it.
        k = bisect_right(starts, quote.start) - 1
        holders.append(k if k >= 0 and quote.end <= sentences[k].end else None)
    return holders
