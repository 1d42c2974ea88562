"""Source mentions in Russian and Ukrainian sentences, and the sources they stand for.

Without a parser, a mention is found by what it is made of:

- a name of the registry, in any case form (matched on word stems: "Минобороны России", "Міноборони РФ");
- an unnamed source: a head noun such as "источники", "очевидці", "місцеві мешканці", with the words it
  carries ("джерела в Міноборони", "жителей Алчевска", "джерело РБК-Україна");
- a role ("губернатор Курской области", "голова ОВА"), with the person's name when it follows;
- a personal name (capitalised words, or lower-case ones the Russian dictionary knows as names);
- a pronoun ("он", "вони", "по его словам"), or a noun for someone's words ("в сообщении").

An :class:`ArticleState` then turns mentions into :class:`~attribution.models.Source` objects and keeps
what the article has named so far, so that "он", "відомство" and "губернатора" find who they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ..models import Source, SourceKind
from ..names import normalize
from ..registry import RegistryEntry, SourceRegistry
from .lexicon import CyrillicRules
from .morph import Lemmatizer
from .persons import PersonNames
from .text import fold, has_cyrillic, name_key, slug, stem
from .text import words as text_words
from .words import (ADJECTIVE_LEMMA_ENDINGS, DASHES, DOMAIN, IN_WORDS, PLURAL_ENDINGS, QUOTES, PhraseSet, Word, WordSet,
                    opens_participial)

MentionKind = Literal["registry", "anonymous", "role", "name", "pronoun", "utterance", "own", "outlet", "branch"]
# The longest name looked up in the registry, in words.
MAX_NAME_WORDS = 7
CONJUNCTIONS = frozenset({"и", "і", "й", "та", "а также", "или", "або", "чи"})
# Words after which an unnamed source stands in the dative and still speaks ("согласно источникам").
_DATIVE_PREPOSITIONS = frozenset({"согласно", "згідно", "по"})
ANONYMITY_REACH = 6  # words after an unnamed role within which "on condition of anonymity" describes it
# Adjective endings (lemma or form): such a word before a noun belongs to its phrase ("местные жители").
_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ій|ої|ого|ому|им|ими|"
                        r"их|ою|ею|і|ом|ем|ім|ська|ський|ське|ські|ская|ский|ское|ские)$")
_SHORT_ADJECTIVE_ENDINGS = ("на", "ка", "ва", "не", "ке", "ве", "ня", "нє")
_OWN_WORDS = frozenset({"свой", "свій", "его", "ее", "её", "их", "його", "її", "їхній", "їх", "официальный", "офіційний"})
_POSSESSIVES = frozenset({"наш", "свій", "свой", "ваш"})
_INTENSIFIERS = frozenset({"сам", "самый", "самий"})  # "в самой мэрии": the body itself
# A capitalised adjective of a place ("Чернігівська", "Белгородской"): part of the body it qualifies.
_PLACE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:ий|ій|а|е|і|ого|ої|ому|ою|их|ими|им|ім|ая|ое|ие|ой|ую|ых|ым|ыми|ей|ом)$")
# A regional branch of a body: "УМВД России по Вологодской области", "ГУ ДСНС у Харківській області".
# Endings of nouns in the genitive singular or plural ("культури", "розвитку", "областей", "депутатів").
# The media with no word of their own ("по данным СМИ", "за даними ЗМІ"): after a named outlet spoke, that outlet.
_BARE_MEDIA = frozenset({"сми", "зми", "медиа", "медіа"})
_GENITIVE_ENDINGS = ("и", "і", "ї", "у", "ю", "ів", "їв", "ей")
_GENITIVE_ADJECTIVE_ENDINGS = ("ої", "ого", "ього", "их", "іх", "ьої")
_APOSTROPHES = frozenset("'’‘ʼ`")
_COUNTRY_GENITIVES = frozenset({"россии", "рф", "украины", "україни"})
_REGION_NOUNS = frozenset({"область", "области", "край", "краю", "республика", "республике", "округ", "округу",
                           "район", "району", "город", "городу", "області", "краї", "республіці", "місту", "місто"})
_REGION_WORDS = 4
BRANCH_BODY_WORDS = 5  # "Главное управление Следственного комитета" before "РФ по Москве"
# Tags of words that are no noun of an unnamed source, whatever stem they share with one ("неизвестно").
_NOT_NOUNS = frozenset({"ADVB", "PRED", "INFN", "VERB", "GRND"})
# Words that name a settlement before its name: "с. Гряниківка", "м. Вовчанськ", "селе Кемпир-Абад".
_SETTLEMENTS = frozenset({"с", "м", "смт", "г", "п", "пос", "пгт", "д", "село", "селі", "села", "селом", "місто",
                          "місті", "міста", "селище", "селищі", "селища", "город", "городе", "города", "поселок",
                          "поселке", "поселка", "деревня", "деревне", "деревни", "станица", "станице", "хутор"})


def _after_settlement(words: list[Word], i: int) -> bool:
    """Does a settlement's word or its abbreviation stand right before the word ("с. Гряниківка")?"""
    k = i - 1
    if k >= 0 and words[k].text == ".":
        k -= 1
    return k >= 0 and words[k].fold in _SETTLEMENTS and (words[k].fold not in ("с", "м", "г", "п", "д")
                                                           or words[k + 1].text == ".")

# Parts of a country or a town whose name follows in the genitive ("в окремих районах Нікополя", "в окрестностях Курска").
_AREA_NOUNS = frozenset({"район", "району", "районі", "районах", "районів", "района", "районе", "область", "області",
                         "областях", "области", "регіон", "регіоні", "регионе", "региона", "околиці", "околицях",
                         "окрестностях", "окрестности", "передмісті", "пригороде", "центрі", "центре", "громади",
                         "громаді", "громадах", "громад", "межах", "пределах", "районов", "регионах", "регіонах",
                         "городах", "містах", "селах", "населенных", "населених"})


def before_area(words: list[Word], i: int) -> bool:
    """Does a word for part of a country or a town, or a settlement, follow the word ("Липовій громаді",
    "Бериславському районі")? Then the word is its name, a place."""
    return i + 1 < len(words) and (words[i + 1].fold in _AREA_NOUNS or words[i + 1].fold in _SETTLEMENTS)


def _after_area(words: list[Word], i: int) -> bool:
    """Does a word for part of a country or a town stand right before the word ("районах Нікополя"), or open the
    list it is in after a colon ("в двух районах: Погарском и Стародубском")?"""
    if i > 0 and words[i - 1].fold in _AREA_NOUNS:
        return True
    k = i - 1
    while k > 0 and i - k <= _AREA_LIST_WORDS and (words[k].text in ",:" or words[k].fold in ("и", "і", "й", "та")
                                                   or (words[k].is_word and words[k].upper)):
        if words[k].text == ":" and words[k - 1].fold in _AREA_NOUNS:
            return True
        k -= 1
    return False


_AREA_LIST_WORDS = 8  # how far back in a list of places its colon may stand

# Numbers before a role that make it unnamed people ("два чиновника", "кілька посадовців").
_COUNTS = frozenset({"два", "две", "три", "четыре", "пять", "несколько", "двое", "трое", "четверо", "ряд",
                     "дві", "чотири", "п'ять", "кілька", "декілька", "двоє", "троє", "четверо", "п'яти", "пяти",
                     # a share or a group of them: "часть изданий утверждает", "група журналістів"
                     "часть", "частина", "большинство", "більшість", "половина", "группа", "група"})
# How many more words of a title may stand between its complement and the holder's name.
_TITLE_REACH = 10
COMPLEMENT_WORDS = 10  # "начальника сектору комунікацій головного управління національної поліції ..."
# "Кляйн также заявил": an adverb between a surname opening the sentence and its verb
_ADVERBS_BEFORE_VERB = frozenset({"также", "тоже", "еще", "ещё", "уже", "вновь", "снова", "опять", "ранее",
                                  "також", "теж", "ще", "вже", "знову", "раніше", "вкотре"})
_CYRILLIC_LETTER = re.compile(r"[а-яёіїєґ]")
# A capitalised word in Latin letters: a run of them in Cyrillic text is one foreign name.
_LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z&'’.-]*")
_VERB_TAGS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
_VERB_LEMMA_ENDINGS = ("ти", "тися", "ть", "ться", "чь", "чься")
# Without a dictionary's tags (the Ukrainian lookup lemmatizer): the suffix and ending of a relational adjective.
_ADJECTIVE_SUFFIX = re.compile(r"(?:ськ|цьк|зьк|ск|цк|н|ов|ев|ів|їв|ин|ач|уч|юч|ущ|ющ|ащ|ящ)(?:ий|ій|ый|ой|ая|яя|ое|ее|ые|"
                               r"ие|ых|их|ым|им|ого|его|ому|ему|ую|юю|ими|ыми|а|е|і|ої|ою|ею|у)$")
# Words that are capitalised only because they open a sentence or are common nouns in capitals.
_NOT_NAMES = frozenset({"ранее", "раніше", "сегодня", "сьогодні", "вчера", "вчора", "позднее", "пізніше", "также",
                        "також", "однако", "проте", "тем", "кроме", "крім", "об", "про", "по", "за", "как", "як", "в",
                        "у", "на", "при", "после", "після", "это", "це", "он", "она", "они", "він", "вона", "вони",
                        "ночью", "вночі", "уночі", "утром", "зранку", "днем", "вдень", "вечером", "ввечері",
                        "увечері", "согласно", "згідно", "всего", "усього", "всі", "все", "сам", "сама", "сами",
                        "мы", "ми", "я", "вы", "ви", "ти", "ты", "то", "так", "но", "але", "и", "і", "а", "еще", "ще",
                        "ещё", "потом", "потім", "затем", "згодом", "тогда", "тоді", "здесь", "тут", "там",
                        # sentence adverbs that open a sentence before a surname ("Натомість Верещук заявила")
                        "натомість", "водночас", "одночасно", "впрочем", "втім", "зокрема", "наразі", "сейчас",
                        "зараз", "нині", "ныне", "отже", "итак", "тому", "поэтому", "причому", "причем", "однак",
                        "щоправда", "зато", "зате", "также", "вместе", "разом", "тепер", "теперь", "пока", "поки",
                        "відтак", "следовательно", "наконец", "нарешті", "впоследствии", "згодом"})
# pymorphy3 grammemes of proper names of people, and of places (never a speaker by themselves).
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# Lower-case particles inside a person's name, always before a capitalised word ("Костянтин фон Ноц", "Урсула фон
# дер Ляєн", "Рамі ібн Халід")
_NAME_PARTICLES = frozenset({"фон", "дер", "ван", "де", "ді", "ди", "да", "дель", "ла", "ле", "дю", "ибн", "ібн",
                             "бен", "бін", "аль", "эль", "ель"})
# Particles that are also common words ("де" is "where", "да" is "yes"): inside a name only after a first name
_COMMON_PARTICLES = frozenset({"де", "да", "ла", "ле", "ди"})
# The endings of patronymics in any case: -ович/-евич/-йович, -овна/-евна/-івна/-ївна, -ична.
_PATRONYMIC = re.compile(r"(?:[оеє]вич|йович|[оеі]вн|ївн)(?:а|у|ем|ом|і|еві|ові|ы|ой|ою|е|ей|и|ів)?$")
_VOWEL_ENDINGS = frozenset("аяоеоіийь")
_PLACE_TAGS = frozenset({"Geox"})
# What makes a capitalised noun a name of its own: a person's, a place's, an organisation's, an abbreviation.
_NAMING_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})
# A regional body's abbreviation glued to a lower-case prefix ("облМЧС", "облГИБДД", "облДСНС", "горУВД").
_GLUED_ABBREVIATION = re.compile(r"(?:обл|гор|рай|міськ|город|край|респ)[А-ЯЁІЇЄҐ]{2,}")
# Parts of speech that are never a word of a name: adverbs, comparatives, conjunctions, particles, prepositions.
_FUNCTION_TAGS = frozenset({"ADVB", "COMP", "CONJ", "PRCL", "PREP", "INTJ"})
# A region named by its suffix, in any case ("Херсонщина", "на Харківщині", "Донеччину", "Брянщины"): a place,
# whatever dictionary there is.
# "Харківщина", "Запоріжжя", "Закарпаття", "Полісся": a region's name; no surname ends so.
_REGION_NAME = re.compile(r"(?:(?:щин|ччин)(?:а|и|і|у|ою|е|ой|ы)|(?:жж|чч|тт|сс|зз)(?:я|і|ю|ям))$")


@dataclass
class Mention:
    """Words of a sentence that may name a source."""

    first: int
    last: int  # index just past the last word
    start: int
    end: int
    kind: MentionKind
    text: str
    entry: RegistryEntry | None = None
    head: str = ""  # lemma of the role or unnamed-source noun, or of the pronoun
    name: tuple[int, int] | None = None  # words of a person's name inside a role phrase
    name_text: str = ""  # that name as written
    outlets: list[RegistryEntry] = field(default_factory=list)  # media named in an unnamed source's phrase
    outlet_span: tuple[int, int] | None = None  # offsets of that outlet's name
    inner: Mention | None = None  # the role an unnamed source belongs to ("источник издания")
    specific: bool = False  # a role with a named complement ("Штаб оборони Харкова"): not a back-reference
    plural: bool = False
    preposition: str = ""  # folded preposition right before the mention, if any
    role_kind: SourceKind | None = None
    affiliation: RegistryEntry | None = None  # the registry body an unnamed source is in ("источник в Минобороны")
    tentative: bool = False  # one capitalised word opening the sentence before a verb: a surname only if known
    unnamed_holder: bool = False  # a role whose holder goes unnamed, its complement a person ("адвокат Корнеева")
    profession: bool = False  # a profession alone ("— сказал певец"): only the person named with it, if any


# The shortest noun of a town's people read by its ending ("киянин"; not "пане").
DEMONYM_LETTERS = 6
# How many words may stand between the words of an office phrase ("голова Сумської обласної ОВА").
OFFICE_GAP = 2


