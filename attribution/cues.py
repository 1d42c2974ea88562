"""Cues: find the reporting expressions of a sentence and the words that name their sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from .quotes import Quote
from .rules import CueRules, entry_id
from .sources import TIME_NOUNS, WEEKDAYS, age_epithet, conjuncts, fronted_before_subjectless_verb
from .wordtokens import WordTokens

# Days and months: after a speech verb they say when ("said Monday"), never who.
CALENDAR_WORDS = WEEKDAYS | frozenset({"january", "february", "march", "april", "june", "july", "august", "september",
                                      "october", "november", "december"})

SHORT_QUOTE_WORDS = 4
RELATIVE_PRONOUNS = {"which", "who", "that"}
# Subordinators of a clause that asserts nothing: a condition or a question ("if it concludes that ...").
UNASSERTED_MARKS = frozenset({"if", "unless", "whether"})
CueKind = Literal["verb", "according_to", "evidence", "agentless", "silence"]
SUBJECTS = {"nsubj", "csubj"}
# Verbs that report only with an "as" phrase: "named the officer as X", "identified the man as X" (not "named a
# new chief executive").
_AS_ONLY = frozenset({"name", "identify"})
_PERCEIVING = frozenset({"hear", "see", "feel", "smell", "watch", "notice", "witness"})
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# What one reports a person or a thing to the police as: a report filed, not a claim made ("reported him missing").
FILED_STATES = ("missing", "stolen", "lost")
OBJECT_PRONOUNS = ("him", "her", "them", "it", "me", "us")
# Prepositions after a verb of saying that name what the words came through ("said, via ESPN", "per the Journal").
RELAY_PREPOSITIONS = ("via", "per")
CLAUSES = {"ccomp", "parataxis", "xcomp", "advcl", "oprd", "dobj", "dative"}
# A reporting verb with no subject of its own takes it from the verb it is coordinated with or subordinate to.
SUBJECT_BRIDGES = {"conj", "xcomp", "advcl", "pcomp", "prep"}
# "voted against recommending", "left without commenting": the verb names an act, it reports nothing
# (unlike "by blaming the army", which reports the blame).
ACT_PREPOSITIONS = {"against", "before", "after", "without", "instead", "from"}  # "bans media from reporting"
# Words that open a clause and a phrase alike ("after the Journal reported ...", "after the meeting").
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


# Verbs by which a statement is given to someone ("a statement provided to CNN").
GIVING = frozenset({"provide", "give", "send", "email", "issue", "make"})


@dataclass(frozen=True)
class CueMatch:
    """One reporting expression: its words, its kind and the tokens heading its source mentions."""

    kind: CueKind
    start: int
    end: int
    token: Token
    heads: tuple[Token, ...] = field(default=())
    # Chains: outlets the speakers told ("told RBC-Ukraine", "in an interview with CNN"), through which
    # their words reach us; and sources whose words the speakers pass on ("RIA quoted the factory").
    relays: tuple[Token, ...] = field(default=())
    cited: tuple[Token, ...] = field(default=())
    citing: bool = False  # "citing X", "quoting X": X's words are passed on by the main cue's speaker
    relaying: bool = False  # "as quoted by X": X passes on the main cue's speaker's words
    reason: bool = False  # "cut its outlook, citing weaker orders": the subject cites a reason, its own claim

    @property
    def depth(self) -> int:
        depth, token = 0, self.token
        while token.head.i != token.i and depth < 50:
            token, depth = token.head, depth + 1
        return depth


class CueFinder:
    """Find cues from the lexicons in ``data/cues.yaml``, reading subjects and objects off the parse."""

    def __init__(self, rules: CueRules) -> None:
        self.rules = rules
        self.verbs = frozenset(rules.reporting_verbs)
        self.clause_only = frozenset(rules.clause_only_verbs)
        self.refusing = frozenset(rules.refusing_verbs)
        self.eager = frozenset(rules.eager_adjectives)
        self.act_objects = {verb: frozenset(objects) for verb, objects in rules.act_objects.items()}
        self.finite_clause = frozenset(rules.finite_clause_verbs)
        self.speech_events = frozenset(rules.speech_event_nouns)
        self.documents = frozenset(rules.document_nouns)
        self.answering = frozenset(rules.answering_verbs)
        self.of_speech = frozenset(rules.of_speech_verbs)
        self.hearer_object = frozenset(rules.hearer_object_verbs)
        self.evidence_nouns = frozenset(rules.evidence_nouns)
        self.evidence_verbs = frozenset(rules.evidence_verbs)
        self.finding_nouns = frozenset(rules.finding_nouns)
        self.hearing_bodies = frozenset(rules.hearing_bodies)
        self.non_sources = frozenset(rules.non_sources)
        self.citing_words = frozenset(rules.citing_words)
        self.relaying_phrases = frozenset(rules.relaying_phrases)
        self.citing_phrases = frozenset(rules.citing_phrases)
        self.utterance_nouns = frozenset(rules.utterance_nouns)
        self.relay_nouns = frozenset(rules.relay_nouns)
        self.dispatch_nouns = frozenset(rules.dispatch_nouns)
        self.relay_verbs = frozenset(rules.relay_verbs)
        self.characterizing = frozenset(rules.characterizing_verbs)
        self.passive_speech = frozenset(rules.passive_speech_verbs)
        self.phrasal = _particles_by_verb(rules.phrasal_verbs)
        self.act_phrasal = _particles_by_verb(rules.act_phrasal_verbs)
        self.carrying = frozenset(rules.carrying_participles)
        self.speech_adverbs = frozenset(rules.speech_adverbs)
        self.time_phrase_nouns = frozenset(rules.time_phrase_nouns)
        self.words_carried = frozenset(rules.carried_words)
        self.figure_verbs = frozenset(rules.figure_verbs)
        self.figure_nouns = frozenset(rules.figure_nouns)
        self.forecast_verbs = frozenset(rules.forecast_verbs)
        self.voicing_verbs = frozenset(rules.voicing_verbs)
        self.making_clear = frozenset(rules.making_clear)
        self.pointer_nouns = frozenset(rules.pointer_nouns)
        self.assertion_adjectives = frozenset(rules.assertion_adjectives)
        self.voiced_nouns = frozenset(rules.voiced_nouns)
        self.document_verbs = frozenset(rules.document_verbs)
        self.putting_verbs = frozenset(rules.putting_verbs)
        self.learning_verbs = frozenset(rules.learning_verbs)
        self.permitting_verbs = frozenset(rules.permitting_verbs)
        self.directing_verbs = frozenset(rules.directing_verbs)
        self.question_verbs = frozenset(rules.question_verbs)
        self.intending_verbs = frozenset(rules.intending_verbs)
        self.referring_phrases = frozenset(rules.referring_phrases)
        self.publishing_verbs = frozenset(rules.publishing_verbs)
        self.posting_verbs = frozenset(rules.posting_verbs)
        self.published_nouns = frozenset(rules.published_nouns)
        self._cue_lemmas = (self.verbs | set(self.phrasal) | self.evidence_verbs | self.citing_words | self.figure_verbs
                            | self.voicing_verbs | ({"make"} if self.making_clear else set()) | self.document_verbs
                            | self.putting_verbs | self.learning_verbs | self.publishing_verbs | self.carrying | ({"hear"} if self.hearing_bodies else set()))
        self._evidence_forms = self.evidence_verbs | {v + "s" for v in self.evidence_verbs}
        self.phrases = sorted((tuple(p.split()) for p in rules.according_to), key=len, reverse=True)
        # The phrases by their first word, longest first, so each token is checked against only its own.
        self._phrases_by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            if phrase:
                self._phrases_by_first.setdefault(phrase[0], []).append(phrase)
        # The only tokens the loop of ``find`` does anything with: a phrase's first word, a cue's lemma or form.
        self._candidates = WordTokens(self._cue_lemmas, set(self._phrases_by_first) | self._evidence_forms
                                      | self.assertion_adjectives)
        self._as = WordTokens((), ("as",))  # "as X notes" needs the word

    def find(self, doc: Doc, start: int, end: int, quotes: list[Quote]) -> list[CueMatch]:
        """All cues of the sentence doc.text[start:end] that stand outside quotations."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        text = doc_text(doc)
        # Short quoted expressions ("the so-called “head”") are words of the sentence, not quoted speech.
        inside = [q for q in quotes if q.inner_start < end and q.inner_end > start
                  and len(text[q.inner_start:q.inner_end].split()) > SHORT_QUOTE_WORDS]

        def quoted(token: Token) -> bool:
            return any(q.inner_start <= token.idx < q.inner_end for q in inside)

        cues: list[CueMatch] = []
        taken: set[int] = set()
        # Most words are no cue: only the tokens that may start one are read (their parse included).
        for i in self._candidates.within(doc, span.start, span.end):
            token = doc[i]
            if i in taken or quoted(token):
                continue
            phrase = self._phrase_at(span, i - span.start) if token.lower_ in self._phrases_by_first else None
            words = list(span[i - span.start:i - span.start + len(phrase)]) if phrase else []
            heads = self._objects(words[-1], words) if words else ()
            if words and not heads and words[-1].lower_ in self.citing_words:
                phrase = None  # "citing that the police had lied": a reason the speaker gives, read as a verb below
            elif words and token.tag_ == "VBG" and any(c.dep_ == "aux" for c in token.children):
                # "The minister was referring to the new law": a verb of the clause, not "..., referring to X"
                phrase = None
            elif words and " ".join(t.lower_ for t in words) in self.referring_phrases and not any(
                    c.dep_ in ("det", "poss") for h in heads for c in h.children):
                phrase = None  # "..., referring to Oakby and Wrenfield": what was spoken of, no source
            if phrase:
                last = words[-1]
                taken.update(t.i for t in words)
                obtained = _obtained_by(heads)
                if obtained:
                    # "according to an internal memo ABC News obtained", "documents reviewed by the Post": the
                    # outlet that got the document passes the speaker's words on
                    cues.append(CueMatch("according_to", token.idx, last.idx + len(last), token, obtained,
                                         relaying=True))
                elif heads:
                    cues.append(CueMatch("according_to", token.idx, last.idx + len(last), token, heads,
                                         relays=self._told_in_clause(heads),
                                         citing=phrase[0] in self.citing_words
                                         or " ".join(phrase) in self.citing_phrases,
                                         relaying=" ".join(phrase) in self.relaying_phrases))
                continue
            if token.lower_ in self.assertion_adjectives:
                asserted = self._assertion(token)
                if asserted is not None:
                    cues.append(asserted)
                continue
            if token.lemma_.lower() not in self._cue_lemmas and token.lower_ not in self._evidence_forms:
                continue
            if _prefixed(token):
                continue  # "his co-accused", "the self-described expert": a word made with a prefix is no verb here
            cue = self._verb_cue(token, quoted)
            if cue is not None:
                cues.append(cue)
        silenced = {t.i for c in cues if c.kind == "silence" for g in c.token.children if g.dep_ in ("ccomp", "xcomp")
                    for t in g.subtree}
        if silenced:
            # "declined to say who Durbin believes uttered it": what a silence leaves unsaid reports nothing
            cues = [c for c in cues if c.kind == "silence" or c.token.i not in silenced]
        if not any(c.kind == "verb" for c in cues):
            signed = self._dash_signature(span) or (
                self._as_clause(list(span)) if self._as.within(doc, span.start, span.end) else None)
            if signed is not None:
                cues.append(signed)
        return cues

    @staticmethod
    def _assertion(token: Token) -> CueMatch | None:
        """"Cabinet Office sources were firm that no request had arrived": a subject that "is adamant" (firm,
        insistent, clear ...) that a clause holds asserts it; "it is clear that" asserts nothing of anyone's."""
        verb = token.head
        if token.dep_ != "acomp" or verb.lemma_ != "be":
            return None
        if not any(c.dep_ == "ccomp" for c in (*token.children, *verb.children)):
            return None
        if any(c.lower_ in ("so", "too") for c in (*token.children, *verb.children) if c.dep_ == "advmod"):
            return None  # "So worried was the administration that it waited": what followed, not a view held
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "this", "that", "there", "what"):
            return None
        return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(subject)))

    def inside(self, doc: Doc, quote: Quote) -> list[CueMatch]:
        """Acts of saying reported inside a quotation by a speaker it names ("“The general said that ...,” ISPR
        said"): the quoted words pass on a third speaker's. Pronouns are left out: the quotation's "I", "we"
        and "he" speak from where its speaker stands, not the article's."""
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="contract")
        if span is None:
            return []
        found = []
        for token in span:
            if token.lemma_.lower() not in self._cue_lemmas:
                continue
            cue = self._verb_cue(token, lambda t: False)
            if cue is not None and cue.kind == "verb" and cue.heads and all(
                    _definite(h) and span.start <= h.i < span.end for h in cue.heads):
                found.append(cue)
        return found

    def _as_clause(self, tokens: list[Token]) -> CueMatch | None:
        """"As Astra notes, air defence downed three drones": a parenthetical "as X says" that the tagger often
        reads as a noun ("notes", "reports"), so it is read off the words."""
        for k, token in enumerate(tokens):
            if token.lower_ != "as" or (k and tokens[k - 1].text not in (",", "However", "however")):
                continue
            end = k + 1
            while end < len(tokens) and end - k <= 6 and (tokens[end].pos_ in ("PROPN", "DET", "ADJ", "NOUN")
                                                          or tokens[end].text in ("-", "'s", "’s")):
                end += 1
            # The last word of the run is the verb the tagger took for a noun ("notes"), or the verb follows it.
            verb = tokens[end] if end < len(tokens) and tokens[end].pos_ in ("VERB", "AUX") else tokens[end - 1]
            stem = verb.lemma_.lower()
            if stem not in self.verbs or verb.i <= token.i + 1:
                continue
            following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
            if following is None or following.text != ",":
                continue
            name = verb.doc[verb.i - 1]
            if name.pos_ not in ("PROPN", "NOUN") or name.i <= token.i:
                continue
            return CueMatch("verb", verb.idx, verb.idx + len(verb), verb, (name,))
        return None

    def entry_of(self, cue: CueMatch) -> str | None:
        """The id of the lexicon entry a cue was found by (``cues.reporting_verbs:say``); None for a dash
        signature, which no lexicon holds."""
        token = cue.token
        if cue.kind == "according_to":
            phrase = " ".join(t.lower_ for t in token.doc.char_span(cue.start, cue.end, alignment_mode="expand") or ())
            return entry_id("cues", "according_to", phrase) if phrase in self.rules.according_to else None
        lemma = token.lemma_.lower()
        if cue.kind == "agentless" and lemma in ("hear", "tell"):
            body = next((c.lemma_.lower() for c in token.children if c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS),
                        None)
            if body in self.hearing_bodies:
                return entry_id("cues", "hearing_bodies", body)
        if cue.kind == "evidence":
            form = lemma if lemma in self.evidence_verbs else token.lower_.removesuffix("s")
            return entry_id("cues", "evidence_verbs", form) if form in self.evidence_verbs else None
        if lemma in self.verbs:
            return entry_id("cues", "reporting_verbs", lemma)
        particle = next((c.lower_ for c in token.children if self._particle(token, c)
                         and c.lower_ in self.phrasal.get(lemma, ())), None)
        if particle is not None:
            return entry_id("cues", "phrasal_verbs", f"{lemma} {particle}")
        if lemma in self.citing_words:
            return entry_id("cues", "citing_words", lemma)
        if lemma in self.figure_verbs:
            return entry_id("cues", "figure_verbs", lemma)
        if lemma in self.voicing_verbs:
            return entry_id("cues", "voicing_verbs", lemma)
        if lemma in self.document_verbs:
            return entry_id("cues", "document_verbs", lemma)
        if lemma in self.putting_verbs:
            return entry_id("cues", "putting_verbs", lemma)
        clear = next((c.lower_ for c in token.children if c.lower_ in self.making_clear), None) if lemma == "make" else None
        if clear is not None:
            return entry_id("cues", "making_clear", clear)
        if token.lower_ in self.assertion_adjectives:
            return entry_id("cues", "assertion_adjectives", token.lower_)
        return None

    @staticmethod
    def _particle(verb: Token, child: Token) -> bool:
        """Is the child the particle of a phrasal verb ("point out", "weigh in"), or its preposition ("call for",
        "comment on") where the verb is said, not refused ("declined to comment on" is a silence)?"""
        return child.dep_ in ("prt", "advmod") or (child.dep_ == "prep" and verb.dep_ != "xcomp")

    @staticmethod
    def _dash_signature(tokens: Span) -> CueMatch | None:
        """'"We will rebuild the depot" - Vyacheslav Gladkov.': a quotation signed with a dash and a name."""
        end = len(tokens)
        while end and tokens[end - 1].is_punct and tokens[end - 1].text not in ("-", "–", "—"):
            end -= 1
        start = end
        while start and (tokens[start - 1].pos_ == "PROPN" or tokens[start - 1].ent_type_ == "PERSON") \
                and tokens[start - 1].text[:1].isupper():
            start -= 1
        if start == end or start < 2 or tokens[start - 1].text not in ("-", "–", "—"):
            return None
        if tokens[start - 2].text not in ('"', "”", "»", "’", "'"):
            return None
        dash, name = tokens[start - 1], tokens[end - 1]
        return CueMatch("verb", dash.idx, dash.idx + len(dash), dash, (name,))

    def _phrase_at(self, tokens: Span, k: int) -> tuple[str, ...] | None:
        phrases = self._phrases_by_first.get(tokens[k].lower_, ())
        if not phrases:
            return None
        following = tuple(t.lower_ for t in tokens[k:k + len(phrases[0])])  # the longest phrase comes first
        for phrase in phrases:
            if following[:len(phrase)] == phrase:
                if phrase == ("per",) and tokens[k].dep_ != "prep":
                    continue
                if tokens[k].tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in tokens[k].children):
                    continue  # "was quoted by Interfax as saying": the passive verb is the cue, not the phrase
                return phrase
        return None

    @staticmethod
    def _objects(last: Token, phrase: list[Token]) -> tuple[Token, ...]:
        """The object of "according to"/"citing" and everything coordinated with it."""
        objects = [c for c in last.children if c.dep_ in ("pobj", "dobj", "pcomp")]
        owners = [t for t in phrase if t.tag_ == "PRP$"]
        if owners:
            return (owners[0],)  # "in his words", "in their view": the owner is the source
        clause = any(c.dep_ == "ccomp" for c in last.children) or (
            last.i + 1 < len(last.doc) and last.doc[last.i + 1].lower_ in ("that", "how", "whether", "why"))
        if not objects and not clause:
            # "citing that the police had lied" cites a reason of the speaker's own: a noun in it is no one cited
            following = last.doc[last.i + 1:last.i + 6]
            objects = [t for t in following if t.pos_ in ("PROPN", "NOUN", "PRON")][:1]
            if objects:
                objects = [objects[0] if objects[0].head.i == objects[0].i or objects[0].dep_ != "compound"
                           else objects[0].head]
        if objects and fronted_before_subjectless_verb(phrase[0]) \
                and any(c.dep_ in ("appos", "conj") for c in objects[0].children):
            # "According to Marisol Duarte, Vellmar, Ostrava Nova and Kessing lost power": the names after the
            # comma are the subject the parser took for an appositive, not more sources
            return (objects[0],)
        heads: list[Token] = []
        for head in objects:
            heads.extend(conjuncts(head))
        for token in phrase:
            for child in token.children:
                if child.dep_ == "conj" and child.i > last.i and child.pos_ in ("PROPN", "NOUN"):
                    heads.extend(conjuncts(child))
        if heads:
            heads.extend(_listed_names(heads[0]))
        unique = {t.i: t for t in heads}
        return tuple(unique[i] for i in sorted(unique))

    def _intended(self, token: Token) -> bool:
        """Does the infinitive hang, through infinitives, on a verb of a plan or a wish ("are planning to block the
        pass to blame the army", "wants to accuse")?"""
        head = token
        while head.dep_ in ("xcomp", "advcl") and head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in self.intending_verbs:
                return True
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                return False
        return False

    def _closing_evidence(self, verb: Token) -> Token | None:
        """"..., a fresh survey by Northgate Research shows.": a closing tag of evidence the tagger read as a noun
        hung in the phrase of its evidence; the one the evidence is by, or the evidence itself."""
        doc = verb.doc
        if not _ends_its_sentence(verb):
            return None
        evidence = next((t for t in reversed(doc[verb.sent.start:verb.i]) if t.lower_ in self.evidence_nouns
                         and verb.i in {d.i for d in t.subtree}), None)
        if evidence is None or evidence.i < 1 or doc[evidence.left_edge.i - 1].text != ",":
            return None
        owner = self._evidence_owner_of(evidence) or evidence
        # (the verb read as the last noun of the owner's name: "by Northgate Research shows")
        return doc[verb.i - 1] if owner.i == verb.i and doc[verb.i - 1].dep_ == "compound" else owner

    def _verb_cue(self, token: Token, quoted) -> CueMatch | None:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and token.lower_ in self._evidence_forms:
            # "The General Staff's data show that ...", parsed as a noun compound "data show".
            evidence = next((c for c in token.children if c.dep_ in ("compound", "nsubj")
                             and c.lower_ in self.evidence_nouns), None)
            owner = self._evidence_owner_of(evidence) if evidence is not None else None
            if owner is not None and any(c.dep_ in ("ccomp", "acl") for c in token.children):
                return CueMatch("evidence", token.idx, token.idx + len(token), token, (owner,))
            closing = self._closing_evidence(token)
            if closing is not None:
                return CueMatch("evidence", token.idx, token.idx + len(token), token, (closing,))
        if token.pos_ == "NOUN" and lemma in self.verbs:
            speaker = verb_read_as_noun(token) or self._closing_tag_read_as_noun(token)
            if speaker is not None and not quoted(speaker):
                # "Poe's camp claims there was ...", "Police allege he was shot": a verb the tagger took for a noun
                return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(speaker)),
                                relays=self._relays(token, lemma))
        if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.tag_ == "VBZ"):
            return None
        if token.dep_ == "prep" and token.tag_ in ("VBP", "VBZ") and not any(c.dep_ in SUBJECTS for c in token.children):
            return None  # "According to the most recent situation report the NCDC posted": a noun read as a verb
        learned = self._learned_from(token, lemma)
        if learned is not None:
            return learned
        heard = self._heard_in_court(token, lemma)
        if heard is not None:
            return heard
        if lemma in self.evidence_verbs:
            evidence = self._evidence_owner(token)
            if evidence is not None:
                return CueMatch("evidence", token.idx, token.idx + len(token), token, (evidence,))
            paper = next((c for c in token.children if c.dep_ == "nsubj" and c.lower_ in self.documents), None)
            if paper is not None and any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
                # "Court records show the victim fled": papers with no author named speak for themselves
                return CueMatch("verb", token.idx, token.idx + len(token), token, (paper,))
            study = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                          and c.lower_ in self.finding_nouns), None)
            if study is not None and lemma != "say" and any(c.dep_ == "dobj" for c in token.children):
                # "The study found no link between ...", "the survey revealed widespread distrust": a finding
                # given as a noun is the study's as much as one given as a clause
                return CueMatch("verb", token.idx, token.idx + len(token), token, (study,))
        if lemma in self.act_phrasal and any(c.dep_ in ("prt", "prep") and c.lower_ in self.act_phrasal[lemma]
                                             for c in token.children):
            return None  # "Reporters tried to find out whether ...": an act, not a report
        phrasal = lemma in self.phrasal and any(
            self._particle(token, c) and c.lower_ in self.phrasal[lemma] for c in token.children)
        # "Officials put the death toll at 12": a verb that gives a figure reports it.
        figure = lemma in self.figure_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.figure_nouns for c in token.children)
        # "The Evening Herald puts the Greens at 22 per cent": a share given to anyone is a figure reported
        figure = figure or lemma in self.figure_verbs and any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(t.lower_ in ("percent", "%", "cent") for t in c.subtree)
            for c in token.children)
        # "Analysts had expected 2.3 million": a forecast of a figure itself
        figure = figure or lemma in self.forecast_verbs and any(c.dep_ == "dobj" and _a_figure(c) for c in token.children)
        # "Residents voiced fears that ...": a verb that voices a feeling or a view reports it; so does its passive
        # ("A similar view was expressed by the chancellor")
        voiced = lemma in self.voicing_verbs and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.voiced_nouns for c in token.children)
        # "The minister made it clear that ...", "made plain that ...": making a clause clear reports it.
        made_clear = lemma == "make" and any(
            c.dep_ in ("ccomp", "oprd", "acomp") and c.lower_ in self.making_clear
            and any(g.dep_ in ("advcl", "ccomp") for g in (*c.children, *token.children) if g.i != c.i)
            for c in token.children)
        # "the statement reads": a document gives its words; "as one reporter put it": putting it so is saying it.
        document = lemma in self.document_verbs and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in self.utterance_nouns or c.lower_ in self.utterance_nouns)
            for c in token.children)
        if lemma in self.document_verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
                and token.i > 0 and token.doc[token.i - 1].is_quote:
            # '"...," read a statement from the club': the tag inverted after the quotation, which the parser
            # reads as the document being read
            read = next((c for c in token.children if c.dep_ == "dobj" and (
                c.lemma_.lower() in self.utterance_nouns or c.lower_ in self.utterance_nouns)), None)
            if read is not None:
                owner = self._evidence_owner_of(read) or next(
                    (p for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                     for p in c.children if p.dep_ == "pobj"), None) or next(
                    (g for c in read.children if c.dep_ == "prep" and c.lower_ == "on"
                     for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "poss"), None)
                if owner is not None:  # "a statement from the club", "a post on the singer's page"
                    return CueMatch("evidence", token.idx, token.idx + len(token), token, (owner,))
                return CueMatch("verb", token.idx, token.idx + len(token), token, (read,))
        put_it = lemma in self.putting_verbs and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) and (
            any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) or self._followed_by_speech(token, 3))
        # "the CDC has issued the following recommendations:": a document put out, its content after the colon
        issued = lemma in self.publishing_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.published_nouns for c in token.children) \
            and token.sent.text.rstrip().endswith(":")
        figure = figure or voiced or made_clear or document or put_it or issued
        carried = self._carried_words(token) if lemma in self.carrying and lemma not in self.verbs else None
        if carried is not None:
            # "Reuters is carrying the words of Leonid Slutsky": the outlet passes on the owner's words
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(subject)),
                                cited=(carried,))
        if lemma in self.verbs and token.dep_ == "amod" and _inverted_tag_read_as_modifier(token):
            # "..., added engineers.": the parser read the closing tag as "added" qualifying its speaker
            return CueMatch("verb", token.idx, token.idx + len(token), token, (token.head,))
        if (lemma not in self.verbs and not phrasal and not figure) or token.dep_ in ("amod", "compound"):
            return None
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in token.children) \
                and not any(c.dep_ == "neg" for c in token.children):
            return None  # "The court will announce its verdict on Friday": speech still to come reports nothing yet
        if acted_on(token, self.act_objects.get(lemma)):
            return None  # "Kosovo declared independence", "The court denied bail": an act, not a report
        # "Reuters quoted the spokesman saying: ...": the parser may hang the one quoted on the gerund, in a clause
        quoted_saying = tuple(g for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"
                              and c.lemma_.lower() in ("say", "tell", "write")
                              for g in c.children if g.dep_ == "nsubj") if lemma in self.citing_words else ()
        passes_on = lemma in self.citing_words and (any(c.dep_ == "dobj" for c in token.children) or bool(quoted_saying))
        negated = any(c.dep_ == "neg" for c in token.children)
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in token.children)
        # "A senior economist was quoted as saying ...": the passive subject speaks.
        speaking = passive and lemma in self.passive_speech and (any(
            c.dep_ in ("xcomp", "advcl", "prep", "ccomp") and self._speaks(c) for c in token.children) or any(
            # "was quoted by lawmakers present at the briefing as saying": the parser hangs "as" on the agent
            t.lower_ == "as" and t.dep_ == "prep" and self._speaks(t)
            for c in token.children if c.dep_ == "agent" for t in c.subtree))
        opening_speech = self._opening_speech(token, lemma)
        if opening_speech is not None:
            return opening_speech
        # "This was revealed by the Telegram channel Mash": the report just told, made known by the agent
        pointed = passive and any(c.dep_ == "agent" for c in token.children) and any(
            c.dep_ in PASSIVE_SUBJECTS and c.lower_ in ("this", "these", "that", "it") for c in token.children)
        if lemma in self.clause_only and not phrasal and not figure and not passes_on and not negated and not self._has_speech(token) \
                and not speaking and not pointed and _closing_tag_read_as_modifier(token) is None:
            return None
        if passive and lemma == "deny" and any(c.dep_ in ("dobj", "dative") for c in token.children):
            return None  # "has been denied bail by a court": a thing refused to the subject, not a denial voiced
        if passive:
            # (not "were reported by 1600 GMT": a time, no agent)
            agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                      and not self._time_phrase(g)]
            if not agents and speaking:
                # "was quoted as saying by the Post": the parser hangs the agent on "saying"
                agents = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for w in c.children
                          for p in w.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"
                          for g in p.children if g.dep_ == "pobj"]
            subject = next((c for c in token.children if c.dep_ in PASSIVE_SUBJECTS), None)
            expletive = subject is None or subject.lower_ in ("it", "this")
            if agents and (speaking or lemma == "quote") and subject is not None and not expletive:
                # "The minister was quoted by Interfax as saying ...": the minister, through Interfax (or through
                # whoever quoted: "by lawmakers present at the briefing").
                return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(subject)),
                                relays=tuple(conjuncts(agents[0])), relaying=True)
            if agents and any(c.dep_ == "neg" for c in token.children):
                # "The figures could not be independently verified by Reuters": the outlet's silence, no report
                return CueMatch("silence", token.idx, token.idx + len(token), token)
            if agents:
                # "This was reported to Ukrainian News Agency by sources in law enforcement": told to an outlet.
                return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(agents[0])),
                                relays=self._relays(token, lemma))
            if expletive and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
                return CueMatch("agentless", token.idx, token.idx + len(token), token)
            if subject is not None and lemma in ("quote", "cite"):
                return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(subject)))
            if subject is not None and not expletive and speaking:
                # "A senior economist is reported as saying ...", "Starmer was reported to have said ...":
                # the subject is the speaker (the outlet that reported it is not named, unless he spoke to it).
                return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(subject)),
                                relays=self._relays(token, lemma))
            return None
        if lemma == "report" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children) and not any(
                c.dep_ in ("dobj", "ccomp") for c in token.children):
            return None  # "ordered him to report to prison": to present oneself, not to tell
        if lemma == "report" and any(
                c.lower_ in FILED_STATES and c.tag_ != "VBD" and not any(
                    g.dep_ in ("aux", "auxpass", "mark") or (g.dep_ in SUBJECTS and g.lower_ not in OBJECT_PRONOUNS)
                    for g in c.children)
                for c in [*token.children, *(g for c in token.children if c.dep_ == "dobj" for g in c.children)]):
            return None  # "his family reported him missing", "reported the car stolen": a report filed, no claim
        if lemma == "admit" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children) and not any(
                c.dep_ in ("ccomp", "dobj") for c in token.children) and not self._has_speech(token):
            return None  # "He then admitted to conspiracy and fraud": a plea in court, not a statement
        refused = token.dep_ == "xcomp" and token.head.lemma_.lower() in self.refusing
        # "declined to provide details or say who ...": the verb joined to the one refused is refused too
        refused = refused or (token.dep_ == "conj" and token.head.dep_ == "xcomp"
                              and token.head.head.lemma_.lower() in self.refusing)
        # "Police have yet to confirm ...", "Officials are yet to say": what is still to be said is not said yet
        refused = refused or (token.dep_ == "xcomp" and token.head.lemma_.lower() in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ in ("yet", "still") and c.i < token.i for c in token.head.children))
        # "Neither side revealed ...", "No one commented": a subject that denies itself is a silence too
        nobody = any(c.dep_ in SUBJECTS and (c.lower_ in ("nobody", "none", "neither") or any(
            d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no") for d in c.children) and not c.like_num)
                     for c in token.children)  # not "No 10 said": Number 10, Downing Street
        # "has neither confirmed nor denied": both verbs left unsaid
        neither = any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.children) or (
            token.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in token.head.children))
        # "did not name the teacher or say how ...": the negation reaches the verb joined by "or"
        neither = neither or (token.dep_ == "conj" and any(c.dep_ == "neg" for c in token.head.children) and any(
            c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in token.head.children))
        if any(c.dep_ == "neg" for c in token.children) and token.dep_ in ("xcomp", "advcl", "ccomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                and token.head.lemma_.lower() in self.directing_verbs:
            return None  # "Drivers were advised not to call the hotline": an instruction, neither a report nor a silence
        if any(c.dep_ == "neg" for c in token.children) or refused or nobody or neither:
            # "did not comment", "has not said", "declined to say whether": the outlet reporting a silence, in its
            # own voice
            return CueMatch("silence", token.idx, token.idx + len(token), token)
        if lemma in self.directing_verbs and token.tag_ in ("VBD", "VBN") and not any(
                c.dep_ in ("dobj", "aux", "auxpass", "ccomp") for c in token.children) and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in token.children):
            return None  # "Residents urged to stay indoors" (a headline): those urged, not who urges
        if lemma in self.question_verbs and any(c.dep_ == "ccomp" and _asks(c) for c in token.children):
            return None  # "Monday's referendum could determine whether the port is sold": a question, no finding
        if _reduced_passive(token):
            return None  # "prominent Russians said to be close to the Kremlin": a hedge on them, nobody's report
        if token.dep_ == "pcomp" and token.head.lower_ == "with" and token.tag_ in ("VBN", "VBD"):
            return None  # "..., with one drowning reported", "with bridges said to be impassable": a circumstance
        if token.dep_ == "pcomp" and token.head.lower_ == "with" and token.tag_ == "VBG" \
                and not self._has_speech(token) \
                and not any(c.dep_ in ("ccomp", "xcomp", "prep") for c in token.children):
            # "with four provinces reporting new clusters": what the figures are, no one's words (not "with the US
            # and Iran each accusing the other of ...", nor "with the police reporting that ...")
            return None
        if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.head.pos_ == "NOUN" \
                and not self._has_speech(token):
            return None  # "the lag in disclosing the teen's arrest": an act that a noun names, not a report
        if token.i > 0 and token.tag_ in ("VBN", "VBD") and token.doc[token.i - 1].tag_ == "POS":
            return None  # "analysts' reported consensus": a participle before a noun, after a possessive
        if token.tag_ == "VBG" and ((token.dep_ == "pcomp" and token.head.lower_ in ACT_PREPOSITIONS) or (
                token.dep_ == "advcl" and any(
                c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "while", "before", "after"))
                for c in token.children))) and not self._has_speech(token):
            return None  # "voted against recommending the death penalty", "when recommending execution": an act
        if (token.tag_ == "VBN" and token.dep_ in ("acl", "advcl", "amod")
                or token.tag_ == "VBD" and token.dep_ in ("acl", "amod")) and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in token.children) \
                and not _misparsed_report(token) and _closing_tag_read_as_modifier(token) is None:
            return None  # "with heavy fighting reported across the region": a participle, not a report
        infinitive = token.dep_ in ("xcomp", "advcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if infinitive and token.dep_ != "acl" and token.head.tag_ == "VBN" and token.head.dep_ in ("acl", "amod") \
                and token.head.lemma_.lower() not in self.verbs:
            return None  # "a checklist used by nurses to assess pain": what a thing is for, no report
        if infinitive and (token.head.lemma_.lower() in self.permitting_verbs
                           or token.head.head.lemma_.lower() in self.permitting_verbs):
            return None  # "The agency granted the officials anonymity to speak about ...": leave to speak, no report
        if infinitive and self._intended(token):
            return None  # "Bandits are planning to block the pass to blame the army": a plan, nothing said yet
        if any(c.dep_ == "mark" and c.lower_ in UNASSERTED_MARKS for c in token.children):
            return None  # "could walk away if it concludes that ...", "asked him if he believed ...": not said
        if infinitive and token.dep_ == "acl" and token.head.pos_ == "NOUN" and token.head.dep_ == "pobj" \
                and token.head.head.dep_ == "agent":
            return None  # the same, the infinitive hung on the agent ("used by midwives to assess breathing")
        opening = self._speaking_to(token)
        if opening is not None:
            # "Speaking exclusively to Kyiv Post, the movement said": the parser makes the participle the subject
            # and the speaker an appositive of the outlet; the speaker told the outlet.
            speaker, outlet = opening
            return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(speaker)),
                            relays=(outlet,))
        subject = (self._tag_before_participle(token) or self._final_inverted_speaker(token, lemma)
                   or _closing_tag_read_as_modifier(token)
                   or (self._closing_tag_read_as_noun(token) if token.dep_ in ("appos", "conj") else None)
                   or _appositive_speaker(token) or self._subject(token) or self._utterance_owner(token)
                   or self._inverted_speaker(token) or self._trailing_speaker(token))
        if subject is not None and subject.lower_ in _FRONTED_PRONOUNS:
            subject = _fronted_clause_subject(token, subject) or subject
        if subject is not None and (subject.lower_ in ("nobody", "none") or any(
                c.dep_ == "det" and c.lower_ == "no" for c in subject.children) and not subject.like_num):
            # "No officials have confirmed ...": nobody speaks; the outlet reports a silence
            return CueMatch("silence", token.idx, token.idx + len(token), token)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl" \
                and (token.head.pos_ == "PROPN" or token.head.ent_type_ in ("ORG", "PERSON") or passes_on):
            subject = token.head  # "TASS, which cited emergency services", "reports that cite unnamed sources"
        elif subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            subject = self._utterance_owner(token) or subject  # "X put out a statement which says ...": X says
        if subject is None or subject.lemma_.lower() in self.non_sources or subject.lower_ in self.non_sources:
            return None
        if quoted(subject):
            # '"... It shows New York City ... ," a tweet from the CDC said.': the parser took a word of the quotation
            # for the subject and hung the tag's speaker on it
            subject = next((c for c in subject.children if c.dep_ == "appos" and not quoted(c) and c.i < token.i
                            and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is None:
                return None
        if subject.lower_ in ("i", "we", "you", "me", "us") and subject.text != "US":
            return None
        cited = (tuple(c for c in token.children if c.dep_ == "dobj") + quoted_saying) if passes_on else ()
        return CueMatch("verb", token.idx, token.idx + len(token), token, (*_listed_before(subject), *conjuncts(subject)),
                        relays=self._relays(token, lemma), cited=cited)

    def _learned_from(self, token: Token, lemma: str) -> CueMatch | None:
        """"Agentstvo has learned from two officials that ...": the ones it learned from speak, through the learner."""
        if lemma not in self.learning_verbs:
            return None
        informants = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj"]
        learner = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if not informants or learner is None or learner.lower_ in ("i", "we", "you"):
            return None
        clause = any(c.dep_ in ("ccomp", "xcomp") for c in token.children) or any(
            t.dep_ == "mark" and t.lower_ == "that" for t in token.subtree)  # the parser may hang the clause lower
        closing = learner.left_edge.i > token.sent.start and token.doc[learner.left_edge.i - 1].text == ","
        if not clause and not closing:
            return None  # "She learned from her mistakes": a lesson, nothing told
        return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(informants[0])),
                        relays=(learner,), relaying=True)

    def _heard_in_court(self, token: Token, lemma: str) -> CueMatch | None:
        """"The court heard that ...", "..., a jury was told": an agentless cue (the court tells nothing itself)."""
        if lemma not in ("hear", "tell") or not self.hearing_bodies:
            return None
        passive = any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in token.children)
        if (lemma == "hear") == passive or any(c.dep_ in ("neg", "agent", "dobj") for c in token.children):
            return None
        subject = next((c for c in token.children if c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS), None)
        if subject is None or (subject.lemma_.lower() not in self.hearing_bodies
                               and subject.lower_ not in self.hearing_bodies):
            return None
        # what was heard is a clause, or the tag closes the sentence ("..., a court has heard.")
        clause = any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
        closing = token.dep_ in ("ROOT", "parataxis") and token.i > subject.i and token.i >= token.sent.end - 3 \
            and any(t.is_punct and t.lower_ == "," for t in token.doc[token.sent.start:subject.i])
        # ... or it stands between commas inside the sentence ("In 2019, jurors heard, he sold the bakery.")
        doc = token.doc
        aside = token.dep_ in ("parataxis", "advcl") and token.i + 1 < len(doc) and doc[token.i + 1].text == "," \
            and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == ","
        if not clause and not closing and not aside:
            return None
        return CueMatch("agentless", token.idx, token.idx + len(token), token)

    def _time_phrase(self, head: Token) -> bool:
        """Is the phrase a time ("That same evening", "Earlier this month", "The following day"), not people?"""
        return head.lower_ in TIME_NOUNS or head.lemma_.lower() in self.time_phrase_nouns \
            or any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree)

    def _carried_words(self, verb: Token) -> Token | None:
        """Whose words a verb of carrying passes on: the owner of its object, when the object is someone's words
        ("carrying the words of X", "published remarks by X", "aired comments from X")."""
        for obj in (c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() in self.words_carried
                                                                       or c.lower_ in self.words_carried)):
            owner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "by")
                          for g in p.children if g.dep_ == "pobj"), None)
            owner = owner or next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
            if owner is not None and (owner.pos_ == "PROPN" or owner.ent_type_ in ("PERSON", "ORG")):
                return owner
        return None

    def _closing_tag_read_as_noun(self, token: Token) -> Token | None:
        """"..., the arrest warrant states.": a closing tag whose verb the tagger read as the plural of a noun after
        a document's name; the document speaks."""
        doc, sentence = token.doc, token.sent
        # (the parser may hang the comma before the tag on the tag itself)
        left = next((t.i for t in token.subtree if not t.is_punct), token.i)
        if token.tag_ not in ("NNS", "VBZ", "NN", "VBP") or left < 1 \
                or doc[left - 1].text != "," or not all(t.is_punct for t in doc[token.i + 1:sentence.end]):
            return None
        paper = next((c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1), None)
        if paper is None:
            return None
        if token.tag_ in ("NN", "VBP"):
            # "..., local media report.": the plural's verb read as a noun after its speakers
            return paper if paper.pos_ == "PROPN" or paper.tag_ in ("NNS", "NNPS") or paper.lower_ in ("media", "police") \
                else None
        if paper.lower_ not in self.documents and paper.lower_ not in self.utterance_nouns and paper.pos_ != "PROPN":
            return None
        return paper  # (a name speaks too: "..., the General Staff states.")

    def _relays(self, verb: Token, lemma: str) -> tuple[Token, ...]:
        """Who the speaker told: the object of "tell" ("told RBC-Ukraine") and the partner of an interview
        or of speaking ("in an interview with CNN", "speaking to Reuters"); the caller keeps only outlets."""
        found: list[Token] = []
        if lemma in self.relay_verbs:
            # "told Interfax and the BBC": each outlet told
            found.extend(t for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "NOUN")
                         for t in conjuncts(c))
            # "told Vedomosti Turkey planned to ...": the reported clause's subject read into the name of the one told
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and not any(
                g.dep_ in SUBJECTS or g.dep_ == "mark" for g in c.children)), None)
            found = [next((c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1), t)
                     if clause is not None and t.dep_ == "dobj" and t.i == clause.i - 1 and t.pos_ == "PROPN" else t
                     for t in found]
        # "backed that account in comments to Reuters but said ...": the verb it is coordinated with says to whom.
        holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        for child in (c for holder in holders for c in holder.children):
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "to"):
                for noun in (g for g in child.children if g.dep_ == "pobj"):
                    # "said in a statement carried by Al Jazeera": the outlet that passed the statement on
                    found.extend(o for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in self.carrying
                                 for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj")
                    if noun.lower_ in self.relay_nouns or child.lower_ == "to":
                        found.extend(o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                                     for o in p.children if o.dep_ == "pobj")
                        if child.lower_ == "to" and noun.pos_ in ("PROPN", "NOUN"):
                            found.append(noun)  # "said to Interfax"
                    if child.lower_ == "in" and noun.lemma_.lower() in self.dispatch_nouns:
                        # "In a separate Xinhua dispatch, the ministry criticised ...": the outlet whose item it is
                        found.extend(o for o in noun.children if o.dep_ in ("compound", "poss") and o.pos_ == "PROPN")
                    if noun.lower_ in self.utterance_nouns or noun.lower_ in self.relay_nouns:
                        # "In a statement provided to CNN": the statement given to an outlet
                        found.extend(o for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in GIVING
                                     for p in a.children if p.dep_ == "prep" and p.lower_ == "to"
                                     for o in p.children if o.dep_ == "pobj")
            if child.dep_ == "advcl" and child.lemma_.lower() in ("speak", "talk"):
                found.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                             for o in p.children if o.dep_ == "pobj")
        # "..., Callaway said, via the Indianapolis Star", "he said, per ESPN": the outlet the words came through.
        found.extend(o for holder in holders for p in holder.children if p.dep_ == "prep" and p.lower_ in RELAY_PREPOSITIONS
                     for o in p.children if o.dep_ == "pobj")
        # "The source who spoke to Reuters said ...", "an official, who told AP ..., said": the speaker's own
        # relative clause names the outlet.
        found.extend(self._told_in_clause(tuple(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))))
        return tuple(found)

    def _told_in_clause(self, speakers: tuple[Token, ...]) -> tuple[Token, ...]:
        """Whom the speakers' own relative clauses say they spoke to: "a source who spoke to Reuters", "according
        to an officer who talked to Radio Dabanga", "an official, who told AP ..."."""
        found: list[Token] = []
        for speaker in speakers:
            for clause in (c for c in speaker.children if c.dep_ == "relcl"):
                clause_lemma = clause.lemma_.lower()
                if clause_lemma in ("speak", "talk"):
                    found.extend(o for p in clause.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                                 for o in p.children if o.dep_ == "pobj")
                elif clause_lemma in self.relay_verbs:
                    found.extend(c for c in clause.children if c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN")
                elif clause_lemma in self.passive_speech and any(c.dep_ == "auxpass" for c in clause.children):
                    # "according to Ivo Maren, who was quoted by the Interfax news agency": the one who quoted him
                    found.extend(g for a in clause.children if a.dep_ == "agent" for g in a.children
                                 if g.dep_ == "pobj")
        return tuple(found)

    def _speaks(self, token: Token) -> bool:
        """Is the token (or the word it introduces) a verb of saying: "as saying", "to have said"?"""
        for word in [token, *token.children]:
            for candidate in [word, *word.children]:
                if candidate.pos_ in ("VERB", "AUX") and candidate.lemma_.lower() in self.verbs:
                    return True
        return False

    def _final_inverted_speaker(self, verb: Token, lemma: str) -> Token | None:
        """"..., reported the ISW.": a finite verb of saying after a comma, with no subject, whose object ends the
        sentence, is a tag whose speaker the parser took for its object (and often hung the verb on the clause
        before, whose subject is then no speaker)."""
        doc, sentence = verb.doc, verb.sent
        # "..., said the statement issued late Tuesday", "says the statement shared online": the parser reads the
        # speaker and its participle as a clause.
        described = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and (
            c.tag_ == "VBN" or c.tag_ == "VBD" and any(  # "says the statement shared online", read as a past tense
                s.dep_ in SUBJECTS and s.lemma_.lower() in self.utterance_nouns for s in c.children))
                          and c.right_edge.i >= sentence.end - 2), None)
        if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or verb.i - sentence.start < 3 or doc[verb.i - 1].text != "," \
                or lemma in self.hearer_object or any(c.dep_ in SUBJECTS or (c.dep_ in ("ccomp", "xcomp") and (
                                                          described is None or (c.i > verb.i and c.i != described.i)))
                                                      for c in verb.children):
            return None
        if described is not None:
            speaker = next((c for c in described.children if c.dep_ in SUBJECTS and c.left_edge.i == verb.i + 1), None)
            return speaker if speaker is not None and _names_a_speaker(speaker) else None
        speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
        if speaker is None or not _names_a_speaker(speaker):
            return None
        rest = doc[speaker.right_edge.i + 1:sentence.end]
        if not all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.lower_ in CALENDAR_WORDS
                   or t.lower_ in ("on", "in", "late", "early", "last", "this") for t in rest):
            return None
        return speaker

    def _tag_before_participle(self, verb: Token) -> Token | None:
        """'Nineteen patients died ..., the FDA said, warning doctors about ...': a participle after a speech tag
        goes on with the tag's speaker, though the parser hangs both on the reported clause."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
            return None
        tag = verb.doc[verb.i - 2]
        if tag.head.i != verb.head.i or tag.dep_ not in ("parataxis", "ccomp") or tag.lemma_.lower() not in self.verbs:
            return None
        return (self._final_inverted_speaker(tag, tag.lemma_.lower()) or _appositive_speaker(tag) or self._subject(tag)
                or self._inverted_speaker(tag) or self._trailing_speaker(tag))

    @staticmethod
    def _inverted_speaker(verb: Token) -> Token | None:
        """'"...," warned the National Weather Service': after the quotation, the speaker follows the verb
        and the parser takes it for the object."""
        quoted_before = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) or any(
            _closing_mark(t) for t in verb.doc[max(verb.i - 3, verb.sent.start):verb.i])
        if not quoted_before:
            return None
        # "..., the secretary-general, Anders Holmqvist, said Monday": a day after the verb says when, not who.
        return next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dative", "appos")
                     and _names_a_speaker(c)), None)

    def _utterance_owner(self, verb: Token) -> Token | None:
        """"X issued a statement claiming that ...": the statement's issuer claims."""
        noun = verb.head
        if verb.dep_ not in ("acl", "advcl", "relcl") or noun.i == verb.i:
            return None
        # "held a press conference confirming ...", "proposed approval stating that ...": a participle on the object
        participle = verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ == "dobj"
        if noun.lemma_.lower() not in self.utterance_nouns and noun.lower_ not in self.utterance_nouns and not (
                participle and (noun.lemma_.lower() in self.speech_events or any(
                    c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    for c in verb.children))):
            # "proposed approval stating that ...": a participle with its "that" clause, which the parse hung on
            # the object, says what the subject of the clause before said
            return None
        if noun.head.lemma_.lower() in self.answering:
            return None  # "The Commission has not confirmed reports claiming ...": the reports claim, not the Commission
        issuer = next((c for c in noun.head.children if c.dep_ in SUBJECTS), None) if noun.dep_ == "dobj" else None
        return issuer

    @staticmethod
    def _characterizes(token: Token) -> bool:
        """"described the talks as frank": the "as" phrase hangs on the verb or on its object."""
        holders = [token] + [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
        return any(c.dep_ == "prep" and c.lower_ == "as" and (list(c.children) or c.nbor(1).is_quote)
                   for holder in holders for c in holder.children if c.i + 1 < len(c.doc))

    def _has_speech(self, token: Token) -> bool:
        """Verbs like "add" or "call" report speech only with a clause, a quotation or a colon after them."""
        if token.lemma_.lower() in _AS_ONLY:
            return self._characterizes(token)
        if token.lemma_.lower() in self.finite_clause:
            # "expects that prices will rise", not "expect their running back to miss six weeks"
            return any(c.dep_ == "ccomp" and (c.tag_ in _FINITE or any(
                a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in c.children)) for c in token.children)
        if any(c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "oprd" and c.tag_ != "VBG") for c in token.children) \
                or _misparsed_report(token):
            return True  # "called it a disgrace", not "called 911 threatening to ...": a participle is what was done
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.lower_ == "that" and following.dep_ == "mark":
            return True  # "found that 37.8 percent of hospitals ...": a that-clause the parser hung elsewhere
        if _set_off_tag(token):
            return True  # "Yet, the think tank added, Russia's military cannot cope": a tag set off inside the clause
        if any(t.is_quote and t.tag_ != "POS" for c in token.children if c.dep_ in ("dobj", "oprd") for t in c.subtree):
            # "called its offensive “coordinated and high quality”": quoted words as the object (not the apostrophe
            # of "the agents' questions")
            return True
        if token.lemma_.lower() in self.characterizing and self._characterizes(token):
            return True
        if any(c.dep_ == "prep" and (c.lower_ == "about" or c.lower_ == "of" and token.lemma_.lower() in self.of_speech)
               for c in token.children):
            return True  # "posted about the attack", "spoke of their anger"
        if token.lemma_.lower() in ("describe", "recall", "recount") and any(
                c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in _PERCEIVING for c in token.children):
            return True  # "Residents described hearing two loud blasts": what they perceived, told
        if any(c.dep_ == "dobj" and ((c.lower_ == "this" and not list(c.children)) or pointer_phrase(c, self.pointer_nouns))
               for c in token.children):
            return True  # "posted this on Telegram", "shared this information": what is posted is the report just told
        # A closing mark just before the verb tags a quotation ('..." she fumed'), unless it closes the subject's own
        # marks: 'the “customers” shared addresses' is a scare-quoted word, not a quotation before its tag.
        subject = {t.i for c in token.children if c.dep_ in SUBJECTS for t in c.subtree}
        # ... or just before the subject, however long ('"Get off the bridge now!" a police officer shouted').
        opening = min((i for i in subject if i < token.i), default=token.i)
        return self._followed_by_speech(token, 2) or any(
            _closing_mark(t) and t.i not in subject
            for t in token.doc[max(min(token.i - 3, opening - 1), 0):token.i])

    @staticmethod
    def _followed_by_speech(token: Token, reach: int) -> bool:
        """Does a colon or an opening quotation mark follow the verb within ``reach`` tokens ('put it bluntly: "')?"""
        return any(t.text in (":", '"', "“", "‘", "«") for t in token.doc[token.i + 1:token.i + 1 + reach])

    def _opening_speech(self, token: Token, lemma: str) -> CueMatch | None:
        """"Speaking to the BBC, the minister defended the plan", "Speaking at a briefing, Zelensky thanked the
        allies": a participle of speaking that opens the sentence makes what the main clause's subject does there
        its words (through the outlet it spoke to)."""
        if lemma not in ("speak", "talk") or token.tag_ != "VBG" or token.dep_ != "advcl" or token.head.i < token.i:
            return None
        if any(t.is_alpha for t in token.doc[token.sent.start:token.i]) or not any(
                c.dep_ == "prep" and c.lower_ in ("to", "with", "at", "on", "during") for c in token.children):
            return None
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "there") or subject.pos_ == "PRON" and subject.lower_ not in (
                "he", "she", "they"):
            return None
        return CueMatch("verb", token.idx, token.idx + len(token), token, tuple(conjuncts(subject)),
                        relays=self._relays(token.head, token.head.lemma_.lower()))

    @staticmethod
    def _speaking_to(verb: Token) -> tuple[Token, Token] | None:
        """The speaker and the outlet of an opening "Speaking to X, Y said" that the parser hung as a clausal
        subject, with Y an appositive of X."""
        participle = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                           and c.lemma_.lower() in ("speak", "talk")), None)
        if participle is None:
            return None
        for prep in (c for c in participle.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            for outlet in (g for g in prep.children if g.dep_ == "pobj"):
                speaker = next((a for a in outlet.children if a.dep_ == "appos" and a.i > outlet.i), None)
                if speaker is not None:
                    return speaker, outlet
        return None

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of a verb, read as the cues read it (through auxiliaries, conjoined verbs and misparses)."""
        return self._subject(verb)

    def _subject(self, verb: Token) -> Token | None:
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN") \
                and verb.head.head.lower_ == "with":
            return verb.head  # "..., USGS said, with the Pacific Tsunami Warning Center adding that ..."
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") \
                and verb.head.i < verb.i and any(c.dep_ == "acl" and c.tag_ == "VBD" and c.i < verb.i
                                                 for c in verb.head.children):
            # "A spokesperson hit back, telling Deadline that ...": the sentence's verb read as a clause on its
            # subject, the gerund of saying after it hangs on the subject too ...
            return verb.head
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBD" \
                and verb.head.head.pos_ in ("PROPN", "NOUN") and verb.head.head.i < verb.head.i \
                and all(t.dep_ in ("det", "amod", "compound", "poss") for t in verb.head.head.lefts):
            # ... or on the verb so read, before a quotation ('A spokesperson hit back, telling Deadline: "..."')
            return verb.head.head
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN") \
                and any(c.dep_ == "ccomp" for c in verb.children) and (
                    verb.head.lemma_.lower() in self.finding_nouns or (
                        verb.head.dep_ == "pobj" and verb.head.head.lower_ not in ("to", "for"))) \
                and verb.head.head.lemma_.lower() not in self.publishing_verbs \
                and not any(c.dep_ == "neg" for c in verb.head.head.children):
            # "debated a new survey suggesting that ...", "after a report saying that ...": the survey or the report
            # says it, not who debated it; a statement someone put out stating it is still theirs, and reports someone
            # has not confirmed are a silence
            return verb.head
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "advcl" and verb.head.i < verb.i \
                and any(c.dep_ == "mark" for c in verb.head.children) and verb.head.head.i < verb.head.i:
            # "The militia stepped up raids since the ceasefire collapsed, demanding ...": the gerund after the
            # clause of time goes with the main clause, whose subject demands
            main_subject = next((c for c in verb.head.head.children if c.dep_ in SUBJECTS), None)
            if main_subject is not None:
                return main_subject
        if verb.tag_ == "VBG" and verb.dep_ == "advcl":
            # "..., with Fars, the semi-official news agency, saying ...": the parser hangs "with X" on the main verb
            owner = next((g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i
                          for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
            if owner is not None:
                return owner
        if _misparsed_report(verb):
            return verb.head  # "X, a member of the bureau, shared with Y that ...", parsed as the name's clause
        clause_subject = _subject_after_conjunction(verb)
        if clause_subject is not None:
            return clause_subject
        if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children) and not any(
                c.dep_ in ("cc", "preconj") and verb.head.i < c.i < verb.i for c in verb.head.children) \
                and not any(c.dep_ == "cc" for c in verb.children):
            # "A strike killed nine civilians, locals and media reports said": a verb joined to the clause with no
            # "and" is its closing tag, whose speakers the parser hung on what was reported
            closing = self._trailing_speaker(verb)
            if closing is not None:
                return closing
        if verb.dep_ == "conj" and verb.lemma_.lower() == "add" and not any(c.dep_ in SUBJECTS for c in verb.children):
            # "Belarus fired a rocket, the navy said, but added that it missed": the tag between the two verbs
            # is whose the second is, not the first clause's subject
            tag = next((c for c in verb.head.children if c.dep_ == "parataxis" and verb.head.i < c.i < verb.i
                        and c.lemma_.lower() in self.verbs), None)
            tag_subject = next((c for c in tag.children if c.dep_ in SUBJECTS), None) if tag is not None else None
            if tag_subject is not None:
                return tag_subject
        token = verb
        for _ in range(3):
            # Two subjects are a misparse of an abbreviated title ("County Police Sgt. Dana Whitlow said"): the
            # one nearest the verb is the speaker's name.
            subjects = [c for c in token.children if c.dep_ in SUBJECTS]
            if subjects:
                before = [c for c in subjects if c.i < token.i]
                after = [c for c in subjects if c.i > token.i]
                if before and after and token.i == verb.i and verb.i > 0 and verb.doc[verb.i - 1].is_punct:
                    return after[0]  # "... Seoul time (2205 GMT), said the official": the inverted tag's speaker
                if not before and len(after) > 1 and after[-1].pos_ == "PROPN":
                    return after[-1]  # "..., said co-author Rowan Ashby": a hyphenated title misparsed as a subject
                place = subjects[0]
                if len(subjects) == 1 and place.ent_type_ in ("GPE", "LOC") and place.i > 1 \
                        and verb.doc[place.i - 1].text == ",":
                    # "Farmers in the Rift Valley, Kenya say ...": the place closes the people's phrase
                    people = next((c for c in token.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                                   and c.right_edge.i == place.i - 2 and not self._time_phrase(c)), None)
                    if people is not None:
                        return people
                if len(before) > 1 and (before[-1].pos_ == "PROPN" or (
                        before[-1].left_edge.i > 0 and verb.doc[before[-1].left_edge.i - 1].text == ","
                        and all(t.dep_ in ("aux", "auxpass", "neg", "advmod")
                                for t in verb.doc[before[-1].right_edge.i + 1:token.i]))):
                    # "A drone attack ... set off a fire, the regional governor said": the tag's speaker, not the
                    # reported clause's subject the parser also hung on the verb
                    return before[-1]
                return subjects[0]
            eager = token.dep_ == "acomp" and token.lower_ in self.eager and token.i != verb.i
            if (token.dep_ not in SUBJECT_BRIDGES and not eager) or token.head.i == token.i:
                break  # "is quick to point out": through the adjective to the subject of "is"
            if any(c.dep_ == "mark" for c in token.children):
                break  # "As reported, a drone hit ...": the clause it modifies has another subject
            controller = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i
                               and c.pos_ in ("PROPN", "NOUN")), None) if token.dep_ == "xcomp" else None
            if controller is not None:
                return controller  # "The refusal prompted reporter Anna Krol to note ...": the one prompted speaks
            token = token.head
            if token.dep_ == "prep":
                token = token.head
        # A misparsed subject still stands to the left of its verb as a capitalised name.
        for child in verb.lefts:
            if child.tag_ == "VBG":
                continue  # "Speaking exclusively to Kyiv Post, the movement said": a participle, no name
            if child.dep_ in ("advcl", "npadvmod", "dep", "nmod") and child.pos_ in ("PROPN", "NOUN", "ADJ") \
                    and child.text[:1].isupper() and (child.i != verb.sent.start
                                                      or child.ent_type_ in ("ORG", "PERSON", "NORP")):
                return child
            if child.dep_ in ("advcl", "npadvmod", "dep", "nmod") and child.pos_ in ("PROPN",):
                return child
            if child.dep_ == "advmod" and child.i == verb.i - 1 and child.text[:1].isupper() and child.is_alpha \
                    and not child.is_stop and child.i == verb.sent.start:
                return child  # "Chatterly said in a statement ...": an unknown name the tagger took for an adverb
            if child.dep_ == "amod" and child.i == verb.i - 1 and age_epithet(child):
                return child  # '"...," the 27-year-old said': the parser hung the epithet on the verb
        return None

    def _trailing_speaker(self, verb: Token) -> Token | None:
        """"..., killing three people, the city's mayor, Ihor Terekhov, said." The parser often hangs a
        closing speech tag's speaker on the clause before it; take the name just before the verb."""
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # an infinitive is no closing tag: its speaker is the one led to it ("leading Pruett to tell the jury"),
            # or the subject of the clause whose thing it is for ("Holt used a point of order to accuse ...")
            if verb.dep_ == "xcomp":
                return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                             and c.pos_ in ("PROPN", "NOUN")), None)
            if verb.dep_ == "acl":
                clause = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
                return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
            return None
        doc, k = verb.doc, verb.i - 1
        while k >= verb.sent.start and (doc[k].is_punct or (doc[k].head.i == verb.i and (
                doc[k].dep_ == "aux" or (doc[k].dep_ == "advmod" and doc[k].lower_ in self.speech_adverbs)))):
            k -= 1  # "..., officials have reportedly said": the verb's own auxiliaries and adverbs of the telling
        if k < verb.sent.start or doc[k].pos_ not in ("PROPN", "NOUN") or doc[k].dep_ not in ("appos", "conj", "dobj", "pobj", "npadvmod"):
            return None
        candidate = doc[k]
        while candidate.dep_ == "compound":
            candidate = candidate.head
        while candidate.dep_ == "appos" and candidate.head.dep_ == "appos":
            candidate = candidate.head
        while candidate.dep_ == "conj" and candidate.head.pos_ in ("PROPN", "NOUN") \
                and not any(c.dep_ == "nummod" for c in candidate.head.children) \
                and candidate.head.left_edge.i > 0 and doc[candidate.head.left_edge.i - 1].text == ",":
            # "..., injured 19, police and medics said": the parser that hung the speakers on what was counted left
            # the first of them before the last; the list of speakers starts after the comma, and a counted noun
            # ("19 people") or one joined by "and" ("two barns and a house") is what was reported on
            candidate = candidate.head
        if candidate.i > k or candidate.i < verb.sent.start:
            return None
        if any(a.lower_ in ("citing", "quoting") for a in candidate.ancestors if a.i < verb.i):
            return None  # "X, citing sources in the ministry, reported": the ministry is cited, not speaking
        clause = next((a for a in candidate.ancestors if a.dep_ == "relcl" and a.i < verb.i), None)
        if clause is not None:
            # "Axios, which first reported the meeting, said ...": the relative clause's antecedent speaks.
            antecedent = clause.head
            named = antecedent.pos_ in ("PROPN", "NOUN") or antecedent.text[:1].isupper()  # a name the tagger missed
            if named and antecedent.i < clause.i:
                return antecedent
        comma = next((t for t in reversed(doc[verb.sent.start:candidate.i]) if t.text == ","), None)
        if comma is not None and comma.i + 1 < candidate.i and doc[comma.i + 1].lower_ in ("whose", "who", "which") \
                and comma.i > verb.sent.start and doc[comma.i - 1].pos_ in ("PROPN", "NOUN"):
            # "analyst Ivo Brandt, whose advice came before a rally in the shares, said": the parser made no relative
            # clause of it, but the name before ", whose" speaks
            return doc[comma.i - 1]
        return candidate if comma is not None else None

    def _evidence_owner(self, verb: Token) -> Token | None:
        """"The ministry's data show ..." credits the ministry."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None and verb.i > 0 and verb.doc[verb.i - 1].text == "," and (any(
                c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) or (
                verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in verb.head.children))):
            # "..., showed a Vectra exit poll": the tag inverted after the clause, its evidence read as the object
            subject = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if subject is None or subject.lemma_.lower() not in self.evidence_nouns and subject.lower_ not in self.evidence_nouns:
            return None
        if (subject.pos_ == "PROPN" and not (subject.is_sent_start and not any(
                c.dep_ == "compound" for c in subject.children))) or (
                subject.text[:1].isupper() and subject.i > 0 and subject.ent_type_):
            # "the U.S. Geological Survey said": a body whose name ends in an evidence noun (not "Data from ..."
            # opening the sentence, which the tagger may take for a name)
            return None
        return self._evidence_owner_of(subject)

    @staticmethod
    def _evidence_owner_of(subject: Token) -> Token | None:
        for child in subject.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in OBTAINING:
                # "Images published by local media showed ...", "footage released by the ministry shows ..." (not
                # "Video obtained by Reuters showed ...": who got hold of it does not show it)
                agent = next((g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                             None)
                if agent is not None:
                    return agent
            if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN") \
                    and (child.dep_ == "poss" or child.pos_ == "PROPN" or child.text.isupper()):
                if child.ent_type_ in ("DATE", "TIME") or child.lower_ in TIME_NOUNS:
                    continue  # "Weekend news reports suggested ...", "Monday data showed ...": when, not whose
                return child
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].ent_type_ in ("GPE", "LOC", "FAC"):
                    return None  # "Video from El-Fula showed ...": where it was filmed, not who shows it
                if objects and child.lower_ == "of" and objects[0].pos_ != "PROPN":
                    return None  # "Footage of the incident showed ...": what it shows, not whose it is
                if objects:
                    return objects[0]
        return None


# What a verb set off by commas may not hold if it is a tag: an object or a clause of its own
_OWN_COMPLEMENTS = frozenset({"dobj", "dative", "xcomp", "ccomp", "acomp", "attr", "oprd", "mark", "agent"})


def _names_a_speaker(token: Token) -> bool:
    """Can a word after an inverted tag's verb be its speaker: a name, or a noun with a determiner, a modifier or an
    owner ("the ministry", "the regional governor"), and no day or time ("said Monday")?"""
    return token.ent_type_ not in ("DATE", "TIME") and token.lower_ not in CALENDAR_WORDS and (
        token.pos_ == "PROPN" or (token.pos_ == "NOUN" and any(d.dep_ in ("det", "compound", "poss")
                                                             for d in token.children))
        # "..., added engineers.", "..., said police.": a bare plural or "police" names people too; and a capitalised
        # word the tagger took for a noun is a surname it did not know ("..., — added Tremblay.")
        or (token.pos_ == "NOUN" and (token.tag_ == "NNS" or token.lower_ == "police"
                                      or (token.text[:1].isupper() and token.i > token.sent.start))))


def _ends_its_sentence(token: Token) -> bool:
    """Is the token its sentence's last word, with only punctuation after it?"""
    return all(t.is_punct for t in token.doc[token.i + 1:token.sent.end])


