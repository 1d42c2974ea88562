"""Claims for Russian and Ukrainian articles: each sentence's sources, attribution, cue and hedges.

The steps, per sentence, in text order:

1. words, quotations of speech, mentions (:mod:`.mentions`) and cues (:mod:`.cues`);
2. the sentence's own sources: the speaker of its reporting verb, the object of "по словам"/"за даними",
   the sources cited through "со ссылкой на"/"з посиланням на" (relayed ``via`` the speaker), and the media
   an unnamed source spoke to ("джерело РБК-Україна"); the outlet's own name is never a source;
3. label lines ("Джерело:", "Пряма мова:", "Деталі:") name a source or mark speech;
4. reports that look back ("Об этом сообщает X", "Про це повідомили в X") and speech tags after a
   quotation or a dash give the sentences before them to the same source;
5. carry-over: a sentence without sources of its own continues the report before it in the same
   paragraph, in a list introduced by the report, or in a paragraph that opens with "Кроме того" /
   "Крім того"; the outlet's background ("Ранее", "Нагадаємо"), a disclaimer or "we" end it.

Each decision is recorded as a rule id on the claim: the ids of the English pipeline where the rule is the
same, and a few of their own (``quote.label``, ``quote.dash_tag``, ``carry.list``...); all are listed
with an example in docs/rules.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from ..body import figure_line
from ..claims import ClaimDraft, finished_claims
from ..interviews import credit_answers, first_name_of
from ..models import AttributionKind, Claim, Cue, Source
from ..names import normalize
from ..quotes import Quote
from ..registry import SourceRegistry
from ..sentences import Sentence
from .cues import CueFinder, CueHit, closing_date
from .hedges import CyrillicHedgeFinder
from .lexicon import CyrillicRules
from .mentions import BODY_STEM, ArticleState, Mention, MentionFinder, before_area
from .morph import Lemmatizer
from .text import fold, name_key, reported_position, slug
from .words import DASHES, IN_WORDS, QUOTES, PhraseSet, Word, opens_participial, sentence_words

# Conjunctions that open a report beside the one before ("..., однако в Минобороны это опровергли").
_CONTRASTS = frozenset({"однако", "но", "а", "тогда", "тем", "але", "проте", "однак", "зате", "тоді", "натомість"})
# "One of" before an unnamed source ("один из источников", "одне з джерел"): the phrase is the speaker.
_ONE_WORDS = frozenset({"один", "одна", "одно", "одне", "одного", "одной", "однієї", "одним"})
_FROM_WORDS = frozenset({"из", "з", "із", "зі"})
# Prepositions of what a report is about, and how many words back such a phrase may open.
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
_TOPIC_REACH = 5
_TOPIC_CLOSERS = frozenset({"це", "цьому", "цього", "цим", "этом", "это", "этого", "том", "тому", "той", "то", "него",
                            "нее", "неё", "ней", "нем", "нём", "нього", "неї", "ньому", "них", "чем", "чём", "чому",
                            "все", "всё", "усе", "всем", "всьому", "ситуации", "ситуації"})
_ON_WORDS = frozenset({"в", "во", "у", "на"})
_AND_WORDS = frozenset({"и", "і", "та", "й"})  # where a report is published: "на сайте", "в телеграм-канале"
# Quotations longer than this many words are speech, never a name or a scare quote.
SHORT_QUOTE_WORDS = 4
_LABEL = re.compile(r"\s*([^\W\d_][^\W\d_ '’-]*(?:[ '’-][^\W\d_]+){0,2})\s*:", re.UNICODE)
_WORDY = re.compile(r"\w")
_PARAGRAPH_WORD = re.compile(r"\w+")
_SPEECH_MARKS = "«»„“”\""  # not the single marks, which stand for apostrophes in words ("об‘єднали")
# also "уточнюється - написав X", the comma left out, and the tag on a line of its own under the speech
_DASH_TAG = re.compile(r"[,.!?…»”\"]\s*[-–—]\s*\S|\w[ \t]+[-–—][ \t]+\S|\w[ \t]*\n\s*[-–—][ \t]+\S")


_LINE = re.compile(r"[^\n]+")
# The endings of a verb's past tense ("сообщил", "сообщила", "повідомив", "повідомили"), Russian and Ukrainian.
PAST_ENDINGS = ("л", "ла", "ло", "ли", "в", "лся", "лась", "лось", "лись", "вся", "лася", "лося", "лися")
# How far into the next paragraph a demonstrative still points at the report ("Близько 40 з цих дронів").
DEMONSTRATIVE_REACH = 5
# The endings of a verb's lemma, its infinitive ("эвакуировать", "евакуювати", "заняться").
INFINITIVE_ENDINGS = ("ть", "ти", "ться", "тися", "тись", "чь")


@dataclass
class _Draft(ClaimDraft):
    """The English claim draft, with what the parse-free reading also needs to know of a sentence."""

    own_cue: bool = False  # the sentence has a cue of its own (with or without a source)
    impersonal: bool = False  # its only cues are impersonal ("Очікується, що ...", "Зазначається"): no one's
    bullet: bool = False
    background: bool = False  # the outlet's own background ("Ранее", "Нагадаємо")
    brief_quote: bool = False  # its words are a short quotation of its own tagged after a dash («Пострадавших нет», —)


class _QuoteIndex:
    """Quotations by their start, so that each sentence looks only at those that can reach into it."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]
        self.reach = max((q.end - q.start for q in self.quotes), default=0)

    def reaching(self, start: int, end: int) -> list[Quote]:
        """The quotations that start before ``end`` and late enough to reach ``start``."""
        return self.quotes[bisect_left(self.starts, start - self.reach):bisect_left(self.starts, end)]


@dataclass
class _Found:
    """What one sentence says about its sources."""

    sources: list[Source]
    attribution: AttributionKind
    cue: CueHit | None
    rules: list[str]
    back: bool = False  # the report points back at the sentence before
    dash_tag: bool = False  # "..., – признаётся Гладков": speech without quotation marks
    trailing: bool = False  # the cue and its speaker close the sentence ("..., повідомили в ДСНС.")