class MentionFinder:
    """Find the mentions of one sentence's words."""

    def __init__(self, rules: CyrillicRules, registry: SourceRegistry, lemmatizer: Lemmatizer) -> None:
        d = rules.discourse
        self.lemmatizer = lemmatizer
        self.language = rules.language
        self.registry = registry
        # the registry's countries by id ("russia"): no press office or ministry of the article stands for one
        self.countries = frozenset(e.country.lower() for e in registry if e.country)
        # offices the registry gives its people in Russian or Ukrainian ("пресс-секретарь Кремля" for Peskov), by key
        self.registry_offices: dict[str, str] = {name_key(role): e.id for e in registry
                                                 if e.kind in ("person", "official") for role in e.roles
                                                 if has_cyrillic(role)}
        # one-word outlet names as the registry lists them ("Суспильне", "Фонтанка"): as written, in no case the
        # dictionary might guess for a word it does not know
        self._listed_outlets = frozenset(fold(n) for e in registry if e.kind == "media" for n in (e.name, *e.aliases)
                                         if len(n.split()) == 1 and has_cyrillic(n))
        self.country_back_nouns = frozenset(d.country_back_nouns)
        self.person_pronouns = frozenset(d.person_pronouns)
        self.place_pointers = frozenset(d.place_pointers)
        self.outlet_pointers = frozenset(d.outlet_pointers)
        self.group_pronouns = frozenset(d.group_pronouns)
        self.neuter_pronouns = frozenset(d.neuter_pronouns)
        self.member_heads = frozenset(d.member_heads)
        self.body_voices = frozenset(d.body_voices)
        self.acted_on_heads = frozenset(d.acted_on_heads)
        self.member_bodies = frozenset(d.member_bodies)
        self.member_body_stems = frozenset(name_key(b) for b in d.member_bodies)
        self.anonymous = WordSet(d.anonymous_heads)
        self.demonym_endings = tuple(fold(e) for e in d.demonym_endings)
        self.company_words = frozenset(fold(w) for w in d.company_words)
        self.closeness = WordSet(d.closeness_adjectives)
        self.time_words = frozenset(d.time_words)
        self._body_compounds = [re.compile(p) for p in d.body_compounds]
        self.descriptors = WordSet(d.descriptor_nouns)
        self.subunits = frozenset(d.subunit_nouns)
        self.complements = WordSet(d.complement_heads)
        self.prepositions = frozenset(d.prepositions)
        # The nouns of "according to" phrases ("за даними", "по словам"): a cue's word, never a source's adjective.
        self.cue_nouns = frozenset(phrase.split()[-1] for phrase in rules.cues.according_to)
        self.roles: dict[str, SourceKind] = {}
        self._role_phrases = PhraseSet(w for words in d.role_nouns.values() for w in words)
        self._citing = PhraseSet(rules.cues.citing)
        for kind, nouns in d.role_nouns.items():
            for noun in nouns:
                self.roles[noun] = kind
        self.utterances = WordSet(rules.cues.utterance_nouns)
        self.verbs = frozenset(rules.cues.reporting_verbs)
        self.quoting_verbs = frozenset(rules.cues.quoting_verbs)
        self.own_staff = frozenset(rules.cues.own_staff_nouns)
        self.voices = WordSet(d.voice_nouns)
        self.back_nouns = frozenset(d.back_nouns)
        self.person_back_nouns = frozenset(d.person_back_nouns)
        self.profession_stems = frozenset(name_key(p) for p in d.person_back_nouns)
        self.expert_stems = frozenset(name_key(p) for p in d.expert_nouns)
        self.title_stems = frozenset(name_key(noun) for noun, kind in self.roles.items() if kind in ("official", "person"))
        self.generic_titles = frozenset(d.generic_titles)
        # stems of synonymous role nouns, so that descriptions compare whichever noun named the office
        self.role_synonyms = {name_key(k): name_key(v) for k, v in d.role_synonyms.items()}
        self.surname_endings = tuple(fold(e) for e in d.surname_endings)
        # ... and of synonymous office phrases, longest first, in the words the role synonyms give
        self.office_phrases = sorted(((self.same_roles(name_key(k)), self.same_roles(name_key(v)))
                                      for k, v in d.office_phrases.items()), key=lambda kv: -len(kv[0].split()))
        self.unnamed_in_english = dict(d.unnamed_in_english)
        self.unnamed_adjectives = frozenset(d.unnamed_adjectives)
        self.first_names = frozenset(fold(n) for n in d.first_names)
        # The kinds of outlet that a name in Cyrillic after them names without quotation marks ("видання Політека");
        # after a channel or a public page, such a name is as often its owner's, in the genitive.
        self.print_outlets = frozenset({"издание", "видання", "агентство", "газета", "телеканал", "радиостанция",
                                        "радіостанція", "журнал", "сайт", "портал"})
        self._first_name_stems: dict[str, set[str]] = {}
        for name in self.first_names:
            stem = name[:-1] if len(name) > 4 and name[-1] in _VOWEL_ENDINGS else name
            self._first_name_stems.setdefault(stem[:3], set()).add(stem)
        self.non_speakers = frozenset(rules.cues.non_speaker_nouns)
        self.persons = PersonNames(d.name_paradigms, lemmatizer)
        self._keys: dict[str, str] = {}
        self._spans: list[tuple[int, int, RegistryEntry]] = []
        self._registry_id = id(registry), len(registry)
        self._index(registry)

    def reads_as_surname(self, word: Word) -> bool:
        """Is the capitalised word a surname: so the dictionary says, or, where it cannot tell, its ending does
        ("Федоров", "Кравчук") and it names no place ("Харьков")?"""
        tags = self.lemmatizer.tags(word.text)
        if tags:
            return "Surn" in tags and "nomn" in tags
        return word.fold.endswith(self.surname_endings) and not self.place_word(word) and len(word.fold) > 4

    def same_roles(self, key: str) -> str:
        """The stems with each synonymous role noun's as its synonym's ("глав" -> "голов")."""
        return " ".join(self.role_synonyms.get(word, word) for word in key.split())

    def same_offices(self, key: str) -> str:
        """The stems with synonymous role nouns and office phrases as their synonyms' ("глав регион" ->
        "губернатор", "глав минфин" -> "министр финанс")."""
        words = self.same_roles(key).split()
        for phrase, synonym in self.office_phrases:
            wanted = phrase.split()
            for k in range(len(words)):
                # the phrase's words in order, a region's adjective between them ("голова Сумської ОВА")
                found: list[int] = []
                at = k
                for word in wanted:
                    at = next((j for j in range(at, min(at + OFFICE_GAP + 1, len(words))) if words[j] == word), -1)
                    if at < 0 or (not found and at != k):
                        break
                    found.append(at)
                    at += 1
                if len(found) == len(wanted):
                    words = words[:k] + synonym.split() + [w for j, w in enumerate(words[k:found[-1] + 1], k)
                                                           if j not in found] + words[found[-1] + 1:]
                    break
        return " ".join(words)

    def _index(self, registry: SourceRegistry) -> None:
        """Index every name and alias of the registry by the stems of its words."""
        self._keys = {}
        for entry in registry:
            for name in (entry.name, *entry.aliases):
                key = name_key(name)
                if key and key not in self._keys:
                    self._keys[key] = entry.id
        self._registry_id = id(registry), len(registry)

    def _demonym(self, word: Word, opening: bool = False) -> str | None:
        """The lemma of a noun naming people by their town ("харьковчанка", "львів'янин"), or None; capitalised
        only opening the sentence."""
        if (word.upper and not opening) or not word.fold.endswith(self.demonym_endings) \
                or len(word.fold) < DEMONYM_LETTERS:
            return None
        tags = self.lemmatizer.tags(word.text)
        return word.lemma if not tags or "NOUN" in tags else None

    def nominative_name(self, name: str) -> str:
        """A one-word name in quotation marks as the nominative the dictionary knows («Северстали» ->
        "Северсталь"), so that every case of it gets one id; any other name as written."""
        if not name.isalpha() or not name[:1].isupper() or name.isupper():
            return name  # ("Сегодня.ua", "РБК-Україна", "ТАСС": as written)
        cases = self.lemmatizer.cases(name)
        if not cases or "nomn" in cases or "NOUN" not in self.lemmatizer.tags(name):
            return name
        lemma = self.lemmatizer.lemma(name)
        return lemma[:1].upper() + lemma[1:] if lemma[:3] == name[:3].lower() else name

    def lookup(self, words: list[Word], first: int, last: int) -> RegistryEntry | None:
        """The registry entry the words name, by stems first, then by the registry's own (fuzzy) lookup."""
        if (id(self.registry), len(self.registry)) != self._registry_id:
            self._index(self.registry)
        key = " ".join(stem(part) for w in words[first:last] if w.is_word for part in re.split(r"[-‐‑]", w.text)
                       if part)
        entry_id = self._keys.get(key)
        if entry_id is not None:
            return self.registry.get(entry_id)
        return None

    # -- finding --------------------------------------------------------------------------------------

    def find(self, words: list[Word], quoted: list[bool], own: tuple[str, ...] = ()) -> list[Mention]:
        """Mentions in the words, left to right, without overlaps; words inside speech (``quoted``) are skipped.

        ``own`` are the outlet's own names: where one stands, it is one mention ("Патріоти України").
        """
        taken = [False] * len(words)
        found: list[Mention] = []

        def claim(mention: Mention) -> None:
            for k in range(mention.first, mention.last):
                taken[k] = True
            found.append(mention)

        for first, last in self._own_spans(words, own):
            claim(self._make(words, first, last, "own"))

        for i in range(len(words)):
            branch = None if taken[i] or quoted[i] else self._branch(words, i)
            if branch is not None:
                # "УМВД России по Вологодской области", "ГУ МЧС по Московской области": a body's regional branch,
                # a source of its own, not the country or the ministry named inside it.
                claim(self._make(words, self._body_before_state(words, i, taken), branch, "branch"))
            elif not taken[i] and not quoted[i] and _GLUED_ABBREVIATION.fullmatch(words[i].text):
                # "облМЧС", "облДСНС": a regional body's abbreviation glued to its prefix, a branch of the state
                claim(self._make(words, i, i + 1, "branch"))
        # "Про це повідомляють “Новини України – НСН”": a body named inside a quoted name is part of that name
        names_in_marks = [n for k, w in enumerate(words) if w.text in "«„\"“" and not quoted[k]
                          for n in [self._quoted_name(words, k)] if n is not None]
        registry_spans = [(f, l, e) for f, l, e in self._registry_spans(words, quoted) if not any(taken[f:l])
                          and not any(a < f and l <= b for a, b in names_in_marks)]  # («Суспільне Рівне» is Суспільне)
        named = {k for first, last, _ in registry_spans for k in range(first, last)}
        for i, word in enumerate(words):
            if i not in named and not taken[i] and not quoted[i] and word.is_word and DOMAIN.fullmatch(word.text):
                # "сообщает vc.ru": a site named by its address is an outlet, the registry's if it knows the address
                entry = self.registry.lookup(word.text)
                if entry is not None and normalize(word.text) in {normalize(n) for n in (entry.name, *entry.aliases)}:
                    claim(self._make(words, i, i + 1, "registry", entry=entry))
                    continue
                outlet = self._make(words, i, i + 1, "outlet")
                outlet.name_text = word.text
                claim(outlet)

        titled = self._titled_outlet(words, quoted, taken, named)
        if titled is not None:
            claim(titled)

        self._spans = registry_spans
        for i, word in enumerate(words):
            if taken[i] or quoted[i] or not word.is_word or i in named:
                continue
            if self.voices.has(word) and i + 1 < len(words) and taken[i + 1] and any(
                    m.kind == "branch" and m.first == i + 1 for m in found):
                continue  # "в пресс-службе облМЧС": the branch after the press office speaks through it
            mention = self._unnamed(words, i, quoted, registry_spans) or self._role(words, i, quoted, registry_spans)
            if mention is not None and mention.kind == "anonymous" and mention.outlet_span is not None:
                # "джерела Інформатора в СБУ": the outlet's own name inside an unnamed source's mention.
                inside = [m for m in found if m.kind == "own" and mention.first <= m.first and m.last <= mention.last]
                for m in inside:
                    found.remove(m)
                    for k in range(m.first, m.last):
                        taken[k] = False
            if mention is not None and mention.kind == "anonymous" and mention.first == i and i + 2 < len(words) \
                    and words[i + 1].fold in IN_WORDS:
                # "Источник в ГУ МВД по Курской области": where the unnamed source is, a branch named inside it
                inside = [m for m in found if m.kind == "branch" and m.first == i + 2 and m.first < mention.last]
                for m in inside:
                    found.remove(m)
                    for k in range(m.first, m.last):
                        taken[k] = False
                    mention.last, mention.end = max(mention.last, m.last), max(mention.end, m.end)
            if mention is not None and not any(taken[mention.first:mention.last]):
                claim(mention)
        for first, last, entry in registry_spans:
            if not any(taken[first:last]):
                first = self._with_descriptor(words, first)
                claim(self._make(words, first, last, "registry", entry=entry))
        for i, word in enumerate(words):
            if taken[i] or quoted[i] or not word.is_word:
                continue
            if word.fold in self.person_pronouns or word.fold in self.group_pronouns or word.fold in self.neuter_pronouns:
                mention = self._make(words, i, i + 1, "pronoun", head=word.fold)
                mention.plural = word.fold in self.group_pronouns
                claim(mention)
            elif self.utterances.has(word) and self._after_in(words, i):
                # "в сообщении", "в своем заявлении", "в опубликованном обращении"
                claim(self._make(words, i, i + 1, "utterance", head=self.utterances.entry(word) or word.lemma))
        in_quotes = _inside_quotes(words)
        for i, word in enumerate(words):
            if taken[i] or quoted[i] or not word.is_word or in_quotes[i]:
                continue  # a capitalised word in quotation marks names a thing («Сновський край», «Ураган»)
            body = self._abbreviated_body(words, i, quoted, taken)
            if body is not None:
                # "ПЦ «Вясна»", "ООО «Ромашка»", "ПАТ «Укрнафта»": a body's type abbreviated, its name in quotation marks
                mention = self._make(words, i, body[1] + 1, "name")
                mention.name_text = " ".join(w.text for w in words[body[0]:body[1]])
                claim(mention)
                continue
            if self._lone_profession(words, i):
                # "— сказал певец", "Актриса сообщила": a profession alone stands for the person named with it
                # (in an oblique case, the object of "по словам", it is whoever was just named, by any profession)
                claim(self._make(words, self._adjectives_before(words, i), i + 1, "anonymous", head=word.lemma,
                                 profession=word.fold == word.lemma))
                continue
            span = self._name(words, i, quoted, taken)
            if span is not None and span[1] - span[0] == 1 and words[i].caps and words[i].lemma in self.subunits \
                    and span[1] < len(words) and taken[span[1]]:
                continue  # "в ГУ МЧС": the main directorate of a known body, which speaks
            if span is not None:
                first, last = span
                found_entry = self.lookup(words, first, last) or self._fuzzy(words, first, last)
                claim(self._make(words, first, last, "registry" if found_entry else "name", entry=found_entry))
            elif self._surname_opening(words, i):
                # "Кривонос додав, що ...": a surname alone opening the sentence, if the article named the person
                claim(self._make(words, i, i + 1, "name", tentative=True))
        found.sort(key=lambda m: m.first)
        return found

    def _lone_profession(self, words: list[Word], i: int) -> bool:
        """Is the word a profession standing alone: no name, no genitive and no adjective of its own after it
        ("сказал певец.", "Актриса сообщила", not "певец Иван Петров" or "тренер сборной")?"""
        word = words[i]
        if word.lemma in self.person_back_nouns and word.fold != word.lemma and "plur" not in self.lemmatizer.tags(
                word.text):
            k = i - 1
            while k > 0 and words[k].is_word and self._adjective(words[k]):
                k -= 1
            # "по словам (заслуженной) артистки", "за словами співачки": the one whose words they are, named by
            # the profession she was named with (not "по данным блогера Кирилла Ясеневича": a name follows)
            following = words[i + 1] if i + 1 < len(words) else None
            return k >= 0 and (words[k].fold in self.cue_nouns or words[k].lemma in self.cue_nouns) and (
                following is None or not following.is_word or not following.upper)
        if word.lemma not in self.person_back_nouns or word.fold != word.lemma:
            return False  # the nominative singular only: "Экономисты ожидали" are others, unnamed
        if i > 0 and words[i - 1].is_word and (self._adjective(words[i - 1]) or words[i - 1].upper):
            return False  # "главный тренер", "украинский политолог": a description, not the bare profession
        following = words[i + 1] if i + 1 < len(words) else None
        return following is None or not following.is_word or (
            not following.upper and (following.lemma in self.verbs or following.fold in self.verbs))

    def _branch(self, words: list[Word], i: int) -> int | None:
        """The end of a regional branch's name opening at ``i``: abbreviations in capitals, the country's name, then
        "по" and the region ("УМВД России по Вологодской области", "ГУ МЧС по Москве"), or None."""
        if not (words[i].caps and words[i].is_word) or (i > 0 and words[i - 1].caps and words[i - 1].is_word):
            return None
        k = i + 1
        while k < len(words) and words[k].caps and words[k].is_word:
            k += 1
        if k < len(words) and words[k].fold in _COUNTRY_GENITIVES:
            k += 1
        if k >= len(words) or words[k].fold not in ("по", "у", "в"):
            return None
        reach = words[k + 1:k + 1 + _REGION_WORDS]
        end = next((k + 1 + n for n, w in enumerate(reach) if not w.is_word), k + 1 + len(reach))
        region = next((j for j in range(k + 1, end) if words[j].lemma in _REGION_NOUNS or words[j].fold in _REGION_NOUNS),
                      None)
        if region is not None:
            return region + 1
        # "ГУ МВД по Москве": a city's name (after "у"/"в" a place is only where the body is named from)
        return k + 2 if words[k].fold == "по" and k + 1 < end and words[k + 1].upper else None

    def _body_before_state(self, words: list[Word], i: int, taken: list[bool]) -> int:
        """Where a branch's name starts when it opens with its state ("Главное управление Следственного комитета РФ
        по Москве"): the body's words before the state, from the first capitalised one."""
        if words[i].fold not in _COUNTRY_GENITIVES:
            return i
        k = i
        while k > 0 and i - k < BRANCH_BODY_WORDS and words[k - 1].is_word and not taken[k - 1] \
                and words[k - 1].fold not in self.prepositions and words[k - 1].fold not in IN_WORDS \
                and words[k - 1].lemma not in self.verbs:
            k -= 1
        return next((j for j in range(k, i) if words[j].upper), i)

    def _after_in(self, words: list[Word], i: int) -> bool:
        """Does "в"/"у" stand before the word, with only adjectives or "свой"/"свій" between?"""
        k = i - 1
        while k >= 0 and (self._adjective(words[k]) or words[k].lemma in _OWN_WORDS or words[k].fold in _OWN_WORDS):
            k -= 1
        return k >= 0 and words[k].fold in IN_WORDS

    @staticmethod
    def _own_spans(words: list[Word], own: tuple[str, ...]) -> list[tuple[int, int]]:
        spans = []
        for brand in own:
            parts = [stem(p) for p in re.split(r"[-‐‑\s]+", brand) if p]
            if not parts or not any(has_cyrillic(p) or len(p) > 2 for p in parts):
                continue
            stems = [w.stem for w in words]
            for i in range(len(words) - len(parts) + 1):
                if stems[i:i + len(parts)] == parts and all(w.is_word for w in words[i:i + len(parts)]):
                    spans.append((i, i + len(parts)))
        return spans

    def _make(self, words: list[Word], first: int, last: int, kind: MentionKind, **extra) -> Mention:
        # Quotation marks around a name belong to the mention («Суспільне»).
        start, end = words[first].start, words[last - 1].end
        before = words[first - 1].fold if first and words[first - 1].is_word else ""
        if first and words[first - 1].text in QUOTES and first >= 2 and words[first - 2].is_word:
            before = words[first - 2].fold
        if before not in IN_WORDS and kind == "registry" and self._after_in(words, first):
            before = next(w.fold for w in words[first - 1::-1] if w.fold in IN_WORDS)  # "в региональном минздраве"
        if before not in IN_WORDS and kind in ("registry", "branch") and first >= 2 and self.voices.has(words[first - 1]) \
                and words[first - 2].fold in IN_WORDS:
            before = words[first - 2].fold  # "в пресс-службе ГУ МВД по Челябинской области": the body speaks there
        if before not in IN_WORDS and before not in self.prepositions:
            # "на російському ТБ": a preposition before the name's adjectives still governs it
            k = first - 1
            while k >= 0 and self._adjective(words[k]):
                k -= 1
            if k < first - 1 and k >= 0 and (words[k].fold in self.prepositions or words[k].fold in IN_WORDS):
                before = words[k].fold
        mention = Mention(first, last, start, end, kind, "", preposition=before if (
            before in self.prepositions or before in IN_WORDS) else "", **extra)
        return mention

    def _registry_spans(self, words: list[Word], quoted: list[bool]) -> list[tuple[int, int, RegistryEntry]]:
        """Longest registry names, left to right, over runs of words (quotation marks around them allowed)."""
        spans: list[tuple[int, int, RegistryEntry]] = []
        i = 0
        while i < len(words):
            if not words[i].is_word or quoted[i]:
                i += 1
                continue
            hit = None
            last = i
            while last < len(words) and last - i < MAX_NAME_WORDS and words[last].is_word and not quoted[last]:
                last += 1
            run = i
            while run < len(words) and _LATIN_NAME_WORD.fullmatch(words[run].text):
                run += 1
            if run - i >= 2 and self.lookup(words, i, run) is None:
                i = run  # "The Moscow Times", "Wall Street Journal": one foreign name, no registry name inside it
                continue
            for end in range(last, i, -1):
                entry = self.lookup(words, i, end)
                if entry is not None:
                    hit = (i, end, entry)
                    break
            if hit is not None and hit[1] - hit[0] == 1 and hit[2].kind in ("person", "official") and i > 0 \
                    and words[i - 1].upper and self.first_name(words[i - 1]):
                hit = None  # "Юлія Ігнат" is not the Ігнат of the registry: another first name, another person
            if hit is not None and hit[2].kind == "media" and all(
                    w.text.isalpha() and w.text.islower() and _CYRILLIC_LETTER.search(w.text)
                    for w in words[hit[0]:hit[1]]):
                # "Центр громадського здоров'я" is no Громадське: an outlet's Cyrillic name is written capitalised
                # (a Latin brand may not be: "hromadske"; nor one with a number: "24 канал")
                hit = None
            if hit is not None and self._another_states(words, hit):
                hit = None  # "МЧС Кыргызстана" is not Russia's МЧС: the body of the state named after it
            named = self._quoted_name(words, hit[1]) if hit is not None and hit[1] - hit[0] == 1 and words[i].caps else None
            if named is not None and hit is not None and self.registry.lookup(" ".join(
                    w.text for w in [words[i], *words[named[0]:named[1]]])) is not hit[2]:
                # "РИА «Новый День»", "ИА «Регнум»": the agency named in quotation marks, not the abbreviation's
                # ("РИА «Новости»" is still RIA Novosti)
                hit = None
            if hit is not None:
                abbreviation = self._abbreviation_after(words, hit)
                if abbreviation is not None:
                    # "Державна прикордонна служба (ДПСУ) України": its abbreviation in brackets is part of the name
                    hit = (hit[0], abbreviation, hit[2])
                if spans and spans[-1][1] == hit[0] and hit[2].kind == "government" and spans[-1][2].kind != "media":
                    # "ГУР МО Украины", "Посольство России": a body and the state it belongs to are one name.
                    spans[-1] = (spans[-1][0], hit[1], spans[-1][2])
                else:
                    spans.append(hit)
                i = hit[1]
            else:
                i += 1
        return spans

    def _abbreviation_after(self, words: list[Word], hit: tuple[int, int, RegistryEntry]) -> int | None:
        """Where a body's name ends when its own abbreviation follows it in brackets ("... служба (ДПСУ)")."""
        first, last, entry = hit
        if last + 2 < len(words) and words[last].text == "(" and words[last + 2].text == ")" \
                and words[last + 1].caps and self.lookup(words, last + 1, last + 2) is entry:
            return last + 3
        return None

    def _another_states(self, words: list[Word], hit: tuple[int, int, RegistryEntry]) -> bool:
        """Is the registry body followed by another state in the genitive than its own ("МЧС Кыргызстана", when
        the registry knows "МЧС России")?"""
        first, last, entry = hit
        if last >= len(words) or entry.kind not in ("government", "military") or not words[last].upper:
            return False
        state = words[last]
        tags = self.lemmatizer.tags(state.text)
        if "Geox" not in tags or "gent" not in tags:
            return False
        body = " ".join(w.text for w in words[first:last]).casefold()
        own = [a.casefold() for a in entry.aliases if a.casefold().startswith(body + " ")]
        return bool(own) and self.lookup(words, first, last + 1) is None

    def _with_descriptor(self, words: list[Word], first: int) -> int:
        """Take in a descriptor before a name: "Telegram-канал Shot", "издание «Суспільне»", or a body's type
        abbreviated before its name in quotation marks ("ИА «Регнум»")."""
        k = first - 1
        quoted_name = k >= 0 and words[k].text in QUOTES
        if quoted_name:
            k -= 1
        if k >= 0 and (self.descriptors.has(words[k]) or quoted_name and words[k].caps and 2 <= len(words[k].text) <= 5
                       and not any(f <= k < l for f, l, _ in self._spans)):
            return k
        return first

    def _named_body_after(self, words: list[Word], i: int, quoted: list[bool],
                          registry_spans: list[tuple[int, int, RegistryEntry]]) -> bool:
        """Is a body named right after the word (a registry name or a Latin one), maybe after a noun of what it is
        ("проекта DeepState")?"""
        if i + 1 < len(words) and any(f == i + 1 for f, _, _ in registry_spans):
            return True  # "аналітики Інституту вивчення війни": the body's name opens with a noun of what it is
        j = i + 1
        if j < len(words) and words[j].lemma in self.member_bodies:
            j += 1
        if j >= len(words) or quoted[j]:
            return False
        return any(f == j for f, _, _ in registry_spans) or bool(_LATIN_NAME_WORD.fullmatch(words[j].text))

    def _unnamed(self, words: list[Word], i: int, quoted: list[bool],
                 registry_spans: list[tuple[int, int, RegistryEntry]]) -> Mention | None:
        """"источники в Минобороны", "місцеві мешканці", "джерело РБК-Україна", "моніторингові канали"."""
        word = words[i]
        head = self.anonymous.entry(word) or self._demonym(word, not any(w.is_word for w in words[:i]))
        if head is None or word.fold in self.time_words:
            return None
        if self.lemmatizer.tags(word.text) & _NOT_NOUNS:
            return None  # "неизвестно" shares its stem with "неизвестный", but says that nobody knows
        if self.descriptors.has(word) and i and (words[i - 1].fold in IN_WORDS or (
                i > 1 and words[i - 2].fold in IN_WORDS and self._adjective(words[i - 1]))):
            return None  # "у телеграм-каналі", "у своєму телеграм-каналі": where something was written, not who
        if i + 1 < len(words) and self.anonymous.has(words[i + 1]):
            return None  # "местных жителей": the noun after the adjective heads the phrase
        if self.descriptors.has(word) and i and words[i - 1].is_word and words[i - 1].lemma not in self.cue_nouns \
                and "NOUN" in self.lemmatizer.tags(words[i - 1].text) and self._genitive_only(word):
            return None  # "Создатель канала Олег Рябов": the channel completes the noun before it, it says nothing
        if self.descriptors.has(word) and (self._quoted_name(words, i + 1) is not None or (i + 1 < len(words) and (
                any(f == i + 1 for f, _, _ in registry_spans) or _LATIN_NAME_WORD.fullmatch(words[i + 1].text)))):
            return None  # "телеграм-канал «Голос Каменки»", "телеграм-канал Rybar": a named channel, not an unnamed one
        if word.lemma in self.member_heads and self._named_body_after(words, i, quoted, registry_spans):
            return None  # "Аналитики ISW отмечают": the body they speak for, named after them, is the source
        first = self._adjectives_before(words, i)
        last = i + 1
        if self.dative_only(word) and not (i and words[i - 1].fold in _DATIVE_PREPOSITIONS):
            # "сообщила журналистам руководитель ...": the people told, whose phrase ends with them
            told = self._make(words, first, last, "anonymous", head=head)
            told.plural = self._plural(word)
            return told
        outlets: list[RegistryEntry] = []
        outlet_span = None
        affiliation = None
        # What the noun carries: a body after "в"/"у"/"из"/"з", a name, or a genitive phrase.
        k = last
        if k < len(words) and words[k].fold in {"в", "у", "во", "из", "з", "із", "зі", "из"} and not (
                words[k].fold in IN_WORDS and self.dative_only(word)):
            # (not "заявили журналистам в Минобороны": the body after "в" tells the people told)
            k += 1
        entry_here = next(((f, l, e) for f, l, e in registry_spans if f == k or (
            k < len(words) and words[k].text in QUOTES and f == k + 1)), None)
        if entry_here is not None:
            f, l, e = entry_here
            last = l + (1 if l < len(words) and words[l].text in QUOTES else 0)
            if e.kind != "media" and k > i + 1:
                affiliation = e
            if e.kind == "media" and k == i + 1:
                outlets.append(e)
                outlet_span = (words[f].start, words[l - 1].end)
                # "Источник Mash в силовых структурах": where the source is, after the outlet it spoke to.
                if last < len(words) and words[last].fold in {"в", "у", "во", "из", "з", "із", "зі"}:
                    placed = next(((pf, pl, pe) for pf, pl, pe in registry_spans if pf == last + 1
                                   and pe.kind != "media"), None)
                    if placed is not None:
                        affiliation = placed[2]
                    last = max(last, self._noun_phrase_end(words, last + 1, quoted),
                               placed[1] if placed is not None else 0)
        elif k == i + 1 and (named := self._quoted_name(words, k)) is not None:
            # "Источник «МБХ медиа»": an outlet outside the registry, named in quotation marks.
            last = named[1] + 1
            outlet_span = (words[named[0]].start, words[named[1] - 1].end)
            if last < len(words) and words[last].fold in {"в", "у", "во", "из", "з", "із", "зі"}:
                last = max(last, self._noun_phrase_end(words, last + 1, quoted))
        elif k == i + 1 and (run := self._outlet_before_place(words, k, quoted)) is not None:
            # "джерела Інформатора в СБУ", "источник Mash в силовых структурах": the outlet the source spoke to,
            # then where the source is.
            outlet_span = (words[k].start, words[run - 1].end)
            last = max(run + 1, self._noun_phrase_end(words, run + 1, quoted))
            body_at = next(((f, l, e) for f, l, e in registry_spans if f == run + 1 and e.kind != "media"), None)
            if body_at is not None:
                affiliation, last = body_at[2], max(last, body_at[1])
        else:
            inner = self._role(words, k, quoted, registry_spans) if k == i + 1 and k < len(words) else None
            if inner is not None:
                last = inner.last  # "источник издания", "джерело в уряді": the body the source is in
            else:
                stop = self._complement_end(words, k, quoted)
                if stop == k and k > i + 1:
                    stop = self._noun_phrase_end(words, k, quoted)  # "источник в силовых структурах"
                if stop > k:
                    last = stop
        if last == i + 1 and last + 2 < len(words) and words[last].text == "," and opens_participial(
                words, last + 1, self.lemmatizer, self.prepositions):
            # "Источник, близкий к Белому дому, утверждает": the phrase says which source; not the one before.
            end = next((j for j in range(last + 1, min(len(words), last + 12)) if words[j].text in ",.;:!?"), None)
            closeness = self.closeness.has(words[last + 1])
            if end is None and len(words) <= last + 12 and closeness:
                end = len(words)
            if end is not None and (words[end].text == "," if end < len(words) else False) or (
                    closeness and end is not None and (end == len(words) or words[end].text in ".;!?")):
                # "рассказали три источника, близкие к Минфину.": closeness to a body closes the sentence too
                last = end
        if not outlets and outlet_span is None and last + 1 < len(words) and not quoted[last] \
                and self.first_name(words[last]) and self._name_starts(words, last) \
                and not any(words[j].fold in IN_WORDS for j in range(i + 1, last)):
            # "аналітик паливного ринку Ярослав Мельничук": a person named, whom the name decides (not the one
            # named inside where the source is: "источник в администрации губернатора Александра Усса")
            return None
        if first == i and i + 2 < len(words) and not quoted[i + 1] and self.first_name(words[i + 1]) \
                and self._name_starts(words, i + 1):
            return None  # "аналитик Олег Смирнов в комментарии ТАСС": the person named right after the noun
        descriptor = self.descriptors.has(word)
        if descriptor and first == i and (last == i + 1 or words[i + 1].lemma in self.roles):
            # "канал" alone describes a named channel; only "місцеві канали" is a source ("у коментарі медіа
            # очільник громади": the one commented to, before the speaker)
            return None
        if descriptor and last < len(words) and (words[last].upper or words[last].text in QUOTES):
            return None  # "канал Shot": a named channel
        if descriptor and first == i and i + 1 < len(words) and not quoted[i + 1] and words[i + 1].upper \
                and words[i + 1].is_word:
            return None  # "канал Труха": the name after the descriptor, which the complement took in
        # "Місцеві медіа з посиланням на джерела": whom an unnamed source cites is not where it is
        last = next((j for j in range(i + 1, last) if self._citing.match(words, j)), last)
        # "звернувся до мешканців мер Харкова Ігор Терехов": a title in the nominative opens the next mention
        last = next((j for j in range(i + 1, last) if self.roles.get(words[j].lemma) == "official"
                     and words[j].fold == words[j].lemma and not quoted[j]), last)
        mention = self._make(words, first, last, "anonymous", head=head, outlets=outlets,
                             outlet_span=outlet_span)
        mention.plural = self._plural(word)
        mention.affiliation = affiliation
        if entry_here is None and k == i + 1 and last > k:
            mention.inner = self._role(words, k, quoted, registry_spans)
        return mention

    def _outlet_before_place(self, words: list[Word], k: int, quoted: list[bool]) -> int | None:
        """The end of one or two capitalised words at ``k`` that "в"/"у" follows: an outlet's name between an
        unnamed source and the place it is in; None if the words are no such name."""
        end = k
        while end < len(words) and end - k < 2 and words[end].is_word and words[end].upper and not quoted[end] \
                and words[end].fold not in _NOT_NAMES:
            end += 1
        if end == k or end + 1 >= len(words) or words[end].fold not in {"в", "у", "во"}:
            return None
        return end if words[end + 1].is_word else None

    def _marked_body(self, words: list[Word], k: int) -> int | None:
        """The word after a body's noun phrase in scare quotes opening at ``k`` ("“виборчої комісії”"): lower-case
        words, a complement noun among them; None if the quotation is no such phrase."""
        for j in range(k + 1, min(len(words), k + 6)):
            if words[j].text in "»\"”“":
                inner = words[k + 1:j]
                if inner and all(w.is_word and not w.upper for w in inner) and any(
                        self.complements.has(w) or w.lemma in self.roles for w in inner):
                    return j + 1
                return None
            if not words[j].is_word:
                return None
        return None

    @staticmethod
    def _quoted_name(words: list[Word], k: int) -> tuple[int, int] | None:
        """A capitalised name in quotation marks opening at ``k``: (first word, the closing mark's index)."""
        if k >= len(words) or words[k].text not in "«„\"“":
            return None
        for j in range(k + 1, min(len(words), k + 7)):
            if words[j].text in "»\"”“":
                inner = [w for w in words[k + 1:j] if w.is_word]
                return (k + 1, j) if inner and (inner[0].upper or inner[0].text[0].isdigit()) else None
            if not (words[j].is_word or words[j].text in "-.&+–—"):
                return None
        return None

    def _noun_phrase_end(self, words: list[Word], k: int, quoted: list[bool]) -> int:
        """Where a noun phrase after a preposition ends: its adjectives, its noun, then a genitive complement."""
        j = k
        while j < len(words) and not quoted[j] and self._adjective(words[j]):
            j += 1
        if j < len(words) and words[j].is_word and not quoted[j] and words[j].fold not in self.prepositions and (
                words[j].fold not in IN_WORDS and words[j].lemma not in self.verbs):
            return self._complement_end(words, j + 1, quoted)
        return k

    def _adjectives_before(self, words: list[Word], i: int) -> int:
        """Take in the lower-case adjectives before a noun: "местные жители", "російського відомства"."""
        first = i
        # "– переконаний експерт": an adjective that voices a conviction is the tag's verb, not the noun's
        while first > 0 and words[first - 1].fold not in self.time_words and words[first - 1].lemma not in self.verbs \
                and (self._adjective(words[first - 1]) or self._opening_adjective(words, first - 1)
                             or _PLACE_ADJECTIVE.search(words[first - 1].fold) and words[first - 1].upper
                             and not words[first - 1].caps or self._name_adjective(words[first - 1])):
            if first >= 2 and words[first - 2].text == "," and "PRTF" in self.lemmatizer.tags(words[first - 1].text):
                break  # "Иван Лапин, возглавлявший департамент,": a participle after a comma governs the noun
            first -= 1  # "Чернігівська ОВА", "Одеська обласна прокуратура": a region's adjective names the body
        return first

    def _name_adjective(self, word: Word) -> bool:
        """A capitalised adjective that opens a body's official name ("Государственная полиция", "Національна
        гвардія"): the whole name is the mention."""
        return word.upper and not word.caps and word.lemma not in self.unnamed_adjectives and self._adjective(
            replace(word, text=word.text.lower()))

    def adjective_or_name_adjective(self, word: Word) -> bool:
        """An adjective, lower-case or capitalised ("Київському", "обласному")."""
        return self._adjective(word) or self._name_adjective(word)

    def _opening_adjective(self, words: list[Word], k: int) -> bool:
        """An adjective capitalised only because it opens the sentence ("Моніторингові канали писали")."""
        word = words[k]
        if not word.upper or word.caps or any(w.is_word for w in words[:k]):
            return False
        if word.lemma in self.unnamed_adjectives or word.fold in self.unnamed_adjectives:
            return False  # "Неназванный сотрудник": what makes the source unnamed is no part of what it is
        lower = replace(word, text=word.text.lower())
        return self._adjective(lower)

    def describe(self, words: list[Word]) -> str:
        """The canonical description of an unnamed source or a role: its words' lemmas, an adjective always in
        the same form ("моніторингові канали", "моніторингових каналів" -> "моніторинговий канал")."""
        # whose sources they are is the outlet's, not part of what they are; "в самой мэрии" too
        kept = [w for w in words if w.is_word and w.lemma not in _POSSESSIVES and w.lemma not in _INTENSIFIERS]
        adjectives = [self._adjective(w) or (w.upper and not w.caps and self._adjective(replace(w, text=w.text.lower())))
                      for w in kept]
        # The head is the first noun, not a Latin word inside a compound ("местные Telegram-каналы").
        head = next((k for k, adjective in enumerate(adjectives) if not adjective and not kept[k].text.isascii()
                     and "LATN" not in self.lemmatizer.tags(kept[k].text)), None)
        parts = []
        for k, word in enumerate(kept):
            if head is not None and k > head and adjectives[k] and self._describes_head(kept, adjectives, k):
                # "джерела, знайомі з ситуацією": an adjective after its noun agrees with it too
                parts.append(self.lemmatizer.agree(word.text, kept[head].text) or word.lemma)
                continue
            if head is not None and k > head:
                # What follows the head ("администрации округа", "в Минобороны") does not change with its case:
                # kept as written, so that the description reads as the article's words.
                parts.append(word.text if word.upper else word.fold)
                continue
            lemma = word.text if word.caps else word.lemma  # an abbreviation is no word to lemmatize ("ОК")
            if k == head and not word.caps and lemma not in self.anonymous:
                lemma = self.anonymous.entry(word) or lemma  # "енергетики" is "енергетик", never "енергетика"
            if adjectives[k]:
                # An adjective agrees with its noun ("местная жительница", not "местный жительница").
                agreed = self.lemmatizer.agree(word.text, kept[head].text) if head is not None else None
                if agreed is not None:
                    lemma = agreed
                elif not lemma.endswith(ADJECTIVE_LEMMA_ENDINGS):
                    lemma = _ADJECTIVE.sub("", word.fold) + ("ий" if self.language == "uk" else "ый")
            parts.append(lemma)
        return " ".join(parts)

    def _describes_head(self, kept: list[Word], adjectives: list[bool], k: int) -> bool:
        """Does the adjective at k, after the head noun, describe the head (the next word not an adjective is a
        preposition, or none) rather than a noun of its own after it ("сотрудник местной полиции")?"""
        following = next((w for w, adjective in zip(kept[k + 1:], adjectives[k + 1:]) if not adjective), None)
        return following is None or following.fold in self.prepositions

    def _genitive_by_ending(self, word: Word) -> bool:
        """Without a dictionary (Ukrainian): a noun whose form is not its lemma and ends as a genitive does
        ("культури", "розвитку", "охорони")."""
        if self.lemmatizer.tags(word.text) or not word.is_word or word.fold == word.lemma \
                or word.fold in self.prepositions or word.fold in IN_WORDS or word.lemma in self.verbs:
            return False
        return word.fold.endswith(_GENITIVE_ENDINGS) and not word.lemma.endswith(("ти", "тися", "ться"))

    def _adjective(self, word: Word) -> bool:
        """A lower-case adjective: its form has an adjective ending and so does its lemma (if it has one); without a
        dictionary, a Ukrainian one's nominative in "-а"/"-е" too ("Генеральна прокуратура", "податкова служба")."""
        if word.is_word and word.lemma in _POSSESSIVES:
            return True  # "наших джерел", "Наши источники": part of the mention, as the outlet writes it
        if not word.is_word or word.upper or word.fold in self.prepositions or word.fold in IN_WORDS:
            return False
        if word.fold in self.person_pronouns or word.fold in self.group_pronouns or word.fold in self.neuter_pronouns:
            return False
        if word.fold in self.cue_nouns or word.lemma in self.cue_nouns:
            return False
        tags = self.lemmatizer.tags(word.text)
        if not _ADJECTIVE.search(word.fold):
            # without a dictionary, a Ukrainian adjective's short forms ("генеральна", "військове") by their lemma
            return not tags and word.fold.endswith(_SHORT_ADJECTIVE_ENDINGS) and word.fold != word.lemma \
                and word.lemma.endswith(("ний", "ський", "цький", "зький", "овий", "евий", "ий")) \
                and len(word.fold) > 4
        if tags:
            return "ADJF" in tags or "PRTF" in tags
        return word.lemma.endswith(ADJECTIVE_LEMMA_ENDINGS) or bool(_ADJECTIVE_SUFFIX.search(word.fold))

    def _not_genitive(self, word: Word) -> bool:
        cases = self.lemmatizer.cases(word.text)
        return bool(cases) and "gent" not in cases

    def _genitive_only(self, word: Word) -> bool:
        cases = self.lemmatizer.cases(word.text)
        return "gent" in cases and not cases & {"nomn", "accs"}

    def dative_only(self, word: Word) -> bool:
        """Is the word, by the dictionary, in the dative and in no case a complement takes ("Интерфаксу")?"""
        if self.listed_outlet(word):
            return False
        cases = self.lemmatizer.cases(word.text)
        return "datv" in cases and not cases & {"gent", "nomn"}

    def listed_outlet(self, word: Word) -> bool:
        """Is the word an outlet's one-word name as the registry lists it ("Суспильне"), whatever case it looks?"""
        return word.upper and word.fold in self._listed_outlets

    def told_outlet(self, word: Word) -> bool:
        """An outlet's noun in the dative ("агентству", "изданию", "виданню"): the outlet someone told."""
        if word.lemma not in self.outlet_pointers or word.fold == word.lemma:
            return False
        cases = self.lemmatizer.cases(word.text)
        return "datv" in cases and not cases & {"gent", "nomn"} if cases else word.fold.endswith(("у", "ю", "ові"))

    def _complement_end(self, words: list[Word], k: int, quoted: list[bool]) -> int:
        """Where a genitive complement ends: capitalised words, or adjectives up to a complement noun."""
        j = k
        last = k
        while j < len(words) and j - k < COMPLEMENT_WORDS:
            named = self._quoted_name(words, j) if words[j].text in QUOTES else None
            if named is not None and self._not_genitive(words[named[0]]) and not (
                    named[1] + 1 < len(words) and words[named[1] + 1].upper):
                # "сообщил адвокат «Интерфаксу»", "цитирует адвоката «Интерфакс»": the outlet told or quoting, no
                # complement of the role (which is in the genitive: "пресс-секретарь «Роснефти»")
                break
            if named is not None:
                # "засновник «Східного репортера» Ігор Лозинський": an outlet or body named in quotation marks
                j = last = named[1] + 1
                continue
            marked = self._marked_body(words, j) if words[j].text in QUOTES else None
            if marked is not None:
                # "голова “виборчої комісії” області Ольга Бондар": an occupation body in scare quotes
                j = last = marked
                continue
            if words[j].text in _APOSTROPHES and j > k and j + 1 < len(words) and words[j].start == words[j - 1].end \
                    and words[j + 1].start == words[j].end:
                j += 1  # "здоров‘я": an apostrophe inside a word
                continue
            if _ORDINAL.fullmatch(words[j].text) and not quoted[j] and j + 1 < len(words) and words[j + 1].is_word:
                j += 1  # "47-ї бригади", "3-го батальона": a number in digits as the adjective before its noun
                continue
            if not words[j].is_word or quoted[j]:
                if words[j].text == "№" and not quoted[j]:
                    holder = self._holder_ahead(words, j, quoted)  # "начальника сектору №1 ... Олег Бойко"
                    return holder if holder is not None else last
                break
            w = words[j]
            if self._name_starts(words, j):
                break  # "губернатор Курской области Александр Хинштейн": the name is not the complement
            if self.told_outlet(w):
                break  # "джерело в поліції агентству Укрінформ": the outlet told, no complement
            if (w.lemma in self.roles or self._role_phrases.entry(w)) and self._nominative_only(w):
                break  # "цитирует тренера пресс-служба лиги": a role in the nominative is the next subject
            if self.complements.has(w) or w.lemma in self.roles or self._role_phrases.entry(w):
                last = j + 1  # "области", "министра обороны", "президента РФ"
            elif w.upper and w.fold not in _NOT_NAMES and not self._is_place_word(w):
                last = j + 1
            elif w.upper and self._is_place_word(w):
                last = j + 1
            elif self._adjective(w):
                pass  # may lead up to a complement noun
            elif not w.upper and {"NOUN", "gent"} <= self.lemmatizer.tags(w.text):
                last = j + 1  # "начальник управления", "заступник директора": any noun in the genitive
            elif not w.upper and self._genitive_by_ending(w) and not (
                    j > k and self._adjective(words[j - 1]) and not words[j - 1].fold.endswith(_GENITIVE_ADJECTIVE_ENDINGS)):
                # "в Міністерстві культури", "соціальної політики", with no dictionary: a noun the lemma shows
                # inflected (not "потрібні документи": the adjective before it is no genitive)
                last = j + 1
            else:
                holder = self._holder_ahead(words, j, quoted)
                return holder if holder is not None else last
            j += 1
        return last

    def _holder_ahead(self, words: list[Word], j: int, quoted: list[bool]) -> int | None:
        """Where the office-holder's name starts when a few more words of the title stand before it: "заместитель
        постпреда России при ООН Дмитрий Полянский", "речник угрупування військ «Хортиця» Віктор Трегубов"."""
        k, seen = j, 0
        while k < len(words) and seen < _TITLE_REACH:
            seen += 1
            named = self._quoted_name(words, k) if words[k].text in QUOTES else None
            if named is not None:
                k = named[1] + 1
                continue
            word = words[k]
            if word.text in _APOSTROPHES or word.text == "№" or word.text.isdecimal():
                k += 1  # "охорони здоров‘я", "сектору №1": an apostrophe inside a word, a unit's number
                continue
            if word.fold in CONJUNCTIONS and k + 1 < len(words) and words[k + 1].is_word and not words[k + 1].upper \
                    and not quoted[k + 1] and words[k + 1].lemma not in self.roles \
                    and not self._role_phrases.entry(words[k + 1]) and not self._verb_like(words[k + 1]):
                k += 1  # "заступник міністра освіти і науки Олег Коваль": two words of one title joined
                continue
            if not word.is_word or quoted[k] or self._verb_like(word) or word.fold in CONJUNCTIONS:
                return None  # "канали та керівника Центру ... Андрія Коваленка": another source, not this one's holder
            if self._name_starts(words, k):
                return k
            k += 1
        return None

    def _verb_like(self, word: Word) -> bool:
        tags = self.lemmatizer.tags(word.text)
        if tags:
            return bool(tags & _VERB_TAGS)
        # "області" (lemma "область") ends as a Russian infinitive does: a complement noun is no verb
        return not word.upper and word.lemma.endswith(_VERB_LEMMA_ENDINGS) and not self.complements.has(word)

    def _name_starts(self, words: list[Word], j: int) -> bool:
        """Does a person's name start here: a registry person, a word the dictionary knows as a first name or
        surname, or two capitalised words (not abbreviations) in a row?"""
        tags = self.lemmatizer.tags(words[j].text)
        if tags & _PERSON_TAGS and words[j].upper:
            return True
        if tags & _PLACE_TAGS:
            return False
        for f, l, e in self._spans:
            if f <= j < l:
                return f == j and e.kind in ("person", "official")

        def capital(k: int) -> bool:
            return (k < len(words) and words[k].is_word and words[k].upper and not words[k].caps
                    and words[k].fold not in _NOT_NAMES)

        if capital(j) and capital(j + 1) and not capital(j + 2) and self.first_name(words[j]):
            return True  # "голова Верховної Ради Дмитро Разумков": a first name opens the pair
        if capital(j) and j + 1 < len(words) and self._name_particle(words, j + 1):
            return True  # "депутат Костянтин фон Ноц": a particle inside the name
        if capital(j) and capital(j + 1) and not capital(j + 2) and not tags \
                and not self.lemmatizer.whole_word(words[j].text) and not self.lemmatizer.whole_word(words[j + 1].text):
            return True  # "заступниця речника Пентагону Дженніфер Лоу": a foreign name, two words no dictionary knows
        # Two capitalised words, not three ("мер Харкова Ігор Терехов": the name is the last two).
        return capital(j) and capital(j + 1) and not capital(j + 2) and not (j > 0 and capital(j - 1))

    def _titled_outlet(self, words: list[Word], quoted: list[bool], taken: list[bool], named: set[int]) -> Mention | None:
        """"..., – повідомляє Житомирська правда.": a capitalised adjective and a lower-case noun closing the sentence
        after the verb of its tag are a title, an outlet's name (a person is named by two capitalised words, a body
        by a lower-case noun or an abbreviation)."""
        end = len(words)
        while end and not words[end - 1].is_word and words[end - 1].text in ".!?…»\"”":
            end -= 1
        first = end - 2
        if first < 2 or words[first - 2].text not in (",", "-", "–", "—") or words[first - 1].lemma not in self.verbs:
            return None
        adjective, noun = words[first], words[first + 1]
        if any(taken[k] or quoted[k] or k in named for k in (first, first + 1)) or not adjective.upper \
                or adjective.caps or noun.upper or not noun.is_word or not self.adjective_or_name_adjective(adjective) \
                or self.adjective_or_name_adjective(noun) or noun.lemma in self.roles or self.anonymous.has(noun):
            return None
        outlet = self._make(words, first, first + 2, "outlet")
        outlet.name_text = f"{adjective.text} {noun.text}"
        return outlet

    def first_name(self, word: Word) -> bool:
        """Is the word a common first name, in the nominative or a case form of it ("Дмитро", "Дмитра")?"""
        folded = word.fold
        if folded in self.first_names:
            return True
        # A case form keeps the name's stem and changes at most its last letters ("Олега", "Ірини", "Дмитром").
        return any(folded[:len(stem)] == stem and len(folded) - len(stem) <= 3
                   for stem in self._first_name_stems.get(folded[:3], ()))

    def _named_outlet(self, words: list[Word], i: int,
                      registry_spans: list[tuple[int, int, RegistryEntry]]) -> Mention | None:
        """"сайт «Подмосковье сегодня»", "паблик «Омский курьер»": a kind of outlet that is no role noun, named in
        quotation marks (outside the registry) right after it."""
        if not self.descriptors.has(words[i]) or self._after_in(words, i) or i + 1 >= len(words):
            return None
        named = self._quoted_name(words, i + 1) if words[i + 1].text in QUOTES else None
        if named is None or any(f == named[0] for f, _, _ in registry_spans):
            return None
        mention = self._make(words, self._adjectives_before(words, i), named[1] + 1, "outlet")
        mention.name_text = " ".join(w.text for w in words[named[0]:named[1]])
        mention.end = words[named[1]].end
        return mention

    def _bare_outlet_name(self, words: list[Word], k: int, head: str) -> tuple[int, int] | None:
        """The outlet's name right after a kind of outlet, without quotation marks: a run of capitalised words
        in Latin letters or a site's address after any of them ("канал Rybar", "издание VL.ru"); in Cyrillic only
        after a publishing noun ("видання Політека"), and never a first name ("канал Владимира Соловьева" is the
        owner's)."""
        end = k
        while end < len(words) and end - k < 3 and words[end].upper and words[end].is_word:
            end += 1
        if end == k or (end - k == 1 and len(words[k].text) == 1):
            return None  # "в соцсети Х": a network by its letter, where something was posted, is no outlet speaking
        names = words[k:end]
        if all(_LATIN_NAME_WORD.fullmatch(w.text) for w in names):
            return k, end
        if any(w.fold in self.first_names or "Name" in self.lemmatizer.tags(w.text) for w in names):
            return None
        if head not in self.print_outlets and not (len(names) == 1 and self.nominative_form(names[0])):
            return None  # "канал Труха" names the channel; "канал Минобороны" is the ministry's
        return k, end

    def _nominative_only(self, word: Word) -> bool:
        """Is the word in the nominative and in no oblique case, by the dictionary ("пресс-служба", not "службы")?"""
        cases = self.lemmatizer.cases(word.text)
        return bool(cases) and "nomn" in cases and not cases & {"gent", "datv", "ablt", "loct"}

    def nominative_form(self, word: Word) -> bool:
        """The word in the nominative: by the dictionary's cases, or without one by its being its own lemma."""
        tags = self.lemmatizer.tags(word.text)
        return "nomn" in tags if tags else word.fold == word.lemma

    def _role(self, words: list[Word], i: int, quoted: list[bool],
              registry_spans: list[tuple[int, int, RegistryEntry]]) -> Mention | None:
        """"губернатор Курской области Александр Хинштейн", "відомство", "мэр столицы Сергей Собянин"."""
        length = self._role_phrases.match(words, i)
        if not length:
            return self._named_outlet(words, i, registry_spans)
        if self.descriptors.has(words[i]) and self._after_in(words, i):
            return None  # "в телеграм-канале", "у своєму телеграм-каналі": where something was written, not who
        head = " ".join(w.lemma for w in words[i:i + length] if w.is_word)
        if length == 1:
            head = self._role_phrases.entry(words[i]) or head
        kind = self.roles.get(head) or self.roles.get(words[i].lemma) or self.roles.get(words[i].fold)
        first, last = self._adjectives_before(words, i), i + length
        for f, l, _ in registry_spans:
            if first < l <= i:
                first = l  # "В ефірі Суспільного голова ОВА ...": a registry name in the genitive is no adjective of the role
        named = self._quoted_name(words, last)
        if named is not None and (kind == "media" or self.descriptors.has(words[i])) and not any(
                f == named[0] for f, _, _ in registry_spans):
            # "издание «Проект»", "телеканал «Акме»": an outlet outside the registry, named in quotation marks.
            mention = self._make(words, first, named[1] + 1, "outlet")
            mention.name_text = " ".join(w.text for w in words[named[0]:named[1]])
            mention.end = words[named[1]].end
            return mention
        if named is not None and kind == "organization" and length == 1 and words[i].fold == words[i].lemma and not any(
                f == named[0] for f, _, _ in registry_spans):
            # "Компания «Северсталь»", "компанія «Нова пошта»": a company outside the registry, by its quoted name
            mention = self._make(words, first, named[1] + 1, "name")
            mention.name_text = " ".join(w.text for w in words[named[0]:named[1]])
            return mention
        bare = self._bare_outlet_name(words, last, head) if named is None and kind == "media" else None
        if bare is not None and not any(f == bare[0] for f, _, _ in registry_spans):
            # "издание VL.ru", "видання Політека": an outlet outside the registry, named without quotation marks.
            mention = self._make(words, first, bare[1], "outlet")
            mention.name_text = " ".join(w.text for w in words[bare[0]:bare[1]])
            mention.end = words[bare[1] - 1].end
            return mention
        # A role before a registry name is that name's ("министр обороны Белоусов"): the name decides.
        stop = self._complement_end(words, last, quoted)
        # "пресс-служба Аэрофлота со ссылкой на директора ...": whom the role cites is no part of it
        stop = next((j for j in range(last, stop) if self._citing.match(words, j)), stop)
        outlet_after = next((f for f, l, e in registry_spans if last < f < stop and l == stop and e.kind == "media"
                             and not words[f - 1].text in QUOTES), None)
        if outlet_after is None and first > 0 and words[first - 1].lemma in self.quoting_verbs:
            # "цитирует губернатора РИА Новости": the one quoted, then the outlet that quotes (no governor of RIA)
            outlet_after = next((f for f, l, e in registry_spans if f == last and e.kind == "media"
                                 and words[f].upper), None)
        if outlet_after is not None and kind != "media":
            stop = outlet_after  # "цитирует главного тренера сборной Tribuna": the outlet after the title quotes him
        else:
            outlet_after = None
        name_span = None
        j = stop
        registry_at = next(((f, l, e) for f, l, e in registry_spans if last <= f <= max(stop, last + 1)
                            and f != outlet_after), None)
        if self.voices.has(words[i]) and last < len(words) and registry_at is None:
            inner = self._role(words, last, quoted, registry_spans)
            if inner is not None:
                # "пресс-служба ведомства": the body the press office speaks for.
                inner.first = i
                inner.start = words[i].start
                return inner
        holder = self._person_name(words, registry_at[1], quoted) if registry_at is not None and registry_at[2].kind in (
            "person", "official") and registry_at[1] < len(words) else None
        if holder is not None and not (holder[1] - holder[0] >= 2 or self.lookup(words, *holder) is not None):
            holder = None
        if registry_at is not None and registry_at[0] in (last, last + 1) and holder is None and (
                self.voices.has(words[i]) or self.descriptors.has(words[i])):
            if self.voices.has(words[i]):
                # "пресс-служба Минобороны", "прес-служба ДСНС": the body speaks through its press office.
                return self._make(words, i, registry_at[1], "registry", entry=registry_at[2])
            return None  # "издание Baza": the name decides
        if registry_at is not None and words[i].lemma in self.subunits and registry_at[2].kind not in ("person", "official"):
            return None  # "Главное управление МВД": the known body speaks, its unit named before it
        if registry_at is not None and registry_at[2].kind in ("person", "official"):
            # "речник Путіна Дмитро Пєсков", "помощник Трампа Стивен Миллер": a person named right after the first is
            # the office's holder, the first its complement
            name_span = holder or (registry_at[0], registry_at[1])
            last = name_span[1]
        else:
            if registry_at is not None and registry_at[0] == last:
                # "глава Минобороны", "речник Повітряних сил": a body's officer; the body is part of the role, and
                # so is the place after it ("керівник Нацполіції Житомирської області Олег Стецюк").
                stop = j = self._complement_end(words, registry_at[1], quoted) if registry_at[1] < len(words) \
                    else registry_at[1]
                stop = j = max(stop, registry_at[1])
            last = stop
            person = self._person_name(words, j, quoted) if stop != outlet_after else None
            if person is not None:
                name_span = person
                last = person[1]
        mention = self._make(words, first, last, "role", head=head, name=name_span)
        if name_span is not None:
            mention.name_text = " ".join(w.text for w in words[name_span[0]:name_span[1]])
        mention.role_kind = kind
        # A complement with a proper name or a registry body makes the role a particular one.
        end_of_role = name_span[0] if name_span is not None else last
        mention.specific = any(w.upper and w.is_word for w in words[i + length:end_of_role]) or any(
            w.upper and w.is_word for w in words[first:i]) or (
            registry_at is not None and registry_at[0] < end_of_role)
        mention.plural = self._plural(words[i]) and name_span is None  # a named holder is one person
        return mention

    def _person_name(self, words: list[Word], j: int, quoted: list[bool]) -> tuple[int, int] | None:
        """One to three words of a person's name at ``j``: capitalised, or known to the dictionary as names."""
        k = j
        particles = 0
        while k < len(words) and k - j - particles < 3 and words[k].is_word and not quoted[k] \
                and not (k > j and self._outlet_at(k)) and (k == j or has_cyrillic(words[k].text)
                                                            or not has_cyrillic(words[j].text)):
            # (a Latin word after a Cyrillic name is no part of it: "мэр Курска Игорь Куцак Telegram")
            particle = k > j and self._name_particle(words, k, quoted=quoted)
            if not (particle or (words[k].upper and not words[k].caps and words[k].fold not in _NOT_NAMES)
                    or self.lemmatizer.tags(words[k].text) & _PERSON_TAGS):
                break
            particles += particle
            k += 1
        return (j, k) if k > j else None

    def _name(self, words: list[Word], i: int, quoted: list[bool], taken: list[bool]) -> tuple[int, int] | None:
        """A run of capitalised words that may be a person or a body not in the registry."""
        word = words[i]
        if word.fold in _NOT_NAMES or word.lemma in self.non_speakers or self.descriptors.has(word):
            return None
        if len(word.text) == 1 and not (i + 2 < len(words) and words[i + 1].text == "." and words[i + 2].upper):
            return None  # "в соцсети Х": a letter alone names no one (an initial has its stop and a name after it)
        if word.fold in self.prepositions or word.fold in IN_WORDS:
            return None  # "З Олегом Петренком говорили ...": a preposition capitalised to open the sentence
        if word.lemma in self.verbs:
            return None  # "Повідомив Старух ...": a verb of saying capitalised to open the sentence opens no name
        if any(l == i and e.kind in ("government", "military") and word.fold in {
                fold(w) for alias in e.aliases for w in alias.split()} for _, l, e in self._spans):
            return None  # "Генштабу Збройних Сил": the body's name going on in capitals (a word of its other names)
        if _after_settlement(words, i):
            return None  # "с. Гряниківка", "м. Вовчанськ", "в селе Кемпир-Абад": a place
        tags = self.lemmatizer.tags(word.text)
        known_name = bool(tags & _PERSON_TAGS)
        if not (word.upper or known_name):
            return None
        if _after_area(words, i) and not known_name and not self.first_name(word):
            return None  # "в окремих районах Нікополя": a place (a holder's name may follow: "області Олег Синєгубов")
        if tags & _FUNCTION_TAGS and not known_name:
            return None  # "Позже Анна Викторовна уточнила": an adverb or a conjunction, capitalised, opens no name
        sentence_start = i == 0 or all(not w.is_word for w in words[:i])
        if sentence_start and "NOUN" in tags and not tags & _NAMING_TAGS and i + 1 < len(words) \
                and self.lemmatizer.tags(words[i + 1].text) & _PERSON_TAGS:
            return None  # "Эколог Олег Бойко рассказал": a common noun, capitalised to open the sentence, before a name
        if sentence_start and {"NOUN", "inan"} <= tags and not tags & _NAMING_TAGS and not known_name \
                and (i + 1 >= len(words) or not words[i + 1].upper):
            return None  # "Решение объяснили инфляцией": a thing the dictionary knows, capitalised to open the sentence
        if sentence_start and (word.lemma in self.person_back_nouns or word.fold in self.person_back_nouns) \
                and i + 1 < len(words) and words[i + 1].upper:
            return None  # "Економіст Олег Пендзин": a profession, whatever the dictionary knows of the name after it
        adjective = "ADJF" in tags if tags else bool(_ADJECTIVE_SUFFIX.search(word.fold))
        if adjective and not word.caps and not known_name and i + 1 < len(words) and (
                words[i + 1].is_word and not words[i + 1].upper) and words[i + 1].lemma not in self.verbs \
                and not (i > 0 and words[i - 1].lemma in self.verbs and words[i + 1].fold in IN_WORDS):
            # "Тамбовській області", "Центрально-Міського району": a place's adjective (not a surname of that form
            # before a verb of saying, "Садовий заявив", nor right after one: "заявил Полянский в соцсети")
            return None
        if (tags & _PLACE_TAGS or _REGION_NAME.search(word.fold)) and not known_name:
            return None
        if word.caps and i + 1 < len(words) and self.lemmatizer.tags(words[i + 1].text) & _PERSON_TAGS:
            return None  # "экс-генерал КГБ Олег Калугин": the body's abbreviation is no part of the person's name
        k = i + 1
        particles = 0
        while k < len(words) and k - i - particles < 3 and not taken[k] and not quoted[k] and words[k].is_word \
                and not self._outlet_at(k) and (has_cyrillic(words[k].text) or not has_cyrillic(word.text)):
            # (a Latin word after a Cyrillic name is no part of it: "мэр Курска Игорь Куцак Telegram")
            particle = self._name_particle(words, k, taken, quoted)
            if not (particle or (words[k].upper and words[k].fold not in _NOT_NAMES)
                    or self.lemmatizer.tags(words[k].text) & _PERSON_TAGS):
                break
            particles += particle
            k += 1
        if sentence_start and k == i + 1 and not known_name and not word.caps and not (
                k < len(words) and words[k].lemma in self.verbs and _ADJECTIVE_SUFFIX.search(word.fold)):
            # one capitalised word opening a sentence is most often an ordinary word (but an adjective's form before
            # a verb of saying is a surname: "Лісовий наголосив")
            return None
        return i, k

    def _outlet_at(self, k: int) -> bool:
        """Does a registry outlet's name start at word ``k`` ("тренера Сергея Реброва Tribuna": no part of the name)?"""
        return any(f == k and e.kind == "media" for f, _, e in self._spans)

    def _name_particle(self, words: list[Word], k: int, taken: list[bool] | None = None,
                       quoted: list[bool] | None = None) -> bool:
        """Is the word at ``k`` a particle inside a name, with a name word (or another particle) after it?"""
        if words[k].upper or words[k].fold not in _NAME_PARTICLES:
            return False
        if words[k].fold in _COMMON_PARTICLES and not (k > 0 and self.first_name(words[k - 1])):
            return False
        j = k + 1
        while j < len(words) and not words[j].upper and words[j].fold in _NAME_PARTICLES:
            j += 1
        return j < len(words) and words[j].is_word and words[j].upper and not (taken is not None and taken[j]) \
            and not (quoted is not None and quoted[j])

    def _abbreviated_body(self, words: list[Word], i: int, quoted: list[bool], taken: list[bool]) -> tuple[int, int] | None:
        """The quoted name after an abbreviation in capitals at ``i`` ("ПЦ «Вясна»"): (its first word, the closing mark)."""
        word = words[i]
        if not (word.caps and 2 <= len(word.text) <= 5):
            return None
        named = self._quoted_name(words, i + 1)
        if named is None or any(taken[i:named[1] + 1]) or any(quoted[i:named[1] + 1]):
            return None
        return named

    def patronymic(self, word: Word) -> bool:
        """Is the word a patronymic ("Владимирович", "Вікторівна")? Its ending says so, and the first name it is made
        from must be one: the dictionary's, or the language's list of common first names ("Ясеневич", "Арестович"
        are surnames: "Ясень" and "Арест" are no first names)."""
        ending = _PATRONYMIC.search(word.fold) if word.upper else None
        if ending is None:
            return False
        base = word.fold[:ending.start()]
        fathers = {base, base + "й", base + "ь", base + "ий", base + "ій", base + "я", base + "а"}
        if base.endswith("ь"):
            fathers.add(base[:-1] + "ий")
        if fathers & self.first_names:
            return True
        return any("Name" in self.lemmatizer.tags(name.capitalize()) for name in fathers)

    def bodies_inside(self, words: list[Word], mention: Mention) -> list[Mention]:
        """The registry bodies named inside a person's title ("Глава СК России Александр Бастрыкин"), as mentions of
        their own, from the spans of the sentence last searched."""
        return [self._make(words, f, l, "registry", entry=e) for f, l, e in self._spans
                if mention.first <= f and l <= mention.last and e.kind in ("government", "military", "organization")]

    def plural_verb(self, word: Word) -> bool:
        """Is the verb in the plural, by the dictionary's tags or, without them, by its ending?"""
        tags = self.lemmatizer.tags(word.text)
        if tags:
            return "plur" in tags
        return word.fold.endswith(_PLURAL_VERB_ENDINGS)

    def body_compound(self, word: Word) -> bool:
        """Is the capitalised word a body's compound name ("Укравтодор", "Обленерго", "Нафтогаз")?"""
        return word.upper and any(p.fullmatch(word.fold) for p in self._body_compounds)

    def _surname_opening(self, words: list[Word], i: int) -> bool:
        word = words[i]
        tags = self.lemmatizer.tags(word.text)
        if "NOUN" in tags and not tags & _NAMING_TAGS and "nomn" not in self.lemmatizer.cases(word.text):
            return False  # "Информацию передает КавПолит": a common noun in an oblique case is the object, no surname
        verb = i + 2 if i + 2 < len(words) and words[i + 1].fold in _ADVERBS_BEFORE_VERB else i + 1
        # (a verb in the plural takes no one person's surname: "Решение объяснили инфляцией")
        return (word.upper and not word.caps and word.fold not in _NOT_NAMES and all(not w.is_word for w in words[:i])
                and verb < len(words) and words[verb].is_word and words[verb].lemma in self.verbs
                and not self.plural_verb(words[verb]))

    def _fuzzy(self, words: list[Word], first: int, last: int) -> RegistryEntry | None:
        text = " ".join(w.text for w in words[first:last])
        if has_cyrillic(text):
            return None  # Cyrillic names are matched on stems; the fuzzy index is for spelling of Latin names
        entry = self.registry.lookup(text)
        return entry

    @staticmethod
    def is_count(word: Word) -> bool:
        """Is the word a number of people or things ("два", "трьох", "нескольких", "12")?"""
        return word.fold in _COUNTS or word.lemma in _COUNTS or word.text.isdecimal()

    def place_word(self, word: Word) -> bool:
        """A place's name or its adjective ("Харькова", "Ореховском направлении", "Запоріжжя", "Київщина")."""
        return self._is_place_word(word) or bool(_PLACE_ADJECTIVE.search(word.fold))

    def _is_place_word(self, word: Word) -> bool:
        return bool(self.lemmatizer.tags(word.text) & _PLACE_TAGS) or bool(_REGION_NAME.search(word.fold))

    def _plural(self, word: Word) -> bool:
        tags = self.lemmatizer.tags(word.text)
        if tags:
            return "plur" in tags
        return word.fold != word.lemma and word.fold[-1:] in "иіыї"


