"""Carry-over rules one by one: each named rule on sentences written for these tests, and the state they share."""

from __future__ import annotations

import pytest

from attribution.carryover import CarryRules, CarryState, Context
from attribution.models import Source
from attribution.rules import default_discourse

REPORT = "Governor Vyacheslav Gladkov said a drone hit a house in Belgorod."
GLADKOV = Source(id="vyacheslav-gladkov", name="Vyacheslav Gladkov", kind="official", mention="Vyacheslav Gladkov")


@pytest.fixture(scope="module")
def rules():
    return CarryRules(default_discourse())


def _context(extractor, text: str, index: int = -1) -> Context:
    doc = extractor.nlp(text)
    sentences = extractor.nlp.get_pipe("attribution_layout").read(text).sentences
    sentence = sentences[index]
    entities = [e for e in doc.ents if sentence.start <= e.start_char and e.end_char <= sentence.end]
    return Context(doc, text, sentence, entities)


def _state_after_report(extractor, text: str) -> CarryState:
    first = extractor.nlp.get_pipe("attribution_layout").read(text).sentences[0]
    state = CarryState()
    state.start([GLADKOV], first.block.paragraph, 0)
    return state


CONTINUES = [
    # (text: the report, then the sentence to judge; the rule expected, or None where carry-over ends)
    (REPORT + " One man has a broken arm.", "carry.same_paragraph"),
    (REPORT + "\n\nIn addition, a power line was damaged.", "carry.continuation_opener"),
    (REPORT + "\n\nThe attack also damaged two cars.", "carry.also"),
    # ...not what an actor named as the subject also did, in the outlet's words
    (REPORT + "\n\nRussia also shelled three villages in the Kharkiv region.", None),
    # "Meanwhile," opens another item, in the outlet's voice
    (REPORT + "\n\nMeanwhile, floods in Odesa destroyed two bridges.", None),
    # "as well as" joins two things; it adds nothing to the report
    (REPORT + "\n\nFirefighters from Milton as well as Easton helped battle the flames.", None),
    (REPORT + "\n\nNine more residents were injured.", "carry.bare_details"),
    # a new paragraph that names people or places of its own is not more of the report
    (REPORT + "\n\nKharkiv Mayor Ihor Terekhov visited the hospital in Kyiv.", None),
    # two paragraphs on is too far
    (REPORT + "\n\nNine more residents were injured.\n\nFour houses burned.", None),
    # the outlet's background
    (REPORT + " Recall that Belgorod has been shelled since 2022.", None),
    # the outlet narrating what the source did, or speaking as "we"
    (REPORT + " Gladkov made the remarks in a video address.", None),
    (REPORT + " We will keep following the story.", None),
]


def test_after_a_quotation_only_a_tied_next_paragraph_goes_on(extractor, rules):
    text = REPORT + "\n\n"
    for following, rule in [("Nine more residents were injured.", None), ("The attack also damaged two cars.", "carry.also"),
                            ("In addition, a power line was damaged.", "carry.continuation_opener"),
                            ("According to preliminary information, one woman was wounded.",
                             "carry.continuation_opener")]:
        state = _state_after_report(extractor, text + following)
        state.quoted = True
        assert rules.continues(_context(extractor, text + following), state) == rule


@pytest.mark.parametrize("text, rule", CONTINUES, ids=[c[0][len(REPORT):][:40].strip() for c in CONTINUES])
def test_continues(extractor, rules, text, rule):
    state = _state_after_report(extractor, text)
    if text.count("\n\n") == 2:
        state.extend(state.paragraph)  # the middle paragraph was not carried
    assert rules.continues(_context(extractor, text), state) == rule


BACKGROUND = [
    ("Recall that the city has been shelled since 2022.", True),
    ("Earlier, the ministry said the village was taken.", True),
    ("One man has a broken arm.", False),
]


@pytest.mark.parametrize("sentence, expected", BACKGROUND, ids=[b[0][:30] for b in BACKGROUND])
def test_opens_background(extractor, rules, sentence, expected):
    assert rules.opens_background(_context(extractor, sentence)) is expected


OPENERS = [("In addition, a line was cut.", True), ("Also, two cars burned.", True), ("A line was cut.", False)]


@pytest.mark.parametrize("sentence, expected", OPENERS, ids=[o[0][:20] for o in OPENERS])
def test_opens_with_continuation(extractor, rules, sentence, expected):
    assert rules.opens_with_continuation(_context(extractor, sentence)) is expected


BARE = [("Nine more residents were injured.", True), ("Two people died in Kharkiv.", False),
        ("Rescuers worked through the night.", True), ("Zelensky thanked the rescuers.", False),
        # a nationality qualifying a thing names no one new; qualifying the subject, it brings in an actor
        ("About 9,000 tonnes of Russian fuel were stored at the depot.", True),
        ("Russian propaganda again called the strike a success.", False)]


@pytest.mark.parametrize("sentence, expected", BARE, ids=[b[0][:20] for b in BARE])
def test_gives_bare_details(extractor, rules, sentence, expected):
    assert rules.gives_bare_details(_context(extractor, sentence)) is expected


def test_nothing_carries_without_a_report(extractor, rules):
    assert rules.continues(_context(extractor, "One man has a broken arm."), CarryState()) is None


def test_state_starts_extends_and_ends():
    state = CarryState()
    assert not state.active
    state.start([GLADKOV], 3, 5)
    state.extend(4)
    assert (state.active, state.paragraph, state.origin) == (True, 4, 5)
    state.end()
    assert (state.active, state.sources, state.origin) == (False, [], None)


LABELLED = ("Drone crashes near Azov\n\nA drone crashed near Azov.\n\nSource: Vasily Golubev on Telegram\n\n"
            "Details: The roof of a barn was damaged.\n\nNo injuries were recorded.\n\n"
            "Baza cites early reports that two houses were damaged.\n\nSource: Ukrainska Pravda\n")


def test_a_source_label_credits_the_item_under_it_and_its_lead(extractor):
    claims = extractor.extract(LABELLED)
    got = [(c.text[:12], c.attribution, [s.name for s in c.sources]) for c in claims]
    assert got[1] == ("A drone cras", "implicit", ["Vasily Golubev"])
    assert got[2][1:] == ("according_to", ["Vasily Golubev"])
    assert got[3] == ("Details: The", "indirect", ["Vasily Golubev"])
    assert got[4] == ("No injuries ", "implicit", ["Vasily Golubev"])
    assert got[5][2] == ["Baza", "early reports"]  # a new source ends the label's report


def test_a_source_line_after_the_text_is_a_credit_not_a_label(extractor):
    claims = extractor.extract(LABELLED)
    assert not any(c.text.startswith("Source: Ukrainska") for c in claims)