class CyrillicClaimBuilder:
    """Assemble claims for one language with its rules, lemmatizer and the source registry."""

    def __init__(self, rules: CyrillicRules, lemmatizer: Lemmatizer, registry: SourceRegistry) -> None:
        self.rules = rules
        self.lemmatizer = lemmatizer
        self.cues = CueFinder(rules, lemmatizer)
        self.hedges = CyrillicHedgeFinder(rules, lemmatizer)
        self.set_registry(registry)
        d = rules.discourse
        self._continuations = PhraseSet(d.continuation_openers)
        self._comma_openers = frozenset(d.comma_openers)
        self._counting = PhraseSet(d.counting_openers)
        self._back_demonstratives = frozenset(d.back_demonstratives)
        self._demonstrated_times = frozenset(d.demonstrated_times)
        self._sequence_prepositions = frozenset(d.sequence_prepositions)
        self._display_words = frozenset(d.display_words)
        self._opening_words = frozenset(w for phrase in (*d.continuation_openers, *d.parentheticals)
                                        for w in phrase.split())
        self._background = PhraseSet(d.background_openers)
        self._background_patterns = [re.compile(p, re.IGNORECASE) for p in d.background_patterns]
        self._silence = [re.compile(p, re.IGNORECASE) for p in rules.cues.silence_patterns]
        self._labels = {fold(k): v for k, v in d.label_lines.items()}
        self._outlet_words = frozenset(d.outlet_words)
        self._own_side = frozenset(d.own_side_nouns)
        self._speaker_words = frozenset(d.speaker_words)
        self._bullets = d.bullets
        self._responders = frozenset(d.responder_nouns)
        self._naming_verbs = frozenset(rules.hedges.scare_quotes.speech_introducers)
        self.interview_words = frozenset(fold(w) for w in rules.cues.interview_words)
        self.broadcast_words = frozenset(fold(w) for w in rules.cues.broadcast_words)

    def set_registry(self, registry: SourceRegistry) -> None:
        self.registry = registry
        self.mentions = MentionFinder(self.rules, registry, self.lemmatizer)

    # -- the article -------------------------------------------------------------------------------------

    def build(self, text: str, sentences: list[Sentence], quotes: list[Quote],
              brands: tuple[str, ...] = ()) -> list[Claim]:
        state = ArticleState(self.mentions, text)
        own = _own_names(text, brands)
        own_words = tuple(b for b in brands if b.strip())
        drafts = [_Draft(s, bullet=self._is_bullet(text, s)) for s in sentences]
        speech = [q for q in quotes if self._is_speech_quote(text, q)]
        quote_index, speech_index = _QuoteIndex(quotes), _QuoteIndex(speech)
        quote_speakers: dict[int, tuple[list[Source], int]] = {}
        named_people: list[tuple[int, Source]] = []  # every person named by name, spoken to or of, with where
        label_source: list[Source] = []
        intro: tuple[list[Source], int] | None = None  # "X прислал сообщение:" before a quotation
        # "..., сообщила адвокат Ирина Сомова:" then a paragraph of speech opened by a dash or a quotation mark
        colon_intro: tuple[list[Source], int, int] | None = None
        carried: list[Source] = []
        carried_paragraph, origin, origin_bullet = -1, None, False
        per_block = Counter(s.block.start for s in sentences)
        pointer_alone, pointer_paragraph = False, -1  # the report is a paragraph of its own that points back ("Про це повідомили X.")
        open_speech: tuple[list[Source], int] | None = None  # a quotation left open at the end of its paragraph
        # "— ..., — рассказали в пресс-службе. — И все же ...": speech tagged by a dash, going on after the tag
        dash_speech: tuple[list[Source], int, int] | None = None
        first_person: tuple[list[Source], int, int] | None = None  # a paragraph of someone's words in the first person
        # "Ломако звернувся до обранців.\n— Минулого разу ...": a paragraph of dialogue right after a report
        dialogue: tuple[list[Source], int, int] | None = None
        # "... повідомив у телеграм-каналі:" then the post's paragraphs, without marks: the speaker's words
        unmarked: tuple[list[Source], int, int] | None = None
        for index, draft in enumerate(drafts):
            sentence = draft.sentence
            label, body_start = self._label(text, sentence)
            words = sentence_words(text, body_start, sentence.end, self.lemmatizer)
            in_speech = [q for q in speech_index.reaching(sentence.start, sentence.end)
                         if q.inner_start < sentence.end and q.inner_end > sentence.start]
            quoted = [any(q.inner_start <= w.start < q.inner_end for q in in_speech) for w in words]
            found_mentions = self.mentions.find(words, quoted, own_words)
            cues = self.cues.find(words, quoted)
            found = self._sources(text, words, quoted, found_mentions, cues, state, own)
            speech_from = found.cue.end if found.cue is not None and found.sources else None
            near = [q for q in quote_index.reaching(sentence.start, sentence.end)
                    if q.start < sentence.end and q.end > sentence.start]
            names = tuple((m.start, m.end) for m in found_mentions)
            draft.hedges = self.hedges.find(text, sentence.start, sentence.end, words, near, in_speech, speech_from,
                                            names)
            draft.own_cue = bool(cues)
            # "Очікується, що ...", "За прогнозами, ...": cues that name no one
            draft.impersonal = bool(cues) and (all(c.kind == "agentless" for c in cues) or (
                not found.sources and all(c.kind == "according_to" for c in cues)))
            draft.background = self._opens_background(words, text, sentence)
            # A person named in an oblique case ("член группы Павла Зарецкого") is remembered before the sentence's
            # subjects, so that a later "он" or "по его словам" stands for the subject.
            described = _described_names(words, found_mentions)
            # Each mention is read against what earlier sentences named (not against a name this sentence's object
            # gives: "Прокурор попросив заарештувати Романа Гуцала" is no back-reference to Гуцал), then remembered.
            resolved = []
            for mention in found_mentions:
                if mention.kind in ("registry", "name", "role", "anonymous", "outlet"):
                    holder = described.get(id(mention))
                    # "Виктор Ковальчук — бывший главный редактор газеты": the office is the person's, no one new
                    resolved.append((mention, state.resolve(holder if holder is not None else mention, words)))
            named_people.extend((sentence.start, source) for mention, source in resolved
                                if source is not None and source.kind in ("person", "official")
                                and (mention.kind == "name" or mention.kind == "role" and mention.name)
                                and not source.anonymous and not _is_own(source, own))
            for mention, source in sorted(resolved, key=lambda r: not self._oblique_name(r[0], words)):
                # An abbreviation outside the registry ("ТЭК", "ПВО") names a thing as often as a body.
                # ("Компания «Северсталь»": a body named in quotation marks after its kind is one for a later
                # "в компании")
                if source is not None and not _is_own(source, own) and not (
                        mention.kind == "name" and (source.kind == "organization" and not mention.name_text
                                                    or mention.preposition)):
                    if mention.kind == "role" and source.kind in ("person", "official"):
                        # "Глава СК России Александр Бастрыкин ... — уточнили в ведомстве": the body in the title is
                        # the one a later "ведомство" stands for
                        for body in self.mentions.bodies_inside(words, mention):
                            found_body = state.resolve(body, words)
                            if found_body is not None:
                                state.observe(found_body, body)
                    state.observe(source, mention)
            if label == "background":
                carried, carried_paragraph, origin = [], -1, None
                draft.rules.append("carry.end.label")
                continue
            gap_start = drafts[index - 1].sentence.end if index else 0
            if carried and self._background_label_between(text, gap_start, sentence.start):
                # "Передісторія:" on a line of its own above this sentence: the report ended there.
                carried, carried_paragraph, origin, pointer_alone = [], -1, None, False
                draft.rules.append("carry.end.label")
            if label == "source":
                named = [state.resolve(m, words) for m in found_mentions if m.kind in ("registry", "name", "role",
                                                                                        "anonymous")]
                found.sources = found.sources or [src for src in named if src is not None and not _is_own(src, own)]
            if label == "source" and found.sources:
                draft.take(found.sources, "according_to", "cue.label")
                label_source = found.sources
                self._points_back(drafts, index, found.sources, "carry.label_lead", text)
                carried, carried_paragraph, origin, origin_bullet = found.sources, sentence.block.paragraph, index, False
                continue
            named_speaker: list[Source] = []
            if label == "speech:named":
                label = "speech"
                label_words = sentence_words(text, sentence.start, body_start, self.lemmatizer)
                for mention in self.mentions.find(label_words, [False] * len(label_words), own_words):
                    source = state.resolve(mention, label_words) if mention.kind in ("name", "registry") else None
                    if source is not None and not _is_own(source, own):
                        named_speaker = [source]
                        break
            if label == "speech" and not found.sources and (named_speaker or label_source or carried):
                speaker = named_speaker or label_source or carried
                draft.take(speaker, "direct_quote", "quote.label", None)
                for quote in in_speech:
                    quote_speakers[quote.start] = (speaker, index)
                carried, carried_paragraph, origin = speaker, sentence.block.paragraph, index
                open_speech = next(((speaker, index) for q in in_speech
                                    if not q.closed and q.inner_end >= sentence.block.end), None)
                continue
            if found.sources:
                own_speech = [q for q in in_speech if self._speech_of(text, q, sentence)] or self._quoted_words(
                    text, sentence, near, draft, found)
                draft.brief_quote = not own_speech and not found.dash_tag and any(
                    q.closed and sentence.start <= q.start and q.end < sentence.end and _tagged_by_dash(text, q)
                    for q in near)
                attribution = "direct_quote" if own_speech or found.dash_tag or draft.brief_quote else found.attribution
                draft.cue = Cue(text=text[found.cue.start:found.cue.end], start=found.cue.start,
                                end=found.cue.end) if found.cue is not None else None
                rule = "quote.tagged" if own_speech or draft.brief_quote else ("quote.dash_tag" if found.dash_tag else
                                                          f"cue.{found.cue.kind}" if found.cue else found.rules[0])
                if own_speech:
                    chained = self._guessed_chain(drafts, index, own_speech, found.sources)
                    if chained is not found.sources:
                        found.sources = chained
                        found.rules.append("chain.kept")
                draft.take(found.sources, attribution, rule)
                draft.rules.extend(found.rules)
                if sentence.block.role != "body":
                    carried, carried_paragraph, origin = [], -1, None
                    if text[sentence.start:sentence.end].rstrip().endswith(":"):
                        # "Андрей Кулешов:" on a line of its own over the quotation the speaker says
                        colon_intro = (found.sources, index, sentence.block.paragraph + 1)
                    continue
                for quote in in_speech:
                    quote_speakers[quote.start] = (found.sources, index)
                    self._backfill(drafts, index, quote, found.sources)
                dash_speech = (found.sources, index, sentence.block.paragraph) if found.dash_tag else None
                tag_at = found.cue.start if found.cue is not None else sentence.end
                closes_quote = text[sentence.start:tag_at].rstrip(" \t\n,-–—")[-1:] in "»”\"“"
                if found.dash_tag and not closes_quote and not any(
                        q.start < tag_at and not _WORDY.search(text, q.end, tag_at) for q in near):
                    # speech without marks runs back over the paragraph; a quotation opened in this sentence
                    # is all the speech there is ("Работают спасатели. «...», – написал губернатор.")
                    self._backfill_block(drafts, index, found.sources)
                if found.dash_tag or in_speech:
                    self._backfill_open_paragraph(text, drafts, index, found.sources)
                if found.back:
                    self._points_back(drafts, index, found.sources, "carry.points_back", text)
                elif found.trailing:
                    self._paragraph_before(drafts, index, found.sources)
                carried, carried_paragraph, origin, origin_bullet = (found.sources, sentence.block.paragraph, index,
                                                                     draft.bullet)
                # A pointer on its own line, or closing the lead ("... Об этом сообщили в X."), reaches the
                # paragraph after it too.
                pointer_alone = found.back and (per_block[sentence.block.start] == 1
                                                or not text[sentence.end:sentence.block.end].strip())
                pointer_paragraph = sentence.block.paragraph
                open_speech = next(((found.sources, index) for q in in_speech
                                    if not q.closed and q.inner_end >= sentence.block.end), None)
                if text[sentence.start:sentence.end].rstrip().endswith(":") and not self._shows_display(words):
                    colon_intro = (found.sources, index, sentence.block.paragraph + 1)
                if found.cue is not None and any(h.kind == "evidential" and h.start > found.cue.end
                                                 for h in draft.hedges):
                    # "... заявляли про взяття села, але ці дані не підтвердилися": the outlet disowns the report,
                    # and what follows is its own account again
                    draft.rules.append("carry.end.evidential")
                    carried, carried_paragraph, origin = [], -1, None
                continue
            if colon_intro is not None and sentence.block.paragraph > colon_intro[2]:
                colon_intro = None
            if sentence.block.role != "body" or "source.own_outlet" in found.rules:
                # "Як повідомляв Укрінформ, ...": the outlet speaks of its own reporting, and the report before ends.
                carried, carried_paragraph, origin, unmarked = [], -1, None, None
                continue
            spoken = next((quote_speakers[q.start] for q in in_speech if q.start in quote_speakers), None)
            rule = "quote.continues"
            if spoken is None and open_speech is not None and not any(c.kind in ("according_to", "citing") for c in cues) \
                    and not _NAME_LABEL.match(text, sentence.start, sentence.end):
                # A quotation broken by an advertisement, a line of furniture or a paragraph goes on until its
                # closing mark, whatever the speaker says in it ("Я не скажу, що ...").
                spoken, rule = open_speech, "quote.continues"
                if text[sentence.start:sentence.end].rstrip(" .!?…")[-1:] in "»”\"":
                    open_speech = None
            else:
                open_speech = None
            if spoken is None and dash_speech is not None and dash_speech[2] == sentence.block.paragraph \
                    and (text[sentence.start:sentence.end].lstrip()[:1] in DASHES
                         or drafts[index - 1].rules[:1] == ["quote.continues"] and drafts[index - 1].sources == dash_speech[0]):
                # "..., – розповідає Гнатюк. – Водій загинув. Пасажира забрали.": the speech the dash takes up again
                # runs to the end of the paragraph
                spoken, rule = (dash_speech[0], dash_speech[1]), "quote.continues"
            if spoken is None and intro is not None and intro[1] == index - 1 and any(
                    q.start <= sentence.start + 1 for q in in_speech):
                spoken, rule = intro, "quote.introduced"
            intro = None
            if spoken is None and colon_intro is not None and sentence.block.paragraph == colon_intro[2] and (
                    self._opens_speech(text, sentence)) and not figure_line(
                        text[sentence.start:sentence.end].split("\n")[0].lstrip("-–—‒ ")):
                # (a label and its figure under "втрати становлять:" is a list's item, not speech)
                spoken, rule = (colon_intro[0], colon_intro[1]), "quote.introduced"
            if unmarked is not None and (sentence.block.paragraph > unmarked[2] + 1 or cues
                                         or self._opens_background(words, text, sentence) or _asks(text, sentence)
                                         or (sentence.block.paragraph == unmarked[2] + 1
                                             and drafts[index - 1].rules[-1:] != ["quote.unmarked"])):
                unmarked = None
            if spoken is None and unmarked is None and colon_intro is not None \
                    and sentence.block.paragraph == colon_intro[2] and drafts[colon_intro[1]].sentence.block.role == "body" \
                    and self._opens_post(text, words, sentence, draft, cues):
                unmarked = (colon_intro[0], colon_intro[1], sentence.block.paragraph)
            if spoken is None and unmarked is not None:
                spoken, rule = (unmarked[0], unmarked[1]), "quote.unmarked"
                unmarked = (unmarked[0], unmarked[1], sentence.block.paragraph)
            if text[sentence.start:sentence.end].rstrip().endswith(":"):
                subject = next((m for m in found_mentions if m.kind in ("registry", "name", "role", "anonymous")
                                and not m.preposition), None)
                source = state.resolve(subject, words) if subject is not None else None
                if source is not None and not _is_own(source, own):
                    intro = ([source], index)
                    if not text[sentence.end:sentence.block.end].strip():
                        # "Игорь Белов, наставник «Волги»:" closing its paragraph: the dialogue lines after it
                        # are the person's
                        colon_intro = ([source], index, sentence.block.paragraph + 1)
            if dialogue is not None and dialogue[2] != sentence.block.paragraph:
                dialogue = None
            if spoken is None and dialogue is not None:
                spoken, rule = (dialogue[0], dialogue[1]), "quote.dialogue"
            if spoken is None and carried and origin == index - 1 and self._dialogue_after_report(
                    text, drafts, index, carried_paragraph):
                spoken, rule = (carried, index - 1), "quote.dialogue"
                dialogue = (carried, index - 1, sentence.block.paragraph)
            if first_person is not None and first_person[2] != sentence.block.paragraph and not (
                    sentence.block.paragraph == first_person[2] + 1 and not cues and self._speech_goes_on(
                        text, drafts, index, words, True)):
                first_person = None
            elif first_person is not None and first_person[2] != sentence.block.paragraph:
                first_person = (first_person[0], first_person[1], sentence.block.paragraph)
            if spoken is None and first_person is None and carried and origin is not None and not cues \
                    and sentence.block.paragraph == carried_paragraph + 1 \
                    and drafts[index - 1].sentence.block.paragraph == carried_paragraph \
                    and drafts[index - 1].attribution in ("indirect", "direct_quote", "according_to") \
                    and any(s.kind != "media" for s in carried) and self._speech_goes_on(text, drafts, index, words):
                first_person = (carried, origin, sentence.block.paragraph)
            if spoken is None and first_person is not None:
                spoken, rule = (first_person[0], first_person[1]), "quote.first_person"
            if spoken is None and in_speech and carried and not self._opens_background(words, text, sentence):
                # A quotation going on from a sentence before, or one opening the paragraph right after the report
                # ("Калугин заявил, что ...\n\n«Эту фамилию я слышу впервые. ...»").
                # ... also after a topic label ("Про роботу арбітрів: «...»"): the interview's speaker goes on
                opens_next = (sentence.block.paragraph == carried_paragraph + 1
                              and not text[sentence.block.start:sentence.start].strip()
                              and any(q.start <= sentence.start + 1 or _TOPIC_LABEL.fullmatch(
                                  text, sentence.start, q.start) for q in in_speech))
                # ... and one opening the sentence right after the report, in its paragraph ("Об этом сообщил
                # министр. «Бригады работают круглосуточно».")
                opens_here = sentence.block.paragraph == carried_paragraph and origin == index - 1 \
                    and any(q.start <= sentence.start + 1 and q.end >= sentence.end - 2 for q in in_speech)
                if opens_next or opens_here or any(q.inner_start < sentence.start for q in in_speech):
                    spoken, rule = (carried, origin if origin is not None else index), "quote.carried"
            if spoken is not None:
                speaker, spoken_at = spoken
                draft.take(speaker, "direct_quote", rule)
                for quote in in_speech:
                    quote_speakers.setdefault(quote.start, (speaker, spoken_at))
                carried, carried_paragraph, origin = speaker, sentence.block.paragraph, spoken_at
                if open_speech is None:
                    # a quotation introduced before it and left open at its paragraph's end goes on after it
                    open_speech = next(((speaker, spoken_at) for q in in_speech
                                        if not q.closed and q.inner_end >= sentence.block.end), None)
                continue
            if self._opens_background(words, text, sentence):
                # "Ранее сообщалось", "Нагадаємо": the outlet's own background, whatever cue it has.
                carried, carried_paragraph, origin = [], -1, None
                continue
            agentless = next((c for c in cues if c.kind == "agentless"), None)
            if agentless is not None:
                draft.cue = Cue(text=text[agentless.start:agentless.end], start=agentless.start, end=agentless.end)
                if carried:
                    draft.take(carried, "implicit", "carry.agentless", origin)
                    carried_paragraph = sentence.block.paragraph
                continue
            body_text = text[sentence.start:sentence.end]
            silent = any(c.kind == "silence" for c in cues) or any(p.search(body_text) for p in self._silence)
            if any(h.kind == "evidential" for h in draft.hedges) or silent:
                draft.rules.append("carry.end.evidential" if any(h.kind == "evidential" for h in draft.hedges)
                                   else "cue.silence")
                carried, carried_paragraph, origin = [], -1, None
                continue
            rule_id = self._continues(words, text, sentence, draft, carried_paragraph, origin_bullet,
                                      pointer_alone and sentence.block.paragraph == pointer_paragraph + 1,
                                      # after a quotation, a paragraph of bare details is the outlet's again
                                      None if index and drafts[index - 1].attribution == "direct_quote"
                                      and not drafts[index - 1].brief_quote else found_mentions) if carried else None
            if rule_id is None and carried and label_source and carried is label_source:
                # "Джерело: Генштаб ЗСУ" over an item: its sentences are the label's report, paragraph after
                # paragraph, up to the next heading, a new source or the outlet's own background
                rule_id = "carry.label"
            if rule_id is not None:
                # The first sentence under a "Джерело:" label is the label's report itself, the rest go on with it.
                first_under_label = origin is not None and origin == index - 1 and "cue.label" in drafts[origin].rules
                draft.take(carried, "indirect" if first_under_label else "implicit", rule_id, origin)
                carried_paragraph = sentence.block.paragraph
            else:
                carried, carried_paragraph, origin = [], -1, None
        self._retold_outlet(drafts)
        self._signed_posts(text, drafts, state, own)
        credit_answers(text, drafts, lambda offset: _most_named(named_people, offset),
                       lambda address: _addressed_person(named_people, address) or self._addressed_by_name(address))
        return finished_claims(text, drafts)

    def _addressed_by_name(self, address: str) -> list[Source] | None:
        """A person the interviewer addresses by a first name the article names nowhere else, in the nominative
        ("Олено" is Олена; "Алексей Петрович" as written): the one who answers."""
        words = address.split()
        first = fold(words[0])
        if first not in self.mentions.first_names:
            # the vocative changes a name's last letter or adds one ("Олено", "Петре", "Іване")
            first = next((n for n in sorted(self.mentions.first_names) if len(first) >= 3 and (
                n[:-1] == first[:-1] and len(n) == len(first) or n == first[:-1])), "")
        if not first:
            return None
        name = " ".join([first.capitalize(), *words[1:]])
        return [Source(id=slug(name), name=name, kind="person", mention=address)]

    def _retold_outlet(self, drafts: list[_Draft]) -> None:
        """"Про це пише РБК-Україна з посиланням на Telegram голови ОВА": an item retold from another outlet's report
        of a speaker, said so at its lead; the speaker's later words reach the article through that outlet too."""
        relays: dict[str, Source] = {}
        for draft in drafts:
            by_id = {s.id: s for s in draft.sources}
            # (a quotation an outlet is said to quote, "— цитирует ее ТАСС", passes on those words only)
            quoting = draft.attribution == "direct_quote" and draft.cue is not None \
                and self.lemmatizer.lemma(draft.cue.text) in self.cues.quoting
            leading = "carry.points_back" in draft.rules or "chain.pointer" in draft.rules or (
                "chain.citing" in draft.rules and not quoting)
            chained = [s for s in draft.sources if s.via and by_id.get(s.via) is not None
                       and by_id[s.via].kind == "media"] if leading else []
            if chained:
                # the lead, credited by the pointer, or any report an outlet passed on ("з посиланням на")
                for source in chained:
                    relays.setdefault(source.id, by_id[source.via])  # type: ignore[index]
                continue
            if not relays:
                continue
            added = False
            k = 0
            while k < len(draft.sources):  # the relays added are followed up too: an outlet that cited an agency
                source = draft.sources[k]
                k += 1
                relay = relays.get(source.id) if source.via is None or source.via not in by_id else None
                if relay is not None and relay.id not in by_id and source.via in (None, relay.id):
                    draft.sources = [s.model_copy(update={"via": relay.id}) if s.id == source.id else s
                                     for s in draft.sources] + [relay]
                    by_id[relay.id] = relay
                    added = True
            if added:
                draft.rules.append("chain.kept")

    def _signed_posts(self, text: str, drafts: list[_Draft], state: ArticleState, own: set[str]) -> None:
        """An official's post signed on its last line with the name alone ("...постраждалих немає.\n\nОлег
        Синєгубов"): the post's sentences that no one else was credited with are the signer's."""
        ends = [d.sentence.end for d in drafts]
        for line in _LINE.finditer(text):
            content = line.group().strip()
            words = sentence_words(text, line.start(), line.end(), self.lemmatizer)
            names = [w for w in words if w.is_word]
            if not 2 <= len(names) <= 3 or len(names) != len(words) or not all(w.upper and not w.caps for w in names):
                continue
            mention = next((m for m in self.mentions.find(words, [False] * len(words))
                            # a known official: a name alone under an article is as often its author's byline
                            if m.first == 0 and m.last == len(words) and m.kind == "registry"), None)
            source = state.resolve(mention, words) if mention is not None else None
            if source is None or source.kind not in ("person", "official") or _is_own(source, own) \
                    or not content or any(d.sentence.start <= line.start() < d.sentence.end for d in drafts):
                continue
            above = bisect_right(ends, line.start())
            post: list[int] = []
            for index in range(above - 1, -1, -1):
                draft = drafts[index]
                gap = text[draft.sentence.end:drafts[index + 1].sentence.start if index + 1 < above else line.start()]
                if any(part.strip() for part in gap.split("\n")[1:-1]) or draft.sentence.block.role != "body":
                    break  # furniture between: the post before this one, or the page above the post
                if draft.sources or draft.own_cue:
                    break
                post.insert(0, index)
            for k, index in enumerate(post):
                # The signature credits the post as a label does: its first sentence, and the rest after it.
                if k == 0:
                    drafts[index].take([source], "according_to", "cue.signature")
                else:
                    drafts[index].take([source], "implicit", "carry.signed_post", post[0])

    # -- one sentence's sources -----------------------------------------------------------------------

    def _sources(self, text: str, words: list[Word], quoted: list[bool], mentions: list[Mention],
                 cues: list[CueHit], state: ArticleState, own: set[str]) -> _Found:
        rules: list[str] = []
        speaker: Source | None = None
        main: CueHit | None = None
        others: list[Source] = []  # speakers of reports beside the main one ("..., однако в Минобороны это опровергли")
        other_cues: list[CueHit] = []
        for cue in cues:
            if cue.kind == "agentless":
                source = self._agentless_speaker(words, cue, mentions, state)
                if source is not None and speaker is None:
                    speaker, main = source, CueHit("verb", cue.first, cue.last, cue.start, cue.end, speaker_after=True,
                                                   back=cue.back)
                continue
            if cue.kind != "verb" or cue.gerund:
                continue
            embedded = main is not None and self._embedded(words, main, cue)
            if embedded and (speaker is None or speaker.kind not in ("media", "organization")):
                continue
            mention = self._speaker(words, cue, mentions)
            if cue.quoting:
                # "— цитує Скрипника «Профутбол»": the outlet quotes, the person is quoted
                quoting_outlet = self._quoting_outlet(words, cue, mentions)
                if quoting_outlet is not None:
                    mention = quoting_outlet
            if mention is not None and cue.quoting and mention.first > 0 and (
                    words[mention.first - 1].lemma in self.cues.quote_nouns):
                # "Слова Лапшина приводит агентство": whose words they are is not who passes them on.
                mention = next((m for m in mentions if m.first >= cue.last and not m.preposition
                                and m.kind in ("name", "registry", "role", "outlet", "branch")), None)
            if mention is not None and mention.kind == "anonymous" and not mention.plural \
                    and self._plural_verb(words[cue.first]) and not mention.preposition:
                # "стверджують джерела видання": the plural verb tells the subject's number where its form does not
                mention = replace(mention, plural=True)
            source = state.resolve(mention, words) if mention is not None else self._network_users(words, cue)
            if source is None and mention is None and self._unnamed_plural(words, cue):
                # "Зокрема, заявили, що ...": no subject at all; they are the body whose report came just before
                source = state.last_body_spoken()
            if source is None and mention is None and self._unnamed_singular(words, cue):
                # "Сказала, що доглядає за матір'ю.": the subject left out is the one the article spoke of, as "вона"
                source = state.resolve(self.mentions._make(words, cue.first, cue.last, "pronoun", head="он"), words)
            if source is None:
                continue
            if speaker is None:
                speaker, main = source, cue
            elif source.id != speaker.id:
                others.append(source)
                other_cues.append(cue)
            partners = self._listed_with(words, mention, mentions, right_after=cue.last) if mention is not None else []
            for partner in partners:
                partner_source = state.resolve(partner, words)
                if partner_source is not None and partner_source.id != speaker.id \
                        and all(o.id != partner_source.id for o in others):
                    # "Александр Моор и Дмитрий Артюхов заявили", "Mash, Shot и Astra сообщили": all speak
                    others.append(partner_source)
                    other_cues.append(cue)
        if speaker is None:
            for cue in cues:
                if cue.kind != "verb" or not cue.gerund or cue.first < 2 or words[cue.first - 1].text != ",":
                    continue
                # "Зеленский обратился к согражданам, сказав, что ...": the gerund's speaker is the subject of the
                # clause it hangs on
                subject = self._clause_subject(words, cue, mentions)
                source = state.resolve(subject, words) if subject is not None else None
                if source is not None:
                    speaker, main = source, cue
                    break
        according: list[Source] = []
        pointed: set[str] = set()
        according_cue: CueHit | None = None
        cited: list[Source] = []
        citing_cue: CueHit | None = None
        for cue in cues:
            if cue.kind == "according_to":
                objects = self._object(words, cue, mentions, inside=True)
                named = state.by_surname(words[cue.last]) if not objects and cue.last < len(words) \
                    and words[cue.last].upper else None
                if named is not None:
                    # "По словам Озолса": a surname the finder did not take for one, of the person named before
                    according.append(named)
                    according_cue = according_cue or cue
                    continue
                if not objects and self.mentions.utterances.has(words[cue.last - 1]) and (
                        cue.last >= len(words) or not words[cue.last].is_word):
                    # "Согласно сообщению, ...", "За повідомленням, ...": the report just made, whoever made it (not
                    # "За інформацією обласного управління ...": the one named after it)
                    objects = [self.mentions._make(words, cue.last - 1, cue.last, "utterance",
                                                   head=words[cue.last - 1].lemma)]
                for mention in objects:
                    source = self._subject_before(words, mention, mentions, state) if mention.kind == "pronoun" \
                        else None
                    source = source or state.resolve(mention, words)
                    if source is not None:
                        according.append(source)
                        if mention.kind in ("pronoun", "utterance"):
                            pointed.add(source.id)  # "по его словам": the speaker again, never one cited by them
                        according_cue = according_cue or cue
            elif cue.kind == "citing":
                objects = self._object(words, cue, mentions, inside=False, many=True)
                for mention in objects:
                    source = state.resolve(mention, words)
                    if source is not None:
                        cited.append(source)
                        citing_cue = citing_cue or cue
                if not objects and speaker is None:
                    # "Компания снизила ориентиры, сославшись на ухудшение конъюнктуры": a reason cited is no
                    # source; whoever cites it makes the claim.
                    subject = self._clause_subject(words, cue, mentions)
                    source = state.resolve(subject, words) if subject is not None else None
                    if source is not None:
                        speaker, main = source, CueHit("verb", cue.first, cue.last, cue.start, cue.end)
        if main is not None and main.quoting and speaker is not None:
            quoted_party = self._quoted_party(words, main, mentions, speaker, state)
            if quoted_party is not None:
                cited.append(quoted_party)
        sources: list[Source] = []

        def add(source: Source) -> None:
            if all(s.id != source.id for s in sources):
                sources.append(source)

        relay = speaker if speaker is not None and not _is_own(speaker, own) else None
        # "Губернатор заявил, что ..., передает РИА Новости" / "РИА Новости пишет, что губернатор заявил ...": the
        # speaker inside an outlet's report reaches the article through that outlet.
        outlet = next((o for o, c in zip(others, other_cues) if (o.kind == "media" or self._relays_report(words, c, o))
                       and c.speaker_after and self._closes(words, c) and not _is_own(o, own)), None)
        if outlet is not None and outlet.kind != "media":
            # "..., пише Політека": whoever passes on a report so is an outlet, known or not
            outlet = outlet.model_copy(update={"kind": "media"})
            others = [outlet if o.id == outlet.id else o for o in others]
        if outlet is not None and relay is not None and relay.id != outlet.id and relay.kind != "media":
            rules.append("chain.closing_outlet")
        if relay is not None and relay.kind == "media" and others:
            outlet = outlet or relay
        # "Про це заявив A, передає B з посиланням на C": B cites C, through whom A's words reach B
        outlet_cue = next((c for o, c in zip(others, other_cues) if outlet is not None and o.id == outlet.id), None)
        passed_on = next((c for c in cited if outlet is not None and c.id != outlet.id), None) \
            if outlet_cue is not None and citing_cue is not None and citing_cue.first > outlet_cue.first else None
        # "Об этом сообщил A, передает B, пишет C": A's words reach B, B's report reaches C
        inner = next((o for o, c in zip(others, other_cues) if outlet_cue is not None and o.id != outlet.id
                      and o.kind == "media" and c.speaker_after and c.first < outlet_cue.first
                      and (main is None or c.first > main.first)), None) if outlet is not None else None
        if relay is not None:
            through = passed_on if passed_on is not None and relay.kind != "media" and relay.id != passed_on.id \
                else None if outlet is None or relay.id == outlet.id or relay.kind == "media" else inner or outlet
            add(relay if through is None else relay.model_copy(update={"via": through.id}))
            if through is not None and through is passed_on:
                rules.append("chain.citing")
            # "Reuters з посиланням на джерела розповідає, що Віткофф казав ...": the speaker inside the report is
            # the cited sources' account, which the outlet passes on
            teller = next((c for c in cited if c.id != relay.id), None) if relay.kind == "media" else None
            for other, other_cue in zip(others, other_cues):
                if _is_own(other, own):
                    continue
                if inner is not None and other.id == inner.id and outlet is not None and relay.id != inner.id:
                    add(other.model_copy(update={"via": outlet.id}))
                    continue
                if outlet is not None and other.id != outlet.id and other.kind != "media" and other.via is None:
                    inside = teller is not None and main is not None and self._embedded(words, main, other_cue)
                    add(other.model_copy(update={"via": (teller if inside else outlet).id}))  # type: ignore[union-attr]
                    rules.append("chain.nested")
                elif relay.kind == "organization" and other.via is None and main is not None \
                        and self._embedded(words, main, other_cue):
                    # "Аналитики ISW отметили, что Гладков сообщил ...": the governor's words as the analysts tell them
                    add(other.model_copy(update={"via": relay.id}))
                    rules.append("chain.nested")
                else:
                    add(other)
            if outlet is not None and relay.id != outlet.id and relay.kind != "media":
                rules.append("chain.nested")
            told = self._told(words, main, mentions, state) if main is not None else None
            if told is not None and told.id != relay.id and not _is_own(told, own):
                # "Джерело в СБУ повідомило «Укрінформу»": the speaker's words reach us through that outlet; and
                # through the outlet closing the sentence after it ("сказав у розмові з Reuters, повідомляє Depo.ua")
                sources[0] = relay.model_copy(update={"via": told.id})
                closing = outlet if outlet is not None and outlet.id not in (told.id, relay.id) else None
                add(told if closing is None else told.model_copy(update={"via": closing.id}))
                rules.append("chain.told")
        # "Он отметил, что по данным минздрава погибли двое": data cited inside a speaker's report reach us through
        # the speaker, as any source inside an outlet's report does
        inside_report = main is not None and according_cue is not None and according_cue.first > main.first \
            and self._embedded(words, main, according_cue)
        fronted = relay is not None and relay.kind != "media" and main is not None and according_cue is not None \
            and according_cue.last <= main.first and not inside_report \
            and any(w.lemma == "слово" for w in words[according_cue.first:according_cue.last]) \
            and any(w.fold in ("что", "що") for w in words[main.last:main.last + 4])  # a report, not "вимагає, щоб"
        teller = next((s for s in according if s.id not in pointed and relay is not None and s.id != relay.id), None)
        if fronted and teller is not None:
            # "За словами очевидців, мер повідомив, що ...": the mayor's words reach us through the eyewitnesses
            sources[:] = [s.model_copy(update={"via": teller.id}) if relay is not None and s.id == relay.id
                          and s.via is None else s for s in sources]
            rules.append("chain.according_to")
        for source in according:
            if relay is not None and (relay.kind == "media" or inside_report and source.id not in pointed) \
                    and source.id != relay.id:
                add(source.model_copy(update={"via": relay.id}))
                rules.append("chain.nested")
            else:
                add(source)
        # "пресслужба ОВА, а також Укрінформ із посиланням на X": the outlet joined right before the phrase cites
        citer = relay
        if relay is not None and citing_cue is not None:
            joined = [o for o in sources if o.kind == "media" and o.mention_end is not None
                      and o.mention_end <= citing_cue.start and not text[o.mention_end:citing_cue.start].strip(" »\"")]
            citer = joined[0] if joined else relay
        for source in cited:
            if passed_on is not None and outlet is not None and source.id != outlet.id:
                add(source.model_copy(update={"via": outlet.id}))
                rules.append("chain.citing")
            elif citer is not None and source.id != citer.id:
                add(source.model_copy(update={"via": citer.id}))
                rules.append("chain.citing")
            else:
                add(source)
        # "джерело РБК-Україна": an unnamed source whose words reach us through an outlet.
        for mention in mentions:
            if mention.kind == "anonymous" and mention.inner is not None and not mention.outlets:
                body = state.resolve(mention.inner, words)
                if body is not None and body.kind == "media":
                    # "источник издания": an unnamed source speaking to the outlet named before (or the one named
                    # who spoke to it: "сказал собеседник агентства" after "ТАСС сообщил адвокат Иван Петров")
                    for index, source in enumerate(list(sources)):
                        if source.mention_start == mention.start and source.via is None:
                            sources[index] = source.model_copy(update={"via": body.id})
                            add(body)
                            rules.append("chain.told")
            if mention.kind == "anonymous" and not mention.outlets and mention.inner is None and (
                    mention.outlet_span is not None):
                # "Источник «МБХ медиа»": the outlet is named in quotation marks and is not in the registry.
                start, end = mention.outlet_span
                outlet = Source(id=slug(text[start:end]), name=text[start:end], kind="media", mention=text[start:end],
                                mention_start=start, mention_end=end)
                for index, source in enumerate(list(sources)):
                    if source.mention_start == mention.start and source.anonymous and source.via is None:
                        sources[index] = source.model_copy(update={"via": outlet.id})
                        add(outlet)
                        rules.append("chain.told")
            if mention.kind == "anonymous" and mention.outlets and mention.outlet_span is not None:
                for index, source in enumerate(list(sources)):
                    if source.mention_start == mention.start and source.anonymous and source.via is None:
                        entry = mention.outlets[0]
                        sources[index] = source.model_copy(update={"via": entry.id})
                        start, end = mention.outlet_span
                        add(Source(id=entry.id, name=entry.name, kind=entry.kind, mention=text[start:end],
                                   mention_start=start, mention_end=end))
                        rules.append("chain.told")
        for source in list(sources):
            if source.via is not None and all(s.id != source.via for s in sources):
                relay_source = state.by_id(source.via)
                if relay_source is not None and not _is_own(relay_source, own):
                    add(relay_source)
                    rules.append("chain.kept")
        sources = [s for s in sources if not _is_own(s, own)]
        ids = {s.id for s in sources}
        sources = [s if s.via is None or (s.via in ids and s.via != s.id) else s.model_copy(update={"via": None})
                   for s in sources]  # (no source reaches us through itself: "Журналисты газеты" are the paper)
        sources = [s for k, s in enumerate(sources) if all(o.id != s.id for o in sources[:k])]
        if not any(s.via for s in sources):
            rules = [r for r in rules if not r.startswith("chain.")]  # the relay was the outlet itself
        if not sources:
            if speaker is not None and _is_own(speaker, own):
                return _Found([], "none", None, ["source.own_outlet"])
            if not cues:
                headline = self._headline_source(words, mentions, state, own)
                if headline is not None:
                    return headline
                signer = self._dash_signature(words, mentions, state, own)
                if signer is not None:
                    state.note([signer])
                    return _Found([signer], "direct_quote", None, ["quote.dash_signature", "source.resolved"],
                                  dash_tag=True)
            return _Found([], "none", None, [])
        state.note(sources)
        for source in sources:
            rules.append("source.anonymous" if source.anonymous else "source.resolved")
        chosen: CueHit | None
        if according and (relay is None or relay.kind == "media" or main is None):
            attribution: AttributionKind = "according_to"
            chosen = according_cue if relay is None or according_cue is None else main
        elif relay is None:
            attribution, chosen = "according_to", according_cue
        else:
            attribution, chosen = "indirect", main
        if relay is None and speaker is not None and cited:
            attribution = "according_to"  # "Про це пише УНН із посиланням на ...": the outlet cites others
        back = (main is not None and main.back) or (main is None and according_cue is not None and according_cue.back)
        # "Как сообщает РБК, об этом сообщил глава ОВА": the pointer of the report an outlet relays points back too
        back = back or (outlet is not None and any(c.back for o, c in zip(others, other_cues) if o.id != outlet.id))
        # "..., - пише Волинь24": an outlet credited for the report, not a speaker's own words
        # (or one citing others: "..., - повідомило з посиланням на джерела в поліції Суспільне")
        credit = main is not None and relay is not None and relay.kind == "media" and (
            self._outlet_credit(words, main) or citing_cue is not None)
        dash_tag = main is not None and not credit and self._dash_tag(text, words, main)
        trailing = main is not None and main.speaker_after and not back and self._closes(words, main)
        return _Found(sources, attribution, chosen or main, list(dict.fromkeys(rules)), back, dash_tag, trailing)

    def _shows_display(self, words: list[Word]) -> bool:
        """Does a sentence ending on a colon point at a chart, a map or a list below ("на карте ниже:")?"""
        last = [w for w in words if w.is_word][-3:]
        return any(w.lemma in self._display_words or w.fold in self._display_words for w in last)

    def _unnamed_plural(self, words: list[Word], cue: CueHit) -> bool:
        """A plural past verb of saying with nothing but openers before it, before what was said ("Також
        повідомили, що ...", "Кроме того, уточнили: ...")."""
        return words[cue.first].fold.endswith("ли") and self._subject_left_out(words, cue)

    def _unnamed_singular(self, words: list[Word], cue: CueHit) -> bool:
        """A singular past verb of saying opening the sentence, before what was said ("Сказала, що ...", "Добавил,
        что ..."): its subject is left out, as Russian and Ukrainian leave out a pronoun."""
        verb = words[cue.first]
        return verb.fold.endswith(("л", "ла", "в")) and verb.upper and self._subject_left_out(words, cue)

    def _subject_left_out(self, words: list[Word], cue: CueHit) -> bool:
        """Does the verb of saying stand with nothing but openers before it, before what was said?"""
        return not cue.gerund and all(not w.is_word or w.fold in self._opening_words for w in words[:cue.first]) \
            and self.cues.reports_speech(words, cue.first)

    def _dash_signature(self, words: list[Word], mentions: list[Mention], state: ArticleState,
                        own: set[str]) -> Source | None:
        """"Никаких проверок не было — Анна Ковалева.": a person's name after a dash closing the sentence, with no
        verb, signs the words before it."""
        end = len(words)
        while end and not words[end - 1].is_word:
            end -= 1
        signer = next((m for m in mentions if m.last == end and m.kind in ("name", "registry", "role")), None)
        if signer is None or signer.first < 2 or words[signer.first - 1].text not in DASHES:
            return None
        if sum(w.is_word for w in words[:signer.first - 1]) < SIGNED_WORDS:
            return None  # "Минтранс — Павел Кротов.": a list's item, a post and who holds it, no words signed
        comma = next((k for k in range(signer.first - 2, -1, -1) if words[k].text == ","), None)
        if comma is not None and sum(w.is_word and w.fold not in _GAPPING_JOINS
                                     for w in words[comma + 1:signer.first - 1]) <= GAPPED_WORDS:
            return None  # "..., а заступником — Іван Мороз.": the dash stands for the verb left out, no signature
        name = (signer.name or (signer.first, signer.last)) if signer.kind == "role" else (signer.first, signer.last)
        if name[1] - name[0] < 2 or not self.mentions.first_name(words[name[0]]) \
                or self._first_name_oblique(words, *name):
            return None  # a person named in full and in the nominative ("батькові — Петру Чорногузу" is no signature)
        source = state.resolve(signer, words)
        return source if source is not None and source.kind in ("person", "official") and not _is_own(source, own) \
            else None

    def _relays_report(self, words: list[Word], cue: CueHit, source: Source) -> bool:
        """"..., заявив Железняк, пише Політека": a verb of relaying names an outlet, unless the registry knows the
        one it names as a person."""
        known = self.registry.get(source.id)
        return self._relay_verb(words, cue) and not (known is not None and known.kind in ("person", "official"))

    def _relay_verb(self, words: list[Word], cue: CueHit) -> bool:
        return words[cue.first].lemma in self.cues.relay_verbs

    def _outlet_credit(self, words: list[Word], cue: CueHit) -> bool:
        """Does an outlet relay with the verb ("пише", "передает"), or report with it in the present as outlets do
        ("сообщает ТАСС", "повідомляє УНН"; a speaker's words are tagged in the past: "сообщил", "повідомив")?"""
        verb = words[cue.first]
        return self._relay_verb(words, cue) or (verb.lemma in self.cues.news_verbs
                                                and not verb.fold.endswith(PAST_ENDINGS))

    def _speaker(self, words: list[Word], cue: CueHit, mentions: list[Mention], quoted_names: bool = True) -> Mention | None:
        """The mention that speaks through a reporting verb: in its clause, before it or after it."""
        if cue.first and self._subject_relative(words[cue.first - 1]):
            return None  # "жителя, який передавав відомості": a report inside a noun phrase, no one's to the article
        if self._first_person(words[cue.first]):
            return None  # "Призываю не выкладывать кадры работы ПВО": the speaker's own words; no one named speaks
        start, asides = self.cues.clause_start_and_asides(words, cue.first)
        if start >= 2 and cue.first - start <= 2 and words[start - 1].text == "," \
                and [w.fold for w in words[start:cue.first]] in (["а", "также"], ["а", "також"], ["а", "еще"]):
            # "Гончаренко извинился перед болельщиками, а также заявил, что ...": the subject of the predicate before
            # (its first mention, not an object of its verb: "закликав містян ..., а також наголосив")
            start, asides = self.cues.clause_start_and_asides(words, start - 1)
            subject = next((m for m in mentions if start <= m.first < cue.first and not m.preposition), None)
            start = subject.first if subject is not None else cue.first
            mentions = [m for m in mentions if m is subject or m.first >= cue.first or m.last <= start]
        end = self.cues.clause_end(words, cue.first)
        before = [m for m in mentions if m.last <= cue.first and m.first >= start and self._can_speak(m, words)
                  and not self._interviewed_by(words, cue, m) and not any(a <= m.first < b for a, b in asides)]
        after = [m for m in mentions if m.first >= cue.last and m.first < end and self._can_speak(m, words)
                 and not self._interviewed_by(words, cue, m)]  # the outlet that got the interview is spoken to
        unnamed_subject = any(m.kind == "anonymous" and not m.preposition for m in (*before[-1:], *after[:1]))
        if self._plural_verb(words[cue.first]) and not unnamed_subject and not (
                before and not before[-1].preposition and self._coordinated(words, before[-1], before) is not None):
            # "Информацию РИА Новости подтвердили в правоохранительных органах": a plural verb with no subject
            # reports a body named after "в"/"у" (two names joined before it are its subject: "«Медуза» и
            # «Медиазона» опубликовали").
            bodies = [m for m in before[::-1] + after if m.preposition in IN_WORDS]
            if bodies:
                return bodies[0]
            pointer = self._place_pointer(words, cue, mentions)
            if pointer is not None and not after:
                return pointer
        if cue.quoting and len(after) >= 2 and not self.mentions.nominative_form(words[after[0].first]) \
                and self.mentions.nominative_form(words[after[1].first]):
            # "— цитирует тренера пресс-служба лиги": the one quoted comes first, in the accusative; the subject quotes
            after = [after[1], after[0], *after[2:]]
        # "начальник управления (УГХ) Петр Орлов": an abbreviation in brackets after a title is no one speaking
        after = [m for m in after if not (0 < m.first and m.last < len(words) and words[m.first - 1].text == "("
                                          and words[m.last].text == ")" and any(o.last == m.first - 1 for o in after))]
        if len(after) >= 2 and after[0].kind in ("registry", "role", "branch") and (
                after[1].first == after[0].last or (after[1].first == after[0].last + 3
                                                    and words[after[0].last].text == "(")
                # "прессекретарка Нацполіції Полтавщини Ольга Мельник": the body's region between
                or (after[1].first - after[0].last <= 2 and all(
                    w.is_word and self.mentions.place_word(w) for w in words[after[0].last:after[1].first]))) \
                and (after[1].kind == "name" or (after[1].kind == "registry" and after[1].entry is not None
                                                 and after[1].entry.kind in ("person", "official"))) \
                and not after[0].preposition:
            # "розповів речник СБУ Артем Дехтяренко": the person the body's title leads to speaks, not the body.
            after = after[1:]
        titled = next((m for m in mentions if after and after[0].kind == "role" and m.kind == "role"
                       and m.first == after[0].last + 1 and words[after[0].last].text in DASHES
                       and words[m.last - 1].upper and self._can_speak(m, words)), None)
        if titled is not None:
            # "считает вице-премьер - министр финансов Давид Петросян": two titles of one person, the second named
            after = [titled, *after[1:]]
        if len(after) >= 2 and after[0].kind == "registry" and after[0].entry is not None \
                and after[0].entry.kind == "media" and self._marks_or_time(words, cue.last, after[0].first) \
                and (self._marks_or_time(words, after[0].last, after[1].first) or self._profession_before(
                    words, after[0].last, after[1]) or (after[1].first - after[0].last == 1 and words[after[0].last].fold
                                                        in IN_WORDS)) and not after[0].preposition \
                and after[1].kind in ("anonymous", "role", "name", "registry"):
            # "Как сообщили TUT.BY участники акции", "заявив "24 Каналу" представник ГУР", "повідомили Укрінформу у
            # прес-службі поліції": the outlet right after the verb is the one told (a dative); the speaker follows it.
            after = after[1:]
        if cue.address and len(after) >= 2 and after[0].preposition and not after[1].preposition:
            # "– звернувся до мешканців мер Харкова Ігор Терехов": the people addressed, then the speaker
            after = after[1:]
        # "в Минобороны заявили": a body after "в"/"у" speaks from either side of the verb.
        told_after = bool(after) and after[0].kind == "registry" and after[0].entry is not None \
            and after[0].entry.kind == "media" and not after[0].preposition
        subject_before = bool(before) and before[-1].kind in ("anonymous", "role", "name", "pronoun") \
            and not before[-1].preposition and self.mentions.nominative_form(words[before[-1].first]) \
            and words[before[-1].first].fold not in self.cues.pointing_words  # "Такие данные приводит ..."
        # (not "один из источников": one of them is the subject)
        where_after = bool(after) and (after[0].preposition not in ("", "из", "з", "із", "зі") or not (
            after[0].preposition or self.mentions.nominative_form(words[after[0].first])))
        if cue.speaker_after and subject_before and (told_after or where_after):
            # "Об этом источник в полиции сообщил ТАСС": the subject before the verb speaks to the outlet after it;
            # "Про це прем'єр-міністр ... розповів у чаті Кабміну": and from where it spoke
            order = before[::-1][:1]
        elif cue.speaker_after:
            order = after[:1] + before[::-1][:1]
        else:
            order = before[::-1][:1] + after[:1]
        if order and order[0].kind in ("role", "anonymous") and order[0].name is None:
            # "Андрій Коваль, генеральний директор «Мережі Поділля», заявив": the role describes the name before it,
            # and so does an unnamed source's noun ("Ольга Петренко, мешканка Полтави, розповіла")
            named = next((m for m in before if m.kind in ("name", "registry") and m.last == order[0].first - 1
                          and words[m.last].text == ","), None)
            # "Сергій Болвінов, заступник начальника ГУНП в області, керівник слідчого управління, заявив": the name
            # opening the clause before a list of roles
            named = named or next((m for m in before if m.kind == "name" and m.first == start and m.last < cue.first
                                   and words[m.last].text == "," and m is not order[0]), None)
            if order[0].kind == "anonymous":
                # only a name before it: "Как отметил один из источников, Громов, ..." names no source
                order = [named] if named is not None and cue.first > order[0].first else order
        if order and order[0].kind == "role" and order[0].name is None:
            # "рассказал депутат Госдумы, член комитета по обороне Андрей Картаполов": titles listed before the
            # name all describe its holder
            named = named or next((m for m in mentions if m.first == order[0].last + 1 and words[order[0].last].text
                                   == "," and (m.kind == "name" or m.kind == "role" and m.name is not None)
                                   and self._can_speak(m, words)), None)
            # "заявив радник президента України, екс-глава МВС України Петро Гнатюк": a second title, then the name;
            # the first may end in what it is about ("старший групи прокурорів у справі, прокурор ... Олег Мельник")
            comma = next((k for k in range(order[0].last, min(len(words), order[0].last + TITLE_TOPIC_WORDS + 1))
                          if words[k].text == "," or not words[k].is_word), None)
            topic = words[order[0].last:comma] if comma is not None else []
            if comma is None or words[comma].text != "," or (topic and topic[0].fold not in _TOPIC_OPENERS):
                comma = None
            # (the second title opens right after the comma: "Как уверяют представители МВД, за ночь силы ПВО" names
            # no one)
            second_title = comma is not None and (any(m.kind in ("role", "anonymous", "name") and m.first == comma + 1
                                                      for m in mentions) or any(
                self.cues.appositive_heads.has(w) for w in words[comma + 1:comma + 3]))
            named = named or next((m for m in mentions if comma is not None and second_title and comma < m.first
                                   <= comma + SECOND_TITLE_WORDS
                                   and (m.kind == "name" or m.kind == "role" and m.name is not None)
                                   and not any(w.text in ",.;:" or w.lemma in self.cues.verbs
                                               for w in words[comma + 1:m.first])
                                   and self._can_speak(m, words)), None)
            if named is not None:
                order = [named]
        if not order and start >= 3 and words[start - 1].fold in self.cues.place_relatives \
                and words[start - 2].text == ",":
            # "Гладков вышел на связь в своем Telegram-канале, где рассказал об атаке": the subject of the clause
            # before, where the verb has none of its own
            main = self.cues.clause_start(words, start - 3)
            order = [m for m in mentions if m.first == main and not m.preposition and self._can_speak(m, words)][:1]
        if order and order[0].kind == "role" and order[0].name is not None \
                and self._name_disagrees(words, cue, order[0].name):
            # "подтвердил адвокат Корнеева": no man is named Корнеева; his client is, in the genitive
            order[0] = replace(order[0], name=None, unnamed_holder=True)
        if order or not quoted_names:
            return order[0] if order else None
        return self._quoted_speaker(words, cue)

    def _name_disagrees(self, words: list[Word], cue: CueHit, name: tuple[int, int]) -> bool:
        """Is a one-word name after a role no subject of the verb: a past verb of one gender, the name's readings in
        the nominative all of the other, and a reading of it in the genitive (the dictionary's tags)?"""
        first, last = name
        if last - first != 1:
            return False
        verb = self.lemmatizer.tags(words[cue.first].text)
        gender = "masc" if "masc" in verb else "femn" if "femn" in verb else ""
        readings = self.lemmatizer.name_readings(words[first].text)
        if not gender or "past" not in verb or not readings:
            return False
        nominative = {g for _, g, case, _ in readings if case == "nomn"}
        return gender not in nominative and "" not in nominative and any(case == "gent" for _, _, case, _ in readings)

    def _first_person(self, verb: Word) -> bool:
        """Is the verb in the first person ("призываю", "сообщу", "закликаю", "повідомляємо")?"""
        tags = self.lemmatizer.tags(verb.text)
        if tags:
            return "1per" in tags
        return verb.fold.endswith(_FIRST_PERSON_ENDINGS.get(self.rules.language, ()))

    def _profession_before(self, words: list[Word], start: int, name: Mention) -> bool:
        """Is one profession all that stands before the name ("розповів Суспільному режисер Сергій Павлюк")?"""
        between = words[start:name.first]
        back = self.mentions.person_back_nouns
        return name.kind == "name" and len(between) == 1 and (between[0].lemma in back or between[0].fold in back)

    def _marks_or_time(self, words: list[Word], start: int, end: int) -> bool:
        """Are the words from start to end quotation marks, or say when ("в среду", "позднее")?"""
        times = self.mentions.time_words
        return start <= end and all(
            w.text in QUOTES or w.fold in times or w.fold in ("позднее", "пізніше", "позже")
            or (w.fold in ("в", "во", "у") and k + 1 < end and words[k + 1].fold in times)
            for k, w in enumerate(words[start:end], start=start))

    def _subject_relative(self, word: Word) -> bool:
        """A relative pronoun in the nominative ("який", "которая"): the subject of the clause it opens."""
        return not word.upper and (word.lemma in self.cues.relatives or word.fold in self.cues.relatives) \
            and "nomn" in self.lemmatizer.cases(word.text)

    def _quoting_outlet(self, words: list[Word], cue: CueHit, mentions: list[Mention]) -> Mention | None:
        """An outlet after a quoting verb, named in the registry or in quotation marks."""
        end = self.cues.clause_end(words, cue.first)
        for mention in mentions:
            if cue.last <= mention.first < end and mention.kind in ("registry", "outlet") and (
                    mention.kind == "outlet" or (mention.entry is not None and mention.entry.kind == "media")):
                return mention
        for k in range(cue.last, end):
            if words[k].text in QUOTES:
                named = self.mentions._quoted_name(words, k)
                if named is not None:
                    outlet = self.mentions._make(words, named[0], named[1], "outlet")
                    outlet.name_text = " ".join(w.text for w in words[named[0]:named[1]])
                    return outlet
        return None

    def _listed_with(self, words: list[Word], mention: Mention, mentions: list[Mention],
                     right_after: int = -1) -> list[Mention]:
        """The mentions joined to a speaker's in a list: the one joined by "и"/"та" (``_coordinated``) and those
        before it set off by commas ("Mash, Shot и Astra сообщили", "сообщили ТАСС, РИА Новости и Интерфакс")."""
        kinds = ("name", "registry", "role")
        partner = self._coordinated(words, mention, mentions, right_after)
        if partner is not None:
            # the list ends at the speaker (the names before it are set off by commas), or starts at it
            listed, edge = [partner], min(partner, mention, key=lambda m: m.first)
            while True:
                comma = edge.first - 1
                while comma > 0 and words[comma].text in QUOTES:
                    comma -= 1
                end = comma
                while end > 0 and words[end - 1].text in QUOTES:
                    end -= 1
                earlier = next((m for m in mentions if comma > 0 and words[comma].text == "," and m.last == end
                                and not m.preposition and m.kind in kinds), None)
                if earlier is None or earlier in listed or earlier is mention:
                    return listed
                listed.append(earlier)
                edge = earlier
        # "сообщили ТАСС, РИА Новости и Интерфакс": the speaker opens a list after the verb that "и" ends
        if not _only_marks(words, right_after, mention.first):
            return []
        listed, edge = [], mention
        while True:
            comma = edge.last
            while comma < len(words) - 1 and words[comma].text in QUOTES:
                comma += 1
            if comma >= len(words) - 1 or words[comma].text != ",":
                return []
            start = comma + 1
            while start < len(words) - 1 and words[start].text in QUOTES:
                start += 1
            following = next((m for m in mentions if m.first == start and not m.preposition and m.kind in kinds), None)
            if following is None:
                return []
            listed.append(following)
            last = self._coordinated(words, following, mentions, right_after=following.first)
            if last is not None and last not in listed:
                return listed + [last]
            edge = following  # (each turn moves past a comma, so the list ends with the sentence at the latest)

    @staticmethod
    def _coordinated(words: list[Word], mention: Mention, mentions: list[Mention], right_after: int = -1) -> Mention | None:
        """The mention joined to a speaker's by "и"/"і"/"та" right before it ("Моор и Артюхов заявили"), or right
        after it when the speaker stands right after its verb (``right_after``: "утверждают РЕН ТВ и Mash")."""
        kinds = ("name", "registry", "role")
        # joined over quotation marks ("«Медуза» и «Медиазона» сообщили") or by ", а также" ("пресслужба ОВА, а
        # також Укрінформ")
        joint = _joint_before(words, mention.first)
        if joint is not None:
            return next((m for m in mentions if m.last == joint and not m.preposition and m.kind in kinds), None)
        joint = _joint_after(words, mention.last)
        if joint is not None and _only_marks(words, right_after, mention.first):
            return next((m for m in mentions if m.first == joint and not m.preposition and m.kind in kinds), None)
        return None

    def _quoted_speaker(self, words: list[Word], cue: CueHit) -> Mention | None:
        """A name in quotation marks right after the verb or right before it, with no other subject: an outlet
        or a channel named as it names itself ("Про це пише "Мост"", "«Коммерсантъ» сообщает")."""
        named = self.mentions._quoted_name(words, cue.last)
        if named is None and cue.first >= 2 and words[cue.first - 1].text in QUOTES:
            opening = next((k for k in range(cue.first - 2, max(-1, cue.first - 8), -1) if words[k].text in QUOTES),
                           None)
            named = self.mentions._quoted_name(words, opening) if opening is not None else None
            if named is not None and named[1] != cue.first - 1:
                named = None
        if named is None:
            return None
        mention = self.mentions._make(words, named[0], named[1], "outlet")
        mention.name_text = " ".join(w.text for w in words[named[0]:named[1]])
        return mention

    def _described_label(self, words: list[Word], comma: int) -> int | None:
        """The colon before words said, where a description without a verb runs to it from the comma after a name
        ("Игорь Мельник, главный тренер «Сокола»: ..."); None if there is no such description."""
        colon = next((k for k in range(comma + 1, min(len(words), comma + LABEL_DESCRIPTION_WORDS)) if words[k].text == ":"),
                     None)
        if colon is None or colon + 1 >= len(words):
            return None
        between = words[comma + 1:colon]
        described = bool(between) and not any(w.lemma in self.cues.verbs or w.text in ".!?;" for w in between) \
            and not between[0].upper
        return colon if described else None

    def _headline_source(self, words: list[Word], mentions: list[Mention], state: ArticleState,
                         own: set[str]) -> _Found | None:
        """"Песков: Кремль не видит угрозы", "Ворог атакував Черкащину – голова ОВА": a headline's source named
        before a colon that opens it, or after a dash that closes it."""
        content = [k for k, w in enumerate(words) if w.is_word]
        if not content:
            return None
        speakers = ("registry", "name", "role", "anonymous", "outlet")
        opening = next((m for m in mentions if m.first == content[0] and m.kind in speakers), None)
        found: Mention | None
        after = words[opening.last + 1:] if opening is not None else []
        colon = self._described_label(words, opening.last) if opening is not None and opening.last < len(words) \
            and words[opening.last].text == "," and opening.kind in ("name", "registry") else None
        if colon is not None:
            after = words[colon + 1:]  # "Игорь Мельник, главный тренер «Сокола»: «...»": the name, its description, the colon
        if opening is not None and opening.last < len(words) and (words[opening.last].text == ":" or colon is not None) and (
                not after or any(w.text[0].isalpha() for w in after)):
            found = opening  # not a figure after its label ("Послуги ЖКТ: +5,1%"): that says nothing
        else:
            closing = next((m for m in mentions if m.last == content[-1] + 1 and m.kind in speakers), None)
            dash = closing is not None and closing.first > 0 and words[closing.first - 1].text in DASHES and (
                closing.first - 1 > content[0]) and (
                # a headline has no final stop; a sentence that has one needs speech before the dash
                # ("...зважено", - Петрашко."), not a word ("У Богодухівському - Золочів.")
                words[-1].text not in ".!?…" or not words[closing.first - 2].is_word)
            if dash and closing is not None and self._oblique_after_dash(words, closing.first):
                dash = False  # "Интервью Ивана Петрова — советника президента": an apposition, no credit
            found = closing if dash else None
        source = state.resolve(found, words) if found is not None else None
        if source is None or _is_own(source, own):
            return None
        state.note([source])
        rule = "source.anonymous" if source.anonymous else "source.resolved"
        return _Found([source], "indirect" if found is opening else "according_to", None,
                      ["cue.headline", rule])

    def _oblique_after_dash(self, words: list[Word], first: int) -> bool:
        """Does the phrase after a headline's dash open with a word the dictionary reads in no nominative (a
        genitive in apposition to a name before the dash), so that it credits no one?"""
        opener = next((w for w in words[first:] if w.is_word), None)
        if opener is None or opener.upper:
            return False
        cases = self.lemmatizer.cases(opener.text)
        return bool(cases) and "nomn" not in cases

    def _told(self, words: list[Word], cue: CueHit, mentions: list[Mention], state: ArticleState) -> Source | None:
        """The outlet a speaker spoke to: a news outlet right next to the verb, with no preposition, that is not
        its subject ("сообщил ТАСС", "Об этом ТАСС сообщили в ...", "повідомило «Укрінформу»")."""
        for mention in mentions:
            # "Об этом ТАСС (в среду) сообщил источник": right before the verb, when perhaps between them
            near = cue.last <= mention.first <= cue.last + 1 or (
                mention.first > cue.last and self._marks_or_time(words, cue.last, mention.first)) or (
                mention.last <= cue.first and self._marks_or_time(words, mention.last, cue.first)
                and not any(w.text in ",.;:" for w in words[mention.last:cue.first]))
            if self._interviewed_by(words, cue, mention, broadcast=True):
                continue  # "в ефірі телеканалу ICTV заявив": where the words were said, not who passes them on
            right_before = mention.last <= cue.first and not any(
                w.text in ",.;:" for w in words[mention.last:cue.first]) and sum(
                w.is_word for w in words[mention.last:cue.first]) <= TOLD_BEFORE
            if (mention.first >= cue.last or right_before) and self._interviewed_by(words, cue, mention):
                # "сказал в интервью газете Le Monde", "в разговоре с РБК заявил": the outlet that got the
                # interview passes the words on.
                source = state.resolve(mention, words)
                if source is not None and source.kind == "media":
                    return source
                continue
            # "сообщил адвокат «Интерфаксу»": an outlet in the dative after the speaker is the one told, too
            near = near or (cue.last < mention.first <= cue.last + TOLD_REACH
                            and (self.mentions.dative_only(words[mention.first])
                                 or self.mentions.told_outlet(words[mention.first])))  # "агентству Укрінформ"
            if not near or mention.preposition:
                continue
            if any(w.lemma in self.cues.own_staff for w in words[max(0, mention.first - 1):mention.first + 1]):
                continue  # "сообщили редакции VB.KG", "кореспонденту ТСН.ua": the article's own outlet
            if mention.kind == "outlet" and self._subject_elsewhere(words, cue, mention, mentions):
                # "Как рассказал порталу «Новый Город» пресс-секретарь мэрии": an outlet by its kind and its name
                source = state.resolve(mention, words)
                if source is not None and source.kind == "media":
                    return source
                continue
            if mention.kind != "registry" or mention.entry is None:
                continue
            if mention.entry.kind == "media" and self._subject_elsewhere(words, cue, mention, mentions):
                return state.resolve(mention, words)
        # "Источник в Минфине рассказал изданию", "У Мінфіні виданню підтвердили": the outlet cited before, by its
        # noun in the dative, next to the verb and naming no outlet of its own
        nearby = [k for k in (*range(cue.last, min(len(words), cue.last + 2)), cue.first - 1) if 0 <= k < len(words)]
        for k in nearby:
            if self.mentions.told_outlet(words[k]) and not any(m.first <= k + 1 < m.last for m in mentions) \
                    and not (k > 0 and words[k - 1].fold in IN_WORDS):
                return state.last_outlet(words[k])
        return None

    def _interviewed_by(self, words: list[Word], cue: CueHit, mention: Mention, broadcast: bool = False) -> bool:
        """Is the mention the outlet of an interview, on either side of the verb ("сказал в интервью газете X",
        "в ефірі X повідомив")? With ``broadcast``, of a broadcast only ("в ефірі X")."""
        interview_word = self._broadcast_word if broadcast else self._interview_word
        if mention.first >= cue.last:
            # "в интервью (газете)", also after the verb's subject ("розповів речник ... у коментарі для X")
            between = [w for w in words[max(cue.last, mention.first - 3):mention.first] if w.is_word]
            opening = next((j for j, w in enumerate(between) if w.fold in IN_WORDS), None)
            between = between[opening:] if opening is not None else between
            if between and between[-1].upper and not interview_word(between[-1]):
                return False  # "заявил в интервью РБК министр ...": the one after the outlet's name speaks
        else:
            # "в ефірі X", "в прямом эфире X": the preposition, an adjective perhaps, the interview's word
            between = [w for w in words[max(0, mention.first - 4):mention.first] if w.is_word]
            if between and between[-1].fold in ("с", "со", "з", "із", "зі"):
                between = between[:-1]  # "в разговоре с РБК заявил": the one the speaker talked with
            opening = next((j for j in range(len(between) - 2, -1, -1) if between[j].fold in IN_WORDS), None)
            between = between[opening:] if opening is not None else between[-2:]
            if between and not interview_word(between[-1]):
                return False  # "У коментарі медіа очільник громади повідомив": the outlet follows the interview's word
        return 2 <= len(between) <= 3 and between[0].fold in IN_WORDS and any(
            interview_word(w) for w in between[1:])

    def _interview_word(self, word: Word) -> bool:
        return word.lemma in self.interview_words or word.fold in self.interview_words

    def _broadcast_word(self, word: Word) -> bool:
        return word.lemma in self.broadcast_words or word.fold in self.broadcast_words

    def _subject_elsewhere(self, words: list[Word], cue: CueHit, outlet: Mention, mentions: list[Mention]) -> bool:
        """Is another mention the verb's subject, so that the outlet next to it is the one spoken to?"""
        speaker = self._speaker(words, cue, [m for m in mentions if m is not outlet], quoted_names=False)
        return speaker is not None

    def _agentless_speaker(self, words: list[Word], cue: CueHit, mentions: list[Mention],
                           state: ArticleState) -> Source | None:
        """The source of an impersonal cue: the owner of a statement ("говорится в сообщении Минобороны") or the
        outlet something became known to ("как стало известно «Коммерсанту»")."""
        after = [m for m in mentions if cue.last <= m.first <= cue.last + 1]
        end = self.cues.clause_end(words, cue.last - 1)
        # "говорится в сообщении", "говорится в опубликованном обращении губернатора"
        utterance = next((m for m in mentions if m.kind == "utterance" and cue.last <= m.first < end), None)
        if utterance is not None:
            return self._named_owner(utterance, mentions, words, state) or state.resolve(utterance, words)
        # "В докладе Минобороны говорится, что ...": a statement before the verb speaks only with its owner named
        start = self.cues.clause_start(words, cue.first)
        before = next((m for m in mentions if m.kind == "utterance" and start <= m.first < cue.first), None)
        owned = self._named_owner(before, mentions, words, state) if before is not None else None
        if owned is not None:
            return owned
        outlet = next((m for m in after if m.kind == "registry" and m.entry is not None and m.entry.kind == "media"
                       and not m.preposition), None)
        if outlet is None:
            outlet = self._publisher(words, cue, mentions, end)
        return state.resolve(outlet, words) if outlet is not None else None

    def _publisher(self, words: list[Word], cue: CueHit, mentions: list[Mention], end: int) -> Mention | None:
        """Whose page an impersonal report is on: "как сообщается на сайте «Первого канала»", "в телеграм-канале
        МЧС сообщается", "на сайті прокуратури йдеться"."""
        start = self.cues.clause_start(words, cue.first)
        descriptors = self.mentions.descriptors
        for mention in mentions:
            if not start <= mention.first < end or mention.kind not in ("registry", "role", "name", "outlet"):
                continue
            first = mention.first
            if descriptors.has(words[first]) and mention.preposition in _ON_WORDS:
                return mention  # the page and its owner in one mention: "на сайте «Первого канала»"
            if first >= 2 and descriptors.has(words[first - 1]) and words[first - 2].fold in _ON_WORDS:
                return mention  # "в телеграм-канале МЧС"
        return None

    def _quoted_party(self, words: list[Word], cue: CueHit, mentions: list[Mention], speaker: Source,
                      state: ArticleState) -> Source | None:
        """Whom a quoting verb's speaker quotes: "цитирует губернатора", "приводит ТАСС слова представительницы
        суда", "Слова Лапшина приводит агентство" (a named person, a role, a body or an unnamed source)."""
        start = self.cues.clause_start(words, cue.first)
        end = self.cues.clause_end(words, cue.last - 1)
        for mention in mentions:
            owner_of_words = mention.kind == "pronoun" and mention.last < len(words) and (
                words[mention.last].lemma in self.cues.quote_nouns or words[mention.last].fold in self.cues.quote_nouns)
            # "— цитирует его РИА Новости": the one quoted, by a pronoun right after the verb
            owner_of_words = owner_of_words or (mention.kind == "pronoun" and mention.first == cue.last
                                                and words[mention.first].fold in QUOTED_PRONOUNS)
            if not start <= mention.first < end or (mention.kind not in ("name", "registry", "role", "anonymous", "branch")
                                                    and not owner_of_words):
                continue  # (a pronoun only as the owner of the words: "Его слова передает ТАСС")
            if mention.preposition or words[mention.first].lemma in self.cues.quote_nouns:
                continue
            if mention.kind == "registry" and mention.first > 0 and words[mention.first - 1].is_word \
                    and not words[mention.first - 1].upper and any(
                        m.first == mention.last and m.kind in ("name", "registry") for m in mentions):
                continue  # "цитирует Reuters госсекретаря США Марко Рубио": the country of a title, not the one quoted
            source = state.resolve(mention, words)
            if owner_of_words and (source is None or source.kind not in ("person", "official")):
                # "его слова": a person's words, the person last named, not the outlet that passed others on
                source = next((k.source for k in reversed(state.known) if k.source.kind in ("person", "official")
                               and not k.plural), None)
            if source is not None and source.id != speaker.id:
                return source
        return None

    def _embedded(self, words: list[Word], main: CueHit, cue: CueHit) -> bool:
        """Is a later cue inside what the main cue reports ("заявил, что X сказал") rather than a report beside
        it ("..., однако в Минобороны это опровергли")?"""
        if cue.speaker_after and self._closes(words, cue):
            return False  # "..., передает РИА Новости.": a tag closing the sentence reports all of it
        between = words[main.last:cue.first]
        opened = [k for k, w in enumerate(between) if w.fold in self.cues.subordinators]
        if not opened:
            return False
        return not any(w.fold in _CONTRASTS for w in between[opened[-1]:])

    def _named_owner(self, utterance: Mention, mentions: list[Mention], words: list[Word],
                     state: ArticleState) -> Source | None:
        """Whose words a statement is, when named right after it ("в сообщении пресс-службы Минобороны",
        "в публикации влиятельного издания Politico")."""
        reach = utterance.last
        while reach < len(words) and reach - utterance.last < 3 and (
                self.mentions.descriptors.has(words[reach]) or self.mentions.adjective_or_name_adjective(words[reach])
                # "в сообщении в телеграм-канале Минобороны": where the statement was posted, then whose
                or (words[reach].fold in IN_WORDS and reach + 1 < len(words)
                    and self.mentions.descriptors.has(words[reach + 1]))):
            reach += 1
        while reach < len(words) and words[reach].text in QUOTES:
            reach += 1  # "в статье «Новой газеты»": the owner's name in quotation marks
        owner = next((m for m in mentions if utterance.last <= m.first <= reach
                      and m.kind in ("registry", "role", "name", "outlet")), None)
        source = state.resolve(owner, words) if owner is not None else None
        if source is not None:
            return source.model_copy(update={"mention": state.text[utterance.start:owner.end],  # type: ignore[union-attr]
                                             "mention_start": utterance.start, "mention_end": owner.end})  # type: ignore[union-attr]
        return None

    def _clause_subject(self, words: list[Word], cue: CueHit, mentions: list[Mention]) -> Mention | None:
        """The first mention that can speak in the clause a gerund after a comma hangs on ("Компания снизила
        прогноз, сославшись на ...", "Зеленский обратился к гражданам, сказав, что ...")."""
        clause = self.cues.clause_start(words, max(0, cue.first - 2))
        return next((m for m in mentions if clause <= m.first and m.last <= cue.first and self._can_speak(m, words)),
                    None)

    def _place_pointer(self, words: list[Word], cue: CueHit, mentions: list[Mention]) -> Mention | None:
        """"Там сообщили, что ...", "Там, як завжди, наголосили": the adverb opening the sentence before a plural
        verb, with no one named between them, stands for the body last named; "В издании отметили" for the
        outlet."""
        content = [k for k in range(cue.first) if words[k].is_word]
        if content and words[content[0]].fold in self.mentions.place_pointers and len(content) <= 4 \
                and not any(m.first < cue.first for m in mentions):
            return self.mentions._make(words, content[0], content[0] + 1, "pronoun", head=words[content[0]].fold)
        if len(content) == 2 and words[content[0]].fold in IN_WORDS \
                and words[content[1]].lemma in self.mentions.outlet_pointers and not any(m.first < cue.first for m in mentions):
            # "В издании отметили, что ...": the outlet last named
            return self.mentions._make(words, content[1], content[1] + 1, "pronoun", head=words[content[1]].lemma)
        return None

    def _network_users(self, words: list[Word], cue: CueHit) -> Source | None:
        """"У соцмережах пишуть, що ...", "– про це пишуть у соцмережах": with no one named, a plural verb of saying
        on social networks reports their unnamed users."""
        if not self._plural_verb(words[cue.first]):
            return None
        end = self.cues.clause_end(words, cue.first)
        start = self.cues.clause_start(words, cue.first)
        for k in range(max(start, 1), end):
            word = words[k]
            if (word.lemma in self.cues.network_nouns or word.fold in self.cues.network_nouns) \
                    and words[k - 1].fold in IN_WORDS:
                return Source(id="social-media-users", name="social media users", kind="unknown", anonymous=True,
                              mention=word.text, mention_start=word.start, mention_end=word.end)
        return None

    def _counted(self, words: list[Word], k: int) -> bool:
        """Does a count stand before the noun ("три источника", "ряд источников", "часть изданий"), whose phrase is
        the subject whatever the noun's case?"""
        before = words[k - 1]
        tags = self.lemmatizer.tags(before.text)
        return self.mentions.is_count(before) or before.text[:1].isdigit() or bool(tags & {"NOUN", "NUMR", "Anum"})

    def _plural_verb(self, word: Word) -> bool:
        return self.mentions.plural_verb(word)

    def _in_body(self, words: list[Word], noun: int) -> bool:
        """Does "в"/"у" open the noun's phrase, adjectives between ("в главном управлении МВД"): a body's office?"""
        k = noun
        while k > 0 and words[k - 1].is_word and not words[k - 1].upper and "ADJF" in self.lemmatizer.tags(words[k - 1].text):
            k -= 1
        return k > 0 and words[k - 1].fold in IN_WORDS

    def _oblique_noun(self, word: Word) -> bool:
        """Is the word a lower-case noun the dictionary knows in no nominative ("силами", "отражения")?"""
        if not word.is_word or word.upper:
            return False
        tags = self.lemmatizer.tags(word.text)
        cases = self.lemmatizer.cases(word.text)
        return "NOUN" in tags and bool(cases) and "nomn" not in cases

    def _noun(self, word: Word) -> bool:
        """A lower-case noun (by the dictionary, or, without one, no adjective, count, preposition or verb)."""
        if not word.is_word or word.upper or self.mentions.is_count(word):
            return False
        tags = self.lemmatizer.tags(word.text)
        if tags:
            return "NOUN" in tags
        return not self.mentions.adjective_or_name_adjective(word) \
            and word.fold not in self.mentions.prepositions and word.lemma not in self.cues.verbs \
            and word.fold not in _CONJUNCTIONS

    def _genitive_plural(self, word: Word) -> bool:
        """A noun in the genitive plural and in no case a subject takes ("журналистов", "журналістів")."""
        cases = self.lemmatizer.cases(word.text)
        if cases:
            return "nomn" not in cases and "gent" in cases and "plur" in self.lemmatizer.tags(word.text)
        return word.fold.endswith(("ів", "їв"))

    def _first_name_oblique(self, words: list[Word], first: int, last: int) -> bool:
        """Does the name's first word stand in another case than the nominative, by the name paradigms ("Олену")?"""
        return self.mentions.persons.nominative([w.text for w in words[first:last]])[0] != words[first].text

    def _oblique_name(self, mention: Mention, words: list[Word]) -> bool:
        """Is the mention a name with a word the dictionary knows only in other cases than the nominative
        ("Павла Зарецкого")?"""
        if mention.kind == "role" and mention.name is not None:
            first, last = mention.name  # "член группы Павла Зарецкого": the name the role leads to
        elif mention.kind == "name":
            first, last = mention.first, mention.last
        else:
            return False
        known = False
        for word in words[first:last]:
            cases = self.lemmatizer.cases(word.text)
            known = known or bool(cases)
            if cases and "nomn" not in cases:
                return True
        if known:
            return False
        # without a dictionary's cases ("Романа Гуцала" in Ukrainian): a name whose nominative is not as written
        written = [w.text for w in words[first:last] if w.is_word and not w.caps]
        return bool(written) and self.mentions.persons.nominative(written) != written

    def _acted_on(self, words: list[Word], mention: Mention) -> bool:
        """Is the unnamed person one the report tells of, not one who tells ("Мужчина получил ожоги", "Чоловіка
        госпіталізували")? A person noun (`acted_on_heads`) with no word of saying in the sentence."""
        return words[mention.first].lemma in self.mentions.acted_on_heads and not any(
            w.lemma in self.mentions.verbs for w in words)

    def _in_topic(self, words: list[Word], first: int) -> bool:
        """Does the word stand inside a phrase of what a report is about, opened by "о"/"об"/"про" with only words
        of that phrase between ("О гибели двух мирных жителей сообщил ...", "Про арешт посадовця розповів ...")?"""
        for k in range(first - 1, max(-1, first - _TOPIC_REACH - 1), -1):
            word = words[k]
            if not word.is_word or word.lemma in self.mentions.verbs or word.fold in _TOPIC_CLOSERS:
                return False  # ("Про це він сказав": the pronoun is all the topic, the speaker comes after it)
            if word.fold in _TOPIC_PREPOSITIONS:
                # a noun of the topic stands between ("об аресте чиновника"); "О 13:14" is a time
                return k + 1 < first and not words[k + 1].text[:1].isdigit()
        return False

    def _can_speak(self, mention: Mention, words: list[Word]) -> bool:
        """Could this mention be the subject of a reporting verb (not a place, an object or a possessive)?"""
        if mention.preposition in IN_WORDS:
            # "в Минобороны", "у ДСНС", "в МВД": a body; "в Москве" is a place.
            if mention.kind == "name":
                # "в МВД", "в МЦУ Владивостока": a body named by its abbreviation, and maybe its place; "в Госполиции",
                # "у Держпраці": a body by a state body's stem or as the dictionary knows it; "у Київському ТЦК": an
                # abbreviation after its adjectives
                first, head = words[mention.first], words[mention.last - 1]
                abbreviated = head.caps and all(self.mentions.adjective_or_name_adjective(w)
                                                for w in words[mention.first:mention.last - 1])
                return first.caps or abbreviated or bool(BODY_STEM.match(first.fold)) \
                    or "Orgn" in self.lemmatizer.tags(first.text) \
                    or (mention.last - mention.first == 1 and self.mentions.body_compound(first))
            return mention.kind in ("registry", "role", "anonymous", "own", "outlet", "branch") and (
                mention.kind != "registry" or mention.entry is None or mention.entry.kind not in ("person", "official"))
        if mention.preposition in _FROM_WORDS and mention.first >= 2 and words[mention.first - 2].is_(*_ONE_WORDS):
            return mention.kind in ("anonymous", "role", "registry")  # "один из местных каналов", "одне з джерел"
        if mention.preposition:
            return False
        if self._in_topic(words, mention.first) and (not self.mentions.nominative_form(words[mention.first]) or (
                words[mention.first].caps and words[mention.first - 1].is_word and not words[mention.first - 1].upper
                and words[mention.first - 1].fold not in _TOPIC_PREPOSITIONS)):
            # "Об аресте чиновника рассказал Иван Петров", "повідомили про замінування будівлі ОВА": what the
            # report is about (an abbreviation after the topic's noun complements it), not who tells it
            return False
        if mention.kind in ("name", "registry") and mention.first > 0 \
                and self._oblique_noun(words[mention.first - 1]) and not self._in_body(words, mention.first - 1):
            if words[mention.first].caps:
                return False  # "отражение силами ПВО подтвердил губернатор": an abbreviation after a noun complements it
            cases = self.lemmatizer.cases(words[mention.first].text) if mention.kind == "registry" else frozenset()
            if cases and "nomn" not in cases:
                return False  # "заявил на заседании Государственной думы": the body of the event, no speaker
        head = words[mention.last - 1]
        if (mention.kind in ("anonymous", "role") or mention.kind == "registry" and not head.upper) \
                and head.fold.endswith(("ам", "ям")) and head.fold != head.lemma:
            # "заявил журналистам", "передавав росіянам": the people spoken to (dative plural), not the speaker
            return False
        noun = next((w for w in words[mention.first:mention.last] if w.lemma == mention.head), None)
        if mention.kind in ("anonymous", "role") and mention.name is None and not mention.preposition \
                and noun is not None and noun.fold != noun.lemma and mention.first > 0 \
                and self._noun(words[mention.first - 1]) and self._genitive_plural(noun):
            return False  # "на вопросы журналистов отвечал ассистент": whose questions, not who answers
        first = words[mention.first]
        tags = self.lemmatizer.tags(first.text) if "NOUN" in self.lemmatizer.tags(first.text) else frozenset()
        if "datv" in tags and "nomn" not in tags and not self.mentions.listed_outlet(first):
            return False  # "сообщили агентству в пресс-службе суда": the one told, never the one telling
        if mention.kind == "outlet" and self.mentions.told_outlet(first):
            return False  # "розповіла виданню «Рівне Вечірнє» речниця": told by its noun's ending alone too
        if mention.kind in ("anonymous", "role") and noun is not None and noun.fold != noun.lemma \
                and (mention.first == 0 or not words[mention.first - 1].is_word
                     or not self._counted(words, mention.first)) \
                and mention.last < len(words) and words[mention.last].lemma in self.cues.verbs \
                and self._plural_verb(words[mention.last]):
            cases = self.lemmatizer.cases(noun.text)
            if cases and "nomn" not in cases and "accs" in cases:
                return False  # "Также жителей призывали не выходить": those urged, in the accusative, never the subject
        if mention.kind == "name" and mention.last - mention.first == 1 and words[mention.first].fold.endswith(
                _ACCUSATIVE_ENDINGS):
            return False  # "Ситуацію прокоментував мер": a feminine noun in the accusative, never the subject
        if mention.kind == "name" and mention.last - mention.first >= 2 and {"Name", "sing"} <= self.lemmatizer.tags(
                words[mention.first].text) and "nomn" not in self.lemmatizer.cases(words[mention.first].text):
            return False  # "по делу Михаила Абызова": a person whose first name is in the genitive is no subject
        if mention.kind == "name" and mention.last - mention.first >= 2 and self.mentions.first_name(
                words[mention.first]) and self._first_name_oblique(words, mention.first, mention.last):
            return False  # "Олену Коваль ... звинувачують": a first name in another case than the nominative
        if mention.kind == "registry" and mention.entry is not None and mention.entry.kind == "government" \
                and mention.last - mention.first == 1:
            cases = self.lemmatizer.cases(head.text)
            if cases and "nomn" not in cases and "Geox" in self.lemmatizer.tags(head.text):
                return False  # "в матче чемпионата России отметил": a country in the genitive is no subject
        if mention.kind == "pronoun":
            return words[mention.first].fold in ("он", "она", "они", "він", "вона", "вони", "оно", "воно")
        if mention.kind == "utterance":
            return False
        return True

    def _subject_before(self, words: list[Word], pronoun: Mention, mentions: list[Mention],
                        state: ArticleState) -> Source | None:
        """"Міністр Денис Шмигаль виступив у Раді: за його словами, ...": a person named by name as the subject
        earlier in the same sentence is whose words they are, not the source the sentences before cited."""
        if pronoun.head not in self.mentions.person_pronouns:
            return None
        subject = next((m for m in mentions if m.last <= pronoun.first and m.kind in ("name", "role")
                        and not m.preposition and self._can_speak(m, words)), None)
        source = state.resolve(subject, words) if subject is not None else None
        return source if source is not None and source.kind in ("person", "official") and not source.anonymous \
            else None

    def _object(self, words: list[Word], cue: CueHit, mentions: list[Mention], *, inside: bool,
                many: bool = False) -> list[Mention]:
        """The mention(s) a phrase such as "по словам" or "со ссылкой на" governs."""
        if inside:
            within = [m for m in mentions if cue.first <= m.first and m.last <= cue.last and m.kind == "pronoun"]
            if within:
                return within[:1]
        end = self.cues.clause_end(words, cue.last - 1)
        while end < len(words) and words[end].text == "." and len(words[end - 1].text) == 1 and words[end - 1].upper:
            end = self.cues.clause_end(words, end)  # "за словами В. Петренка": an initial's stop ends nothing
        # The object follows at once (quotation marks around a name allowed): "по словам губернатора".
        following = [m for m in mentions if cue.last <= m.first < end and m.kind != "utterance"]
        if not following and not many and cue.last + 1 < len(words) and words[cue.last].text == "," \
                and opens_participial(words, cue.last + 1, self.lemmatizer, self.mentions.prepositions):
            # "согласно информации, опубликованной на сайте СБУ": whoever published it is the source
            stop = next((k for k in range(cue.last + 1, len(words)) if words[k].text == ","), len(words))
            return [m for m in mentions if cue.last + 1 <= m.first < stop
                    and m.kind in ("registry", "name", "outlet", "role", "anonymous")][:1]
        if not following and not inside:
            # "ссылаясь на «Новости N»": an outlet named in quotation marks, as it names itself
            quoted = self._quoted_speaker(words, cue)
            return [quoted] if quoted is not None and quoted.first == cue.last + 1 else []
        if not following and cue.last < len(words) and {"NOUN", "anim", "plur"} <= self.lemmatizer.tags(
                words[cue.last].text) and not words[cue.last].upper:
            # "По версии жильцов, ...", "По словам томичей, ...": people the dictionary knows, unnamed, whatever
            # the rule lists call them
            return [self.mentions._make(words, cue.last, cue.last + 1, "anonymous", head=words[cue.last].lemma)]
        if not following:
            return []
        if len(following) > 1 and following[0].kind == "anonymous" and following[0].last - following[0].first == 1 \
                and self.mentions.is_count(words[following[0].first]) and following[1].first == following[0].last:
            following = following[1:]  # "з двох незалежних джерел": the sources counted, not the count
        first = lead = following[0]
        if first.kind in ("registry", "role") and len(following) > 1 and following[1].kind == "name" \
                and following[1].first == first.last:
            # "з посиланням на речницю СБУ Анну Свінціцьку": the person the body's title leads to, not the body
            following = following[1:]
            first = following[0]
        if first.kind == "pronoun" and len(following) > 1 and following[1].first == first.last \
                and following[1].kind in ("role", "name", "registry"):
            # "по словам его руководителя Александра Шохина": the one the possessive qualifies speaks
            return [following[1]]
        # A number of unnamed people belongs to them: "по словам двух источников", "за словами трьох співрозмовників".
        between = words[cue.last:lead.first]
        initials = {k for k in range(len(between) - 1) if len(between[k].text) == 1 and between[k].upper
                    and between[k + 1].text == "."}
        # "за словами В. Петренка", "по словам В.Петренко": a name's initials before it are part of it
        between = [w for k, w in enumerate(between) if k not in initials and k - 1 not in initials]
        if between and between[0].fold in _SOURCE_FROM:
            between = between[1:]  # "за інформацією з двох незалежних джерел", "по информации из источников"
        gap = [w for w in between if w.is_word and not self.mentions.is_count(w)]
        # A few lower-case words may stand before a name: "по словам бывшего сотрудника ведомства Иванова".
        if gap and not many and (len(gap) > 3 or first.kind not in ("name", "registry", "outlet") or any(
                w.upper or w.lemma in self.cues.verbs for w in gap) or any(
                not w.is_word for w in between if w.text not in "«»\"“”„")):
            return []
        if not many:
            return [first]
        chosen = [first]
        for mention in following[1:]:
            if mention.first <= chosen[-1].last:
                continue  # inside the one before or right after it, one phrase ("речницю СБУ Анну Свінціцьку")
            between = [w for w in words[chosen[-1].last:mention.first] if w.is_word]
            # "з посиланням на СБУ та поліцію", "на X, Y": joined by a conjunction or a comma
            if all(w.fold in ("и", "і", "й", "та", "а", "также", "також") for w in between):
                chosen.append(mention)
            else:
                break
        return chosen

    def _dash_tag(self, text: str, words: list[Word], cue: CueHit) -> bool:
        """Speech without quotation marks: "..., – признаётся Гладков." closes a run of the speaker's words."""
        if not cue.speaker_after:
            return False
        previous = [w for w in words[:cue.first] if not w.is_word][-2:]
        if not previous or previous[-1].text not in DASHES:
            return False
        before = [w for w in words[:cue.first] if w.is_word]
        line_start = text.rfind("\n", 0, words[0].start) + 1
        # in a line of dialogue ("— Обломки упали. Возгорание потушено, — рассказал губернатор.") however short
        dialogue = text[line_start:words[0].start + 1].lstrip()[:1] in DASHES
        return (len(before) >= 3 or dialogue) and bool(_DASH_TAG.search(text, words[0].start, cue.end)) and (
            self._closes(words, cue, dated=True) or self._closes_with_speaker_aside(words, cue))

    def _closes_with_speaker_aside(self, words: list[Word], cue: CueHit) -> bool:
        """Does the tag end the sentence but for a clause about its speaker ("..., – вспоминает пенсионерка Галина,
        которая живёт на Садовой.", "..., – рассказал водитель Олег, работающий на маршруте №7.")?"""
        end = self.cues.clause_end(words, cue.first)
        if end + 1 >= len(words) or words[end].text != ",":
            return False
        opener = words[end + 1]
        about_speaker = opener.lemma in self.cues.relatives or opener.fold in self.cues.relatives \
            or opens_participial(words, end + 1, self.lemmatizer, self.cues.prepositions)
        return about_speaker and not any(w.lemma in self.cues.verbs and w.lemma not in self.cues.clause_only
                                         for w in words[end + 1:] if w.is_word) and not any(
            w.text in DASHES for w in words[end + 1:])

    def _closes(self, words: list[Word], cue: CueHit, dated: bool = False) -> bool:
        """Does the cue's clause run to the end of the sentence (the tag comes last)? ``dated``: a date may follow
        it ("..., – сообщил он журналистам во вторник, 5 марта."); an outlet's pointer with the day it wrote
        ("передає Новини.LIVE в понеділок, 16 березня") is the outlet dating its own copy, no relay."""
        end = self.cues.clause_end(words, cue.first)
        return (end >= len(words) - 1 or (dated and closing_date(words, end))) and cue.first > 0

    # -- labels, quotes and carry-over -------------------------------------------------------------------

    def _label(self, text: str, sentence: Sentence) -> tuple[str | None, int]:
        """A label line's role ("Джерело:" is source) and where the sentence's own words begin."""
        match = _LABEL.match(text, sentence.start, sentence.end)
        if match is None:
            # "Бекграунд." on a line of its own: a background label ends the report before as its colon would
            alone = fold(text[sentence.start:sentence.end].strip().rstrip("."))
            if self._labels.get(alone) == "background":
                return "background", sentence.end
            return None, sentence.start
        role = self._labels.get(fold(" ".join(match.group(1).split())))
        label_words = match.group(1).split()
        if role is None and len(label_words) > 1 and self._labels.get(fold(" ".join(label_words[:-1]))) == "speech":
            return "speech:named", match.end()  # "Пряма мова Лисака:": the label names whose words follow
        if role is None:
            # "Оновлено о 05:10:": an update label with its time.
            head = fold(match.group(1).split()[0])
            role = self._labels.get(head) if self._labels.get(head) == "update" else None
            if role is None:
                update = re.match(r"\s*[^\W\d_]+(?:\s+\w+){0,2}\s+\d{1,2}[:.]\d{2}\s*:", text[sentence.start:sentence.end])
                if update and self._labels.get(fold(update.group().split()[0])) == "update":
                    return "update", sentence.start + update.end()
                return None, sentence.start
        return role, match.end()

    def _background_label_between(self, text: str, start: int, end: int) -> bool:
        """Is there a background label line ("Передісторія:", "Нагадаємо:") in ``text[start:end]``?"""
        for line in text[start:end].splitlines():
            label = fold(" ".join(line.strip().rstrip(":.").split()))
            if line.strip()[-1:] in (":", ".") and self._labels.get(label) == "background":
                return True
        return False

    def _is_speech_quote(self, text: str, quote: Quote) -> bool:
        """Reported speech: longer than a short expression, left open across paragraphs, or two sentences however
        short («Пожар локализован. Пострадавших нет»)."""
        inner = text[quote.inner_start:quote.inner_end]
        # a title quoted right after a word ("в докладе «Рынок машин. Итоги полугодия»") is a name, not speech
        after_word = text[:quote.start].rstrip(" \t\u00a0")[-1:].isalpha()  # on its line: a title's last word is none
        if after_word and quote.closed and _TITLE_OPENING.match(inner):
            return False  # "законопроекта «О запрете продажи ...»", "рішення «Про заборону ...»": a title, however long
        # a hyphenated word is one word («Русская служба Би-би-си» is a name of three words, not speech)
        quoted = re.findall(r"[^\W_]+(?:[-‐‑'’][^\W_]+)*", inner)
        return not quote.closed or quote.interrupted or len(quoted) > SHORT_QUOTE_WORDS \
            or (_QUOTED_SENTENCES.search(inner) is not None and not after_word) \
            or (len(quoted) >= 2 and any("VERB" in self.lemmatizer.tags(w) for w in quoted)
                and (reported_position(text, quote.start, quote.end)  # "заявил, что «всё идёт по плану»"
                     or _whole_sentence(text, quote)))  # "Об этом сообщил министр. «Бригады работают»."

    def _quoted_words(self, text: str, sentence: Sentence, near: list[Quote], draft: _Draft,
                      found: _Found) -> list[Quote]:
        """A few words quoted after a verb of naming ("назвала эти заявления «очередной провокацией»"): the
        speaker's own words, so the report is a direct quote, unless the marks are a scare quote or wrap a name."""
        if found.cue is None or found.cue.kind != "verb" or self.lemmatizer.lemma(
                text[found.cue.start:found.cue.end]) not in self._naming_verbs:
            return []
        scare = {h.start for h in draft.hedges if h.kind == "scare_quote"}
        return [q for q in near if q.closed and sentence.start <= q.start and q.end <= sentence.end
                and q.start >= found.cue.end and q.inner_start not in scare
                and text[q.inner_start:q.inner_end].lstrip()[:1].islower()]

    @staticmethod
    def _speech_of(text: str, quote: Quote, sentence: Sentence) -> bool:
        """Is this quotation the sentence's reported words (rather than a quoted phrase inside a report)?"""
        return quote.inner_start < sentence.end and quote.inner_end > sentence.start

    @staticmethod
    def _guessed_chain(drafts: list[_Draft], index: int, quotes: list[Quote], sources: list[Source]) -> list[Source]:
        """The tag of a quotation whose first sentences were guessed as the same speaker's, reached through an
        outlet ("Про це повідомив Бондар у коментарі «Суспільному». «... . ...», – сказав Бондар."): the tag's
        sentence reaches the article through that outlet too."""
        start = min(q.inner_start for q in quotes)
        for earlier in reversed(drafts[:index]):
            if earlier.sentence.end <= start:
                break
            if not earlier.rules or earlier.rules[-1] not in GUESSED_SPEAKERS:
                continue
            relayed = {s.id: s.via for s in earlier.sources if s.via}
            relays = {s.id: s for s in earlier.sources}
            if not any(s.id in relayed and s.via is None for s in sources):
                continue
            kept = [s.model_copy(update={"via": relayed[s.id]}) if s.id in relayed and s.via is None else s
                    for s in sources]
            ids = {s.id for s in kept}
            return kept + [relays[v] for v in dict.fromkeys(relayed.values()) if v not in ids and v in relays]
        return sources

    @staticmethod
    def _backfill(drafts: list[_Draft], index: int, quote: Quote, sources: list[Source]) -> None:
        """Sentences of a quotation whose speech tag comes after them belong to that speaker."""
        for earlier in reversed(drafts[:index]):
            s = earlier.sentence
            if s.end <= quote.inner_start:
                break
            # The quotation's own tag wins over a speaker guessed for it before the tag was read.
            # (The same speaker guessed keeps the chain it came with: "Разумков, передає Інтерфакс" before "– він".)
            # (another source guessed beside the speaker, no relay of the speaker's, goes: "..., однако паблики пишут")
            extra = {src.id for src in earlier.sources} - {src.id for src in sources}
            # (the guessed chain stays: relays, and sources relayed through anyone)
            relays = {src.via for src in earlier.sources if src.via} | {src.id for src in earlier.sources if src.via}
            guessed = bool(earlier.rules) and earlier.rules[-1] in GUESSED_SPEAKERS and (not (
                {src.id for src in sources} <= {src.id for src in earlier.sources}) or not extra <= relays)
            if not earlier.sources or earlier.attribution == "implicit" or guessed:
                earlier.take(sources, "direct_quote", "quote.tag_after")

    @staticmethod
    def _backfill_block(drafts: list[_Draft], index: int, sources: list[Source]) -> None:
        """Speech without marks: the sentences before a dash tag, in the same paragraph, are the speaker's."""
        block = drafts[index].sentence.block
        for earlier in reversed(drafts[:index]):
            guessed = bool(earlier.rules) and earlier.rules[-1] == "quote.dialogue"
            # a cue with no one to speak through it ("Я крикнула сыну: «ложись».") is the speaker's own telling
            if earlier.sentence.block != block or (earlier.sources and earlier.attribution != "implicit"
                                                   and not guessed) or (earlier.own_cue and earlier.sources):
                break
            earlier.take(sources, "direct_quote", "quote.tag_after")

    @staticmethod
    def _backfill_open_paragraph(text: str, drafts: list[_Draft], index: int, sources: list[Source]) -> None:
        """«... фанатов.\n\nТрудно объяснить ... меняется», — цитирует Самедова «Р-Спорт»: a quotation opened in the
        paragraph before and closed in the tag's paragraph is the speaker's in both."""
        block = drafts[index].sentence.block
        own = text[block.start:block.end]
        if own.count("»") <= own.count("«"):
            return  # the quotation closing here opened here
        before = [d for d in drafts[:index] if d.sentence.block.paragraph == block.paragraph - 1]
        if not before:
            return
        previous = text[before[0].sentence.block.start:before[0].sentence.block.end]
        if not previous.lstrip().startswith("«") or previous.count("«") <= previous.count("»"):
            return
        for earlier in before:
            if not earlier.sources and not earlier.own_cue:
                earlier.take(sources, "direct_quote", "quote.tag_after")

    @staticmethod
    def _points_back(drafts: list[_Draft], index: int, sources: list[Source], rule: str, text: str) -> None:
        """"Об этом сообщает X": what comes before is X's report. Inside a paragraph, the sentences before the
        pointer in that paragraph; opening a paragraph ("Про це повідомили джерела в СБУ." after the lead), the
        paragraph before, up to a sentence with a report of its own or the outlet's background."""
        if not index:
            return
        here = drafts[index].sentence
        opens = drafts[index - 1].sentence.block.paragraph != here.block.paragraph
        paragraphs = {here.block.paragraph - 1, here.block.paragraph - 2} if opens else {here.block.paragraph}
        # A pointer that closes the whole item ("Про це повідомляють в МОЗ." as its last line) credits every
        # paragraph of bare details above it, not just the one before.
        closes_item = opens and all(d.sentence.block.role != "body" for d in drafts[index + 1:])
        paragraph, credited_start = None, 0  # the paragraph credited last, and where its block starts
        for at in range(index - 1, -1, -1):
            previous = drafts[at]
            block = previous.sentence.block
            # A lead set line by line (no blank line between its sentences, as Telegram posts and stripped pages
            # are) is one paragraph for the pointer under it.
            joined = paragraph is not None and block.paragraph == paragraph - 1 and "\n\n" not in \
                text[block.end:credited_start]
            if not closes_item and not joined and (block.paragraph not in paragraphs or (
                    paragraph is not None and block.paragraph != paragraph)):
                break
            if _asks(text, previous.sentence):
                break  # "Сделан ли он руками человека?": the outlet's own question, no part of anyone's report
            # An impersonal cue ("Очікується, що ...") names no one: the pointer reaches over it.
            carried_by_label = previous.rules[-1:] == ["carry.label"]  # a pointer names the report more closely
            if (previous.attribution != "none" and not carried_by_label) or (
                    previous.cue is not None and not previous.impersonal) or (
                    previous.own_cue and not previous.impersonal) or previous.background or block.role != "body":
                if block.role == "heading" and paragraph is None:
                    continue  # a caption or heading between the lead and its pointer
                if rule == "carry.points_back" and _relays(previous, sources):
                    # "Синєгубов повідомив ... Про це пише Інтерфакс-Україна.": the outlet passed the report on,
                    # and the reports before it in that paragraph ("Макей прокомментировал ... Министр высказался
                    # ... Об этом сообщает БЕЛТА.")
                    # through a chain of outlets ("Про це повідомляє Укрінформ з посиланням на Reuters"), the one
                    # cited last, the nearest to the speaker
                    nearest = next(s for s in sources if not any(o.via == s.id for o in sources))
                    for relayed in _paragraph_reports(drafts, at, sources, paragraphs):
                        relayed.sources = [s.model_copy(update={"via": nearest.id}) for s in relayed.sources] + list(
                            sources)
                        relayed.rules.append("chain.pointer")
                break
            paragraph, credited_start = block.paragraph, block.start
            previous.take(sources, "implicit", rule, index)

    @staticmethod
    def _paragraph_before(drafts: list[_Draft], index: int, sources: list[Source]) -> None:
        """"... Травмовано трьох вогнеборців, повідомили в ДСНС.": a tag closing a paragraph covers the
        unattributed sentences before it in that paragraph."""
        block = drafts[index].sentence.block
        for earlier in reversed(drafts[:index]):
            if earlier.sentence.block != block or earlier.sources or earlier.own_cue \
                    or "cue.silence" in earlier.rules or "carry.end.evidential" in earlier.rules:
                break  # (a silence or a report disowned is the outlet's own: "Он при этом не стал называть сроки.")
            earlier.take(sources, "implicit", "carry.paragraph_tag", index)

    @staticmethod
    def _opens_speech(text: str, sentence: Sentence) -> bool:
        """Does the sentence's paragraph open with a dash of dialogue or a quotation mark ("— Свою вину ...")?"""
        lead = _line_lead(text, sentence)
        return bool(lead) and (lead in DASHES or lead in QUOTES)

    def _opens_post(self, text: str, words: list[Word], sentence: Sentence, draft: _Draft, cues: list[CueHit]) -> bool:
        """Does the sentence open, without marks, the paragraph right after a report that ends on a colon ("Про це
        ... повідомив у телеграм-каналі:\n\nВранці ворог атакував ...")? The post's text is the speaker's."""
        lead = text[sentence.block.start:sentence.start].strip()
        first = text[sentence.start:sentence.start + 1]
        return not lead and first.isupper() and not draft.bullet and not cues and not self._opens_speech(text, sentence) \
            and not self._opens_background(words, text, sentence) and not _asks(text, sentence) \
            and not _NAME_LABEL.match(text, sentence.start, sentence.end)

    def _speech_goes_on(self, text: str, drafts: list[_Draft], index: int, words: list[Word],
                        again: bool = False) -> bool:
        """Does the sentence open, without marks, a paragraph in which someone speaks as "я" ("Станом на сьогодні
        підозрюваного в нас немає. ... я поки не можу."), right after a report, or (``again``) right after such a
        paragraph, where "ми" is that speaker's too? The paragraph is the speaker's words."""
        sentence = drafts[index].sentence
        if text[sentence.block.start:sentence.start].strip() or drafts[index].bullet \
                or self._opens_speech(text, sentence) or self._opens_background(words, text, sentence) \
                or _asks(text, sentence) or _NAME_LABEL.match(text, sentence.start, sentence.end):
            return False
        paragraph = text[sentence.block.start:sentence.block.end]
        if any(mark in paragraph for mark in _SPEECH_MARKS):
            return False  # a quotation in it: whose words those are is the quotation's to say
        folded = {fold(w) for w in _PARAGRAPH_WORD.findall(paragraph)}
        return bool(folded & self._speaker_words) or (again and bool(folded & self._outlet_words))

    def _dialogue_after_report(self, text: str, drafts: list[_Draft], index: int, carried_paragraph: int) -> bool:
        """Does the sentence open, with a dash of dialogue and a capital, the paragraph right after one that ends on
        a report ("Ломако звернувся до обранців.\n— Минулого разу ...")? That report's speaker is speaking."""
        sentence, previous = drafts[index].sentence, drafts[index - 1]
        if sentence.block.paragraph != carried_paragraph + 1 or previous.sentence.block.paragraph != carried_paragraph \
                or not previous.sources or previous.attribution == "implicit" \
                or drafts[index].bullet and not self._hyphen_speech(text, drafts, index) \
                or _asks_anyone(text, sentence) or _asks_anyone(text, _last_of_paragraph(drafts, index)):
            return False  # a paragraph that asks is an interviewer's
        if _line_lead(text, previous.sentence) in DASHES:
            return False  # the report is itself a line of a dialogue: the next line is the other side's
        line_start = text.rfind("\n", 0, sentence.block.start) + 1
        lead = text[line_start:sentence.start + 3].lstrip()
        if not lead[:1] in DASHES or text[line_start:sentence.start].strip() not in ("", lead[:1]):
            return False
        first = lead[1:].lstrip()[:1]
        return first.isupper() or first in QUOTES

    @staticmethod
    def _hyphen_speech(text: str, drafts: list[_Draft], index: int) -> bool:
        """Is a paragraph opened by a hyphen after a report ("- Так, ми програли. Суперник був сильнішим.") the
        speaker's words typed with a hyphen for the dash, not a list item? A list's items stand one sentence each
        after a heading or a lead; speech runs on over several sentences, after a report that is no quotation."""
        sentence, previous = drafts[index].sentence, drafts[index - 1]
        if _line_lead(text, sentence) != "-" or previous.attribution == "direct_quote":
            return False
        following = drafts[index + 1] if index + 1 < len(drafts) else None
        return following is not None and following.sentence.block.start == sentence.block.start

    def _is_bullet(self, text: str, sentence: Sentence) -> bool:
        """Is the sentence in a list item (its line opens with a bullet: "▪️", "🔹", "•", or it is a label and
        its figure: "Транспорт: +38,6%")?"""
        lead = _line_lead(text, sentence)
        return bool(lead) and lead in self._bullets or figure_line(text[sentence.block.start:sentence.block.end])

    def _closing_headlines(self, text: str, sentence: Sentence) -> bool:
        """Is the sentence's line one of dashed items with no stop that close the page under a paragraph of full
        sentences ("...загасили за дві години.\n- Росіяни вдарили по Одесі вночі"): other stories' headlines?"""
        def dashed(line: str) -> bool:
            return line.strip()[:1] in "-–—•"
        if text[sentence.start:sentence.end].rstrip()[-1:] in ".!?…;,:" or figure_line(
                text[sentence.block.start:sentence.block.end]):
            return False
        # (lines read one by one, stopping at the first that decides: a long page is not split for every item)
        for match in _LINE.finditer(text, sentence.block.end):
            line = match.group()
            if line.strip() and not (dashed(line) and line.rstrip()[-1:] not in ".!?…;,"):
                return False  # the article goes on after the list
        end = text.rfind("\n", 0, sentence.block.start)
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if line.strip() and not dashed(line):
                return line.rstrip()[-1:] in ".!…"
            end = start - 1
        return False

    def _opens_background(self, words: list[Word], text: str, sentence: Sentence) -> bool:
        content = [w for w in words if w.is_word]
        if content and self._background.starts(content):
            return True
        body = text[sentence.start:sentence.end]
        return any(p.search(body) for p in self._background_patterns)

    def _continues(self, words: list[Word], text: str, sentence: Sentence, draft: _Draft, carried_paragraph: int,
                   origin_bullet: bool, pointer_alone: bool = False,
                   mentions: list[Mention] | None = None) -> str | None:
        """The id of the rule by which the report before goes on into this sentence, or None where it ends."""
        if self._opens_background(words, text, sentence) or _asks(text, sentence):
            return None  # background, or a question the outlet asks: it makes no claim
        if any(w.fold in self._outlet_words and not (k + 1 < len(words) and words[k + 1].lemma in self._own_side)
               for k, w in enumerate(words)):
            return None  # the outlet speaks as "we" (not in "Наші захисники": the country's own forces)
        if sentence.block.paragraph == carried_paragraph:
            return "carry.same_paragraph"
        if sentence.block.paragraph != carried_paragraph + 1:
            return None
        content = [w for w in words if w.is_word]
        first_word = next((k for k, w in enumerate(words) if w.is_word), len(words))
        if content and self._counting.starts(content) and mentions is not None and not any(
                m.kind in ("anonymous", "role", "name", "registry", "outlet") for m in mentions):
            return "carry.continuation_opener"  # "Еще один удар пришелся по ферме.": one more of what it counted
        if content and (self._continuations.starts(content) or (content[0].fold in self._comma_openers
                                                                and words[first_word + 1:first_word + 2] != []
                                                                and words[first_word + 1].text == ",")):
            return "carry.continuation_opener"
        if any(w.fold in self._back_demonstratives and k + 1 < len(content) and content[k + 1].fold not in
               self._demonstrated_times and (k == 0 or content[k - 1].fold not in self._sequence_prepositions)
               for k, w in enumerate(content[:DEMONSTRATIVE_REACH])) and not (
                mentions and any(m.kind in ("registry", "outlet") for m in mentions)):
            # "Близько 40 з цих дронів були типу Гербера.": these drones, the report's (not "В эти дни", "До этого")
            return "carry.demonstrative"
        if draft.bullet and not origin_bullet and not _asks_anyone(text, sentence) and not self._closing_headlines(
                text, sentence):
            # a list introduced by the report (its items never ask: "- А кто рассказал?" is a question)
            return "carry.list"
        if draft.bullet and origin_bullet and mentions is not None and not _asks_anyone(text, sentence) \
                and not text[sentence.end:sentence.block.end].strip() and not any(
                m.kind in ("name", "registry", "role", "outlet", "branch") for m in mentions):
            # the one-sentence item after one with a tag of its own ("..., уточнил губернатор.") goes on; a live
            # page's items of several sentences are news of their own
            return "carry.list"
        before = text[:sentence.block.start].rstrip()[-1:]
        first = text[sentence.start:sentence.start + 1]
        if before in ":,;" and (first.islower() or first.isdigit()):
            return "carry.list"  # "На 117-й день ліквідовано:" / "танків – 1486 (+7)," / "літаків – 217,": its items
        if pointer_alone:
            return "carry.after_pointer"  # "Про це повідомили X." on its own line or closing the lead: the paragraph after is X's too
        opening = content[0] if content else None
        if mentions is not None and not text[sentence.start:sentence.end].rstrip().endswith("?") \
                and not self._opens_speech(text, sentence) and not any(
                    w.is_word and w is not opening and w.upper and not self.mentions.place_word(w)
                    and not before_area(words, k) for k, w in enumerate(words)) and not any(
                (m.kind in ("name", "registry", "role", "outlet", "branch", "own") or m.kind == "anonymous" and not (
                    m.first > 0 and self.mentions.is_count(words[m.first - 1])) and not self._acted_on(words, m))
                and not (m.plural and m.kind in ("role", "anonymous") and m.head in self._responders and any(
                    w.is_word and w.lemma.endswith(INFINITIVE_ENDINGS) and w.fold.endswith(PAST_ENDINGS)
                    for w in _before_purpose(words)))  # what they did: "Рятувальники евакуювали трьох мешканців."
                for m in mentions):
            # "Трое жителей получили травмы.", "На Ореховском направлении атаки отражены.": details of the report
            # that bring in no one of their own (people counted are those the report is about)
            return "carry.bare_details"
        return None


