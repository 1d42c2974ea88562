"""The Russian and Ukrainian rule files (``attribution/data/ru/*.yaml``, ``attribution/data/uk/*.yaml``).

Each language has four files, validated on load like the English ones (a typo is an error naming the
file and the field, never a rule that silently does not fire):

- ``page.yaml``: page furniture and sentence ends, added to the English ``page.yaml`` (real Cyrillic
  pages carry English furniture too: "281K subscribers", "Download Telegram");
- ``cues.yaml``: reporting verbs, "according to" phrases, citing phrases, agentless and back-pointing cues;
- ``hedges.yaml``: epistemic words and patterns, distancing verbs, verification disclaimers, scare quotes;
- ``discourse.yaml``: carry-over openers, label lines, pronouns, role nouns and unnamed-source heads.

Phrases are written as words and matched word by word on the lemma *or* the folded form of each token
(lower case, ё as е, one script), so "по словам" and "по слово" both match "По словам губернатора".
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from ..errors import RuleFileError
from ..rules import (Patterns, PageRules, ScareQuoteRules, Words, _Rules, default_page, describe_errors, load_rules,
                     packaged, read_data)

LANGUAGES = ("ru", "uk")
LabelRole = Literal["source", "speech", "details", "background", "update"]


class CyrillicCues(_Rules):
    """Attribution cues of one language (``data/<lang>/cues.yaml``)."""

    reporting_verbs: Words = Field(description="Lemmas of verbs that report what a source said or wrote.")
    agentless: Words = Field(description="Impersonal cues with no speaker (\"сообщается\", \"повідомляється\").")
    according_to: Words = Field(description="Phrases whose object is the source (\"по словам\", \"за даними\").")
    citing: Words = Field(description="Phrases whose object is the source a speaker passes on (\"со ссылкой на\").")
    citing_fillers: Words = Field(default=(), description="Adverbs that may stand inside a citing phrase "
                                  "(\"ссылаясь сразу на три источника\").")
    as_words: Words = Field(description="\"As\" before a reporting verb, whose subject then follows the verb.")
    back_references: Words = Field(description="Phrases by which a cue reports the sentence before (\"об этом\").")
    silence_patterns: Patterns = Field(description="Regular expressions for reports that a source said nothing.")
    utterance_nouns: Words = Field(description="Lemmas of nouns naming a source's words (\"сообщение\", \"заява\").")
    non_speaker_nouns: Words = Field(default=(), description="Lemmas of nouns that never speak in a cue's "
                                     "window (\"фото\", \"видео\").")
    prevented_objects: dict[str, Words] = Field(default_factory=dict, description="Verb lemma -> lemmas of the "
                                                "objects with which a verb of warning means preventing and reports "
                                                "nothing (\"попереджає теракти\").")
    transfer_objects: dict[str, Words] = Field(default_factory=dict, description="Verb lemma -> lemmas of the "
                                               "things with which a verb of passing on hands them over and reports "
                                               "nothing (\"передавал врагу координаты\").")
    correspond_nouns: Words = Field(default=(), description="Lemmas of nouns after which a verb of answering "
                                    "means corresponding and reports nothing (\"не відповідають дійсності\", "
                                    "\"отвечает требованиям\").")
    leading_verbs: Words = Field(default=(), description="Lemmas of verbs of haste, attempt or decision whose "
                                 "infinitive reporting verb reports (\"поспешил заявить\", \"вирішив нагадати\").")
    clause_only_verbs: Words = Field(default=(), description="Lemmas of the reporting verbs that report speech "
                                     "only with what was said after them (a clause, a colon or a quotation: "
                                     "\"напомнил, что\") or as the tag of a quotation (\"— поделилась она\"); "
                                     "elsewhere they are plain verbs (\"продолжил наступление\").")
    report_openers: Words = Field(default=(), description="Words that open what a clause-only verb reports "
                                  "(\"что\", \"що\").")
    evidence_verbs: Words = Field(default=(), description="Lemmas of verbs by which data speak (\"свидетельствуют "
                                  "данные Мосбиржи\", \"як свідчать дані Держстату\"): with one of the evidence "
                                  "nouns beside them, the data's owner is the source.")
    evidence_nouns: Words = Field(default=(), description="Lemmas of the data that speak (\"данные\", \"снимки\").")
    act_objects: Words = Field(default=(), description="Lemmas of the objects that make a verb of saying a legal "
                               "act, not a report (\"повідомили про підозру\" serves a notice of suspicion; "
                               "\"объявили в розыск\"), within a few words after the verb.")
    opening_back_references: Words = Field(default=(), description="Phrases that point back at what the article "
                                           "just said only when they open the sentence (\"На это указал министр\"; "
                                           "not \"В ответ на это министр заявил\").")
    own_staff_nouns: Words = Field(default=(), description="Lemmas of the outlet's own people and desk "
                                   "(\"редакция\", \"корреспондент\"): an outlet named after one in the dative "
                                   "(\"сообщили редакции VB.KG\", \"кореспонденту ТСН.ua\") is the article's own, "
                                   "which relays nothing.")
    called_in: Words = Field(default=(), description="Phrases, as written in lower case, for where an event is "
                             "reported to (\"в полицию\", \"до поліції\", \"на лінію 102\"): within a few words "
                             "of a verb of saying, they make it a call for help (\"про крадіжку до поліції повідомив "
                             "директор\"), not a report to the article; the case tells them from the body that "
                             "speaks (\"в полиции сообщили\").")
    quoting_verbs: Words = Field(default=(), description="Lemmas of verbs by which a speaker passes on another's "
                                 "words (\"цитирует губернатора\", \"приводит слова X\"): the one quoted speaks "
                                 "through the speaker. A report only with quoted words or a quote-noun near them.")
    pointing_words: Words = Field(default=(), description="Demonstratives (\"такий\", \"эту\") that point a "
                                  "speech object named before a clause-only verb at what the article just said: "
                                  "\"Такий прогноз озвучив економіст\".")
    network_nouns: Words = Field(default=(), description="Lemmas of social networks as a place (\"у соцмережах\", "
                                 "\"в соцсетях\"): a plural verb of saying there, with no one named, reports their "
                                 "unnamed users (\"social media users\").")
    relay_verbs: Words = Field(default=(), description="Lemmas of the verbs by which an outlet passes on a report "
                               "at the close of a sentence that names its speaker (\"..., заявил X, пишет Y\", "
                               "\"..., передає Y\"): Y relays X, whether or not Y is a known outlet.")
    news_verbs: Words = Field(default=(), description="Lemmas of the verbs an outlet reports with in the present "
                              "tense after a dash closing the sentence (\"..., - сообщает ТАСС\", \"..., - повідомляє "
                              "УНН\"): the outlet's report of the clause, not a speaker's words without quotation "
                              "marks.")
    negated_reports: Words = Field(default=(), description="Lemmas of verbs whose negation with a clause reports "
                                   "(\"не исключил, что\", \"не заперечив, що\"): a guarded report, not a silence.")
    speech_objects: Words = Field(default=(), description="Lemmas of what a clause-only verb can report without a "
                                  "clause (\"выразил надежду\", \"висловили співчуття\", \"поделился подробностями\").")
    inquiry_verbs: Words = Field(default=(), description="Lemmas of clause-only verbs of finding out (\"з'ясовують "
                                 "деталі\", \"выясняют подробности\"): with details as their object they inquire; "
                                 "only with a clause (\"з'ясували, що ...\") do they report.")
    figure_objects: Words = Field(default=(), description="Lemmas of figures that a clause-only verb reports when "
                                  "they are its object, right after it or after its adjectives (\"озвучил "
                                  "предварительные потери\", \"назвав цифри\").")
    address_verbs: Words = Field(default=(), description="Lemmas of verbs of addressing (\"обратился к "
                                 "жителям\", \"звернувся до мешканців\"): a report when they address people, "
                                 "not a body (\"обратился в полицию\", \"звернувся до суду\").")
    address_prepositions: Words = Field(default=(), description="The prepositions before whom a verb of "
                                        "addressing addresses (\"к\", \"до\").")
    people_endings: Words = Field(default=(), description="Endings of the plural nouns of people after the "
                                  "preposition (\"жителям\", \"мешканців\", \"городян\").")
    quote_nouns: Words = Field(default=(), description="Lemmas of the nouns for words passed on (\"слова\", "
                               "\"цитата\") that make a quoting verb a report (\"приводит слова X\").")
    interview_words: Words = Field(default=(), description="Lemmas of the words after a verb that name the "
                                   "interview the speaker gave an outlet (\"сказал в интервью газете X\"): "
                                   "the speaker's words reach the article through X.")
    broadcast_words: Words = Field(default=(), description="Those of the interview words that name a broadcast "
                                   "(\"в эфире X\", \"в ефірі X\"): X is where the speaker spoke, neither the "
                                   "speaker nor a relay of the words.")


class ScareQuotes(ScareQuoteRules):
    """The English scare-quote fields, matched on lemmas ("газета", "назвать"; loaded terms in any case form),
    and the "so-called" patterns that stand right before a quote."""

    speech_introducers: Words = Field(description="Lemmas before a quote that make it someone's words (\"назвать\").")
    so_called: Patterns = Field(description="Regular expressions for \"so-called\" right before a quote.")
    thing_names: Words = Field(default=(), description="Stems of the nicknames of things, weapons above all, and of "
                               "services (\"скорая\") that the press quotes in lower case (\"шахед\" for «шахедів», "
                               "«шахедами»): a name, no scare quote.")


class CyrillicHedges(_Rules):
    """Hedges of one language (``data/<lang>/hedges.yaml``)."""

    epistemic_words: Words = Field(description="Words and fixed phrases of uncertainty (\"якобы\", \"нібито\").")
    epistemic_patterns: Patterns = Field(description="Regular expressions for epistemic modals (\"могли быть\").")
    comparison_patterns: Patterns = Field(default=(), description="Regular expressions for a comparison (\"так, ніби\", "
                                          "\"выглядит, будто\") in which an epistemic word says \"as if\", or a time "
                                          "(\"попередньо погоджені\": agreed before), no hedge.")
    modal_exceptions: Patterns = Field(default=(), description="Regular expressions for a purpose, a condition or a "
                                       "question in which a modal is no doubt (\"щоб трибуни могли заспівати\", "
                                       "\"как такое могло случиться\"): an ``epistemic_patterns`` match starting "
                                       "inside one is no hedge.")
    distancing_verbs: Words = Field(description="Lemmas of reporting verbs that cast doubt (\"утверждать\").")
    distancing_patterns: Patterns = Field(default=(), description="Regular expressions for distancing phrases.")
    evidential_patterns: Patterns = Field(description="Regular expressions for verification disclaimers.")
    scare_quotes: ScareQuotes


NameCase = Literal["nomn", "gent", "datv", "accs", "ablt", "loct"]


class NameParadigm(_Rules):
    """How one kind of personal name declines: the ending of its nominative and of its other case forms
    ("Ковальчук", "Ковальчука", "Ковальчуку"...: a masculine name on a consonant)."""

    gender: Literal["masc", "femn"] = Field(description="The gender of the names that decline so.")
    nominative: str = Field(description="The ending of the nominative (\"\" for a name ending in a consonant).")
    forms: dict[NameCase, tuple[str, ...]] = Field(description="Case -> endings of that case form (\"\" for a "
                                                   "name that does not decline).")


class CyrillicDiscourse(_Rules):
    """Carry-over, labels, pronouns and source nouns of one language (``data/<lang>/discourse.yaml``)."""

    continuation_openers: Words = Field(description="Openers that continue the report before (\"кроме того\").")
    surname_endings: Words = Field(default=(), description="Endings of surnames (\"-енко\", \"-ський\"): a "
                                   "capitalised word with one opening the sentence before a verb of saying is a "
                                   "person's surname (\"Федоров повідомив\"), where the dictionary cannot tell.")
    back_demonstratives: Words = Field(default=(), description="Demonstratives that point at what the report "
                                       "just told (\"Близько 40 з цих дронів ...\"): among the first words of the "
                                       "next paragraph, they carry the report on (``carry.demonstrative``).")
    demonstrated_times: Words = Field(default=(), description="Nouns of time after a demonstrative (\"в эти дни\"): "
                                      "a time, not what the report told; no ``carry.demonstrative``.")
    sequence_prepositions: Words = Field(default=(), description="Prepositions before a demonstrative that order "
                                         "events (\"до этого\", \"після цього\"): background, no "
                                         "``carry.demonstrative``.")
    counting_openers: Words = Field(default=(), description="One more of what the report counts, opening the next "
                                    "paragraph (\"Еще один удар пришелся по ферме.\"): the report goes on "
                                    "(``carry.continuation_opener``), unless the sentence brings in a speaker of its "
                                    "own (\"Еще один собеседник сказал\").")
    comma_openers: Words = Field(default=(), description="Words that continue the report before only when a comma "
                                 "follows them (\"Так, 10 из них сбили над Брянской областью\"; not \"Так и не "
                                 "удалось\").")
    body_compounds: Patterns = Field(default=(), description="Regular expressions for a body's compound one-word "
                                     "name, on the lower-case word (\"Укравтодор\", \"Нафтогаз\", "
                                     "\"Харківобленерго\"): after \"в\"/\"у\" it names a body that speaks "
                                     "(\"повідомили в Укравтодорі\"), never a place, where no dictionary says so.")
    background_openers: Words = Field(description="Openers of the outlet's own background (\"ранее\", \"нагадаємо\").")
    background_patterns: Patterns = Field(default=(), description="Regular expressions for the outlet's background.")
    label_lines: dict[str, LabelRole] = Field(description="Line labels before a colon and what they mark "
                                              "(\"джерело\": source, \"пряма мова\": speech).")
    person_pronouns: Words = Field(description="Pronouns (any case) that refer back to one person.")
    group_pronouns: Words = Field(description="Pronouns (any case) that refer back to a group or a body.")
    acted_on_heads: Words = Field(default=(), description="Lemmas of nouns for people a report tells of (\"мужчина\", "
                                  "\"чоловік\", \"пострадавший\"): in a paragraph of bare details with no word of "
                                  "saying, they bring in no one new.")
    body_voices: Words = Field(default=(), description="Lemmas of plural nouns for a state body's people "
                               "(\"силовики\", \"правоохоронці\"): alone, right after such a body spoke, that body.")
    member_heads: Words = Field(default=(), description="Lemmas of people who speak for the body named right after "
                                "them (\"аналитики ISW\", \"аналітики проєкту DeepState\"): the body is the source.")
    member_bodies: Words = Field(default=(), description="Lemmas of nouns that may stand between such people and the "
                                 "body's name (\"проект\", \"центр\"): \"аналитики проекта DeepState\".")
    neuter_pronouns: Words = Field(default=(), description="Neuter pronouns in the nominative (\"воно\", \"оно\"): "
                                   "the last source that spoke and is no person, as a neuter noun names it (\"джерело\", "
                                   "\"видання\", \"міністерство\").")
    display_words: Words = Field(default=(), description="Words by which a sentence ending on a colon points at a "
                                 "chart, a map or a list below it (\"на карті нижче:\"), not at the speaker's words.")
    place_pointers: Words = Field(default=(), description="Adverbs that stand for the body last named as the subject "
                                  "place of a plural reporting verb with no subject (\"Там сообщили, что ...\").")
    outlet_pointers: Words = Field(default=(), description="Lemmas of nouns for an outlet that, after \"в\"/\"у\" "
                                   "before a plural reporting verb, stand for the outlet last named (\"В издании "
                                   "отметили, что ...\").")
    outlet_words: Words = Field(description="Words by which the outlet speaks as \"we\".")
    own_side_nouns: Words = Field(default=(), description="Lemmas of nouns for the country's own forces after \"our\" "
                                  "(\"Наші захисники відбили атаки\"): the report's words, not the outlet speaking "
                                  "as \"we\".")
    speaker_words: Words = Field(default=(), description="Words by which one person speaks of themself (\"я\", "
                                 "\"мене\", \"мій\"): a paragraph with them after someone's report is that "
                                 "speaker's words, quotation marks or not.")
    role_nouns: dict[Literal["government", "military", "official", "person", "media", "organization"], Words] = Field(
        description="Source kind -> lemmas of nouns that name a source by its role (\"губернатор\", \"відомство\").")
    complement_heads: Words = Field(description="Lemmas a role or unnamed-source phrase extends over "
                                    "(\"область\" in \"губернатор Курской области\").")
    anonymous_heads: Words = Field(description="Lemmas of nouns that name an unnamed source (\"источник\", \"очевидець\").")
    company_words: Words = Field(default=(), description="Last words of a company's name in Latin letters "
                                 "(\"Corporation\", \"Holding\"): a company, where any other Latin name is an outlet's.")
    demonym_endings: Words = Field(default=(), description="Endings of nouns naming people by their town "
                                   "(\"харьковчанка\", \"киевлянин\", \"львів'янка\"): an unnamed source, as "
                                   "\"местная жительница\" is.")
    generic_titles: Words = Field(default=(), description="Back nouns that stand for any official named before "
                                  "(\"посадовець\", \"глава\"); the other back nouns of people are titles, never "
                                  "one named with another title (\"губернатор\" is no \"чиновник Иван Орлов\").")
    closeness_adjectives: Words = Field(default=(), description="Lemmas of adjectives that place an unnamed source "
                                        "near a body, after the noun and a comma (\"источники, близкие к Кремлю\"): "
                                        "the phrase is the source's even where it closes the sentence.")
    unnamed_in_english: dict[str, str] = Field(default_factory=dict, description="Unnamed-source noun -> its "
                                               "English word, for a source placed in a registry body (\"джерела "
                                               "в СБУ\" is \"sources in the Security Service of Ukraine\", the "
                                               "same name and id as in English).")
    first_names: Words = Field(default=(), description="Common first names in the nominative: a capitalised pair "
                               "that opens with one is a person's name even after a capitalised complement "
                               "(\"голова Верховної Ради Дмитро Разумков\"), where no dictionary says so.")
    unnamed_adjectives: Words = Field(default=(), description="Lemmas of adjectives that leave a role's holder "
                                      "unnamed (\"неназванный сотрудник\", \"анонімний посадовець\").")
    time_words: Words = Field(default=(), description="Days of the week and months in their case forms: never a source, "
                              "though a word list's stem may match one (\"у четвер\" is no \"четверо\").")
    subunit_nouns: Words = Field(default=(), description="Lemmas of a body's units (\"управление\", \"департамент\"): "
                                 "with a known body named after them (\"Главное управление МВД\") the body speaks; "
                                 "alone, with their own name in the genitive, they are a body of their own.")
    descriptor_nouns: Words = Field(description="Lemmas that describe a named source without naming it (\"канал\").")
    back_nouns: Words = Field(default=(), description="Role nouns that refer back to the last source of their "
                              "kind named before (\"ведомство\", \"видання\"); other role nouns name a new source "
                              "unless the same noun named one before.")
    country_back_nouns: Words = Field(default=(), description="Back nouns that may stand for a country named "
                                      "before (\"сторона\": \"українська сторона\"); the other back nouns stand for "
                                      "a body (\"пресслужба\", \"відомство\"), never a country.")
    role_synonyms: dict[str, str] = Field(default_factory=dict, description="Role nouns that name the same office "
                                          "as another (\"глава\" -> \"голова\"): a later \"голова ОВА\" finds the "
                                          "person first named as \"глава Харківської ОВА\".")
    responder_nouns: Words = Field(default=(), description="Lemmas of the services a report tells at work "
                                   "(\"рятувальники\", \"спасатели\", \"слідчі\"): named in the plural in a "
                                   "paragraph of details after the report, they are what it is about, not a new "
                                   "voice, and the report goes on (``carry.bare_details``).")
    office_phrases: dict[str, str] = Field(default_factory=dict, description="Phrases that name the same office as "
                                           "another (\"глава региона\" -> \"губернатор\", \"глава Минфина\" -> "
                                           "\"министр финансов\"): a later \"губернатор\" finds the person first "
                                           "named as \"глава региона\".")
    person_back_nouns: Words = Field(default=(), description="Lemmas of professions that, alone, refer back to the "
                                     "person last named (\"— сказав експерт\" after \"аналітик Ярослав "
                                     "Мельничук\"); with nobody named before, an unnamed source.")
    expert_nouns: Words = Field(default=(), description="Lemmas of a commentator's professions that stand for one "
                                "another (\"— пояснив економіст\" after \"аналітик Петро Коваль\"): one of them "
                                "alone refers back to the person named with any of them.")
    voice_nouns: Words = Field(default=(), description="Lemmas of a body's voice that stand for the body named "
                               "after them (\"пресс-служба Минобороны\").")
    prepositions: Words = Field(description="Prepositions after which a word is no subject (\"в\" and \"у\" excepted).")
    subordinators: Words = Field(description="Words that open a reported clause (\"что\", \"що\").")
    relatives: Words = Field(default=(), description="Relative pronouns, as lemmas, that open a clause about the noun "
                             "before them (\"который\", \"який\"): a subject's relative clause does not end its clause.")
    place_relatives: Words = Field(default=(), description="Relative words of place (\"где\", \"де\") that open "
                                   "a clause whose verb, with no subject of its own, is said by the subject of the "
                                   "clause before (\"вышел на связь в Telegram-канале, где рассказал\").")
    bullets: str = Field(default="▪•◦‣►●🔹🔸➖▫*-", description="Characters that open a list item.")
    parentheticals: Words = Field(default=(), description="Phrases set off by commas between a speaker and the "
                                  "verb (\"Песков, в свою очередь, заявил\"): the speaker is still the subject.")
    name_paradigms: tuple[NameParadigm, ...] = Field(default=(), description="How personal names decline, so that "
                                                     "every case form of a name outside the registry gets its "
                                                     "nominative (\"Игоря Куцака\" is \"Игорь Куцак\").")


class CyrillicPage(_Rules):
    """What ``data/<lang>/page.yaml`` holds besides the English page fields."""

    time_lines: Patterns = Field(default=(), description="Regular expressions for whole lines that date a list "
                                 "item (\"п’ятниця, 6 лютого 2026, 1:17\"): what follows them is another story.")
    channel_header_lines: Patterns = Field(default=(), description="Regular expressions for whole lines of a "
                                           "Telegram channel's header on its web preview (\"Подписаться на "
                                           "канал\"): the channel's name and description above them are no post.")


class CyrillicRules(_Rules):
    """All rules of one language."""

    language: Literal["ru", "uk"]
    page: PageRules
    page_extra: CyrillicPage = CyrillicPage()
    cues: CyrillicCues
    hedges: CyrillicHedges
    discourse: CyrillicDiscourse


def merged_page(extra: dict, path: Path) -> PageRules:
    """The English page rules with a language's additions appended to every list."""
    extra = {k: v for k, v in extra.items() if k not in CyrillicPage.model_fields}
    base = default_page().model_dump()
    unknown = set(extra) - set(base)
    if unknown:
        raise RuleFileError(f"{path}: field {sorted(unknown)[0]}: unknown field; use one of {sorted(base)}")
    combined = dict(base)
    for key, values in extra.items():
        if not isinstance(values, list):
            raise RuleFileError(f"{path}: field {key}: expected a list, got {type(values).__name__}")
        # The first boilerplate line is the time-stamp pattern the page reader relies on: additions go after it.
        combined[key] = list(base[key]) + values if key != "prose_words" else values
    # Russian and Ukrainian have no articles: a stopless line is not told from a headline by their absence.
    if "articles" in combined:
        combined["articles"] = list(extra.get("articles", []))
    combined["foreign_lines"] = list(extra.get("foreign_lines", []))  # Cyrillic is the page's own script here
    try:
        return PageRules.model_validate(combined)
    except ValidationError as error:
        raise RuleFileError(describe_errors(path, error)) from None


