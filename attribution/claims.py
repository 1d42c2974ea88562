"""Claims: give every sentence its sources, attribution and cue, carrying sources over where the report goes on."""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .carryover import CarryRules, CarryState, Context
from .cues import RELAY_PREPOSITIONS, SHORT_QUOTE_WORDS, CueFinder, CueMatch, pointer_phrase
from .doctext import doc_text
from .hedges import HedgeFinder
from .interviews import SPEAKING_KINDS, credit_answers, credit_turns
from .literals import GatedPattern
from .models import AttributionKind, Claim, Cue, Hedge, Source
from .names import normalize
from .quotes import QUOTE_MARKS, Quote
from .rules import DiscourseRules, default_page, entry_id
from .sentences import Sentence
from .sources import (BODY_KINDS, CONTRASTS, DESCRIBED_KINDS, GROUP_PRONOUNS, ArticleState, Mention, SourceResolver,
                      conjuncts)

BACK_REFERENCES = {"this", "that", "it", "so"}
# "..., according to reports", "according to media reports": news reports, which pass on the speaker's words
# ("according to preliminary reports" qualifies a figure instead)
_NEWS_REPORTS = frozenset({"report", "reports"})
EMBEDDING_DEPS = {"ccomp", "xcomp", "relcl", "acl", "pcomp", "csubj"}
# A line that signs the quotation above it: a dash, then who spoke ("—Russian President Vladimir Putin").
SIGNATURE = re.compile(r"[—–―-]{1,2}\s*(?P<name>[^\W\d_][^\n.!?]{1,118})")
SIGNATURE_WORDS = 15
# A paragraph opened by who speaks and a colon, then the quotation: 'Kubiak: “...”', 'Kubiak on the hit: “...”'.
_SPEAKER_LABEL = re.compile(r"\s*(?P<name>[^\W\d_][^:\n]{0,60}?)(?:\s+on\s+[^:\n]{1,100})?:\s*[\"“«„]")
SPEAKER_LABEL_WORDS = 5
# Kinds of source that "it" can stand for, by what the article calls them ("local outlet Sarnovosti").
SPEAKING_BODIES = ("government", "organization", "military", "media")
# Words that open a topic label over an answer ("On Maurice McNeil:", "About the injury:"), never a speaker's name.
TOPIC_WORDS = frozenset({"on", "about", "regarding", "re", "concerning"})
# A line that holds only a speaker's name and a colon, over the quotation the speaker says.
# Speech without quotation marks closed by a comma, a dash and an inverted tag, as English editions of Ukrainian and
# Russian outlets print it: "This is the highest figure in a decade, — stressed the Canadian envoy."
_DASH_TAG = re.compile(r"(?:,\s*[—–]|[.!?…]\s*[-—–])\s+(?P<verb>[a-z]+)\s+(?P<speaker>[^.!?]{2,80}?)[.!?]?\s*$")
_SPEAKER_LINE = re.compile(r"(?P<name>[^\W\d_][^:\n]{0,60}?)\s*:\s*")
# A signature after the quotation on its own line: '"...." Maren Holt (BT Sport)', '"...." — Kevin Marsh'; the
# outlet in brackets is where the words were said.
TRAILING_SIGNATURE = re.compile(r"\s*(?:[—–―-]{1,2}\s*)?(?P<name>[^\W\d_][^\n.!?()\"“”«»]{0,80}?)"
                                r"\s*(?:\((?P<outlet>[^()\n]{2,60})\))?\s*(?P<stop>\.)?\s*")
# A paragraph of a round-up credited after its last stop to the reporter who had it: "... six weeks. (Adam Schefter,
# ESPN)"
BRACKET_CREDIT = re.compile(r"(?<=[.!?”\"])\s*\((?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),\s*"
                            r"(?P<outlet>[A-Z][^()\n,]{1,40})\)\s*$")
# Captions and photo credits may stand between a quotation and its signature line; more means another story.
SIGNATURE_GAP = 3


@dataclass
class ClaimDraft:
    sentence: Sentence
    sources: list[Source] = field(default_factory=list)
    attribution: AttributionKind = "none"
    cue: Cue | None = None
    hedges: list[Hedge] = field(default_factory=list)
    carried_from: int | None = None
    rules: list[str] = field(default_factory=list)
    # The lexicon entries behind the decisions ("cues.reporting_verbs:say"), reported after the rules.
    entries: list[str] = field(default_factory=list)

    def claim(self, text: str) -> Claim:
        s = self.sentence
        rules = list(dict.fromkeys(self.rules + [f"hedge.{h.kind}" for h in self.hedges] + self.entries))
        return Claim(text=text[s.start:s.end], start=s.start, end=s.end, sources=self.sources,
                     attribution=self.attribution, cue=self.cue, hedges=self.hedges,
                     carried_from=self.carried_from if self.attribution == "implicit" else None, rules=rules)

    def take(self, sources: list[Source], attribution: AttributionKind, rule: str,
             carried_from: int | None = None) -> None:
        """Give the sentence these sources, saying which rule did."""
        self.sources, self.attribution = list(sources), attribution
        self.carried_from = carried_from
        self.rules = [r for r in self.rules if not r.startswith(("carry.", "quote."))] + [rule]


