"""Chains and unnamed sources, one sentence at a time (sentences written for these tests)."""

from __future__ import annotations

import pytest

CHAINS = [
    # (text, expected {source name: name of the source it comes through, or None})
    # a person unnamed people quoted, named again by a pronoun, still speaks through them
    ('Well-informed sources quoted Jaber Al-Hajri as telling his colleagues to face facts. "We have paid a heavy '
     'price," he said.', {"Jaber Al-Hajri": "Well-informed sources", "Well-informed sources": None}),
    # the words came "via" a name, or were told to one in an interview: it relays, known as an outlet or not
    ('"I feel stronger every week," Marcus Dale said, via the Tulsa Ledger.',
     {"Marcus Dale": "Tulsa Ledger", "Tulsa Ledger": None}),
    ('"The results surprised us," Helen Ward told Lab Notes in an interview.',
     {"Helen Ward": "Lab Notes", "Lab Notes": None}),
    # "referring to its sources" cites them as "citing" does; an unnamed group placed anew is another group
    ("Floods will hit the valleys next week, the Lakeside Herald reported, referring to its sources in the "
     "interior ministry.", {"Lakeside Herald": None, "its sources in the interior ministry": "Lakeside Herald"}),
    ("The dam will hold, the Lakeside Herald reported, citing its sources in the interior ministry.\n\nThe port will "
     "close, the Coastal Gazette reported, citing its sources in the harbour police.",
     {"Coastal Gazette": None, "its sources in the harbour police": "Coastal Gazette"}),
    # the reported clause's subject the parser read into the outlet's name, with no "that" between
    ("A banking source told Vedomosti Turkey planned to raise rates next month.",
     {"banking source": "Vedomosti", "Vedomosti": None}),
    # a station by its call sign or its network and channel number is an outlet
    ("The sheriff told KVRT that two deputies were hurt.", {"sheriff": "KVRT", "KVRT": None}),
    ("The mayor told NBC7 the bridge would reopen in May.", {"mayor": "NBC7", "NBC7": None}),
    # the one quoted in a relative clause after "according to" reaches us through whoever quoted him
    ("The talks would cover fishing quotas, according to Deputy Minister Ivo Maren, who was quoted by the Interfax "
     "news agency.", {"Ivo Maren": "Interfax", "Interfax": None}),
    # a speaker's own quoted words with "would not answer" in them are speech, not a silence reported
    ("\u201cMy firm would not answer to such requests,\u201d Lind told reporters in Oslo, according to the Financial "
     "Times.", {"Lind": "Financial Times", "Financial Times": None}),
    # "One said" after a group named: one of the group speaks for it, through the outlet that reported it
    ("Pro-Russian bloggers gave a grim picture. One said the unit was nearly surrounded, the Kyiv Post reported.",
     {"Kyiv Post": None, "Pro-Russian bloggers": "Kyiv Post"}),
    # an outlet's dispatch or report in which someone speaks passes their words on
    ("In a separate Xinhua dispatch, the Chinese commerce ministry criticised the new tariffs.",
     {"Chinese commerce ministry": "Xinhua", "Xinhua": None}),
    # an outlet whose name ends in a word for an informant is the outlet, no informant of it
    ("A Tesla spokesperson told Business Insider the recall was voluntary.",
     {"Tesla spokesperson": "Business Insider", "Business Insider": None}),
    # news reports closing the sentence pass on the speaker's words
    ("The navy said it had sunk two boats, according to local media reports.",
     {"navy": "local media reports", "local media reports": None}),
    # magazines and sites the registry knows, a common word among them capitalised mid-sentence ("People")
    ("A source close to the couple told People that the split was amicable.",
     {"source close to the couple": "People", "People": None}),
    ("The singer's manager confirmed to Variety that the tour was off.", {"singer's manager": "Variety",
                                                                           "Variety": None}),
    ('A spokesperson hit back, telling Deadline: "The claims are simply false."',
     {"spokesperson": "Deadline", "Deadline": None}),
    # an outlet carrying someone's words passes them on
    ("Reuters is carrying the words from Leonid Slutsky, the head of the foreign affairs committee.",
     {"Reuters": None, "Leonid Slutsky": "Reuters"}),
    # "they" is not the outlet named in its own clause; with no group cited before, they are unnamed speakers
    ('Two councillors contacted Reuters. They told Reuters: "The vote was rigged."',
     {"unnamed speakers": "Reuters", "Reuters": None}),
    # "according to" a newspaper whose name ends in a word of documents ("Post") relays the speaker's words
    ("Prosecutors said the inmate was left alone for hours, according to the Denver Post.",
     {"Prosecutors": "Denver Post", "Denver Post": None}),
    # "As X reported, Y confirmed": Y's words reach the article through X's report
    ("As the Kyiv Post earlier reported, Taras Melnyk confirmed his plan to sell the bank.",
     {"Melnyk": "Kyiv Post", "Kyiv Post": None}),
    # "is quoted by X": the one quoted speaks through X, with or without "as saying"
    ('"We defended well and stayed patient," coach Marco Vieri is quoted by the Daily Nation.',
     {"Marco Vieri": "Daily Nation", "Daily Nation": None}),
    # the relative clause of an "according to" source says whom it spoke to
    ("According to a police officer who spoke to the BBC, the suspect fled on foot.",
     {"police officer": "BBC", "BBC": None}),
    # "according to" before the "that" of the reported clause relays the report around it
    ("Microsoft said on Tuesday, according to Bloomberg, that sales will fall.",
     {"Microsoft": "Bloomberg", "Bloomberg": None}),
    # an email or a statement to an outlet passes the words on through it
    ('"The verdict is being mocked," Uhlar said in an email to USA Today.', {"Uhlar": "USA Today", "USA Today": None}),
    ("The company said in a statement to Reuters that it would appeal.", {"company": "Reuters", "Reuters": None}),
    # a network's affiliate told is an outlet, named by its own short name
    ("The deputy told NBC affiliate KBTX of Bryan that the road would stay shut.",
     {"deputy": "KBTX", "KBTX": None}),
    # "told local outlets": unnamed outlets, but outlets
    ("Emergency services told local outlets that the fire was out.",
     {"Emergency services": "local outlets", "local outlets": None}),
    ("Astra, citing sources in the ministry, reported that two drones hit the depot.",
     {"Astra": None, "sources in the ministry": "Astra"}),
    # a named body reporting in the last tag reports the tag before it, whatever the parser hung under what
    ("Floods killed one person, Petr Hala said, The Prague Post reported.",
     {"Petr Hala": "Prague Post", "Prague Post": None}),
    # an outlet the article named as one before relays when told again by its name alone
    ('The council failed to meet, councillor Tom Lee told local broadcaster WKXB. "We need a vote," Lee told WKXB.',
     {"Tom Lee": "WKXB", "WKXB": None}),
    # "the newspaper" told is the outlet named before
    ("The firm is weighing a sale, people familiar with the matter told the Daily Ledger. The talks are at an early "
     "stage, the people told the newspaper.",
     {"people familiar with the matter": "Daily Ledger", "Daily Ledger": None}),
    ("A source in the SBU told RBC-Ukraine that the operation had been planned for months.",
     {"source in the Security Service of Ukraine": "RBC-Ukraine", "RBC-Ukraine": None}),
    # an outlet named after the noun for one ("the state news agency KNA") relays, however the parser parts them
    ("The provincial government said 300 people died, the state news agency KNA reported.",
     {"KNA": None, "provincial government": "KNA"}),
    # informing or notifying an outlet is telling it
    ("A source in the SBU notified RBC-Ukraine that the operation had been planned for months.",
     {"source in the Security Service of Ukraine": "RBC-Ukraine", "RBC-Ukraine": None}),
    ("Sources in the special services informed the Kyiv Post that drones had hit a radar station.",
     {"Sources in the special services": "Kyiv Post", "Kyiv Post": None}),
    ("According to TASS, which cited emergency services, the fire was put out by morning.",
     {"TASS": None, "emergency services": "TASS"}),
    ("The former employee said the company knew about the flaw, NBC News reported.",
     {"NBC News": None, "former employee": "NBC News"}),
    ("Zelensky said in an interview with CNN that the front was holding.",
     {"Volodymyr Zelensky": "CNN", "CNN": None}),
    ("Reuters reported the sale, citing three people familiar with the talks.",
     {"Reuters": None, "people familiar with the talks": "Reuters"}),
    # the one an outlet quotes "saying:" speaks through it, however the parser hangs the gerund
    ('Reuters quoted Gazprom spokesman Sergei Kupriyanov saying: "Supplies will continue as planned."',
     {"Reuters": None, "Sergei Kupriyanov": "Reuters"}),
    # an outlet's report credited to its informants: they speak through the outlet, not the outlet through them
    ("Bloomberg reported that the talks had stalled, according to people familiar with the matter.",
     {"Bloomberg": None, "people familiar with the matter": "Bloomberg"}),
    # an account opening a report that an outlet closes reaches us through the outlet
    ("According to police, the man fired at officers, WKRN reported.", {"WKRN": None, "police": "WKRN"}),
    # "according to X" closing the sentence credits all before it, however the parser hangs it
    ("The ministry said the plant was hit, according to Reuters.", {"ministry": "Reuters", "Reuters": None}),
    # reports that cite their sources relay them; "citing" is no part of the reports' description
    ("According to reports that cite unnamed sources, the palace has finished vetting candidates.",
     {"reports": None, "unnamed sources": "reports"}),
    ("According to media reports citing unnamed officials, the talks stalled.",
     {"media reports": None, "unnamed officials": "media reports"}),
    # "citing" hung by the parser on the reported clause's verb still cites for the report; a fighter can speak
    ("BBC Burmese reported that 12 people had died in the village, citing a local fighter.",
     {"BBC Burmese": None, "local fighter": "BBC Burmese"}),
    ("The minister was quoted by Interfax as saying the talks had stalled.",
     {"minister": "Interfax", "Interfax": None}),
    # a document an outlet got hold of: the outlet passes the speaker's words on
    ("Northwind Public Media said on Wednesday it would cut staff, according to an internal memo ABC News obtained.",
     {"Northwind Public Media": "ABC News", "ABC News": None}),
    # the outlet spoken to, by a participle opening the sentence; a description before the outlet's name
    ("Speaking to the BBC, the minister defended the plan.", {"minister": "BBC", "BBC": None}),
    ('Speaking to the state news agency IRNA, ministry spokesman Esmaeil Baghaei was reported as saying: "We deny '
     'any meeting took place."', {"Esmaeil Baghaei": "Islamic Republic News Agency",
                                  "Islamic Republic News Agency": None}),
    # "quoted by X" without "as", wherever the parser hangs it
    ("The ministry said 34 drones were downed, quoted by Interfax.", {"ministry": "Interfax", "Interfax": None}),
    ("The Air Force said 34 drones were downed overnight, Reuters reported, quoted by BTA.",
     {"Reuters": "BTA", "BTA": None, "Air Force": "Reuters"}),
    # an outlet's own unnamed informant speaks through the outlet
    ("Interfax's source in the city administration said the water supply was back.",
     {"source in the city administration": "Interfax", "Interfax": None}),
    ("A source from the Kyiv Post said the deal had collapsed.",
     {"source from the Kyiv Post": "Kyiv Post", "Kyiv Post": None}),
    # the outlet's name set before the word, as a possessive is; a party's sources are no outlet's
    ("The delegation met the foreign minister twice, according to NBC News sources.",
     {"sources": "NBC News", "NBC News": None}),
    ("Reuters sources said the pipeline deal was close.", {"sources": "Reuters", "Reuters": None}),
    # the speaker's own relative clause names the outlet it spoke to
    ("The source who spoke to Reuters said the general flew back late on Wednesday.",
     {"source": "Reuters", "Reuters": None}),
    # outlets left unnamed but qualified are outlets; whoever quoted a speaker passes its words on
    ("A resident told local media that the bridge had collapsed.", {"resident": "local media", "local media": None}),
    ('"Tests will go on," the agency was quoted by lawmakers present at the briefing as saying.',
     {"agency": "lawmakers present at the briefing", "lawmakers present at the briefing": None}),
    # an outlet's report closing the sentence holds what comes before, however the parser hangs it
    ("The governor said on Telegram that two drones were downed, TASS reported.",
     {"TASS": None, "governor": "TASS"}),
    ("Zelensky said in his nightly address that the front was holding, Ukrinform reports.",
     {"Ukrinform": None, "Volodymyr Zelensky": "Ukrinform"}),
    # ...also when the tag is inverted
    ("The mayor said that 40 people were detained overnight, reports AFP.", {"Agence France-Presse": None, "mayor": "Agence France-Presse"}),
    # "citing" hung inside the reported clause; a statement an outlet passed on
    ("Russian state media reported, citing the defense ministry, that 30 drones were destroyed.",
     {"Russian state media": None, "defense ministry": "Russian state media"}),
    ("Hamas said in a statement carried by Al Jazeera that it accepted the proposal.",
     {"Hamas": "Al Jazeera", "Al Jazeera": None}),
    # wire agencies the speaker told; a qualified group quoted by a channel
    ("Musa Ibrahim, a local councillor, told Saharareporters that the gunmen had fled.",
     {"Musa Ibrahim": "Sahara Reporters", "Sahara Reporters": None}),
    ('The SHOT channel reports that "local residents claim two loud bangs were heard before the fire."',
     {"Shot": None, "local residents": "Shot"}),
    # a speaker whose words reach the article according to someone else
    ("According to a Fox report, the rebel group claimed the attack and said it held two bases.",
     {"rebel group": "Fox", "Fox": None}),
    ("A senior army officer later denied the account, according to the Kyiv Independent.",
     {"senior army officer": "The Kyiv Independent", "The Kyiv Independent": None}),
    # nested: each speaker via the one whose report holds its words
    ("Poroshenko said Putin told him the war would end soon, Süddeutsche Zeitung reported.",
     {"Süddeutsche Zeitung": None, "Poroshenko": "Süddeutsche Zeitung", "Vladimir Putin": "Poroshenko"}),
    # a third speaker whose saying the quotation itself reports
    ("“The general said that such strikes are unacceptable,” the ministry said.",
     {"ministry": None, "general": "ministry"}),
    # unnamed speakers inside a station's report, via the station
    ("Fire officials stressed that the blaze was contained, reports KCRA.",
     {"KCRA": None, "Fire officials": "KCRA"}),
    # an unnamed speaker inside a person's report, via that person
    ("Ms Hart said one neighbour had said the dog was barking all night.", {"Ms Hart": None, "neighbour": "Ms Hart"}),
    ("The mayor, according to local media, said the bridge was closed.",
     {"mayor": "local media", "local media": None}),
    # one of a group speaks for the group; an outlet named before is "the Journal", "the Post"
    ("The Wall Street Journal reported the probe on Monday. Chirpline held talks with the regulator, one of the "
     "people familiar with the matter told the Journal.",
     {"people familiar with the matter": "The Wall Street Journal", "The Wall Street Journal": None}),
    ('The Washington Post reported the request first. "Their path is finished," press secretary Karoline Leavitt '
     'was quoted as saying by the Post.', {"Karoline Leavitt": "The Washington Post", "The Washington Post": None}),
    # comments or a statement given to an outlet, wherever the parser hangs them
    ("A source, who asked not to be named, backed that account in comments to Reuters but said it was uncertain.",
     {"source": "Reuters", "Reuters": None}),
    ("In a statement provided to CNN, a spokesperson for the White House said the report rests on leaks.",
     {"spokesperson for the White House": "CNN", "CNN": None}),
    # an opening "Speaking to X," that the parser takes for the subject; a bracketed abbreviation names a body
    ("Speaking exclusively to Kyiv Post, the partisan movement of Ukrainians in Crimea (ATESH) said it had "
     "gained vital intelligence.", {"ATESH": "Kyiv Post", "Kyiv Post": None}),
    # a report cited passes on its author's words; what is quoted speaks, whatever it is called
    ("The ministry cited a report by the United Nations that found abuses.",
     {"ministry": None, "United Nations": "ministry"}),
    ("Troops are heading west, the Interfax news agency quoted the eastern military district as saying.",
     {"Interfax": None, "eastern military district": "Interfax"}),
]