def _described_names(words: list[Word], mentions: list[Mention]) -> dict[int, Mention]:
    """Roles set after a person's name by a dash or a comma ("Виктор Ковальчук — бывший редактор газеты", "Андрій
    Коваль, директор мережі,"), each with the name it describes (by the role mention's id)."""
    found: dict[int, Mention] = {}
    ordered = sorted(mentions, key=lambda m: m.first)
    for name, role in zip(ordered, ordered[1:]):
        if name.kind == "name" and role.kind == "role" and role.name is None and not name.preposition \
                and role.first == name.last + 1 and words[name.last].text in ("—", "–", "-", ","):
            found[id(role)] = name
    return found


# A topic label before a quotation: a few words and a colon, no verb of saying after it.
_TOPIC_LABEL = re.compile(r"\s*[^\W\d_][^:.!?«»\"\n]{0,60}:\s*")
_ALSO_WORDS = frozenset({"также", "також"})
_ALSO_JOINERS = frozenset({"а", "и", "і", "й"})  # ", а также", ", а також": the word before "also" that joins


def _tagged_by_dash(text: str, quote: Quote) -> bool:
    """Is the quotation a sentence of its own, tagged after a comma and a dash («Постраждалих немає», – написав
    ...)? Speech, however short."""
    before = text[:quote.start].rstrip(" \t")
    return (not before or before[-1] in "\n.!?…") and _VERB_AFTER_DASH.match(text, quote.end) is not None


