"""Source resolution: registry, fuzzy names, canonical names within an article, anaphora, kinds."""

from __future__ import annotations

import pytest

from attribution import RegistryEntry, SourceRegistry


def sources_of(claims):
    return [[s.id for s in claim.sources] for claim in claims]


REGISTRY_NAMES = [
    ("The Russian Defense Ministry said 20 drones were downed.", "ru-mod"),
    ("Russia's MoD said 20 drones were downed.", "ru-mod"),
    ("The Ministry of Defence of Russia said 20 drones were downed.", "ru-mod"),
    # a body by its country's capital, before its name or after it
    ("The Moscow Defense Ministry said 20 drones were downed.", "ru-mod"),
    ("The Defense Ministry in Moscow said 20 drones were downed.", "ru-mod"),
    ("Ukrainska Pravda reported that the plant was hit.", "up"),
    ("Ukrainian Pravda reported that the plant was hit.", "up"),
    ("Zelenskyy said the talks had failed.", "zelensky"),
    ("BBC World reported that the talks had failed.", "bbc"),
    # a capital stands for its government
    ("Beijing said the naval drills were routine.", "china"),
    ("Kigali denied that its troops had crossed the border.", "rwanda"),
    # a country the parse runs into a known person's name is no part of it
    ("The troops cannot hold the town, said the President of Ukraine Volodymyr Zelensky.", "zelensky"),
    ("The sanctions will fail, said the leader of Russia Vladimir Putin.", "putin"),
    # a body qualified by its country in another form than the registry's
    ("Russia's Ministry of Emergency Situations said the fire was out by noon.", "ru-mchs"),
    ("The Russian Ministry of Emergency Situations said the fire was out by noon.", "ru-mchs"),
    ("Ukraine's Ministry of Internal Affairs said two officers were hurt.", "ua-mvs"),
    # a person named in apposition to a title whose body is in the registry is the person, not the body
    ("The governor of Sumy, Oleh Hryhorov, reported the attack.", "oleh-hryhorov"),
    ("The head of the Kharkiv regional administration, Petro Marchenko, said two people were hurt.",
     "petro-marchenko"),
]


@pytest.mark.parametrize("text, source_id", REGISTRY_NAMES, ids=[c[0][:40] for c in REGISTRY_NAMES])
def test_registry_names_resolve_to_one_id(extractor, text, source_id):
    assert sources_of(extractor.extract(text)) == [[source_id]]


def test_fuzzy_matching_never_merges_different_outlets(extractor):
    registry = extractor.registry
    assert registry.lookup("Ukrainian Pravda").id == "up"
    pravda = registry.lookup("Pravda")
    assert pravda is None or pravda.id != "up"
    assert registry.lookup("RBC-Ukraine").id != registry.lookup("RBC").id


@pytest.mark.parametrize("text, expected", [
    ("The Larimer County Sheriff's Office confirmed the arrest. LCSO said the man was held overnight.",
     [["larimer-county-sheriff-office"], ["larimer-county-sheriff-office"]]),
    ("The Nevada Department of Transportation said it shut the pass. NDOT said it would reopen on Monday.",
     [["nevada-department-of-transportation"], ["nevada-department-of-transportation"]]),
    # initials that no source named before spells are a name of their own
    ("The Nevada Department of Transportation said it shut the pass. KBTX said snow was still falling.",
     [["nevada-department-of-transportation"], ["kbtx"]]),
], ids=["sheriff's office", "department of", "no such source"])
def test_initials_name_the_source_they_spell(extractor, text, expected):
    assert sources_of(extractor.extract(text))[-2:] == expected


def test_surname_and_full_name_are_one_source(extractor):
    text = ("Local official Petro Vasylenko said the school was damaged. "
            "Vasylenko added that no children were hurt.")
    claims = extractor.extract(text)
    assert sources_of(claims) == [["petro-vasylenko"], ["petro-vasylenko"]]
    assert claims[1].sources[0].name == "Petro Vasylenko"
    assert claims[1].sources[0].mention == "Vasylenko"


def test_nominal_and_pronoun_mentions_resolve_to_the_antecedent(extractor):
    text = ("The Russian Ministry of Defense wrote about the attack. "
            "The ministry said 12 drones were downed. "
            "Mayor Olena Hrytsenko said a school was hit. "
            "She added that the shelter held.")
    claims = extractor.extract(text)
    assert sources_of(claims) == [["ru-mod"], ["ru-mod"], ["olena-hrytsenko"], ["olena-hrytsenko"]]
    assert claims[1].sources[0].mention == "The ministry"
    assert claims[3].sources[0].mention == "She"