# Pronouns that a subject named in a clause set before the main one may stand for.
_FRONTED_PRONOUNS = frozenset({"he", "she", "it", "they"})
# Concessive subordinators of a clause set before the main one whose subject the main clause's pronoun stands for
# (not "after": "After the judge suggested to Murtagh that ..., he replied" is Murtagh).
_FRONTED_MARKS = frozenset({"while", "although", "though", "whereas"})


def _fronted_clause_subject(verb: Token, pronoun: Token) -> Token | None:
    """'While Peskov declined to give details, he said ...': the subject named in the clause set before the main one,
    which the main clause's pronoun stands for."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i or not any(
                c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS for c in clause.children):
            continue
        named = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")),
                     None)
        if named is not None:
            return named
    return None


def _closing_mark(token: Token) -> bool:
    """A closing quotation mark; a straight single one only after the speech's own comma or stop ("'No,' he
    replied"), never an apostrophe ("the Jones' car")."""
    if token.text in ('"', "”", "’", "»"):
        return True
    return token.text == "'" and token.i > 0 and token.doc[token.i - 1].text in (",", ".", "!", "?", "…")


def _appositive_speaker(verb: Token) -> Token | None:
    """'..., in Kherson Region, a spokesperson for the Operational Command South, Natalya Humenyuk, has said': a
    verb with no subject right after a phrase set off by commas, which the parser hung on the clause before as an
    appositive of its last noun. That phrase is the tag's speaker."""
    if verb.dep_ not in ("conj", "ROOT", "ccomp", "advcl") or verb.tag_ == "VBG" \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return None  # "with Fars, the semi-official news agency, saying": the participle's "with" names its speaker
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i])
    end = first - 2  # the phrase's last word, before the comma
    # "..., US, Iranian and Israeli officials have reportedly said.": a tag that ends the sentence needs no comma
    final = verb.dep_ == "ROOT" and _ends_its_sentence(verb)
    # "..., targeting two depots, a source in the navy told Reuters.": a closing tag with only its hearer after it
    told = any(c.dep_ in ("dobj", "dative") for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i for c in verb.children) and all(
        t.is_punct or t.ent_type_ in ("DATE", "TIME") or any(a.i == verb.i for a in t.ancestors)
        for t in doc[verb.i + 1:verb.sent.end])
    if (final or told) and first >= 3 and doc[first - 1].text != ",":
        end = first - 1
    elif end < 2 or doc[first - 1].text != ",":
        return None
    phrase = None
    for token in [doc[end], *doc[end].ancestors]:
        if token.dep_ == "appos" and token.right_edge.i == end and token.i < verb.i:
            phrase = token  # the outermost such appositive: "a spokesperson for ..., Natalya Humenyuk"
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or phrase.left_edge.i < 1 \
            or doc[phrase.left_edge.i - 1].text != ",":
        return None
    named = phrase.head
    if phrase.pos_ == "NOUN" and named.pos_ == "PROPN" and named.ent_type_ == "PERSON" and named.i < phrase.i \
            and named.left_edge.i > 0 and doc[named.left_edge.i - 1].text == ",":
        return named  # "..., Ivan Petrenko, head of the Sumy Regional Military Administration, said": the name
    return phrase


