"""Rule files: load the cue, hedge and page-layout lexicons from YAML or JSON and validate every entry."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from .errors import RuleFileError

DATA_PACKAGE = "attribution.data"


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lowercase_words(values: tuple[str, ...]) -> tuple[str, ...]:
    # lower case, and "ё" as "е", as the lemmatizer gives lemmas ("подчёркивать" is "подчеркивать")
    cleaned = tuple(" ".join(v.split()).lower().replace("ё", "е") for v in values)
    for index, value in enumerate(cleaned):
        if not value:
            raise ValueError(f"item {index} is empty")
    return cleaned


def _compiled(patterns: tuple[str, ...]) -> tuple[str, ...]:
    for index, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
            # Some lists are joined into one alternation, where a global flag such as "(?i)" is an error.
            re.compile(f"(?:{pattern})")
        except re.error as error:
            hint = "; use a scoped flag such as (?i:...) instead" if "global flags" in str(error) else ""
            raise ValueError(f"item {index}: bad regular expression {pattern!r}: {error}{hint}") from None
    return patterns


def _named(value: Any) -> Any:
    """A list of patterns is numbered from 1 in file order; a mapping names each pattern by its key."""
    if isinstance(value, (list, tuple)):
        return {str(index): pattern for index, pattern in enumerate(value, 1)}
    return value


def _compiled_named(patterns: dict[str, str]) -> dict[str, str]:
    for name, pattern in patterns.items():
        if not ENTRY_NAME.fullmatch(name):
            raise ValueError(f"entry {name!r}: a pattern's name is letters, digits, '-' and '_'")
        try:
            _compiled((pattern,))
        except ValueError as error:
            raise ValueError(str(error).replace("item 0", f"entry {name!r}", 1)) from None
    return patterns


ENTRY_NAME = re.compile(r"[\w-]+")
Words = Annotated[tuple[str, ...], AfterValidator(_lowercase_words)]
Patterns = Annotated[tuple[str, ...], AfterValidator(_compiled)]
# Patterns whose matches decide a claim: each has a name, so Claim.rules can say which entry fired.
NamedPatterns = Annotated[dict[str, str], BeforeValidator(_named), AfterValidator(_compiled_named)]


def entry_id(lexicon: str, field: str, entry: str) -> str:
    """The id of one lexicon entry, as ``Claim.rules`` reports it: ``cues.reporting_verbs:say``."""
    return f"{lexicon}.{field}:{entry}"


class CueRules(_Rules):
    """Attribution cues (``data/cues.yaml``)."""

    reporting_verbs: Words = Field(description="Lemmas of reporting verbs.")
    clause_only_verbs: Words = Field(description="Reporting verbs that count only with a clause, quote or speech object.")
    phrasal_verbs: Words = Field(default=(), description="Verb + particle pairs that report speech (\"hit back\").")
    act_phrasal_verbs: Words = Field(default=(), description="Verb + particle (or preposition) pairs made of a verb "
                                     "of saying that report nothing (\"find out\", \"slam into\"): an act, not a "
                                     "report.")
    carrying_participles: Words = Field(default=(), description="Participles by which an outlet passes on the "
                                        "statement the speaker spoke in (\"said in a statement carried by Al "
                                        "Jazeera\"): the speaker via the outlet.")
    speech_adverbs: Words = Field(default=(), description="Adverbs of the telling between a closing speaker and its "
                                  "verb (\"officials have reportedly said\").")
    time_phrase_nouns: Words = Field(default=(), description="Nouns of a time phrase the entity recogniser may miss "
                                     "(\"The following day, Hungary announced\"): no speaker.")
    briefing_nouns: Words = Field(default=(), description="Objects of \"give\" that put a speaker before the press "
                                  "(\"are giving an update\"): the quotation after the sentence is theirs.")
    carried_words: Words = Field(default=(), description="Objects of a verb of carrying that are someone's words "
                                 "(\"Reuters is carrying the words of X\"): the owner via the subject.")
    figure_verbs: Words = Field(default=(), description="Verbs that report a figure when their object is one of "
                                "``figure_nouns`` (\"officials put the death toll at 12\").")
    figure_nouns: Words = Field(default=(), description="Nouns of figures a source gives (\"toll\", \"number\").")
    forecast_verbs: Words = Field(default=(), description="Verbs that report a forecast when their object is a "
                                  "figure itself (\"Analysts had expected 2.3 million\", \"forecast $4 billion\").")
    voicing_verbs: Words = Field(default=(), description="Verbs that report when their object is one of "
                                 "``voiced_nouns`` (\"residents voiced fears that ...\", \"the ministry expressed regret\").")
    voiced_nouns: Words = Field(default=(), description="Feelings and views a source voices (\"concern\", \"fears\").")
    making_clear: Words = Field(default=(), description="Adjectives after \"make (it)\" with a clause that report it "
                                "(\"made it clear that ...\", \"made plain that ...\").")
    assertion_adjectives: Words = Field(default=(), description="Adjectives after \"be\" that report the clause after "
                                        "them as their subject's (\"sources were adamant that ...\").")
    document_verbs: Words = Field(default=(), description="Verbs with which a document gives its words, reporting only "
                                  "when their subject is one of ``utterance_nouns`` (\"the statement reads\").")
    putting_verbs: Words = Field(default=(), description="Verbs that report with \"it\" as their object and \"as\" "
                                 "before them or speech after them (\"as one reporter put it, ...\").")
    pointer_nouns: Words = Field(default=(), description="Nouns that, after \"this\" or \"these\", are the report just "
                                 "told (\"shared this information\", \"confirmed these figures\").")
    according_to: Words = Field(description="Phrases whose object is the source.")
    evidence_nouns: Words = Field(description="Nouns that carry a source's evidence (\"data\").")
    evidence_verbs: Words = Field(description="Verbs with which evidence speaks (\"show\").")
    hearing_bodies: Words = Field(default=(), description="A court and those who sit in it: what they heard or were "
                                  "told is the report of whoever spoke before them (\"the court heard that ...\").")
    finding_nouns: Words = Field(default=(), description="Evidence that finds things, and so speaks with a noun "
                                 "phrase as well as a clause (\"the study found no link\"); not pictures, which show.")
    utterance_nouns: Words = Field(description="Nouns naming a source's words (\"statement\").")
    non_sources: Words = Field(default=(), description="Subject heads that are things, never sources (\"footage\").")
    citing_words: Words = Field(default=("citing", "quoting"), description="Phrase openers and verb lemmas with "
                                "which a speaker passes on another's words (\"citing X\", \"RIA quoted X\").")
    publishing_verbs: Words = Field(default=(), description="Verbs of putting out a document (\"issued\", "
                                    "\"released\"): with one of ``published_nouns`` and a colon after, its content follows; "
                                    "told by the outlet of someone else, they end a carried report.")
    posting_verbs: Words = Field(default=(), description="Verbs of writing a post (\"wrote\", \"posted\"): a "
                                 "paragraph of bare details after a quotation tagged with one is more of the post, "
                                 "not the outlet's.")
    published_nouns: Words = Field(default=(), description="Lemmas of documents whose content a colon after "
                                   "\"issued the following ...\" opens (\"recommendation\", \"guidance\").")
    intending_verbs: Words = Field(default=(), description="Verbs of a plan, a wish, an expectation or a duty "
                                   "(\"planning to ... to blame the army\", \"requires lenders to disclose\"): a verb "
                                   "of saying in the infinitive under one is not said yet, no report.")
    question_verbs: Words = Field(default=(), description="Verbs of finding out (\"determine\", \"establish\") "
                                  "that report a finding only with a that-clause: with \"whether\", \"if\" or a "
                                  "wh-word (\"could determine whether the port is sold\") they ask, and report "
                                  "nothing.")
    directing_verbs: Words = Field(default=(), description="Verbs of telling someone what to do (\"Drivers were "
                                   "advised not to call the hotline\"): a verb of saying under one, negated, is an "
                                   "instruction, neither a report nor a silence.")
    permitting_verbs: Words = Field(default=(), description="Verbs of giving leave (\"granted them anonymity to "
                                    "speak\", \"authorized to speak\"): a verb of saying in the infinitive after them "
                                    "reports nothing.")
    learning_verbs: Words = Field(default=(), description="Verbs of finding out from someone (\"Agentstvo has "
                                  "learned from two officials\"): the ones learned from speak, through the learner.")
    citing_phrases: Words = Field(default=(), description="Phrases of the \"according to\" list that cite as "
                                  "\"citing\" does (\"reports with reference to Energoatom\"): the object via the speaker.")
    referring_phrases: Words = Field(default=(), description="Phrases of the \"according to\" list that cite only "
                                     "a source named as one (\"referring to its sources\", \"referring to the General "
                                     "Staff\"), not a bare name of what was spoken of (\"referring to Oakby and "
                                     "Wrenfield\").")
    relaying_phrases: Words = Field(default=("as quoted by", "as cited by", "as reported by"), description=(
        "Phrases of the main cue's \"according to\" list whose object passes on the speaker's words "
        "(\"The ministry, as quoted by UNIAN, announced\")."))
    silence_patterns: NamedPatterns = Field(default_factory=dict, description=(
        "Named regular expressions (case-insensitive) of reports of silence with no reporting verb of their own "
        "(\"declined to comment\", \"There was no immediate comment from Moscow\")."))
    unknown_patterns: NamedPatterns = Field(default_factory=dict, description=(
        "Named regular expressions (case-insensitive) of the outlet saying what is not known yet, with no reporting "
        "verb of their own (\"It was not immediately clear ...\", \"Police are withholding the names\"): the "
        "outlet's own account, which ends carry-over; never read inside a report."))
    document_nouns: Words = Field(default=(), description=(
        "Papers that speak for themselves when no author stands with them (\"Court records show ...\", \"the "
        "affidavit says ...\"): the document is the source."))
    speech_event_nouns: Words = Field(default=(), description=(
        "Occasions of speaking whose participle says what was said, the occasion's holder speaking (\"Police held a "
        "press conference confirming two deaths\", \"The governor posted a video announcing a curfew\")."))
    finite_clause_verbs: Words = Field(default=(), description=(
        "Clause-only verbs that report only a finite clause (\"expects that prices will rise\"), not an object "
        "and an infinitive (\"expect their running back to miss six weeks\")."))
    act_objects: dict[str, Words] = Field(default_factory=dict, description=(
        "By verb lemma, objects that make a verb of saying an act rather than a report (\"declared a state of "
        "emergency\", \"denied bail\"): no cue."))
    eager_adjectives: Words = Field(default=(), description=(
        "Adjectives through which a subject speaks with an infinitive (\"was quick to point out\", \"keen to "
        "stress\"): the verb of saying takes the subject of \"is\"."))
    refusing_verbs: Words = Field(default=(), description=(
        "Verbs by which a source keeps silent about what a verb of saying after them would have told "
        "(\"declined to say whether\"): the outlet reports a silence."))
    answering_verbs: Words = Field(default=(), description=(
        "Verbs by which a subject answers or weighs what someone else put out (\"denied reports claiming\"): "
        "never the one who put it out."))
    of_speech_verbs: Words = Field(default=(), description=(
        "Verbs of speech whose \"of\" phrase is what was said (\"spoke of their anger\")."))
    hearer_object_verbs: Words = Field(default=(), description=(
        "Verbs of saying whose object is the one spoken to or about, never the speaker: a sentence that ends "
        "\", told the newspaper.\" or \", assured the crowd.\" is no inverted tag."))
    nested_speech_verbs: Words = Field(default=("say", "tell", "write", "state", "report", "announce"), description=(
        "Plain verbs of saying whose speaker, inside another person's report, is a link of a chain "
        "(\"Poroshenko said Putin told him\")."))
    characterizing_verbs: Words = Field(default=("describe", "characterize", "characterise", "label", "portray"),
                                        description="Clause-only verbs that report speech with an \"as\" phrase "
                                        "(\"A spokeswoman described the talks as frank\").")
    passive_speech_verbs: Words = Field(default=("report", "quote", "cite", "record", "hear", "overhear", "say",
                                                 "understand"),
                                        description="Verbs whose passive subject is the speaker when a verb of "
                                        "saying follows (\"was reported as saying\", \"was quoted as saying\").")
    relay_verbs: Words = Field(default=("tell",), description="Verbs whose object is the outlet that carries the "
                               "speaker's words (\"a source told RBC-Ukraine\").")
    relay_nouns: Words = Field(default=("interview", "comments", "comment", "remarks", "conversation"),
                               description="Nouns of speaking to an outlet (\"in an interview with CNN\").")
    dispatch_nouns: Words = Field(default=(), description="News items an outlet puts out (\"In a separate Xinhua "
                                  "dispatch, the ministry criticised ...\"): the outlet named on one passes on the "
                                  "words of whoever speaks in it.")


class ScareQuoteRules(_Rules):
    max_words: int = Field(ge=1, le=12, description="Longest quoted expression that can be a scare quote.")
    title_markers: Words = Field(description="Words before a quoted name that make it a title.")
    category_nouns: Words = Field(default=(), description="Nouns after a quoted word that make it the name of a "
                                  "category (a \"buy\" rating, the \"overweight\" list), not a scare quote.")
    loaded_terms: Words = Field(default=(), description="Terms that, quoted, are always distanced from (\"liberated\").")
    speech_introducers: Words = Field(default=(), description="Words before a quotation that make it someone's "
                                      "words, not a scare quote (\"called it\", \"described as\").")


class HedgeRules(_Rules):
    """Hedge lexicons (``data/hedges.yaml``)."""

    epistemic_words: Words
    comparison_words: Words = Field(default=(), description="Words of degree before an epistemic word that make "
                                    "it a comparison of chances (\"four times less likely to\"), no hedge.")
    epistemic_patterns: NamedPatterns
    distancing_verbs: Words
    evidential_patterns: NamedPatterns
    scare_quotes: ScareQuoteRules


class PageRules(_Rules):
    """Page layout (``data/page.yaml``): what marks boilerplate and what ends a sentence."""

    boilerplate_lines: Patterns = Field(description="Regular expressions for whole lines that are never article text.")
    boilerplate_phrases: Patterns = Field(description="Regular expressions that make any line containing them boilerplate.")
    datelines: Patterns = Field(description="Regular expressions (case-sensitive) for datelines opening a paragraph.")
    block_starters: Words = Field(description="Labels that open a block of links or tags (\"Read also\").")
    abbreviations: Words = Field(description="Abbreviations whose full stop does not end a sentence.")
    label_lines: Patterns = Field(default=(), description="Regular expressions (case-insensitive) of label lines "
                                  "that credit the news item after them (\"Source: X\"); group ``source`` is the credit.")
    appeal_openers: Patterns = Field(default=(), description="Regular expressions (case-insensitive) for whole lines "
                                     "that open the outlet's letter to its readers (\"Dear readers,\"): the lines "
                                     "after it, up to a line of ``appeal_closers``, are the appeal, not the article.")
    appeal_closers: Patterns = Field(default=(), description="Regular expressions (case-insensitive) for whole lines "
                                     "that close such a letter (\"Remind me later.\", \"Not ready to support?\").")
    section_labels: Words = Field(default=(), description="Words that label a part of an item before a colon "
                                  "(\"Quote:\", \"Details:\"): never a speaker's name.")
    foreign_lines: Patterns = Field(default=(), description="Regular expressions for whole lines in another script "
                                    "than the language's: a credit or a label left from the outlet's other edition "
                                    "(\"Источник: Зеркало недели\" on an English page); the page's own language has none.")
    articles: Words = Field(default=(), description="The language's articles: a short line without a final stop "
                            "and without any of them is a headline (\"Woman fined after feeding pigeons\"); "
                            "empty for languages without articles.")
    auxiliaries: Words = Field(default=(), description="Auxiliary verbs (\"are\", \"was\", \"has\"), which "
                               "headlines leave out: with an article, they tell the words of a sentence the page cut "
                               "off at its end (\"Protesters are preparing\") from another story's title.")
    prose_words: Words = Field(default=(), description="Function words and verbs of running prose: a line without "
                               "a final stop that has enough of them is article text, not a headline or a menu.")
    prose_openers: Patterns = Field(default=(), description="Regular expressions (case-insensitive) of the words "
                                    "that open a sentence pointing back at the report (\"Про це повідомляє ...\", "
                                    "\"Об этом сообщает ...\"): a line they open is article text, whether or not it "
                                    "ends with a stop.")
    comment_headers: Patterns = Field(default=(), description="Regular expressions (case-insensitive) of a line "
                                      "opening a reader's comment (a name, then when it was posted): from the first "
                                      "of a thread of them, the page is comments.")
    comment_footers: Patterns = Field(default=(), description="Regular expressions (case-insensitive) of a line "
                                      "closing a reader's comment (\"Reply : 0 0\", \"Like · Reply\").")
    quote_tag_verbs: Words = Field(default=(), description="Forms of verbs that tag a quotation after its closing "
                                   "mark: after a quotation ending in \"!\" or \"?\", a name and one of them go on "
                                   "with the same sentence ('\"Get into the shelters!\" Mayor Vitali Klitschko warned').")
    open_words: Words = Field(default=(), description="Words a sentence cannot stop on (articles, prepositions, "
                              "conjunctions): the page's last line stopping on one was cut off mid-sentence.")
    photo_agencies: Words = Field(default=(), description="Photo agencies (lower case): a person's name and one of "
                                  "them in brackets (\"(Jane Doe, AP)\") credit a photograph, not a reporter's account.")


class MentionRules(_Rules):
    """How mentions name sources (``data/mentions.yaml``): unnamed sources, proxies, members, titles."""

    title_modifiers: Words = Field(description="Words of an office's title that are no name (\"deputy\").")
    title_abbreviations: Words = Field(default=(), description="Abbreviated titles whose full stop the parser takes for "
                                       "a name's end (\"Sgt.\" in \"police Sgt. Dana Lucero\"): the name follows.")
    name_prepositions: Words = Field(description="Prepositions that belong to a source's name (\"of\").")
    place_prepositions: Words = Field(description="Prepositions that place unnamed sources (\"in\", \"at\").")
    anonymous_heads: Words = Field(description="Heads of mentions of unnamed sources (\"source\", \"eyewitnesses\").")
    indefinite_only_heads: Words = Field(description="Heads unnamed only with an indefinite determiner (\"spokesman\").")
    party_epithets: Words = Field(default=(), description="Party names by which an article refers back to a "
                                  "politician (\"the Ohio Republican\", \"the Labour MP\"'s party): with \"the\", "
                                  "the person last cited.")
    post_nominals: Words = Field(default=(), description="Degrees and honours written after a person's name "
                                 "(\"Tom Berg, MD, a senior lecturer\"): the description after one is still the "
                                 "person's, not another name.")
    local_heads: Words = Field(default=(), description="Heads of people named by where they are (\"residents\", "
                               "\"eyewitnesses\"): a name before them is a place (\"Kursk residents\"), so they stay "
                               "unnamed.")
    indefinite_words: Words = Field(description="Determiners and numbers of unnamed sources (\"a\", \"two\").")
    country_nouns: Words = Field(default=(), description="Nouns that name a country cited before (\"the country\" "
                                 "after \"Kenya rejected the report\"): the state last cited.")
    staff_heads: Words = Field(default=(), description="Heads of one unnamed member of a named body's staff: "
                               "with an indefinite determiner (\"a Justice Department official\") unnamed, where "
                               "\"Treasury sources\" or \"a police spokesman\" speak as the body's own voice.")
    anonymity_clauses: Patterns = Field(default=(), description="Regular expressions for a clause set beside a "
                                        "speaker that withholds their name (\"who did not want to give her name\", "
                                        "\"who asked not to be identified\"): the speaker is unnamed, whatever the "
                                        "determiner.")
    unnamed_anaphors: Words = Field(default=(), description="Heads of \"the source\"-like anaphors that stay "
                                    "unnamed when no source of theirs was met before (\"the source said\").")
    office_back_nouns: Words = Field(default=(), description="Words for any holder of an office (\"the official\") "
                                     "that refer back to the office-holder last cited.")
    leaking_verbs: Words = Field(default=(), description="Verbs by which papers reach the public from someone who "
                                 "did not write them (\"documents leaked by X\"): X is not their author.")
    given_names: Words = Field(default=(), description="Given names: two to four capitalised words opening with one "
                               "are a person's name, whatever the entity recogniser took them for.")
    not_person_words: Words = Field(default=(), description="Words that make a run opening with a given name a "
                                    "place's or a body's name (\"Roman Catholic Church\").")
    person_back_nouns: Words = Field(default=(), description="Professions that, as \"the expert\" or \"the analyst\" "
                                     "alone, refer back to the person last cited; with nobody cited, an unnamed source.")
    role_synonyms: dict[str, Words] = Field(default_factory=dict, description=(
        "Role nouns and the others that name the same post: \"the coach said\" after \"manager Tom Briggs\"."))
    female_titles: Words = Field(default=(), description="Titles before a woman's name (\"Ms\", \"Mrs\"): \"he\" "
                                 "does not stand for her.")
    male_titles: Words = Field(default=(), description="Titles before a man's name (\"Mr\", \"Sir\"): \"she\" does "
                               "not stand for him.")
    person_heads: Words = Field(default=(), description="Singular heads of unnamed people whom \"he\" or "
                                "\"she\" can stand for (\"a resident\", \"a source\", \"a spokesman\").")
    affiliation_words: Words = Field(description="Words of where an unnamed source belongs (\"Russian\", \"Telegram\").")
    proxy_heads: Words = Field(description="Words or data that stand for their owner (\"data\", \"statement\").")
    body_voices: Words = Field(default=(), description="Bare plural nouns (\"officials\", \"authorities\") "
                               "that, with no word of their own, speak for the body last cited in the article.")
    member_heads: Words = Field(description="People who speak for the body they work at (\"analysts\").")
    informant_heads: Words = Field(default=("source", "sources", "insider", "insiders", "interlocutor"),
                                   description="Unnamed informants whose words reach us through the outlet they "
                                   "belong to (\"RIA Novosti's source\", \"a source from Krymskyi Veter\").")
    evidence_heads: Words = Field(description="Evidence named after its owner (\"figures\" in \"UKHSA figures\").")
    publication_heads: Words = Field(default=(), description="Pieces an outlet publishes (\"story\", \"column\"): "
                                     "\"a news story in Business First\" names the outlet it ran in.")
    country_forms: tuple[Words, ...] = Field(default=(), description="The forms that qualify a body by its "
                                             "country, one list per country (\"russia\", \"russian\", \"of "
                                             "russia\"): \"Russia's Ministry of Emergency Situations\" is the "
                                             "registry's \"Ministry of Emergency Situations of Russia\".")


class DiscourseRules(_Rules):
    """Carry-over and source kinds (``data/discourse.yaml``)."""

    continuation_openers: Words = Field(description="Sentence openers that continue the previous report.")
    background_openers: Words = Field(description="Sentence openers with which the outlet gives its own background.")
    background_patterns: Patterns = Field(description="Regular expressions that mark a sentence as the outlet's own background.")
    kind_nouns: dict[str, Words] = Field(description="Source kind -> head nouns that reveal it.")

    @field_validator("kind_nouns")
    @classmethod
    def _known_kinds(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        allowed = {"government", "military", "official", "person", "media", "organization"}
        for kind in value:
            if kind not in allowed:
                raise ValueError(f"unknown source kind {kind!r}; use one of {sorted(allowed)}")
        return value
    platforms: Words = Field(default=(), description="Platforms where sources post (\"Telegram\"): never a "
                             "source and never what \"it\" refers to.")
    descriptor_nouns: Words = Field(default=(), description="Nouns that describe a named source without being "
                                    "part of its name (\"the Rybar channel\", \"the Astra and Baza channels\").")
    place_units: Words = Field(default=(), description="Nouns of the units a report goes through place by place "
                               "(\"community\", \"district\"): a next paragraph that is one such item (\"Lypetska "
                               "community: mortar shelling.\", \"In Vovchansk district, a farm burned.\") goes on "
                               "with the report (``carry.place_item``).")
    market_nouns: Words = Field(default=(), description="Nouns for a company's shares as a subject (\"Shares in "
                                "Norvale were down 6%\", \"The stock closed 4% lower\"): with no cue of its own, the "
                                "sentence is the outlet's market report and ends the carried one.")
    masthead_words: Words = Field(default=(), description="Last words of a newspaper's name (\"the Baltic Courier\", "
                                  "\"the Denver Post\"): a capitalised name of two words or more ending in one is an "
                                  "outlet, which a later \"the newspaper\" stands for.")


def read_data(path: Path | str) -> Any:
    """Parse a YAML or JSON file safely (no code execution), naming the file on failure."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RuleFileError(f"{path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise RuleFileError(f"{path}: not UTF-8 text: {error}") from None
    try:
        if path.suffix.lower() == ".json":
            return json.loads(raw)
        return yaml.safe_load(raw)
    except yaml.constructor.ConstructorError as error:
        # safe_load builds plain data only: a tag asking for a Python object is refused, never run.
        mark = error.problem_mark
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise RuleFileError(f"{path}: refused YAML{where}: {error.problem}; rule and registry files hold plain "
                            f"data (lists, mappings, strings) and loading them never builds Python objects") from None
    except yaml.MarkedYAMLError as error:
        raise RuleFileError(f"{path}: not valid YAML: {_yaml_problem(error)}") from None
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        raise RuleFileError(f"{path}: not valid {path.suffix.lstrip('.').upper() or 'YAML'}: {error}") from None


def _yaml_problem(error: yaml.MarkedYAMLError) -> str:
    """A YAML syntax error on one line: where it is, what is wrong, and what was open there.

    PyYAML's own message spans several lines (with the source line and a caret), which reads as several
    problems when a file's errors are listed one per line.
    """
    mark = error.problem_mark or error.context_mark
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    problem = error.problem or "syntax error"
    context = ""
    if error.context:
        opened = error.context_mark
        at = f" at line {opened.line + 1}" if opened is not None and opened is not mark else ""
        context = f" ({error.context}{at})"
    return f"{where}{problem}{context}"


def describe_errors(path: Path | str, error: ValidationError, entry_names: dict[int, str] | None = None) -> str:
    """Render pydantic errors as "file: entry N (name): field X: message" lines."""
    lines = []
    for problem in error.errors():
        location = list(problem["loc"])
        where = []
        if location and isinstance(location[0], int):
            index = location.pop(0)
            label = f"entry {index}"
            if entry_names and index in entry_names:
                label += f" ({entry_names[index]})"
            where.append(label)
        if location:
            where.append("field " + ".".join(str(part) for part in location))
        lines.append(f"{path}: {': '.join(where) or 'file'}: {problem['msg']}")
    return "\n".join(lines)


RulesT = TypeVar("RulesT", bound=_Rules)


def load_rules(model: type[RulesT], path: Path | str) -> RulesT:
    """Read and validate one rule file against its model."""
    data = read_data(path)
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: file: expected a mapping of lists, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise RuleFileError(describe_errors(path, error)) from None


def packaged(name: str) -> Path:
    """Path of a data file shipped inside the package."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


# Term sets, like negspacy's: the general English lexicons are the files in ``attribution/data``; a term set
# adds the entries of one domain from ``attribution/data/termsets/<name>/<file>``. The default loads the
# conflict-news set (the Russia-Ukraine war's euphemisms and background openers).
TERMSETS: tuple[str, ...] = ("conflict",)


def load_with_termsets(model: type[RulesT], name: str, termsets: tuple[str, ...] = TERMSETS) -> RulesT:
    """A packaged rule file with the entries of the named term sets added to its lists."""
    base = packaged(name)
    data = read_data(base)
    sources = [str(base)]
    for termset in termsets:
        extra = Path(str(resources.files(DATA_PACKAGE).joinpath("termsets", termset, name)))
        if not extra.is_dir() and not Path(str(resources.files(DATA_PACKAGE).joinpath("termsets", termset))).is_dir():
            raise RuleFileError(f"no term set {termset!r}: the packaged ones are {', '.join(available_termsets())}")
        if extra.is_file():
            data = _merged(data, read_data(extra), extra)
            sources.append(str(extra))
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise RuleFileError(describe_errors(" + ".join(sources), error)) from None


def available_termsets() -> list[str]:
    """The names of the packaged term sets."""
    folder = Path(str(resources.files(DATA_PACKAGE).joinpath("termsets")))
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("_"))


def _merged(base: Any, extra: Any, where: Path) -> Any:
    """Lists are joined and mappings merged key by key; a term set may only add to keys the base file has
    (and new names to its named patterns)."""
    if not isinstance(extra, dict) or not isinstance(base, dict):
        raise RuleFileError(f"{where}: file: expected a mapping of lists")
    merged = dict(base)
    for key, value in extra.items():
        if key not in base:
            raise RuleFileError(f"{where}: field {key}: not a field of the general file")
        if isinstance(base[key], list) and isinstance(value, list):
            merged[key] = base[key] + value
        elif isinstance(base[key], dict) and all(isinstance(v, str) for v in base[key].values()) \
                and isinstance(value, dict):
            # Named patterns: a term set adds patterns under names of its own.
            taken = sorted(set(value) & set(base[key]))
            if taken:
                raise RuleFileError(f"{where}: field {key}: entry {taken[0]!r}: the general file already has it")
            merged[key] = {**base[key], **value}
        elif isinstance(base[key], dict) and isinstance(value, dict):
            merged[key] = _merged(base[key], value, where)
        else:
            raise RuleFileError(f"{where}: field {key}: a term set adds list entries only")
    return merged


def lexicon_entries(lexicon: str, rules: BaseModel, prefix: str = "") -> set[str]:
    """The ids of every entry of a loaded lexicon (``cues.reporting_verbs:say``, ``hedges.evidential_patterns:
    could-not-verify``): a word list's entries are named by themselves, named patterns by their names."""
    found: set[str] = set()
    for name in type(rules).model_fields:
        value = getattr(rules, name)
        if isinstance(value, BaseModel):
            found |= lexicon_entries(lexicon, value, f"{prefix}{name}.")
        elif isinstance(value, dict):
            found |= {entry_id(lexicon, prefix + name, key) for key in value}
        elif isinstance(value, tuple):
            found |= {entry_id(lexicon, prefix + name, entry) for entry in value if isinstance(entry, str)}
    return found


@cache
def default_cues() -> CueRules:
    return load_rules(CueRules, packaged("cues.yaml"))


@cache
def default_hedges() -> HedgeRules:
    return load_with_termsets(HedgeRules, "hedges.yaml")


@cache
def default_page() -> PageRules:
    return load_rules(PageRules, packaged("page.yaml"))


@cache
def default_discourse() -> DiscourseRules:
    return load_with_termsets(DiscourseRules, "discourse.yaml")


@cache
def default_mentions() -> MentionRules:
    return load_rules(MentionRules, packaged("mentions.yaml"))