PRONOUNS = [
    # (text, the source the last sentence's pronoun stands for)
    # a name with an office in apposition is a person, whatever the entity recogniser took it for
    ("Oleh Chalyk, spokesman of the Ukrainian Navy, said it would not react. He added that the losses stay secret.",
     "Oleh Chalyk"),
    # an office as the last sentence's subject is the likeliest antecedent
    ("The regional governor visited the damaged school on Monday. He said repairs would take a month.",
     "regional governor"),
    ("Daria Holub chaired the meeting. The city's mayor then toured the flooded streets. "
     "She said the pumps would run all night.", "city's mayor"),
    # a pronoun never stands for a name in its own clause
    # a pronoun inside a clause can stand for its own sentence's subject
    ("The Defence Ministry said two ships were damaged. Germany last week released images it said showed "
     "the anchor marks.", "Germany"),
    # an unnamed person can be "he"; unnamed sources in the plural cannot
    ("Ivan Marko said the convoy left at dawn. A resident of the village also said that two houses burned. "
     "He and his neighbours put out the fire, he said.", "resident of the village"),
    ("Ivan Marko said the convoy left at dawn. Sources in the ministry said two houses burned. "
     "He added that the fire was out.", "Ivan Marko"),
    ("Irena Sokil opened the hearing. On Friday Marta Kovalenko's appeal was rejected. "
     "She said she had warned Ms Kovalenko twice.", "Irena Sokil"),
    # offices before a name make it a person's, whatever the entity recogniser took it for
    ('In a memo to staff, Stratolink co-founder and CEO Marcus Feld said the climate has grown tougher. '
     '"Conditions shift -- and we have to shift with them," he said.', "Marcus Feld"),
    # a bare surname the entity recogniser took for a body is still the only "he" there is
    ('Mrochko said on Tuesday that the city was shelled. "Three women were concussed in this attack. They report '
     'headaches," he said.', "Mrochko"),
    # "they" is the plural source just cited, not a body named since in the singular
    ("Officials said the plant was hit. The company said it would rebuild. They said repairs would take weeks.",
     "Officials"),
    # a pronoun in a clause of the sentence is its nearest subject, whatever the parser took for another one
    ('Defence lawyer Mark Ellis said the verdict would be appealed. Outside court, Anna Ruiz wept as she told '
     'reporters, "I still believe my son is innocent."', "Anna Ruiz"),
    # a plural qualified by whom it stands for is still plural: "they" are the lawyers, not their client
    ("In a statement, lawyers for Mr Brennan once again denied his involvement. They said he was at home that "
     "night.", "lawyers for Mr Brennan"),
    ("People close to the director said the talks had stalled. They said a deal could still come in May.",
     "People close to the director"),
    # "it" after an outlet relayed a body's words is that body going on, not the outlet
    ("Air defences downed 30 drones, the ministry said, Vesti Daily reported. It said 11 fell over Kursk.",
     "ministry"),
    # local offices are people: "he" after "the sheriff" is the sheriff
    ("The sheriff said the road was closed. He also said nobody was hurt.", "sheriff"),
    # an age epithet stands for the person just named, as "he" or "she" does
    ("Coach Ana Ruiz says she is proud of her players. The 52-year-old insisted that the draw was a fair result.",
     "Coach Ana Ruiz"),
    # "it" is the body that spoke, not a place named inside its report
    ("The army said on Monday that it had shot down eight drones over Kharkiv. The drones were flying very low, it "
     "said.", "army"),
    # a name that opens with a given name is a person's, whatever the entity recogniser took it for; an age epithet
    # the parser hung on the verb still speaks
    ('Alma Price headed in two goals on Thursday. "I thought it was a joke," the 27-year-old said.', "Alma Price"),
    ('Crystal Dunn scored twice on Thursday. "I remembered this field," she said.', "Crystal Dunn"),
    # "they" inside a clause is its sentence's subject in the plural, whatever the recogniser took it for
    ("Spokesman Mohammed al-Bukhaiti said the attack was a warning. Besides their strikes on Israel, the Houthis have "
     "also targeted vessels they allege are tied to Israel.", "Houthis"),
    # "he" after a report is its speaker, ahead of the person the report was about
    ("Warsame was taken into custody in March. The charges had been anticipated, and Warsame will enter a not "
     "guilty plea on Monday, said his attorney, Craig Lundgren. He said it was premature to discuss the counts.",
     "Craig Lundgren"),
]


@pytest.mark.parametrize("text, name", PRONOUNS, ids=["name with an office", "office", "office after a name", "own subject", "unnamed person",
                                                             "unnamed plural", "not in its clause",
                                                             "offices before a name", "a surname taken for a body",
                                                             "they, plural", "she in a clause, the nearest subject", "they, a qualified plural", "they, people close to",
                                                             "it after a relay", "local office",
                                                             "age epithet", "it, not a place",
                                                             "given name, epithet", "given name, she",
                                                             "they, the plural subject", "the speaker, not the one spoken of"])
def test_a_pronoun_stands_for_the_likeliest_speaker(extractor, text, name):
    claim = extractor.extract(text)[-1]
    assert [s.name for s in claim.sources] == [name]


NATIONAL_LEADERS = [
    # (text, the source the last sentence's description stands for)
    # "leader" and "premier" are the president's and the prime minister's other names
    ("President Ilona Varga said the border was calm. The Hungarian leader added that no troops would go.",
     "Ilona Varga"),
    ("Prime Minister Tomas Bartos said taxes would rise. The Czech premier said the budget was tight.",
     "Tomas Bartos"),
    # a nationality that the registry or the article gives someone else's office is no back-reference
    ("Volodymyr Zelensky said the talks went badly. The Russian president said they were useful.",
     "Russian president"),
    ("Finnish President Aino Lehto said the border was calm. The Swedish president said no troops would go.",
     "Swedish president"),
    # "the diplomat" is the foreign minister or the ambassador named before
    ("Foreign Minister Lucia Varela said the talks had failed. The top diplomat added that no new round was planned.",
     "Lucia Varela"),
    ("Ambassador Oren Platt said the talks had failed. The diplomat added that no new round was planned.",
     "Oren Platt"),
    # a description that says more than the unnamed one cited before is someone else
    ("The minister said the talks had stalled. This was also stated by the Latvian foreign minister.",
     "Latvian foreign minister"),
]