def _set_off_tag(verb: Token) -> bool:
    """Is the verb, with its subject, a tag set off by commas inside the clause it reports ("The bridge, the
    engineer recalled, had been shut twice")? The parser hangs it on that clause in several ways; a verb with an
    object or a clause of its own is no such tag."""
    if verb.dep_ not in ("parataxis", "advcl", "relcl") or any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.left_edge.i == 0 \
            or verb.doc[subject.left_edge.i - 1].text != ",":
        return False  # "Ihnat, who speaks for the air force, ...": a relative clause describes, it does not tag
    end = max((t.i for c in verb.children if c.i > verb.i and not c.is_punct for t in c.subtree), default=verb.i)
    return end + 1 < len(verb.doc) and verb.doc[end + 1].text == ","


def _misparsed_report(verb: Token) -> bool:
    """A reporting verb that the parser hung as a clause on its own speaker's name: the verb of a verbless
    sentence, or a quotation's tag after its closing mark. The name is its subject."""
    return _verb_of_verbless_sentence(verb) or _tag_after_quote(verb)


def acted_on(verb: Token, acts: frozenset[str] | None) -> bool:
    """Does the verb's object make it an act ("declared a state of emergency", "claimed the title"), or its object's
    predicate ("found him guilty", "found the man dead": a verdict or a discovery), given the verb's act objects (cue
    rules' ``act_objects``)?"""
    # (in the passive, its subject: "The coach was dismissed by the club owner")
    return acts is not None and any(
        (c.dep_ in ("dobj", "dative", "nsubjpass") or c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ")
        and (c.lemma_.lower() in acts or _counted_object(c) in acts) for c in verb.children)


def _counted_object(noun: Token) -> str:
    """What a count of things counts ("dozens of homes": "homes"), or "" for any other noun."""
    if noun.lower_ not in ("dozens", "hundreds", "thousands", "scores", "millions", "number", "lot", "lots"):
        return ""
    counted = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    return counted.lower_ if counted is not None else ""


def _subject_after_conjunction(verb: Token) -> Token | None:
    """"Shares climbed after the Journal reported that ...": the parser reads "after the Journal" as a phrase and
    hangs the verb elsewhere; the noun phrase that ends right before the verb is the clause's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return None
    for token in verb.doc[verb.sent.start:verb.i]:
        if token.dep_ == "pobj" and token.right_edge.i == verb.i - 1 and token.head.lower_ in CLAUSE_PREPOSITIONS \
                and token.pos_ in ("PROPN", "NOUN") \
                and not any(c.dep_ in SUBJECTS and c.i > token.head.i for c in verb.children):
            return token
    return None


def _verb_of_verbless_sentence(verb: Token) -> bool:
    """A past-tense verb that the parser hung as a clause on the name its sentence opens with, the sentence having no
    verb of its own ("Mohammed al-Bukhaiti, a member of the bureau, shared with Al Jazeera that ..."): it is the
    sentence's verb when it takes a that-clause."""
    head = verb.head
    if not (verb.tag_ == "VBD" and verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN")
            and head.i < verb.i):
        return False
    # The that-clause hangs on the verb, or, misparsed as a relative clause, on the name after the verb.
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
        c for c in head.children if c.dep_ in ("relcl", "ccomp") and c.i > verb.i]
    return any(g.dep_ == "mark" and g.lower_ == "that" for c in clauses for g in c.children)


