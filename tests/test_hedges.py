"""Hedges of each kind, with the cases that must not count (sentences written for these tests)."""

from __future__ import annotations

import pytest

CASES = [
    # (text, expected [(hedge text, kind)])
    # a letter quoted is a letter named, no wording
    ('The ministry explained the typo with the letters "z" and "q".', []),
    # neither of two outlets could verify; a brag distances
    ("The army released a video, but neither AFP nor the BBC was able to verify when it was filmed.",
     [("neither AFP nor the BBC was able to verify", "evidential")]),
    ("The Kremlin bragged that sanctions had failed.", [("bragged", "distancing_verb")]),
    # a distancing verb the tagger read as a plural noun, with its infinitive after it
    ("The ministry released a video. The video purports to show a strike on a depot.", [("purports", "distancing_verb")]),
    # "purported" right before its noun is the adjective, epistemic as "alleged" is, however it was parsed
    ('Judge Aoife Brennan said the tenant had been given "purported notice to quit" by the agent.',
     [("purported", "epistemic")]),
    ("Colonel Varga is in hospital, say unconfirmed and uncorroborated reports.",
     [("unconfirmed and uncorroborated reports", "evidential")]),
    # the participle of a doubting verb as an adjective is epistemic, as "alleged" is
    ("The think tank says reactions to a claimed strike on a convoy show nervousness.", [("claimed", "epistemic")]),
    ("The army said 40 drones were shot down, a claim that could not be independently verified.",
     [("could not be independently verified", "evidential")]),
    ("The ministry said 40 drones were shot down. The figure has so far not been able to be checked independently.",
     [("has so far not been able to be checked independently", "evidential")]),
    ("The attack is more likely to have come from the sea.", [("likely", "epistemic")]),
    ("The convoy was allegedly attacked near the border.", [("allegedly", "epistemic")]),
    ("Officials said the depot was reportedly hit twice.", [("reportedly", "epistemic")]),
    ("The so-called referendum was held at gunpoint.", [("so-called", "epistemic")]),
    ("The fire may have been caused by a drone.", [("may have been", "epistemic")]),
    ("The strike probably hit a fuel depot.", [("probably", "epistemic")]),
    ("The risk may be far greater than once believed.", [("may be", "epistemic")]),
    ("Sky News has not independently verified these details.", [("has not independently verified", "evidential")]),
    ("There was no way to have his account independently verified.",
     [("no way to have his account independently verified", "evidential")]),
    ("Moscow has yet to produce any evidence for its claim.", [("has yet to produce any evidence", "evidential")]),
    ("The ministry claimed that 30 drones were downed.", [("claimed", "distancing_verb")]),
    ("The army insists it hit only military targets.", [("insists", "distancing_verb")]),
    # ...and so does one the tagger read as a noun
    ("Police allege the van was stolen in March.", [("allege", "distancing_verb")]),
    ("The video could not be independently verified.", [("could not be independently verified", "evidential")]),
    ("The channel blamed saboteurs without providing evidence.", [("without providing evidence", "evidential")]),
    ("The army said the school hid fighters, without immediately offering evidence.",
     [("without immediately offering evidence", "evidential")]),
    ("Unconfirmed reports spoke of a second blast.", [("Unconfirmed reports", "evidential")]),
    ("There is currently no independent verification of these claims.",
     [("no independent verification", "evidential")]),
    ("The website put out a document with unverified material about the deal.", [("unverified", "evidential")]),
    ("The figures have yet to be independently verified.", [("have yet to be independently verified", "evidential")]),
    ("It is impossible to verify the footage.", [("impossible to verify", "evidential")]),
    ("It was not possible to independently check the claim.", [("not possible to independently check", "evidential")]),
    ('Troops "traditionally" shot down every missile, the agency wrote.', [("traditionally", "scare_quote")]),
    ("The town was ‘liberated’ after a week of shelling.", [("liberated", "scare_quote")]),
    ('Moscow calls it a "special military operation".', [("special military operation", "scare_quote")]),
    # the labels a side gives its enemy or its killing, quoted in its report, are kept at a distance
    ('The ministry said its forces had "neutralised" a group of fighters near the river.',
     [("neutralised", "scare_quote")]),
    ('The junta said soldiers had killed nine "terrorists" in the raid.', [("terrorists", "scare_quote")]),
    ('Officials said a "sabotage group" had crossed the border at dawn.', [("sabotage group", "scare_quote")]),
    ('Critics mocked the so-called "peace plan" on Monday.', [("so-called", "epistemic"), ("peace plan", "scare_quote")]),
    # a quoted word set on a noun is a label, even in the speaker's report
    ('The army said its units had seized a "trophy" tank.', [("trophy", "scare_quote")]),
    # one quoted word with the stop set inside the marks is still a word, not a fragment of speech
    ('The town has since been "pacified."', [("pacified.", "scare_quote")]),
    # "as" introduces speech only after a verb of calling or describing
    ('So fixing a typo now counts as "rewriting" the report?', [("rewriting", "scare_quote")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_hedges(extractor, text, expected):
    hedges = [h for claim in extractor.extract(text) for h in claim.hedges]
    assert [(h.text, h.kind) for h in hedges] == expected
    for hedge in hedges:
        assert text[hedge.start:hedge.end] == hedge.text


NOT_HEDGES = [
    # an adjective in what a speaker said is the speaker's judgement; a quoted finite verb takes its object
    'The minister said a "thorough" inquiry was under way.',
    'The chancellor told MPs that he "deplores" leaking of every kind.',
    # a speaker saying it could not confirm something reports its own knowledge; the outlet hedges nothing
    "Authorities said on Tuesday they were unable to confirm reports of a downed drone.",
    # chances compared in a study are no hedge on the claim
    "People who played three instruments were four times less likely to develop hearing loss.",
    "Smokers in the study were 40 percent more likely to develop gum disease.",
    "Cyclists were 25% less likely to report back pain.",
    # a fragment of several words before a tag closing the sentence is what was said, not a scare quote
    'The town "has not fully fallen" to the rebels, the government said on Sunday.',
    # neutral reporting verbs are cues, not hedges
    "The governor said two people were injured.",
    "The ministry reported that the bridge reopened.",
    # a quotation of a whole clause is speech
    '"We will not give up an inch of our land," the president said.',
    # titles of books, films and operations
    'The film "Oppenheimer" won seven awards.',
    'Kyiv launched Operation "Spiderweb" against airfields.',
    # a short quotation of what the named speaker said
    'The minister called the proposal "unacceptable".',
    'The governor said the situation was "under control".',
    'The court described the evidence about the payments as "consistent".',
    'The army said it took the "Vostok" base.',
    # apostrophes and possessives are not quotation marks
    "The teachers' union and the doctors' union joined the strike.",
    # modals about the future, not about a fact
    "The talks may resume next week.",
    # "could have" is counterfactual: what did not happen
    "Had the drone struck a house, the damage could have been considerable.",
    "That is the best we could have hoped for.",
    # a quoted subheading is a quotation, and so is a headline's quotation after a dash
    "The ministry denied the report.\n\n'No interference'\n\nThe government rejected the charge.",
    "Scientists shaken by record ocean heat \u2013 'It is frightening'",
    # a disclaimer inside a quotation is the speaker's, not the outlet's
    'The institute wrote: "We have not observed confirmation that the village fell."',
    # to claim a title or lives is to win or take them, not to assert
    "Ana Ruiz claimed the gold medal in Paris.",
    "The storm claimed the lives of six fishermen.",
    # a quoted word that names a category is no scare quote
    'Jones reiterated a "buy" rating on the shares.',
    'The fund moved the shares to its "overweight" list.',
    'Halbrook cut its rating on the carrier to "underweight" from "neutral."',
    'Analysts at Corvin downgraded the stock to "sell" from "hold" on Monday.',
    'Two brokers cut their ratings from "buys" to "holds."',
    # a name's translation in brackets
    "Kestrel (‘Hawk’) covers court cases and has 900,000 followers on Telegram.",
    '"The fighters of the "Western" group of forces repelled four attacks," the ministry wrote.',
]


@pytest.mark.parametrize("text", NOT_HEDGES, ids=[t[:40] for t in NOT_HEDGES])
def test_not_hedges(extractor, text):
    assert [h.text for claim in extractor.extract(text) for h in claim.hedges] == []