@pytest.mark.parametrize("text, name", NATIONAL_LEADERS, ids=["leader", "premier", "registry country",
                                                              "described country", "top diplomat", "diplomat",
                                                              "a fuller description"])
def test_a_national_office_stands_for_its_holder_named_before(extractor, text, name):
    claim = extractor.extract(text)[-1]
    assert [s.name for s in claim.sources] == [name]


def test_an_office_named_again_is_the_one_cited_in_it(extractor):
    claims = extractor.extract("Kremlin spokesman Dmitry Peskov said talks were possible. Asked about sanctions, the "
                               "Kremlin spokesman said: \"We will not comment.\"")
    assert [[s.id for s in c.sources] for c in claims] == [["peskov"], ["peskov"]]


def test_unnamed_officers_of_a_named_force_and_abbreviated_offices(extractor):
    claims = extractor.extract("A Texas Highway Patrol trooper said the driver had fled on foot. Gov. Roy Cooper said "
                               "the state would send help. A passenger told WXYZ that the train shook. \"I could not "
                               "see my own hands,\" the passenger told the station.")
    trooper, governor, passenger, quoted = (c.sources for c in claims)
    assert trooper[0].anonymous and not governor[0].anonymous
    assert governor[0].kind == "official"
    # "the station" is the station cited: the passenger speaks through it again
    assert [(s.id, s.via) for s in quoted] == [(s.id, s.via) for s in passenger] == [("passenger", "wxyz"), ("wxyz", None)]


def test_titles_of_honour_and_surname_particles_name_the_person_again(extractor):
    claims = extractor.extract("Sir Alan Mercer faced criticism over the figures. Earlier, Sir Alan said the figures "
                               "were sound. Khalid al-Nouri, a spokesman for the health ministry, said five people "
                               "died. Mr Nouri said the toll may rise.")
    assert [[s.name for s in c.sources] for c in claims[1:]] == [["Alan Mercer"], ["Khalid al-Nouri"],
                                                                  ["Khalid al-Nouri"]]


def test_a_body_is_no_role_of_its_spokesperson(extractor):
    claims = extractor.extract("An army spokeswoman said 20 militants were killed. According to the army, more than "
                               "300 drones were launched.")
    spokeswoman, army = (c.sources[0] for c in claims)
    assert spokeswoman.anonymous and not army.anonymous and army.id != spokeswoman.id


def test_it_after_a_body_that_kept_silent_is_that_body(extractor):
    claims = extractor.extract("The ministry said two boats were sunk. The navy did not respond to a request for "
                               "comment. It said on Sunday that it had struck a fuel depot.")
    assert [s.id for s in claims[-1].sources] == ["navy"]


def test_a_pronoun_after_a_concessive_clause_is_its_subject(extractor):
    claims = extractor.extract("While Peskov declined to give details, he said that payments would continue. Although "
                               "the mayor gave no details, she said two schools were closed.")
    assert [[s.id for s in c.sources] for c in claims] == [["peskov"], ["mayor"]]


def test_a_statement_of_a_body_named_by_its_first_word(extractor):
    claims = extractor.extract("Five soldiers were wounded in the clash, an army statement said on Tuesday. The army "
                               "said later that two were in hospital.")
    assert [[s.id for s in c.sources] for c in claims] == [["army"], ["army"]]


def test_the_country_is_the_state_last_cited(extractor):
    claims = extractor.extract("Kenya rejected the report on Monday. The country, however, said that it would review "
                               "the findings.")
    assert [s.id for s in claims[-1].sources] == ["kenya"]


def test_a_homeowner_is_an_unnamed_speaker(extractor):
    claims = extractor.extract("One homeowner said the letters never arrived.")
    assert claims[0].sources[0].anonymous


def test_two_descriptions_with_the_same_noun_are_two_sources(extractor):
    # "the American leader" is not the one described as "the Russian leader" before
    claims = extractor.extract("The Russian leader said talks were possible. The American leader said sanctions "
                               "would stay.")
    assert claims[0].sources[0].id != claims[1].sources[0].id


JOINT_SPEAKERS = [
    # (text, the sources of the last sentence): "they" or "the statement" after two named side by side is both
    ('The actor\'s publicists Dana Rook and Milo Fenn confirmed the engagement on Tuesday in a statement. "They are '
     'very happy," the statement said.', ["Dana Rook", "Milo Fenn"]),
    ("The mayor and the police chief said the site was safe. They said the bridge would reopen.",
     ["mayor", "police chief"]),
    # people joined as the subject of a sentence that reports nothing are "they" together too
    ("In a note, Corvin Capital analysts Mara Quist and Daniel Brandt cut their target on the brewer. They said "
     "margins would shrink.", ["Mara Quist", "Daniel Brandt"]),
    # two speakers not side by side are no pair: "they" is the plural source
    ("Officials said the plant was hit, while the company said it would rebuild. They said repairs would take "
     "weeks.", ["Officials"]),
]