_ACCUSATIVE_ENDINGS = ("ію", "ию", "ую", "юю")  # a feminine noun's accusative, which no subject takes
_SOURCE_FROM = frozenset({"з", "із", "зі", "из", "от"})  # where information comes from, after "за інформацією"
_TITLE_OPENING = re.compile(r"\s*(?:О|Об|Обо|Про)\s+[а-яёіїєґ]")  # a law's or a decision's title: "О ...", "Про ..."
def _whole_sentence(text: str, quote: Quote) -> bool:
    """Is the quotation a sentence of its own: nothing before it since the last stop, only a stop after it?"""
    before = text[:quote.start].rstrip()
    return quote.closed and (not before or before[-1] in "\n.!?…") and bool(_STOP_AFTER.match(text, quote.end))


_STOP_AFTER = re.compile(r"[.!?…]?(?:\s|$)")
_VERB_AFTER_DASH = re.compile(r",?\s*[–—-]\s*[a-zа-яёіїєґ]")  # a verb after the dash, not a name signing


def _joint_before(words: list[Word], first: int) -> int | None:
    """Where a name joined to the one starting at ``first`` ends, if "и"/"та" or ", а также" joins them."""
    k = first - 1
    while k > 0 and words[k].text in QUOTES:
        k -= 1
    if k >= 3 and words[k].fold in _ALSO_WORDS and words[k - 1].fold in _ALSO_JOINERS and words[k - 2].text == ",":
        k -= 2
    elif k < 1 or words[k].fold not in _AND_WORDS:
        return None
    while k > 0 and words[k - 1].text in QUOTES:
        k -= 1
    return k