class ClaimBuilder:
    """Assemble claims sentence by sentence: cues, quotations and chains here, carry-over in ``carryover``."""

    def __init__(self, cues: CueFinder, hedges: HedgeFinder, resolver: SourceResolver, rules: DiscourseRules,
                 label_lines: tuple[str, ...] | None = None) -> None:
        """``label_lines``: the patterns of "Source: X" label lines (default: those of ``data/page.yaml``)."""
        self.cues = cues
        self.hedges = hedges
        self.resolver = resolver
        self.rules = rules
        self.carry = CarryRules(rules, cues.publishing_verbs, resolver.is_office, resolver.is_body,
                                cues.utterance_nouns)
        self._silences = [(name, GatedPattern(p, re.IGNORECASE)) for name, p in cues.rules.silence_patterns.items()]
        self._unknowns = [(name, GatedPattern(p, re.IGNORECASE)) for name, p in cues.rules.unknown_patterns.items()]
        labels = default_page().label_lines if label_lines is None else label_lines
        self.section_labels = frozenset(default_page().section_labels)
        self.photo_agencies = frozenset(default_page().photo_agencies)
        self.layout_label = re.compile("|".join(f"(?:{p})" for p in labels), re.IGNORECASE) if labels else None
        # What a speaker puts out ("statement", "address"): a label naming one names its owner
        self._utterance_words = cues.utterance_nouns | cues.speech_events
        self._briefings = frozenset(cues.rules.briefing_nouns)

    def build(self, doc: Doc, sentences: list[Sentence], quotes: list[Quote],
              brands: tuple[str, ...] = ()) -> list[Claim]:
        """Claims for the sentences; ``brands`` are the outlet's own names, which are never a source."""
        text = doc_text(doc)
        state = self.resolver.start_article(doc)
        drafts = [ClaimDraft(s) for s in sentences]
        own_names = {normalize(name) for name in brands} - {""}
        # Each sentence looks only at the quotations that reach into it: no sentence scans them all.
        near = _quotes_by_sentence(doc, sentences, quotes)
        found = [self._reasons_cited(self.cues.find(doc, s.start, s.end, near[k])) for k, s in enumerate(sentences)]
        closings = [self._closing_report(doc, s, cues) for s, cues in zip(sentences, found)]
        mains = [closing or self._main(cues) for closing, cues in zip(closings, found)]
        # Where what a named speaker said begins, after the reporting verb; and where a tag closing the sentence
        # begins, what was said coming before it ('Bukavu "has not fully fallen", the government said.').
        speech_from = [m.end if m is not None and m.kind == "verb" and m.heads else None for m in mains]
        speech_until = [m.start if m is not None and m.kind == "verb" and m.heads and (
                            m is closing or _closes_sentence(doc, s, m)) else None
                        for s, m, closing in zip(sentences, mains, closings)]
        holders = _holding_sentence(sentences, quotes)
        speech = {id(q) for q, k in zip(quotes, holders) if k is None or not self.hedges.is_scare_quote(
            doc, q, sentences[k].start, sentences[k].end, speech_from[k], speech_until[k])}
        carry = CarryState()
        introduced: tuple[list[Source], int] | None = None  # a speaker a sentence introduced with no words of theirs
        quote_speakers: dict[int, tuple[list[Source], int]] = {}
        entities = _entities_by_sentence(doc, sentences)
        for index, draft in enumerate(drafts):
            sentence = draft.sentence
            if index:
                # Names inside a quotation are the speaker's words, not the article's candidates for "he".
                quoted = [q for q in near[index - 1] if id(q) in speech]
                state.observe(doc, [e for e in entities[index - 1] if not any(
                    q.inner_start <= e.start_char < q.inner_end for q in quoted)], own_names)
                office = _office_subject(doc, drafts[index - 1].sentence, self.resolver)
                if office is not None and not any(q.inner_start <= office.idx < q.inner_end for q in quoted):
                    state.observe_subject(doc, office)
                if drafts[index - 1].attribution in ("indirect", "direct_quote"):
                    state.touch_speakers(drafts[index - 1].sources, text)
            if sentence.start > sentence.block.start and (not index or drafts[index - 1].sentence.block != sentence.block):
                # A dateline opens the item (a live page's entry under its time, "15:29- ..."; a wire's "KYIV
                # (Reuters) -"): no report runs on into it. The sentence starts after it, inside its block.
                carry.end()
            draft.hedges, draft.entries = self.hedges.find_with_entries(doc, sentence.start, sentence.end, near[index],
                                                                        speech_from[index], speech_until[index])
            in_quotes = [q for q in near[index]
                         if id(q) in speech and q.inner_start < sentence.end and q.inner_end > sentence.start]
            cues, main = found[index], mains[index]
            unreported = sentence.block.role == "body" and (main is None or main.kind != "verb")
            labelled = self._speaker_label(doc, state, sentence, in_quotes) if unreported else None
            rule = "quote.speaker_label"
            if not labelled and unreported and index:
                labelled = self._speaker_line_above(doc, state, drafts[index - 1], sentence, in_quotes)
                rule = "quote.speaker_line"
            if labelled:
                # 'Kubiak: “I turn on ESPN this morning ...”', or the name alone on the line above the quotation: the
                # name before the colon speaks the quotation.
                draft.take(labelled, "direct_quote", rule)
                for quote in in_quotes:
                    quote_speakers[quote.start] = (labelled, index)
                carry.start(labelled, sentence.block.paragraph, index, quoted=True)
                continue
            reported_silence = self._reported_silence(doc, text, main, in_quotes)
            if reported_silence is not None:
                # "A spokeswoman said she was unable to comment": what is reported is a silence.
                main = replace(main, kind="silence") if main is not None else main
                draft.entries.insert(0, entry_id("cues", "silence_patterns", reported_silence))
            sources, source_rules = (self._sources(doc, state, main, cues, closing=main is closings[index])
                                     if main is not None and main.kind in ("verb", "according_to", "evidence")
                                     else ([], []))
            if sources and own_names:
                others = [s for s in sources if not {normalize(s.name), normalize(s.mention)} & own_names]
                if not others:
                    # "As Espreso reported earlier": the outlet recalling its own reporting.
                    draft.rules.append("source.own_outlet")
                    carry.end()
                    continue
                sources = _without_dangling_via(others)
            if sources and main is not None and carry.active and carry.origin is not None \
                    and "chain.cited" in drafts[carry.origin].rules:
                kept = _chain_kept(sources, carry.sources)
                if kept != sources:
                    sources, source_rules = kept, [*source_rules, "chain.kept"]
            if sources and main is not None:
                draft.cue = _cue(text, main)
                self._cite_entry(draft, main)
                tagged_speech = any(_is_speech(doc, q, sentence) for q in in_quotes)
                draft.take(sources, "direct_quote" if tagged_speech else _kind(main),
                           "quote.tagged" if tagged_speech else f"cue.{main.kind}")
                draft.rules.extend(source_rules)
                if tagged_speech:
                    relayed = self._quoted_speakers(doc, state, in_quotes, sources)
                    if relayed:
                        draft.sources.extend(relayed)
                        draft.rules.append("chain.quoted_speaker")
                state.note_relays(draft.sources)
                self._note_issued(doc, sentence, draft.sources, state)
            if sentence.block.role == "label":
                labelled = self._label_sources(doc, state, sentence)
                if labelled:
                    draft.take(labelled, "according_to", "cue.label")
                    self._credit_lead(drafts, index, labelled)
                    carry.start(labelled, sentence.block.paragraph, index, label=True)
                else:
                    carry.end()
                continue
            if sentence.block.role != "body":
                # Titles and headings may attribute, but a report never carries over from them.
                carry.end()
                continue
            if sources and main is not None:
                for quote in in_quotes:
                    quote_speakers[quote.start] = (sources, index)
                    self._backfill(drafts, index, quote, sources)
                if index and _points_back(main, cues, self.cues.pointer_nouns) and _unattributed(drafts[index - 1], sentence):
                    # "This was reported by X": the sentence before is X's report, and so is the rest of its
                    # paragraph of bare details.
                    paragraph = drafts[index - 1].sentence.block.paragraph
                    earlier = index - 1
                    while earlier >= 0 and drafts[earlier].sentence.block.paragraph == paragraph \
                            and _unattributed(drafts[earlier], sentence):
                        drafts[earlier].take(sources, "implicit", "carry.points_back", index)
                        earlier -= 1
                carry.start(sources, sentence.block.paragraph, index, quoted=draft.attribution == "direct_quote"
                            and main.token.lemma_.lower() not in self.cues.posting_verbs)
                if main.kind == "verb" and main.token.lemma_.lower() not in self.cues.publishing_verbs \
                        and _opens_block_quote(text, drafts, index):
                    # (a document's content after "issued the following recommendations:" is no speech)
                    draft.attribution = "direct_quote"
                    draft.rules.append("quote.block")
                    carry.block_quote = drafts[index + 1].sentence.block.paragraph
                continue
            if carry.block_quote is not None and sentence.block.paragraph == carry.block_quote + 1 and not found[index] \
                    and _FIRST_PERSON.search(text, sentence.block.start, sentence.block.end):
                carry.block_quote += 1  # the post goes on in the speaker's own voice ("We will rebuild.")
            if carry.block_quote is not None and sentence.block.paragraph == carry.block_quote and not found[index]:
                draft.take(carry.sources, "direct_quote", "quote.block", carry.origin)
                continue
            context = Context(doc, text, sentence, entities[index])
            spoken = next((quote_speakers[q.start] for q in in_quotes if q.start in quote_speakers), None)
            rule = "quote.continues"
            if spoken is None and in_quotes and introduced is not None and introduced[1] == index - 1 \
                    and text[sentence.start:sentence.end].lstrip()[:1] in QUOTE_OPENERS:
                # "The fire chief was asked what happens next. “Crews will stay overnight.”": the one introduced
                spoken, rule = introduced, "quote.speaker_introduced"
            if spoken is None and in_quotes and carry.active and not self.carry.opens_background(context) \
                    and any(_is_speech(doc, q, sentence) for q in in_quotes):
                # a quoted word or name inside the outlet's sentence ('moved it to its "overweight" list') is no
                # new quotation of the speaker's
                spoken, rule = (carry.sources, carry.origin if carry.origin is not None else index), "quote.carried"
            if spoken is not None:
                speaker, spoken_at = spoken
                draft.take(speaker, "direct_quote", rule)
                for quote in in_quotes:
                    quote_speakers.setdefault(quote.start, (speaker, spoken_at))
                carry.start(speaker, sentence.block.paragraph, spoken_at, quoted=True)
                continue
            if main is not None and main.kind == "agentless":
                draft.cue = _cue(text, main)
                self._cite_entry(draft, main)
                if carry.active:
                    draft.take(carry.sources, "implicit", "carry.agentless", carry.origin)
                    carry.extend(sentence.block.paragraph)
                continue
            unknown = next((name for name, p in self._unknowns if p.search(text, sentence.start, sentence.end)),
                           None) if main is None else None
            if unknown is not None:
                # "It was not immediately clear what caused the crash": the outlet's own account of the story.
                draft.rules.append("carry.end.unknown")
                draft.entries.insert(0, entry_id("cues", "unknown_patterns", unknown))
                carry.end()
                continue
            silence = next((name for name, p in self._silences if p.search(text, sentence.start, sentence.end)),
                           None) if main is None else None
            silent = main is not None and main.kind == "silence" or silence is not None
            if silent or any(h.kind == "evidential" for h in draft.hedges):
                # "The claim could not be independently verified": the outlet speaks about the report.
                draft.rules.append("cue.silence" if silent else "carry.end.evidential")
                if main is not None and main.kind == "silence":
                    self._cite_entry(draft, main)
                    silent_body = next((c for c in main.token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
                    mention = self.resolver.mention(doc, silent_body) if silent_body is not None else None
                    if mention is not None and mention.pronoun is None and not mention.anonymous \
                            and self.resolver.kind_of(mention.head_lemma) in BODY_KINDS:
                        # "The navy did not respond to a request for comment. It said ...": the body asked, as one
                        # the article cites, is the likeliest "it" of the next sentence
                        state.resolve(mention)
                elif silence is not None:
                    draft.entries.insert(0, entry_id("cues", "silence_patterns", silence))
                carry.end()
                continue
            if not draft.sources and sentence.block.role == "body":
                subject = _speaker_introduced(doc, sentence, self._briefings)
                found_speaker = self._resolve(doc, state, (subject,)) if subject is not None else []
                introduced = (found_speaker, index) if found_speaker else introduced
            continued = self.carry.continues(context, carry)
            if continued:
                # The first sentence under a "Source:" label is the label's report itself, the rest go on with it.
                first_under_label = continued == "carry.label" and all(
                    d.sentence.block.role != "body" for d in drafts[carry.origin + 1:index]) if carry.origin is not None \
                    else False
                draft.take(carry.sources, "indirect" if first_under_label else "implicit", continued, carry.origin)
                carry.extend(sentence.block.paragraph)
            else:
                carry.end()
        self._signed_quotes(doc, state, drafts, quotes)
        self._signed_paragraphs(doc, state, drafts, quotes)
        self._credited_paragraphs(doc, state, drafts)
        self._dash_tagged_paragraphs(doc, state, drafts)
        credit_answers(text, drafts, lambda offset: self._person_named_before(doc, state, offset))
        credit_turns(text, drafts, lambda start, end: self._speaker_by_label(doc, state, start, end))
        return finished_claims(text, drafts)

    def _person_named_before(self, doc: Doc, state: ArticleState, offset: int) -> list[Source] | None:
        """The person the text names most often before ``offset`` (the first of them on a tie), as the article's
        source for them: an interview's title and introduction name the interviewee, its topics once."""
        people = [(normalize(e.text), e) for e in doc.ents if e.label_ == "PERSON" and e.end_char <= offset]
        counts = Counter(key for key, _ in people)
        for _, entity in sorted(people, key=lambda pair: (-counts[pair[0]], pair[1].start)):
            mention = self.resolver.mention(doc, entity.root)
            if mention is None or mention.anaphoric or mention.pronoun is not None:
                continue
            source = state.resolve(mention)
            if source is not None and source.kind in SPEAKING_KINDS and not source.anonymous:
                return [source]
        return None

    def _signed_quotes(self, doc: Doc, state: ArticleState, drafts: list[ClaimDraft], quotes: list[Quote]) -> None:
        """Round-ups of reactions set each quotation as its own paragraph and sign it on a line below
        ("—British Prime Minister Theresa May"), sometimes after a photo and its caption: the quotation is the
        signer's, whatever was guessed for it before the signature was read."""
        text = doc_text(doc)
        for quote in quotes:
            line_start = text.rfind("\n", 0, quote.start) + 1
            line_end = text.find("\n", quote.end)
            line_end = len(text) if line_end < 0 else line_end
            if not quote.closed or len(text[line_start:quote.start].split()) > 1 or text[quote.end:line_end].strip():
                continue  # the quotation is no paragraph of its own
            signer = self._signature_below(doc, line_end)
            if signer is None:
                continue
            named = [t for t in signer if t.pos_ == "PROPN"]
            sources = self._resolve(doc, state, (named[-1],))
            if not sources:
                continue
            for draft in drafts:
                s = draft.sentence
                inside = s.end > quote.inner_start and s.start < quote.inner_end
                if (inside or (signer.start_char >= s.start and signer.end_char <= s.end)) and draft.cue is None:
                    draft.take(sources, "direct_quote", "quote.signed")

    def _signed_paragraphs(self, doc: Doc, state: ArticleState, drafts: list[ClaimDraft], quotes: list[Quote]) -> None:
        """A paragraph that opens a quotation and ends on who said it after the closing mark ('"....," he said.
        "...." Maren Holt (BT Sport)'): all its quotations are the signer's, through the outlet named in brackets."""
        text = doc_text(doc)
        for line in re.finditer(r"[^\n]+", text):
            opening = line.start() + len(line.group()) - len(line.group().lstrip())
            if text[opening:opening + 1] not in QUOTE_MARKS:
                continue  # no quotation opens the line: nothing to sign (and no pass over the quotes for it)
            inside = [q for q in quotes if q.closed and line.start() <= q.start and q.end <= line.end()]
            if not inside or inside[0].start != opening:
                continue
            # The signed quotation ends an utterance ('...it's done."'), unlike a nickname in the signature.
            said = [q for q in inside if text[q.start:q.end - 1].rstrip()[-1:] in ".!?…,"
                    and not any(o.start < q.start and q.end <= o.end for o in inside)]
            if not said:
                continue
            match = TRAILING_SIGNATURE.fullmatch(text, said[-1].end, line.end())
            if match is None or (match.group("stop") and text[said[-1].start:said[-1].end - 1].rstrip()[-1:] != ","):
                continue  # ('"...," Judge Quint.': a tag that lost its verb; after a full stop, a sentence)
            span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
            words = [t for t in span if not t.is_punct] if span is not None else []
            if span is None or not words or words[-1].pos_ != "PROPN" or len(words) > SIGNATURE_WORDS \
                    or any(t.pos_ in ("VERB", "AUX") for t in words):
                continue  # ('"...," said Ona Brill, analyst at Kestrel Research' is a tag, no signature)
            sources = self._resolve_name(doc, state, span)
            if not sources:
                continue
            outlet = doc.char_span(match.start("outlet"), match.end("outlet"), alignment_mode="contract") \
                if match.group("outlet") else None
            relays = self._resolve_name(doc, state, outlet) if outlet is not None else []
            if relays and relays[0].id not in {s.id for s in sources}:
                sources = [s.model_copy(update={"via": relays[0].id}) for s in sources] + relays[:1]
            for draft in drafts:
                if line.start() <= draft.sentence.start and draft.sentence.end <= line.end() and (
                        draft.cue is None or draft.attribution in ("direct_quote", "none")):
                    draft.take(sources, "direct_quote", "quote.signed_after")

    def _credited_paragraphs(self, doc: Doc, state: ArticleState, drafts: list[ClaimDraft]) -> None:
        """A paragraph closed by a reporter's credit in brackets after its last stop ("... six weeks. (Adam
        Schefter, ESPN)"), as round-ups of other outlets' reporting set each item: the reporter's account, in all
        the paragraph's sentences that have no cue of their own."""
        text = doc_text(doc)
        for line in re.finditer(r"[^\n]+", text):
            match = BRACKET_CREDIT.search(line.group())
            if match is None or "photo" in match.group("outlet").lower() \
                    or match.group("outlet").strip().lower() in self.photo_agencies:
                continue  # "(Jane Doe, AP)" under a caption: a photographer's credit, no reporter's account
            span = doc.char_span(line.start() + match.start("name"), line.start() + match.end("name"),
                                 alignment_mode="contract")
            if span is None or not any(t.ent_type_ == "PERSON" for t in span):
                continue  # a person's name: a reporter, not a caption's agency or a place
            sources = self._resolve_name(doc, state, span)
            if not sources:
                continue
            inside = [d for d in drafts if line.start() <= d.sentence.start and d.sentence.end <= line.end()]
            for draft in inside:
                if draft.cue is None and draft.attribution in ("none", "implicit"):
                    draft.take(sources, "according_to", "cue.bracket_credit")

    def _dash_tagged_paragraphs(self, doc: Doc, state: ArticleState, drafts: list[ClaimDraft]) -> None:
        """Speech without quotation marks that a comma or a stop, a dash and an inverted tag close ("..., — added
        Tremblay.", "... the injured. - wrote the mayor."):
        the tag's speaker said the sentence and the ones before it in its paragraph that have no cue of their own."""
        text = doc_text(doc)
        for index, draft in enumerate(drafts):
            match = _DASH_TAG.search(text, draft.sentence.start, draft.sentence.end)
            if match is None or draft.sentence.block.role != "body":
                continue
            verb = doc.char_span(match.start("verb"), match.end("verb"), alignment_mode="expand")
            if verb is None or verb.root.lemma_.lower() not in self.cues.verbs:
                continue
            sources = draft.sources if draft.cue is not None and draft.attribution in ("indirect", "direct_quote") \
                and draft.cue.start == match.start("verb") else []
            if not sources:
                speaker = doc.char_span(match.start("speaker"), match.end("speaker"), alignment_mode="contract")
                if speaker is not None and all(t.text[:1].isupper() for t in speaker if t.is_alpha):
                    sources = self._resolve_name(doc, state, speaker)[:1]  # "— added Tremblay."
                elif speaker is not None:
                    heads = [t for t in speaker if not speaker.start <= t.head.i < speaker.end or t.head.i == t.i]
                    sources = self._resolve(doc, state, tuple(h for h in heads if h.pos_ in ("PROPN", "NOUN")))[:1]
            if not sources:
                continue
            draft.take(sources, "direct_quote", "quote.dash_tag")
            draft.cue = Cue(text=match.group("verb"), start=match.start("verb"), end=match.end("verb"))
            for earlier in reversed(drafts[:index]):
                if earlier.sentence.block.paragraph != draft.sentence.block.paragraph or earlier.cue is not None \
                        or earlier.attribution not in ("none", "implicit"):
                    break
                earlier.take(sources, "direct_quote", "quote.dash_tag")

    def _speaker_by_label(self, doc: Doc, state: ArticleState, start: int, end: int) -> list[Source]:
        """The person a transcript's label names in capitals ("GREGOR PALLAS", "ROOK" for the Dana Rook named
        before), by the name in its usual case."""
        span = doc.char_span(start, end, alignment_mode="contract")
        mention = self.resolver.mention(doc, span[-1]) if span is not None and len(span) else None
        if span is None or mention is None:
            return []
        words = [w.capitalize() for w in span.text.split()]
        while len(words) > 1 and self.resolver.is_office(words[0].lower()):
            words = words[1:]  # "MAYOR ELLEN TAVISH": the office before the name is no part of it
        name = " ".join(words)
        found = state.resolve(replace(mention, start=start, end=end, text=name, candidates=(name,),
                                      description=name.lower(), ner_kind="person", anaphoric=False, pronoun=None,
                                      anonymous=False))
        return [found] if found is not None else []

    def _resolve_name(self, doc: Doc, state: ArticleState, span: Span) -> list[Source]:
        """The source a name standing alone names (a signature's), whatever the parse hangs on it."""
        heads = [t for t in span if t.pos_ == "PROPN"]
        mention = self.resolver.mention(doc, heads[-1]) if heads else None
        if mention is None:
            return []
        name = span.text
        person = any(t.ent_type_ == "PERSON" for t in span)
        mention = replace(mention, start=span.start_char, end=span.end_char, text=name,
                          candidates=tuple(c for c in mention.candidates if c in name) or (name,),
                          description=name.lower(), ner_kind="person" if person else None)
        found = state.resolve(mention)
        return [found] if found is not None else []

    @staticmethod
    def _signature_below(doc: Doc, position: int) -> Span | None:
        """The signer's words on a signature line among the few lines after ``position``, before any other
        quotation; None if there is none."""
        text = doc_text(doc)
        seen = 0
        for line in re.finditer(r"[^\n]+", text[position:position + 2_000]):
            content = line.group().strip()
            if not content:
                continue
            start = position + line.start() + line.group().index(content[0])
            match = SIGNATURE.fullmatch(text, start, start + len(content))
            if match is not None and len(match.group("name").split()) <= SIGNATURE_WORDS:
                span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
                # A signature ends on the signer's name; a dashed list item ends on its own words.
                words = [t for t in span if not t.is_punct] if span is not None else []
                credit = any(t.lower_ in ("by", "via") for t in words)  # "—Reporting by ...", "—Photo by ..."
                return span if words and words[-1].pos_ == "PROPN" and not credit else None
            seen += 1
            if seen > SIGNATURE_GAP or content[0] in "\"“«„‘'":
                return None
        return None

    def _own_subject(self, doc: Doc, state: ArticleState, pronoun: Token) -> Source | None:
        """The main subject of the pronoun's own sentence, named before it and of its kind, as what it stands for
        (for a pronoun inside a clause of that sentence, not for the main subject itself)."""
        root = pronoun.sent.root
        if pronoun.head.i == root.i:
            return None
        # the nearest before it: "Outside court, Anna Ruiz wept as she told reporters" may parse "court" as one too
        subject = next((c for c in reversed(list(root.children)) if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i),
                       None)
        if subject is None or subject.pos_ == "PRON":
            return None
        person = pronoun.lower_ in ("he", "she", "him", "his", "her")
        mention = self.resolver.mention(doc, subject)
        # "Local outlet Sarnovosti posted pictures it said ...": a body by what the article calls it, whatever the
        # entity recogniser took its name for
        described = self.resolver.kind_from_words(mention.description) if mention is not None else None
        named_thing = subject.ent_type_ in ("ORG", "GPE", "NORP") or described in SPEAKING_BODIES or (
            subject.pos_ == "PROPN" and not subject.ent_type_)
        # "the Houthis have targeted vessels they allege ...": a group in the plural, whatever the recogniser took it for
        group = pronoun.lower_ in GROUP_PRONOUNS and (subject.tag_ in ("NNS", "NNPS") or (
            subject.pos_ == "PROPN" and subject.lower_.endswith("s")))
        if not group and ((subject.ent_type_ == "PERSON" and not named_thing) != person or (not person and not named_thing)):
            return None
        found = state.resolve(mention) if mention is not None and mention.pronoun is None else None
        if found is None:
            return None
        return found.model_copy(update={"mention": pronoun.text, "mention_start": pronoun.idx,
                                        "mention_end": pronoun.idx + len(pronoun)})

    def _named_before_in_sentence(self, doc: Doc, state: ArticleState, head: Token, mention: Mention) -> Source | None:
        """The organisation the sentence names before a description of one ("the company", "the maker"), as what
        the description stands for."""
        root = head.sent.root
        subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        # ... or of the clause a closing tag reports ("Halvard Systems posted a loss, the company said")
        subject |= {t.i for clause in root.children if clause.dep_ in ("ccomp", "parataxis") and clause.i < root.i
                    for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        # named in the main clause's subject ("Shares in Halvard Systems fell") or as an owner ("According to Atesh's
        # channel, the group reported"), not in a phrase beside it ("According to a Fox report, the rebel group")
        named = [e.root for e in head.sent.ents if e.label_ == "ORG" and e.end <= head.left_edge.i
                 and (e.root.i in subject or e.root.dep_ == "poss")]
        if not named:
            # the tagger may miss the company's name: a proper name as that subject, nobody's ("Halvard Systems")
            named = [doc[i] for i in sorted(subject) if doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].pos_ == "PROPN"
                     and i < head.left_edge.i and doc[i].ent_type_ not in ("PERSON", "GPE", "NORP")]
        if len(named) != 1:
            return None  # none, or several to choose from
        found = self.resolver.mention(doc, named[0])
        source = state.resolve(found) if found is not None and not found.anaphoric and found.pronoun is None else None
        if source is None or source.kind not in (self.resolver.kind_of(mention.head_lemma), "unknown"):
            return None  # "According to a Fox report, the rebel group claimed ...": an outlet is no group
        return source.model_copy(update={"mention": mention.text, "mention_start": mention.start,
                                         "mention_end": mention.end})

    def _reported_silence(self, doc: Doc, text: str, main: CueMatch | None, quotes: list[Quote]) -> str | None:
        """The name of the silence pattern that the clause a verb of saying reports matches ("said she was
        unable to comment", "told Reuters it had no comment"), if any; a speaker's own quoted words ('"... my firm
        would not answer to such requests," Lind told reporters') are speech, not a silence reported."""
        if main is None or main.kind != "verb" or main.token.lemma_.lower() not in self.cues.rules.nested_speech_verbs:
            return None
        clause = next((c for c in main.token.children if c.dep_ in ("ccomp", "xcomp")), None)
        if clause is None:
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ != "PRON":
            return None  # "The mayor said officials declined to comment": the mayor's report of others' silence
        tokens = list(clause.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if any(q.inner_start <= start < q.inner_end for q in quotes):
            return None
        return next((name for name, p in self._silences if p.search(text, start, end)), None)

    def _speaker_label(self, doc: Doc, state: ArticleState, sentence: Sentence, in_quotes: list[Quote]
                       ) -> list[Source]:
        """A paragraph opening with a speaker's name and a colon before a quotation ('Kubiak: “...”', 'Kubiak
        on the low hit: “...”'): the named speaker's words."""
        if not in_quotes or sentence.start != sentence.block.start:
            return []
        text = doc_text(doc)
        match = _SPEAKER_LABEL.match(text, sentence.start, sentence.end)
        if match is None or match.group("name").strip().lower() in self.section_labels:
            return []  # "Quote: “...”": a label of the item's parts, no speaker
        opened = next((q for q in in_quotes if q.start == match.end() - 1), None)
        if opened is None or (opened.closed and opened.end < sentence.end - 2 and len(
                text[opened.inner_start:opened.inner_end].split()) <= SHORT_QUOTE_WORDS):
            return []  # 'Update: “no comment” was all we heard': a short quote inside the outlet's sentence
        return self._labelled_speaker(doc, state, match.start("name"), match.end("name"))

    def _labelled_speaker(self, doc: Doc, state: ArticleState, start: int, end: int) -> list[Source]:
        """The speaker a label names ("Kubiak", "Andrew Kuleshov"): a few capitalised words whose head can speak;
        none for a label that names no one ("Update", "Details")."""
        name = doc.char_span(start, end, alignment_mode="contract")
        if name is None or not 1 <= len(name) <= SPEAKER_LABEL_WORDS or not all(
                t.text[:1].isupper() or t.is_punct for t in name):
            return []
        if name[0].lower_ in TOPIC_WORDS:
            return []  # "On Maurice McNeil:" over a coach's answer: the question's topic, not its speaker
        head = next((t for t in reversed(name) if t.pos_ in ("PROPN", "NOUN")), None)
        if head is None or not self.resolver.could_speak(head):
            return []  # "Update: “...”", "Details: “...”": a label, not a speaker
        return self._resolve(doc, state, (head,))

    def _speaker_line_above(self, doc: Doc, state: ArticleState, above: ClaimDraft, sentence: Sentence,
                            in_quotes: list[Quote]) -> list[Source]:
        """A quotation opening the paragraph under a line that holds only a speaker's name and a colon ("Andrew
        Kuleshov:"): the named speaker's words."""
        line = above.sentence
        if not in_quotes or sentence.start != sentence.block.start or line.block.paragraph != sentence.block.paragraph - 1 \
                or (line.start, line.end) != (line.block.start, line.block.end) or above.cue is not None:
            return []
        if not any(q.start == sentence.start for q in in_quotes):
            return []
        text = doc_text(doc)
        match = _SPEAKER_LINE.fullmatch(text, line.start, line.end)
        if match is None:
            return []
        return self._labelled_speaker(doc, state, match.start("name"), match.end("name"))

    def _reasons_cited(self, cues: list[CueMatch]) -> list[CueMatch]:
        """"The company cut its outlook, citing weaker orders": a reason cited is no source; whoever cites it makes
        the claim, as the subject of the verb the citing phrase hangs on."""
        kept: list[CueMatch] = []
        for cue in cues:
            if not cue.citing or any(self.resolver.could_speak(h) for h in cue.heads):
                kept.append(cue)
                continue
            verb = cue.token.head
            subject = self.cues.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON") and not any(
                    c.kind == "verb" and c.token.i == verb.i for c in cues):
                kept.append(CueMatch("verb", cue.start, cue.end, cue.token, tuple(conjuncts(subject)), reason=True))
        return kept

    def _cite_entry(self, draft: ClaimDraft, cue: CueMatch) -> None:
        entry = self.cues.entry_of(cue)
        if entry is not None and entry not in draft.entries:
            draft.entries.insert(0, entry)

    def _closing_report(self, doc: Doc, sentence: Sentence, cues: list[CueMatch]) -> CueMatch | None:
        """"The governor said ..., TASS reported.": an outlet's report closing the sentence after a comma holds all
        that comes before it, however the parser hung it (often under the first verb)."""
        verbs = [c for c in cues if c.kind == "verb" and c.heads]
        if len(verbs) < 2 or not _closes_sentence(doc, sentence, verbs[-1]):
            return None
        last = verbs[-1]
        # "..., Petr Hala said, The Prague Post reported.": a named body reporting last reports the tag before it
        body_reports = last.token.lemma_ == "report" and last.heads[0].pos_ == "PROPN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in last.heads[0].children)
        return last if self.resolver.is_outlet(doc, last.heads[0]) or body_reports else None

    @staticmethod
    def _main(cues: list[CueMatch]) -> CueMatch | None:
        if not cues:
            return None
        verbs = [c for c in cues if c.kind in ("verb", "evidence")]
        if verbs and min(c.depth for c in verbs) == 0:
            return min(verbs, key=lambda c: c.depth)
        according = [c for c in cues if c.kind == "according_to" and not c.citing]
        if according:
            return according[0]
        if verbs:
            return min(verbs, key=lambda c: c.depth)  # "X reported, citing Y": the report, not the citation
        return min(cues, key=lambda c: (c.kind == "silence", c.kind == "agentless", c.depth, c.start))

    def _sources(self, doc: Doc, state: ArticleState, main: CueMatch, cues: list[CueMatch],
                 closing: bool = False) -> tuple[list[Source], list[str]]:
        """The main cue's sources, then those of cues beside it (nested "citing X"), with the chains between
        them (who relays whom), and the ids of the rules that found them. A ``closing`` main cue (", TASS
        reported.") holds every report before it."""
        beside = [c for c in cues if c is not main and c.kind in ("verb", "according_to", "evidence")]

        def inside(cue: CueMatch) -> bool:
            if cue.kind == "according_to" and (cue.citing or cue.relaying):
                # "X reported, citing Y, that ...", "X said ..., quoted by Y": the parser often hangs the phrase
                # in the clause
                return False
            if cue.kind == "according_to" and _before_its_clause(cue):
                return False
            if any(h.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in h.head.children)
                   for h in cue.heads):
                return False  # "X said ..., but Y said ...": a report beside the first, however the parser hung it
            if cue.kind == "verb" and _joined_to_reported_clause(cue, main):
                return False
            if cue.kind == "verb" and cue.token.dep_ == "relcl" and cue.token.i > main.token.i and any(
                    t.lower_ in ("that", "which") and t.i < cue.token.i and t.head.i != cue.token.i
                    for t in cue.token.subtree):
                return False  # "..., in a raid that the health office said had killed 12": its own report, beside
            if cue.kind == "verb" and cue.token.dep_ == "advcl" and cue.token.i > main.token.i and any(
                    c.dep_ == "mark" and c.lower_ in BESIDE_MARKS for c in cue.token.children) \
                    and cue.token.left_edge.i > 0 and doc[cue.token.left_edge.i - 1].text == ",":
                return False  # "The governor said ..., while the mayor said ...": a report beside the first
            if cue.kind == "verb" and cue.token.i < main.token.i and any(
                    t.text == ";" and cue.token.right_edge.i < t.i < main.token.i for t in main.token.children):
                return False  # "The fire department said ...; the mayor said ...": two reports a semicolon parts
            return _embedded(cue, main) or (closing and cue.kind == "verb" and cue.token.i < main.token.i)

        chosen = [main] + [c for c in beside if not inside(c)]
        # Outer reports before the reports inside them: "Poroshenko said Putin told him ..., SZ reported".
        nested = sorted((c for c in beside if inside(c) and c.kind == "verb"), key=lambda c: c.depth)
        sources: list[Source] = []
        rules: list[str] = []
        speakers: dict[int, list[Source]] = {}
        for cue in chosen + nested:
            heads = tuple(h for h in cue.heads if self.resolver.could_speak(h)) if cue.citing or _manner(cue) \
                else cue.heads
            found = [s for s in self._resolve(doc, state, heads) if all(o.id != s.id for o in sources)]
            if cue in nested:
                known = [s for s in self._resolve(doc, state, cue.heads) if any(o.id == s.id for o in sources)]
                if known and cue.cited:
                    found = known  # "according to TASS, which cited ...": TASS passes on the cited words
                else:
                    over = _enclosing(cue, [n for n in nested if speakers.get(id(n))]) or main
                    relay = self._nested_relay(cue, over, speakers.get(id(over), []))
                    if relay is None:
                        continue
                    found = [s.model_copy(update={"via": relay.id}) for s in found if s.id != relay.id]
                    if found:
                        rules.append("chain.nested")
            speakers[id(cue)] = found
            if not found:
                continue
            if any(s.via for s in found) and cue not in nested:
                rules.append("chain.informant")
            sources.extend(s for s in found if all(o.id != s.id for o in sources))
            relays = self._resolve(doc, state, cue.relays) if cue.relaying and cue.kind == "verb" \
                else self._resolve_outlets(doc, state, cue.relays)
            outlets = [s for s in relays if all(o.id != s.id for o in sources)]
            if outlets:
                # "A source in the SBU told RBC-Ukraine": the source's words reach us through the outlet.
                sources = [s.model_copy(update={"via": outlets[0].id}) if s in found and s.via is None else s
                           for s in sources] + outlets
                rules.append("chain.told")
            # "cited a wish to warn officeholders": what is cited may be a reason; what is quoted speaks.
            quotable = tuple(h for h in cue.cited if cue.token.lemma_ != "cite" or self.resolver.could_speak(h))
            cited = [s for s in self._resolve(doc, state, quotable) if all(o.id != s.id for o in sources)]
            if cited:
                # "RIA quoted a statement from the factory": the factory's words, passed on by RIA.
                sources.extend(s.model_copy(update={"via": found[0].id}) for s in cited)
                rules.append("chain.cited")
        for reporting in [c for c in chosen[1:] if _as_reported_before(c, main)]:
            # "As the Kyiv Post earlier reported, Taras Melnyk confirmed ...": his words reach us through the outlet
            outlet = next((s for s in speakers.get(id(reporting), []) if s.kind == "media"), None)
            reported = {s.id for s in speakers.get(id(main), []) if s.via is None}
            if outlet is not None and reported and outlet.id not in reported:
                sources = [s.model_copy(update={"via": outlet.id}) if s.id in reported else s for s in sources]
                rules.append("chain.nested")
        tellers = speakers.get(id(main), [])
        for embedded in [c for c in beside if c.kind == "according_to" and inside(c) and not c.citing
                         and c.token.i < main.token.i and not _ends_sentence_after_comma(c)]:
            # "According to police, the man fired at officers, WKRN reported": the police account inside the
            # station's report reaches us through the station
            found = [s for s in self._resolve(doc, state, embedded.heads) if all(o.id != s.id for o in sources)]
            if found and tellers:
                sources.extend(s.model_copy(update={"via": tellers[0].id}) for s in found if s.id != tellers[0].id)
                rules.append("chain.nested")
        for citing in [c for c in cues if c.kind == "according_to" and c.citing]:
            # "X reported, citing Y": Y via the speaker of the report the citing phrase hangs on (or the main one).
            told = [v for v in cues if v.kind == "verb" and speakers.get(id(v))]
            teller = next((v for v in told if any(a.i == v.token.i for a in citing.token.ancestors)),
                          min(told, key=lambda v: abs(v.token.i - citing.token.i), default=None))
            tellers = speakers.get(id(teller if teller is not None else main), [])
            cited_ids = {s.id for s in speakers.get(id(citing), [])}
            if tellers and cited_ids - {tellers[0].id}:
                sources = [s.model_copy(update={"via": tellers[0].id})
                           if s.id in cited_ids and s.id != tellers[0].id and s.via is None else s for s in sources]
                rules.append("chain.citing")
        for relaying in [c for c in cues if c.kind == "according_to" and not c.citing and c is not main
                         and main.kind == "verb" and (c.relaying or not _embedded(c, main) or _before_its_clause(c)
                                                      or (c.token.i > main.token.i and _ends_sentence_after_comma(c)))]:
            # "The ministry, as quoted by UNIAN, announced ...", "According to a BBC report, the group said ...",
            # "an official rejected the account, according to Reuters": the main speaker via the one relaying.
            outlets = speakers.get(id(relaying), [])
            late = not outlets and _ends_sentence_after_comma(relaying)
            if late:
                # hung inside the report by the parser, yet closing the sentence: not resolved with the others
                outlets = [s for s in self._resolve(doc, state, relaying.heads) if all(o.id != s.id for o in sources)]
            main_ids = {m.id for m in speakers.get(id(main), [])}
            last_word = outlets[0].name.split()[-1] if outlets else ""
            if outlets and not relaying.relaying and last_word.lower() in self.resolver.proxy_heads \
                    and outlets[0].kind != "media" and not self._news_reports(outlets[0].name):
                continue  # "according to government data": a document nobody is named for relays no one's words
                # ("according to the Denver Post" names a newspaper, not a post)
            if late:
                sources.extend(outlets)
            tellers = speakers.get(id(main), [])
            if outlets and tellers and tellers[0].kind == "media" and outlets[0].kind != "media" and not relaying.relaying:
                # "Bloomberg reported ..., according to people familiar with the matter": the outlet passes on its
                # informants' words, not they the outlet's
                sources = [s.model_copy(update={"via": tellers[0].id}) if s.id == outlets[0].id and s.via is None
                           else s for s in sources]
                rules.append("chain.informant")
                continue
            if outlets and main_ids - {outlets[0].id}:
                sources = [s.model_copy(update={"via": outlets[0].id})
                           if s.id in main_ids and s.via is None and s.id != outlets[0].id else s for s in sources]
                rules.append("chain.as_quoted_by" if relaying.relaying else "chain.according_to")
        if main.reason and sources:
            rules.insert(0, "cue.reason_cited")
        for source in sources:
            rules.append("source.anonymous" if source.anonymous else "source.resolved")
        return sources, list(dict.fromkeys(rules))

    def _news_reports(self, name: str) -> bool:
        """Is the name news reports ("reports", "local media reports"), bare or with a word of the media?"""
        words = name.lower().split()
        return bool(words) and words[-1] in _NEWS_REPORTS and (
            len(words) == 1 or any(self.resolver.kind_of(w) == "media" for w in words[:-1]))

    def _quoted_speakers(self, doc: Doc, state: ArticleState, quotes: list[Quote],
                         speakers: list[Source]) -> list[Source]:
        """Third speakers whose saying a body's or a document's quotation reports ("“The general said that ...,”
        ISPR said", "“The defendant stated that ...,” the affidavit states"): each via the quotation's speaker.
        A person quoting someone ("“The ministry told us to leave,” a resident said") is telling their own story."""
        relay = speakers[0]
        if relay.anonymous or relay.kind in ("person", "official"):
            return []
        known = {s.id for s in speakers}
        relayed: list[Source] = []
        for quote in quotes:
            for cue in self.cues.inside(doc, quote):
                if not any(c.dep_ == "ccomp" for c in cue.token.children):
                    continue  # only reported speech proper: "said that ...", "stated that ..."
                for source in self._resolve(doc, state, cue.heads):
                    if source.id not in known:
                        known.add(source.id)
                        relayed.append(source.model_copy(update={"via": relay.id}))
        return relayed

    def _resolve(self, doc: Doc, state: ArticleState, cue_heads: tuple) -> list[Source]:
        sources: list[Source] = []
        for cue_head in cue_heads:
            informant = self.resolver.informant(doc, cue_head)
            if informant is None:
                continue
            # "RIA Novosti's source in emergency services": the unnamed source, through the outlet.
            informant_mention, outlet_head = informant
            outlets = self._resolve(doc, state, (outlet_head,))
            unnamed = state.resolve(informant_mention)
            if outlets and unnamed is not None:
                sources.extend([unnamed.model_copy(update={"via": outlets[0].id}), outlets[0]])
        if sources:
            return sources
        heads = [token for cue_head in cue_heads for token in self.resolver.expand(cue_head)]
        mentions_of = [self.resolver.mention(doc, head) for head in heads]
        # "US and Iranian officials said": one unnamed group for each coordinated word before the shared noun
        shared = [self.resolver.distributed(head, m) if m is not None else [] for head, m in zip(heads, mentions_of)]
        if any(shared):
            heads = [head for head, parts in zip(heads, shared) for _ in range(max(len(parts), 1))]
            mentions_of = [m for parts, original in zip(shared, mentions_of)
                           for m in (parts if parts else [original])]
        mentions = [m for m in mentions_of if m is not None]
        offices = [m for m in mentions if self.resolver.title_only(m)]
        # an office beside a named person is that person's ("First Deputy Prime Minister and Minister of Economy
        # Yulia Svyrydenko"); beside another office it is someone else ("the mayor and the police chief")
        named = [m for m in mentions if m not in offices and self.resolver.has_proper_name(m)]
        for head, mention in zip(heads, mentions_of):
            if mention is None:
                continue
            if any(o is not mention and o.start <= _name_start(mention) and mention.end <= o.end
                   and (o.start, o.end) != (mention.start, mention.end) for o in mentions):
                continue  # "the Kentucky Justice and Public Safety Cabinet": a part of another's name, not a second one
            if mention in offices and named:
                continue  # "First Deputy Prime Minister and Minister of Economy Yulia Svyrydenko": one person
            source = None
            if mention.pronoun is not None:
                # "Germany released images it said showed ...": "it" is the sentence's own subject.
                source = self._own_subject(doc, state, head)
            elif mention.anaphoric and self.resolver.kind_of(mention.head_lemma) in DESCRIBED_KINDS:
                # "Shares in Halvard Systems fell after the network-equipment maker reported ...": the company
                # the sentence named before its description
                source = self._named_before_in_sentence(doc, state, head, mention)
            if source is None:
                source = state.resolve(mention, _names_in_clause(head) if mention.pronoun is not None else frozenset())
            if source is not None and all(s.id != source.id for s in sources):
                # "they" or "the statement" after two people spoke together stands for both of them
                together = mention.pronoun in GROUP_PRONOUNS or mention.head_lemma in self._utterance_words
                sources.extend(s for s in (state.speaking_together(source) if together else [source])
                               if all(s.id != known.id for known in sources))
        return sources

    def _note_issued(self, doc: Doc, sentence: Sentence, sources: list[Source], state: ArticleState) -> None:
        """"according to a statement from the fire district", "the sheriff said in a news release": whose statement
        or release it is, so that a later "the release said" goes back to its issuer, not to the last one cited."""
        direct = [s for s in sources if s.via is None]
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in span if span is not None else ():
            noun = token.lemma_.lower()
            if token.pos_ != "NOUN" or noun not in self.resolver.utterance_nouns or not any(
                    c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in token.children):
                continue  # "the statement" points back; "a statement", "its statement" is put out here
            owner = next((g for p in token.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                          for g in p.children if g.dep_ == "pobj"), None) or next(
                (c for c in token.children if c.dep_ == "poss"), None)
            if owner is None and token.dep_ == "pobj" and token.head.lower_ in ("in", "through"):
                owner = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
            if owner is None:
                continue
            if owner.pos_ == "PRON":
                issuer = direct[0] if len(direct) == 1 else None
            else:
                issuer = next((s for s in direct if s.mention_start is not None and s.mention_end is not None
                               and s.mention_start <= owner.idx < s.mention_end), None)
            if issuer is not None:
                state.note_issued(issuer.id, noun)

    def _resolve_outlets(self, doc: Doc, state: ArticleState, heads: tuple) -> list[Source]:
        """The news outlets among the tokens (only an outlet relays: "told reporters" and "told the court" do not);
        a name the words came through ("said, via the Indianapolis Star") or that was told them in an interview
        ("told APS in an interview") relays, known as an outlet or not."""
        outlets = [head for head in heads if self.resolver.is_outlet(doc, head) or self._named_relay(head)
                   or head.pos_ == "PROPN" and state.known_outlet(head.text)]
        found = self._resolve(doc, state, tuple(outlets)) if outlets else []
        # "told the newspaper" with no outlet named before: the article's own paper, which relays nothing
        return [s for s in found if not self._unresolved_outlet(s)]

    def _unresolved_outlet(self, source: Source) -> bool:
        """"the newspaper" that found no outlet named before: the source is named by the noun alone."""
        mention = source.mention or ""
        return self.resolver.outlet_back_reference(mention) and mention.lower().split()[-1] == source.name.lower()

    def _named_relay(self, head: Token) -> bool:
        """A name (not a platform: "via Telegram" is where, not who) that the words came through, "via" or "per"
        it, or the one told them in an interview or in comments ("told APS in an interview")."""
        if head.pos_ != "PROPN" or normalize(head.text) in self.resolver.platforms:
            return False
        if head.dep_ == "pobj" and head.head.lower_ in RELAY_PREPOSITIONS:
            return True
        verb = head.head
        return head.dep_ in ("dative", "dobj") and verb.lemma_.lower() in self.cues.rules.relay_verbs and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                g.dep_ == "pobj" and g.lower_ in self.cues.rules.relay_nouns for g in c.children)
            for c in verb.children)

    def _nested_relay(self, cue: CueMatch, main: CueMatch, main_sources: list[Source]) -> Source | None:
        """"He said ..., NBC reported": a named speaker inside a media outlet's report reaches us through it
        (``main`` is the report right above the cue: the sentence's main one, or one nested in it)."""
        if not main_sources or main.kind != "verb":
            return None
        relay = main_sources[0]
        subject = cue.heads[0] if cue.heads else None
        if subject is None or subject.lower_ in ("it", "this", "which", "that"):
            return None
        # Only a finite act of speech reported inside the other ("Putin told him", "he said"), reached through
        # that-clauses and parataxis: not "to argue", not "had promised".
        finite = cue.token.tag_ in ("VBD", "VBZ", "VBP") or (cue.token.tag_ == "VBN" and any(
            c.dep_ == "aux" for c in cue.token.children))
        # Inside an outlet's report every act of saying is relayed ("RTÉ reports that Coveney has denied ...");
        # inside a person's, only plain saying ("Poroshenko said Putin told him ...").
        speech = relay.kind == "media" or cue.token.lemma_.lower() in self.cues.rules.nested_speech_verbs
        if not speech or not finite:
            return None
        token = cue.token
        while token.i != main.token.i and token.head.i != token.i:
            if token.dep_ not in ("ccomp", "parataxis", "conj"):
                return None
            token = token.head
        if relay.kind == "media" or subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they"):
            return relay
        unnamed = subject.lemma_.lower() in self.resolver.anonymous_heads or subject.lemma_.lower() in self.resolver.person_heads
        if subject.pos_ == "NOUN" and unnamed and (cue.token.i > main.token.i or relay.kind not in SPEAKING_KINDS):
            # "Ms Hart said one neighbour had said ...", "Fire officials stressed ..., reports KCRA": unnamed speakers
            # inside a report (not a quotation's own "Some people say ..." before a person's tag)
            return relay
        return None

    def _label_sources(self, doc: Doc, state: ArticleState, sentence: Sentence) -> list[Source]:
        """The sources a "Source: X; Y" label names: each part between semicolons, and names joined by "and"."""
        text = doc_text(doc)
        match = self.layout_label.fullmatch(text, sentence.start, sentence.end) if self.layout_label else None
        if match is None or match.start("source") < 0:
            return []
        sources: list[Source] = []
        start = match.start("source")
        for part in re.finditer(r"[^;]+", text[start:match.end("source")]):
            span = doc.char_span(start + part.start(), start + part.end(), alignment_mode="contract")
            if span is None or not len(span):
                continue
            root = span.root
            if root.pos_ not in ("PROPN", "NOUN") or root.is_punct:
                named = [t for t in span if t.pos_ in ("PROPN", "NOUN")]
                if not named:
                    continue
                root = named[-1] if named[-1].head not in named else named[-1].head
            owner = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"), None) if root.lemma_.lower() in self._utterance_words else None
            if owner is not None:
                root = owner  # "Source: weekly address of the Mayor": the mayor who gave it
            for found in self._resolve(doc, state, tuple(conjuncts(root))):
                if all(found.id != s.id for s in sources):
                    sources.append(found)
        return sources

    @staticmethod
    def _credit_lead(drafts: list[ClaimDraft], index: int, sources: list[Source]) -> None:
        """A lead above its "Source:" label, with no voice of its own, is the labelled report too."""
        for earlier in reversed(drafts[:index]):
            if earlier.sentence.block.role != "body":
                break
            if earlier.sources or earlier.cue is not None:
                break
            earlier.take(sources, "implicit", "carry.label_lead", index)

    @staticmethod
    def _backfill(drafts: list[ClaimDraft], index: int, quote: Quote, sources: list[Source]) -> None:
        """Sentences of a quote whose speech tag comes after them belong to that speaker."""
        for earlier in reversed(drafts[:index]):
            s = earlier.sentence
            if s.end <= quote.inner_start:
                break
            # The quotation's own tag wins over a speaker guessed for it before the tag was read.
            guessed = bool(earlier.rules) and earlier.rules[-1] in ("quote.carried", "quote.continues")
            if not earlier.sources or guessed:
                earlier.take(sources, "direct_quote", "quote.tag_after")


