"""Page layout: article lines against page furniture, sentence offsets, quotation pairing."""

from __future__ import annotations

import pytest

from attribution.body import Block, PageReader
from attribution.quotes import find_quotes
from attribution.rules import default_page
from attribution.sentences import SentenceSplitter


def block_texts(page: str) -> list[str]:
    """The texts of the blocks the English page reader keeps."""
    return [page[b.start:b.end] for b in PageReader(default_page()).blocks(page)]


PAGE = """Daily Herald | World
News   Politics   Economy   Sport
We use cookies to improve your experience. Accept all
Updated

Ceasefire talks stall as both sides trade blame over shelling

12 May, 2025 Monday
09:15
By Anna Koval | 3 min read

Negotiators left the venue on Monday without a joint statement. The foreign ministry said talks would resume.

Share: Facebook   X   Telegram   Copy link

What we know so far

The two sides last met in March.

Read also:
Drone strikes hit power plant in the east - General Staff
10:42
Parliament approves new budget. Opposition walks out
Tags: ceasefire, diplomacy
"""


def test_page_reader_keeps_title_heading_and_paragraphs_only():
    blocks = PageReader(default_page()).blocks(PAGE)
    kept = [(b.role, PAGE[b.start:b.end]) for b in blocks]
    assert kept == [
        ("title", "Ceasefire talks stall as both sides trade blame over shelling"),
        ("body", "Negotiators left the venue on Monday without a joint statement. "
                 "The foreign ministry said talks would resume."),
        ("heading", "What we know so far"),
        ("body", "The two sides last met in March."),
    ]


def test_only_boilerplate_yields_nothing():
    page = "Home | News | Sport\nRead also:\n09:12\nTanks roll into the city - Ministry\nTags: war\n"
    assert PageReader(default_page()).blocks(page) == []


SPLITS = [
    ("Mr. Smith arrived. He said so.", ["Mr. Smith arrived.", "He said so."]),
    ('"We won. We will win again," he said. Then he left.',
     ['"We won.', 'We will win again," he said.', "Then he left."]),
    ('"Is it over?" she asked. Nobody knew.', ['"Is it over?" she asked.', "Nobody knew."]),
    ("The U.S. envoy met Gen. Petrov in Kyiv. Talks went on.", ["The U.S. envoy met Gen. Petrov in Kyiv.", "Talks went on."]),
    # a detective's title
    ("Officer Ray Lin spoke to police Det. Karen Holt on Sunday. Holt said so.",
     ["Officer Ray Lin spoke to police Det. Karen Holt on Sunday.", "Holt said so."]),
    # plural titles are abbreviations too
    ("Two senators, Sens. Ann Pike and Lou Ortiz, voted against it. The bill passed.",
     ["Two senators, Sens. Ann Pike and Lou Ortiz, voted against it.", "The bill passed."]),
    ("KYIV, March 3 (Wirenews) - Russia said it hit a port. Ukraine denied it.",
     ["Russia said it hit a port.", "Ukraine denied it."]),
    ("Prices rose 2.5% in May… Analysts were surprised.", ["Prices rose 2.5% in May…", "Analysts were surprised."]),
    ("The sirens sounded at 10 a.m. Kyiv time. Then it was quiet.", ["The sirens sounded at 10 a.m. Kyiv time.",
                                                                   "Then it was quiet."]),
    # ... but a time closing its sentence ends it, unless a day, a zone or a place's time goes on with it
    ("He left at 4:15 p.m. Earlier, he said so.", ["He left at 4:15 p.m.", "Earlier, he said so."]),
    ("The talks start at 9 a.m. Monday in the hall.", ["The talks start at 9 a.m. Monday in the hall."]),
    # the next line glued on without a space by the page extract; initials and abbreviations stay whole
    ("Aid would reach Gaza.Doctor killed in strike", ["Aid would reach Gaza.", "Doctor killed in strike"]),
    ("The depot was built in 1987.The council sold it last year.",
     ["The depot was built in 1987.", "The council sold it last year."]),
    # ... also before a quotation it opens; a closing mark after the stop stays with its sentence
    ('Floods cut off two villages, officials said Monday."The water rose fast," Mara Voss said.',
     ["Floods cut off two villages, officials said Monday.", '"The water rose fast," Mara Voss said.']),
    ("Енергетики відновили живлення.Поліція встановлює обставини.",
     ["Енергетики відновили живлення.", "Поліція встановлює обставини."]),
    ("Officials in Washington D.C. said so. The U.S.Army agreed.", ["Officials in Washington D.C. said so.",
                                                                    "The U.S.Army agreed."]),
    ("EPS beat the estimate, according to I/B/E/S. Revenue slid 19 percent.",
     ["EPS beat the estimate, according to I/B/E/S.", "Revenue slid 19 percent."]),
    # a live page's entry stamp and label are no part of the entry's first sentence
    ("7:52 p.m. Homes threatened: The fire now threatens 14,000 structures.",
     ["The fire now threatens 14,000 structures."]),
    # a stop inside a short quoted name goes on with the sentence; an exclamation quoted ends its own
    ("Журналистам издания «МОЁ! Белгород» стало известно об аресте. Суд прошел.",
     ["Журналистам издания «МОЁ! Белгород» стало известно об аресте.", "Суд прошел."]),
    ("«Стой! Стреляю!» — крикнул он.", ["«Стой!", "Стреляю!» — крикнул он."]),
    # an English dateline's state abbreviation before a dash ends no sentence; the dateline is no part of it
    ("EVERETT, Wash. — A suspect was wounded on Thursday, police said.",
     ["A suspect was wounded on Thursday, police said."]),
    # a dialogue dash after the speaker's tag opens the speaker's next sentence
    ("— Шел с остановки, — рассказал мужчина. — Потом увезли рюкзак.",
     ["— Шел с остановки, — рассказал мужчина.", "— Потом увезли рюкзак."]),
]