NOT_CHAINS = [
    # one an outlet quoted speaks on his own again when named by a pronoun
    ('Reuters quoted Leonid Slutsky as saying the footage was staged. "It is all invention," he said.',
     ["Leonid Slutsky"]),
    # preliminary reports qualify a figure; they relay no one
    ("The governor said nobody had died, according to preliminary reports.", ["governor", "preliminary reports"]),
    # a report of one's own relays no one
    ("In his report, the inspector said the drills were a provocation.", ["inspector"]),
    # people told in lower case are no magazine
    ("The senator told people at the rally that the bill would pass.", ["senator"]),
    # a body's sources are no outlet's informants
    ("Kremlin sources said the pipeline deal was close.", ["Kremlin sources"]),
    # "but" joins two reports: the second speaker is no relay of the first, however the parser hung it
    ("The army said it has “liberated” Synkivka, but Volodymyr Fityo, a spokesman for the ground forces, said "
     "the village was held.", ["Volodymyr Fityo", "army"]),
    # a company's legal form after its name is no second source
    ("Earlier in the month, Atlantic Heritage Salvage, LLC (AHS) announced that it had found four cannons.",
     ["Atlantic Heritage Salvage"]),
    ("The minister said in a statement that the plan was on track.", ["minister"]),
    ("The minister told the media he was happy with the result.", ["minister"]),
    # ...and with none named before, the article's own paper, which relays nothing
    ("The talks are at an early stage, a spokesman told the newspaper.", ["spokesman"]),
    ("The man who spoke to the crowd said he was leaving.", ["man"]),
    ("According to a man who spoke to the crowd, the bridge was closed.", ["man"]),
    # a platform the words were posted on is where, not who; whoever was told, outside an interview, relays nothing
    ('"We will win," the mayor said via Telegram.', ["mayor"]),
    ("The victim told Daniel Ross he was attacked.", ["victim"]),
    # a person quoting someone tells their own story; the quotation's own "we" and "I" speak from where its
    # speaker stands
    ('"The ministry told us the road would reopen," a resident said.', ["resident"]),
    ('"We told them we would not back down," the union leader said.', ["union leader"]),
    # "according to" inside what the speaker says, or naming a document nobody is named for
    ("The minister said that, according to the data, prices rose.", ["minister"]),
    ("At least 30 states have reported high numbers of flu cases, according to federal data.", ["30 states", "federal data"]),
    # a verb of the clause, not a participle that cites
    ("The minister was referring to the new law.", []),
    # ... nor a bare name of what was spoken of
    ("Flooding has cut off two villages, the mayor said, referring to Oakby and Wrenfield.", ["mayor"]),
    # told whom, but no outlet carries the words
    ("Kremlin spokesman Dmitry Peskov told reporters the talks had stalled.", ["Dmitry Peskov"]),
    ("The witness told the jury that she had seen the car.", ["witness"]),
    # a plan, not a report inside the report
    ("The governor said Moscow may be trying to argue that the grid is unreliable.", ["governor"]),
    # the sources of a body that is no outlet speak for the body; those of several outlets, for the outlets
    ("Sources in the ministry said the convoy had turned back.", ["Sources in the ministry"]),
    ("According to the sources of Ukrainska Pravda, RBC-Ukraine and NV, drones hit the plant.",
     ["Ukrainska Pravda", "RBC-Ukraine", "NV"]),
    # a reason cited is no source: whoever cites it makes the claim
    ("The airline cancelled 40 flights on Monday, citing a shortage of pilots.", ["airline"]),
    ("Judge Anna Berg cut the sentence to four years, citing his heart condition and his age.", ["Anna Berg"]),
]

