"""Carry-over: which cue-less sentences keep the previous source (texts written for these tests)."""

from __future__ import annotations

import pytest

from attribution.body import Block
from attribution.claims import ClaimDraft, finished_claims
from attribution.models import Source
from attribution.sentences import Sentence

CASES = [
    # (text, expected attribution of every sentence)
    # a translated pointer back: "This follows from a statement by X", "This is according to X"
    ("The navy sank two boats overnight. This follows from a statement by the Southern Defense Forces. It is noted "
     "that no sailors were hurt.", ["implicit", "according_to", "implicit"]),
    # the company's shares as a subject are the outlet's market report; the company's own figures go on
    ("Norvale Foods blamed a packaging contractor for the recall. Shares in Norvale were down 6% by midday.\n\n"
     "When trading closed, the stock was 4% lower.", ["indirect", "none", "none"]),
    ("Halvard Systems said revenue rose 5% in the quarter. Profit rose to $40 million. Its share price climbed 3% "
     "in early trade.", ["indirect", "implicit", "none"]),
    ("Norvale Foods said revenue rose 5% in the quarter. Profit rose 3% to $40 million.", ["indirect", "implicit"]),
    # the outlet describing the company in the present is background; the company's own news in the past goes on
    ("Brightwell Foods said its net profit fell to $40 million. The firm sells frozen meals in 30 countries.",
     ["indirect", "none"]),
    ("Brightwell Foods said its net profit fell to $40 million. The firm cut 200 jobs in May.",
     ["indirect", "implicit"]),
    # "And that ..." opening a paragraph goes on with what was said
    ("The envoy said the crossing would reopen.\n\nAnd that aid trucks were waiting, while the convoy was checked.",
     ["indirect", "implicit"]),
    ("The governor said two people were injured. One man is in hospital.", ["indirect", "implicit"]),
    # a post quoted: the next paragraph's bare details are more of the post; after spoken words, the outlet's
    ("\"The enemy hit a school and two houses,\" Mayor Ihor Tkach wrote on Facebook.\n\n"
     "Five more residents asked for medical help.", ["direct_quote", "implicit"]),
    ("\"The enemy hit a school and two houses,\" Mayor Ihor Tkach said at a briefing.\n\n"
     "Five more residents asked for medical help.", ["direct_quote", "none"]),
    # the outlet describing the post itself is no more of it
    ("\"The enemy hit a school and two houses,\" Mayor Ihor Tkach wrote on Facebook. His post came with photos of "
     "the damaged roof.", ["direct_quote", "none"]),
    # a one-word answer in straight single marks is tagged speech, and a British quotation in straight single marks
    # reopens each paragraph until it closes
    ("'No,' the man replied.", ["direct_quote"]),
    ("'We lost everything,' Mary Lane said.\n\n'The water came in overnight.\n\n'Nobody warned us.'",
     ["direct_quote", "direct_quote", "direct_quote"]),
    # a place item goes on whatever the entity recogniser takes the place's name for
    ("Governor Ivan Kovalenko said the region was shelled overnight.\n\nIn the Romny district, two women were treated "
     "for shock.", ["indirect", "implicit"]),
    ("The governor said two people were injured.\n\nInstead, the shelter held.", ["indirect", "implicit"]),
    ("The governor said two people were injured.\n\nThe attack also damaged a school.", ["indirect", "implicit"]),
    ("The governor said two people were injured.\n\nKharkiv has a population of 1.4 million.", ["indirect", "none"]),
    ("The governor said two people were injured.\n\nOne of them, a 14-year-old girl, is in hospital.",
     ["indirect", "implicit"]),
    ("The governor said two people were injured. Recall that the city was shelled in May.",
     ["indirect", "none"]),
    ("The governor said two people were injured. The town was occupied in March 2022.", ["indirect", "none"]),
    ("The governor said two people were injured. The claim could not be independently verified.",
     ["indirect", "none"]),
    ("Governor Oleh Petrenko said two people were injured. Petrenko made the remarks in a video.",
     ["indirect", "none"]),
    ("The governor said two people were injured. He did not say where.", ["indirect", "none"]),
    # another item of the day is the outlet's own news
    ("The mayor said the bridge would reopen in May.\n\nAlso on Friday, the council voted to raise parking fees.",
     ["indirect", "none"]),
    # no details given "except to say that ...": what was said still is the report
    ("Police found two bodies, investigators said. The investigators gave no details about the victims except to say "
     "that both were men.", ["indirect", "implicit"]),
    # a report gone through place by place: each place's paragraph is the report's; one naming people is not
    ("The regional administration said 14 villages were shelled overnight.\n\nLypetska community: mortar shelling "
     "(12 explosions).\n\nIn Zolochiv district, a farm and two garages burned.", ["indirect", "implicit", "implicit"]),
    ("The regional administration said 14 villages were shelled overnight.\n\nIn Zolochiv district, mayor Ivan "
     "Sirko opened a shelter.", ["indirect", "none"]),
    # someone else named with an office is a new voice; a victim named is a detail of the report
    ("Pentagon spokesman John Kirby said the talks were over. Kremlin spokesman Dmitry Peskov disagreed.",
     ["indirect", "none"]),
    ("Police said a woman was hurt in the crash. Anna Kovac, 34, was taken to hospital.", ["indirect", "implicit"]),
    ("The ministry said 40 drones were downed. It did not name the regions.", ["indirect", "none"]),
    ("The ministry said 40 drones were downed. Its report made no mention of damage.", ["indirect", "none"]),
    ("The governor said two people were injured. Thank you for following our coverage.", ["indirect", "none"]),
    # "US" in a detail is the United States, not the outlet speaking as "us"
    ("The ministry said 40 drones were downed. Two US-made launchers were hit.", ["indirect", "implicit"]),
    ('The mayor said the strike hit a school. "The children were already in the shelter."',
     ["indirect", "direct_quote"]),
    # what is not known yet is the outlet's own account, but not inside a report or a relative clause
    ("Police said two people died. It was not immediately clear what caused the crash.", ["indirect", "none"]),
    ("Police said two people died. Police are withholding the names of the dead.", ["indirect", "none"]),
    # the outlet saying what is not reported or not known
    ("Rybar reported explosions near the airfield. There has been no official report of casualties.",
     ["indirect", "none"]),
    ("Police said two men were detained. The motives remain unclear.", ["indirect", "none"]),
    # the outlet asking for comment speaks for itself
    ("Analysts said the strike was a setback. The Courier reached out to the ministry by email for comment.",
     ["indirect", "none"]),
    ("Police said two people died. The driver, whose name was not released, was hurt.", ["indirect", "implicit"]),
    ("Police said a man was arrested. Neither his name nor a description has been released.", ["indirect", "none"]),
    ("Police said two people died. It is not clear who was driving, the report said.", ["indirect", "indirect"]),
    # a post set out after "he wrote:" goes on over paragraphs in the speaker's own voice, not over the outlet's
    ("Mayor Ivan Sirko wrote on Telegram:\n\nThe enemy hit our port again. Two warehouses burn.\n\nWe ask "
     "residents to stay indoors.\n\nThe port has been hit four times this year.",
     ["direct_quote", "direct_quote", "direct_quote", "direct_quote", "none"]),
    # "This" opening a name ("This Morning") is no continuation; adding an emoji is no report
    ('Ruth Dale wrote: "I will miss her every day."\n\nThis Morning regular Ann Pike added a heart emoji to the post.',
     ["direct_quote", "none"]),
    # "Source: X" over the item, its "Quote:" and its "Details:": all X's, the quotation included
    ("Smoke rose over the depot.\n\nSource: Oleh Kiper on Telegram\n\nQuote: \"Two drones hit the depot. Nobody was "
     "hurt.\"\n\nDetails: The fire was put out by noon.",
     ["implicit", "according_to", "direct_quote", "direct_quote", "implicit"]),
    # a reporter's credit in brackets after a paragraph's last stop: the paragraph is the reporter's account
    ("Injury news from around the league:\n\nThe Browns expect their running back to miss six weeks. He hurt a knee "
     "in practice. (Adam Schefter, ESPN)\n\nThe season resumes on Sunday.",
     ["none", "according_to", "according_to", "according_to", "none"]),
    # so is saying that no details were given or are to be had, unless a report says it
    ("The army said it shot down four jets. The briefing gave no further details.", ["indirect", "none"]),
    ("Sources said new proposals were being drafted. No specifics were available straight away.", ["indirect", "none"]),
    ("Police said a man was held. Officers had no word on whether he was a suspect.", ["indirect", "none"]),
    ("The ministry said 12 drones were downed, but gave no further details.", ["indirect"]),
    # after a quotation, a next paragraph of bare details is the outlet narrating again
    ('"We got everyone out," the fire chief said.\n\nThe blaze began in the unit below.', ["direct_quote", "none"]),
    ("The fire chief said everyone got out.\n\nThe blaze began in the unit below.", ["indirect", "implicit"]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-40:] for c in CASES])