@pytest.mark.parametrize("text, names", JOINT_SPEAKERS, ids=["the statement", "they", "they, joined subject",
                                                                "not side by side"])
def test_they_after_two_speakers_side_by_side_is_both(extractor, text, names):
    claim = extractor.extract(text)[-1]
    assert [s.name for s in claim.sources] == names


DESCRIPTIONS = [
    # (text, the source the last sentence's description stands for)
    ("Interfax reported the blast on Monday. The agency said two people were hurt.", "Interfax"),
    ("Brightwell Foods Inc. recalled 40,000 jars of peanut butter. The company said no illnesses were reported.",
     "Brightwell Foods Inc."),
    # a body of the registry is "the company" only when the registry says so
    ("The European Union proposed a price cap. The company said it would comply.", "company"),
    # nothing named of that kind: the description is its own source
    ("A company in Ohio was fined. The company said it would appeal.", "company"),
    # "the official" is the office-holder last cited, not a company
    ("Governor Vasyl Golubev reported that three transformers were ignited. The official pointed out that nobody "
     "was hurt.", "Vasyl Golubev"),
    ("Acme Corp said sales fell. The official pointed out that nobody was hurt.", "official"),
    # a company described after its name in the same sentence is that company, not one of its own
    ("Shares in Halvard Systems fell on Thursday, two days after the network-equipment maker reported weak sales.",
     "Halvard Systems"),
    ("Shares of Kestrel Corp rose on Monday after the company said sales grew.", "Kestrel Corp"),
    # a company by what it does, placed by a "-based" modifier, is the company just named
    ("Northgate Bank said profits rose. The London-based lender said it would hire 200 staff.", "Northgate Bank"),
    # a profession alone is the person last cited; with no person cited, an unnamed source
    ('Fuel prices will rise, said John Smith of Fuel Vector. "We expect a jump at the pumps this month," the expert '
     'said.', "John Smith"),
    ('Governor Gladkov said two were hurt. "We expect a jump at the pumps this month," the expert said.', "expert"),
    # data named by a demonstrative are the data just cited
    ("The General Staff reported 142 clashes on Sunday. According to these figures, troops shelled the town "
     "400 times.", "General Staff"),
    ("The health ministry said it counted 310 new cases. According to those estimates, the wave has peaked.",
     "health ministry"),
    # a report is its issuer's, not the unnamed people cited last
    ('Northfield Research alleged that the sales were fake. Several farmers said they had never sold grain to the '
     'firm. "The growth is built on nothing," the report said.', "Northfield Research"),
    # a statement is the body's whose words an outlet just passed on; a report stays the outlet's
    ('According to Dnipro Daily, this was reported by the Poltava RMA. "The water is back on," the statement said.',
     "Poltava RMA"),
    ('The mayor said the bridge was shut, Harbor News reported. The report said it would reopen in May.',
     "Harbor News"),
    # a city and an abbreviated state before "-based" say where the company just named is
    ("Halvard Systems shares fell on Monday. The Eugene, Ore.-based company said orders had slowed.",
     "Halvard Systems"),
    # "the outlet" is any outlet named before, a registry channel included
    ("Rybar publishes maps of the front every day. 'Our admin was detained,' the outlet wrote on Telegram.", "Rybar"),
    # a release or a statement is the one who put it out, whoever was cited since
    ("Two hikers were rescued, according to a press release from the Alder Valley Park Service. The Alder Valley "
     "Police Department reported that a helicopter was used. Both were taken to hospital, the release said.",
     "Alder Valley Park Service"),
    ("The Halden Port Authority said in a statement that the dock was shut. Mayor Ruth Okafor said she was "
     "worried. According to the statement, repairs will take a month.", "Halden Port Authority"),
    # a company named as the subject of what a closing tag reports is the maker the tag describes
    ("Halvard Systems posted a loss of $3 million, the chipmaker said.", "Halvard Systems"),
    ("Norvex Corp. reported a 12 percent rise in revenue, the chipmaker said on Tuesday.", "Norvex Corp."),
]


@pytest.mark.parametrize("text, name", DESCRIPTIONS, ids=["agency", "company", "not a registry body", "unnamed",
                                                          "the official", "no office-holder before", "the maker in its sentence",
                                                          "the company in its sentence", "the London-based lender",
                                                          "the expert", "no person before", "these figures",
                                                          "those estimates", "the report after unnamed people",
                                                          "a statement an outlet relayed", "an outlet's report",
                                                          "the city, state-based company", "the outlet",
                                                          "a release from a body", "a body's statement",
                                                          "the maker of a closing tag", "the maker reporting"])
def test_a_description_stands_for_the_organisation_just_named(extractor, text, name):
    claim = extractor.extract(text)[-1]
    assert [s.name for s in claim.sources] == [name]