def _is_speech(doc: Doc, quote: Quote, sentence: Sentence) -> bool:
    """Is the quotation the reported words themselves, whole or a full clause, rather than a quoted phrase
    inside reported speech (Gladkov reported a shelling that killed a "member of the territorial defense")?"""
    low, high = max(quote.inner_start, sentence.start), min(quote.inner_end, sentence.end)
    if quote.interrupted or high - low >= 0.5 * (sentence.end - sentence.start):
        return True
    text = doc_text(doc)
    before = text[sentence.start:quote.start].strip()
    if not before.strip("\"'“‘«„-—– ") or before.endswith(":"):
        return True  # the quotation opens the sentence or follows a colon: the words themselves
    if before.endswith(",") and text[quote.inner_start:quote.inner_start + 1].isupper() \
            and quote.inner_end >= sentence.end - 3:
        return True  # 'the coach replied, "Not this summer."': a sentence of its own after the tag
    span = doc.char_span(low, high, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    # One to four quoted words inside reported speech leave the kind to the cue; a quoted clause is speech, and a
    # longer quoted phrase without a verb is a label the speaker used ('a "member of the territorial defense"').
    # A hyphenated word is one word ("steady ever-growing fee hikes" is four), the tokenizer's parts of it not.
    hyphenated = sum(1 for t in words if t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i].whitespace_
                     and not doc[t.i + 1].whitespace_)
    return len(words) - hyphenated > SHORT_QUOTE_WORDS and any(t.pos_ in ("VERB", "AUX") for t in words)