def _joint_after(words: list[Word], last: int) -> int | None:
    """Where a name joined after the one ending at ``last`` starts, if "и"/"та" or ", а также" joins them."""
    k = last
    while k < len(words) - 1 and words[k].text in QUOTES:
        k += 1
    if k + 2 < len(words) - 1 and words[k].text == "," and words[k + 1].fold in _ALSO_JOINERS \
            and words[k + 2].fold in _ALSO_WORDS:
        k += 2
    elif k >= len(words) - 1 or words[k].fold not in _AND_WORDS:
        return None
    k += 1
    while k < len(words) - 1 and words[k].text in QUOTES:
        k += 1
    return k
_CONJUNCTIONS = frozenset({"и", "і", "й", "та", "а", "или", "або", "чи", "но", "але"})
# A sentence's end and the next one's capital inside a quotation: two sentences quoted, however short.
_QUOTED_SENTENCES = re.compile(r"\w[.!?…]\s+[А-ЯЁІЇЄҐA-Z]")
# Rules that guess a quotation's speaker from the sentences before it: its own tag, read later, wins.
GUESSED_SPEAKERS = ("quote.carried", "quote.continues", "quote.dialogue")
# Pronouns of the one a quoting verb quotes ("цитирует его РИА Новости").
QUOTED_PRONOUNS = frozenset({"его", "ее", "её", "их", "його", "її", "їх"})
SIGNED_WORDS = 3  # words signed by a name after a dash are at least this many ("Минтранс — Павел Кротов" is a list item)
# At most this many words between a comma and a dash before a name: a verb left out ("Сумську — Олег Ткач"), no signature.
GAPPED_WORDS = 2
_GAPPING_JOINS = frozenset({"а", "и", "і", "й", "та"})
TOLD_REACH = 5  # words after the verb within which an outlet in the dative is the one told
_TOPIC_OPENERS = frozenset({"по", "у", "в", "во", "з", "із", "зі", "с", "со"})
TITLE_TOPIC_WORDS = 3  # words after a title saying what it is about ("у справі", "по делу") before its comma
SECOND_TITLE_WORDS = 6  # words of a second title between a first one's comma and the name they both describe
# The endings of a verb in the first person where no dictionary tells ("закликаю", "повідомляємо").
_FIRST_PERSON_ENDINGS = {"uk": ("аю", "яю", "ую", "юю", "ємо", "имо", "їмо")}
TOLD_BEFORE = 2  # words between an interview's outlet and the verb after it ("В интервью ТАСС министр заявил")
_LINE = re.compile(r"[^\n]+")
# A transcript's speaker before a colon ("Дмитрий Волохов: Тамара, здравствуйте"): someone else speaks now.
LABEL_DESCRIPTION_WORDS = 12  # a speaker's description between the name and the colon of a label
_NAME_LABEL = re.compile(r"\s*[А-ЯЁІЇЄҐA-Z][\w'’-]*(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’-]*){0,2}\s*:")


