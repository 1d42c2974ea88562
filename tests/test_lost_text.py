"""Nothing vanishes silently: paragraphs without final stops are body, and a text that yields (almost)
nothing says so (texts written for these tests)."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from attribution import LostTextWarning

NO_STOPS = "\n\n".join([
    "Russian drones attacked the port of Izmail overnight and damaged two grain warehouses, the regional governor said",
    "According to the governor, the air defence shot down most of the drones but debris fell on a residential street",
    "Two men were taken to hospital with cuts from broken glass and one of them is in a serious condition",
    "The port authority said that loading would resume in the afternoon once the fires had been put out",
])

# Lines a page gives that read as prose but that the body detection cannot place between paragraphs:
# every line is a menu-like fragment, so nothing is kept, and the caller must hear of it.
LOST = "\n".join([
    "Home | World | Politics | the latest news of the day was that the council said it would meet again on Friday",
    "Home | World | Business | the report that was published by the ministry has found that prices rose in the spring",
    "Home | World | Sport | he said that the club had been told it was not allowed to sign players in the summer",
])


def test_paragraphs_without_final_stops_are_body(extractor):
    with warnings.catch_warnings():
        warnings.simplefilter("error", LostTextWarning)
        claims = extractor.extract(NO_STOPS)
    assert len(claims) == 4
    assert claims[0].sources and claims[0].sources[0].name.lower().endswith("governor")


def test_a_cut_off_last_sentence_is_body(extractor):
    text = ("Officials said the bridge would reopen on Monday. Repairs cost about $2 million.\n\n"
            "The mayor told reporters that the contractor had finished the work early and that traffic would be th")
    claims = extractor.extract(text)
    assert claims[-1].text.endswith("would be th")
    assert claims[-1].sources


def test_extract_warns_when_prose_gives_no_claims(extractor):
    with pytest.warns(LostTextWarning, match="no claims"):
        assert extractor.extract(LOST) == []


def test_extract_many_with_two_processes_warns_in_the_caller(extractor):
    with pytest.warns(LostTextWarning, match="no claims"):
        results = list(extractor.extract_many([NO_STOPS, LOST], n_process=2, batch_size=1))
    assert [len(r) for r in results] == [4, 0]


def test_the_command_line_names_the_input(tmp_path):
    page = tmp_path / "menu.txt"
    page.write_text(LOST, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "attribution", "extract", str(page)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0
    assert f"attribution: {page}: no claims" in result.stderr or f"attribution: {page.name}: no claims" in result.stderr


CUT_OFF = [
    # the page extract stops mid-word after the last paragraph; furniture may follow
    "The governor said two people were injured in the city.\n\nMay said yesterday th\n",
    "The governor said two people were injured in the city.\n\nThe toll of the strike has not been confirmed, b\n\n"
    "Share this article\n",
    # cut inside a figure, in a line that speaks of shares
    "The company said profit rose in the quarter.\n\nIt kept its forecast of $1.10 per share on revenue of $43\n\n"
    "Share on Facebook\n",
    # the text's last line, one or two words stopping on a word no sentence ends on
    "The sheriff said the deputy was taken into custody at dawn, and nobody was hurt.\nHarlan is\n",
    "The mayor said the bridge would reopen in June.\n\nAnd\n",
    # the text's last line stopping inside a word the language does not know
    "The mayor said the bridge would reopen in June.\n\nEngineers are racing to finish the deck before the flo\n",
    "The mayor said the bridge would reopen in June.\n\nTwo engin\n",
    # a subheading, then the last line of the next section, cut after a word no sentence ends on
    "The mayor said the bridge would reopen in June.\n\nMinister: repairs are on time\n\n"
    "Transport minister Anna Berg said the crews had worked through the night to finish the \n",
    # a word the language does not know, with furniture after it
    "The mayor said the bridge would reopen in June.\n\nEngineers said the deck was nearly compl\n\nShare this article\n",
    # one letter left of the last word
    "The mayor said the bridge would reopen in June.\n\nShe s\n",
    # a quotation opened and never closed, under the last paragraph or under another story's headline
    "The mayor said the bridge would reopen in June.\n\n“Ms\n",
    "The mayor said the bridge would reopen in June.\n\nFerry timetable: Extra sailings added for summer\n"
    "“All the crews were told to finish the wo\n",
    # a hard-wrapped last sentence, cut off on its second line
    "The mayor said the bridge would reopen in June.\n\n\"Should the crews fall behind, the opening could\n"
    "slip by a month or more, the engineers war\n",
    # a name cut after its first letter, however many capitals the line has
    "The mayor said the bridge would reopen in June.\n\nThe Cass County Sheriff's O\n",
    # a line longer than any headline, whatever its capitals
    "The mayor said the bridge would reopen in June.\n\nOn Friday, the mayors of Dover, Calais, Folkestone, "
    "Boulogne and Dunkirk, the Port of Dover and the Channel Tunnel operator wrote to the minister about the \n",
    # a line that opens with a personal pronoun goes on from the article, whole words or not
    "The mayor said the bridge would reopen in June.\nShe said the crews had worked through the night\n",
    # a live page's last entry under its time stamps
    "14:02\nThe mayor said the bridge would reopen in June.\n\n8.19pm BST\n20:19\n"
    "The crews have finished the first of the three spans and will start on the secon\n",
    # under a short subheading, a shorter line cut after one letter
    "The mayor said the bridge would reopen in June.\n\nTraffic returns slowly\n\nNot that the crews had a w\n",
    # the text's last line, with an auxiliary or opening with an article, which headlines leave out
    "The mayor said the bridge would reopen in June.\n\nProtesters are preparing\n",
    "The mayor said the bridge would reopen in June.\n\nThe plant\n",
    # the extract stopped inside a capitalised word, after small words of running prose
    "The mayor said the bridge would reopen in June.\n\nThe transport minister said earlier on Tues\n",
    "Storms hit the region overnight, forecasters said.\n\nMuch of Kansas, and parts of eastern Colorado and "
    "northern Okla\n",
    # two articles make running prose, however long the capitalised word the extract cut
    "The mayor said the bridge would reopen in June.\n\nThe council added that the State Transport Depar\n",
    # a past-tense verb before an article: headlines tell in the present and leave the article out
    "The mayor said the bridge would reopen in June.\n\nCrews cleared the last lane before opening the road\n",
    # a paragraph without its stop after a picture between paragraphs
    "The mayor said the bridge would reopen in June.\n<image>bridge.jpg</image>\n"
    "Engineers said the deck had been checked twice over the weekend and no cracks were found\n",
]


@pytest.mark.parametrize("text", CUT_OFF, ids=["at the end", "before furniture", "inside a figure", "two words",
                                               "one word", "mid-word", "mid-word, two words",
                                               "after a subheading", "mid-word, furniture after",
                                               "one letter left", "open quote", "open quote after a headline",
                                               "wrapped and cut", "capitals, one letter left", "long line",
                                               "a pronoun", "live entry", "short, after a subheading",
                                               "an auxiliary", "an article first", "capitalised word cut",
                                               "capitalised word cut after a list of places", "two articles",
                                               "past tense and an article", "after a picture"])
def test_a_last_sentence_cut_off_by_the_page_is_body(extractor, text):
    claims = extractor.extract(text)
    assert len(claims) == 2 and claims[-1].text[-1].isalnum()


def test_a_one_line_quotation_that_shares_words_with_a_share_button_is_body(extractor):
    text = ('"A heavy morning for all of us," the governor said.\n\n"We all share this pain."\n\n'
            "Rescuers searched the ruins until dawn.\n")
    claims = extractor.extract(text)
    assert [c.text for c in claims][1] == '"We all share this pain."'
    assert extractor.extract("The mayor said the bridge would reopen.\n\nShare this article\n")[-1].text.startswith(
        "The mayor")


@pytest.mark.parametrize("last", ["Follow us", "Jane Doe", "Related", "Markets Rally as Fed Holds Rates and Oil Is Up", "Russians shelled a school in a suburb, 3 people wounded",
                                  "Police arrest man after the stabbing in a park",
                                  "Israeli strikes kill dozens in Gaza", "Floods Cut Off Towns in Ohio",
                                  "Tags: bridge, transport, council"])
def test_a_label_or_a_name_closing_the_text_is_no_cut_off_sentence(extractor, last):
    text = f"The governor said two people were injured in the city.\n\n{last}\n"
    assert len(extractor.extract(text)) == 1


def test_a_headline_after_the_article_is_no_cut_off_sentence(extractor):
    text = ("The governor said two people were injured in the city.\n\nRead more\n\n"
            "Satellite unit will list shares once cash flow steadies, founder says\n")
    assert len(extractor.extract(text)) == 1


LAYOUTS = [
    # (page, the body line that must yield a claim, lines that must not)
    # an enumeration's short item in lower case, after a line ending in a colon or a comma
    ("The General Staff said Russia lost these over the day:\ntanks – 12 (+2),\nguns – 9.\n", "guns – 9.", []),
    ("The council said the new tram line would open in May.\n"
     "Advertisement\n\n"
     "The transport office estimates that about 40,000 riders will use the line every day once the last st\n",
     "The transport office estimates that about 40,000 riders will use", []),
    ("Inspectors said the plant met every safety rule last year.\n\nUpdated\n\n"
     "And the regulator has asked two other plants to send their records by the end of the m\n",
     "And the regulator has asked two other plants", []),
    ("Wheat prices fell for a third day on Tuesday, traders said.\n"
     "By 11:45 GMT, the March contract was down 1.4% at $5.62 a bushel and the May contract lost 0.8% to $5.71\n"
     "Exporters report slower sales\n"
     "Buyers in Egypt and Algeria postponed tenders, two traders said.\n",
     "By 11:45 GMT, the March contract", ["Exporters report slower sales"]),
    # the last item of a list without its stop, and a short entry under its time on a live page
    ("Daily assessment\n\n- Russian forces launched 80 drones overnight, the air force said.\n"
     "- Ukrainian forces advanced near the town.\n- Russian bloggers claimed gains near the city\n",
     "Russian bloggers claimed gains near the city", []),
    ("Live updates\n\n12:40\nThe air force said 80 drones were launched overnight against the north.\n"
     "13:10\nThe army said the town was retaken.\n",
     "The army said the town was retaken.", []),
    ("The clinic said three patients met the case definition because they:\n"
     "Had eaten at the same market stall during the festival\n"
     "Developed a fever within two days of the meal\n"
     "All three are recovering at home, the clinic said.\n",
     "Had eaten at the same market stall", ["Developed a fever within two days"]),
    # a list of labels and figures set off by dashes
    ("The bill passed its first reading, the speaker said.\nHow the factions voted:\nServant of the People - 171\n"
     "European Solidarity - 0\nHomeland - 2\nVoice - 4\nTrust - 17\n",
     "Voice - 4", ["Trust - 17", "Homeland - 2"]),
]


@pytest.mark.parametrize("page,kept,also", LAYOUTS, ids=["short lower-case item", "cut off after an advert", "cut off after a stamp",
                                                        "figures without a stop", "last list item",
                                                        "short entry under its time", "list after a colon",
                                                        "figures after dashes"])
def test_stopless_lines_of_real_layouts_are_body(extractor, page, kept, also):
    texts = [claim.text for claim in extractor.extract(page)]
    for line in [kept, *also]:
        assert any(text.startswith(line) for text in texts), (line, texts)


def test_a_video_list_after_the_article_stays_furniture(extractor):
    page = ("The ministry said 300 families had been moved to shelters in the north.\n"
            "Go to video\nFloods: aid agencies say 12,000 people have lost their homes in a week\n"
            "Go to video\nRain to ease by the weekend, forecasters say\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LostTextWarning)  # the other stories' headlines read like prose
        assert len(extractor.extract(page)) == 1


def test_a_list_of_title_case_headlines_yields_no_claims(extractor):
    page = ("The bank said it would cut 300 jobs by the end of the year.\n"
            "Regional Carrier Adds Three Routes to the Coast\n"
            "Chip Maker Posts Record Quarter as Demand Soars\n"
            "Why the Port Strike Matters? Here Is What We Know So Far\n"
            "The union said it would fight the cuts.\n")
    texts = [claim.text for claim in extractor.extract(page)]
    assert texts == ["The bank said it would cut 300 jobs by the end of the year.",
                     "The union said it would fight the cuts."]


def test_a_headline_between_paragraphs_is_no_paragraph(extractor):
    page = ("The minister said the budget would be ready in May.\n\n"
            "Pensioner fined for feeding pigeons from her balcony every day for three whole years\n\n"
            "The opposition said the budget would raise taxes.\n\n"
            "Officials expect the vote to take place in the last week of the month after the committee reports\n\n"
            "The committee is due to meet on Friday.\n")
    texts = [claim.text for claim in extractor.extract(page)]
    assert not any(text.startswith("Pensioner") for text in texts)
    assert any(text.startswith("Officials expect the vote") for text in texts)


def test_the_safety_net_reads_russian_and_ukrainian_prose_too():
    from attribution.language import warn_if_text_lost

    lines = {"ru": "Губернатор сообщил, что после атаки пострадали два человека и повреждены дома на окраине",
             "uk": "Голова громади повідомив, що після атаки постраждали двоє людей і пошкоджені будинки на околиці"}
    for text in lines.values():
        with pytest.warns(LostTextWarning, match="no claims"):
            warn_if_text_lost(text, [])


OPEN_ENDINGS = [
    # the extract stops on a word no sentence stops on, or just inside an appositive it opened
    ("The army said it had struck 40 targets overnight.\n\nIsrael's Prime Minister, Benjamin\n", "Benjamin"),
    ("The governor said two people were injured in the city.\n\n"
     "Rescue teams were still searching the rubble of the\n\nShare this article\n", "of the"),
    ("Der Bürgermeister sagte, die Brücke sei sicher.\n\nThe mayor said the bridge was safe and\n", "safe and"),
]


@pytest.mark.parametrize("text,ending", OPEN_ENDINGS, ids=["open appositive", "on an article", "on a conjunction"])
def test_a_last_line_stopping_where_no_sentence_can_is_body(extractor, text, ending):
    assert extractor.extract(text)[-1].text.endswith(ending)


HEADLINE_ENDINGS = [
    "The governor said two people were injured in the city.\n\nMore stories\n\nTrump, Xi agree to meet in Busan\n",
    "The governor said two people were injured in the city.\n\nShare this article\n\nFloods hit northern Italy\n",
]


@pytest.mark.parametrize("text", HEADLINE_ENDINGS, ids=["comma headline after a list label", "headline after furniture"])
def test_a_closed_headline_after_the_article_stays_furniture(extractor, text):
    assert len(extractor.extract(text)) == 1


COMMENT_THREADS = [
    # a name and when the comment was posted, the comment, reply and like counters
    ("The council said the bridge would reopen in May.\n"
     "nimal Thursday, 2 August 2018 08:41\nTalking to these people will not bring the polls one day closer.\n"
     "Reply : 0 0\nKandy Boy Thursday, 2 August 2018 09:02\nThe law is on your side, so just fix a date.\nReply : 0 0\n"),
    ("The council said the bridge would reopen in May.\n"
     "Jane D. 3 hours ago\nThe mayor promised the same thing last year and nothing happened.\nLike · Reply · Report\n"),
]


@pytest.mark.parametrize("page", COMMENT_THREADS, ids=["dated headers", "relative times"])
def test_readers_comments_under_the_article_yield_no_claims(extractor, page):
    assert [c.text for c in extractor.extract(page)] == ["The council said the bridge would reopen in May."]


def test_a_live_page_with_dated_entry_stamps_is_no_comment_thread(extractor):
    page = ("Updated Thursday, 2 August 2018 08:41\nThe council said the bridge would reopen in May.\n"
            "Updated Thursday, 2 August 2018 09:02\nThe mayor said the repairs had cost more than planned.\n")
    assert len(extractor.extract(page)) == 2


def test_when_the_layout_rules_lose_most_prose_every_prose_line_is_body(extractor):
    # a digest whose items follow time stamps and lost their stops: its items are no list of other stories
    page = ("Morning digest\n\n08:15\nThe governor said two drones were shot down over the region overnight\n"
            "09:40\nDebris damaged a roof in one village and a car in another one nearby\n"
            "10:05\nNobody was hurt in the attack, the regional administration said on Telegram\n\n"
            "The mayor said schools would open as usual.\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", LostTextWarning)
        claims = extractor.extract(page)
    assert [c.sources[0].name if c.sources else None for c in claims] == [
        "governor", None, "regional administration", "mayor"]


CREDITS_AND_NOTES = [
    "Pic: IDF",
    "AA photo",
    "(Pool photo) (Yonhap)",
    "(Photo by Anna Petrenko via Getty Images)",
    "Rescuers at the scene on Monday (photo: Getty Images)",
    "(ATTN: ADDS photo, more details in paras 7-10)",
    "--With assistance from Lena Keller.",
    "(Ruwan Senanayake)",
    "3.",
    "sentifi.com",
    ", four injured",
    "This story comes from our archive, so some of what it says may no longer be current.",
    "4th Mar 2021 7:30 PM",
    "More information",
    "Источник: Зеркало недели",
    "/media/img/2023/02/17/15098832t1h4a1d.jpg)",
    "Exit mobile view",
    '<image>data:image/s3,"s3://crabby-images/3f2f5/3f2f542b9d1afbd6a2d6ec50b2c08bd4d58ee6f3" alt="The bridge at night',
    "The American Heart Association has more on healthy sleep.",
    '[related_posts ids\\u003d"',
]


@pytest.mark.parametrize("line", CREDITS_AND_NOTES)
def test_credits_notes_and_list_numbers_are_furniture(extractor, line):
    page = f"The council said the bridge would reopen in May.\n\n{line}\n\nThe mayor said repairs had cost more than planned.\n"
    assert [c.text for c in extractor.extract(page)] == [
        "The council said the bridge would reopen in May.", "The mayor said repairs had cost more than planned."]


SIGN_OFFS = [
    ("uk", "Уночі росіяни обстріляли Запоріжжя.\nПошкоджено три будинки.\nКомунальники вже на місцях.\nТримаємося 🙏\n"
           "Джерело - телеграм-канал міської ради\n", "Тримаємося 🙏"),
    ("ru", "Ночью дроны атаковали Белгород.\nПострадавших нет.\nВсе службы работают.\nДержимся 💪\n", "Держимся 💪"),
    ("en", "Drones hit the port overnight, the governor said.\nNo one was hurt.\nStay safe 💙\n", "Stay safe 💙"),
]


@pytest.mark.parametrize("language,text,sign_off", SIGN_OFFS, ids=["uk", "ru", "en"])
def test_a_posts_sign_off_closed_by_an_emoji_is_body(language, text, sign_off):
    import attribution

    claims = attribution.extract(text, language=language)
    assert any(c.text == sign_off for c in claims)


def test_an_emoji_line_after_a_blank_line_is_no_sign_off():
    import attribution

    text = "Drones hit the port overnight, the governor said.\n\nNo one was hurt.\n\nMore news 🔥\n"
    assert not any("More news" in c.text for c in attribution.extract(text, language="en"))