def _inside_quotes(words: list[Word]) -> list[bool]:
    """Which words stand between quotation marks (a speech tag set inside them between dashes does not:
    «Рада вас видеть, — сказала Ольга Рыбина, — будет весело»)."""
    inside, tag, flags = False, False, []
    for k, word in enumerate(words):
        after_dash = k >= 2 and words[k - 1].text in DASHES and words[k - 2].text in ",.!?…"
        if inside and not tag and word.is_word and word.text[:1].islower() and after_dash:
            tag = True
        elif tag and word.text in DASHES and k and words[k - 1].text in ",.:":
            tag = False
        if tag:
            flags.append(False)
            continue
        if word.text in "«„":
            inside = True
        elif word.text in "»":
            inside = False
        elif word.text in "\"“”":
            # A straight or curly mark opens after a space or at the start, and closes after a word.
            opens = k == 0 or words[k - 1].end < word.start or not words[k - 1].is_word
            inside = opens if word.text != "”" else False
        flags.append(inside and word.is_word)
    return flags


# Possessive pronouns of the third person singular: "за його даними", "по ее информации".
_THIRD_POSSESSIVES = frozenset({"його", "її", "его", "ее", "её"})


@dataclass
class _Known:
    source: Source
    role: str = ""
    plural: bool = False
    key: str = ""  # stems of the name, for surnames alone ("Табурець" after "Ігор Табурець")
    phrase: str = ""  # stems of the whole mention
    spoke: bool = False  # was given to a sentence as its source