def test_carry_over(extractor, text, expected):
    claims = extractor.extract(text)
    assert [c.attribution for c in claims] == expected
    for claim in claims[1:]:
        if claim.attribution in ("implicit", "direct_quote"):
            assert claim.sources == claims[0].sources


POINTERS = [
    ("Two people were injured in the shelling. The mayor posted this on Telegram.", "mayor"),
    # the pointing report held by the outlet's closing tag: the chain carries back too
    ("Two people were injured in the shelling. Oleh Marchuk, head of the district administration, posted this "
     "on Telegram, Ukrinform reports.", "ukrinform"),
]


def test_a_report_of_this_credits_its_paragraph_of_bare_details(extractor):
    claims = extractor.extract("Russian forces struck the city overnight. A logistics depot was hit. Four people "
                               "were wounded.\nThis was announced by the head of the regional administration Ivan "
                               "Fedorov.")
    assert [c.attribution for c in claims] == ["implicit", "implicit", "implicit", "indirect"]
    assert len({tuple(s.id for s in c.sources) for c in claims}) == 1


@pytest.mark.parametrize("text, relay", POINTERS, ids=["posted this", "held by a closing tag"])
def test_a_report_of_this_credits_the_sentence_before(extractor, text, relay):
    first, second = extractor.extract(text)
    assert first.attribution == "implicit" and "carry.points_back" in first.rules
    assert [(s.id, s.via) for s in first.sources] == [(s.id, s.via) for s in second.sources]
    assert relay in {s.via or s.id for s in first.sources}