ANONYMOUS = [
    # a source from a company is an unnamed insider, not the company
    ('A source from the Acme Corporation told reporters: "The recall was planned weeks ago."',
     "source from the Acme Corporation", True),
    # people named by where they are stay unnamed; an unnamed blogger is unnamed
    ("Kursk residents said they heard at least five explosions before dawn.", "Kursk residents", True),
    ("A prominent milblogger claimed that the bridge had been hit twice.", "prominent milblogger", True),
    # a platform's user is unnamed: the platform is no body the user speaks for
    ('A Facebook user wrote, "My grandmother bought her bread there every morning."', "Facebook user", True),
    # an office-holder the article leaves unnamed, with "a"
    ("A fire marshal in Dunmore said the blaze had been set deliberately.", "fire marshal in Dunmore", True),
    # officials by their nationality are unnamed, whatever the tagger took the nationality for
    ("Shelling hit two villages on Sunday, Azerbaijani officials said.", "Azerbaijani officials", True),
    # a source from a state body is unnamed, placed in it
    ("A source from the Interior Ministry said the suspect had fled.", "source from the Interior Ministry", True),
    # (text, expected name, anonymous?)
    ("Sources familiar with the matter said the deal was close.", "Sources familiar with the matter", True),
    ("One official said the talks had stalled.", "official", True),
    ("Eyewitnesses reported at least five explosions near the airfield.", "Eyewitnesses", True),
    # sources of a named body are still unnamed; so is a minister the article does not name
    ("Party sources said the leader would stand down before the summer.", "Party sources", True),
    ("While Treasury sources suggested the levy would be scrapped, business groups remained wary.",
     "Treasury sources", True),
    ("A senior minister said the rail plan was dead.", "senior minister", True),
    ("It comes after a teenager reported that a man had followed her home.", "teenager", True),
    ("Sources from Jordan said the border would reopen on Monday.", "Sources from Jordan", True),
    ("Foreign Minister Sergei Lavrov said the plan was dead.", "Sergei Lavrov", False),
    # people of a market, a crowd or a trade
    ("Traders said the rise in stocks weighed on prices.", "Traders", True),
    ("Critics say the plan will fail.", "Critics", True),
    ("Organisers said about 3,000 people joined the march.", "Organisers", True),
    ("Russian Telegram channels reported explosions in Kursk.", "Russian Telegram channels", True),
    ("A spokesman for the brigade said the village was still contested.", "spokesman for the brigade", True),
    ('"Some people say otherwise," he conceded.', "unnamed speaker", True),
    ("Kremlin spokesman Dmitry Peskov said the talks had stalled.", "Dmitry Peskov", False),
    ("The Russian Ministry of Defense said 40 drones were shot down.", "Russian Ministry of Defense", False),
    ("Astra reported explosions in Kursk.", "Astra", False),
    # a hyphenated word is never cut in two
    ("Several well-known pro-Kremlin bloggers reported explosions in Kursk.", "well-known pro-Kremlin bloggers", True),
    # a description in an -ing clause names the unnamed source; a clause that reports does not
    ("The dead were buried, according to groups helping the families.", "groups helping the families", True),
    ("Residents living near the depot said they heard two blasts.", "Residents living near the depot", True),
    # people by their trade or their part in the story, unnamed, with where they belong
    ("A paramedic at the scene said four people were hurt.", "paramedic at the scene", True),
    ("A user on a local forum wrote that the water had been off for days.", "user on a local forum", True),
    ("Two teachers at the school said classes would resume on Monday.", "teachers at the school", True),
    # with "the", a trade points back to someone met before: not a new unnamed source
    ("The nurse said the ward was full.", "nurse", False),
    # "those who ...": the people the relative clause describes, unnamed
    ("Those who live near the plant say the smell never goes away.", "Those who live near the plant", True),
    # consultants and advisers unnamed are unnamed sources
    ('"The budget cannot hold," says one of the consultants who work with the ministry.', "consultants", True),
    ("Advisers to the minister said the plan was ready.", "Advisers to the minister", True),
    # when a source spoke is no part of who it is
    ("A source in the ministry on Monday said the talks had stalled.", "source in the ministry", True),
    # research nobody is named for is unnamed
    ("Earlier research found a strong link between sleep and memory.", "Earlier research", True),
    # a speaker whose name a clause beside them withholds is unnamed, whatever the determiner
    ("The woman, who did not want to give her name, says the road is closed every spring.", "woman", True),
    ("The man, who asked not to be named, said the plant was closed.", "man", True),
]


