"""Sources: turn the words that name a source into canonical sources, remembering them through the article."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from .doctext import doc_text
from .models import Source, SourceKind
from .names import NameIndex, normalize, slug
from .registry import RegistryEntry, SourceRegistry
from .rules import DiscourseRules, MentionRules, default_mentions

OBSERVED = {"PERSON", "ORG"}
SPEAKING_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
# Words for part of a group ("one of the officials", "some of the residents"): the group speaks.
PARTITIVES = {"one", "some", "several", "many", "most", "both", "each", "either", "all"}
NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
RECENT_TICKS = 4
# At most this many words, "the" included, in an office named again ("the Kremlin spokesman").
OFFICE_WORDS = 4
# Kinds of source that a bare description ("the company", "the agency") names by what it is, not by office.
DESCRIBED_KINDS = {"organization", "media"}
SUBJECTS = {"nsubj", "nsubjpass"}
# "the 47-year-old" stands for the person just named, as "he" or "she" does, of either sex.
AGE_EPITHET = "year-old"
PERSONAL_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
                     AGE_EPITHET: "person"}
GROUP_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
SPEAKER_PRONOUNS = {"i", "we", "me", "us", "you"}
NER_KINDS: dict[str, SourceKind] = {"PERSON": "person", "ORG": "organization", "GPE": "government",
                                    "NORP": "government", "FAC": "organization"}
DROP_CHILDREN = {"relcl", "acl", "punct", "cc", "conj", "appos", "advmod", "advcl", "ccomp", "xcomp",
                 "parataxis", "mark", "aux", "neg"}


# Nouns that speak only for an owner: "the ministry's information", "Rosstat data"; alone they are no source.
OWNERLESS_NOUNS = frozenset({"information", "data", "datum"})
# Adjectives that say how far information goes, not whose it is ("federal data" is the government's).
UNOWNED_ADJECTIVES = frozenset({"preliminary", "initial", "early", "unconfirmed", "available", "latest", "new",
                                "recent", "additional", "further", "first", "updated", "incomplete", "partial"})
TIME_WORDS = frozenset({"today", "yesterday", "tonight", "tomorrow", "now", "meanwhile", "earlier", "later"})
# Words of time that the tagger may take for a name before a noun of evidence ("Weekend news reports", "Monday
# data"); fast mode has no entity types to tell them.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
TIME_NOUNS = WEEKDAYS | frozenset({"weekend", "today", "yesterday", "morning", "evening", "overnight", "tonight"})
# The kinds of source a body's noun names ("ministry", "commission", "army"), not a person's or an outlet's
BODY_KINDS = frozenset({"government", "organization", "military"})
# Possessives that stand for a source named before: "according to its annual report", "in their statement".
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})


# The pronouns that cannot stand for a person of each gender.
_GENDERED = {"female": ("he", "him", "his", "himself"), "male": ("she", "her", "hers", "herself")}


@dataclass
class ArticleSource:
    """A source met in this article: its canonical identity and the words it has been called by."""

    id: str
    name: str
    kind: SourceKind
    index: NameIndex = field(default_factory=NameIndex)
    roles: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    last_seen: int = -1
    cited: bool = True  # False while the article has only named it, not quoted it
    anonymous: bool = False
    subject_seen: int = -1  # when the article last named it as the subject of a sentence
    gender: str = ""  # "female" or "male" when a title said so ("Ms Farrow"), else unknown
    relayed: str = ""  # the id of the source whose words it last passed on ("X, via this outlet")
    countries: set[str] = field(default_factory=set)  # the countries its descriptions or the registry gave it
    issued: set[str] = field(default_factory=set)  # what it put out, by noun: "statement", "release"


@dataclass(frozen=True)
class Mention:
    """Words in the text that name a source, with the candidate names to look them up by."""

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]
    head_lemma: str
    description: str
    ner_kind: SourceKind | None
    anaphoric: bool
    pronoun: str | None
    anonymous: bool
    appositive_nouns: tuple[str, ...] = ()  # "Jane Doe, a campaigner," -> ("campaigner",): later "the campaigner"
    # One of several unnamed groups that share the mention's noun ("Iranian officials" of "US and Iranian
    # officials"): the name to give it, while the mention stays the words of the article.
    name_text: str | None = None
    # The body whose office an anaphoric mention names ("the kremlin" of "The Kremlin's spokesman"): only the one
    # the article named in that office stands for it.
    owner: str | None = None


class SourceResolver:
    """Resolve mentions to canonical sources: registry first, then sources already met in the article."""

    def __init__(self, registry: SourceRegistry, rules: DiscourseRules, utterance_nouns: tuple[str, ...],
                 evidence_nouns: tuple[str, ...] = (), mentions: MentionRules | None = None) -> None:
        self.registry = registry
        self.rules = rules
        words = mentions if mentions is not None else default_mentions()
        self.title_modifiers = frozenset(words.title_modifiers)
        self.title_abbreviations = frozenset(words.title_abbreviations)
        self.name_prepositions = frozenset(words.name_prepositions)
        self.place_prepositions = frozenset(words.place_prepositions)
        self.anonymous_heads = frozenset(words.anonymous_heads)
        self.anonymity_clauses = [re.compile(p, re.IGNORECASE) for p in words.anonymity_clauses]
        self.indefinite_only_heads = frozenset(words.indefinite_only_heads)
        self.indefinite_words = frozenset(words.indefinite_words)
        self.staff_heads = frozenset(words.staff_heads)
        self.country_nouns = frozenset(words.country_nouns)
        self.local_heads = frozenset(words.local_heads)
        self.party_epithets = frozenset(words.party_epithets)
        self.post_nominals = frozenset(words.post_nominals)
        self.unnamed_anaphors = frozenset(words.unnamed_anaphors)
        self.person_back_nouns = frozenset(words.person_back_nouns)
        self.given_names = frozenset(words.given_names)
        self.leaking_verbs = frozenset(words.leaking_verbs)
        self.not_person_words = frozenset(words.not_person_words)
        self.role_synonyms = {role: frozenset(others) for role, others in words.role_synonyms.items()}
        # the nouns that are only another name for an office ("diplomat" for a foreign minister)
        self.office_synonyms = frozenset(w for others in words.role_synonyms.values() for w in others
                                         if " " not in w) - frozenset(words.role_synonyms)
        self.genders = {**{t: "female" for t in words.female_titles}, **{t: "male" for t in words.male_titles}}
        self.office_back_nouns = frozenset(words.office_back_nouns)
        self.body_voices = frozenset(words.body_voices)
        self.affiliation_words = frozenset(words.affiliation_words)
        self.member_heads = frozenset(words.member_heads)
        self.informant_heads = frozenset(words.informant_heads)
        self.person_heads = frozenset(words.person_heads)
        self.evidence_heads = frozenset(words.evidence_heads)
        self.publication_heads = frozenset(words.publication_heads)
        # (forms before a name, forms after it) per country, normalised as registry keys are
        # "russian" and "russia" are both the country "russia": how a description says whose an office is
        self.country_of_word = {normalize(form): forms[0].lower() for forms in words.country_forms for form in forms
                                if " " not in form}
        self.country_forms = [([normalize(f) for f in forms if not f.startswith(("of ", "in "))],
                               [normalize(f) for f in forms if f.startswith(("of ", "in "))])
                              for forms in words.country_forms]
        self.utterance_nouns = frozenset(utterance_nouns)
        # A source's words or data stand for the source: "an assessment by ISW", "a tweet from the CDC".
        self.proxy_heads = frozenset(words.proxy_heads) | self.utterance_nouns | frozenset(evidence_nouns)
        self.descriptors = frozenset(rules.descriptor_nouns)
        self.mastheads = frozenset(rules.masthead_words)
        self.platforms = frozenset(normalize(p) for p in rules.platforms)
        self._kind_of_noun: dict[str, SourceKind] = {}
        for kind, nouns in rules.kind_nouns.items():
            for noun in nouns:
                self._kind_of_noun.setdefault(noun, kind)  # type: ignore[arg-type]
        # The registry's names of two words or more, by their first word: a name the parse cut ("Committee to" of
        # "Committee to Protect Journalists", "Doctors" of "Doctors Without Borders") is read whole.
        self._long_names: dict[str, list[tuple[str, ...]]] = {}
        for entry in registry:
            for name in (entry.name, *entry.aliases):
                name_words = tuple(normalize(name).split())
                if len(name_words) >= 2:
                    self._long_names.setdefault(name_words[0], []).append(name_words)
        self._registry_roles: dict[str, set[str]] = {}
        self.countryless: dict[str, str] = {}  # a registry name without its country's words, as worked out
        self._registry_countries = {entry.id: entry.country.lower() for entry in registry if entry.country}
        for entry in registry:
            roles = {r.lower() for r in entry.roles}
            roles.update(w for w in normalize(entry.name).split() if w in self._kind_of_noun)
            self._registry_roles[entry.id] = roles
        # The mentions described in the article being read, by head token: the same head is described for the
        # entities a sentence names and again for its cues. Kept with the Doc they belong to, and replaced, not
        # emptied, for the next article, so that another thread's article never reads them.
        self._mentions: tuple[weakref.ref[Doc], dict[int, Mention | None]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_mentions"] = None  # a weak reference does not pickle, and a worker reads other Docs
        return state

    def start_article(self, doc: Doc | None = None) -> ArticleState:
        """The state of a new article; given its Doc, each mention in it is described once."""
        self._mentions = (weakref.ref(doc), {}) if doc is not None else None
        return ArticleState(self)

    # --- mentions -----------------------------------------------------------------------------
    def mention(self, doc: Doc, head: Token) -> Mention | None:
        """Describe the source mention headed by a token, or None if it cannot name a source."""
        held = self._mentions
        if held is None or held[0]() is not doc or head.doc is not doc:
            return self._mention(doc, head)
        known = held[1]
        if head.i not in known:
            known[head.i] = self._mention(doc, head)
        return known[head.i]

    def _mention(self, doc: Doc, head: Token) -> Mention | None:
        lower = head.lower_
        doc_tokens = head.doc
        if head.is_punct or (head.i + 2 < len(doc_tokens) and doc_tokens[head.i + 1].text == "-"
                             and not head.whitespace_ and not doc_tokens[head.i + 1].whitespace_
                             and not (head.pos_ == "NOUN" and doc_tokens[head.i + 2].head.i == head.i
                                      and doc_tokens[head.i + 2].dep_ in ("amod", "compound"))):
            # punctuation, or the first part of a hyphenated word ("co" of "co-author"); a word whose own modifier
            # follows the hyphen heads the whole ("secretary-general", "attorney-general")
            return None
        if head.like_num or head.lower_ in PARTITIVES:
            member = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if member is not None:
                return self._mention(doc, member)  # "One of the passengers, Leila Haddad, told AFP": she speaks
            # "one of the people familiar with the matter told the Journal": those people speak
            whole = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if whole is not None:
                return self._mention(doc, whole)
        group = self._group_before(head)
        if group is not None:
            # "Pro-Russian bloggers gave a grim picture. One said ...": one of the group just named speaks for it
            found = self._mention(doc, group)
            if found is not None and found.anonymous:
                return replace(found, start=head.idx, end=head.idx + len(head), text=head.text,
                               name_text=found.name_text or found.text)
        if age_epithet(head):
            # "the 52-year-old insisted that ...": the person just named
            start = min(t.idx for t in head.subtree)
            text = doc_text(doc)[start:head.idx + len(head)]
            return Mention(start, head.idx + len(head), text, (), AGE_EPITHET, "", None, True, AGE_EPITHET, False)
        if head.lower_ == "those" and any(c.dep_ == "relcl" for c in head.children):
            # "Those who live nearby say otherwise": people the relative clause describes, unnamed
            tokens = [t for t in head.subtree if not t.is_punct or t.i < max(c.i for c in head.subtree)]
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            text = doc_text(doc)[start:end]
            description = " ".join(t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"))
            return Mention(start, end, text, (text,), "those", description, None, False, None, True)
        numbered = head.like_num and head.i > 0 and head.doc[head.i - 1].text in ("No", "No.", "Number")
        if head.ent_type_ in NOT_SPEAKERS and not numbered or head.like_num and not numbered or (head.pos_ == "PROPN" and head.lower_ in self.platforms
                                                                and head.dep_ not in ("nsubj", "nsubjpass")
                                                                and not any(c.dep_ == "poss" for c in head.children)):
            # "Sunday morning", "19 reported eating", "May estimates": times and numbers cannot speak (but "No 10" is
            # an office by its door's number); a platform is
            # where a source posts ("wrote on Telegram"), unless it is the subject: "Telegram said it had blocked"
            return None
        if head.text == "US":
            lower = "u.s."  # the United States, not the pronoun
        # "WHO said", "US officials": a body's initials in capitals, not the pronoun, unless the line shouts
        initials = len(head.text) > 1 and head.text.isupper() and not head.sent.text.isupper()
        if not initials and (head.pos_ == "PRON" or lower in PERSONAL_PRONOUNS or lower in GROUP_PRONOUNS):
            if lower in SPEAKER_PRONOUNS or (lower not in PERSONAL_PRONOUNS and lower not in GROUP_PRONOUNS
                                            and lower not in THING_PRONOUNS):
                return None
            return Mention(head.idx, head.idx + len(head), head.text, (), lower, "", None, True, lower, False)
        capitalised = head.text[:1].isupper() and head.i > head.sent.start  # "The Information reported": an outlet
        if head.lemma_.lower() in OWNERLESS_NOUNS and not capitalised and self._proxy_owner(head) is None and not any(
                c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and c.lower_ not in UNOWNED_ADJECTIVES)
                for c in head.children):
            return None  # "according to the preliminary information": information of no one named is no speaker
        tokens = self._phrase(head)
        entity = _entity_span(head)
        comma = next((t.i for t in reversed(entity) if t.text == "," and t.i < head.i), None) if entity else None
        if entity is not None and comma is not None:
            entity = entity.doc[comma + 1:entity.end]  # "won by Okafor, Lindqvist said": one entity, two words apart
        if entity is not None and entity[0].i <= tokens[0].i and tokens[-1].i <= entity[-1].i \
                and len(entity) > len(tokens):
            # The parse cut a name that the entity recogniser kept whole ("Centers for Disease Control and
            # Prevention", "the U.S. Geological Survey"): a name is never cut short.
            tokens = [t for t in entity if not (t.i == entity[0].i and t.lower_ == "the")]
        registered = self._registry_name_around(tokens, head)
        if registered is not None:
            tokens = registered  # a name the registry knows, never an unnamed source ("Doctors Without Borders")
        else:
            tokens = self._joined_name(tokens)
        while len(tokens) > 1 and tokens[1].pos_ == "PROPN" and (
                tokens[0].lower_ in TIME_WORDS or tokens[0].ent_type_ in ("DATE", "TIME")):
            tokens = tokens[1:]  # "Today York NHS Health Trust put out a statement": the day is no part of the name
        phrase = tokens
        if entity is not None and head.pos_ == "PROPN" and head.ent_type_ == "ORG" \
                and tokens[0].i < entity[0].i <= head.i and all(
                    t.pos_ in ("NOUN", "ADJ", "DET", "PUNCT") and t.ent_type_ not in ("ORG", "PERSON", "GPE")
                    for t in tokens if t.i < entity[0].i):
            # "Activist investor Harbor Ridge Capital said": what the body is, capitalised to open the sentence,
            # describes it; the name is the entity's
            tokens = [t for t in tokens if t.i >= entity[0].i]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc_text(doc)[start:end]
        described = phrase + [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        description = " ".join(t.lower_ for t in described if t.pos_ in ("NOUN", "PROPN", "ADJ"))
        names: list[str] = []
        employer = self._employer(head)
        if employer is not None:
            # "Analysts at the Institute for the Study of War" speak for the institute.
            employer_tokens = self._phrase(employer)
            names.append(doc_text(doc)[employer_tokens[0].idx:employer_tokens[-1].idx + len(employer_tokens[-1])])
        appositive = self._appositive_name(head)
        if appositive is not None:
            names.append(doc_text(doc)[appositive[0]:appositive[1]])
        titled = self._titled_name(head)
        if titled is not None:
            # "According to Marana police Sgt. Dana Lucero": the name after the abbreviated title is the mention.
            start, end = titled[0].idx, titled[-1].idx + len(titled[-1])
            text = doc_text(doc)[start:end]
            names.insert(0, text)
            appositive = (start, end)
        person = _entity_text(head) if head.ent_type_ == "PERSON" and titled is None else ""
        role = next((t for t in reversed(tokens) if t.i < head.i and t.is_lower
                     and self._kind_of_noun.get(t.lower_) in ("official", "person")), None) \
            if not person and head.pos_ == "PROPN" and titled is None and appositive is None else None
        role_holder = [t for t in tokens if role is not None and t.i > role.i]
        if 2 <= len(role_holder) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                                              and t.lower_ not in self._kind_of_noun for t in role_holder):
            # "Braga coach Nuno Amaral", which the recogniser read as one body's name: the role's holder
            start, end = role_holder[0].idx, role_holder[-1].idx + len(role_holder[-1])
            text = person = doc_text(doc)[start:end]
            appositive = (start, end)
        if person:
            names.append(person)
        elif self._kind_of_noun.get(head.lower_) == "official" and tokens[-1].pos_ == "PROPN" and (
                tokens[-1].ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC")
                or self.person_by_given_name(" ".join(t.text for t in tokens[-2:]))):
            # "the head of the Odesa Regional Military Administration Oleh Kiper": the office-holder is named last
            # (not "the founder of Huawei Technologies Co": a body is named last there)
            holder = self._proper_run(tokens, tokens[-1])
            words = holder.split() if holder else []
            opening = next((k for k in range(1, len(words) - 1) if words[k].lower() in self.given_names), None)
            if opening is not None and self.person_by_given_name(" ".join(words[opening:])):
                holder = " ".join(words[opening:])  # "the mayor of Kherson Roman Mrochko": the place is no part of it
            if holder and len(holder.split()) >= 2:
                names.append(holder)
        if not person and self._kind_of_noun.get(head.lower_) == "official" and appositive is None:
            held_by = _name_after(tokens[-1])
            if held_by is not None:
                # "the head of the Regional Administration (OVA) Ivan Fedorov": the parse loses the holder.
                names.insert(0, doc_text(doc)[held_by[0].idx:held_by[-1].idx + len(held_by[-1])])
                start, end = held_by[0].idx, held_by[-1].idx + len(held_by[-1])
                text = doc_text(doc)[start:end]
                appositive = (start, end)
        names.append(text)
        if head.is_upper and len(head) >= 3 and head.i > 0 and doc[head.i - 1].lower_ in self.descriptors:
            # "NBC affiliate KARK of Little Rock", "the TV station WKRN": the outlet's own short name
            names.insert(0, head.text)
            start, end, text = head.idx, head.idx + len(head), head.text
        if head.pos_ == "NOUN" and not names[:-1]:
            # "the partisan movement of Ukrainians and Tatars in Crimea (ATESH)": the bracketed abbreviation names it
            abbreviation = next((t for t in head.subtree if t.i > head.i and t.is_upper and len(t) >= 2
                                 and t.i > 0 and doc[t.i - 1].text == "(" and t.i + 1 < len(doc)
                                 and doc[t.i + 1].text == ")"), None)
            if abbreviation is not None:
                names.insert(0, abbreviation.text)
        proper = self._proper_run(tokens, head)
        if proper and proper not in names:
            names.append(proper)
        after = self._name_after_abbreviation(tokens, head)
        titles = 0
        while titles < len(tokens) - 1 and tokens[titles].lower_.rstrip(".") in self.title_abbreviations:
            titles += 1
        if after is None and appositive is None and head.pos_ == "PROPN" and titles \
                and tokens[titles].text[:1].isupper():
            # "Cllr Anna Price", "Maj Gen Mirza": a title's abbreviations are no part of the name
            after = tokens[titles]
        if after is not None and appositive is None:
            # "Colts QB Trent Callaway", "Texans DE Marcus Odom": a team's and a position's short names before the
            # person's are no part of it
            start = after.idx
            text = doc_text(doc)[start:end]
            names.insert(0, text)
        placed = _place_modifier(tokens)
        has_proper = bool(any((t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ != "O")) and t.i not in placed
                              for t in tokens) or appositive)
        determiner = tokens[0].lower_ in ("the", "this", "that", "these", "those", "its", "their", "his", "her")
        if determiner and has_proper and appositive is None and head.pos_ == "NOUN" \
                and self._kind_of_noun.get(head.lower_) in ("person", "official") \
                and all(t.pos_ in ("ADJ", "PROPN") and t.ent_type_ == "NORP" for t in tokens
                        if t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ != "O")):
            # "The Portuguese coach said" after "Porto coach Rui Salgado", "the Czech premier" (tagged a proper
            # noun): a nationality describes the one named
            has_proper = False
        if determiner and len(tokens) > 1 and all(t.text[:1].isupper() for t in tokens[1:]) \
                and self._kind_of_noun.get(" ".join(t.lower_ for t in tokens[1:])) == "official":
            # "The President said" after "President Prabowo Subianto": an office capitalised, not a name
            has_proper = False
        elif len(tokens) == 1 and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the" \
                and self._kind_of_noun.get(tokens[0].lower_) == "official":
            # "the Premier said": an office the recogniser took for a body's name, its article left outside
            determiner, has_proper = True, False
        if determiner and has_proper and head.lower_ in self.utterance_nouns and all(
                t.lower_ in self.platforms for t in tokens if t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ != "O")):
            # "The Telegram post described ...": the post of whoever was just cited, on a platform named
            has_proper = False
        owner_token = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if determiner and has_proper and appositive is None and head.pos_ == "NOUN" and owner_token is not None \
                and self._kind_of_noun.get(head.lower_) in ("person", "official") \
                and all(t.i in {p.i for p in owner_token.subtree} for t in tokens
                        if t.i != owner_token.i and (t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ != "O"))):
            # "The Kremlin's spokesman said" after "Kremlin spokesman Dmitry Peskov": the office of the body
            # named, held by the one the article named in it
            has_proper = False
        else:
            owner_token = None
            # "the mayor of Odesa" after "Odesa Mayor Hennadiy Trukhanov": the office of the place named
            place = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                          and g.ent_type_ not in ("PERSON", "ORG")), None)
            if determiner and has_proper and appositive is None and head.pos_ == "NOUN" and place is not None \
                    and self._kind_of_noun.get(head.lower_) == "official" \
                    and all(t.i in {p.i for p in place.subtree} for t in tokens
                            if t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ != "O")):
                has_proper, owner_token = False, place  # the place owns the office as a possessor does
        if determiner and has_proper and appositive is None and head.pos_ == "NOUN" \
                and self._kind_of_noun.get(head.lower_) in DESCRIBED_KINDS:
            # "The maker of the BlackBerry e-mail device noted": a company described by what it makes, the names
            # only in what it makes
            made = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            if all(t.i in made for t in tokens if t.pos_ == "PROPN" or (t.ent_type_ and t.ent_iob_ != "O")):
                has_proper = False
        anonymous = employer is None and registered is None and self._anonymous(head, tokens, appositive is not None)
        ner = NER_KINDS.get(head.ent_type_) if head.ent_type_ else None
        if appositive is not None and (head.pos_ != "PROPN" or self._kind_of_noun.get(head.lower_) == "official"):
            # The appositive name is the mention: "the governor ..., Vyacheslav Gladkov,".
            start, end = appositive
            text = doc_text(doc)[start:end]
            named = doc.char_span(start, end, alignment_mode="expand")
            if named is not None and named.root.ent_type_:
                ner = NER_KINDS.get(named.root.ent_type_, ner)
        appositive_nouns = tuple(t.lower_ for c in head.children if c.dep_ == "appos" for t in c.subtree
                                 if t.pos_ == "NOUN" and (t.i == c.i or t.head.i == c.i))
        if head.pos_ == "NOUN" and appositive is not None:
            appositive_nouns += (head.lower_,)  # "the governor of Saratov, Roman Busargin,": later "the governor"
        if head.pos_ == "PROPN" and tokens[0].i > 0 and doc[tokens[0].i - 1].pos_ == "NOUN" \
                and self._kind_of_noun.get(doc[tokens[0].i - 1].lower_) == "media":
            # "the state news agency KNA reported": the parser may part the name from the outlet noun before it
            appositive_nouns += (doc[tokens[0].i - 1].lower_,)
        if head.pos_ == "PROPN":
            # "Stratolink co-founder and CEO Marcus Feld": the offices before the name, cut off it, are its roles;
            # "Kremlin spokesman Dmitry Peskov" is also the Kremlin's spokesman
            offices = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "conj", "nmod")
                       and self._kind_of_noun.get(t.lower_) == "official"]
            appositive_nouns += tuple(t.lower_ for t in offices)
            owned = [(_proper_before(doc, t.i), t.lower_) for t in offices]
            appositive_nouns += tuple(f"{body} {office}" for body, office in owned if body)
        owner = " ".join(t.lower_ for t in owner_token.subtree if t.dep_ not in ("case", "det")) if owner_token else None
        anaphoric = determiner and not has_proper and not anonymous
        nation = self._pronoun_owner(tokens, head) if appositive is None else None
        if nation is not None:
            # "Valdoria seized a ship, its navy announced": the nation's navy, by name ("Russia's navy" is the
            # registry's Russian Navy)
            names = [f"{nation.text}'s {' '.join(t.text for t in tokens[1:])}"]
            anaphoric = False
        return Mention(start, end, text, tuple(names), head.lemma_.lower(), description, ner,
                       anaphoric, None, anonymous, appositive_nouns, owner=owner)

    def _pronoun_owner(self, tokens: list[Token], head: Token) -> Token | None:
        """The country "its" stands for in "its navy", "its foreign ministry": the sentence's subject before the
        mention, a country's name, when the head is a state body's noun."""
        if tokens[0].lower_ not in ("its", "their") or tokens[0].dep_ != "poss" \
                or self._kind_of_noun.get(head.lower_) not in ("government", "military"):
            return None
        return next((t for t in head.sent if t.i < tokens[0].i and t.dep_ in ("nsubj", "nsubjpass")
                     and t.pos_ == "PROPN" and t.ent_type_ == "GPE"), None)

    @staticmethod
    def _group_before(head: Token) -> Token | None:
        """The plural subject of the sentence before, for "One said ..." or "Another said ..." opening a sentence."""
        if head.lower_ not in ("one", "another") or head.dep_ not in ("nsubj", "nsubjpass") or head.i != head.sent.start \
                or head.sent.start == 0:
            return None
        before = head.doc[head.sent.start - 1].sent
        return next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"), None)

    def _joined_name(self, tokens: list[Token]) -> list[Token]:
        """A body's name with "and" inside it, which the parse and the recogniser both cut ("the Florida Fish and
        Wildlife Conservation Commission", "the Kentucky Justice and Public Safety Cabinet"): the name's capitalised
        words right before "and" belong to it when what follows "and" ends in a body's noun and what precedes it
        names no body, person or place of its own ("Reuters and ..., "the Interior Ministry and ...")."""
        doc = tokens[0].doc
        joint = tokens[0].i - 1
        capitalised = [t for t in tokens if t.is_title or t.is_upper]
        if joint < 1 or doc[joint].lower_ != "and" or len(capitalised) < 2 or len(capitalised) < len(tokens) \
                or self._kind_of_noun.get(tokens[-1].lemma_.lower()) not in BODY_KINDS:
            return tokens
        first = joint
        while first > max(tokens[0].sent.start, joint - 4) and doc[first - 1].pos_ == "PROPN" \
                and (doc[first - 1].is_title or doc[first - 1].is_upper) \
                and doc[first - 1].ent_type_ not in ("PERSON", "GPE", "NORP") \
                and doc[first - 1].lemma_.lower() not in self._kind_of_noun:
            first -= 1
        if first == joint or self.registry.lookup(doc[first:joint].text) is not None:
            return tokens
        return list(doc[first:tokens[-1].i + 1])

    def _registry_name_around(self, tokens: list[Token], head: Token) -> list[Token] | None:
        """The longest registry name of two words or more that holds the head and more than the phrase's tokens,
        starting at most eight tokens before them: the parse cut it ("the Committee to Protect Journalists")."""
        doc, sentence = head.doc, head.sent
        best: list[Token] | None = None
        for first in range(max(sentence.start, tokens[0].i - 8), tokens[0].i + 1):
            for words in self._long_names.get(normalize(doc[first].text), ()):
                end = _words_end(doc, first, sentence.end, words)
                if end is not None and first <= head.i < end and end - first > len(tokens) and (
                        best is None or end - first > len(best)):
                    best = list(doc[first:end])
        return best

    def _name_after_abbreviation(self, tokens: list[Token], head: Token) -> Token | None:
        """The first word of a person's name (two or three capitalised words ending at the head) that an abbreviation
        in capitals or a capitalised office stands right before ("GM Rob Pelinka", "Sumy Oblast Governor Volodymyr
        Artiukh"): None if there is none."""
        if head.pos_ != "PROPN" or tokens[-1].i != head.i:
            return None
        if head.ent_type_ in ("ORG", "GPE", "FAC", "LOC", "NORP") and not self.person_by_given_name(
                " ".join(t.text for t in tokens[-2:])):
            return None  # "York NHS Health Trust" is a body's name throughout; "Mayor Lina Ortez" is hers
        run = 0
        for token in reversed(tokens):
            if _abbreviation(token) or (run and token.text[:1].isupper() and self.kind_of(token.lower_) == "official"):
                return token.nbor(1) if 2 <= run <= 3 else None
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper() \
                    or token.lower_ in self._kind_of_noun or self.kind_of(token.lower_) is not None:
                return None
            run += 1
        return None

    def _titled_name(self, head: Token) -> list[Token] | None:
        doc = head.doc
        if head.lower_ not in self.title_abbreviations or head.i + 1 >= len(doc) or doc[head.i + 1].text != ".":
            return None
        return _name_after(doc[head.i + 1])

    def _anonymous(self, head: Token, tokens: list[Token], named_by_appositive: bool) -> bool:
        """Is the mention a speaker the article does not name ("a source in the SBU", "eyewitnesses",
        "Russian Telegram channels", "a spokesman for a brigade")?"""
        lower, lemma = head.lower_, head.lemma_.lower()
        if named_by_appositive or head.pos_ == "PROPN" or (lower not in self.anonymous_heads and lemma not in self.anonymous_heads):
            return False
        if len(tokens) == 1 and head.text[:1].isupper() and head.i > head.sent.start \
                and self.registry.lookup(head.text) is not None:
            return False  # "told People": a magazine named by a common word, capitalised mid-sentence
        before = [t for t in tokens if t.i < head.i]
        first = tokens[0].lower_ if tokens else ""
        if first in ("this", "that") and head.tag_ == "NN":
            return False  # "this person", "that source": an anaphor of a source met before
        # The words before the head: a name there ("Kremlin sources" aside) makes it a named body's people,
        # unless it only says where they are ("a Saipan resident").
        if lemma not in ("source", "insider") and not (first in self.indefinite_words and lemma in self.staff_heads) \
                and lower not in self.local_heads and lemma not in self.local_heads and any(
                (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")) and t.lower_ not in self.affiliation_words
                and t.ent_type_ not in ("GPE", "NORP", "LOC") and t.pos_ != "ADJ"
                and t.lower_ not in self.platforms  # "a Facebook user", "one TikTok user": no body's people
                # "Azerbaijani officials", whatever the tagger and the recogniser took the nationality for
                and not t.lower_.endswith(_NATIONALITY_ENDINGS) for t in before):
            # "Treasury sources", "Party sources" are unnamed people of a named body, as "Kremlin sources"; but "a
            # Justice Department official" is one unnamed person of it
            return False
        if any(t.dep_ == "poss" for t in before):
            return False  # "Gladkov's spokesman", "the ministry's sources" belong to a named body
        if first == "the" and any(c.dep_ in ("relcl", "acl", "advcl") and any(
                p.search(_subtree_text(c)) for p in self.anonymity_clauses) for c in head.children):
            return True  # "The woman, who did not want to give her name, says": unnamed, whatever the determiner
        if lower in self.indefinite_only_heads or lemma in self.indefinite_only_heads:
            return first in self.indefinite_words or tokens[0].like_num or (first not in ("the", "this", "that", "these",
                                                                               "those") and head.tag_ == "NNS")
        return first not in ("this", "that", "these", "those")

    def _employer(self, head: Token) -> Token | None:
        """The organisation that analysts, researchers or experts speak for ("analysts at X")."""
        if head.lemma_.lower() not in self.member_heads and head.lower_ not in self.member_heads:
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "from", "with", "of"):
                employer = next((g for g in child.children if g.dep_ == "pobj"), None)
                if employer is not None and (employer.pos_ == "PROPN" or employer.ent_type_ == "ORG"):
                    return employer
        return None

    def informant(self, doc: Doc, head: Token) -> tuple[Mention, Token] | None:
        """An outlet's unnamed informant ("RIA Novosti's source in emergency services", "a source from
        Krymskyi Veter"): its mention without the outlet, and the token heading the outlet's name."""
        if head.lower_ not in self.informant_heads and head.lemma_.lower() not in self.informant_heads:
            return None
        if head.text[:1].isupper() and head.i > 0 and head.nbor(-1).text[:1].isupper() and (
                entry := self.registry.lookup(f"{head.nbor(-1).text} {head.text}")) is not None and entry.kind == "media":
            return None  # "told Business Insider": the outlet's own name, no informant of it
        owner, dropped = None, set()
        for child in head.children:
            if child.dep_ == "poss" and child.i < head.i:
                owner, dropped = child, {t.i for t in child.subtree}
            elif child.dep_ == "prep" and child.lower_ in ("of", "from") and owner is None:
                owner = next((g for g in child.children if g.dep_ == "pobj"), None)
        if owner is None and head.i > 0 and head.nbor(-1).dep_ == "compound" and head.nbor(-1).head == head:
            # "NBC News sources", "Reuters sources": the outlet's name set before the word, as a possessive is
            owner = head.nbor(-1)
            dropped = {t.i for t in owner.subtree}
        if owner is None or len(conjuncts(owner)) > 1 or not self.is_outlet(doc, owner):
            return None  # "the sources of Ukrainska Pravda, RBC-Ukraine and NV": the outlets, no single relay
        tokens = [t for t in head.subtree if t.i not in dropped]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = doc_text(doc)[start:end]
        description = " ".join(t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ"))
        return Mention(start, end, text, (text,), head.lemma_.lower(), description, None, False, None, True), owner

    def expand(self, head: Token) -> list[Token]:
        """The tokens heading the sources a mention stands for: the owners of "the sources of A and B", the
        names before a descriptor ("the Astra and Baza channels")."""
        named = self._described_names(head) or self._listed_members(head)
        if named:
            return named
        hidden = self._hidden_conjunct(head)
        if hidden is not None:
            return [hidden, head]
        employer = self._employer(head)
        if employer is not None and len(conjuncts(employer)) > 1:
            return conjuncts(employer)
        owner = self._proxy_owner(head)
        if owner is None or owner.i == head.i:
            return [head]
        return [token for part in conjuncts(owner) for token in self.expand(part) if part.i != head.i]

    def distributed(self, head: Token, mention: Mention) -> list[Mention]:
        """"US and Iranian officials said": unnamed groups that share their noun, one for each of the coordinated
        words before it ("US officials", "Iranian officials"); none when the noun has no such modifiers."""
        if not mention.anonymous or head.tag_ not in ("NNS", "NNPS"):
            return []
        first = next((c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.i < head.i
                      and any(g.dep_ == "conj" for g in c.children)), None)
        if first is None:
            return []
        parts = _coordinated(first)
        doc = head.doc
        # "US, Iranian and Israeli officials": the parse may hang the list's first words on the noun apart
        while min(t.i for t in parts) >= 2 and doc[min(t.i for t in parts) - 1].text == ",":
            before = doc[min(t.i for t in parts) - 2]
            list_head = head.dep_ == "conj" and before.i == head.head.i and before.pos_ == "PROPN" \
                and before.ent_type_ in ("GPE", "NORP") and not any(c.i < before.i for c in before.children)
            # ... or make the first word the list's head and the noun its last conjunct ("US" -> "officials")
            if not list_head and (before.head.i != head.i or before.dep_ not in ("amod", "nmod", "compound")):
                break
            parts.append(before)
        if len(parts) < 2 or not all(t.text[:1].isupper() and t.i < head.i for t in parts):
            return []
        last = max(t.i for t in parts)
        text = doc_text(doc)
        rest = text[doc[last + 1].idx:mention.end].strip()
        start = min(mention.start, min(t.idx for t in parts))  # the mention is the whole list, as the article has it
        return [replace(mention, start=start, text=text[start:mention.end], name_text=f"{part.text} {rest}",
                        candidates=(f"{part.text} {rest}",))
                for part in sorted(parts, key=lambda t: t.i)]

    def _hidden_conjunct(self, head: Token) -> Token | None:
        """A body joined by "and" that the parse hung on the next one's name ("The Interior Ministry and State
        Emergency Service said": "Ministry" a modifier of "Service"): a speaker of its own."""
        before = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "nmod", "amod", "det")]
        joint = next((t.i - 1 for t in before if t.i > 1 and head.doc[t.i - 1].lower_ == "and"), None)
        if joint is None:
            return None
        left = head.doc[joint - 1]
        if left.dep_ not in ("nmod", "compound") or left.pos_ not in ("PROPN", "NOUN") or not (
                left.is_title or left.is_upper) or self._kind_of_noun.get(left.lemma_.lower()) not in BODY_KINDS \
                or left.head.i < head.i - 8 or left.head.i > head.i:
            return None
        if not any(t.i == left.i for t in head.subtree):
            return None
        return left

    @staticmethod
    def _listed_members(head: Token) -> list[Token]:
        """"bloggers such as Rybar and Starshe Eddy", "outlets including Astra": the group is the names listed."""
        for child in head.children:
            if child.dep_ != "prep":
                continue
            listing = child.lower_ == "including" or (child.lower_ == "as" and any(
                g.lower_ == "such" for g in child.children))
            if not listing:
                continue
            members = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if members:
                return [t for m in members for t in conjuncts(m) if t.pos_ == "PROPN"]
        return []

    def _described_names(self, head: Token) -> list[Token]:
        """"the Rybar channel" names Rybar; "the Astra and RBK-Ukraine channels" name Astra and RBK-Ukraine."""
        doc = head.doc
        phrase = head.lower_
        if head.i > 0 and f"{doc[head.i - 1].lower_} {head.lower_}" in self.descriptors:
            phrase = f"{doc[head.i - 1].lower_} {head.lower_}"
        if phrase not in self.descriptors or not head.text.islower():
            return []  # a capitalised "Agency" is part of the name: "UK Health Security Agency"
        words = len(phrase.split())
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i for c in head.children):
            return []  # "the state news agency IRNA": the name follows the description
        # (not "the US think tank", "the UK channel": a country says where it is, never what it is called)
        names = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.i < head.i - words + 1
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON")) and not c.text.islower()
                 and not (c.ent_type_ in ("GPE", "NORP") and normalize(c.text) in self.country_of_word)]
        # The name stands right before the descriptor ("the Rybar channel", "the “TASS” news agency", its
        # quotation marks aside); "the UN refugee agency" is no channel of the UN's but a body of its own.
        if not names:
            return []
        last = max(t.i for n in names for t in n.subtree if not t.is_quote)
        if not all(t.is_quote for t in doc[last + 1:head.i - words + 1]):
            return []
        # The last word of each name heads it; coordinated names hang on the first one.
        found: list[Token] = []
        for name in names:
            found.extend(t for t in conjuncts(name) if t.pos_ in ("PROPN", "NOUN") or t.ent_type_)
        return sorted({t.i: t for t in found}.values(), key=lambda t: t.i)

    def _proxy_owner(self, head: Token) -> Token | None:
        """"the sources of Ukrainian Pravda" and "the ministry's data" name Ukrainian Pravda and the ministry;
        "the press service of the Navy" names the Navy."""
        press_office = head.pos_ != "PROPN" and head.lemma_.lower() in ("service", "office", "center", "centre") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("press", "media", "information") for c in head.children)
        if head.lemma_.lower() in self.publication_heads:
            # "a news story in Business First", "a column in the Financial Times": the outlet it ran in
            outlet = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "in"
                           for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in (
                               "ORG", "WORK_OF_ART"))), None)
            if outlet is not None:
                return outlet
        if head.lower_ not in self.proxy_heads and head.lemma_.lower() not in self.proxy_heads and not press_office:
            return None
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return child  # "the ministry's data"
            if child.dep_ == "poss" and child.lower_ in _OWNER_PRONOUNS and head.lemma_.lower() not in \
                    self.informant_heads and head.lower_ not in self.informant_heads:
                # "Harbor Thread reported a loss, according to its annual report": the sentence's subject, if it
                # is a name or a noun, else whoever "its" stands for
                subject = next((c for c in head.sent.root.children if c.dep_ == "nsubj"
                                and c.pos_ in ("PROPN", "NOUN") and c.i != head.i), None)
                return subject if subject is not None else child
            if child.dep_ in ("compound", "nummod") and (child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "PERSON")) \
                    and head.lemma_.lower() in self.evidence_heads and child.ent_type_ not in ("DATE", "TIME") \
                    and child.lower_ not in TIME_NOUNS:
                return child  # "Northbridge data", "UKHSA figures", "the PEHub article"; not "Monday data"
            if child.dep_ == "compound" and child.pos_ == "NOUN" and head.lemma_.lower() in self.evidence_heads \
                    and head.lemma_.lower() not in self.utterance_nouns \
                    and (self._kind_of_noun.get(child.lower_) == "military" or child.lower_ == "police"):
                # "army figures", "police data": the force whose figures they are ("government data" names no one
                # body: whoever the article cited for it; "the police report states": a document that speaks)
                return child
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].ent_type_ in ("GPE", "LOC") and head.lemma_.lower() == "source":
                    return None  # "Sources from Jordan": unnamed people there, not the country speaking
                if objects and child.lower_ == "from" and head.lemma_.lower() == "source" and not self._outlet_word(
                        objects[0]):
                    # "the source from the Georgian Interior Ministry", "a source from the Acme Corporation": unnamed,
                    # in the body or the company (an outlet's sources are its reporting)
                    return None
                if objects:
                    return objects[0]
            if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and child.lemma_.lower() not in self.leaking_verbs:
                # "the yearly survey released Thursday by the CDC": whoever released it (not "documents leaked by
                # Edward Snowden": the one who leaked papers did not write them)
                owner = next((g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                             None)
                if owner is not None:
                    return owner
        return None

    def _outlet_word(self, token: Token) -> bool:
        """Does the token head an outlet's name, one the registry knows or named by its kind ("the newspaper")?"""
        name = " ".join(t.text for t in token.subtree if t.dep_ != "det")
        entry = self.registry.lookup(name)
        return (entry is not None and entry.kind == "media") or self._kind_of_noun.get(token.lower_) == "media"

    def _phrase(self, head: Token) -> list[Token]:
        keep: list[Token] = []

        def visit(token: Token) -> None:
            keep.append(token)
            for child in token.children:
                if child.dep_ == "acl" and child.lemma_.lower() in _TAG_VERBS and child.i == token.i + 1:
                    continue  # "..., Russian media outlets reported on social networks.": the closing tag's verb
                if child.dep_ == "acl" and token is head and head.lower_ in self.anonymous_heads and (
                        child.tag_ == "VBN" or (child.tag_ == "VBG" and child.lemma_.lower() not in ("cite", "quote")
                                                and not any(g.dep_ == "ccomp" for g in child.children))):
                    # "a source briefed on the call", "groups assisting the victims": the description is the
                    # source's name (not "officials saying that ...", which reports)
                    if child.tag_ == "VBG":
                        keep.extend(t for t in child.subtree if not t.is_punct)  # "living near the plant"
                    else:
                        visit(child)
                    continue
                if child.dep_ in DROP_CHILDREN and not _joins_words(child):
                    continue
                if child.dep_ == "amod" and child.pos_ == "VERB" and child.i > 0 and (
                        head.doc[child.i - 1].text == "," or head.doc[child.i - 1].text in ("—", "–")):
                    continue  # "..., added police.", "..., — added Tremblay.": the closing tag's verb, read as a modifier
                if child.dep_ == "prep":
                    preposition = child.lower_
                    if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
                        continue  # "the mayor's spokesman on Friday": when, not who
                    if preposition in self.name_prepositions or (preposition in self.place_prepositions
                                                            and head.lower_ in self.anonymous_heads):
                        visit(child)
                    elif token is head and preposition == "in" and self._body_in_place(head, child):
                        visit(child)  # "the health ministry in Gaza": the place says which ministry
                    continue
                visit(child)

        visit(head)
        if head.dep_ == "compound":
            # "Poe's camp claims ...", parsed as a compound noun "camp claims": the possessive hangs on the verb
            for sibling in head.head.children:
                if sibling.dep_ == "poss" and sibling.i < head.i:
                    visit(sibling)
        kept = {t.i for t in keep}
        doc = head.doc
        bracketed = _bracketed(doc, min(kept), max(kept))
        # The phrase is the contiguous run around the head; a dropped clause cuts it, a bracketed
        # abbreviation ("the Maritime Trade Operations (UKMTO) centre") does not.
        # Nor does a comma inside a place ("the Sunnyvale, Calif.-based company").
        inner_comma = {t.i for t in doc[min(kept):max(kept) + 1]
                       if t.text == "," and t.head.i in kept and t.i - 1 in kept and t.i + 1 in kept
                       and (t.head.lower_ in PLACED or t.head.lower_.endswith(PLACED_SUFFIXES)
                            or doc[t.i + 1].lower_.endswith(PLACED_SUFFIXES))}
        left = head.i
        while left - 1 >= min(kept) and (left - 1 in kept or left - 1 in bracketed or left - 1 in inner_comma):
            left -= 1
        right = head.i
        while right + 1 <= max(kept) and (right + 1 in kept or right + 1 in bracketed or right + 1 in inner_comma):
            right += 1
        run = list(doc[left:right + 1])
        while run and (run[0].is_punct or run[0].dep_ == "case"):
            run.pop(0)
        while run and (run[-1].is_punct or run[-1].dep_ == "case" or run[-1].lower_ in ("'s", "’s")):
            run.pop()
        return run or [head]

    def _body_in_place(self, head: Token, preposition: Token) -> bool:
        """A government or military body named by its place ("the health ministry in Gaza", "police in Kherson")."""
        if self._kind_of_noun.get(head.lower_) not in ("government", "military"):
            return False
        return any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC"))
                   for c in preposition.children)

    def _proper_run(self, tokens: list[Token], head: Token) -> str:
        """The proper name ending at the head, titles cut off: "Dmitry Peskov" in "Kremlin Spokesman Dmitry Peskov"."""
        if head.pos_ != "PROPN":
            return ""
        index = next((k for k, t in enumerate(tokens) if t.i == head.i), None)
        if index is None:
            return ""
        begin = index
        while begin > 0 and tokens[begin - 1].pos_ == "PROPN" and tokens[begin - 1].dep_ in ("compound", "flat") \
                and tokens[begin - 1].lower_ not in self._kind_of_noun \
                and (head.ent_type_ != "PERSON" or tokens[begin - 1].ent_type_ == "PERSON") \
                and not (_abbreviation(tokens[begin - 1]) and index - begin >= 1):
            # "the representative ... at the OSCE Ankur Narayan", "the head of the Kharkiv RMA Oleh Syniehubov": the
            # person, not the body before (an abbreviation before a first name and surname ends it; "JD Vance" keeps it)
            begin -= 1
        first = _hyphen_start(tokens[begin])
        doc = head.doc
        return doc_text(doc)[first.idx:head.idx + len(head)] if first.i < tokens[begin].i else \
            " ".join(t.text for t in tokens[begin:index + 1])

    def _appositive_name(self, head: Token) -> tuple[int, int] | None:
        """"the governor of the Belgorod region, Vyacheslav Gladkov," is named by the appositive; a name is not
        renamed by its own ("Warren Tolliver, an Indiana Republican," is Warren Tolliver)."""
        if _subject_after_according_to(head):
            return None  # "According to Marisol Duarte, Vellmar and Kessing lost power": the clause's subject
        described = [c for c in head.children if c.dep_ == "appos"]
        # "Tom Berg, MD, a senior lecturer,": the description hangs on the degree after the name
        described += [d for c in described if c.lower_.replace(".", "") in self.post_nominals
                      for d in c.children if d.dep_ == "appos"]
        if head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and any(
                any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in described):
            return None  # "Warren Tolliver, an Indiana Republican,": a description, not another name
        # a conjunct's own appositive names the conjunct: "TASS and the regional governor Alexander Bogomaz"
        joined = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}
        for token in [head, *[c for c in head.children if c.dep_ == "prep"]]:
            for child in (t for t in token.subtree if t.i not in joined):
                # "(OVA)" abbreviates, "Laura Kemp (Sky Sports)" says where she spoke, "Cory Gardner, the Republican
                # representing Colorado," describes him, "Adam Schefter, ESPN" says whom he works for: none renames
                # anyone;
                # "Roman Mrochko, Head of the City Administration," is a capitalised office, not a name.
                if child.dep_ == "appos" and child.pos_ == "PROPN" and not (
                        head.ent_type_ == "PERSON" and child.ent_type_ in ("NORP", "GPE", "ORG")) and not (
                        # "Police in Leeds, England,": a place's state or country after it, no one's name
                        child.ent_type_ in ("GPE", "LOC") and child.head.ent_type_ in ("GPE", "LOC")) and not (
                        # "Anna Berg, Chief Marketing Officer at Velo,": a capitalised title after a person's name
                        head.ent_type_ == "PERSON" and not child.ent_type_
                        and not any(d.dep_ == "det" for d in child.children)) and not (
                        child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "(") and not (
                        # "Keystone Glassworks Inc. (NYSE American: KGW)": a stock ticker in brackets
                        _bracketed_between(head, child)) and not (
                        self._kind_of_noun.get(child.lower_) == "official" and child.i > 0
                        and child.doc[child.i - 1].pos_ != "PROPN"):
                    left = child
                    while left.i > 0 and left.doc[left.i - 1].pos_ == "PROPN" \
                            and left.i <= left.doc[left.i - 1].head.i <= child.i:
                        left = left.doc[left.i - 1]  # "New York City": "New" hangs on "York", still the name
                    return _hyphen_start(left).idx, child.idx + len(child)
        return None

    def could_speak(self, head: Token) -> bool:
        """Could the word head a source of words (a name, an office, a body, an unnamed source, a document), not a
        reason or a thing ("citing his heart condition", "cited a wish to warn")?"""
        if head.ent_type_ in SPEAKING_ENTITIES or head.pos_ in ("PROPN", "PRON") or age_epithet(head):
            return True
        lemma, lower = head.lemma_.lower(), head.lower_
        words = [lemma, lower]
        if head.i > 0:
            words.append(f"{head.doc[head.i - 1].lower_} {lower}")
        return any(self.kind_of(w) is not None for w in words) or any(
            w in heads for w in (lemma, lower) for heads in (
                self.anonymous_heads, self.person_heads, self.informant_heads, self.proxy_heads,
                self.evidence_heads, self.member_heads, self.descriptors))

    def is_outlet(self, doc: Doc, head: Token) -> bool:
        """Is the token the head of a news outlet's name (a registry medium, or "the Kyiv Post newspaper")?"""
        mention = self.mention(doc, head)
        if mention is None or mention.pronoun is not None:
            return False
        if self.outlet_back_reference(mention.text):
            return True  # "told the newspaper": the outlet named before
        if mention.anonymous:
            # "told British media", "told local media": outlets not named, but outlets; "told the media" is no relay.
            return self.kind_from_words(mention.description) == "media" and any(
                c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") for c in head.children)
        for candidate in mention.candidates:
            entry = self.registry.lookup(candidate)
            if entry is not None:
                return entry.kind == "media"
        if _CALL_SIGN.fullmatch(head.text):
            return True  # "told KXAN", "told ABC11": a broadcaster by its call sign or channel number
        # An outlet is named: "told journalists" or "told the media" is no relay.
        named = any(t.pos_ == "PROPN" for t in head.subtree) or head.pos_ == "PROPN"
        return named and self.kind_from_words(mention.description) == "media"

    def masthead(self, name: str) -> bool:
        """Is the name a newspaper's by its last word: two capitalised words or more ending in one of the masthead
        words ("The Baltic Courier", "the Riga Post")?"""
        words = [w for w in name.split() if w.lower() != "the"]
        return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in self.mastheads

    def person_by_given_name(self, name: str) -> bool:
        """Is the name two to four capitalised words opening with a given name, with no word of a body's ("Alma
        Price", "Crystal Dunn"; not "Roman Catholic Church" or "Max Planck Institute")?"""
        words = name.split()
        return 2 <= len(words) <= 4 and words[0].lower() in self.given_names and all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()
            and self.kind_of(w.lower()) is None and w.lower().strip(".") not in COMPANY_SUFFIXES
            and w.lower() not in self.not_person_words for w in words)

    def outlet_back_reference(self, text: str) -> bool:
        """"the newspaper", "the broadcaster": one outlet by its kind alone (not "the media"), the one named before."""
        words = text.lower().split()
        return len(words) == 2 and words[0] == "the" and words[1] != "media" and self.kind_of(words[1]) == "media" \
            and not _plural_name(words[1], True)

    def title_only(self, mention: Mention) -> bool:
        """Is the mention an office without a name ("First Deputy Prime Minister")?"""
        words = [w for w in mention.text.lower().split() if w not in ("the", "and", "of", "a", "an")]
        return bool(words) and mention.pronoun is None and all(
            self._kind_of_noun.get(w) == "official" or w in self.title_modifiers for w in words)

    def has_proper_name(self, mention: Mention) -> bool:
        """Does the mention hold a capitalised word that is no title or body noun ("Minister of Economy Yulia
        Svyrydenko", not "the Police Chief")?"""
        return any(w[:1].isupper() and w.isalpha() and w.lower() not in self._kind_of_noun
                   and w.lower() not in self.title_modifiers and w.lower() not in ("the", "of", "and")
                   for w in mention.text.split())

    def country_variants(self, name: str) -> list[str]:
        """The same body's name with its country in the other forms ("Russia's X": "X of Russia", "Russian X"),
        when the name is qualified by a country (``country_forms``); else none."""
        key = normalize(name)
        for before, after in self.country_forms:
            core = next((key[len(f) + 1:] for f in before if key.startswith(f + " ")), None) or next(
                (key[:-len(f) - 1] for f in after if key.endswith(" " + f)), None)
            if core and " " in core:
                variants = [f"{f} {core}" for f in before] + [f"{core} {f}" for f in after]
                return [v for v in variants if v != key]
        return []

    def kind_of(self, noun: str) -> SourceKind | None:
        return self._kind_of_noun.get(noun)

    def is_office(self, noun: str) -> bool:
        """Does the noun name an office ("spokesman", "governor")?"""
        return self._kind_of_noun.get(noun) == "official"

    def is_body(self, noun: str) -> bool:
        """Does the noun name a company or another organisation ("firm", "lender")?"""
        return self._kind_of_noun.get(noun) == "organization"

    def kind_from_words(self, description: str) -> SourceKind | None:
        words = description.split()
        for size in (3, 2):
            for k in range(len(words) - size, -1, -1):
                kind = self._kind_of_noun.get(" ".join(words[k:k + size]))
                if kind:
                    return kind
        for word in reversed(words):
            kind = self._kind_of_noun.get(word)
            if kind:
                return kind
        return None