def _tag_after_quote(verb: Token) -> bool:
    """'"...," Dmytro Zhyvytskyy, Head of the Sumy Regional Military Administration, posted on Telegram.': a verb that
    the parser hung as a clause on the name right after a closing quotation mark is the quotation's tag."""
    head, doc = verb.head, verb.doc
    if not (verb.tag_ in ("VBD", "VBN") and verb.dep_ == "acl" and head.pos_ in ("PROPN", "NOUN") and head.i < verb.i):
        return False
    k = min(t.i for t in head.subtree if not t.is_punct or t.i == head.i) - 1
    if k >= 1 and doc[k].text == ",":
        k -= 1
    # a closing mark: glued to the word or comma before it (the quotation may have begun sentences before)
    return k >= 1 and doc[k].text in ('"', "”", "’", "»") and not doc[k - 1].whitespace_


def _closing_tag_read_as_modifier(verb: Token) -> Token | None:
    """"Two trains collided, the Kyodo news agency reported on Sunday.": a closing tag the parser read as the
    speaker's modifier ("the agency reported on Sunday" as "the agency that was reported"); the tag's speaker is the
    noun the verb hangs on, set off by a comma, with nothing but times after the verb."""
    noun, doc = verb.head, verb.doc
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    # (the parser may hang the comma itself on the noun)
    left = noun.left_edge.i + 1 if noun.left_edge.text == "," else noun.left_edge.i
    if left < 1 or doc[left - 1].text != "," or noun.right_edge.i != verb.right_edge.i:
        return None
    if any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children):
        return None  # "the car reported stolen", "an attack reported by police": a modifier indeed
    rest = doc[verb.i + 1:verb.sent.end]
    if not all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.lower_ in CALENDAR_WORDS
               or t.lower_ in ("on", "in", "late", "early", "last", "this") for t in rest):
        return None
    return noun if _names_a_speaker(noun) else None