def _chain_kept(sources: list[Source], carried: list[Source]) -> list[Source]:
    """'The sources quoted Hajri as telling his colleagues ... . "...," he said.': the person the report before quoted,
    named again by a pronoun, still reaches the article through whoever quoted them."""
    # (one an outlet quoted speaks on its own again: "Reuters quoted Slutsky as saying ... . He said:")
    relayed = {s.id: s.via for s in carried if s.via and any(r.id == s.via and r.kind != "media" for r in carried)}
    kept = [s.model_copy(update={"via": relayed[s.id]}) if s.via is None and s.id in relayed
            and s.mention.lower() in KEPT_PRONOUNS else s for s in sources]
    ids = {s.id for s in kept}
    return kept + [s for s in carried if s.id not in ids and any(k.via == s.id for k in kept)]


# Pronouns by which a quoted person is named again, keeping the relay.
KEPT_PRONOUNS = frozenset({"he", "she"})


def _opens_block_quote(text: str, drafts: list[ClaimDraft], index: int) -> bool:
    """"Johnson said:" as the last words of its paragraph, before a paragraph of body text: a block quotation
    (live pages and blogs set the speaker's words apart without quotation marks)."""
    sentence = drafts[index].sentence
    if not text[sentence.start:sentence.end].rstrip().endswith(":") or index + 1 >= len(drafts):
        return False
    following = drafts[index + 1].sentence
    return following.block.paragraph != sentence.block.paragraph and following.block.role == "body" \
        and text[following.start:following.end].lstrip()[:1] not in "\"“‘«'"