def _asks(text: str, sentence: Sentence) -> bool:
    """Is the sentence a question in the outlet's own words (its paragraph not opened by a dash or a quotation
    mark, which make it someone's speech)?"""
    if not _asks_anyone(text, sentence):
        return False
    lead = _line_lead(text, sentence)
    return not lead or (lead not in DASHES and lead not in QUOTES)


def _last_of_paragraph(drafts: list[_Draft], index: int) -> Sentence:
    """The last sentence of the paragraph that drafts[index] is in."""
    paragraph = drafts[index].sentence.block.paragraph
    while index + 1 < len(drafts) and drafts[index + 1].sentence.block.paragraph == paragraph:
        index += 1
    return drafts[index].sentence


def _asks_anyone(text: str, sentence: Sentence) -> bool:
    """Does the sentence end on a question mark, whoever asks?"""
    return text[sentence.start:sentence.end].rstrip(" \t\n»”\"'").endswith("?")


def _only_marks(words: list[Word], start: int, end: int) -> bool:
    """Are the words from start to end (maybe none) all quotation marks?"""
    return start <= end and all(word.text in QUOTES for word in words[start:end])


def _before_purpose(words: list[Word]) -> list[Word]:
    """The words before a clause of purpose ("..., чтобы инфекция не распространилась"), whose past form is
    no past."""
    cut = next((k for k, w in enumerate(words) if w.fold in ("чтобы", "щоб", "аби", "дабы")), len(words))
    return words[:cut]