def _inverted_tag_read_as_modifier(verb: Token) -> bool:
    """Is the past tense of a verb of saying, after a comma, the modifier of the noun that closes the sentence
    ("The driver was taken to hospital, added police.")?"""
    noun, doc = verb.head, verb.doc
    # (a dash after the comma too, as translated editions set a tag: "..., — added Tremblay.")
    after_comma = verb.i > 0 and (doc[verb.i - 1].text == "," or (
        verb.i > 1 and doc[verb.i - 1].text in ("—", "–") and doc[verb.i - 2].text == ","))
    return verb.tag_ in ("VBD", "VBN") and verb.i == noun.i - 1 and after_comma \
        and noun.pos_ in ("NOUN", "PROPN") and all(t.is_punct for t in doc[noun.i + 1:verb.sent.end]) \
        and _names_a_speaker(noun)


def _particles_by_verb(pairs: Iterable[str]) -> dict[str, set[str]]:
    """Verb + particle entries ("hit back", "find out") as verb -> its particles."""
    found: dict[str, set[str]] = {}
    for verb_and_particle in pairs:
        verb, _, particle = verb_and_particle.partition(" ")
        found.setdefault(verb, set()).add(particle)
    return found


def _listed_before(subject: Token) -> list[Token]:
    """Names the parser hung as subjects of their own before a list's last two ("TASS, RIA Novosti and Interfax
    reported": TASS), set off by commas."""
    if not any(c.dep_ == "conj" for c in subject.children):
        return []
    listed: list[Token] = []
    edge = subject.left_edge.i
    for sibling in sorted((c for c in subject.head.children if c.dep_ == "nsubj" and c.i < subject.i), key=lambda c: -c.i):
        if sibling.pos_ != "PROPN" or sibling.right_edge.i != edge - 2 or subject.doc[edge - 1].text != ",":
            break
        listed.insert(0, sibling)
        edge = sibling.left_edge.i
    return listed