class ArticleState:
    """The sources of one article, in order of appearance, for canonical names and anaphora."""

    def __init__(self, resolver: SourceResolver) -> None:
        self.resolver = resolver
        self.sources: dict[str, ArticleSource] = {}
        self._index = NameIndex()
        self._clock = 0
        self._observed: dict[str, ArticleSource] = {}
        self._joint: tuple[Source, ...] = ()

    def resolve(self, mention: Mention, not_named: frozenset[str] = frozenset()) -> Source | None:
        """The canonical source for a mention, or None if it refers to nothing known (a stray pronoun).
        ``not_named``: normalised words of names that a pronoun's own clause uses, which it cannot stand for
        ("she" in "She said she met Ms Mordaunt" is not Ms Mordaunt)."""
        self._clock += 1
        found = self._find(mention, not_named)
        if found is None:
            return None
        found.last_seen = self._clock
        found.cited = True
        return Source(id=found.id, name=found.name, kind=found.kind, mention=mention.text,
                      mention_start=mention.start, mention_end=mention.end, anonymous=found.anonymous)

    def touch_speakers(self, sources: Iterable[Source], text: str) -> None:
        """Make the people who spoke in the sentence before the likeliest antecedents of its "he" or "she", ahead of
        anyone that sentence only named ('..., said his attorney, Craig Lundgren. He said ...'); remember them
        together where several spoke (``speaking_together``)."""
        direct = [source for source in sources if not source.via]
        for source in direct:
            found = self.sources.get(source.id)
            if found is not None and found.kind in ("person", "official"):
                self._clock += 1
                found.last_seen = self._clock
        if direct:
            self._joint = tuple(direct) if len(direct) > 1 and _side_by_side(direct, text) else ()

    def speaking_together(self, source: Source) -> list[Source]:
        """The source with those who spoke together with it in the sentence before, in their order ("Dana Rook
        and Milo Fenn confirmed ... . '...,' they said"), all named by its mention; just the source if none did."""
        if all(s.id != source.id for s in self._joint):
            return [source]
        return [source if s.id == source.id else s.model_copy(update={
            "mention": source.mention, "mention_start": source.mention_start, "mention_end": source.mention_end})
            for s in self._joint]

    def note_issued(self, source_id: str, noun: str) -> None:
        """Remember that the source put out a statement, release or post ("according to a statement from X")."""
        found = self.sources.get(source_id)
        if found is not None:
            found.issued.add(noun)

    def observe_subject(self, doc: Doc, head: Token) -> None:
        """A sentence's subject that is an office, not a name ("the Prime Minister was asked ..."): the
        likeliest antecedent of a "she" in the next sentence, as the person it is or a new one."""
        mention = self.resolver.mention(doc, head)
        if mention is None or mention.pronoun is not None or mention.anonymous:
            return
        self._clock += 1
        known = set(self.sources)
        found = self._find(mention)
        if found is None:
            return
        if found.id not in known:
            found.cited = False
        found.last_seen = found.subject_seen = self._clock

    def observe(self, doc: Doc, entities: list[Span], own_names: set[str] | frozenset[str] = frozenset()) -> None:
        """Remember the people and organisations a sentence names, so a later "he" or "it" can find them;
        the sentence's main subject is remembered last, as the likeliest antecedent. The outlet's own
        names (``own_names``, normalised) are not remembered."""
        text = doc_text(doc)
        named: list[tuple[bool, int, str, Token]] = []  # each entity's text and root, read once (spaCy rebuilds both)
        for entity in entities:
            name = text[entity.start_char:entity.end_char]
            if entity.label_ not in OBSERVED and not (
                    entity.label_ in ("GPE", "LOC", "NORP") and self.resolver.person_by_given_name(name)):
                continue  # "Crystal Dunn" read as a place is still a person
            if normalize(name) in own_names or normalize(name) in self.resolver.platforms:
                continue
            root = entity.root
            named.append((root.dep_ in SUBJECTS, -_depth(root), name, root))
        named.sort(key=lambda item: item[:2])
        for subject, _, name, root in named:
            seen = self._observed.get(name)
            if seen is not None:
                # The same name again: no need to describe and resolve it a second time.
                self._clock += 1
                seen.last_seen = self._clock
                if subject:
                    seen.subject_seen = self._clock
                continue
            mention = self.resolver.mention(doc, root)
            if mention is None or mention.anaphoric:
                continue
            self._clock += 1
            known = set(self.sources)
            found = self._find(mention)
            if found is not None and mention.pronoun is None:
                self._observed[name] = found
            if found is not None:
                found.last_seen = self._clock
                if found.id not in known:
                    found.cited = False
                if subject:
                    found.subject_seen = self._clock
        # "Analysts Rita Okafor and Sven Lund cut their target. They said ...": people joined as the subject of a
        # sentence that reports nothing are "they" together, as those who spoke together are
        joined = [(root, self._observed.get(name)) for _, _, name, root in named
                  if _subject_like(root) or (root.dep_ == "conj" and _subject_like(root.head))]
        people = sorted(((root, found) for root, found in joined if found is not None
                         and found.kind in ("person", "official") and not found.anonymous), key=lambda p: p[0].i)
        if len(people) > 1 and all(root.dep_ == "conj" and root.head.i == people[0][0].i for root, _ in people[1:]):
            self._joint = tuple(Source(id=found.id, name=found.name, kind=found.kind, mention=found.name)
                                for _, found in people)

    def _find(self, mention: Mention, not_named: frozenset[str] = frozenset()) -> ArticleSource | None:
        resolver = self.resolver
        if mention.pronoun is not None:
            antecedent = self._antecedent(mention.pronoun, not_named)
            if antecedent is None and mention.pronoun in ("he", "she"):
                # "Kerr hugged his players. "...," he said.": with no one cited, the person just named as the subject
                # of what they did, rather than no one
                antecedent = next((s for s in self._recent() if not s.anonymous and not s.cited and (
                                   s.kind in ("person", "official") or (
                                       s.kind in ("unknown", "organization") and len(s.name.split()) == 1
                                       and s.name[:1].isupper() and s.name[1:].islower()
                                       and not _plural_name(s.name, True)
                                       and s.id not in self.resolver._registry_roles))
                                   and s.subject_seen >= self._clock - RECENT_TICKS
                                   and not (s.gender and mention.pronoun in _GENDERED.get(s.gender, ()))
                                   and not _named_in(s, not_named)), None) if not any(
                    s.cited and s.kind in ("person", "official") for s in self.sources.values()) else None
            if antecedent is None and mention.pronoun in ("he", "she") and not any(
                    s.kind in ("person", "official") for s in self.sources.values()):
                # '"Some people say otherwise," he conceded.' with nobody named: an unnamed speaker.
                antecedent = self._remember("unnamed-speaker", "unnamed speaker", "person", mention, set())
                antecedent.anonymous = True
            elif antecedent is None and mention.pronoun in GROUP_PRONOUNS and not any(
                    _plural_name(s.name, s.anonymous) for s in self.sources.values() if s.cited):
                # '"The vote was rigged," they told Reuters.' with no group cited before: unnamed speakers
                antecedent = self._remember("unnamed-speakers", "unnamed speakers", "unknown", mention, set())
                antecedent.anonymous = True
            return antecedent
        written = mention.text.lower().split()
        if mention.anaphoric and len(written) == 2 and written[0] == "the" and written[1] in resolver.country_nouns:
            # "Kenya rejected the report. The country, however, said ...": the state last cited
            state = next((s for s in self._recent() if s.cited and not s.anonymous and s.kind == "government"
                          and all(w[:1].isupper() and not resolver.kind_of(w.lower()) for w in s.name.split())), None)
            if state is not None:
                return self._remember_alias(state, mention)
        if mention.anaphoric:
            antecedent = self._by_role(mention.head_lemma, mention.description, mention.owner)
            if antecedent is not None:
                return antecedent
            words = mention.text.lower().split()
            if words[0] in DEMONSTRATIVES and (mention.head_lemma in resolver.proxy_heads or words[-1] in resolver.proxy_heads):
                # "The General Staff reported 142 clashes. According to these figures, ...": the data just cited
                # are its source's.
                antecedent = next((s for s in self._recent() if s.cited), None)
                if antecedent is not None:
                    return antecedent
        if mention.head_lemma in resolver.unnamed_anaphors and mention.text.lower().split(" ", 1)[0] in (
                "the", "this", "that", "our", "its", "their") and not any(
                w in resolver.place_prepositions for w in mention.text.lower().split()):
            # (not "its sources in the harbour police": a group placed anew is another one)
            # "sources in law enforcement said ... . The interlocutor said": the unnamed source just cited.
            antecedent = next((s for s in self._recent() if s.cited and s.anonymous
                               and s.roles & resolver.unnamed_anaphors), None)
            if antecedent is not None:
                return antecedent
        words = mention.text.lower().split()
        if words[:2] == ["the", "same"] and len(words) == 3:
            # "The same source said ...": whoever the article cited last; "the same friend": the friend cited last
            last = next((s for s in self._recent() if s.cited and (
                mention.head_lemma in ("source", "sources") or mention.head_lemma in s.roles)), None)
            if last is not None:
                return self._remember_alias(last, mention)
        if mention.anonymous and words[:1] == ["the"] and len(words) <= 4 \
                and mention.head_lemma in resolver.office_synonyms:
            # "the diplomat", "the Chilean top diplomat" after "Foreign Minister Ana Roldan": the one named in an
            # office the noun is another name for
            holder = self._by_role(mention.head_lemma, mention.description)
            if holder is not None and not holder.anonymous and holder.kind in ("person", "official"):
                return self._remember_alias(holder, mention)
        if mention.anonymous and words[:1] == ["the"] and len(words) == 2 and mention.head_lemma in resolver.person_back_nouns \
                and words[-1] == mention.head_lemma:
            # '"We expect a jump," the expert said.' after "said John Smith of Fuel Vector": the person last cited
            person = self._last_cited(("person",))
            if person is not None:
                return self._remember_alias(person, mention)
        if words[:1] == ["the"] and 2 <= len(words) <= 4 and words[-1] in resolver.party_epithets \
                and mention.ner_kind != "person":
            # "the Ohio Republican criticised ..." after "Senator Tom Harlan said ...": the politician last cited
            person = self._last_cited(("person", "official"))
            if person is not None:
                return self._remember_alias(person, mention)
        if mention.anonymous and len(words) == 2 and words[0] == "the" and resolver.kind_of(words[1]) == "media" \
                and not _plural_name(words[1], True):
            # "According to the channel, ..." after "reported by NBC News": the outlet last cited; "the agency" is
            # as often a public body ("the Johnson County sheriff's office said ... , the agency said")
            outlet = self._last_cited(AGENCY_KINDS if words[1] == "agency" else ("media",))
            if outlet is not None:
                return self._remember_alias(outlet, mention)
        if words == ["the", "agency"] and not self._last_cited(AGENCY_KINDS):
            # "The National Weather Service issued warnings. The agency said ...": the public body just named
            body = next((s for s in self._recent() if not s.anonymous and s.last_seen >= self._clock - RECENT_TICKS
                         and s.kind in ("government", "organization", "military")), None)
            if body is not None:
                return self._remember_alias(body, mention)
        if mention.anonymous and words and words[-1] in resolver.body_voices and words[:-1] in ([], ["the"]):
            # "He was arrested on Friday, officials said." after the sheriff's office spoke: its officials.
            body = self._last_cited(("government", "military"))
            if body is not None:
                return self._remember_alias(body, mention)
        if not mention.anaphoric and not mention.anonymous:
            shortened = self._shortened_outlet(mention)
            if shortened is not None:
                return self._remember_alias(shortened, mention)
            name_words = normalize(mention.text).split()
            # "Sir Alan" after "Sir Alan Mercer": a title of honour goes with the first name
            single = name_words[0] if len(name_words) == 1 else name_words[1] if len(name_words) == 2 \
                and name_words[0] in FIRST_NAME_TITLES else ""
            person = next((s for s in self._recent() if single and single in s.surnames), None)
            if person is None and single:
                # "Ren said" after "Ren Zhengfei" (the family name first), "Merrit says" after "Merrit Kennedy":
                # the one person named so whose name opens with the word
                opening = [s for s in self.sources.values() if s.kind in ("person", "official") and not s.anonymous
                           and len(s.name.split()) > 1 and normalize(s.name).split()[0] == single]
                person = opening[0] if len(opening) == 1 else None
            if person is not None:
                return self._remember_alias(person, mention)  # "Hill said" after "Councilman Mark Hill": not The Hill
            written = mention.text.lower().split()
            if written[:1] == ["the"] and len(written) <= OFFICE_WORDS and mention.ner_kind is None:
                # "the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov": the one cited in that office
                holder = next((s for s in self._recent() if s.cited and not s.anonymous
                               and s.kind in ("person", "official") and mention.description in s.roles), None)
                if holder is not None:
                    return self._remember_alias(holder, mention)
            entry = self._registry_entry(mention.candidates)
            first = normalize(mention.text).split()[:1]
            if entry is not None and entry.kind in ("media", "organization") and first and (
                    first[0] in self.resolver.genders or first[0] in COURTESY_TITLES):
                entry = None  # "Mr Hill, prosecuting, said": a person by title and surname, not The Hill
            if entry is not None and entry.kind not in ("person", "official") and mention.ner_kind == "person" \
                    and mention.head_lemma in mention.appositive_nouns \
                    and len(mention.candidates) > 1 and self.resolver.registry.lookup(mention.candidates[0]) is None:
                entry = None  # "The governor of Sumy, Oleh Hryhorov, said": the person named, not the body of the title
            if entry is not None:
                return self._remember(entry.id, entry.name, entry.kind, mention,
                                      resolver._registry_roles.get(entry.id, set()))
            for candidate in mention.candidates:
                known = self._index.find(candidate)
                if known is not None:
                    return self._remember_alias(self.sources[known], mention)
                surname = normalize(candidate)
                words = surname.split()
                if len(words) >= 2 and (words[0] in self.resolver.genders or words[0] in COURTESY_TITLES
                                        or words[0] in self.resolver.title_abbreviations) and (
                        len(words) == 2 or words[1] in _SURNAME_PARTICLES):
                    # "Mr Philp" after "Chris Philp", "Lt Hawley" after "Lt Mike Hawley", "Col Al Harbi"
                    surname = " ".join(words[1:])
                for source in self.sources.values():
                    if surname and surname in source.surnames:
                        return self._remember_alias(source, mention)
                initialled = self._initialled(candidate)
                if initialled is not None:
                    # "HCSO identified him" after "The Hamilton County Sheriff's Office confirms": its initials
                    return self._remember_alias(initialled, mention)
                if surname and " " not in surname:
                    # "told the Journal", "quoted by the Post": an outlet already named, by the last word of its name
                    outlet = next((o for o in self._recent() if o.kind == "media" and len(o.name.split()) > 1
                                   and normalize(o.name).split()[-1] == surname), None)
                    if outlet is not None:
                        return self._remember_alias(outlet, mention)
        if not mention.anaphoric and not mention.anonymous:
            national = self._national_body(mention) or self._body_statement(mention)
            if national is not None:
                return self._remember_alias(national, mention)
        unnamed_anaphor = mention.anaphoric and mention.head_lemma in resolver.unnamed_anaphors
        if mention.anonymous or unnamed_anaphor:
            # "the source said" with no source met before is still an unnamed source.
            name = self._anonymous_name(mention.name_text or mention.text)
            kind = self.resolver.kind_from_words(mention.description) or "unknown"
            source = self._remember(slug(name), name, kind if kind in ("official", "military") else "unknown",
                                    mention, set())
            source.anonymous = True
            source.roles.add(mention.head_lemma)  # "a source in the SBU" ... "the source said"
            return source
        name = mention.candidates[0] if mention.candidates else mention.text
        name = _strip_article(name)
        kind = self._guess_kind(mention)
        return self._remember(slug(name), name, kind, mention, set())

    def _national_body(self, mention: Mention) -> ArticleSource | None:
        """"the Ministry of Defense" after "the Russian Defence Ministry": a body of the registry the article cited,
        named without its country (any of its names, the country's words taken out)."""
        wanted = normalize(_strip_article(mention.candidates[0] if mention.candidates else mention.text))
        if len(wanted.split()) < 2:
            return None
        for source in self._recent():
            if not source.cited or source.kind not in ("government", "military", "unknown", "organization"):
                continue
            entry = self.resolver.registry.get(source.id)
            if entry is not None and entry.country and any(
                    self._without_country(name) == wanted for name in (entry.name, *entry.aliases)):
                return source
            named = source.name.split()
            if entry is None and len(named) > len(wanted.split()) and named[0][:1].isupper() \
                    and all(w.islower() for w in named[1:]) and normalize(" ".join(named[1:])) == wanted:
                return source  # "the health ministry" after "the Lebanese health ministry": the one its nation qualified
        return None

    def _body_statement(self, mention: Mention) -> ArticleSource | None:
        """"A military statement said", "a police statement": a statement of the body of that kind last cited (not an
        unnamed one), when the words name no body of their own."""
        words = mention.description.split()
        if mention.head_lemma not in self.resolver.utterance_nouns or len(words) != 2 or mention.ner_kind == "media":
            return None
        kind = self.resolver.kind_of(words[0])
        if kind not in ("military", "government"):
            return None
        cited = next((s for s in self._recent() if s.cited and not s.anonymous and s.kind == kind), None)
        if cited is None and words[0] in self.resolver._kind_of_noun:
            # "an army statement said" with no army cited: the body its first word names ("army")
            return self._remember(slug(words[0]), words[0], kind, mention, {words[0]})
        return cited

    def _without_country(self, name: str) -> str:
        """The name's words with its country's taken out ("Russia's Ministry of Defense" -> "ministry of defense"),
        each registry name worked out once per pipeline."""
        found = self.resolver.countryless.get(name)
        if found is None:
            words = [w for w in normalize(name).split() if w not in self.resolver.country_of_word]
            while words and words[-1] in ("of", "in"):
                words.pop()
            found = self.resolver.countryless[name] = " ".join(words)
        return found

    def _anonymous_name(self, text: str) -> str:
        """The description of an unnamed source made canonical: no leading determiner or number, and a
        registry body it belongs to under its canonical name ("a source in the SBU" -> "source in the
        Security Service of Ukraine")."""
        words = text.split()
        while len(words) > 1 and (words[0].lower() in self.resolver.indefinite_words or words[0].lower() in ("the", "some")
                                  or words[0].replace(",", "").isdigit()):
            words = words[1:]
        for k, word in enumerate(words):
            if k and word.lower() in self.resolver.place_prepositions | self.resolver.name_prepositions:
                affiliation = " ".join(words[k + 1:])
                bare = affiliation.split(" ", 1)[1] if affiliation.lower().startswith("the ") else affiliation
                entry = self.resolver.registry.lookup(bare) if bare else None
                if entry is not None:
                    article = ["the"] if bare != affiliation and not entry.name.lower().startswith("the ") else []
                    return " ".join(words[:k + 1] + article + [entry.name])
                break
        return " ".join(words)

    def _guess_kind(self, mention: Mention) -> SourceKind:
        from_words = self.resolver.kind_from_words(mention.description)
        holds_office = any(self.resolver.kind_of(word.rstrip(".")) == "official"  # "gov." of "Gov. Roy Cooper"
                           for word in [*mention.description.split(), *mention.appositive_nouns])
        if mention.ner_kind == "person" or (from_words == "official" and mention.ner_kind is None
                                             and any(w[:1].isupper() for w in mention.text.split()[1:])):
            return "official" if holds_office else "person"
        if self.resolver.person_by_given_name(mention.text):
            return "official" if holds_office else "person"  # "Alma Price", whatever the recogniser took her for
        name = mention.text.split()
        if mention.ner_kind in (None, "organization") and (self.resolver.masthead(mention.text)
                                                            or _CALL_SIGN.fullmatch(mention.text)):
            return "media"  # "The Baltic Courier reported", "KXAN reported": a newspaper or a station by its name
        if holds_office and 2 <= len(name) <= 3 and all(w[:1].isupper() for w in name) and not any(
                self.resolver.kind_of(w.lower()) for w in name):
            # "Oleh Chalyk, spokesman of the Ukrainian Navy": a name with an office in apposition is its holder,
            # whatever the entity recogniser took it for
            return "official"
        if not from_words and mention.ner_kind in (None, "organization") and any(
                self.resolver.kind_of(noun) == "media" for noun in mention.appositive_nouns):
            return "media"  # "the state news agency KNA"
        return from_words or mention.ner_kind or "unknown"

    def _registry_entry(self, candidates: tuple[str, ...]) -> RegistryEntry | None:
        """The registry's entry for a candidate name; failing that, for a person's name at the tail of one ("said the
        President of Ukraine Volodymyr Zelensky": the parse ran the country into the name)."""
        registry = self.resolver.registry
        for candidate in candidates:
            entry = registry.lookup(candidate)
            if entry is not None:
                return entry
        for candidate in candidates:
            words = candidate.split()
            for first in range(1, len(words) - 1):
                entry = registry.lookup(" ".join(words[first:]))
                if entry is not None and entry.kind in ("person", "official"):
                    return entry
                # "the US-based think tank Institute for the Study of War": a description before a body's name
                if entry is not None and words[first][:1].isupper() and any(w.islower() for w in words[:first]):
                    return entry
        for candidate in candidates:
            for variant in self.resolver.country_variants(candidate):
                entry = registry.lookup(variant)
                if entry is not None and entry.kind not in ("person", "official"):
                    return entry
        return None

    def _remember(self, source_id: str, name: str, kind: SourceKind, mention: Mention, roles: set[str]) -> ArticleSource:
        source = self.sources.get(source_id)
        if source is None:
            source = ArticleSource(source_id, name, kind)
            source.roles.update(roles)
            if source_id in self.resolver._registry_countries:
                source.countries.add(self.resolver._registry_countries[source_id])
            source.index.add(name, source_id)
            self.sources[source_id] = source
            self._index.add(name, source_id)
            if kind in ("person", "official") and len(name.split()) > 1:
                source.surnames.add(normalize(name.split()[-1]))
                particle, _, rest = normalize(name.split()[-1]).partition(" ")
                if particle in _SURNAME_PARTICLES and rest:
                    source.surnames.add(rest)  # "Mr Nouri" after "Khalid al-Nouri"
                if len(name.split()) > 2 and normalize(name.split()[-2]) in _SURNAME_PARTICLES:
                    source.surnames.add(normalize(" ".join(name.split()[-2:])))  # "Al Harbi", "van Dijk"
        return self._remember_alias(source, mention)

    def _remember_alias(self, source: ArticleSource, mention: Mention) -> ArticleSource:
        title = mention.text.split(" ", 1)[0].lower().rstrip(".") if mention.pronoun is None else ""
        if title in self.resolver.genders and source.kind in ("person", "official"):
            source.gender = self.resolver.genders[title]
        for candidate in mention.candidates:
            if mention.anonymous and candidate != mention.text:
                continue  # "Officials in New York City" are no alias of the city a later sentence names
            if not self._index.exact(candidate):
                self._index.add(candidate, source.id)
        # (a person's body is no role of theirs: "an army spokeswoman" is not "the army")
        person = self.resolver.kind_of(mention.head_lemma) in ("official", "person")
        for word in mention.description.split():
            if word in self.resolver.utterance_nouns or word in self.resolver._kind_of_noun and not (
                    person and word != mention.head_lemma and self.resolver.kind_of(word) in BODY_KINDS):
                source.roles.add(word)
            if word in self.resolver.country_of_word:
                source.countries.add(self.resolver.country_of_word[word])
        source.roles.update(mention.appositive_nouns)
        for size in (2, 3):
            words = mention.description.split()
            for k in range(len(words) - size + 1):
                phrase = " ".join(words[k:k + size])
                if phrase in self.resolver._kind_of_noun:
                    source.roles.add(phrase)
        for role in list(source.roles):
            source.roles.update(self.resolver.role_synonyms.get(role, ()))  # "the coach" for "manager Tom Briggs"
        return source

    def _shortened_outlet(self, mention: Mention) -> ArticleSource | None:
        """"the Times" after "The New York Times": an outlet named before in full, now by its last words; so is a
        body by its capitalised last words ("The Air Force" after "the Ukrainian Air Force")."""
        words = [w for w in normalize(mention.text).split() if w != "the"]
        if not words or len(words) > 2:
            return None
        capitalised = all(w[:1].isupper() for w in mention.text.split() if w.lower() != "the")
        for source in self._recent():
            name = [w for w in normalize(source.name).split() if w != "the"]
            kind_fits = source.kind == "media" or (capitalised and source.cited and source.kind in BODY_KINDS)
            if kind_fits and len(name) > len(words) and name[-len(words):] == words:
                return source
        return None

    def known_outlet(self, name: str) -> bool:
        """Has the article named an outlet by this name ("WKXB" after "told local broadcaster WKXB")?"""
        key = normalize(name)
        return any(s.kind == "media" and normalize(s.name) == key for s in self.sources.values())

    def note_relays(self, sources: Iterable[Source]) -> None:
        """Remember, for each source a claim's words came through, whose words it passed on."""
        for source in sources:
            relay = self.sources.get(source.via) if source.via else None
            if relay is not None:
                relay.relayed = source.id

    def _passed_on(self, outlet: ArticleSource) -> ArticleSource | None:
        """The named source whose words the outlet last passed on, once cited (``note_relays``)."""
        relayed = self.sources.get(outlet.relayed) if outlet.relayed else None
        return relayed if relayed is not None and relayed.cited and not relayed.anonymous else None

    def _initialled(self, text: str) -> ArticleSource | None:
        """The one named source of the article whose initials the capitalised abbreviation spells, if one does."""
        if not (3 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return None
        found = [s for s in self.sources.values() if not s.anonymous and text in _initials(s.name)]
        return found[0] if len(found) == 1 else None

    def _last_cited(self, kinds: tuple[str, ...]) -> ArticleSource | None:
        """The named source of one of these kinds that the article cited last."""
        return next((s for s in self._recent() if s.cited and not s.anonymous and s.kind in kinds), None)

    def _recent(self) -> list[ArticleSource]:
        return sorted(self.sources.values(), key=lambda s: s.last_seen, reverse=True)

    def _antecedent(self, pronoun: str, not_named: frozenset[str] = frozenset()) -> ArticleSource | None:
        if pronoun in GROUP_PRONOUNS:
            # "they" is the plural source just cited ("sources", "officials") before a body named since in the
            # singular ("Sources told Dunya News ... “...,” they said")
            plural = next((s for s in self._recent() if s.cited and s.last_seen >= self._clock - RECENT_TICKS
                           and _plural_name(s.name, s.anonymous) and not _named_in(s, not_named)), None)
            if plural is not None:
                return plural
        for source in self._recent():
            if _named_in(source, not_named):
                continue
            if not source.cited and source.last_seen < self._clock - RECENT_TICKS:
                continue  # only a person just named, not one named long ago, stands in for "he"
            if not source.cited and pronoun in PERSONAL_PRONOUNS and source.subject_seen < self._clock - RECENT_TICKS:
                continue  # a person only mentioned in passing ("talked with Ms Mordaunt") is not who "she" is
            if source.gender and pronoun in _GENDERED.get(source.gender, ()):
                continue  # '"I do not accept it," he told Sky News' is not Ms Farrow's
            if pronoun in PERSONAL_PRONOUNS and _plural_name(source.name, source.anonymous):
                continue  # "Democratic Senate officials have told reporters ..." is no "he"
            if pronoun in PERSONAL_PRONOUNS and (source.kind in ("person", "official") or (
                    source.anonymous and not self.resolver.person_heads.isdisjoint(source.name.lower().split())) or (
                    source.cited and source.kind == "media" and not self.resolver.person_heads.isdisjoint(source.roles))):
                # a named person, or an unnamed one ("a resident of the village ... he said"), or a channel the
                # article called a person ("Rybar, a pro-Kremlin blogger, said ... He added")
                return source
            if pronoun in PERSONAL_PRONOUNS and source.cited and source.last_seen >= self._clock - 1 \
                    and source.kind in ("organization", "unknown") and not source.anonymous \
                    and len(source.name.split()) == 1 and source.name[:1].isupper() and source.name[1:].islower() \
                    and source.id not in self.resolver._registry_roles:
                # '"...," Okonkwo said. He also said ...': a surname the recogniser took for a body, just cited
                return source
            if pronoun in THING_PRONOUNS and not source.cited and any(
                    other.cited and other.kind not in ("person", "official") and not other.anonymous
                    for other in self._recent()):
                continue  # "... over Kharkiv. The drones flew low, it said": the body that spoke, not a place named
            if pronoun in THING_PRONOUNS and source.kind not in ("person", "official") and not source.anonymous:
                relayed = self._passed_on(source) if source.kind == "media" else None
                if relayed is not None and relayed.kind not in ("person", "official", "media"):
                    # "The ministry said ..., Sputnik reported. It said 11 drones were downed over Belgorod": the
                    # body whose words the outlet passed on goes on speaking
                    return relayed
                return source
            if pronoun in GROUP_PRONOUNS:
                return source
        if pronoun in PERSONAL_PRONOUNS:
            # "Mrochko posted on Telegram. ... he said": a speaker named by a bare name the entity recogniser did
            # not know is still the "he" when no person was cited.
            return next((s for s in self._recent() if s.cited and not s.anonymous and (s.kind == "unknown" or (
                         s.kind == "organization" and len(s.name.split()) == 1 and s.id not in self.resolver._registry_roles))
                         and 1 <= len(s.name.split()) <= 3 and all(w[:1].isupper() for w in s.name.split())
                         and not _named_in(s, not_named)), None)
        return None

    def _by_role(self, head: str, description: str, owner: str | None = None) -> ArticleSource | None:
        """"the ministry" is the last source called a ministry; "the statement" is the last source's; "the
        Kremlin's spokesman" is the one called the Kremlin spokesman."""
        words = description.split()
        # "the Russian president": an office-holder of that country, never one the article or registry places elsewhere
        countries = {self.resolver.country_of_word[w] for w in words[:-1] if w in self.resolver.country_of_word}
        for source in self._recent():
            if countries and source.countries and not countries & source.countries:
                continue
            # A source only named so far counts when it was the subject of a recent sentence.
            present = source.cited or source.subject_seen >= self._clock - RECENT_TICKS
            if owner is not None:
                if present and f"{owner} {head}" in source.roles:
                    return source
                continue
            described = source.name.lower().split()
            if present and len(words) >= 2 and len(described) > len(words) and described[-len(words):] == words \
                    and all(w.islower() for w in source.name.split()[1:]):
                return source  # "the health ministry" after "the Lebanese health ministry": its last words
            if len(words) >= 2 and len(described) >= 2 and described[-1] == head and described[:-1] != words[:-1] \
                    and all(w.islower() for w in source.name.split()[1:]):
                continue  # "the American leader" is not the source described as "the Russian leader"
            if len(words) >= 2 and source.name.islower() and not set(words) <= set(described) | source.roles:
                continue  # "the Polish foreign minister" says more than "the minister" cited before: someone else
            if present and (head in source.roles or (words and " ".join(words[-2:]) in source.roles)):
                return source
        if owner is not None:
            return None
        if head in self.resolver.utterance_nouns:
            # "the release said" after "according to a press release from X": X, whoever was cited since
            issuer = next((source for source in self._recent() if head in source.issued), None)
            if issuer is not None:
                return issuer
            # "the report said": its issuer, a body or a person named, before any unnamed people just cited
            recent = sorted((source for source in self._recent() if source.cited), key=lambda s: s.anonymous)
            # "A UN mission published its tally. "...," the report said.": the body that was the subject since the
            # last one cited, as it put the report out
            publisher = next((source for source in self._recent() if not source.cited and not source.anonymous
                              and source.kind in AGENCY_KINDS and source.subject_seen >= self._clock - RECENT_TICKS
                              and (not recent or source.subject_seen > recent[0].last_seen)), None)
            if publisher is not None and head not in OUTLET_UTTERANCES - {"report"}:
                return publisher
            relayed = self._passed_on(recent[0]) if recent else None
            if relayed is not None and head not in OUTLET_UTTERANCES:
                # "According to Censor.NET, this was reported by the Kherson RMA. "...," the statement said.": a
                # statement is the body's whose words the outlet last cited passed on, not the outlet's
                return relayed
            return recent[0] if recent else None
        if head in self.resolver.office_back_nouns and words == [head]:
            # "The official pointed out ..." after "Governor Vasyl Golubev reported ...": the office-holder last cited
            holder = next((source for source in self._recent() if source.cited and not source.anonymous), None)
            if holder is not None and holder.kind == "official":
                return holder
        kind = self.resolver.kind_of(" ".join(words[-2:])) or self.resolver.kind_of(head)
        if head == "agency" and words == ["agency"]:
            # "the agency said" after "the Johnson County sheriff's office said": a public body as often as a wire
            body = self._last_cited(AGENCY_KINDS)
            if body is not None:
                return body
        if head in GENERIC_OUTLET_NOUNS and words[-1:] == [head]:
            # "Baza reported ... . The outlet said", "Rybar publishes maps. ..., the outlet wrote": the outlet last
            # cited or named as a subject, the registry's included
            outlet = next((s for s in self._recent() if s.kind == "media" and not s.anonymous and (
                s.cited or s.subject_seen >= self._clock - RECENT_TICKS)), None)
            if outlet is not None:
                return outlet
        if kind in DESCRIBED_KINDS and head not in self.resolver.utterance_nouns:
            # "Halstead Pharma reported ... . The company said": a named organisation just present is "the
            # company" even when its name does not say what it is.
            return next((source for source in self._recent() if source.kind in (kind, "unknown") and not source.anonymous
                         and any(w[:1].isupper() for w in source.name.split())  # named: not "consultants"
                         and not (kind == "media" and source.kind == "unknown" and _company_name(source.name))
                         and source.id not in self.resolver._registry_roles
                         and (source.cited or source.subject_seen >= self._clock - RECENT_TICKS)), None)
        return None


DEMONSTRATIVES = ("this", "these", "that", "those", "such")
# Nouns for any news outlet, whatever kind of outlet it is ("the outlet" for a Telegram channel or a paper).
GENERIC_OUTLET_NOUNS = frozenset({"outlet", "publication", "website"})
# The endings of nationality adjectives ("Azerbaijani", "Georgian", "Chinese", "Polish", "Israeli").
_NATIONALITY_ENDINGS = ("ian", "ani", "ese", "ish", "ean", "eli")
# A broadcaster named by its call sign ("KXAN", "WJON") or network and channel ("ABC11", "NY1", "FOX35").
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM))?|[A-Z]{2,4}[0-9]{1,2}")
# What "the agency" may be: a wire, or a public body as often ("the sheriff's office said ..., the agency said").
AGENCY_KINDS = ("media", "government", "organization", "military")
# Particles that open a surname of two words ("Al Harbi", "van Dijk", "de la Cruz" keeps its last two).
_SURNAME_PARTICLES = frozenset({"al", "el", "van", "von", "de", "da", "di", "du", "le", "la", "bin", "ben", "abu", "ibn",
                                "der", "den", "del", "dos", "das"})