@pytest.mark.parametrize("text, names", [
    # an outlet named in quotation marks before its description is that outlet
    ("The “Ukrainska Pravda” newspaper reported that the strike hit a depot.", ["Ukrainska Pravda"]),
    # an abbreviation of the body before a first name and surname is no part of the name; "JD Vance" is one
    ("The head of the Kherson CMA Roman Mrochko said two people were hurt.", ["Roman Mrochko"]),
    ("US Vice President JD Vance said the talks went well.", ["JD Vance"]),
    # the day before a name is no part of it
    ("Today York NHS Health Trust put out a statement saying 24 patients had the virus.", ["York NHS Health Trust"]),
    ("Yesterday Acme Corp said it would close the plant.", ["Acme Corp"]),
    # a name the registry knows is read whole however the parse cut it, and is never an unnamed source
    ("The Committee to Protect Journalists said two reporters were detained.", ["Committee to Protect Journalists"]),
    ("Doctors Without Borders said its clinic in the north was hit.", ["Médecins Sans Frontières"]),
    ("Some 900 people died, according to a tally from the Armed Conflict Location & Event Data project.",
     ["Armed Conflict Location & Event Data Project"]),
    # a day before reports or data says when they came, not whose they are
    ("Weekend press reports suggested that the minister had threatened to resign.", ["Weekend press reports"]),
    ("Sunday newspaper reports suggested that the deal was off.", ["Sunday newspaper reports"]),
    ("Earlier reports had suggested that the convoy was ambushed.", ["Earlier reports"]),
    # a document speaks for whoever owns it: the outlet named before it, the subject its possessive stands for
    ("The plant's chief executive declined to comment, according to the PEHub article.", ["PEHub"]),
    ("Harbor Thread reported a net loss of $71 million, according to its annual 10-K report.", ["Harbor Thread"]),
    # an entity the recogniser ran on over the verb after it ends before the verb
    ("The Ministry of Defence urged Arestovych to look at the conduct of the National Guard.", ["Ministry of Defence"]),
    # two singular nouns under one article are one referent; each with its own article, two
    ("The Maple Grove-based maker and seller of foam beds announced that its sales fell short.",
     ["Maple Grove-based maker"]),
    ("The mayor and the governor said the bridge would reopen.", ["mayor", "governor"]),
    # a piece an outlet ran is the outlet's ("a column in the Financial Times"); a study in a journal stays a study
    ("The minister will resign next week, according to a column in the Financial Times.", ["Financial Times"]),
    ("Revenue climbed 5 percent, according to a news story in Business Insider.", ["Business Insider"]),
    # an outlet's own sources stay unnamed sources of the outlet
    ("RBK-Ukraine, which cites its sources, reports that military intelligence was behind the strike.",
     ["RBC-Ukraine", "its sources"]),
    # an outlet's correspondent is the outlet; information of no one named speaks for no one, data of a body do
    ("The strike hit the city centre, an Ukrinform correspondent reports.", ["Ukrinform"]),
    ("According to the preliminary information, four missiles struck the city centre.", []),
    ("According to government data, flu activity was high in 39 states.", ["government data"]),
    # what a body is, capitalised because it opens the sentence, is no part of its name
    ("Activist investor Harbor Ridge Capital said on Monday that Tarrow Foods should sell its snack unit.",
     ["Harbor Ridge Capital"]),
    ("Investment bank Lazard Freres said the deal was fair.", ["Lazard Freres"]),
    # one of a group, named in apposition, is the one named; an entity run over a comma is two names
    ("One of the passengers, Leila Haddad, told AFP that the ferry tilted before it sank.",
     ["Leila Haddad", "Agence France-Presse"]),
    ("About the penalty won by Okafor, Lindqvist said the referee got it right.", ["Lindqvist"]),
    # a capitalised title after a person's name, with no article, does not rename the person
    ('Anna Berg, Chief Marketing Officer at Velo, commented: "We are delighted."', ["Anna Berg"]),
    # a body's initials in capitals are its name, not a pronoun
    ("WHO said the new strain spread faster than the last one.", ["World Health Organization"]),
    # a degree after the name does not hand it to the description after the degree
    ('"We need more trials," said Tom Berg, MD, a Senior Lecturer in Surgery at the clinic.', ["Tom Berg"]),
    # a dateline of a city and its state before a dash is no speaker
    ("SIOUX FALLS, S.D. - Karen Lindqvist said Monday that the tax cut will pass.", ["Karen Lindqvist"]),
    # a name in apposition is never cut short ("New" hangs on "York", not on "City")
    ("Several cities, New York City among them, reported more cases.", ["New York City"]),
    # a capitalised office with its place before a person's name is no part of the name
    ("Sumy Oblast Governor Volodymyr Artiukh wrote on Telegram that two drones were shot down.", ["Volodymyr Artiukh"]),
    # a place's state after it is no one's name; the speaker is the head noun
    ("Police in Leeds, England, said on Sunday that two men had been arrested.", ["Police in Leeds"]),
    # a surname of a person named before is that person, whatever outlet shares the word
    ('Councilman Mark Hill voted against the plan. "It wastes money," Hill said.', ["Mark Hill"]),
    # a possessive ending is no part of the name
    ("Maria Lind's bid for the seat failed. Lind said she would run again.", ["Maria Lind"]),
    # a body by its capitalised last words is the body named before in full
    ("Drones hit the grid, the Ukrainian Air Force said.\n\nThe Air Force has earlier stated that the attack was "
     "massive.", ["Ukrainian Air Force"]),
    # a person named with the family name first is the same person by it; an abbreviated title before a surname
    ('Huawei founder Ren Zhengfei spoke to staff. "We will survive," Ren said.', ["Ren Zhengfei"]),
    ("Police Lt Mike Hawley said the road was closed. Lt Hawley added that nobody was hurt.", ["Mike Hawley"]),
    # a body named last in an office's phrase is no holder's name; papers leaked by someone are not theirs
    ("The founder of Huawei Technologies Co said the company would survive.", ["founder of Huawei Technologies Co"]),
    ("Documents leaked by Edward Snowden said the agency had collected the data.", ["Documents"]),
    # "the paper" is the newspaper just cited
    ("The Boston Globe said the mayor had resigned. The paper said the council was not available for comment.",
     ["Boston Globe"]),
    # "officials in a city" are no alias of the city named later
    ("Officials in Port Ellis said the storm was over.\n\nPort Ellis and Dunmore reported more cases on Monday.",
     ["Port Ellis", "Dunmore"]),
], ids=["quoted outlet", "abbreviation before a name", "initials", "today", "yesterday", "registry name cut by the parse",
        "registry name of a common noun", "registry name before a lower-case word", "weekend reports",
        "sunday reports", "earlier as an adjective", "an outlet's article", "its report", "an entity run on over a verb", "one article, one referent",
        "two articles, two referents", "a column in",
        "a news story in", "its sources",
        "correspondent", "preliminary information", "government data", "descriptor opening the sentence",
        "descriptor of two words", "one of, named", "entity over a comma", "title after a name", "initials, not a pronoun", "a degree after a name", "city and state dateline",
        "a name in apposition", "office before a name", "a place's state", "surname not an outlet", "possessive", "a body's last words", "family name first", "abbreviated title", "founder of a body", "leaked papers",
        "the paper", "officials in a place"])
