"""Carry-over: named rules that decide whether a sentence without a cue of its own goes on with the last report."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from .models import Source
from .names import normalize
from .rules import DiscourseRules
from .sentences import Sentence

# Entities that are details of a report (numbers, times), not new people, bodies or places.
DETAIL_ENTITIES = {"CARDINAL", "ORDINAL", "QUANTITY", "TIME", "DATE", "PERCENT", "MONEY"}
_ALSO = re.compile(r"\b(?:also|as well(?! as\b)|too)\b", re.IGNORECASE)  # "as well as" joins, it does not add
# "Lypetska community: ..." or "In Vovchansk district, ...": a place's name and its unit opening the paragraph
_PLACE_ITEM = re.compile(r"(?:In |On |Near )?(?:the )?(?:[A-Z][\w'’-]*\s+){1,3}(?P<unit>[a-z]+)\s*[:,]")
_OPENER = re.compile(r"[\"'“‘«„(\[]*([\w'’-]+(?:[ ,]+[\w'’-]+){0,3})")


@dataclass
class CarryState:
    """The report that later sentences may go on with: its sources, its paragraph, the claim it was made in."""

    sources: list[Source] = field(default_factory=list)
    paragraph: int = -1
    origin: int | None = None
    label: bool = False  # the report is a "Source: X" label's: it runs to the next heading or new source
    # "Johnson said:" closing its paragraph: the next paragraph is his words, quoted without marks.
    block_quote: int | None = None
    quoted: bool = False  # the report is a quotation: the next paragraph's unquoted words are the outlet's again

    def start(self, sources: list[Source], paragraph: int, origin: int | None, label: bool = False,
              quoted: bool = False) -> None:
        """A sentence attributed the report: later sentences may carry it. A label's source speaking again (its
        quotation under "Source: X") keeps the label's reach over the whole item."""
        same = self.label and {s.id for s in sources} == {s.id for s in self.sources}
        self.sources, self.paragraph, self.origin, self.label = list(sources), paragraph, origin, label or same
        self.block_quote = None
        self.quoted = quoted

    def extend(self, paragraph: int) -> None:
        """A sentence carried the report: the next paragraph is measured from this one."""
        self.paragraph = paragraph

    def end(self) -> None:
        """A new voice, a heading or the outlet's own words: nothing is carried any more."""
        self.sources, self.paragraph, self.origin, self.label = [], -1, None, False
        self.block_quote = None
        self.quoted = False

    @property
    def active(self) -> bool:
        return bool(self.sources)


@dataclass(frozen=True)
class Context:
    """What the carry-over rules look at for one sentence."""

    doc: Doc
    text: str
    sentence: Sentence
    entities: list[Span]

    @cached_property
    def span(self) -> Span | None:
        """The sentence's tokens, found once for all the rules that look at them."""
        return self.doc.char_span(self.sentence.start, self.sentence.end, alignment_mode="expand")


# After a quotation, a next paragraph goes on with it only when its words tie it to it ("In addition", "also"): a
# paragraph of bare details is the outlet narrating again ('"We got them out," the chief said.' / 'The blaze began
# in the unit below.').
AFTER_QUOTES_ONLY_OPENERS = ("carry.bare_details",)