# Titles of courtesy before a surname ("Dr Reyes" after "Martin Reyes"), besides the gendered ones of mentions.yaml.
COURTESY_TITLES = frozenset({"dr", "prof", "professor", "rev", "mx"})
# Kinds of source that are bodies, not people.
BODY_KINDS = frozenset({"government", "military", "media", "organization"})
# Titles of honour before a first name ("Sir Alan" after "Sir Alan Mercer").
FIRST_NAME_TITLES = frozenset({"sir", "dame"})
# Modifiers that say where a body is ("the Sunnyvale, Calif.-based company"), not what it is called.
PLACED = ("based", "born", "headquartered")
PLACED_SUFFIXES = tuple(f"-{word}" for word in PLACED)
# Utterances an outlet puts out itself: "the report said" after "Reuters reported ..." is Reuters's.
OUTLET_UTTERANCES = frozenset({"report", "publication", "website", "update", "summary"})


def _company_name(name: str) -> bool:
    """Does the name end with a company's suffix ("Norvex Corp.", "Halden Ltd"): a firm, never "the newspaper"?"""
    words = name.lower().split()
    return bool(words) and words[-1].strip(".") in COMPANY_SUFFIXES


def _proper_before(doc: Doc, i: int) -> str:
    """The run of proper nouns right before the token, lower case ("harbor authority" before "spokesman")."""
    first = i
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return " ".join(t.lower_ for t in doc[first:i])