def test_an_interview_in_questions_and_answers_gives_the_answers_to_the_interviewee(extractor):
    text = ("Finance Minister Anna Berg said the budget would be balanced by 2027.\n\nQ: Will taxes rise next "
            "year?\n\nA: No. We have found savings elsewhere, and growth will do the rest.")
    claims = extractor.extract(text)
    assert [c.attribution for c in claims][:3] == ["indirect", "none", "direct_quote"]
    assert {c.attribution for c in claims[2:]} == {"direct_quote"}
    assert {s.name for c in claims[2:] for s in c.sources} == {"Anna Berg"}


@pytest.mark.parametrize("intro", [
    "Talking with Senator Laura Gaines\n\nOur reporter sat down with Senator Laura Gaines to ask about the "
    "budget, the strike and Tom Hale's campaign.",
    "Radio Five spoke to the coach, Mark Dyer, about the season. Mark Dyer took over in May.",
], ids=["named in title and lead", "named twice in the lead"])
def test_an_interview_gives_the_answers_to_the_person_its_introduction_names(extractor, intro):
    text = intro + ("\n\nQ: Will the strike end soon?\n\nA: I think so. Both sides want a deal.\n\n"
                    "Q: And the budget?\n\nA: It will pass in June.")
    claims = extractor.extract(text)
    answers = [c for c in claims if c.text.startswith(("A:", "Both", "It will"))]
    assert len(answers) == 3 and {c.attribution for c in answers} == {"direct_quote"}
    assert len({s.id for c in answers for s in c.sources}) == 1
    assert {s.name for c in answers for s in c.sources} <= {"Laura Gaines", "Mark Dyer"}
    assert all(not c.sources for c in claims if c.text.endswith("?"))