def _prefixed(token: Token) -> bool:
    """Is the word joined by a hyphen to a prefix other than "re" ("co-accused", "self-described")?"""
    if token.i < 2:
        return False
    hyphen, prefix = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_ and prefix.is_alpha \
        and prefix.lower_ != "re"


def _listed_names(first: Token) -> list[Token]:
    """Names listed after the first object ("according to A, B, and C, ..."), which the parser often drops."""
    doc, names = first.doc, []
    i = max(t.i for t in first.subtree) + 1
    while i < len(doc) and doc[i].text in (",", "and", "or", "as", "well"):
        j = i
        while j < len(doc) and doc[j].text in (",", "and", "or"):
            j += 1
        segment = []
        while j < len(doc) and doc[j].text not in (",", "and", "or", ".", ";", ":") and not doc[j].is_sent_start:
            segment.append(doc[j])
            j += 1
        # A listed source is a bare name; anything with a verb is already the reported clause.
        if not segment or any(t.pos_ in ("VERB", "AUX", "ADV", "SCONJ", "CCONJ") for t in segment) \
                or not all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.text[:1].isupper() for t in segment):
            break  # "..., according to the administration, However, records put ...": a connective opens a clause
        name = max(segment, key=lambda t: (t.pos_ == "PROPN", t.i))
        if name.dep_ in SUBJECTS or name.dep_ in PASSIVE_SUBJECTS:
            break  # "According to police, Jane Roe and her cousin fled": the reported clause's subject
        names.append(name)
        i = j
    return names