def _sentence_sources(extractor, text):
    claim = extractor.extract(text)[-1]
    return claim, {s.id: s for s in claim.sources}


@pytest.mark.parametrize("text, expected", CHAINS, ids=[c[0][:40] for c in CHAINS])
def test_chain(extractor, text, expected):
    claim, by_id = _sentence_sources(extractor, text)
    got = {s.name: (by_id[s.via].name if s.via else None) for s in claim.sources}
    assert got == expected
    assert any(rule.startswith("chain.") for rule in claim.rules)


@pytest.mark.parametrize("text, names", NOT_CHAINS, ids=[c[0][:40] for c in NOT_CHAINS])
def test_no_chain(extractor, text, names):
    claim, _ = _sentence_sources(extractor, text)
    assert sorted(s.name for s in claim.sources) == sorted(names)
    assert all(s.via is None for s in claim.sources)


@pytest.mark.parametrize("text, name, anonymous", ANONYMOUS, ids=[c[0][:40] for c in ANONYMOUS])
def test_anonymous(extractor, text, name, anonymous):
    claim, _ = _sentence_sources(extractor, text)
    assert [(s.name, s.anonymous) for s in claim.sources] == [(name, anonymous)]


def test_the_same_unnamed_source_gets_the_same_id_across_articles(extractor):
    first = extractor.extract("A source in the SBU said the strike hit a depot.")[0].sources[0]
    second = extractor.extract("According to a source in the Security Service of Ukraine, two drones were used.")[0]
    assert first.anonymous and first.id == second.sources[0].id