# A verb's plural endings, where no dictionary tags it: "повідомляють", "пишуть", "сообщили", "розповілися".
_PLURAL_VERB_ENDINGS = ("ли", "лися", "лись", "ють", "ять", "уть", "ать", "ут", "ют", "ят", "ат")
_ORDINAL = re.compile(r"\d{1,4}-(?:[а-яіїєґ]{1,3})")  # "47-ї", "3-го", "128-й"
# The stems that open a state body's one-word name ("Госполиция", "Минздрав", "Держпраці", "Нацполіція").
BODY_STEM = re.compile(r"(?:гос|мин|мін|держ|нац)[а-яіїєґ]{3,}")
TITLE_CHARS = 80  # how far before a person's name its title may start
TITLE_WORDS = 4  # and how many words it may have ("пресс-секретарь президента РФ", "Голова Харківської ОВА")
# The words right before a name, back to a punctuation mark or the line's start: its title.
_TITLE_BEFORE = re.compile(r"([^.,;:!?\"“”„()\n–—]*)\s*\Z")


class ArticleState:
    """What the article has named so far, for resolving pronouns, roles and surnames."""

    def __init__(self, finder: MentionFinder, text: str) -> None:
        self.finder = finder
        self.text = text
        self.known: list[_Known] = []
        self.last_spoken: frozenset[str] = frozenset()  # the ids of the sources of the last sentence given any
        # the person whose words an outlet's sentence right after theirs passed on ("X предупредил. Об этом сообщает
        # ТАСС."), for a "его" after it
        self.pointer_relayed: Source | None = None
        self._last_given: list[Source] = []

    def observe(self, source: Source, mention: Mention) -> None:
        """Remember a source as the most recent of its kind."""
        key = name_key(self.text[mention.start:mention.end]) if mention.kind in ("name", "registry") else ""
        if mention.name_text:
            key = name_key(mention.name_text)
        kept_via = next((k.source.via for k in self.known if k.source.id == source.id and k.source.via), None)
        if kept_via is not None and source.via is None and source.anonymous:
            source = source.model_copy(update={"via": kept_via})
        spoke = any(k.spoke for k in self.known if k.source.id == source.id)
        if not key:
            # "пресс-секретарь" for Михаил Леонтьев named before: a later "Леонтьева" is still him
            key = next((k.key for k in reversed(self.known) if k.source.id == source.id and k.key), "")
        phrase = self._same_offices(name_key(self.text[mention.start:mention.end]))
        if source.kind in ("person", "official") and not source.anonymous:
            # The words about a person, for a later description of them ("Речник Повітряних сил" after "Речник
            # Повітряних сил Юрій Ігнат"): the title right before the name, and what earlier mentions said.
            title = _TITLE_BEFORE.search(self.text, max(0, mention.start - TITLE_CHARS), mention.start)
            said = {w for k in self.known if k.source.id == source.id for w in k.phrase.split()}
            words = phrase.split()
            titled = self._same_offices(name_key(title.group(1))).split()[-TITLE_WORDS:] if title else []
            # "начальник ОВА" later for "начальник обласної військової адміністрації": the title's initials
            spelled = text_words(self.text[mention.start:mention.end])
            initials = [name_key("".join(w[0] for w in spelled[k:k + n])) for n in (2, 3, 4)
                        for k in range(len(spelled) - n + 1) if all(w[:1].islower() for w in spelled[k:k + n])]
            extra = [w for w in titled + sorted(said) + initials if w not in words]
            phrase = " ".join(words + extra)
        self.known = [k for k in self.known if k.source.id != source.id or (k.role and k.role != mention.head)]
        role = mention.head if mention.kind in ("role", "anonymous") else ""
        self.known.append(_Known(source, role, mention.plural, key, phrase, spoke))

    def resolve(self, mention: Mention, words: list[Word]) -> Source | None:
        """The source a mention stands for, or None when it cannot be told."""
        text = self.text[mention.start:mention.end]
        where: dict[str, Any] = {"mention": text, "mention_start": mention.start, "mention_end": mention.end}

        def new(source_id: str, name: str, kind: SourceKind, anonymous: bool = False) -> Source:
            return Source(id=source_id, name=name, kind=kind, anonymous=anonymous, mention=text,
                          mention_start=mention.start, mention_end=mention.end)

        if mention.kind == "outlet":
            named = self.finder.nominative_name(mention.name_text)
            return new(slug(named), named, "media")
        if mention.kind == "branch":
            return new(slug(text), text, "government")
        if mention.kind == "own":
            return new(slug(text), text, "media")
        if mention.kind == "registry" and mention.entry is not None:
            if self.finder.voices.has(words[mention.first]):
                # "Речник Повітряних сил" after "Речник Повітряних сил Юрій Ігнат": the spokesman named before
                earlier = self._by_description(name_key(text))
                if earlier is not None:
                    return earlier.model_copy(update=where)
            e = mention.entry
            if mention.last - mention.first == 1 and e.kind in ("government", "military"):
                # "сообщили в МВД" after "МВД Казахстана": the body the article placed in its country, not the
                # registry's of another
                # (by any first word of its names: "Нацбанк" after "Национальный банк Казахстана")
                # (not a lower-case adjective of a country: "российское Минобороны" is no "Российские военные")
                heads = {name_key(words[mention.first].text)} | {name_key(n.split()[0]) for n in (e.name, *e.aliases)
                                                                  if len(n.split()) > 1 and has_cyrillic(n)
                                                                  and n[:1].isupper()}
                placed = next((k.source for k in reversed(self.known) if k.source.id != e.id
                               and k.source.kind in ("government", "military") and len(k.phrase.split()) > 1
                               and k.phrase.split()[0] in heads), None)
                if placed is not None:
                    return placed.model_copy(update=where)
            return new(e.id, e.name, e.kind)
        if mention.kind == "anonymous" and mention.last - mention.first == 1 and mention.plural \
                and mention.head in self.finder.member_heads:
            # "Аналитики отмечают" right after the Institute for the Study of War spoke: its analysts
            institute = next((k.source for k in reversed(self.known) if k.source.id in self.last_spoken
                              and k.source.kind == "organization" and k.phrase.split()[:1]
                              and k.phrase.split()[0] in self.finder.member_body_stems), None)
            if institute is not None:
                return institute.model_copy(update=where)
        if mention.kind == "anonymous" and mention.last - mention.first == 1 and mention.plural \
                and mention.head in self.finder.body_voices:
            # "..., – пишуть силовики" after the SBU's spokesman, "Енергетики зазначили" after the power company:
            # the body that just spoke
            spoken_body = self._named_spoken_last(("government", "military", "organization"))
            if spoken_body is not None:
                return spoken_body.model_copy(update=where)
        if mention.kind == "anonymous" and mention.last - mention.first == 1 \
                and words[mention.first].fold in _BARE_MEDIA:
            # "Об этом сообщает Telegram-канал Shot. По данным СМИ, ...": the media just named, not unnamed ones
            named_outlet = self._named_spoken_last(("media",))
            if named_outlet is not None:
                return named_outlet.model_copy(update=where)
        if mention.kind == "anonymous":
            # "собеседник агентства", "співрозмовник видання": the outlet's unnamed source, the one it last cited
            outlets_own = mention.last - mention.first == 2 and words[mention.first + 1].lemma in self.finder.outlet_pointers
            if outlets_own and words[mention.first].lemma in self.finder.own_staff:
                # "Журналисты газеты отмечают" after "Газета The Times пишет": the outlet's own people are the outlet
                staff_of = self._latest(("media",))
                if staff_of is not None:
                    return staff_of.model_copy(update=where)
            if mention.last - mention.first == 1 or outlets_own or (
                    mention.head in self.finder.person_back_nouns and words[mention.last - 1].lemma == mention.head):
                # "джерело", "источник" alone: the unnamed source of that kind named before; "собеседник",
                # "співрозмовник": the unnamed source last named, whatever its noun.
                if mention.head in self.finder.person_back_nouns and not mention.plural:
                    # "— сказав експерт" after "аналітик Ярослав Мельничук": the person last named (named after
                    # "експерти" were, too), the last one who spoke before one only mentioned ("з генералом ...");
                    # first of all the one named with that profession ("Актриса сообщила" after "Актриса Анна Белова")
                    people = [k for k in reversed(self.known) if k.source.kind == "person" and not k.source.anonymous]
                    own = stem(mention.head)
                    # a profession alone that no one was named with is not someone named with another profession
                    # ("сказал режиссер" is not "певец Иван Петров")
                    experts = self.finder.expert_stems if own in self.finder.expert_stems else frozenset()
                    people = people if not mention.profession else [
                        k for k in people if own in k.phrase.split() or experts & set(k.phrase.split())
                        or not self.finder.profession_stems & set(k.phrase.split())]
                    last_person = next((k for k in people if own in k.phrase.split()), None) or next(
                        (k for k in people if k.spoke), people[0] if people else None)
                    if last_person is not None:
                        return last_person.source.model_copy(update=where)
                for known in reversed(self.known):
                    if known.source.anonymous and (known.role == mention.head or (
                            mention.head in self.finder.back_nouns and not known.plural)) \
                            and (known.spoke or not outlets_own):
                        return known.source.model_copy(update=where)
                if outlets_own and mention.head in self.finder.back_nouns and not mention.plural:
                    # "— сказал собеседник агентства" after "Об этом ТАСС сообщил адвокат Иван Петров": the one
                    # named who last spoke, when no unnamed source did (never for "источники издания", several)
                    speaker = next((k for k in reversed(self.known) if k.spoke and not k.source.anonymous
                                    and k.source.kind in ("person", "official")
                                    and all(w[:1].isupper() for w in k.source.name.split())), None)
                    if speaker is not None:
                        return speaker.source.model_copy(update=where)
            if mention.last - mention.first > 1 and not mention.plural \
                    and name_key(words[mention.first].text) in self.finder.role_synonyms:
                # "– додав представник Сил оборони півдня" after "речник Сил оборони півдня Остап Мельничук": the
                # spokesman named before, by another name of his office
                described = self._by_description(name_key(text))
                if described is not None:
                    return described.model_copy(update=where)
            english = self.finder.unnamed_in_english.get(mention.head)
            if english and mention.affiliation is not None and self.finder.anonymous.has(words[mention.first]):
                # Named as an English article names it, so that the source has one id in every language.
                body = mention.affiliation
                article = "the " if body.kind in ("government", "military") and not body.name.startswith("The ") else ""
                name = f"{english}{'s' if mention.plural else ''} in {article}{body.name}"
                return new(slug(name), name, "unknown", anonymous=True)
            description = self.finder.describe(words[mention.first:mention.last])
            return new(slug(description), description, "unknown", anonymous=True)
        if mention.kind == "role" and mention.last - mention.first == 1 and mention.head in self.finder.outlet_pointers:
            # "в беседе с изданием", "сообщили изданию": the outlet last named
            earlier = self._latest(("media",))
            if earlier is not None:
                return earlier.model_copy(update=where)
        if mention.kind == "role" and mention.name is None:
            holder = self._registry_office(mention)
            if holder is not None:
                return holder.model_copy(update=where)
        if mention.kind == "role":
            # "начальник ХОВА": an abbreviation after a title is its complement (the body), not the holder's name
            abbreviated = mention.name is not None and mention.name[1] - mention.name[0] == 1 \
                and words[mention.name[0]].caps
            if mention.name is not None and not abbreviated:
                first, last = mention.name
                # "губернатор Александр Гусев": the name is the mention, as the article names the person
                where = {"mention": self.text[words[first].start:words[last - 1].end],
                         "mention_start": words[first].start, "mention_end": words[last - 1].end}
                entry = self.finder.lookup(words, first, last)
                if entry is not None:
                    return new(entry.id, entry.name, entry.kind).model_copy(update=where)
                person = self._person(words, first, last)
                earlier = self._by_key(name_key(self.text[words[first].start:words[last - 1].end]))
                return (earlier or person).model_copy(update=where)
            key = name_key(text)
            # "Два американских чиновника", "кілька посадовців": a number of unnamed people, no one named before.
            before = words[mention.first - 1] if mention.first > 0 else None
            counted = before is not None and self.finder.is_count(before) and not (
                before.text.isdecimal() and mention.first > 1 and words[mention.first - 2].text in ":.")
            # "представитель губернатора" after "Пресс-секретарь губернатора Ольга Смирнова": the person named with
            # the same office (or its synonym) and the same complement
            unnamed_word = any(w.lemma in self.finder.unnamed_adjectives or w.fold in self.finder.unnamed_adjectives
                               for w in words[max(0, mention.first - 2):mention.last])
            # ("неназванного немецкого чиновника" is no official named before)
            earlier = None if counted or unnamed_word else self._titled_since(mention, key) or self._by_phrase(key) or (
                self._by_description(key) if mention.specific else self._by_description(key) or self._by_role(mention, words))
            if earlier is not None:
                return earlier.model_copy(update=where)
            description = self.finder.describe(words[mention.first:mention.last])
            unnamed = counted or any(w.lemma in self.finder.unnamed_adjectives or w.fold in self.finder.unnamed_adjectives
                                     for w in words[max(0, mention.first - 2):mention.last])  # capitalised, it opens no mention
            # "Телеграм-каналы написали": channels or outlets in the plural with no name are unnamed ones
            # "Посадовець на умовах анонімності розповів", "депутат, пожелавший остаться анонимным"
            unnamed = unnamed or any(w.fold.startswith(("анонім", "аноним")) for w in words[mention.last:mention.last
                                                                                         + ANONYMITY_REACH])
            # "Российские чиновники заявили", "за заявами російських чиновників": officials in the plural, no one named
            unnamed = unnamed or (mention.plural and mention.name is None and mention.role_kind in ("official", "person"))
            unnamed = unnamed or mention.unnamed_holder or (
                mention.plural and mention.role_kind == "media" and mention.last - mention.first == 1
                and self.finder.descriptors.has(words[mention.first]))
            return new(slug(description), description, mention.role_kind or "official", anonymous=unnamed)
        if mention.kind == "name" and mention.tentative:
            if mention.last - mention.first == 1 and BODY_STEM.fullmatch(words[mention.first].fold):
                # "Минпромторг сообщил", "Мінфін повідомив": a state body by its one-word name
                return new(slug(text), text, "government")
            verb = words[mention.last] if mention.last < len(words) else None
            if mention.last - mention.first == 1 and (self.finder.body_compound(words[mention.first]) or (
                    verb is not None and verb.fold.endswith(("ло", "лось", "лося")))):
                # "Обленерго повідомило", "Нафтогаз повідомив": a body by its compound name, or any one-word name
                # with a verb in the neuter, which no person's surname takes
                return new(slug(text), text, "organization")
            earlier = self._by_key(name_key(text))
            if earlier is not None and earlier.kind in ("person", "official"):
                return earlier.model_copy(update=where)
            if self.finder.reads_as_surname(words[mention.first]):
                return self._person(words, mention.first, mention.last).model_copy(update=where)
            return None
        if mention.kind == "name" and mention.name_text:
            earlier = self._by_key(name_key(mention.name_text))
            named = self.finder.nominative_name(mention.name_text)
            return earlier.model_copy(update=where) if earlier is not None else new(slug(named), named, "organization")
        if mention.kind == "name":
            earlier = self._by_key(name_key(text)) or self._by_first_name(words, mention)
            if earlier is None and self._plural_subject(words, mention):
                # "Про це повідомляють Патріоти України", "пишут Вести Кубани": a name in the plural with its verb
                # in the plural is a body's (an outlet's), as written; no person's name is plural
                return new(slug(text), text, "organization")
            return (earlier or self._person(words, mention.first, mention.last)).model_copy(update=where)
        if mention.kind == "pronoun" and mention.head in self.finder.outlet_pointers:
            # "В издании отметили": the outlet last named
            earlier = self._latest(("media",))
            return earlier.model_copy(update=where) if earlier is not None else None
        if mention.kind == "pronoun" and mention.head in self.finder.place_pointers:
            # "Там сообщили": the body last named, wherever it was named
            earlier = self._latest(("government", "military", "organization"))
            return earlier.model_copy(update=where) if earlier is not None else None
        if mention.kind == "pronoun":
            earlier = self._by_pronoun(mention)
            return earlier.model_copy(update=where) if earlier is not None else None
        if mention.kind == "utterance":
            # "..., – йдеться в повідомленні": the message of whoever the sentence before gave its report to (not
            # the outlet that relayed it), else of the body named last
            spoken = [k.source for k in reversed(self.known) if k.source.id in self.last_spoken and not k.source.anonymous]
            earlier = next((s for s in spoken if s.kind != "media"), None) or (spoken[0] if spoken else None) \
                or self._latest(("government", "military", "media", "organization")) or self._latest(None)
            return earlier.model_copy(update=where) if earlier is not None else None
        return None

    def _plural_subject(self, words: list[Word], mention: Mention) -> bool:
        """Is the name's first word a plural form ("Патріоти", "Вести", "Новини") right after or before a verb of
        saying in the plural ("повідомляють", "пишут", "сообщили")?"""
        first = words[mention.first]
        if first.caps or not first.fold.endswith(PLURAL_ENDINGS) or mention.first == 0 or mention.preposition:
            return False  # (not "У Держпраці повідомили": a body in the locative)
        around = [words[k] for k in (mention.first - 1, mention.last) if 0 <= k < len(words)]
        return any(w.lemma in self.finder.verbs and self.finder.plural_verb(w) for w in around)

    def _person(self, words: list[Word], first: int, last: int) -> Source:
        names = [w for w in words[first:last] if w.is_word]
        # A name's canonical form is its nominative, the same for every case form ("Игоря Куцака" is "Игорь Куцак").
        nominative = self.finder.persons.nominative([w.text for w in names if not w.caps])
        display = " ".join(w.text if w.caps else nominative.pop(0) for w in names)
        if all(w.caps for w in names):
            display = " ".join(w.text for w in names)  # an abbreviation: ВСУ, ЦПД
            kind: SourceKind = "organization"
        elif names[-1].caps:
            kind = "organization"  # "Запорізька ОГА": a body named by its abbreviation, not a person
        elif not has_cyrillic(display) and names[-1].fold in self.finder.company_words:
            kind = "organization"  # "Mazda Motor Corporation заявила": a company by its legal or group name
        elif not has_cyrillic(display):
            kind = "media"  # "сообщает SakhalinMedia": people are named in Cyrillic here; a Latin name is an outlet's
        else:
            kind = "person"
        return Source(id=slug(display), name=display, kind=kind, mention=display)

    def _by_key(self, key: str) -> Source | None:
        """A source named before whose name ends with these words ("Табурець" for "Ігор Табурець")."""
        if not key:
            return None
        for known in reversed(self.known):
            if known.key and (known.key == key or known.key.endswith(" " + key)):
                return known.source
        return None

    def _by_first_name(self, words: list[Word], mention: Mention) -> Source | None:
        """"Вячеслав Владимирович" after "Вячеслав Гладков": a first name and patronymic, as people are addressed,
        are the person named before by that first name and a surname."""
        names = [w for w in words[mention.first:mention.last] if w.is_word]
        if len(names) == 1 and self.finder.first_name(names[0]):
            # "По словам Валентина" after "Тренер Валентин Орлов": the one person named before with that first name
            first = name_key(names[0].text)
            people = {k.source.id: k.source for k in self.known if k.source.kind in ("person", "official")
                      and len(k.key.split()) >= 2 and k.key.split()[0] == first}
            return next(iter(people.values())) if len(people) == 1 else None
        if len(names) != 2 or not self.finder.patronymic(names[1]):
            return None
        first = name_key(names[0].text)
        for known in reversed(self.known):
            parts = known.key.split()
            if len(parts) >= 2 and parts[0] == first and known.source.kind in ("person", "official"):
                return known.source
        return None

    def note(self, sources: list[Source]) -> None:
        """Remember the sources a sentence was given, with their chains: a later "джерело" (the same
        unnamed source) or "по их словам" still reaches the article through the same outlet."""
        by_id = {s.id: s for s in sources}
        self.last_spoken = frozenset(by_id)
        people = [s for s in self._last_given if s.kind in ("person", "official") and not s.anonymous]
        self.pointer_relayed = people[0] if sources and all(s.kind == "media" for s in sources) \
            and len(people) == 1 else None
        self._last_given = list(sources)
        for known in self.known:
            given = by_id.get(known.source.id)
            if given is not None:
                known.spoke = True
            # An unnamed source is known by the outlet it spoke to ("джерело РБК-Україна"); a named one is not.
            if given is not None and given.via is not None and known.source.via is None and given.anonymous:
                known.source = known.source.model_copy(update={"via": given.via})
        for source in sources:
            if all(k.source.id != source.id for k in self.known):
                kept = source if source.anonymous else source.model_copy(update={"via": None})
                self.known.insert(0, _Known(kept, spoke=True))  # known for its id, never the most recent antecedent

    def _named_spoken_last(self, kinds: tuple[str, ...]) -> Source | None:
        """The named source of one of these kinds that the last sentence given a source gave its report to."""
        return next((k.source for k in reversed(self.known) if k.source.id in self.last_spoken
                     and k.source.kind in kinds and not k.source.anonymous), None)

    def last_body_spoken(self) -> Source | None:
        """The body (no single person, no outlet) that the last sentence given a source gave its report to."""
        return next((k.source for k in reversed(self.known) if k.source.id in self.last_spoken
                     and k.source.kind not in ("person", "official", "media")), None)

    def by_surname(self, word: Word) -> Source | None:
        """The person named before whose surname this word is, in any case the dictionary cannot tell ("Озолса"
        after "Андрис Озолс": the stems agree)."""
        found = self._by_key(name_key(word.text))
        if found is None or found.kind not in ("person", "official") or found.anonymous:
            return None
        return found.model_copy(update={"mention": word.text, "mention_start": word.start, "mention_end": word.end})

    def by_id(self, source_id: str) -> Source | None:
        return next((k.source for k in reversed(self.known) if k.source.id == source_id), None)

    def last_outlet(self, word: Word) -> Source | None:
        """The named outlet the article cited last, as a noun for it ("изданию", "виданню") names it here."""
        outlet = next((k.source for k in reversed(self.known) if k.source.kind == "media" and not k.source.anonymous
                       and k.spoke), None)
        return outlet.model_copy(update={"mention": word.text, "mention_start": word.start, "mention_end": word.end,
                                         "via": None}) if outlet is not None else None

    def _titled_since(self, mention: Mention, key: str) -> Source | None:
        """A bare title ("отметил губернатор") names the person named with it ("Губернатор Курской области Олег
        Смирнов") when that came after the same bare title (a headline's "Губернатор подтвердил ...")."""
        if mention.plural or mention.last - mention.first != 1 or mention.preposition \
                or mention.role_kind not in ("official", "person"):
            return None
        title = self._same_offices(stem(mention.head)).split()
        for known in reversed(self.known):
            if known.phrase == key:
                return None
            if known.source.kind in ("person", "official") and not known.source.anonymous \
                    and set(title) <= set(known.phrase.split()) and known.phrase != key:
                return known.source
        return None

    def _by_phrase(self, key: str) -> Source | None:
        """A source named before by the same words ("Штабу оборони Харкова" after "Штаб оборони Харкова")."""
        for known in reversed(self.known):
            if known.phrase == key:
                return known.source
        return None

    def _same_offices(self, key: str) -> str:
        """The key with each synonymous role noun's stem as its synonym's ("глав" -> "голов"), and each synonymous
        office phrase as its synonym ("глав регион" -> "губернатор")."""
        return self.finder.same_offices(key)

    def _by_description(self, key: str) -> Source | None:
        """The person last named with all these words about them ("голова ОВА" after "Голова Дніпропетровської
        ОВА Сергій Лисак", "пресс-секретарь президента РФ" after "пресс-секретарь президента РФ Дмитрий Песков")."""
        wanted = set(self._same_offices(key).split())
        if len(key.split()) < 2:
            return None
        for known in reversed(self.known):
            if known.key and not known.plural and known.source.kind in ("person", "official") \
                    and not known.source.anonymous and wanted <= set(known.phrase.split()):
                return known.source
        return None

    def _registry_office(self, mention: Mention) -> Source | None:
        """"Представитель Кремля добавил" after "Дмитрий Песков заявил": an office the registry gives one person
        the article named."""
        office = self.finder.registry_offices.get(name_key(self.text[mention.start:mention.end]))
        return next((k.source for k in reversed(self.known) if k.source.id == office), None) if office else None

    def _by_role(self, mention: Mention, words: list[Word]) -> Source | None:
        # "представитель полиции" is not the person called "представитель губернатора" before: the words after a
        # person's role agree (a body's department may be named in other words)
        rest = set(self._same_offices(name_key(self.text[mention.start:mention.end])).split()[1:])
        bare_title = not mention.plural and mention.last - mention.first == 1 and not mention.preposition \
            and mention.role_kind in ("official", "person")
        title = self._same_offices(stem(mention.head)) if bare_title else None
        noun = next((k for k in range(mention.first, mention.last) if words[k].lemma == mention.head), mention.first)
        if mention.head in self.finder.back_nouns and mention.role_kind in ("government", "military") and any(
                w.is_word and not w.upper for w in words[noun + 1:mention.last]):
            # "Міністерство юстиції", "Министерство просвещения", "Командування 47-ї бригади": a body of its own,
            # named by its field or its unit, whatever body the bare noun stood for before
            return None
        for known in reversed(self.known):
            if known.role and known.role == mention.head and (
                    known.source.kind not in ("person", "official") or rest <= set(known.phrase.split())):
                return known.source
        if bare_title:
            # "Тренер добавил" after "Главный тренер «Ротора» Игорь Петренко": the person last named with that title
            titled = next((k.source for k in reversed(self.known) if k.source.kind in ("person", "official")
                           and not k.source.anonymous and title in k.phrase.split()), None)
            if titled is not None:
                return titled
        kinds = {"official": ("official", "person"), "government": ("government",), "military": ("military",),
                 "media": ("media",), "organization": ("organization", "government"), "person": ("person",)}
        wanted = kinds.get(mention.role_kind or "", ())
        if mention.head in self.finder.back_nouns and mention.plural and set(wanted) <= {"official", "person"}:
            return None  # "два американских чиновника": people of their own, not the official named before
        if mention.head in self.finder.back_nouns and bare_title and title is not None \
                and mention.head not in self.finder.generic_titles:
            # "губернатор" is the last official or person, but not one named with another title ("Чиновник Иван
            # Орлов" is no governor)
            for known in reversed(self.known):
                if known.source.kind not in wanted or known.plural:
                    continue
                phrase = set(known.phrase.split())
                if title in phrase or not (phrase & self.finder.title_stems):
                    return known.source
            return None
        if mention.head in self.finder.back_nouns:
            # "ведомство", "відомство", "издание" refer back to the last body (or outlet) of their kind, a state
            # body military or civil ("Ворог втратив ..., додало відомство" after the General Staff); "губернатор"
            # to no plural ("представители экстренных служб"), which it is not one of
            if wanted == ("government",):
                wanted = ("government", "military")
            if set(wanted) <= {"government", "military"}:
                # "Минобороны России сообщило о перехвате ракет ВСУ. В ведомстве уточнили ...": the body that spoke,
                # not one only named in its report
                spoken = next((k.source for k in reversed(self.known) if k.spoke and k.source.kind in wanted
                               and not (not mention.plural and k.plural)), None)
                if spoken is not None:
                    return spoken
            if mention.head in self.finder.country_back_nouns:
                return self._latest(wanted, singular=not mention.plural)
            # "Служба безпеки затримала агента РФ. У пресслужбі пояснили ...": the body, never the country named since
            return next((k.source for k in reversed(self.known) if k.source.kind in wanted and k.source.id not in
                         self.finder.countries and not (not mention.plural and k.plural)), None)
        return None

    def _by_pronoun(self, mention: Mention) -> Source | None:
        if mention.head in self.finder.neuter_pronouns:
            # "Воно пояснило, що ..." after "джерело в Генштабі" or "Міноборони повідомило": the last that spoke and
            # is no person
            return next((k.source for k in reversed(self.known) if k.source.id in self.last_spoken and not k.plural
                         and (k.source.anonymous or k.source.kind in ("government", "military", "organization", "media"))),
                        None)
        if mention.plural:
            for known in reversed(self.known):
                if known.source.kind == "media":
                    # "Два чиновника сообщили Reuters ... По их словам": those who told the outlet, not the outlet
                    told = next((k.source for k in reversed(self.known) if k.source.via == known.source.id
                                 and (k.plural or k.source.anonymous)), None)
                    if told is not None:
                        return told
                if known.plural or known.source.anonymous or known.source.kind in (
                        "government", "military", "media", "organization"):
                    return known.source
            return self._latest(None)
        # "Кім зазначив, що ... Очаків, Кутузівка та Галицинове. За його словами, ...": the person who spoke last,
        # before one only named in what was said (a place the names read as a person's, too)
        speaker = next((k.source for k in reversed(self.known) if k.source.id in self.last_spoken and k.spoke
                        and k.source.kind in ("person", "official") and not k.plural and not k.source.anonymous), None)
        if speaker is None and self.pointer_relayed is not None:
            # "X предупредил. Об этом сообщает ТАСС. По его словам, ...": the person whose words the outlet's
            # pointer passed on, not the outlet
            speaker = self.pointer_relayed
        for known in reversed(self.known):
            if speaker is not None and known.source.kind in ("person", "official") and not known.spoke \
                    and known.source.id != speaker.id:
                continue
            # "он", "його": the last person, or the last unnamed source that is one ("джерело", "собеседник"); a
            # body that was the last sentence's source ("Про це повідомляє Держстат. За його даними, ...") is "it"
            if known.source.kind in ("person", "official") and not known.plural or (
                    known.source.anonymous and not known.plural and known.spoke):
                return known.source
            if known.source.id in self.last_spoken and not known.plural \
                    and fold(self.text[mention.start:mention.end]) in _THIRD_POSSESSIVES \
                    and known.source.kind in ("government", "military", "organization", "media") \
                    and not (known.source.kind == "media" and speaker is not None):
                # (not the outlet that passed on a person's words: "..., передает ТАСС. По его словам" is the person's)
                return known.source
        return None

    def _latest(self, kinds: tuple[str, ...] | None, singular: bool = False) -> Source | None:
        for known in reversed(self.known):
            if (kinds is None or known.source.kind in kinds) and not (singular and known.plural):
                return known.source
        return None