class CarryRules:
    """The carry-over rules of ``data/discourse.yaml`` (openers, background) as named, separately tested steps.

    ``continues`` asks, in order: does the sentence open the outlet's background (ends the report)? is it in
    the report's paragraph (``carry.same_paragraph``)? in the next paragraph, does it open with a continuation
    word (``carry.continuation_opener``), add with "also" (``carry.also``) or give bare details
    (``carry.bare_details``)? And it stops where the outlet narrates what the source did or speaks as "we".
    """

    def __init__(self, rules: DiscourseRules, publishing_verbs: frozenset[str] = frozenset(),
                 is_office: Callable[[str], bool] = lambda word: False,
                 is_body: Callable[[str], bool] = lambda word: False,
                 utterance_nouns: frozenset[str] = frozenset()) -> None:
        """``publishing_verbs``: the verbs with which the outlet tells that someone put out a document of their own
        (``publishing_verbs`` of ``data/cues.yaml``); ``is_office``: is a word an office ("spokesman")?;
        ``is_body``: is a word what a company or another organisation is called ("firm", "lender")?;
        ``utterance_nouns``: nouns of a source's words ("post", "statement"; ``utterance_nouns`` of the cues)."""
        self.publishing_verbs = publishing_verbs
        self.utterance_nouns = utterance_nouns
        self.is_office = is_office
        self.is_body = is_body
        self.continuations = sorted(rules.continuation_openers, key=len, reverse=True)
        self.background_openers = sorted(rules.background_openers, key=len, reverse=True)
        self.background = [re.compile(p, re.IGNORECASE) for p in rules.background_patterns]
        self.place_units = frozenset(rules.place_units)
        self.market_nouns = frozenset(rules.market_nouns)
        self.next_paragraph: list[tuple[str, Callable[[Context], bool]]] = [
            ("carry.continuation_opener", self.opens_with_continuation),
            ("carry.also", self.adds_with_also),
            ("carry.bare_details", self.gives_bare_details),
            ("carry.place_item", self.gives_place_item),
        ]

    def continues(self, context: Context, state: CarryState) -> str | None:
        """The id of the rule by which the sentence goes on with the carried report, or None where it ends."""
        if not state.active or self.opens_background(context):
            return None
        paragraph = context.sentence.block.paragraph
        rule = None
        if state.label:
            rule = "carry.label"  # a label credits the whole item, paragraph after paragraph
        elif paragraph == state.paragraph:
            rule = "carry.same_paragraph"
        elif paragraph == state.paragraph + 1:
            rule = next((name for name, test in self.next_paragraph
                         if not (state.quoted and name in AFTER_QUOTES_ONLY_OPENERS) and test(context)), None)
        if rule is None or (not state.label and (narrates(context, state.sources, self.publishing_verbs)
                                                 or self.brings_in_office_holder(context, state.sources))) \
                or outlet_speaks(context) or self.reports_market(context) \
                or self.describes_body(context, state.sources) or self.describes_utterance(context):
            return None
        return rule

    def describes_body(self, context: Context, sources: list[Source]) -> bool:
        """Is the sentence the outlet describing the body whose report it carries, in the present ("The firm sells
        frozen meals in 30 countries.", "Brightwell employs 4,000 people.")? Background, not more of the report."""
        if not sources or any(s.kind in ("person", "official") for s in sources):
            return False
        span = context.span
        if span is None:
            return False
        root = span.root
        subject = next((t for t in root.children if t.dep_ == "nsubj"), None)
        if subject is None or root.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg")
                                                                     for c in root.children):
            return False
        described = {normalize(s.name) for s in sources} | {normalize(s.mention) for s in sources}
        determiner = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        return (determiner and self.is_body(subject.lower_)) or normalize(" ".join(
            t.text for t in subject.subtree)) in described

    def describes_utterance(self, context: Context) -> bool:
        """Is the sentence's subject someone's post or statement ("The user's post came with pictures", "His statement
        ran to four pages")? The outlet describing the words, not more of them."""
        span = context.span
        subject = next((t for t in span.root.children if t.dep_ == "nsubj"), None) if span is not None else None
        return subject is not None and subject.lemma_.lower() in self.utterance_nouns \
            and any(c.dep_ == "poss" for c in subject.children)

    def reports_market(self, context: Context) -> bool:
        """Is the sentence's subject the company's shares ("Shares in Norvale were down 6%", "Its stock closed 4%
        lower")? The outlet's market report, not more of what the company said."""
        span = context.span
        subject = next((t for t in span.root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if span else None
        if subject is None or subject.pos_ != "NOUN":
            return False
        compound = " ".join(t.lower_ for t in subject.children if t.dep_ == "compound" and t.i < subject.i)
        return subject.lower_ in self.market_nouns or f"{compound} {subject.lower_}".strip() in self.market_nouns

    def brings_in_office_holder(self, context: Context, sources: list[Source]) -> bool:
        """Is the sentence's subject someone else named with an office ("Kremlin spokesman Dmitry Peskov
        disagreed.")? A new voice: the outlet tells what they did, not more of the report."""
        span = context.span
        subject = next((t for t in span.root.children if t.dep_ == "nsubj"), None) if span is not None else None
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
            return False
        if not any(self.is_office(t.lower_) for t in subject.subtree if t.i < subject.i):
            return False
        carried = {w for s in sources for w in normalize(s.name).split() + normalize(s.mention).split()}
        return normalize(subject.text) not in carried

    # --- the rules -----------------------------------------------------------------------------------
    def opener(self, context: Context) -> str:
        """The sentence's first words, lower case, without opening quotes."""
        match = _OPENER.match(context.text, context.sentence.start, context.sentence.end)
        return " ".join(re.split(r"[ ,]+", match.group(1).lower())) if match else ""

    def opens_background(self, context: Context) -> bool:
        """"Recall that ...", "Earlier, ...", dated background: the outlet's own voice ends the report."""
        opener = self.opener(context)
        if any(opener == o or opener.startswith(o + " ") for o in self.background_openers):
            return True
        body = context.text[context.sentence.start:context.sentence.end]
        return any(p.search(body) for p in self.background)

    def opens_with_continuation(self, context: Context) -> bool:
        """"In addition, ...", "Also, ...": a next paragraph tied to the report by its first words."""
        opener = self.opener(context)
        words = context.text[context.sentence.start:context.sentence.end].lstrip("\"“‘«'( ").split()
        if len(words) > 1 and words[0].lower() in ("this", "these") and words[1][:1].isupper():
            return False  # "This Morning regular Ann Pike added ...": the start of a name, not "this" of the report
        return any(opener == o or opener.startswith(o + " ") for o in self.continuations)

    @staticmethod
    def adds_with_also(context: Context) -> bool:
        """"The attack also destroyed houses": "also" adds to the report before it; "Russia also shelled Kharkiv"
        tells what an actor named as its subject did, in the outlet's own words."""
        if not _ALSO.search(context.text, context.sentence.start, context.sentence.end):
            return False
        span = context.span
        subject = next((t for t in span.root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if span else None
        return subject is None or subject.pos_ != "PROPN"

    def gives_place_item(self, context: Context) -> bool:
        """A paragraph that is one place of the report ("Lypetska community: mortar shelling (12 explosions).",
        "In Vovchansk district, artillery hit a farm.") goes on with it; people or bodies of its own end it."""
        match = _PLACE_ITEM.match(context.text, context.sentence.start, context.sentence.end)
        if match is None or match.group("unit").lower() not in self.place_units:
            return False
        # (the place's own name is no one of its own, whatever the entity recogniser takes it for: "Romny" as an ORG)
        return not any(e.label_ in ("PERSON", "ORG", "NORP") and e.start_char >= match.end("unit")
                       for e in context.entities)

    @staticmethod
    def gives_bare_details(context: Context) -> bool:
        """A paragraph of bare details right after the report ("Nine more residents were injured.") is still
        that report; one that brings in people, bodies or places of its own is not."""
        span = context.span
        if span is None:
            return False
        subject = next((t for t in span.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        for entity in context.entities:
            # A nationality qualifying a thing ("31,000 cubic meters of russian fuel") names no one new; one
            # qualifying the subject ("Russian propaganda has presented ...") brings in an actor of its own.
            if entity.label_ == "NORP" and subject is not None and subject.i not in (entity.root.i, entity.root.head.i):
                continue
            if entity.label_ not in DETAIL_ENTITIES:
                return False
        return not any(t.pos_ == "PROPN" for t in span)


def outlet_speaks(context: Context) -> bool:
    """Does the outlet speak as "we" ("Thank you for following our coverage")?"""
    span = context.span
    return span is not None and any(t.lower_ in ("we", "us", "our", "ours") and t.text != "US" for t in span)


def narrates(context: Context, sources: list[Source], publishing_verbs: frozenset[str] = frozenset()) -> bool:
    """Is the sentence the outlet telling what the source did ("Lavrov made the remarks in Minsk") or did not
    do ("It did not name the facilities"), rather than more of what the source said?"""
    span = context.span
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
    if root.lemma_.lower() in publishing_verbs and not refers_back and subject.lower_ not in ("it", "they", "he", "she") \
            and any(t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in subject.subtree):
        carried = {normalize(s.name) for s in sources}
        if not any(normalize(t.text) in carried for t in subject.subtree):
            return True  # "A UN monitoring mission published its own tally on Friday.": someone else's act, told
    if subject.pos_ != "PROPN":
        return False
    words = {normalize(subject.text)} | {normalize(t.text) for t in subject.subtree if t.pos_ == "PROPN"}
    for source in sources:
        names = {normalize(source.name), normalize(source.mention), *normalize(source.name).split()}
        if words & names:
            return True
    return False