def test_implicit_claims_say_where_they_carry_from(extractor):
    text = ("Governor Vyacheslav Gladkov said two people were injured in Belgorod. One man has a broken arm. "
            "A woman was cut by glass.")
    claims = extractor.extract(text)
    assert [c.attribution for c in claims] == ["indirect", "implicit", "implicit"]
    assert [c.carried_from for c in claims] == [None, 0, 0]
    assert all(c.rules for c in claims)


GROUPS = [
    # a group mention that lists its members is those members
    ("Prominent Russian bloggers such as Rybar and Starshe Eddy wrote about the incident.", ["Rybar", "Starshe Eddy"]),
    ("Several outlets, including Astra and Baza, reported explosions.", ["Astra", "Baza"]),
    ("As reported by the Astra and RBK-Ukraine channels, the fire broke out at a plant.", ["Astra", "RBC-Ukraine"]),
]


@pytest.mark.parametrize("text, names", GROUPS, ids=[g[0][:30] for g in GROUPS])
def test_a_group_that_names_its_members_is_those_members(extractor, text, names):
    assert [s.name for s in extractor.extract(text)[-1].sources] == names


def test_two_office_holders_named_by_appositives_are_both_sources(extractor):
    claim = extractor.extract("Foreign Minister Andrii Sybiha and Human Rights Commissioner Dmytro Lubinets said the "
                              "strike was a war crime.")[0]
    assert [s.name for s in claim.sources] == ["Andriy Sybiha", "Dmytro Lubinets"]


def test_bare_officials_speak_for_the_body_last_cited(extractor):
    text = ("The Marion County Sheriff's Office said the man set fire to a truck. He was arrested on Friday, "
            "officials said. Residents said the water was back. Local officials said the pipe was fixed.")
    claims = extractor.extract(text)
    assert [(c.sources[0].name, c.sources[0].anonymous) for c in claims] == [
        ("Marion County Sheriff's Office", False), ("Marion County Sheriff's Office", False),
        ("Residents", True), ("Local officials", True)]


def test_a_report_joined_to_the_reported_clause_stands_beside_it(extractor):
    text = ("The Harbour Times maintains that the minister spoke to the paper directly and its editor Ann Kerr "
            "wrote on Monday that the quote was accurate.")
    claim = extractor.extract(text)[0]
    assert {(s.name, s.via) for s in claim.sources} == {("Harbour Times", None), ("Ann Kerr", None)}