def _line_lead(text: str, sentence: Sentence) -> str:
    """The first visible character of the line the sentence's paragraph starts on: a bullet, a dash, a quotation
    mark the page reader left out of the block, or the paragraph's own first character."""
    line_start = text.rfind("\n", 0, sentence.block.start) + 1
    return text[line_start:sentence.block.start + 1].strip()[:1]


def _most_named(named: list[tuple[int, Source]], offset: int) -> list[Source] | None:
    """The person named by name most often before an offset ("газета поговорила с дипломатом Владимиром Петренко"
    before an interview's first question), the later one on a tie."""
    before = [source for at, source in named if at < offset]
    if not before:
        return None
    counts = Counter(source.id for source in before)
    best = max(range(len(before)), key=lambda k: (counts[before[k].id], k))
    return [before[best]]


def _addressed_person(named: list[tuple[int, Source]], address: str) -> list[Source] | None:
    """The one person named whose name the interviewer's address opens ("Олено" for "Олена Іваненко"), if one is."""
    # (not the address itself, which the line's own mentions name: "— Алексей Петрович, ...")
    found = {source.id: source for _, source in named if first_name_of(address, source)
             and fold(source.name) != fold(address)}
    return list(found.values()) if len(found) == 1 else None


def _paragraph_reports(drafts: list[_Draft], at: int, sources: list[Source], paragraphs: set[int]) -> list[_Draft]:
    """The report at ``at`` that an outlet's pointer passes on, with a person's reports and their details before
    it in the paragraphs the pointer reaches, back to the first sentence that is neither."""
    found = [drafts[at]]
    if not all(s.kind in ("person", "official") for s in drafts[at].sources):
        return found  # a body's report: the pointer names the last one (an item of a digest may come before)
    for earlier in reversed(drafts[:at]):
        if earlier.sentence.block.paragraph not in paragraphs | {drafts[at].sentence.block.paragraph}:
            break
        if not all(s.kind in ("person", "official") for s in earlier.sources) or not (
                _relays(earlier, sources) or (earlier.attribution == "implicit" and earlier.sources
                                              and all(s.via is None for s in earlier.sources))):
            break
        found.append(earlier)
    return found