def _side_by_side(sources: list[Source], text: str) -> bool:
    """Are the sources named side by side, joined by "and" or commas ("Dana Rook and Milo Fenn")?"""
    spans = sorted((s.mention_start, s.mention_end) for s in sources)
    if any(start is None or end is None for start, end in spans):
        return False
    return all(_JOINED.fullmatch(text[end:start]) for (_, end), (start, _) in zip(spans, spans[1:]))


_JOINED = re.compile(r"\s*(?:,|,?\s*and|&)\s*")


def _plural_name(name: str, unnamed: bool) -> bool:
    """Is the name a plural noun phrase ("sources", "Senior officials", "local residents"), not a body's name
    ("Reuters")? An unnamed source's name is a description, capitalised or not."""
    words = name.split()
    # the head comes before what qualifies it: "lawyers for Mr Brennan", "people familiar with the matter"
    cut = next((i for i, w in enumerate(words) if i and w in _QUALIFYING_PREPOSITIONS), len(words))
    last = words[cut - 1] if words else ""
    if unnamed and last.lower() in _UNMARKED_PLURALS:
        return True
    return (unnamed or last.islower()) and last.lower().endswith("s") and not last.lower().endswith(
        ("ss", "us", "is", "news"))


_QUALIFYING_PREPOSITIONS = frozenset({"for", "of", "at", "in", "from", "with", "close", "familiar", "who", "on"})
_UNMARKED_PLURALS = frozenset({"people", "police", "children", "women", "men"})