@pytest.mark.parametrize("text, expected", SPLITS, ids=[s[0][:30] for s in SPLITS])
def test_sentences_keep_exact_offsets(text, expected):
    sentences = SentenceSplitter(default_page()).split(text, [Block(0, len(text), "body", 0)])
    assert [text[s.start:s.end] for s in sentences] == expected


QUOTES = [
    ('He said "no" twice.', ["no"]),
    ("It’s “fine,” he said.", ["fine,"]),
    ("The teachers' strike and 'territorial defense' units.", ["territorial defense"]),
    ("«Хорошо» and „gut“.", ["Хорошо", "gut"]),
    ("The 1990s’ crisis and Ukraine’s ‘liberated’ towns.", ["liberated"]),
    # a quotation nested in a quotation of the same marks closes the inner one first
    ("«Все обсуждают «сорок тысяч». Я ошибся», — написал он.", ["Все обсуждают «сорок тысяч». Я ошибся", "сорок тысяч"]),
    # straight marks too: one that can only open, inside an open quotation, opens a nested one
    ('"The so-called "referendum" was a farce," he said.', ["The so-called \"referendum\" was a farce,", "referendum"]),
    # one mark closing a name and the quotation before the speech tag
    ('"Сбиты гаубица и орудие "Гиацинт-Б", – говорится в сводке.', ['Сбиты гаубица и орудие "Гиацинт-Б', "Гиацинт-Б"]),
    # wire copy's ``...'' marks
    ("``We will not leave. We can't,'' the elder said.", ["We will not leave. We can't,"]),
    # a tag set inside one pair of marks between dashes: the quotation's parts around it
    ("«Игра была тяжелой, — отметил тренер, — но мы боролись».", ["Игра была тяжелой,", "но мы боролись"]),
    ("«Мы ждем зрителей в «Октябре», — написал режиссер.", ["Мы ждем зрителей в «Октябре", "Октябре"]),
]


@pytest.mark.parametrize("text, expected", QUOTES, ids=[q[0][:30] for q in QUOTES])
def test_quotation_marks_pair_without_apostrophes(text, expected):
    quotes = find_quotes(text, [Block(0, len(text), "body", 0)])
    assert [text[q.inner_start:q.inner_end] for q in quotes] == expected


def test_a_quote_runs_on_across_paragraphs():
    text = '"We held the line.\n\n"Then the second wave came," the commander said.'
    first, second = text.index("We"), text.index("Then")
    blocks = [Block(0, text.index("\n"), "body", 0), Block(second - 1, len(text), "body", 1)]
    quotes = find_quotes(text, blocks)
    assert len(quotes) == 1
    assert quotes[0].inner_start == first + 0 and quotes[0].closed
    assert text[quotes[0].inner_end - 1] == ","


def test_a_quote_runs_on_through_paragraphs_that_reopen_none_of_it():
    text = '"Odesa stands.\nThe night was long, the dawn was quiet.\nWe will rebuild", the head of the city said.'
    starts = [0, text.index("The night"), text.index("We will")]
    ends = [text.index("\n"), text.index("\n", starts[1]), len(text)]
    blocks = [Block(a, b, "body", k) for k, (a, b) in enumerate(zip(starts, ends))]
    quotes = find_quotes(text, blocks)
    assert len(quotes) == 1 and quotes[0].closed
    assert text[quotes[0].inner_start:quotes[0].inner_end].endswith("We will rebuild")
    # an open quotation whose next mark opens another closes at its paragraph's end
    text = '"Odesa stands.\nThe night was long.\n"Another one," he said.'
    starts = [0, text.index("The night"), text.index('"Another')]
    ends = [text.index("\n"), text.index("\n", starts[1]), len(text)]
    blocks = [Block(a, b, "body", k) for k, (a, b) in enumerate(zip(starts, ends))]
    assert not find_quotes(text, blocks)[0].closed