def _definite(head: Token) -> bool:
    """A name or a definite description ("the defendant", "the ministry's spokesman"): someone in particular, not
    "some people" or "they"."""
    if head.pos_ == "PROPN" or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.children):
        return True
    # "local residents claim ...": a group the words qualify, not "some people" or "many"
    return head.tag_ == "NNS" and any(c.dep_ == "amod" for c in head.children) and not any(
        c.dep_ == "det" or c.lower_ in ("many", "some", "several", "few", "other") for c in head.children)


def verb_read_as_noun(token: Token) -> Token | None:
    """The speaker of a verb of saying that the tagger read as a noun, where the parse still shows a verb: a
    subject before it and a clause after it ("Poe's camp claims there was cheating"), or the noun before it as a
    compound while the clause after it hangs the word on its own verb ("Police allege he was shot")."""
    clause = any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None and token.dep_ == "ROOT":
        # "Poe's camp claims there was ...": the subject read as the first part of a compound noun
        subject = next((c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1), None)
    if subject is not None and clause:
        return subject
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    compound = next((c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if compound is None or following is None or token.dep_ != "npadvmod" or token.head.i <= token.i \
            or token.head.pos_ not in ("VERB", "AUX") or token.tag_ != "NN":
        return None
    clause_subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i), None)
    if clause_subject is None or clause_subject.left_edge.i != following.i:
        return None
    return compound