# The speaker's own voice in a paragraph of a post set out after "he wrote:" ("We will rebuild.").
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|[Uu]s|[Mm]y|[Mm]e)\b")
# Subordinators that set a second report beside the main one, not inside it: "..., while the mayor said ...",
# "..., hours after the army said ...".
BESIDE_MARKS = frozenset({"while", "whereas", "after", "before", "since", "although", "though"})


def _manner(cue: CueMatch) -> bool:
    """"were grouped according to their salt intake", "went according to plan": "according to" right after a verb
    says how it was done, and names a source only if its object could speak."""
    token = cue.token
    return cue.kind == "according_to" and token.lower_ == "according" and token.i > 0 \
        and token.doc[token.i - 1].pos_ == "VERB"


def _without_dangling_via(sources: list[Source]) -> list[Source]:
    """A chain may only point at a source the claim keeps."""
    ids = {s.id for s in sources}
    return [s if s.via is None or s.via in ids else s.model_copy(update={"via": None}) for s in sources]


def _closes_sentence(doc: Doc, sentence: Sentence, cue: CueMatch) -> bool:
    """Is the cue a tag closing the sentence after a comma (", the ministry said on Sunday.")? What comes before
    it is then what was said."""
    verb, subject = cue.token, cue.heads[0]
    if subject.i > verb.i:
        # inverted: "..., reports AP.", "..., said the ministry on Sunday."
        if verb.i == 0 or doc[verb.i - 1].text != ",":
            return False
        return all(token.is_punct or token.head == verb or verb in token.ancestors
                   for token in doc[verb.i + 1:] if token.idx < sentence.end)
    if subject.i >= verb.i or subject.left_edge.i == 0:
        return False
    if doc[subject.left_edge.i - 1].text != ",":
        return False
    # its own adverbials and "citing Y" may follow it
    for token in doc[verb.i + 1:]:
        if token.idx >= sentence.end:
            break
        if not token.is_punct and token.head != verb and verb not in token.ancestors:
            return False
    return True