def _named_in(source: ArticleSource, names: frozenset[str]) -> bool:
    """Is the source one of the normalised names a pronoun's own clause uses (which it cannot stand for)?"""
    return bool(names) and bool(source.surnames & names or normalize(source.name) in names)


def _words_end(doc: Doc, first: int, limit: int, words: tuple[str, ...]) -> int | None:
    """Where the tokens from ``first`` that spell ``words`` (normalised; tokens of no word, "&", skipped) end, or
    None if they do not spell them."""
    k, j = 0, first
    while k < len(words) and j < limit:
        for word in normalize(doc[j].text).split():
            if k >= len(words) or word != words[k]:
                return None
            k += 1
        j += 1
    return j if k == len(words) else None


def _place_modifier(tokens: list[Token]) -> set[int]:
    """The indices of a place's name in a "-based" modifier ("the Maple Grove-based maker"): where the described
    body is, not its name."""
    found: set[int] = set()
    for k, token in enumerate(tokens):
        if token.lower_ in PLACED and k >= 2 and tokens[k - 1].text in ("-", "‐"):
            j = k - 2
        elif token.lower_.endswith(PLACED_SUFFIXES) and k >= 1:
            found.add(token.i)  # "Calif.-based": the tokenizer keeps an abbreviated state with its suffix
            j = k - 1
        else:
            continue
        while j >= 0 and (tokens[j].pos_ == "PROPN" or (tokens[j].text == "," and j >= 1 and tokens[j - 1].pos_ == "PROPN")):
            found.add(tokens[j].i)
            j -= 1
    return found