def _reduced_passive(token: Token) -> bool:
    """"Russians said to be close to the Kremlin", "a deal reported to have collapsed": a participle right after a
    noun, before "to be" / "to have", whatever the parser made of it."""
    doc = token.doc
    return token.tag_ in ("VBN", "VBD") and 0 < token.i < len(doc) - 2 and doc[token.i - 1].pos_ in ("NOUN", "PROPN") \
        and doc[token.i + 1].lower_ == "to" and doc[token.i + 2].lower_ in ("be", "have") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


# Verbs by which an outlet got hold of a document ("a memo seen by Reuters", "documents ABC News obtained").
OBTAINING = frozenset({"obtain", "see", "review", "view", "get", "receive", "acquire"})


def _obtained_by(heads: tuple[Token, ...]) -> tuple[Token, ...]:
    """Who got hold of the document the phrase names ("according to a memo seen by Reuters"): the subject or
    the agent of the clause on the document; empty if none."""
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in OBTAINING:
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
            agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         None)
            if subject is not None or agent is not None:
                return (subject if subject is not None else agent,)  # type: ignore[return-value]
    return ()


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb's tags that make its clause finite


def pointer_phrase(token: Token, pointer_nouns: frozenset[str]) -> bool:
    """"this information", "these details": a noun of ``pointer_nouns`` after a demonstrative, the report just told."""
    return (token.lower_ in pointer_nouns or token.lemma_.lower() in pointer_nouns) and any(
        c.dep_ == "det" and c.lower_ in ("this", "these", "that", "those") for c in token.children)


def _a_figure(noun: Token) -> bool:
    """Is the object a figure itself ("2.3 million", "$4 billion", "5%")?"""
    return noun.like_num or noun.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") and not any(
        c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" for c in noun.children) and noun.pos_ != "NOUN" \
        or noun.lower_ in ("%", "percent", "million", "billion", "trillion") and any(
            c.dep_ in ("nummod", "quantmod") for c in noun.children)


def _asks(clause: Token) -> bool:
    """Is the clause an indirect question ("whether the port is sold", "what caused the blast")?"""
    return any(t.lower_ in ("whether", "if") and t.dep_ == "mark" for t in clause.children) or (
        clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB") and clause.left_edge.lower_ != "that")