def _enclosing(cue: CueMatch, reports: list[CueMatch]) -> CueMatch | None:
    """The innermost of the reports whose verb governs the cue's ("Putin told" inside "Poroshenko said")."""
    above = {a.i for a in cue.token.ancestors}
    inside = [r for r in reports if r is not cue and r.token.i in above]
    return max(inside, key=lambda r: r.depth, default=None)


def _ends_sentence_after_comma(cue: CueMatch) -> bool:
    """Does the cue's phrase close its sentence after a comma ("..., according to Reuters.")? Then it credits all
    that comes before it, however the parser hung it."""
    phrase = list(cue.token.subtree)
    sent = cue.token.sent
    before = phrase[0].i - 1
    return before >= sent.start and cue.token.doc[before].text == "," and all(
        t.is_punct or t.is_space for t in cue.token.doc[phrase[-1].i + 1:sent.end])


def _before_its_clause(cue: CueMatch) -> bool:
    """Does the cue stand before the "that" of the clause the parser hangs it in ("X said, according to Bloomberg,
    that ...")? Then it belongs to the report around the clause, not to the clause."""
    return any(c.dep_ == "mark" and c.i > cue.token.i for c in cue.token.head.children)


def _embedded(cue: CueMatch, main: CueMatch) -> bool:
    """Is the cue part of what the main cue reports ("X said that Y claimed ...")?"""
    token, crossed = cue.token, False
    while token.i != main.token.i:
        # "..., with the Center adding that ...": a report beside the main one, not inside it.
        crossed = crossed or (token.dep_ in EMBEDDING_DEPS and not (token.dep_ == "pcomp" and token.head.lower_ == "with"))
        if token.head.i == token.i:
            return False  # the main cue is not above it: a report beside the main one
        token = token.head
    return crossed


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