FURNITURE = [
    "All times BST",
    # a wire's note that the story goes on
    "(More to come.)",
    # other stories' headlines run together; a teaser under a label in capitals
    "Bridge repairs delayed again ... School bus route changes ... Harbour festival cancelled",
    "EXPLAINED: What the New Parking Rules Mean for Drivers",
    "Please try again later.",
    "Have you got a story for us?",
    "You can contact us here.",
    # a blog's archive pages
    "Showing posts with label Politics. Show all posts",
    "Showing posts sorted by relevance for query bridge. Sort by date Show all posts",
    "Show all posts",
    # a player's error, a note on the audio version, a donation appeal's last line
    "Oops! The video player failed to load. Reload the page and try again.",
    "This article was narrated by an automated voice",
    "Consider supporting the Harbour Ledger.",
    # an aggregator's tags with no label: no punctuation, a name repeated
    "Anna Lind Sweden ministry budget economy Anna Lind Sweden",
    "Dunmore Facebook energy winter Dunmore",
    "Jane Roe liveblogged Tuesday's events as they happened.",
    '<span class="ad-slot" data-role="banner">',
    "Reading time: 3-4 minutes",
    "This archived story is provided for your personal use only. Details in the story may be out of date.",
    "[DOWNLOAD: Free KXYZ News app for alerts as news breaks]",
    "[ [READ MORE: Two held after warehouse fire in Harbour Town] ]",
    "menu search close share mobile",
    "15:25 , Tobias Quell",
    "This article was translated automatically",
    "Powered by automated translation",
    "Try Our AI Features",
    "Unlock Premium Tools",
    "Explore what Harbour Plus can do for you:",
    "Catch up on every episode of our Harbour Beat podcast today",
    "Check your local weather:",
    "Your inbox.",
    "You may also be interested in the news:",
    "Civil Defence Service via Telegram/via AFP - MANDATORY CREDIT, NO RESALES, NO ARCHIVES",
    "Tell us if our comment tool gives you any trouble.",
    "If you buy through a link in this story, Harbour Media may earn a commission.",
    "See our ethics policy.",
    "sports Updated: Mar 3, 2019 10:12 IST",
    "By Iryna Savchuk and Mark Lindqvist",
    "By Anna Koval | 3 min read",
    "12 May, 2025 Monday",
    "Friday, March 15, 2024",
    "14:50",
    "08:10 BST",
    "Share: Facebook   X   Telegram   Copy link",
    "We use cookies to personalise content and analyse our traffic.",
    "Home | World | Ukraine | Business",
    "Image caption, Rescuers at the scene in Kharkiv",
    "Photo: Ukrinform",
    "(Reporting by Olena Marchuk; Editing by Tom Harrow)",
    "MOSCOW, March 19. /TASS/.",
    "client/title.list_title",
    "Tags: Russia, drones, Belgorod",
    "Photo: Rescuers at the site of the strike in Kyiv on Oct. 8, 2025. (Photo: State Emergency Service / Telegram)",
    "Newsletter: The day's key news in your inbox every evening. Sign up",
    "Follow Olena on X",
    "Find Lena on Facebook at LedgerLenaMarsh or on Twitter at @lenamarsh",
    "This article is more than 7 years old.",
    "12:05  Air raid alert in Kyiv  •  11:58  Explosions in Odesa – mayor",
    "Registered in the Register of Media Entities, identifier R40-00000.",
    "Home > News > War in Ukraine",
    "Russia shells Kherson again 12,407 views",
    "Read us on Telegram and Viber",
    "The use of materials is allowed only with an active hyperlink to the site.",
    "A note from The Moscow Times:",
    "Road into campus is shut for now too pic.twitter.com/Xk3PqLm0Wd — Josh Chapin (@JoshChapin11) April 1, 2021",
    "Get the latest National news",
    "Entries in CDC (9)",
    "Article continues after advertisement",
    # a wire's credit alone, a syndication note, a link's text
    "(PTI)",
    "(Staff did not edit this story; it was generated automatically from a syndication feed.)",
    "The full statement can be read here.",
    "Anna Berg (now); Tom Reyes and Li Wen (earlier)",
    # script code left in the page's text
    'add_action("wp_footer", "box2"); function box2(){ echo ""; }',
    'var slot = document.getElementById("ad-1");',
    # a comment form, reprint terms, a donation box, credits to a social network page, a link after a gap
    "We will not publish your email address. Fields marked * are required",
    "If you cite our materials, link to the original piece and quote no more than 300 characters from it.",
    "Our correspondents work near the front line. Your support keeps them there.",
    "DONATE NOW",
    "A burned car in the yard Ivan Petrenko/Telegram",
    "Screenshot via Telegram/localnews",
    "Main photo: Regional administration/Facebook",
    "Photo of Maria Kovalenko",
    "See also  Drones hit depot in the north. Officials say nobody was hurt",
    # a newsletter box and a media player's placeholder
    "Sign up for breaking news alerts and weekend reads.",
    "The stories that matter, sent to you every weekday morning.",
    "Audio loading...",
    # a stock chart widget and an advertisement's marker
    "From Jan 2024 to Feb 2024 Click Here for more Acme Corp Charts.",
    "Content Continues Below",
    # other stories' headlines with their age, in a sidebar
    "State drops crisis line option for young people; San Diego offers help - 11 mins ago",
    "Too ill to work, some Americans fear new law will cost them their coverage - about 1 hour ago",
    # the outlet's notes on the story itself and its rights line
    "This story will be updated.", "This is a developing story.", "This article first appeared on Investing",
    "All rights protected IN-Ukraine.info - 2022",
    # photo credits in brackets, other stories' and subscription prompts, giveaways
    "(Stock, Getty Images)", "(Morlenko/iStock )", ">> Read more trending news", "Latest trending news:",
    "Follow the latest live.", "Do you already pay for a subscription to the paper? *", "From just $3.49/week.",
    "Enter to win concert passes, one-of-a-kind outings, big prizes and MORE!",
    # sharing, tips, comments and the outlet's other products
    "Please use the SHARE buttons to pass this story along", "Give us feedback, share a story tip or report an error.",
    "Hat tip: Simple Justice.", "Post a Comment", "send to a friend by email", ">> See more trending stories",
    "For more on the biggest deals, watch this Fortune video:", "Crime Beat, our true-crime podcast, has new episodes",
    # the page's stamps of when the story was updated
    "Last Update 14 May 2013 1:17 am", "Last modified: 25 December, 2023, 11:38 am", "Jan. 7, 2019 - 16:12 By Park Min-ji",
    # captions that end in their credit
    "A view of the harbour at dawn. Photo Courtesy: Pixabay",
    "Smoke over the depot after the strike. Screenshot via Telegram/someuser.",
    "Jane Morrow Credit: Photo: Peter Haas/ALM",
    # another story's headline after its label on the same line, and a summary box's label
    "Also Read - Port strike enters its third week as talks stall", "Related: Council votes to close two libraries",
    "What you need to know:",
    # a by-line whose name has a small word in it, after a separator
    "by · Voice of America", "By Maria de Souza",
    # an embedded post signed with its handle and date, a gallery's title in brackets, bracketed photo credits
    "The knee needs surgery and he is out for the season.— Sam Ortiz (@SamOrtizNews) March 3, 2019",
    "[Gallery: Ten Storms Seen From Orbit]", "[Peter Haas/Standard]",
    "(Ann Lee/Daily Courier via AP) MAGS OUT", "date 2023-10-03 loading…",
    # a live entry's author under its time, newsletter and promo prompts, an empty menu
    "11:38 Maria Lund", "Sign up for The Morning Docket by Ann Lee.", "➤➤ Want the full timeline of the inquiry?",
    "No menu items!",
    # a prompt to follow the outlet's channel, a video player's size and settings
    "For all the latest headlines, follow our Google News channel online or via the app.",
    "640X360 - No Companion - Full Sharing - Additional videos are suggested - Local/Politics",
    # a browser notice, a credit line, a slideshow's count, a "read more" link
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "(Jane Roe contributed reporting.)", "Slideshow ( 4 images )", "Read more on example.com",
    # a link out to the source's page, a prompt for alerts, a skip link under a key's name
    "Read More @ harbourledger.example.org", "Be the first to know",
    "Get browser notifications for breaking news, live events, and exclusive reporting.",
    'Press "Enter" to skip to content',
    # a broadcast transcript's credit, a contact box's prompts, a live page's pointer, a social post's credit
    "Transcript provided by Valley Radio, Copyright Valley Radio.", "> Send us a news tip.",
    "Write a letter to the editor.", "Updates for Friday, March 3, continue below:",
    "Posted by Marlow County Fire District on Friday, March 3, 2023",
    "First published on: 12-03-2023 at 04:10:22 pm", "Delayed  -  09:14:02 2023-05-02 am EDT",
    "Quote Message: You cannot call it unsafe. Engineers checked every cable.",
    # a donation banner, a comment form's prompts
    "Back Independent Journalism Today!", "Now is the moment to back fearless reporting from the region!",
    "Please leave a reply!", "Please enter your email here",
    # prompts to the reader
    "What do you think about this? Tell us in the comments below.",
    "Did your region report an alert? Share your story with us.",
    # another browser notice, an archive notice, a live stream's promo
    "Notice: you are using an outdated browser. Microsoft does not recommend it.",
    "This is an archived article and the information in the article may be outdated.",
    "Watch Live: City council meeting on the new stadium",
    # by-lines with where they were filed or a wire, a live page's label, a comments notice, a follow-up notice
    "By Musa Danjuma in Kano", "By Africanews with AP", "Here's the latest:",
    "Owing to changes outside our control, comments on our site are no longer open.",
    "The Daily Courier is following the developments.",
    # a footer's last items; another story's headline after a label in capitals with no separator
    "Editor in chief — Anna Lind. Terms of use. Privacy policy.",
    "READ ALSO New bridge opens in Hay after two-year wait",
    # a syndicated story's copyright line, a newsletter box, a photo credit alone, a newsroom's note about itself
    "Copyright 2021 KTRV. To see more, visit https://www.ktrv.org/.",
    "Get our award-winning weekly email for free.",
    "I would like to be emailed about offers, events and updates. Read our privacy notice.",
    "PA Wire", "Support the Kherson Herald or become our patron!",
    "We are the metro team of the Riverton Gazette. We bring you local news every day.",
    # a wire story's end marker, a comment box's rules, a promotion of the outlet's coverage
    "Endit", "Comments: House rules",
    "We want our comment threads to be a friendly place for local debate. Posting is a privilege.",
    "Get the facts behind the headlines, plus opinion from every side.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_lines(line):
    page = f"Title of the story about the drone attack tonight\n\n{line}\n\nThe mayor said two people were hurt.\n"
    kept = block_texts(page)
    assert line not in kept
    assert "The mayor said two people were hurt." in kept


PROSE = [
    # a wire's dateline between pipes opens the story, no menu
    "NAIROBI | Reuters | Kenya's police service on Tuesday said that 14 protesters were arrested in the capital.",
    "By Monday, the troops had withdrawn from the town.",
    # a live page's update under a label in capitals; a quotation broken off twice
    "UPDATE: Police say the road has reopened after the crash.",
    "He paused ... then said the road ... would reopen on Monday.",
    # a paragraph of the story that mentions a site's terms, its privacy policy or a newsletter
    "She said the site's terms of use were meant to protect its users, not to make criminals of them.",
    "The regulator said the bank had changed its privacy policy without telling customers in March.",
    "The newsletter, which has 40,000 readers, first reported the merger on Friday.",
    "Reporting from the front, the correspondent saw burned tanks.",
    "KYIV was quiet on Tuesday night, officials said.",
    # a paragraph closed by the wire's credit, without a stop of its own
    "Officials from the National Congress (NC) and the Unionist Party (UP) charged the vote was fixed -- KHARTOUM (AFP)",
    "Photo of the damaged building was published by the governor on Telegram.",
    "The governor said his support kept the team going.",
    "The bank gave the firm credit: it had nowhere else to turn.",
    "The minister said she would share a tip the union gave her with the cabinet.",
    "Related talks will resume in May, the ministry said.",
    "10:42 Russia says it downed 12 drones over Belgorod.",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_that_looks_like_furniture_is_kept(line):
    page = f"Title of the story about the drone attack tonight\n\n{line}\n"
    assert block_texts(page)[-1] == line


def test_a_long_paragraph_before_teasers_stays_the_article():
    page = ("Coach speaks after defeat\n\nThe coach said the team deserved more.\n"
            "“There was nothing in it in the first half, we were pressing for the leveller. It was a clear-cut "
            "penalty at the death. We still did enough to take something out of the game,” he added. (ANI)\n"
            "Police delays in a producer's assault case held up alerts to crime branches, allowing…\n"
            "Belarus has jailed two journalists who covered opposition protests for sharing their reports, sparking…\n")
    blocks = block_texts(page)
    assert blocks[-1].endswith("he added. (ANI)")


def test_a_lead_without_a_stop_under_the_title_is_the_first_paragraph():
    page = ("Police deny the abduction at the checkpoint\n\n"
            "The national police denied reports of an abduction at a checkpoint in the city, saying the driver "
            "agreed to go to the enlistment office to check his details\n"
            "The police press service said this on Tuesday.\n")
    blocks = block_texts(page)
    assert blocks[1].startswith("The national police denied reports") and len(blocks) == 3


def test_a_long_lead_without_a_stop_over_the_first_paragraph_is_body():
    # no headline the reader knows above the text (the first line reads as prose too)
    page = ("\"Abduction at the checkpoint\": the police say the driver was wanted and went to the office himself\n"
            "The national police denied reports that a man had been abducted at a checkpoint in the city: the "
            "driver, wanted for dodging the draft, agreed to go to the enlistment office to check his details\n"
            "The police press service said this on Tuesday.\n")
    blocks = block_texts(page)
    assert blocks[0].startswith("The national police denied") and len(blocks) == 2


def test_hard_wrapped_lines_that_break_after_an_open_word_are_one_paragraph():
    page = ("Banks drag on European shares\n\n"
            "Lenders weighed most heavily on the region's bourses, after\n"
            "Caledonian confirmed in a short statement that it was weighing a\n"
            "share sale, details of which could follow on Monday.\n")
    assert block_texts(page)[-1] == page[page.index("Lenders"):].rstrip("\n")


HARD_WRAPPED = [
    # a line holding a whole sentence, then the next one begun and broken off: the lower-case line goes on with it
    ("Schools shut as storm nears\n\n"
     "The coast guard said the port was closed. Residents of the harbour district are being\n"
     "asked to stay indoors until the wind drops.\n", 1),
    # a line of running prose that breaks after a word no sentence ends on, whatever case the next line opens in
    ("Schools shut as storm nears\n\n"
     "Superintendent Dana Pruitt said on Tuesday that every school in the\n"
     "Harbor Point district would stay closed on Wednesday.\n", 1),
    # a quotation's last line, its speech tag on the next line
    ("Schools shut as storm nears\n\n"
     "\u201cEvery building will stay closed until the roads are clear,\u201d\n"
     "the superintendent said on Tuesday.\n", 1),
    # a paragraph ending in a bracketed credit is whole; the line under it is not its continuation
    ("Schools shut as storm nears\n\n"
     "The superintendent said every school would stay closed. The buses will not run either (Jon Ames)\n"
     "reply from a reader on Tuesday 09:12\n\nThe storm is expected to reach the coast tonight.\n", 0),
]


@pytest.mark.parametrize("page,joined", HARD_WRAPPED, ids=["sentence inside", "open word", "speech tag",
                                                          "bracketed credit"])
def test_hard_wrapped_prose_is_one_paragraph(page, joined):
    blocks = block_texts(page)
    assert any("\n" in block for block in blocks) is bool(joined)


def test_a_figure_of_shares_in_a_paragraph_is_no_counter():
    line = ("With the bond market shut for the holiday, trading stayed thin. Some 1,148,310 shares traded on the "
            "New York Stock Exchange, against 1,602,457 shares on the Nasdaq.")
    assert block_texts(f"Stocks slip for a third session\n\n{line}\n")[-1] == line
    assert block_texts(f"Stocks slip\n\nThe index fell.\n\n1,240 shares\n")[-1] == "The index fell."


def test_other_stories_teasers_cut_off_with_an_ellipsis_are_furniture():
    page = ("Flu cases fall for a third week\n\nThe health ministry said flu cases fell again last week.\n"
            "Subscribe to our channel for more news.\n"
            "Cold season: the city is ready for peak demand, the deputy mayor told a meeting on ...\n"
            "Hospitals in the region report fewer admissions than a year ago, with 70...\n"
            "Vaccination drive extended to pharmacies across the country, officials sa...\n")
    blocks = block_texts(page)
    assert blocks == ["Flu cases fall for a third week", "The health ministry said flu cases fell again last week."]


def test_teasers_whose_ellipsis_follows_a_full_stop_are_furniture():
    page = ("Flu cases fall for a third week\n\nThe health ministry said flu cases fell again last week.\n"
            "Pune: Hospitals in the region report fewer admissions than a year ago.…\n"
            "Nagpur: The city is ready for peak demand, the deputy mayor told a meeting.…\n")
    assert block_texts(page)[-1] == "The health ministry said flu cases fell again last week."


def test_an_authors_card_after_the_article_is_furniture():
    page = ("Title of the story about the drone attack tonight\n\n"
            "The mayor said two people were hurt in the attack on the city.\n\n"
            "Olena Marchenko\nOlena is our correspondent in Odesa. She has covered the war since 2022.\n")
    kept = block_texts(page)
    assert kept == ["Title of the story about the drone attack tonight",
                    "The mayor said two people were hurt in the attack on the city."]


GLUED_FURNITURE = [
    # furniture glued to a paragraph is no sentence of it
    ("Senators met the president at the White House on Tuesday. (AP Photo/Carl Munro)", "(AP Photo/Carl Munro)"),
    ("Smoke rises over the village after the strike. (Karim SABBAGH / AFP)", "(Karim SABBAGH / AFP)"),
    # a wire's reporter credit closing the story
    ("The mayor said the market would reopen on Monday. Lorna Diaz/PNA", "Lorna Diaz/PNA"),
    ("The mayor said the market would reopen on Monday. (PNA)", "(PNA)"),
    # a live page's pointer and credits closing a paragraph
    ("The council voted for the new cycle lanes after a long debate. More on this here", "More on this here"),
    ("The pitch was flooded by noon. Read more on that here", "Read more on that here"),
    ("The bridge reopened at noon. This page was edited by Ivo Marsh and Dana Lee.", "edited by"),
    ("The bridge reopened at noon. The writers were Tom Kerr and Ada Finch.", "writers were"),
]


@pytest.mark.parametrize("text, furniture", GLUED_FURNITURE, ids=[g[1] for g in GLUED_FURNITURE])
def test_furniture_glued_to_a_paragraph_gives_no_claim(extractor, text, furniture):
    claims = extractor.extract(text)
    assert claims and not any(furniture in claim.text for claim in claims)


EMBEDS = ["Allow Twitter content?", "End of Twitter post by @IDF", "News / Front / Donetsk region",
          # another story's headline in title case set between the paragraphs
          "Kremlin Vows Swift Answer if Western Cruise Missiles Reach Russian Soil"]


@pytest.mark.parametrize("line", EMBEDS)
def test_embed_consent_lines_and_breadcrumbs_are_furniture(extractor, line):
    text = f"Drones hit a depot overnight, the governor said.\n\n{line}\n\nNine people were injured, he added."
    assert not any(line in claim.text for claim in extractor.extract(text))


# Furniture lines of the kinds real pages print around an article (written for this test).
FURNITURE_PAGE = """The governor said two people were injured in the attack on Monday.

Our Standards: The Thomson Reuters Trust Principles.
Reporting by Anna Smith; Editing by Tom Brown
Sign up for our newsletter to get the latest news delivered to your inbox.
Follow us on Facebook, Twitter and Instagram.
We use cookies to improve your experience on our site.
By continuing to browse, you agree to our use of cookies.
Photo: Reuters/Alexander Ermochenko
A firefighter works at the site of a drone strike in Kyiv, Ukraine, May 12, 2024. REUTERS/Gleb Garanich
(Photo by Genya Savilov/AFP via Getty Images)
Get the latest news from around the world in your inbox every morning.
This article was originally published by The Conversation.
Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Support independent journalism. Donate now.
Have a tip? Send it to us at tips@example.com.
Click here to read the full report.
Watch: Drone footage shows damage to the refinery
MOST READ
1. Russia launches massive attack on Ukraine's energy grid
2 hours ago
Listen to this article
5 min
Share on WhatsApp
(Adds comment from the port authority in paragraph 5)
Posts tagged with "energy"
Your current subscription plan lets you comment on stories.
Legal Disclaimer:
The publisher supplies this content "as is", with no warranty of any kind.
Dear reader,
Our reporting depends on your support: a small monthly contribution keeps our newsroom going.
Remind me later.
Pic: Reuters
Switch to another browser for a video player that is easier to use
Published 12:04 GMT, 12 May 2024 | Updated 14:10 GMT
Additional reporting by Jane Doe in London.
The views expressed in this article are the author's own.
Join our WhatsApp channel for the latest updates.
If you value our reporting, please consider supporting us.
Download our app for the latest news.
Enable notifications to get breaking news.
More on this story
Topics
Ukraine war
Russia
The mayor said the water supply was restored by the evening.
"""


def test_common_page_furniture_yields_no_claims(extractor):
    texts = [claim.text for claim in extractor.extract(FURNITURE_PAGE)]
    assert texts == ["The governor said two people were injured in the attack on Monday.",
                     "The mayor said the water supply was restored by the evening."]


def test_each_furniture_line_is_one_token_before_the_models_read_the_page(extractor):
    from attribution.layout import furniture_lines

    layout = extractor.nlp.get_pipe("attribution_layout").read(PAGE)
    lines = furniture_lines(PAGE, layout)
    assert "Share: Facebook   X   Telegram   Copy link" in [PAGE[a:b] for a, b in lines]
    assert all(not (a < block.end and block.start < b) for a, b in lines for block in layout.blocks)
    # The layout runs first, so the tagger, parser and entity recogniser read one word where a line of furniture
    # stood; the text, and every offset, stay the input's.
    assert extractor.nlp.pipe_names[0] == "attribution_layout"
    doc = extractor.nlp(PAGE)
    assert doc.text == PAGE and len(doc) < len(extractor.nlp.make_doc(PAGE))
    assert "Share: Facebook   X   Telegram   Copy link" in [t.text for t in doc]
    # the same claims as extract(), as the contract says
    assert [c.model_dump() for c in doc._.claims] == [c.model_dump() for c in extractor.extract(PAGE)]


def test_a_dashed_line_outside_the_article_stays_words_for_the_rules_that_read_it():
    from attribution.layout import ArticleLayout, furniture_lines

    page = "Menu | News\n\u201cWe won.\u201d\n\u2014 Hong Joon-pyo, candidate\nShare this"
    layout = ArticleLayout(blocks=[Block(12, 21, "body", 0)], sentences=[], quotes=[])
    assert [page[a:b] for a, b in furniture_lines(page, layout)] == ["Menu | News", "Share this"]


def test_claims_keep_the_input_text_and_offsets_beside_merged_furniture(extractor):
    claims = extractor.extract(PAGE)
    assert claims and all(PAGE[c.start:c.end] == c.text for c in claims)
    said = [c for c in claims if c.sources]
    assert said and said[0].sources[0].name.lower().startswith("foreign ministry")


LIVE_TIMELINE = """Storm live: what we know

Heavy rain hit the coast overnight. Here is what we know so far:

08:10- Police say two roads are closed near the harbour.

08:25- Power cut to 4,000 homes in the north

08:40- Ferry services suspended until noon

08:55- The coastguard says a fishing boat was towed to safety.

09:05- Mayor Dana Royce issues"""


def test_a_live_timelines_entries_are_the_article_with_or_without_a_stop(extractor):
    claims = extractor.extract(LIVE_TIMELINE)
    texts = [c.text for c in claims]
    # the time that opens an entry is no part of its sentence, and every entry is read, cut off or not
    assert "Power cut to 4,000 homes in the north" in texts and "Ferry services suspended until noon" in texts
    assert "Mayor Dana Royce issues" in texts
    assert "Police say two roads are closed near the harbour." in texts
    # no report runs on from one entry into the next
    by_text = {c.text: c for c in claims}
    assert by_text["Power cut to 4,000 homes in the north"].sources == []
    assert by_text["Police say two roads are closed near the harbour."].sources[0].name.lower() == "police"


def test_other_stories_with_times_are_no_timeline():
    page = ("Ceasefire talks stall\n\nNegotiators left the venue on Monday without a statement, the ministry said.\n\n"
            "Latest news\n\n10:42 - Parliament approves new budget\n\n11:05 - Storm cuts power in the north\n\n"
            "11:30 - Ferry services suspended\n")
    assert block_texts(page)[-1] == "Negotiators left the venue on Monday without a statement, the ministry said."


@pytest.mark.parametrize("text, name", [
    # a dateline glued to the first word ("-Hallworth") is trimmed from the sentence
    ("KYIV, June 3 (Reuters) - Ukraine's air force said it downed 20 drones.", "Ukrainian Air Force"),
])
def test_a_dateline_is_no_part_of_the_first_sentence_or_its_names(extractor, text, name):
    claim = extractor.extract(text)[0]
    assert not claim.text.startswith(("LONDON", "KYIV")) and [s.name for s in claim.sources] == [name]


def test_a_dateline_before_a_pipe_is_trimmed_and_its_line_is_no_menu(extractor):
    text = ("SPRINGFIELD | City police told a judge in a filing that the driver who fled the stop had been "
            "released \"without charge.\"\n\nNews | Sport | Weather\n")
    claims = extractor.extract(text)
    assert [c.text[:11] for c in claims] == ["City police"]


def test_a_wire_dateline_glued_to_the_first_word_is_trimmed(extractor):
    claim = extractor.extract("LONDON (Reuters) -Hallworth Pharma said its chief executive would stay.")[0]
    assert claim.text.startswith("Hallworth Pharma said") and claim.sources


@pytest.mark.parametrize("line", [
    "(Tomas Keller/Riverside Herald)",
    "6 min. read",
    "UPDATE 09:15",
    "Post to LinkedIn",
    "12h agoCouncil approves the new bus lanes after a long debate",
    "Spotted a mistake or a typo?",
    "Learn more",
])
def test_more_page_furniture_lines(line):
    # between two paragraphs, where a short line is otherwise kept as a paragraph without its stop
    page = (f"The governor said a drone hit a depot on the edge of the city overnight.\n\n{line}\n\n"
            "The mayor said two people were hurt.\n")
    kept = block_texts(page)
    assert line not in kept
    assert "The mayor said two people were hurt." in kept


def test_other_stories_under_their_age_are_furniture(extractor):
    page = ("The mayor said on Monday that the bridge would reopen in June. Engineers said the repairs were on time.\n\n"
            "Harbour cranes at dawn\n\n6 min. ago\n\nPort strike enters its third day, union says\n\n"
            "Tram depot\n\n2 h ago\n\nCity to buy twenty new trams by spring\n\n"
            "Old town square\n\n2025.05.20 12:00\n\nWhy are rents in the old town rising so fast?\n")
    texts = [claim.text for claim in extractor.extract(page)]
    assert texts == ["The mayor said on Monday that the bridge would reopen in June.",
                     "Engineers said the repairs were on time."]


def test_a_pointer_left_without_its_stop_is_article_text():
    page = ("Blast in the port\n\nTwo people were hurt in the blast overnight.\nThis was reported by the regional "
            "police\nThe road is closed.\n")
    assert "This was reported by the regional police" in block_texts(page)


@pytest.mark.parametrize("last, kept", [
    ("The ministry says crews were also sent to Varna on Sunday", True),
    ("Ministry says crews sent to Varna on Sunday", False),
])
def test_a_last_sentence_without_its_stop_is_kept_by_its_article_and_auxiliary(last, kept):
    page = f"Power cut in the east\n\nThe ministry said power was restored.\n\n{last}"
    assert (last in block_texts(page)) == kept


def test_a_short_list_between_paragraphs_is_the_article_and_other_stories_titles_are_not():
    page = ("Storm hits the coast\n\nThe mayor said the storm hit the coast overnight.\n\n- Two bridges closed\n"
            "- Schools shut\n\nRepairs will take a week.\n")
    assert block_texts(page)[1:] == ["The mayor said the storm hit the coast overnight.", "Two bridges closed",
                                     "Schools shut", "Repairs will take a week."]
    titles = page.replace("- Two bridges closed\n- Schools shut", "- Youth Media Brand Announces Another Round of "
                          "Job Cuts\n- Venture Fund Sharply Cuts Its Stake in Trading App")
    assert "Venture Fund Sharply Cuts Its Stake in Trading App" not in block_texts(titles)


@pytest.mark.parametrize("page", [
    "Kremlin denies quote\n\nThe Kremlin said the quote was a hoax.\n\nA Message from Our Newsroom:\n\nDear readers,\n\n"
    "We are facing enormous pressure. The authorities have branded our reporting a threat to the state. Please back "
    "us with a small monthly gift.\n\nRemind me later.\n",
    "Kremlin denies quote\n\nThe Kremlin said the quote was a hoax.\n\nDear readers!\n\nWe are facing enormous "
    "pressure. Please back us with a small monthly gift.\n\nNot ready to support us today?\n",
])
def test_a_letter_to_readers_from_salutation_to_closing_line_is_furniture(page):
    assert block_texts(page)[-1] == "The Kremlin said the quote was a hoax."


def test_a_salutation_with_no_closing_line_drops_nothing():
    page = "Letters\n\nThe mayor wrote to residents.\n\nDear readers,\n\nThe bridge will reopen on Monday.\n"
    assert "The bridge will reopen on Monday." in block_texts(page)


def test_an_embedded_posts_credit_on_a_line_of_its_own_is_furniture(extractor):
    page = ("Senate news\n\nThe senator said the bill would pass.\n\nOur streets are safer than ever.\n"
            "— Jane Doe (@janedoe) March 3, 2024\n\nThe vote is set for Friday.\n")
    assert not any("@janedoe" in claim.text for claim in extractor.extract(page))