def _relays(previous: _Draft, sources: list[Source]) -> bool:
    """Does a pointer naming one outlet ("Про це пише Інтерфакс-Україна"), or outlets each citing the next, pass on
    the report of the sentence before, made by a speaker of its own who reached the article through no one?"""
    heads = [s for s in sources if s.via is None]
    # one outlet, or a chain of outlets each citing the next ("Укрінформ з посиланням на Reuters")
    chained = len(heads) == 1 and all(s.kind == "media" for s in sources) and all(
        s.via in {o.id for o in sources} for s in sources if s.via is not None)
    return (chained and bool(previous.sources)
            and previous.attribution in ("indirect", "direct_quote", "according_to")
            and all(s.kind != "media" and s.via is None and s.id not in {o.id for o in sources}
                    for s in previous.sources))


def _own_names(text: str, brands: tuple[str, ...]) -> set[str]:
    """The outlet's own names: its masthead and copyright (``brands``) and the outlet after a dateline
    bullet ("Київ • УНН"), with each masthead's first word when it is an abbreviation ("УНН Українські ...")."""
    names = {normalize(b) for b in brands}
    for brand in brands:
        first = brand.split()[0] if brand.split() else ""
        if len(first) >= 2 and first.isupper():
            names.add(normalize(first))
    return {n for n in names if n} | {name_key(n) for n in names if n}


def _is_own(source: Source, own: set[str]) -> bool:
    if not own:
        return False
    return bool({normalize(source.name), normalize(source.mention), name_key(source.mention)} & own)