def _initials(name: str) -> set[str]:
    """A name's initials, with and without its small words ("Hamilton County Sheriff's Office": "HCSO")."""
    words = [w for w in name.replace("’s", "").replace("'s", "").replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 3:
        return set()
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()}


SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at"})


def _abbreviation(token: Token) -> bool:
    """An abbreviation in capitals ("RMA", "CMA", "SBU"), not a capitalised word."""
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


def _bracketed(doc: Doc, start: int, end: int) -> set[int]:
    """Indices of tokens inside round brackets (the brackets included) between start and end."""
    inside: set[int] = set()
    opened = None
    for token in doc[start:end + 1]:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            inside.update(range(opened, token.i + 1))
            opened = None
    return inside


def _name_after(last: Token) -> list[Token] | None:
    """A person's name of two or more capitalised words right after a phrase, past a bracketed abbreviation."""
    doc, k = last.doc, last.i + 1
    if k < len(doc) and doc[k].text == "(":
        while k < len(doc) and doc[k].text != ")" and k - last.i < 8:
            k += 1
        k += 1
    run = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        run.append(doc[k])
        k += 1
    if len(run) >= 2 and (any(t.ent_type_ == "PERSON" for t in run) or len(run) <= 3):
        return run
    return None


def _hyphen_start(token: Token) -> Token:
    """A name is never cut at a hyphen: "Jean-Claude Mugisho" starts at "Jean"."""
    doc = token.doc
    while token.i >= 2 and doc[token.i - 1].text in ("-", "‐") and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_alpha:
        token = doc[token.i - 2]
    return token


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _entity_bounds(token: Token) -> Span:
    """The named entity a token belongs to, as far as it names: the entity recogniser sometimes runs a name on
    over the verb after it ("The Ministry of Defence urged Arestovych"), which is no part of any name."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].pos_ not in ("VERB", "AUX"):
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].pos_ not in ("VERB", "AUX") \
            and doc[end].tag_ != "POS":
        end += 1  # "Maria Lind's bid": the possessive ending is no part of the name
    return doc[start:end]


def _entity_span(token: Token) -> Span | None:
    """The organisation or person entity a token belongs to, or None."""
    if token.ent_type_ not in ("ORG", "PERSON") or token.ent_iob_ == "O":
        return None
    return _entity_bounds(token)


def _entity_text(token: Token) -> str:
    """The named entity a token belongs to, as written."""
    return _entity_bounds(token).text


def _joins_words(token: Token) -> bool:
    """A hyphen or slash written without spaces is part of a name ("RBC-Ukraine"), and so is the word it joins
    ("well" of "well-known")."""
    doc = token.doc
    if token.text in ("-", "–", "/", "&"):
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and not token.whitespace_ and following.text in ("-", "–") \
        and not following.whitespace_ and following.head.i == token.head.i


# A company's legal form after its name and a comma.
# Verbs of a closing speech tag that the parser may hang on its speaker as a modifier.
_TAG_VERBS = frozenset({"say", "report", "tell", "state", "write", "announce", "add", "claim"})
COMPANY_SUFFIXES = frozenset({"llc", "inc", "ltd", "corp", "plc", "gmbh", "llp", "pty", "limited", "incorporated"})
# Conjunctions that join two clauses, never two speakers of one report.
CONTRASTS = frozenset({"but", "yet", "whereas", "while"})


def conjuncts(token: Token) -> list[Token]:
    """A token and the nouns coordinated with it ("A, B and C"), also when the parser hangs them on an
    appositive ("the grid operator, Ukrenergo, and Naftogaz")."""
    contrast = next((c for c in token.children if c.dep_ == "cc" and c.lower_ in CONTRASTS), None)
    if contrast is not None:
        after = next((c for c in token.children if c.dep_ == "conj" and c.i > contrast.i
                      and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if after is not None:
            # "the army said it had taken Synkivka, but Fityo ... said": "but" joins two reports, and the parser
            # that made one subject of both left the second speaker after it
            return conjuncts(after)
    person = next((c for c in token.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if person is not None and token.pos_ == "PROPN" and not token.ent_type_ and any(
            c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" for c in token.children) and any(
            c.dep_ == "compound" and not c.ent_type_ and token.i < c.i for c in person.children):
        return conjuncts(person)  # "Reuters President and CEO Paul Bascobert": two titles of one person
    heads = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.lower_.strip(".") in COMPANY_SUFFIXES:
            continue  # "Atlantic Heritage Salvage, LLC": the company's legal form, no second source
        if child.dep_ == "conj" and _one_referent(token, child):
            continue  # "the maker and seller of foam beds", "the president and CEO": one determiner, one referent
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            heads.extend(conjuncts(child))
        elif child.dep_ == "appos":
            # (not "Norvel Inc., the largest cable operator and sole carrier for the tablet,", "Arkady Voronin,
            # Russia's oil boss and the head of Yamalneftegaz,": a name described in two common nouns)
            described = token.pos_ == "PROPN" and child.pos_ == "NOUN"  # a name, and what it is: one referent
            heads.extend(c for g in child.children if g.dep_ == "conj" and g.pos_ in ("PROPN", "NOUN")
                         and not (described and g.pos_ == "NOUN") and not _one_referent(child, g)
                         for c in conjuncts(g))
    return heads


def _coordinated(token: Token) -> list[Token]:
    """A word and every word coordinated with it, whatever their part of speech ("US, Iranian and Israeli")."""
    return [token] + [t for c in token.children if c.dep_ == "conj" for t in _coordinated(c)]


def _bracketed_between(head: Token, child: Token) -> bool:
    """Does a bracket opened after the head still stand open at the child ("Inc. (NYSE American: KGW")?"""
    inside = [t.text for t in head.doc[head.i + 1:child.i]]
    return "(" in inside and ")" not in inside[inside.index("("):]


def _one_referent(head: Token, conjunct: Token) -> bool:
    """Are two singular common nouns joined under the first one's article one referent ("the maker and seller")?"""
    return head.tag_ == "NN" and conjunct.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in head.children) and not any(
        c.dep_ in ("det", "poss") for c in conjunct.children)


def _strip_article(name: str) -> str:
    words = name.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or name


def _subject_like(token: Token) -> bool:
    """Is the token a subject, or a name in apposition to one ("analysts Rita Okafor ...")?"""
    return token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS)


def fronted_before_subjectless_verb(opener: Token) -> bool:
    """Does the phrase the token opens stand before its clause's verb, which has no subject of its own ("According
    to X, A, B and C lost power": the parser took the subject for more of the phrase)?"""
    verb = opener.head
    return opener.i < verb.i and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in verb.children)


def _subject_after_according_to(head: Token) -> bool:
    """Is the token the object of a fronted "according to" whose verb has no subject, so that the names after
    its comma are the subject the parser hung on it?"""
    preposition = head.head if head.dep_ == "pobj" else None
    according = preposition.head if preposition is not None and preposition.lower_ == "to" else None
    return according is not None and according.lower_ == "according" and fronted_before_subjectless_verb(according)


def age_epithet(head: Token) -> bool:
    """"the 47-year-old": "old" with its years."""
    return head.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lower_ in ("year", "years") for c in head.children)


def _subtree_text(token: Token) -> str:
    """The words a token heads, as written."""
    doc = token.doc
    return doc[token.left_edge.i:token.right_edge.i + 1].text