def test_names_keep_to_the_speaker(extractor, text, names):
    assert sorted(s.name for s in extractor.extract(text)[-1].sources) == sorted(names)


@pytest.mark.parametrize("text, name", [
    ("According to Marana police Sgt. Dana Lucero, the driver had been pulled over near the mall.", "Dana Lucero"),
    ("Two people were hurt, county Sheriff's Office Lt. Maria Gomez said on Friday.", "Maria Gomez"),
    # an inverted tag's speaker after the verb, though the parser gives the clause before it a subject too
    ("The launch failed at about 7:05 a.m. Seoul time (2205 GMT), said the official, who requested anonymity.",
     "official"),
], ids=["abbreviated title", "abbreviated title as subject", "inverted tag"])
def test_the_speaker_behind_an_abbreviated_title_or_after_the_verb(extractor, text, name):
    assert [s.name for s in extractor.extract(text)[-1].sources] == [name]


def test_a_description_in_apposition_does_not_rename_a_name(extractor):
    claim = extractor.extract("Warren Tolliver, an Indiana Republican, said he would resign.")[0]
    assert [s.name for s in claim.sources] == ["Warren Tolliver"]


def test_a_capitalised_office_in_apposition_is_no_name(extractor):
    claims = extractor.extract("Roman Mrochko, Head of the City Military Administration, said two people were hurt. "
                               "Mrochko added that both were in hospital.")
    assert [s.name for c in claims for s in c.sources] == ["Roman Mrochko", "Roman Mrochko"]


def test_a_ministry_with_no_antecedent_is_not_guessed(extractor):
    text = "Astra reported a fire at the depot. The ministry said the fire was out."
    claims = extractor.extract(text)
    assert claims[1].sources[0].id not in ("astra",)
    assert claims[1].sources[0].mention == "The ministry"


@pytest.mark.parametrize("text, kind", [
    ("Governor Oleh Petrenko said the bridge was hit.", "official"),
    ("The Telegram channel Kyivski Visti reported a blast.", "media"),
    ("Analyst Maria Kovalenko said the offensive had stalled.", "person"),
    ("The Kharkiv Regional Military Administration said two were hurt.", "government"),
    ("Zaporizhstal Group said production had resumed.", "organization"),
], ids=["governor", "channel", "analyst", "administration", "company"])
def test_kind_is_guessed_for_sources_outside_the_registry(extractor, text, kind):
    assert extractor.extract(text)[0].sources[0].kind == kind


def test_every_source_of_a_sentence_is_returned(extractor):
    claims = extractor.extract("According to Reuters, AFP and the BBC, the talks collapsed.")
    assert sorted(s.name for s in claims[0].sources) == ["Agence France-Presse", "BBC", "Reuters"]


def test_two_reports_a_semicolon_parts_are_both_returned(extractor):
    claims = extractor.extract("The fire department said two homes were destroyed; Mayor Lena Ortiz said nobody was "
                               "hurt.")
    assert sorted((s.name, s.via) for s in claims[0].sources) == [("Lena Ortiz", None), ("fire department", None)]