# Marks that open a quotation at a sentence's start.
QUOTE_OPENERS = "\"“‘'«„"


def finished_claims(text: str, drafts: Sequence[ClaimDraft]) -> list[Claim]:
    """The claims of the drafts, each implicit one pointing at a claim that holds the sources it carries: the first
    after the one its report started from, when that one (a sentence ending on a colon) gave no claim of its own."""
    for index, draft in enumerate(drafts):
        origin = draft.carried_from
        if origin is None or draft.attribution != "implicit" or drafts[origin].sources:
            continue
        ids = {s.id for s in draft.sources}
        draft.carried_from = next((k for k in range(origin + 1, index) if drafts[k].sources
                                   and {s.id for s in drafts[k].sources} & ids), None)
    return [draft.claim(text) for draft in drafts]


def _speaker_introduced(doc: Doc, sentence: Sentence, briefings: frozenset[str]) -> Token | None:
    """The subject a sentence puts before the press without giving their words: "The fire chief was asked what
    happens next.", "County officials are giving an update.", "The coach spoke to reporters.", or a person named in
    full as the subject of what they did (the quotation after it is theirs)."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    lemma = root.lemma_.lower()
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    asked = lemma == "ask" and subject.dep_ == "nsubjpass"
    briefed = lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() in briefings for c in root.children)
    spoke = lemma in ("speak", "talk") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
            g.lemma_.lower() in ("reporter", "journalist", "press", "medium", "media") for g in c.children)
        for c in root.children)
    # "Analyst Rita Okafor cut her rating. “We doubt ...”": a person named as the subject of what she did
    named = subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in subject.children)  # a full name
    return subject if asked or briefed or spoke or named else None


def _names_in_clause(pronoun: Token) -> frozenset[str]:
    """The words of the names in the clause a pronoun is the subject of: it cannot stand for them."""
    clause = pronoun.head
    # nor a body its verb tells ("They told Reuters")
    heard = {t.i for c in clause.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    return frozenset(normalize(t.text) for t in clause.subtree
                     if t.i != pronoun.i and t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.i in heard))


def _office_subject(doc: Doc, sentence: Sentence, resolver: SourceResolver) -> Token | None:
    """The main subject of the sentence when it is an office held by a person ("the Prime Minister", "the
    regional governor") and no name, a surname the entity recogniser missed, or the owner of a statement that is
    the subject ("the company's statement")."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in resolver.utterance_nouns:
        # "The company's results statement ... was published early. It says ...": the statement's owner is what
        # a later "it" stands for, as the subject it speaks for
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is not None:
            return owner
    if subject is not None and subject.pos_ == "PROPN" and subject.text[:1].isupper() and not subject.ent_type_ \
            and not any(c.dep_ == "compound" for c in subject.children):
        # "Sessions, the chairman of the House Rules Committee, was ...": a surname the entity recogniser missed,
        # the subject a later "he" stands for
        return subject
    if subject is None or subject.pos_ != "NOUN" and subject.pos_ != "PROPN" or any(
            t.ent_type_ for t in subject.subtree):
        return None  # a name of its own, or an office held by a named person: the entities cover them
    words = [subject.lower_]
    if subject.i > 0:
        words.insert(0, f"{doc[subject.i - 1].lower_} {subject.lower_}")
    return subject if any(resolver.kind_of(w) == "official" for w in words) else None


def _points_back(main: CueMatch, cues: list[CueMatch], pointer_nouns: frozenset[str]) -> bool:
    """Does the sentence report "this" or "it", the content of the sentence before ("X reported this", "X shared
    this information"), in its main cue or in a report the main cue holds ("X posted this on Telegram, Ukrinform
    reports")?"""
    return any(_reports_back(cue, pointer_nouns) for cue in cues if cue is main or cue.kind == "verb" and (
        cue.token.head.i == main.token.i and cue.token.dep_ in ("ccomp", "parataxis")))


def _reports_back(cue: CueMatch, pointer_nouns: frozenset[str]) -> bool:
    if cue.kind == "according_to":
        # "This is according to the General Staff", "This follows from a statement by X": "this" is the sentence before
        root = cue.token.sent.root
        return cue.token.i >= root.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("this", "that")
                                             for c in root.children)
    if cue.kind != "verb":
        return False
    for child in cue.token.children:
        if child.dep_ in ("nsubjpass", "dobj") and (child.lower_ in BACK_REFERENCES or pointer_phrase(child, pointer_nouns)):
            return True
        if child.dep_ == "prep" and child.lower_ in ("about", "on", "of") and any(
                g.dep_ == "pobj" and g.lower_ in BACK_REFERENCES for g in child.children):
            return True
    return False


def _unattributed(previous: ClaimDraft, sentence: Sentence) -> bool:
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


def _as_reported_before(cue: CueMatch, main: CueMatch) -> bool:
    """Is the cue a clause "as X reported" set before the main report, on its verb ("As the Post reported, ...")?"""
    return cue.kind == "verb" and cue.token.i < main.token.i and cue.token.head.i == main.token.i \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.token.children)


def _joined_to_reported_clause(cue: CueMatch, main: CueMatch) -> bool:
    """"The Post maintains that he spoke to it directly and its editor Pat Lyons tweeted ...": a report with a subject
    of its own, joined by "and" to the clause another report reports, stands beside that report, not inside it."""
    token = cue.token
    if token.dep_ != "conj" or token.head.i == main.token.i or token.head.dep_ != "ccomp" \
            or token.head.head.i != main.token.i:
        return False
    own = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return own is not None and (own.pos_ == "PROPN" or any(c.dep_ == "poss" for c in own.children)
                                or own.ent_type_ == "PERSON")


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


def _name_start(mention: Mention) -> int:
    """Where the mention's name starts, after a leading article."""
    return mention.start + 4 if mention.text[:4].lower() == "the " else mention.start