def load_language(language: str, folder: Path | str | None = None) -> CyrillicRules:
    """Read and validate the four rule files of a language from ``folder`` (default: the packaged ones)."""
    if language not in LANGUAGES:
        raise ValueError(f"no Cyrillic rules for language {language!r}; use one of {', '.join(LANGUAGES)}")
    base = Path(folder) if folder is not None else packaged(language)
    page_path = base / "page.yaml"
    page_data = read_data(page_path)
    if not isinstance(page_data, dict):
        raise RuleFileError(f"{page_path}: file: expected a mapping of lists, got {type(page_data).__name__}")
    try:
        page_extra = CyrillicPage.model_validate({k: v for k, v in page_data.items() if k in CyrillicPage.model_fields})
    except ValidationError as error:
        raise RuleFileError(describe_errors(page_path, error)) from None
    return CyrillicRules(
        language=language,  # type: ignore[arg-type]
        page=merged_page(page_data, page_path),
        page_extra=page_extra,
        cues=load_rules(CyrillicCues, base / "cues.yaml"),
        hedges=load_rules(CyrillicHedges, base / "hedges.yaml"),
        discourse=load_rules(CyrillicDiscourse, base / "discourse.yaml"),
    )


@cache
def default_rules(language: str) -> CyrillicRules:
    """The packaged rules of a language, read once."""
    return load_language(language)