def test_a_custom_registry_is_used(extractor):
    from attribution import Extractor

    registry = SourceRegistry.default().extend([
        RegistryEntry(id="kyiv-vistnyk", name="Kyivskyi Vistnyk", kind="media", aliases=["Vistnyk"], roles=["paper"]),
    ])
    custom = Extractor(model=extractor.nlp, registry=registry)
    claims = custom.extract("Vistnyk reported that the metro reopened.")
    assert claims[0].sources[0].id == "kyiv-vistnyk"
    # The extractor it was built over keeps its own registry.
    assert extractor.extract("Vistnyk reported that the metro reopened.")[0].sources[0].id != "kyiv-vistnyk"


@pytest.mark.parametrize("text, name", [
    ("The health ministry in Gaza said 30 people were killed. The ministry added that 12 were children.",
     "health ministry in Gaza"),
    ("Police in Kherson said a bus was hit. The police added that nobody died.", "Police in Kherson"),
], ids=["ministry", "police"])
def test_a_body_named_by_its_place_keeps_the_place(extractor, text, name):
    claims = extractor.extract(text)
    assert [s.name for s in claims[0].sources] == [name]
    assert claims[1].sources and claims[1].sources[0].id == claims[0].sources[0].id


def test_the_interlocutor_is_the_unnamed_source_just_cited(extractor):
    claims = extractor.extract("Sources in the port authority told Reuters that two cranes burned. "
                               '"Both were hit by debris," the interlocutor said.')
    assert claims[1].sources and claims[1].sources[0].id == claims[0].sources[0].id


@pytest.mark.parametrize("text, name", [
    # a team's and a position's short names before a person's are no part of it
    ("Colts QB Trent Callaway says he is feeling healthy.", "Trent Callaway"),
    ("Texans DE Marcus Odom said it was nice to get some snaps.", "Marcus Odom"),
    ("Lakers GM Rob Pelinka said the trade was close.", "Rob Pelinka"),
    # ...but a body's name with an abbreviation inside stays whole
    ("York NHS Health Trust said 24 patients had the virus.", "York NHS Health Trust"),
])
def test_short_names_before_a_persons_name(extractor, text, name):
    assert [s.name for s in extractor.extract(text)[0].sources] == [name]


@pytest.mark.parametrize("text", [
    "Russian troops hit port facilities in the Odesa region. Oleg Kiper, the head of the regional "
    "administration, shared this information.",
    "Russian troops hit port facilities in the Odesa region. The regional governor Oleh Kiper confirmed these details.",
])
def test_this_information_points_back_to_the_sentence_before(extractor, text):
    claims = extractor.extract(text)
    assert claims[0].attribution == "implicit" and "carry.points_back" in claims[0].rules
    assert claims[0].sources == claims[1].sources[:1] or [s.id for s in claims[0].sources] == [s.id for s in claims[1].sources]


@pytest.mark.parametrize("text, speaker", [
    # a title says who "he" or "she" cannot be
    ('Minister Graham Tullett said the reports were wrong. Ms Farrow voiced her alarm at the claims. '
     '"I do not accept them," he told reporters.', "Graham Tullett"),
    ('The finance minister, Ada Eze, said the talks were useful. Mr Okafor said the deal was not done. '
     '"We will meet again in May," she said.', "Ada Eze"),
    # without a title, the last person cited is "he"
    ('Minister Graham Tullett called the reports "rubbish". "I do not accept the claims," he told reporters.',
     "Graham Tullett"),
])
def test_a_title_tells_who_a_pronoun_can_be(extractor, text, speaker):
    assert [s.name for s in extractor.extract(text)[-1].sources][:1] == [speaker]


@pytest.mark.parametrize("text, name", [
    # a word whose own modifier follows a hyphen heads the whole: it can speak, named by its appositive
    ('"We have smashed records," the secretary-general, Anders Holmqvist, said Monday.', "Anders Holmqvist"),
    ('"The case will go ahead," the attorney-general, Dana Pruett, told reporters.', "Dana Pruett"),
])
def test_a_hyphenated_office_speaks(extractor, text, name):
    assert [s.name for s in extractor.extract(text)[0].sources][:1] == [name]


def test_fuzzy_lookup_weighs_only_names_of_as_many_words():
    from attribution.names import NameIndex

    index = NameIndex()
    # Three keys of another number of words score higher on the whole string than the one key that can be
    # taken for "Bakhmut Brigade" (as many words, each close): they must not crowd it out.
    for k, name in enumerate(["BakhmutBrigade", "Bakhmut Brig ade", "Bak hmut Brigade", "Bakhmut Brigadi"]):
        index.add(name, f"target-{k}")
    assert index.find("Bakhmut Brigade") == "target-3"


def test_an_outlet_named_in_full_is_the_same_outlet_by_its_last_words(extractor):
    claims = extractor.extract("The New York Times reported the merger on Monday. The price had been cut, the Times said.")
    assert [s.name for c in claims for s in c.sources] == ["The New York Times", "The New York Times"]
    assert [s.name for s in extractor.extract("The Times reported the merger.")[0].sources] == ["The Times"]


