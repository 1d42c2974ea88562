"""Attribution cues in Russian and Ukrainian sentences, and the words where each cue's speaker stands.

Word order is free in both languages, so a cue's speaker is looked for on both sides of it, inside its
clause (commas, dashes, colons, quotation marks and words such as "что"/"що" end a clause):

- before the verb, as in "Губернатор заявил, что ..." and "В Минобороны заявили ...";
- after it, when the verb comes first in its clause: after a quotation or a comma ("..., – написал
  Бочаров", "..., повідомили в ДСНС"), after "как"/"як" ("Как сообщил мэр, ...") or after a phrase that
  points back ("Об этом сообщает Shot", "Про це повідомили в Повітряних силах").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .lexicon import CyrillicRules
from .morph import Lemmatizer
from .text import fold
from .words import ADJECTIVE_LEMMA_ENDINGS, DASHES, IN_WORDS, QUOTES, PhraseSet, Word, WordSet, opens_participial

CueKind = Literal["verb", "according_to", "agentless", "citing", "silence"]
# Punctuation that ends a clause (quotation marks do not: they also wrap names, "пишет «Суспільне»").
CLAUSE_MARKS = frozenset(",;:()[]") | DASHES | frozenset(".!?…")
_GERUND_ENDINGS = {"uk": ("вши", "вшись", "ючи", "ячи", "учи", "ачи", "ючись", "ячись", "учись", "ачись"), "ru": ()}
_INFINITIVE_ENDINGS = {"uk": ("ти", "тися", "тись"), "ru": ("ть", "ться", "ти", "тись")}
# How many words after a clause-only verb its reported clause may start ("напомнил журналистам о том, что").
_REPORT_REACH = 7
# A participial phrase between a subject and its verb ("Собеседники газеты, знакомые с деталями, настаивают")
# runs at most this many words.
PARTICIPIAL_WORDS = 10
APPOSITIVE_ROLES = 3  # role phrases, each between commas, that may follow a name before its verb
APPOSITIVE_WORDS = 12  # the longest role in apposition to a name ("генеральний директор ... провайдера «X»")
# How many words a relative clause about a subject may have between its commas.
GERUND_ASIDE_WORDS = 12  # an aside opened by a gerund between a subject and its verb is this short
RELATIVE_WORDS = 14
# Verbs that pass a sentence as well as condemn, and the terms a sentence runs to.
_SENTENCING = frozenset({"засудити", "засуджувати", "осудить", "осуждать"})
_TERMS = frozenset({"рік", "год", "місяць", "месяц", "колонія", "колония", "ув'язнення", "заключение", "довічний",
                    "пожизненный", "штраф", "позбавлення", "лишение"})
# How far after a verb of saying the object that makes it a legal act may stand ("повідомили керівниці про підозру").
_ACT_REACH = 4
# The pronouns of a speaker in a tag set off inside the clause ("..., допустил он, ...").
ASIDE_PRONOUNS = frozenset({"он", "она", "они", "він", "вона", "вони"})
_EVIDENCE_REACH = 3
_ADJECTIVE_LEMMAS = ("ый", "ий", "ой", "ій", "їй")
_VERB_TAGS = frozenset({"VERB", "INFN"})
_VERB_LEMMAS = ("ти", "тися", "ть", "ться", "чь")
_OPENING_QUOTES = frozenset("«„“\"")
_SENTENCE_ENDS = frozenset(".!?…;")
# The words of a date set off by commas inside a clause (", 30 червня,", ", 12 марта 2024 года,").
_DATE_WORD = re.compile(r"\d{1,4}|(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|янв|феврал|март|апрел|мая|май"
                        r"|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|року|года|р|г")


# How many words an aside naming whom the subject cites may run to ("з посиланням на ... ,").
CITING_ASIDE_WORDS = 12


def _ends_word(word: Word) -> bool:
    """Does a subject end here: a word, or the closing mark of a name in quotation marks?"""
    return word.is_word or word.text in QUOTES


def _aside_before(words: list[Word], k: int, reach: int, opens: Callable[[int], bool]) -> int | None:
    """The comma that opens an aside ending at ``k`` (after its own comma), within ``reach`` words, if ``opens``
    accepts the word after it; None when a clause mark comes first or the aside is of another kind."""
    if k < 4 or words[k - 1].text != ",":
        return None
    for j in range(k - 2, max(0, k - reach - 2), -1):
        if words[j].text == ",":
            return j if opens(j) else None
        if words[j].text in CLAUSE_MARKS:
            return None
    return None


def _bracketed_abbreviation(words: list[Word], k: int) -> int | None:
    """Where the clause resumes after an abbreviation in brackets at ``k`` ("начальник управления (УГХ) Петр
    Орлов"), or None."""
    if k + 2 >= len(words) or words[k].text != "(" or words[k + 2].text != ")":
        return None
    return k + 3 if words[k + 1].is_word and words[k + 1].caps else None


def _a_date(words: list[Word]) -> bool:
    """Are the words a date ("30 червня", "12 марта 2024 года"): date words only, a number among them?"""
    return all(not w.is_word or _DATE_WORD.fullmatch(w.fold) for w in words) and any(w.text.isdigit() for w in words)


def closing_date(words: list[Word], k: int) -> bool:
    """Does a date set off by a comma close the sentence at ``k`` (", 5 марта.")?"""
    if k >= len(words) or words[k].text != ",":
        return False
    rest = [w for w in words[k + 1:] if w.is_word]
    return 0 < len(rest) <= 5 and _a_date(rest)


def _date_aside(words: list[Word], k: int) -> int | None:
    """Where the clause resumes after a date set off by commas at ``k`` (", 30 червня,"), or None."""
    if k >= len(words) or words[k].text != ",":
        return None
    j = next((j for j in range(k + 1, min(len(words), k + 7)) if words[j].text == ","), None)
    if j is None or j == k + 1 or not _a_date(words[k + 1:j]):
        return None
    return j + 1


def _date_aside_before(words: list[Word], k: int) -> int | None:
    """Where the clause resumes before a date set off by commas that ends at ``k`` (after its comma): "Хинштейн в
    среду, 4 марта, сообщил"; None if there is none."""
    if k < 3 or words[k - 1].text != ",":
        return None
    j = next((j for j in range(k - 2, max(0, k - 8), -1) if words[j].text == ","), None)
    inside = words[j + 1:k - 1] if j is not None else []
    if not inside or not _a_date(inside) or not any(w.is_word and not w.text.isdigit() for w in inside):
        return None  # a day and its month ("2,3%" is a figure)
    return j


# Prepositions a relative pronoun may follow at the head of its clause ("з яким", "с которым", "для которых").
_RELATIVE_PREPOSITIONS = frozenset({"з", "із", "зі", "с", "со", "для", "у", "в", "до", "к", "від", "от", "на", "про", "о",
                                    "об"})


# The pronouns owning the words passed on ("его слова", "її слова").
_OWNER_PRONOUNS = frozenset({"его", "её", "ее", "их", "його", "її", "їх", "їхні"})
# Prepositions of what a warning is about ("попереджає про загрозу"): a warning, not a prevention.
_ABOUT = frozenset({"про", "о", "об", "обо", "щодо", "относительно", "насчет", "насчёт"})


@dataclass(frozen=True)
class CueHit:
    """A cue in a sentence: its kind and its words (``first`` to just before ``last``)."""

    kind: CueKind
    first: int
    last: int
    start: int
    end: int
    speaker_after: bool = False  # the speaker is looked for after the cue first
    back: bool = False  # the cue reports the sentence before ("Об этом сообщили ...")
    gerund: bool = False
    quoting: bool = False  # "цитирует губернатора": the one quoted speaks through the speaker
    address: bool = False  # "обратился к жителям": a report only when no other verb of the sentence reports


class CueFinder:
    """Find cues with the lexicons of ``data/<lang>/cues.yaml``."""

    def __init__(self, rules: CyrillicRules, lemmatizer: Lemmatizer) -> None:
        cues = rules.cues
        self.language = rules.language
        self.lemmatizer = lemmatizer
        self.verbs = frozenset(cues.reporting_verbs)
        self.according = PhraseSet(cues.according_to)
        self.citing = PhraseSet(cues.citing)
        self.citing_fillers = frozenset(fold(w) for w in cues.citing_fillers)
        self.agentless = PhraseSet(cues.agentless)
        self.as_words = frozenset(cues.as_words)
        self.back = PhraseSet(cues.back_references)
        self.opening_back = PhraseSet(cues.opening_back_references)
        self.subordinators = frozenset(rules.discourse.subordinators)
        self.relatives = frozenset(rules.discourse.relatives)
        self.place_relatives = frozenset(rules.discourse.place_relatives)
        self.first_names = frozenset(fold(n) for n in rules.discourse.first_names)
        self.possessives = frozenset(rules.discourse.person_pronouns) | frozenset(rules.discourse.group_pronouns)
        self.clause_only = frozenset(cues.clause_only_verbs)
        self.correspond_nouns = frozenset(cues.correspond_nouns)
        self.leading = frozenset(cues.leading_verbs)
        self.prevented = {verb: frozenset(objects) for verb, objects in cues.prevented_objects.items()}
        self.transferred = {verb: frozenset(objects) for verb, objects in cues.transfer_objects.items()}
        self.role_heads = WordSet(w for words in rules.discourse.role_nouns.values() for w in words)
        # "Ольга Петренко, мешканка Полтави, розповіла": an unnamed source's noun describes a name as a role does
        self.appositive_heads = WordSet([*self.role_heads.entries, *rules.discourse.anonymous_heads])
        self.quoting = frozenset(cues.quoting_verbs)
        self.relay_verbs = frozenset(cues.relay_verbs)
        self.news_verbs = frozenset(cues.news_verbs)
        self.network_nouns = frozenset(cues.network_nouns)
        self.pointing_words = frozenset(fold(w) for w in cues.pointing_words)
        self.act_objects = frozenset(cues.act_objects)
        self.called_in = [tuple(fold(w) for w in phrase.split()) for phrase in cues.called_in]
        self.own_staff = frozenset(cues.own_staff_nouns)
        self.evidence_verbs = frozenset(cues.evidence_verbs)
        self.evidence_nouns = frozenset(cues.evidence_nouns)
        self.quote_nouns = frozenset(cues.quote_nouns)
        self.speech_objects = frozenset(cues.speech_objects)
        self.figure_objects = frozenset(cues.figure_objects)
        self.inquiry_verbs = frozenset(cues.inquiry_verbs)
        self.address_verbs = frozenset(cues.address_verbs)
        self.address_prepositions = frozenset(cues.address_prepositions)
        self.people_endings = tuple(cues.people_endings)
        self.negated_reports = frozenset(cues.negated_reports)
        self.report_openers = frozenset(cues.report_openers)
        self.parentheticals = PhraseSet(rules.discourse.parentheticals)
        self.prepositions = frozenset(rules.discourse.prepositions) | IN_WORDS

    def find(self, words: list[Word], quoted: list[bool]) -> list[CueHit]:
        """Every cue outside quoted speech, left to right."""
        hits: list[CueHit] = []
        i = 0
        while i < len(words):
            word = words[i]
            if quoted[i] or not word.is_word:
                i += 1
                continue
            length = self.according.match(words, i, self.possessives)
            if not length:
                # "по уточненным данным Росстата": an adjective inside the phrase, when the owner follows it (with
                # none, "По предварительным данным, ..." hedges the report it belongs to)
                length = self.according.match(words, i, self.possessives, self._adjective_filler)
                if length and not (i + length < len(words) and words[i + length].is_word):
                    length = 0
            if length:
                # "Эта информация следует из сообщения Минобороны": a subject pointed at the report before
                hits.append(CueHit("according_to", i, i + length, word.start, words[i + length - 1].end,
                                   back=self._pointed_in_clause(words, i)))
                i += length
                continue
            length = self.citing.match(words, i, self.citing_fillers)
            if length:
                hits.append(CueHit("citing", i, i + length, word.start, words[i + length - 1].end))
                i += length
                continue
            length = self.agentless.match(words, i) or int(self._impersonal_participle(words, i))
            if length and not self._negated(words, i):
                # "Про це повідомляється у дописі Генштабу": an impersonal pointer to the lead before it
                hits.append(CueHit("agentless", i, i + length, word.start, words[i + length - 1].end,
                                   back=self._points_back(words, i)))
                i += length
                continue
            evidence = self._evidence(words, i) if word.lemma in self.evidence_verbs else None
            if evidence is not None:
                # "свидетельствуют данные Мосбиржи": the data's owner, named after them, is the source
                hits.append(CueHit("according_to", i, evidence + 1, word.start, words[evidence].end))
                i = evidence + 1
                continue
            passes_words = word.lemma in self.relay_verbs and self._owned_quote_noun(words, i)
            if word.lemma in self.quoting and not self._negated(words, i) and self._pointed_in_clause(words, i):
                # "Такие данные приводит Минобороны": the figures just given, pointed at, are the subject's
                hits.append(CueHit("verb", i, i + 1, word.start, word.end, speaker_after=True, back=True))
            elif (word.lemma in self.quoting or passes_words) and not self._negated(words, i) \
                    and not self._infinitive(word) and (self.reports_speech(words, i) or self._near_quote_noun(words, i)):
                # "приводит слова губернатора"; "Его слова передает ТАСС": an outlet passing on whose words they are
                hits.append(CueHit("verb", i, i + 1, word.start, word.end, speaker_after=self._verb_first(words, i),
                                   quoting=True))
            elif word.lemma in self.quoting and not self._negated(words, i) and not self._infinitive(word) \
                    and self._speech_object(words, i):
                # "Георгієва навела дані про зростання", "привела цифры": figures cited are the subject's report
                hits.append(CueHit("verb", i, i + 1, word.start, word.end, speaker_after=self._verb_first(words, i)))
            elif word.lemma in self.address_verbs and not self._negated(words, i) and self._addresses_people(words, i):
                # "мер звернувся до мешканців", "«...», - звернулися до споживачів в Укренерго"
                hits.append(CueHit("verb", i, i + 1, word.start, word.end, speaker_after=self._verb_first(words, i),
                                   address=True))
            elif word.lemma in self.negated_reports and self._negated(words, i) and self.reports_speech(words, i):
                # "не исключил, что ...": a guarded report of what may be
                hits.append(CueHit("verb", i, i + 1, word.start, word.end, speaker_after=self._verb_first(words, i)))
            elif word.lemma in self.clause_only and not self.reports_speech(words, i) \
                    and not self._speech_object(words, i) and not self._opening_pointer(words, i):
                pass  # "продолжил наступление", "поділився фото": a verb that reports only with words said
            elif word.lemma in self.verbs and (self._corresponds(words, i) or self._prevents(words, i)
                                                or self._hands_over(words, i)):
                pass  # "не відповідають дійсності": corresponds to, not answers; "попереджає теракти": prevents
            elif word.lemma in self.verbs and self._legal_act(words, i):
                pass  # "прокуратура повідомила про підозру": a notice of suspicion served, not a report
            elif word.lemma in self.verbs and self._calls_in(words, i):
                pass  # "про крадіжку до поліції повідомив директор": a call for help, the event told, no report
            elif word.lemma in self.verbs and self._negated(words, i) and self._gerund(word) and i + 1 < len(words) \
                    and words[i + 1].fold in ("уже", "вже", "о", "об", "про"):
                pass  # "не говоря уже о кредитах", "не кажучи вже про Одесу": "not to mention", no silence
            elif word.lemma in self.verbs and self._negated(words, i) and not self._infinitive(word):
                # "Ведомство не уточнило", "не коментували": the report is of what was not said ("просьба не
                # публиковать" asks for a silence, it reports none).
                hits.append(CueHit("silence", i, i + 1, word.start, word.end))
            elif word.lemma in self.verbs and self._future(words, i):
                pass  # "Суд оголосить вирок", "Песков заявит": speech still to come reports nothing yet
            elif word.lemma in self.verbs and not self._infinitive(word):
                hits.append(CueHit("verb", i, i + 1, word.start, word.end, speaker_after=self._verb_first(words, i),
                                   back=self._points_back(words, i), gerund=self._gerund(word)))
            elif word.lemma in self.verbs and i > 0 and words[i - 1].lemma in self.leading \
                    and not self._infinitive(words[i - 1]) and not self._negated(words, i - 1):
                # "поспешил заявить, что ...", "— попытался возразить чиновник": the infinitive is the report
                hits.append(CueHit("verb", i - 1, i + 1, words[i - 1].start, word.end,
                                   speaker_after=self._verb_first(words, i - 1), back=self._points_back(words, i)))
            i += 1
        if any(h.address for h in hits) and any(h.kind == "verb" and not h.address for h in hits):
            # "обратился к гражданам, сказав, что ...": the verb that says what was said is the cue
            hits = [h for h in hits if not h.address]
        return hits

    @staticmethod
    def _adjective_filler(word: Word) -> bool:
        """A lower-case adjective inside a phrase ("по уточненным данным", "за останніми даними")."""
        return word.is_word and not word.upper and word.lemma.endswith(ADJECTIVE_LEMMA_ENDINGS) and word.lemma != word.fold

    def reports_speech(self, words: list[Word], i: int) -> bool:
        """Does a clause-only verb stand with what was said: after "как" ("Как указывает X, ..."), as the tag after
        a quotation or a dash ("», — поделилась она"), or before a reported clause, a colon or a quotation within a
        few words ("напомнил, что", "нагадав журналістам, що", "заметил: «...»")?"""
        if i > 0 and words[i - 1].fold in ("как", "як") and (i == 1 or not words[i - 2].is_word):
            return True  # "Как указывает The Insider, ...", "Як зазначає видання, ...": who the words are from
        if i > 1 and words[i - 1].text == "," and i + 2 < len(words) and (
                words[i + 1].fold in ASIDE_PRONOUNS or words[i + 1].upper) and any(
                w.text == "," for w in words[i + 2:i + 5]) and words[-1].text in _SENTENCE_ENDS:
            return True  # "Региональные власти, допустил он, недооценили проблему": a tag set off inside the clause
        k = i - 1
        while k >= 0 and not words[k].is_word:
            if words[k].text in DASHES or words[k].text in QUOTES:
                return True
            if words[k].text == "," and self.clause_end(words, i) >= len(words) - 1 \
                    and not (i + 1 < len(words) and self._infinitive(words[i + 1])):
                # "..., напомнил губернатор.": a tag closing the sentence (not "..., погодилися перевозити
                # посилки": a verb with what was agreed to do)
                return True
            k -= 1
        for j in range(i + 1, min(len(words), i + 1 + _REPORT_REACH)):
            if words[j].fold in self.report_openers or words[j].text == ":" or words[j].text in _OPENING_QUOTES:
                return True
            if words[j].text in _SENTENCE_ENDS or (words[j].is_word and words[j].lemma in self.verbs):
                return False
        return False

    def _addresses_people(self, words: list[Word], i: int) -> bool:
        """Does the verb of addressing address people, named by a lower-case plural noun right after its
        preposition ("к харьковчанам", "до городян"), rather than a body or one person ("в полицию", "до НАБУ",
        "к губернатору")?"""
        k = next((j for j in range(i + 1, min(len(words), i + 4)) if words[j].fold in self.address_prepositions), None)
        if k is None or k + 1 >= len(words):
            return False
        addressee = words[k + 1]
        return addressee.is_word and not addressee.upper and addressee.fold.endswith(self.people_endings)

    def _evidence(self, words: list[Word], i: int) -> int | None:
        """The index of the data noun right after an evidence verb ("свидетельствуют (спутниковые) снимки")."""
        for k in range(i + 1, min(len(words), i + 1 + _EVIDENCE_REACH)):
            if words[k].lemma in self.evidence_nouns or words[k].fold in self.evidence_nouns:
                return k
            if not words[k].is_word:
                return None
        return None

    def _impersonal_participle(self, words: list[Word], i: int) -> bool:
        """A reporting verb's impersonal passive ("підтверджено збиття", "будет написано"): no one speaks in it, so
        the report goes on from whoever spoke before; one that names a body after it ("повідомлено в ОВА") is left
        to the verb's own reading."""
        word = words[i]
        if not (word.lemma in self.verbs and word.fold != word.lemma and word.fold.endswith(("но", "то"))
                and not (word.upper and any(w.is_word for w in words[:i]))):
            return False
        return not any(w.fold in IN_WORDS for w in words[i + 1:i + 4])

    def _corresponds(self, words: list[Word], i: int) -> bool:
        """Is the verb followed by a noun that makes it one of corresponding ("отвечают действительности")?"""
        after = next((w for w in words[i + 1:i + 3] if w.is_word), None)
        return after is not None and after.lemma in self.correspond_nouns

    def _hands_over(self, words: list[Word], i: int) -> bool:
        """Is a verb of passing on followed by a thing handed over ("передавал врагу координаты блокпостов",
        "передав документи слідству"), not words?"""
        return self._object_follows(words, i, self.transferred.get(words[i].lemma))

    def _prevents(self, words: list[Word], i: int) -> bool:
        """Is a verb of warning followed by what it prevents ("попереджає всі можливі теракти"), not by what it
        warns about ("попереджає про загрозу")?"""
        return self._object_follows(words, i, self.prevented.get(words[i].lemma), stops=_ABOUT)

    def _object_follows(self, words: list[Word], i: int, objects: frozenset[str] | None,
                        stops: frozenset[str] = frozenset()) -> bool:
        """Does one of the objects follow the verb within a few words, before a mark, a subordinator or a stop word?"""
        if not objects:
            return False
        for word in words[i + 1:i + 5]:
            if not word.is_word or word.fold in self.subordinators or word.fold in stops:
                return False
            if word.lemma in objects or word.fold in objects:
                return True
        return False

    def _calls_in(self, words: list[Word], i: int) -> bool:
        """Is the verb told where the event was reported to ("до поліції повідомив", "сообщил в полицию")?"""
        folds = [w.fold for w in words]
        for phrase in self.called_in:
            n = len(phrase)
            for k in range(max(0, i - _ACT_REACH), min(len(words) - n, i + _ACT_REACH) + 1):
                if tuple(folds[k:k + n]) == phrase:
                    return True
        return False

    def _legal_act(self, words: list[Word], i: int) -> bool:
        if words[i].lemma in _SENTENCING and any(
                w.fold in ("до", "к") and any(t.lemma in _TERMS for t in words[k + 1:k + 4])
                for k, w in enumerate(words[i + 1:i + 1 + 2 * _ACT_REACH], start=i + 1)):
            return True  # "Суд засудив двох чоловіків до чотирьох років колонії": a sentence passed, not condemned
        for word in words[i + 1:i + 1 + _ACT_REACH]:
            if word.fold in self.subordinators or word.text in (":", "«", "\"", "„"):
                return False
            if word.lemma in self.act_objects or word.fold in self.act_objects:
                return True
        return False

    def _speech_object(self, words: list[Word], i: int) -> bool:
        """Does a feeling, a view or details voiced follow the verb ("выразил надежду", "поділився деталями"), or
        stand before it, pointed at ("Такий прогноз озвучив економіст")? Details being found out ("з'ясовують
        деталі") are none."""
        if words[i].lemma in self.inquiry_verbs:
            return False
        following = [w for w in words[i + 1:i + 4] if w.is_word][:2]
        if any(self._is_speech_object(w) for w in following):
            return True
        k = i + 1
        while k < len(words) and self._adjective_form(words[k]):
            k += 1  # "озвучив приблизні втрати": the figures voiced, after their adjectives
        if k < len(words) and (words[k].lemma in self.figure_objects or words[k].fold in self.figure_objects):
            return True
        return self._pointed([w for w in words[max(0, i - 3):i] if w.is_word][-2:])

    def _adjective_form(self, word: Word) -> bool:
        """A lower-case adjective, by the dictionary's tags or, without a dictionary, by its lemma's ending."""
        if not word.is_word or word.upper:
            return False
        tags = self.lemmatizer.tags(word.text)
        return "ADJF" in tags if tags else word.lemma.endswith(ADJECTIVE_LEMMA_ENDINGS)

    def _is_speech_object(self, word: Word) -> bool:
        return word.lemma in self.speech_objects or word.fold in self.speech_objects

    def _quote_noun_places(self, words: list[Word], i: int) -> tuple[list[Word], list[int]]:
        """The words around the verb, and where among them a noun of words passed on stands."""
        near = [w for w in words[max(0, i - 3):i + 4] if w.is_word]
        return near, [k for k, w in enumerate(near) if w.lemma in self.quote_nouns or w.fold in self.quote_nouns]

    def _owned_quote_noun(self, words: list[Word], i: int) -> bool:
        """A quote noun with its owner's pronoun right next to the verb ("Его слова передает ТАСС", "— його слова
        передає Укрінформ")."""
        near, places = self._quote_noun_places(words, i)
        return any(k > 0 and near[k - 1].fold in _OWNER_PRONOUNS for k in places)

    def _near_quote_noun(self, words: list[Word], i: int) -> bool:
        """"приводит слова губернатора", "Слова Лапшина приводит агентство": words passed on stand by the verb."""
        return bool(self._quote_noun_places(words, i)[1])

    def _negated(self, words: list[Word], i: int) -> bool:
        return i > 0 and words[i - 1].fold in ("не", "ни", "ні")

    def _gerund(self, word: Word) -> bool:
        if "GRND" in self.lemmatizer.tags(word.text):
            return True
        return word.fold.endswith(_GERUND_ENDINGS[self.language])

    def _future(self, words: list[Word], i: int) -> bool:
        """Speech still to come ("Песков заявит", "повідомлятиме", "будет сообщать"): no report yet."""
        word = words[i]
        if "futr" in self.lemmatizer.tags(word.text) or word.fold.endswith(("тиме", "тимуть")):
            return True
        return i > 0 and words[i - 1].lemma in ("быть", "бути") and words[i - 1].fold not in (
            "был", "была", "было", "были", "був", "була", "було", "були") and self._infinitive(word)

    def _infinitive(self, word: Word) -> bool:
        tags = self.lemmatizer.tags(word.text)
        if tags:
            # "Все экстренные службы предупреждены": a passive participle's subject was told, it tells nothing
            return "INFN" in tags or "PRTF" in tags or ("PRTS" in tags and "neut" not in tags)
        return word.fold == word.lemma and word.fold.endswith(_INFINITIVE_ENDINGS[self.language])

    def clause_start(self, words: list[Word], i: int) -> int:
        """Index of the first word of the clause the word at ``i`` stands in; a parenthetical set off by commas
        ("Песков, в свою очередь, заявил") does not end the clause."""
        return self.clause_start_and_asides(words, i)[0]

    def clause_start_and_asides(self, words: list[Word], i: int) -> tuple[int, list[tuple[int, int]]]:
        """The clause's first word, as ``clause_start``, and the asides opened by a gerund that the clause goes on
        over (first word, comma after it): "Трамп, принимая в Овальном кабинете российского дипломата, сообщил" - no
        speaker stands in them."""
        k, asides = i, []
        while True:
            while k > 0 and words[k - 1].text not in CLAUSE_MARKS and words[k - 1].fold not in self.subordinators:
                k -= 1
            skipped = self._parenthetical_before(words, k)
            if skipped is not None and words[skipped].text == "," and opens_participial(
                    words, skipped + 1, self.lemmatizer, self.prepositions):
                asides.append((skipped, k))  # "Иван Лапин, возглавлявший департамент, заявил": not the department
            if skipped is None:
                skipped = _date_aside_before(words, k)  # "Хинштейн в среду, 4 марта, сообщил"
            if skipped is None:
                skipped = self.relative_before(words, k)
                if skipped is not None:
                    asides.append((skipped, k))  # "Міністр, з яким поспілкувалося видання, повідомив": not the outlet
            if skipped is None:
                skipped = self._gerund_aside_before(words, k)
                if skipped is None:
                    skipped = self._citing_aside_before(words, k)
                if skipped is not None:
                    asides.append((skipped, k))
            if skipped is None:
                return k, asides
            k = skipped

    def _gerund_aside_before(self, words: list[Word], k: int) -> int | None:
        """Where the clause resumes before an aside opened by a gerund that ends at ``k`` (after its comma):
        "Бусаргин, записав для жителей области видеообращение, заявил"."""
        def opens(j: int) -> bool:
            opener = words[j + 1]
            # (a gerund of saying too, with what it comments on and no words said: "Песков, комментируя слова
            # президента Франции, заявил")
            return j >= 1 and words[j - 1].is_word and opener.is_word and not opener.upper and self._gerund(opener) \
                and (opener.lemma not in self.verbs or opener.lemma in self.clause_only or not any(
                    w.fold in self.subordinators or w.text in QUOTES or w.text == ":" for w in words[j + 2:k]))
        return _aside_before(words, k, GERUND_ASIDE_WORDS, opens)

    def _citing_aside_before(self, words: list[Word], k: int) -> int | None:
        """Where the clause resumes before an aside naming whom the subject cites: "Суспільне, з посиланням на
        джерела, написало", and with its closing comma left out, "Місцеві медіа, з посиланням на джерела написали"."""
        def opens(j: int) -> bool:
            """Does the citing phrase start after the comma at ``j``, a subject with no verb before it?"""
            return _ends_word(words[j - 1]) and not self._has_verb(words, j) \
                and bool(self.citing.match(words, j + 1, self.citing_fillers))
        if k >= 2 and words[k - 1].text == "," and opens(k - 1):
            return k - 1  # the aside's closing comma left out: the clause resumes at its opening comma
        return _aside_before(words, k, CITING_ASIDE_WORDS, opens)

    def relative_before(self, words: list[Word], k: int) -> int | None:
        """Where the clause resumes before a relative clause about its subject that ends at ``k`` (after its comma):
        "Источники, которые попросили не называть их имен, уточнили"."""
        def relative(word: Word) -> bool:
            return word.lemma in self.relatives or word.fold in self.relatives

        def opens(j: int) -> bool:
            # "Міністр, з яким поспілкувалося видання, повідомив": the relative may follow its preposition
            opener = words[j + 1]
            after_preposition = opener.fold in _RELATIVE_PREPOSITIONS and j + 2 < len(words) and relative(words[j + 2])
            # "У ДСНС, де показали відео, уточнили": where the body is, told of between it and its verb
            placed = opener.fold in self.place_relatives and j >= 2 and words[j - 1].upper \
                and words[j - 2].fold in IN_WORDS
            return words[j - 1].is_word and (relative(opener) or after_preposition or placed) \
                and not self._has_verb(words, j)
        return _aside_before(words, k, RELATIVE_WORDS, opens)

    def _has_verb(self, words: list[Word], j: int) -> bool:
        """Does a verb stand in the clause before ``j`` ("уничтожили дрон, который ...": the relative clause is about
        an object, not a subject)?"""
        k = j - 1
        while k >= 0 and words[k].text not in CLAUSE_MARKS:
            word = words[k]
            tags = self.lemmatizer.tags(word.text)
            if (tags & _VERB_TAGS) if tags else (word.is_word and not word.upper and word.lemma.endswith(_VERB_LEMMAS)):
                return True
            k -= 1
        return False

    def _appositive_before(self, words: list[Word], k: int) -> int | None:
        """Where the clause resumes before a role in apposition to a name ending at ``k`` (after its comma):
        "Андрій Коваль, генеральний директор «Мережі Поділля», заявив"."""
        if k < 4 or words[k - 1].text != ",":
            return None
        end = k - 1  # the comma closing the role phrase
        for _ in range(APPOSITIVE_ROLES):
            # "Сергій Болвінов, заступник начальника ГУНП в області, керівник слідчого управління, заявив": roles
            # listed one after another, each set off by commas, all describe the name before the first.
            j = next((j for j in range(end - 1, max(0, end - APPOSITIVE_WORDS - 1), -1) if words[j].text == ","), None)
            if j is None:
                return None
            content = [w for w in words[j + 1:end] if w.is_word]
            if not any(self.appositive_heads.has(w) for w in content[:3]) or any(w.lemma in self.verbs for w in content) \
                    or self._ends_named(content):
                return None
            before = next((i for i in range(j - 1, max(-1, j - APPOSITIVE_WORDS - 1), -1) if words[i].text == ","), None)
            earlier_role = before is not None and self._opens_with_role([w for w in words[before + 1:j] if w.is_word])
            if not earlier_role and j > 0 and words[j - 1].is_word and words[j - 1].upper and not words[j - 1].caps:
                return j  # the name, not a body closing the role before ("депутат Госдумы, член комитета")
            end = j
        return None

    def _name_after_role_before(self, words: list[Word], k: int) -> int | None:
        """Where the clause resumes before a name in apposition to a role, ending at ``k`` (after its comma):
        "Другой депутат, Семён Ковалёв, дополнил" - the name is the subject's."""
        if k < 5 or words[k - 1].text != ",":
            return None
        j = next((j for j in range(k - 2, max(0, k - 5), -1) if words[j].text == ","), None)
        if j is None or j < 1:
            return None
        name = words[j + 1:k - 1]
        role = [w for w in words[max(0, j - 3):j] if w.is_word]
        if 2 <= len(name) <= 3 and all(w.is_word and w.upper and not w.caps for w in name) \
                and role and not role[-1].upper and any(self.role_heads.has(w) for w in role):
            return j
        return None

    def _opens_with_role(self, content: list[Word]) -> bool:
        """Does a phrase between commas open with a role ("заступник начальника ...", "генеральний директор ...")?"""
        return any(self.role_heads.has(w) for w in content[:3])

    def _ends_named(self, content: list[Word]) -> bool:
        """Does a role phrase end with a person's first name and surname ("народний депутат України, перший
        заступник голови комітету Ярослав Железняк, пише ...")? Then it names the subject, not a role in apposition
        to a name before it."""
        if len(content) < 3 or not all(w.upper and not w.caps for w in content[-2:]):
            return False
        first = content[-2]
        return first.fold in self.first_names or "Name" in self.lemmatizer.tags(first.text)

    def _parenthetical_before(self, words: list[Word], k: int) -> int | None:
        """Where the clause resumes before ", в свою очередь," when such a phrase ends at ``k`` (after its comma), or
        before an abbreviation in brackets after a name ("В пожарно-спасательной службе (VUGD) подтвердили")."""
        if k >= 3 and words[k - 1].text == ")":
            # "В службе (VUGD) подтвердили", "после победы над ЦСКА (2:0) отметил": a short aside in brackets
            opening = next((j for j in range(k - 2, max(-1, k - 8), -1) if words[j].text == "("), None)
            if opening is not None and opening > 0 and not any(
                    w.lemma in self.verbs or w.text in _SENTENCE_ENDS or w.text in DASHES
                    for w in words[opening + 1:k - 1]):
                return opening
        appositive = self._appositive_before(words, k)
        if appositive is not None:
            return appositive
        named = self._name_after_role_before(words, k)
        if named is not None:
            return named
        if k < 3 or words[k - 1].text != ",":
            return None
        for j in range(k - 2, max(-1, k - PARTICIPIAL_WORDS - 2), -1):
            if words[j].text == "," and j > 0 and words[j - 1].is_word and opens_participial(
                    words, j + 1, self.lemmatizer, self.prepositions):
                # "Собеседники газеты, знакомые с деталями этой истории, настаивают": a participial phrase
                # after the subject.
                return j
            if words[j].text == "," and j < k - 6:
                return None
            if words[j].text == ",":
                length = self.parentheticals.match(words, j + 1)
                # The phrase follows a name that may be the subject ("Зеленський, своєю чергою, оголосив"), not a
                # place after a preposition ("в Москве, в свою очередь, заявил Песков").
                named = j > 0 and words[j - 1].is_word and words[j - 1].upper and not (
                    j > 1 and words[j - 2].fold in self.prepositions)
                if length == k - 2 - j and named:
                    return j
                return None
            if not words[j].is_word and words[j].text not in QUOTES:
                return None  # quotation marks around a name inside the phrase ("близкий к «Северинвесту»") go on
        return None

    def clause_end(self, words: list[Word], i: int) -> int:
        """Index just past the last word of the clause the word at ``i`` stands in."""
        k = i + 1
        while True:
            while k < len(words) and words[k].text not in CLAUSE_MARKS and words[k].fold not in self.subordinators:
                k += 1
            after = _date_aside(words, k) or _bracketed_abbreviation(words, k)
            if after is None:
                return k
            k = after  # "повідомив у четвер, 30 червня, журнал Der Spiegel": a date set off by commas

    def _verb_first(self, words: list[Word], i: int) -> bool:
        """Does the verb open its clause, so that its subject follows ("..., – написал Бочаров")?"""
        start = self.clause_start(words, i)
        before = [w for w in words[start:i] if w.is_word]
        if not before:
            return True
        if any(w.fold in self.as_words for w in before):
            return True
        return self._points_back(words, i)

    def _points_back(self, words: list[Word], i: int) -> bool:
        """Does a phrase such as "об этом" or "про це", or a speech object pointed at ("Такий прогноз"), stand
        in the verb's clause, before it?"""
        start = self.clause_start(words, i)
        if any(self.back.match(words, k) for k in range(start, i)):
            return True
        opening = next((k for k, w in enumerate(words) if w.is_word), None)
        if opening is not None and opening < start and self.back.match(words, opening) and not any(
                w.lemma in self.verbs for w in words[opening:i]):
            return True  # "Об этом, ссылаясь на рассказ жительницы, пишет ...": an aside between the pointer and its verb
        if self._opening_pointer(words, i):
            return True  # "На это указал министр": pointing back only when it opens the sentence
        return self._pointed([w for w in words[start:i] if w.is_word])

    def _opening_pointer(self, words: list[Word], i: int) -> bool:
        """Does a pointer that opens the sentence stand for what the verb reports ("На это указал министр")?"""
        opening = next((k for k, w in enumerate(words) if w.is_word), None)
        return opening is not None and opening < i and bool(self.opening_back.match(words, opening)) and not any(
            w.lemma in self.verbs for w in words[opening:i])

    def _pointed_in_clause(self, words: list[Word], i: int) -> bool:
        """Is all of the clause before the word a speech object pointed at ("Такие данные приводит ...")?"""
        return self._pointed([w for w in words[self.clause_start(words, i):i] if w.is_word])

    def _pointed(self, named: list[Word]) -> bool:
        """Are the words a pointing word and a speech object ("Такий прогноз", "Эта информация")?"""
        return len(named) == 2 and named[0].fold in self.pointing_words and self._is_speech_object(named[1])