def test_an_interview_without_its_interviewee_named_gives_the_answers_to_an_unnamed_one(extractor):
    text = ("Q: How long have you served?\n\nA: Nine years now. I started as a driver.\n\n"
            "Q: Do you miss home?\n\nA: Every day. My family is far away.\n\n"
            "Q: What comes next?\n\nA: Rest, and then back to the unit.\n")
    claims = extractor.extract(text)
    answers = [c for c in claims if c.sources]
    assert len(answers) == 5 and {c.attribution for c in answers} == {"direct_quote"}
    assert {(s.name, s.anonymous) for c in answers for s in c.sources} == {("interviewee", True)}
    assert all(not c.sources for c in claims if c.text.endswith("?"))


def test_a_name_and_a_colon_before_a_quotation_name_its_speaker(extractor):
    text = ("Coach Gary Kubiak met reporters on Monday.\n\nKubiak: “I turn on the TV and there they are. Those two "
            "go at it every day.”\n\nKubiak on the late hit: “I didn’t care for it.”")
    claims = extractor.extract(text)
    assert [c.attribution for c in claims] == ["none", "direct_quote", "direct_quote", "direct_quote"]
    assert {s.name for c in claims[1:] for s in c.sources} == {"Gary Kubiak"}
    # a label is no speaker, nor is a short quote inside the outlet's own sentence
    assert extractor.extract("Update: the mayor’s “no comment” was all we heard.")[0].sources == []


@pytest.mark.parametrize("text, attribution", [
    ("Zelensky posted about the attack on Telegram.", "indirect"),
    ("The Kremlin responded to the deaths in Kyiv.", "none"),
    ("Peskov responded that the talks would go on.", "indirect"),
], ids=["posted-about", "responded-to", "responded-that"])
def test_verbs_that_report_only_with_speech(extractor, text, attribution):
    assert extractor.extract(text)[0].attribution == attribution


def test_the_outlet_citing_itself_is_its_own_voice(extractor):
    page = ("Espreso. Global\n\nRussian drones hit a depot in Odesa region overnight\n\n"
            "The governor said two people were injured.\n\n"
            "As Espreso reported earlier, the depot was hit in May as well.\n\n"
            "© 2025 Espreso. All rights reserved.\n")
    claims = extractor.extract(page)
    assert [c.attribution for c in claims][-2:] == ["indirect", "none"]
    assert claims[-1].sources == []


def test_a_label_naming_a_speakers_address_credits_the_speaker(extractor):
    text = ('Ana Rusu, Mayor of Balti, said the city must hire more teachers.\n\nSource: weekly address of the Mayor\n\n'
            'Quote: "We need people in our schools. We need them now."')
    claims = extractor.extract(text)
    assert [c.attribution for c in claims] == ["indirect", "according_to", "direct_quote", "direct_quote"]
    assert {s.name for c in claims for s in c.sources} == {"Ana Rusu"}


def test_a_label_set_after_a_slash_credits_the_item(extractor):
    text = ("Ferry service halted in the bay\n/ Source: Reuters\n\n"
            "A storm halted ferry service across the bay on Tuesday.\n\nCrews expect the first boats to sail on Friday.")
    claims = extractor.extract(text)
    body = [c for c in claims if "storm" in c.text or "Crews" in c.text]
    assert [c.attribution for c in body] == ["indirect", "implicit"]
    assert all([s.name for s in c.sources] == ["Reuters"] for c in body)