@pytest.mark.parametrize("text, name", [
    ("Three houses were damaged, according to the regional emergency service. The same source said that two people "
     "were hurt.", "regional emergency service"),
    ("The port was closed on Tuesday, the harbour authority said. The same source added that ferries would resume.",
     "harbour authority"),
], ids=["according to", "said"])
def test_the_same_source_is_the_source_just_cited(extractor, text, name):
    assert [s.name for s in extractor.extract(text)[-1].sources] == [name]


@pytest.mark.parametrize("text", [
    'The Baltic Courier reported the plan on Monday. "Nobody in the ministry believes the numbers," says one of the '
    'consultants who advise the cabinet. The newspaper writes that the budget will be revised in June.',
    "The Lakeside Gazette first reported the closure. The newspaper said the plant would shut in May.",
], ids=["after a group quoted", "right after"])
def test_a_newspaper_named_by_its_masthead_is_the_newspaper_later(extractor, text):
    claims = extractor.extract(text)
    assert claims[0].sources[0].kind == "media"
    assert [s.id for s in claims[-1].sources] == [claims[0].sources[0].id]


def test_a_company_is_never_the_newspaper(extractor):
    claims = extractor.extract("Norvex Corp. reported a rise in revenue. The minister said the plan was reckless, the "
                               "newspaper reported.")
    assert [s.name for s in claims[-1].sources] == ["newspaper", "minister"]


def test_a_police_rank_by_its_initials_is_an_office(extractor):
    claims = extractor.extract("A court source said two men were held. Meanwhile, Saddar DSP, Farah Naz, in a "
                               "statement urged residents to stay calm. However, she urged the media to wait.")
    assert [(s.name, s.kind) for s in claims[-1].sources] == [("Farah Naz", "official")]


@pytest.mark.parametrize("text", [
    "The band cancelled the show. “We will appeal the ruling,” their statement said.",
    "The mayor spoke on Friday. “Nothing has changed,” his letter said.",
    "Their statement said the tour would go on.",
])
def test_a_possessive_on_the_document_that_speaks_never_loops(extractor, text):
    # "their statement said": the statement is the sentence's subject, so its owner is the pronoun, not itself
    claims = extractor.extract(text)
    assert claims and claims[-1].attribution in ("direct_quote", "indirect")


@pytest.mark.parametrize("text, source_id", [
    # a national body named again without its country is the one the article cited
    ('The Russian Defence Ministry said 12 drones were downed. "All targets were destroyed," the Ministry of '
     'Defense told reporters.', "ru-mod"),
    ("The Russian Defence Ministry said 12 drones were downed. The defense ministry added that two fell in Kursk.",
     "ru-mod"),
    # a body the article qualified by its nation, named again without it
    ("The Lebanese health ministry said 12 people were killed. According to the health ministry, 40 were wounded.",
     "lebanese-health-ministry"),
    ("The Valdorian interior ministry said two men were held. The interior ministry added that both were charged.",
     "valdorian-interior-ministry"),
    # "its" of a country before a state body's noun is that country's body
    ("Russia struck the port overnight, its defence ministry said.", "ru-mod"),
    ("Iran seized a cargo ship on Monday, its navy announced.", "iran-navy"),
    # a statement described by a body's kind is the statement of that body last cited
    ("The Sudanese army said it had retaken the bridge. A military statement said two officers died.", "sudan-army"),
])
def test_a_body_named_again_in_other_words_is_the_same_body(extractor, text, source_id):
    assert [s.id for s in extractor.extract(text)[-1].sources] == [source_id]


@pytest.mark.parametrize("text, names", [
    # a country before a descriptor says where the body is, never what it is called
    ("Losses near the town are mounting, the US think tank reported on Sunday.", ["US think tank"]),
    ("The Rybar channel said the bridge fell.", ["Rybar"]),
    # a post on a platform named is the post of whoever was just cited
    ("Ukraine's Air Force said it downed 30 drones overnight. The Telegram post described the attack as the largest "
     "this month.", ["Ukrainian Air Force"]),
    # "he" after a channel the article called a person is that channel
    ("Igor Strelkov said the bridge was intact. Rybar, a pro-Kremlin blogger, said the bridge had collapsed. He added "
     "that two trucks fell into the river.", ["Rybar"]),
])
def test_descriptors_and_channels_called_people(extractor, text, names):
    assert [s.name for s in extractor.extract(text)[-1].sources] == names



def test_he_with_no_one_cited_is_the_one_just_named_as_a_subject(extractor):
    # a bare surname the recogniser took for a body, the subject of a sentence that reports nothing
    claims = extractor.extract('Kerr hugged each of his players at full time. "That was for the supporters," he said.')
    assert [s.name for s in claims[-1].sources] == ["Kerr"]
    # with no one named at all, an unnamed speaker
    claims = extractor.extract('"Some people say otherwise," he conceded.')
    assert [s.name for s in claims[-1].sources][:1] == ["unnamed speaker"]


@pytest.mark.parametrize("text, name", [
    ("Cllr Anna Price said the plan was flawed. Later, Cllr Price said residents had not been consulted.", "Anna Price"),
    ("Maj Gen Sahir Mirza spoke to reporters. Maj Gen Mirza also said the talks had failed.", "Sahir Mirza"),
])
def test_a_titles_abbreviations_are_no_part_of_the_name(extractor, text, name):
    assert [s.name for s in extractor.extract(text)[-1].sources] == [name]