def test_a_document_put_out_with_its_content_after_a_colon(extractor):
    claims = extractor.extract("Masks in Wayne\n\nWhere a county is rated high, the health department has issued "
                               "the following recommendations:\n\nEveryone aged 5 and up should wear a mask indoors."
                               "\n\nAnybody with symptoms should be tested.")
    assert [(c.attribution, [s.name for s in c.sources]) for c in claims] == [
        ("indirect", ["health department"]), ("implicit", ["health department"]), ("implicit", ["health department"])]


def test_a_british_quotation_in_single_marks_runs_over_paragraphs(extractor):
    # each paragraph reopens the quotation with a single mark; only the last closes it, before its tag
    claims = extractor.extract("Coach Mikel Arteta said the team was tired.\n\n‘We played well in the first half. "
                               "The players gave everything.\n\n‘In the second half we lost control,’ Arteta said.")
    assert [c.attribution for c in claims] == ["indirect", "direct_quote", "direct_quote", "direct_quote"]
    assert len({s.id for c in claims for s in c.sources}) == 1


def test_a_british_quotation_opened_after_its_tag_runs_over_every_paragraph(extractor):
    # opened after "said:" and reopened by three paragraphs, it closes only at the last
    claims = extractor.extract("The manager said: ‘We do not think he will start.\n‘He has not trained this week.\n"
                               "‘It is a long season.\n‘We will see on Friday.’")
    assert [c.attribution for c in claims] == ["direct_quote"] * 4
    assert {s.name for c in claims for s in c.sources} == {"manager"}


@pytest.mark.parametrize("text, speaker", [
    # put before the press, or named in full as the subject of what they did: the quotation after is theirs
    ("The fire chief was asked what happens next.\n\n“Crews will stay overnight.”", "fire chief"),
    ('Corvin analyst Mara Quist cut her rating to neutral. "We doubt the brewer can grow this fast."', "Mara Quist"),
])
def test_an_untagged_quotation_after_its_speaker_is_introduced(extractor, text, speaker):
    claim = extractor.extract(text)[-1]
    assert (claim.attribution, [s.name for s in claim.sources]) == ("direct_quote", [speaker])


def test_a_word_in_curly_marks_nested_in_a_curly_quotation_leaves_it_open(extractor):
    claims = extractor.extract("The mayor said the shelling went on all night. “We heard two “bangs” and then the "
                               "windows broke. Nobody was hurt,” he said.")
    assert [c.attribution for c in claims[1:]] == ["direct_quote", "direct_quote"]
    assert [h.text for h in claims[1].hedges] == ["bangs"]


def test_what_was_not_clear_ends_the_report_in_a_contraction_too(extractor):
    claims = extractor.extract("Fire chief Owen Marsh said the blaze was out. Three crews responded, and it wasn’t "
                               "clear what started it.")
    assert (claims[1].attribution, claims[1].sources) == ("none", [])


@pytest.mark.parametrize("aside", ["the court heard", "jurors heard"])
def test_a_hearing_set_between_commas_carries_the_report_on(extractor, aside):
    claims = extractor.extract(f"Prosecutor Lena Marsh said the defendant lied.\n\nIn 2019, {aside}, he sold the "
                               "bakery.")
    assert (claims[1].attribution, [s.name for s in claims[1].sources]) == ("implicit", ["Lena Marsh"])


def test_a_carried_claim_points_at_a_claim_that_holds_its_sources():
    # a report opened by a sentence ending on a colon that gave no claim of its own: the first claim after it holds
    # the sources the later ones carry
    text = "Coach spoke: We won. It was hard. Fourth win."
    block = Block(0, len(text), "body", 0)
    spans = [(0, 12), (13, 20), (21, 33), (34, len(text))]
    drafts = [ClaimDraft(Sentence(start, end, block)) for start, end in spans]
    coach = Source(id="coach", name="coach", kind="person", mention="Coach")
    drafts[1].take([coach], "direct_quote", "quote.introduced")
    drafts[2].take([coach], "direct_quote", "quote.continues")
    drafts[3].take([coach], "implicit", "carry.list", 0)
    claims = finished_claims(text, drafts)
    assert claims[3].carried_from == 1 and claims[claims[3].carried_from].sources
