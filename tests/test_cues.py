"""Cues and attribution kinds, one sentence at a time (sentences written for these tests)."""

from __future__ import annotations

import pytest

CASES = [
    # (text, expected attribution of the last claim, expected cue text, expected source names)
    # emails and messages speak for themselves when no author stands with them
    ("Emails show the council knew of the problem in May.", "indirect", "show", ["Emails"]),
    # reminding someone of what is so reports it
    ("Judge Anne Ruiz reminded the jurors that the defendant was presumed innocent.", "indirect", "reminded",
     ["Anne Ruiz"]),
    # a message sent to people saying something is the sender's, not the people's; a report saying it is the report's
    ("Shares fell after a report saying the deal was off.", "indirect", "saying", ["report"]),
    # calculations are whoever calculated them
    ("Power was cut in three districts, according to Ukrenergo calculations.", "according_to", "according to",
     ["Ukrenergo"]),
    # a gerund of saying after a clause of time goes with the main clause's subject
    ("The militia has stepped up raids since the ceasefire collapsed in March, demanding the release of its fighters.",
     "indirect", "demanding", ["militia"]),
    # "verify" reports with a clause; figures of a force are the force's
    ("Earlier, the Pentagon verified that the drones had been launched from Yemen.", "indirect", "verified",
     ["US Department of Defense"]),
    ("At least 40 soldiers were killed since January, according to army figures.", "according_to", "according to",
     ["army"]),
    # "as confirmed by" names whose account it is
    ("The summit will take place in Geneva next week, as confirmed by the Swiss foreign ministry.", "according_to",
     "as confirmed by", ["Swiss foreign ministry"]),
    # "assess" reports with a clause; "dismiss" reports when what it dismisses is words
    ("Analysts assessed that the risk of a default was low.", "indirect", "assessed", ["Analysts"]),
    ("The Kremlin dismissed the report as fake.", "indirect", "dismissed", ["Kremlin"]),
    # the sentence's verb read as a clause on its subject: the gerund of telling after it is the subject's
    ('A spokesperson hit back, telling Deadline: "The claims are simply false."', "direct_quote", "telling",
     ["spokesperson", "Deadline"]),
    ("A spokesperson hit back, telling Deadline that the claims were false.", "indirect", "telling",
     ["spokesperson", "Deadline"]),
    # a forecast of a figure itself is the forecasters' report, not more of the company's before it
    ("Oslen Motors said it expects to sell 2 million cars next year. Analysts had expected 2.3 million.", "indirect",
     "expected", ["Analysts"]),
    ("Economists had forecast $4 billion.", "indirect", "forecast", ["Economists"]),
    # the one prompted or asked to say something says it, not what prompted them
    ("The minister's refusal prompted BBC reporter Anna Krol to note that the ministry had answered nothing.",
     "indirect", "note", ["Anna Krol"]),
    # evidence inverted after the clause it shows, or opening the sentence where the tagger takes it for a name
    ("Mayor Lina Oduya was narrowly ahead in the runoff, showed a Vectra exit poll.", "according_to", "showed",
     ["Vectra"]),
    ("Data from the election commission showed turnout was 61 percent.", "according_to", "showed",
     ["election commission"]),
    ("Police, however, reassured residents that they are not under any evacuation order.", "indirect", "reassured",
     ["Police"]),
    ("The regional governor said that four people were injured.", "indirect", "said", ["regional governor"]),
    ("Kremlin spokesman Dmitry Peskov told reporters the talks had stalled.", "indirect", "told", ["Dmitry Peskov"]),
    ("According to Reuters, the convoy crossed the border at dawn.", "according_to", "According to", ["Reuters"]),
    # a conjunct's own appositive names the conjunct, not the first speaker
    ("TASS and the regional governor Alexander Bogomaz reported that drones struck a fuel depot.", "indirect",
     "reported", ["TASS", "Alexander Bogomaz"]),
    ("According to the Russian Defense Ministry and the governor Vyacheslav Gladkov, ten drones were downed.",
     "according_to", "According to", ["Russian Ministry of Defense", "Vyacheslav Gladkov"]),
    # a plural's closing tag read as a noun after its speakers
    ("Drones struck a fuel depot, residents report.", "indirect", "report", ["residents"]),
    # a list of three that the parser split into subjects of their own
    ("TASS, RIA Novosti and Interfax reported blasts in Kursk.", "indirect", "reported",
     ["TASS", "RIA Novosti", "Interfax"]),
    # an infinitive's speaker: the subject of the clause whose thing it is for, or the one led to it
    ("Opposition MP Jane Holt used a point of order to accuse the minister of hiding the audit.", "indirect",
     "accuse", ["Jane Holt"]),
    ("The hearing was stalled by objections, leading Anna Pruett to tell the jury that she could not go on.",
     "indirect", "tell", ["Anna Pruett"]),
    ("Two people were injured in the blast, as per the regional police.", "according_to", "as per",
     ["regional police"]),
    # a share given to anyone is a figure reported
    ("The Evening Ledger puts the Greens at 22 per cent.", "indirect", "puts", ["Evening Ledger"]),
    # a closing tag of a name and its title in apposition: the name speaks, not the body of the title
    ("Two people were hurt in the blast in Okhtyrka, Ivan Petrenko, head of the Sumy Regional Military "
     "Administration, said.", "indirect", "said", ["Ivan Petrenko"]),
    # a map is evidence of its owner; a closing tag of evidence the tagger read as a noun
    ("The fire service's map shows that three new fronts have opened near Pellow.", "according_to", "shows",
     ["fire service"]),
    ("Mayor Ruth Anselm leads her rival by five points, a fresh survey by Northgate Research shows.", "according_to",
     "shows", ["Northgate Research"]),
    # a short quoted sentence of its own after the tag and a comma is the speaker's words
    ('Asked about his plans, Lars Berg said, "I will fish."', "direct_quote", "said", ["Lars Berg"]),
    # four quoted words, one of them hyphenated, are a quoted phrase inside the report, not its speech
    ("Rising debt and “steady ever-growing fee hikes” are worries, analyst Mira Holm wrote.", "indirect", "wrote",
     ["Mira Holm"]),
    # an inverted tag in the base form, its speaker described by two adjectives
    ("Colonel Varga is in hospital, say unconfirmed and uncorroborated reports.", "indirect", "say",
     ["uncorroborated reports"]),
    # an inverted tag whose speaker's participle the parser read as a clause
    ("The goal is the port of Aden, says the statement shared online.", "indirect", "says", ["statement"]),
    # a study or a report that says something in a participle says it, not who debated it
    ("Nurses debated a new survey suggesting that night shifts shorten sleep.", "indirect", "suggesting",
     ["new survey"]),
    # a closing tag read as the modifier of its speaker, the comma hung on the speaker too
    ("Bandits blocked the mountain pass, Harbour Ledger news outlet reported on Tuesday.", "indirect", "reported",
     ["Harbour Ledger"]),
    # names after the comma of a fronted "according to" whose verb has no subject are the clause's subject
    ("According to Lidia Ferrer, Braxton, Holm Valley and Ostrey lost power overnight.", "according_to",
     "According to", ["Lidia Ferrer"]),
    # manners of speaking tag a quotation
    ('Mary Rowan shut the shop on Friday. "We were never told," she fumed.', "direct_quote", "fumed", ["Mary Rowan"]),
    ('"Not a chance," the coach quipped.', "direct_quote", "quipped", ["coach"]),
    ('"Get off the bridge now!" a police officer shouted.', "direct_quote", "shouted", ["police officer"]),
    # "said" inside a quotation is the speaker's word, not the article's cue
    ('Residents shouted "the army said we were safe" as the sirens sounded.', "direct_quote", "shouted", ["Residents"]),
    ('"We lost everything in one night," Halvorsen related.', "direct_quote", "related", ["Halvorsen"]),
    # a tag whose verb the parser hung on the name after the closing mark, the quotation begun sentences before
    ('"The shelling began at noon. Four rounds landed near homes," Olena Marchuk, head of the district '
     'administration, posted on Telegram.', "direct_quote", "posted", ["Olena Marchuk"]),
    # a day after the verb of an inverted tag says when; the misparsed tag's speaker is the name before it
    ('"The season is over for us," the club\'s director-general, Lena Vasquez, said Tuesday.', "direct_quote", "said",
     ["Lena Vasquez"]),
    # a tag set off by commas inside the clause it reports, with a verb that reports only so placed
    ("Yet, the think tank added, the army cannot train new draftees and reservists at once.", "indirect", "added",
     ["think tank"]),
    ("The bridge, the engineer recalled, had been shut twice before.", "indirect", "recalled", ["engineer"]),
    # a participle with its "that" clause that the parse hung on the object reports the subject's words
    ("Ana Ruiz proposed approval of the homes, stating that a refusal would bring a costly appeal.", "indirect",
     "stating", ["Ana Ruiz"]),
    # papers with no author named speak for themselves; with an owner, the owner's evidence
    ("Court records show the man was arrested twice before.", "indirect", "show", ["Court records"]),
    ("The police department's records show the man was arrested twice.", "according_to", "show",
     ["police department"]),
    # a participle after an occasion of speaking says what its holder said there
    ("Police held a press conference confirming two deaths.", "indirect", "confirming", ["Police"]),
    # a cause given for something is the speaker's account of it
    ("CEO Maria Lind attributed the jump in sales to cheaper flights.", "indirect", "attributed", ["Maria Lind"]),
    # a forecast voiced with what is expected
    ("The ministry expects that testing will stay slow for months.", "indirect", "expects", ["ministry"]),
    # a "that" right after a verb that reports only with a clause opens one, wherever the parser hung it
    ("Researchers found that 37.8 percent of the sampled hospitals hosted at least one trial.", "indirect", "found",
     ["Researchers"]),
    # a view held of a clause: "are skeptical that", "questioned whether", "doubt that"
    ("Some analysts, though, are skeptical that the carmaker can shrink its way back to health.", "indirect",
     "skeptical", ["analysts"]),
    ("Western experts question how reliable the loss figures are.", "indirect", "question", ["Western experts"]),
    ("The judge questioned whether the law applied.", "indirect", "questioned", ["judge"]),
    # the owner of a statement that is a sentence's subject is what a later "it" stands for, not the body last named
    ("Acme said sales fell.\n\nThe company's results statement, filed with the Securities and Exchange "
     "Commission, came out early. It says profit fell by a fifth.", "indirect", "says", ["Acme"]),
    # speaking or writing "of" something reports it
    ("Several marchers spoke of their anger at the cuts.", "indirect", "spoke", ["marchers"]),
    # a hyphenated title before an inverted tag's name is no second subject
    ("None of the patients had readings above the limit, said co-author Priya Nandakumar, a Leeds researcher.",
     "indirect", "said", ["Priya Nandakumar"]),
    ("The vote was put off until spring, said vice-chair Tomas Albrecht.", "indirect", "said", ["Tomas Albrecht"]),
    # an inverted tag ending the sentence: the parser takes its speaker for the object, the verb for the clause's
    ("The depot will stay shut until the spring thaw sets in, reported the ISW.", "indirect", "reported",
     ["Institute for the Study of War"]),
    ("Two barges sank near the dam overnight, wrote the regional governor on Sunday.", "indirect", "wrote",
     ["regional governor"]),
    ("The insurer will raise premiums across the region next year, announced the regulator.", "indirect",
     "announced", ["regulator"]),
    # a tag's speaker set off by commas that the parser hung on the clause before as an appositive
    ("Ukrainian units are pushing forward in Zaporizhzhia Region, a spokesman for the Tavria group, Oleksandr "
     "Shtupun, has said.", "indirect", "said", ["Oleksandr Shtupun"]),
    ("Crews are restoring power across the Odesa Region, a representative of the regional administration, Iryna "
     "Koval, has said.", "indirect", "said", ["Iryna Koval"]),
    # "citing that ..." gives a reason of the speaker's own: the noun inside the clause is no one cited
    ("The judge overturned the verdict, citing that the police had lied to the jury.", "indirect", "citing",
     ["judge"]),
    # making a clause clear reports it; confiding reports
    ("The minister made it clear that no deal was possible.", "indirect", "made", ["minister"]),
    ("Officials made plain that the talks were over.", "indirect", "made", ["Officials"]),
    ("Sources confided to reporters that talks were under way.", "indirect", "confided", ["Sources"]),
    # the antecedent of a relative clause speaks, not the clause's object
    ("Axios, which first reported the meeting, said the two leaders spoke for an hour.", "indirect", "said",
     ["Axios"]),
    # an abbreviated title the tokenizer splits off, and dotted initials, leave the name whole
    ("Prince William County Police Sgt. Dana Whitlow said the search was continuing.", "indirect", "said",
     ["Dana Whitlow"]),
    ('"The toll may rise," K.R. Menon, secretary of the disaster agency, said.', "direct_quote", "said",
     ["K.R. Menon"]),
    # a statement that says: its issuer says
    ("Hezbollah has put out a statement which says it has finished the first phase.", "indirect", "says",
     ["Hezbollah"]),
    # "admitted that" reports; a denial voiced in the passive reports too
    ("The former mayor admitted that he had lied to investigators.", "indirect", "admitted", ["former mayor"]),
    ("The claims were denied by the Kremlin.", "indirect", "denied", ["Kremlin"]),
    # a verb that voices a feeling or a view reports it
    ("Residents of nearby towns voiced fears that shells might strike one of the reactors.", "indirect", "voiced",
     ["Residents of nearby towns"]),
    ("The foreign ministry expressed regret over the deaths of the two sailors.", "indirect", "expressed",
     ["foreign ministry"]),
    # in the passive too, the agent voices it
    ("The same position was voiced earlier by the Estonian defence minister.", "indirect", "voiced",
     ["Estonian defence minister"]),
    ("The union leader expressed the view that the strike would last.", "indirect", "expressed",
     ["union leader"]),
    # a closing tag's speaker, though the parser hung the reported clause's subject on the verb too
    ("A drone attack launched from Ukraine during the night set off a short-lived fire at an oil plant in the "
     "Saratov region, the regional governor has said.", "indirect", "said", ["regional governor"]),
    # a participle of speaking opening the sentence makes what the subject does there its words
    ("Speaking at a news conference, the minister defended the plan.", "indirect", "Speaking", ["minister"]),
    ("Speaking to reporters on Monday, the coach backed his goalkeeper.", "indirect", "Speaking", ["coach"]),
    # court speech
    ("The investigation officer submitted that the suspects had fled.", "indirect", "submitted",
     ["investigation officer"]),
    # a verb that gives a casualty figure reports it
    ("Local media outlets put the death toll at 13, children included.", "indirect", "put", ["Local media outlets"]),
    # "charged that" alleges
    ("Opposition parties charged that the outcome was fixed.", "indirect", "charged", ["Opposition parties"]),
    # "with X saying" hung on the main verb: X speaks
    ("Versions of the killing changed on Saturday, with Fars, the semi-official news agency, saying he was shot.",
     "indirect", "saying", ["Fars"]),
    # and so does a company or a bank giving its own numbers
    ("Brightwater guided third-quarter adjusted EPS to $0.75 on revenue of $650 million.", "indirect", "guided",
     ["Brightwater"]),
    ("The central bank raised its growth forecast to 3.1%.", "indirect", "raised", ["central bank"]),
    ("Medics raised the tally to 40 on Sunday.", "indirect", "raised", ["Medics"]),
    # a comma at the end of a hard-wrapped line does not end the sentence its tag closes
    ("Whether the regulator will accept the package is unclear,\nthe newspaper said.", "indirect", "said",
     ["newspaper"]),
    ("Citing two officials, Reuters reported that the convoy had turned back.", "indirect", "reported",
     ["Reuters", "officials"]),
    ("The ministry’s data show that exports fell by a third.", "according_to", "show", ["ministry"]),
    ('"We will rebuild every house," the mayor wrote on Telegram.', "direct_quote", "wrote", ["mayor"]),
    ('The mayor wrote on Telegram: "We will rebuild every house."', "direct_quote", "wrote", ["mayor"]),
    ("The Kremlin denied that its forces had struck the hospital.", "indirect", "denied", ["Kremlin"]),
    ("The prosecutor accused the former director of taking bribes.", "indirect", "accused", ["prosecutor"]),
    ("Ukraine's General Staff reports that 40 drones were shot down.", "indirect", "reports",
     ["General Staff of the Armed Forces of Ukraine"]),
    ("The agency, citing sources in the ministry, reported that the depot burned.", "indirect", "reported",
     ["agency", "sources in the ministry"]),
    ("Several regions suffered power cuts, Ukrenergo said.", "indirect", "said", ["Ukrenergo"]),
    ("The company rejected the allegations on Tuesday.", "indirect", "rejected", ["company"]),
    ("The press service of the Ukrainian Navy reported that two boats were sunk.", "indirect", "reported",
     ["Ukrainian Navy"]),
    ('"Where are the shelters?" a resident of the village asked.', "direct_quote", "asked", ["resident of the village"]),
    ("Russia lost 900 soldiers over the past day, the General Staff reported.", "indirect", "reported",
     ["General Staff"]),
    # putting it so is saying it; a document gives its words
    ('As the coach put it, "we were simply not good enough today."', "direct_quote", "put", ["coach"]),
    ('The mayor put it bluntly: "The city is out of money."', "direct_quote", "put", ["mayor"]),
    ('The ministry said the front was stable. "Our troops hold the line," the statement reads.', "direct_quote",
     "reads", ["ministry"]),
    # a verb the parser hung on the name that opens a sentence without a verb of its own, taking a that-clause
    ("Karim Haddad, a member of the movement's political bureau, shared with Al Arabiya that talks take place "
     "after every strike.", "indirect", "shared", ["Karim Haddad"]),
    # inside reported speech, a quoted clause is the speaker's words; a quoted phrase without a verb, or one to four
    # words, leaves the kind to the cue
    ('The prosecutor added that the fall "would be a long way down for a congressman."', "direct_quote", "added",
     ["prosecutor"]),
    ('The prosecutor added that the fall would be "a long way down for a congressman."', "indirect", "added",
     ["prosecutor"]),
    ('The governor said the fire was "under control" by noon.', "indirect", "said", ["governor"]),
    ("Analysts at the Kyiv School of Economics estimate that damage exceeds $150 billion.", "indirect", "estimate",
     ["Kyiv School of Economics"]),
    ("This was reported by the Ukrinform news agency.", "indirect", "reported", ["Ukrinform"]),
    ("The so-called “head” of the occupation administration, Denis Pushilin, told reporters the town fell.",
     "indirect", "told", ["Denis Pushilin"]),
    ("ByteFront reported the breach, citing two people familiar with the investigation.", "indirect", "reported",
     ["ByteFront", "people familiar with the investigation"]),
    ("First Deputy Prime Minister and Minister of Economy Yulia Svyrydenko said the bill was ready.", "indirect",
     "said", ["Yulia Svyrydenko"]),
    ("The minister and the governor said the bridge was closed.", "indirect", "said", ["minister", "governor"]),
    # two offices, one of them not a bare title, are two people; a name with "and" inside it is one body
    ("The mayor and the police chief said the road was closed.", "indirect", "said", ["mayor", "police chief"]),
    ("The Oregon Fish and Wildlife Conservation Board said the elk were moved.", "indirect", "said",
     ["Oregon Fish and Wildlife Conservation Board"]),
    ("According to a release from the Ohio Justice and Public Safety Cabinet, the shots came at 6 p.m.",
     "according_to", "According to", ["Ohio Justice and Public Safety Cabinet"]),
    # ... but a body's noun before "and" closes a name of its own, whatever the parse hangs it on
    ("The Interior Ministry and State Emergency Service said two people died.", "indirect", "said",
     ["Interior Ministry", "State Emergency Service of Ukraine"]),
    ("Reuters and Associated Press reported the blast.", "indirect", "reported", ["Reuters", "Associated Press"]),
    ("Club president Vitalii Danylenko hit back at the agent on Tuesday.", "indirect", "hit", ["Vitalii Danylenko"]),
    # a verb and its preposition: an appeal or a comment on a subject is reported speech
    ("The mayor of Odesa called for calm after the overnight protests.", "indirect", "called", ["mayor of Odesa"]),
    ("The governor called on residents to stay in shelters.", "indirect", "called", ["governor"]),
    # a person's appositive naming a party or a country describes them, it does not rename them
    ("Sen. Mark Reyes, the Republican from Ohio, commented on the report on Friday.", "indirect", "commented",
     ["Mark Reyes"]),
    ("The General Staff’s data show that troops destroyed five tanks.", "according_to", "show", ["General Staff"]),
    ("The union described the offer as an insult to its members.", "indirect", "described", ["union"]),
    ("Police characterized the crash as a deliberate attack.", "indirect", "characterized", ["Police"]),
    # framing, portraying and depicting something "as" characterize it too
    ("The Kremlin framed the overnight strikes as a response to shelling.", "indirect", "framed", ["Kremlin"]),
    ("The envoy portrayed the talks as a routine consular matter.", "indirect", "portrayed", ["envoy"]),
    ("State television depicted the protesters as paid agitators.", "indirect", "depicted", ["State television"]),
    ("A senior banker was quoted as saying that rates would rise.", "indirect", "quoted", ["senior banker"]),
    ("The coach is said to have called the ruling a disgrace.", "indirect", "said", ["coach"]),
    # naming or identifying someone "as" reports; a feeling with a clause is an opinion reported
    ("Police identified the man as John Smith, 42.", "indirect", "identified", ["Police"]),
    ("The coach felt his side deserved a result.", "indirect", "felt", ["coach"]),
    # an unknown company's name opening the sentence, which the tagger took for an adverb
    ("Chatterly said in a statement that sales would fall.", "indirect", "said", ["Chatterly"]),
    # someone else's silence, reported by a speaker, is the speaker's claim
    ("The mayor said officials declined to comment on the cause.", "indirect", "said", ["mayor"]),
    ("Footage released by the port authority showed a crane on fire.", "according_to", "showed",
     ["port authority"]),
    ("Recent reporting from the Financial Times shows that the deal stalled twice.", "according_to", "shows",
     ["Financial Times"]),
    # a body whose name ends in an evidence noun speaks, it is no evidence
    ("The quake struck at dawn, the U.S. Geological Survey said.", "indirect", "said", ["U.S. Geological Survey"]),
    ("The rebel group called its latest offensive “a complete success” in a statement.", "indirect", "called",
     ["rebel group"]),
    ("The envoy denounced the killings.", "indirect", "denounced", ["envoy"]),
    # an office named with its place in possessive form is one name
    ("Eleven people died, according to Gaza's Government Media Office.", "according_to", "according to",
     ["Gaza's Government Media Office"]),
    # a participle after a tag goes on with the tag's speaker, not the reported clause's subject
    ("Ten patients died after taking a heart drug from Telmar Pharma Inc., the U.S. Food and Drug Administration "
     "said, warning doctors about the dose.", "indirect", "said", ["U.S. Food and Drug Administration"]),
    # "it" in a clause of the sentence is its subject, an outlet by what the article calls it
    ("Local outlet Tverinfo posted footage it said showed a fire at the depot.", "indirect", "said", ["Tverinfo"]),
    # "US" is the United States, never the pronoun "us"
    ("The US said the talks would resume on Friday.", "indirect", "said", ["United States"]),
    # a final tag whose speakers the parser hung on the clause's last noun as an appositive
    ("Washington is in talks with Tehran over an informal arrangement, Omani and Qatari officials have said.",
     "indirect", "said", ["Omani officials", "Qatari officials"]),
    # unnamed groups coordinated before their shared noun are one source each; a body list stays as it was
    ("The talks stalled, US and Iranian officials said.", "indirect", "said", ["US officials", "Iranian officials"]),
    ("British, French and German diplomats said the talks had stalled.", "indirect", "said",
     ["British diplomats", "French diplomats", "German diplomats"]),
    ("Israeli and Palestinian medics said four people were killed.", "indirect", "said",
     ["Israeli medics", "Palestinian medics"]),
    # a verb of saying the tagger read as a noun, where the parse still shows its subject and its clause
    ("Moreno's camp claims there was fraud in three districts.", "indirect", "claims", ["Moreno's camp"]),
    ("Kim's office claims there were no casualties.", "indirect", "claims", ["Kim's office"]),
    ("Police allege the van was stolen in March.", "indirect", "allege", ["Police"]),
    # a parenthetical "as X notes" whose verb the tagger reads as a noun
    ("However, as the Russian outlet Astra notes, only two of the drones were downed.", "indirect", "notes",
     ["Astra"]),
    # "According to X, NAME and ... <verb>": the name opens the reported clause, it is no listed source
    ("According to police, Dale Meyer and his cousin fled the scene in a pickup truck.", "according_to",
     "According to", ["police"]),
    ("According to court records, Ortiz and his partner answered the call.", "according_to", "According to",
     ["court records"]),
    # a closing "NP told OUTLET" after a participle clause: the parser hangs the speaker on the clause's object
    ("The navy seized two cargo ships overnight, targeting vessels that carried grain and fertilizer, a source in "
     "the coast guard told Reuters.", "indirect", "told", ["source in the coast guard", "Reuters"]),
    ("The army shelled a depot at dawn, hitting two tanks and a fuel truck, a source in the regional police told "
     "the Kyiv Post.", "indirect", "told", ["source in the regional police", "Kyiv Post"]),
    # "..., said the statement issued late Tuesday": the speaker and its participle, parsed as a clause
    ("The water board said two mains burst. Four streets were flooded, said the statement issued late Sunday.",
     "indirect", "said", ["water board"]),
    # a place closing the speakers' phrase after a comma is no speaker
    ("Farmers in the Rift Valley, Kenya say the rains came late.", "indirect", "say", ["Farmers in the Rift Valley"]),
    # "dubbed the report 'baseless'": a label given in quotation marks
    ('A paper reported the plan. However, the provincial government dubbed the report "baseless and fabricated".',
     "indirect", "dubbed", ["provincial government"]),
    # confessing a clause reports it; brushing aside claims and summing up as a label are verbs of saying
    ('A grandfather who was over the limit confessed he had been "daft".', "indirect", "confessed", ["grandfather"]),
    ("Chief Minister Ravi Nair brushed aside claims that he had become the sole authority in the party.",
     "indirect", "brushed", ["Ravi Nair"]),
    ('Rowan summed up her three years in the shop as "a letdown."', "indirect", "summed", ["Rowan"]),
    # "is quick to point out", "keen to stress": the subject of "is" speaks through the adjective
    ("However, Novak is quick to point out the trial was small.", "indirect", "point", ["Novak"]),
    ("The minister was keen to stress that the plan was legal.", "indirect", "stress", ["minister"]),
    # "after X reported that ...": a clause the parser reads as a phrase "after X" and a verb hung elsewhere
    ("Shares of Lyra climbed 9% after the Wall Street Journal reported that a rival was holding talks to buy it.",
     "indirect", "reported", ["The Wall Street Journal"]),
    ("Rigel stock climbed as much as 9% after the Wall Street Journal reported that its rival Ardo was holding "
     "early-stage talks to take over the Swedish energy group.", "indirect", "reported", ["The Wall Street Journal"]),
    # closing speakers the parser hung on what was counted: the list of speakers starts after the comma
    ("The blast killed four and injured 19, police and medics said.", "indirect", "said", ["police", "medics"]),
    # a closing tag joined to the clause with no "and", its speakers hung on what was reported
    ("A shell hit the market in the morning and wounded six shoppers, traders and local officials said on Friday.",
     "indirect", "said", ["traders", "local officials"]),
    ("The fire destroyed two barns and a house, firefighters, police and a neighbour said.", "indirect", "said",
     ["firefighters", "police", "neighbour"]),
    ("The storm destroyed a house, a barn and a shed, police said.", "indirect", "said", ["police"]),
    # the verb's own auxiliaries and adverbs stand between a closing speaker and the verb
    ("The talks cover the nuclear program and several other matters, US, Iranian and Israeli officials have "
     "reportedly said.", "indirect", "said", ["US officials", "Iranian officials", "Israeli officials"]),
    ("The ceasefire held overnight, US, French and Qatari mediators told reporters.", "indirect", "told",
     ["US mediators", "French mediators", "Qatari mediators"]),
    # a feeling or a readiness voiced or signalled
    ("Flock employees have voiced wide unease over Kessler taking the reins.", "indirect", "voiced",
     ["Flock employees"]),
    ("Iranian officials have signalled a readiness to settle disputes with the West.", "indirect", "signalled",
     ["Iranian officials"]),
    # a closing tag the parser read as "added" qualifying its speaker
    ("No homes are at risk, added engineers.", "indirect", "added", ["engineers"]),
    ("The driver was taken to hospital, added police.", "indirect", "added", ["police"]),
    # a time phrase before a country's name is no part of the speaker
    ("That same evening, Poland said it would close the crossing.", "indirect", "said", ["Poland"]),
    ("Earlier this month, Lithuania said it would expel the envoy.", "indirect", "said", ["Lithuania"]),
    # a closing tag the parser read as a modifier of its speaker ("the agency reported on Sunday")
    ("Two trains collided near the border, the Kyodo news agency reported on Sunday.", "indirect", "reported",
     ["Kyodo News"]),
    # a closing tag whose verb the tagger read as a plural noun after a document's name
    ("The suspect fled on foot, the police report states.", "indirect", "states", ["police report"]),
    # the parser took a word of the quotation for the subject and hung the tag's speaker on it
    ("\u201cThe newest report is out. It shows New York City and 39 states with high flu activity,\u201d a Friday "
     "tweet from the CDC said.", "direct_quote", "said", ["Centers for Disease Control and Prevention"]),
    # wire copy's ``...'' quotation marks
    ("``The road is closed,'' police spokesman Ali Daud said.", "direct_quote", "said", ["Ali Daud"]),
    # a capitalised connective after a comma opens a clause; it is no listed name
    ("Seven deaths took place in the hospital, according to the city administration, However, hospital records "
     "put the toll higher.", "according_to", "according to", ["city administration"]),
    # a name described in two common nouns is one speaker; people listed in apposition are each one
    ("Norvel Inc., the largest cable operator and sole carrier for the tablet, said it signed up 80,000 customers.",
     "indirect", "said", ["Norvel Inc."]),
    ("Arkady Voronin, Russia's most outspoken oil boss and the head of Yamalneftegaz, said output would not fall.",
     "indirect", "said", ["Arkady Voronin"]),
    # a tag on a last line cut off before its stop is still a tag, no signature after the quotation
    ('"They are moving too fast," said Ona Brill, analyst at Kestrel Research', "direct_quote", "said",
     ["Ona Brill"]),
    # the name before ", whose ..." speaks, whatever noun ends the clause
    ("Analyst Ivo Brandt, whose advice to buy the stock came before a rally in the shares, said sales may slow.",
     "indirect", "said", ["Ivo Brandt"]),
    # "determined that" reports a finding ("determined the cause" does not)
    ("The study determined that older patients recovered more slowly.", "indirect", "determined", ["study"]),
    # a study's finding given as a noun phrase is the study's, as one given as a clause
    ("The study found no link between the chemicals and cancer.", "indirect", "found", ["study"]),
    ("The survey revealed widespread distrust of the police.", "indirect", "revealed", ["survey"]),
    # "..., the navy said, but added that ...": the tag's speaker adds, not the first clause's subject
    ("Belarus also fired a guided rocket, the navy said, but added that the rocket missed.", "indirect", "said",
     ["navy"]),
    # a platform is where a source posts, but the company speaks as a subject
    ("Telegram said it had removed forty channels run by the group.", "indirect", "said", ["Telegram"]),
    ("YouTube told advertisers that the videos had been taken down.", "indirect", "told", ["YouTube"]),
    # a quotation's tag "continued" names its speaker
    ('"It will take time," the police chief continued.', "direct_quote", "continued", ["police chief"]),
    # a view voiced with a clause
    ("Anna Holt has voiced her resolve that the bill will pass.", "indirect", "voiced", ["Anna Holt"]),
    # what people perceived, described or recalled, is their account
    ("Residents described hearing two loud blasts.", "indirect", "described", ["Residents"]),
    ("A witness recalled seeing smoke over the port.", "indirect", "recalled", ["witness"]),
    # an outlet's edition or website stands for the outlet
    ("The plant will close in May, reported the online edition of The Guardian.", "indirect", "reported",
     ["The Guardian"]),
    # a courtesy title makes a person of a surname an outlet shares
    ("Mr Hill, prosecuting, said the defendant had lied.", "indirect", "said", ["Hill"]),
    # "is alleged to have said": the passive subject speaks
    ("The minister is alleged to have said that the deal was done.", "indirect", "alleged", ["minister"]),
    # "No 10" is an office by its door's number, not a denial
    ("The reshuffle will wait until the spring, says No 10.", "indirect", "says", ["United Kingdom"]),
]


@pytest.mark.parametrize("text, attribution, cue, names", CASES, ids=[c[0][:40] for c in CASES])
def test_cue_and_sources(extractor, text, attribution, cue, names):
    claim = extractor.extract(text)[-1]
    assert claim.attribution == attribution
    assert claim.cue is not None and claim.cue.text == cue
    assert sorted(s.name for s in claim.sources) == sorted(names)


NO_CUE = [
    "The fighting continued overnight.",
    # a verb of saying moving into something, and proposals turned down, are acts
    "The cargo jet slammed into a hangar on Tuesday, destroying two smaller aircraft.",
    "Moscow has rejected proposals by European capitals for a truce over Easter.",
    # an infinitive of saying under an expectation or a duty, a condition or a question asserts nothing
    "Brightwell Foods expects to announce its annual results next month.",
    "The regulator requires lenders to disclose their fees more clearly.",
    "Harbor Bank could walk away from the deal if it concludes that the price is too high.",
    # "with" and a participle of reporting with only what was counted is a circumstance
    "Three more deaths have been recorded, with four provinces reporting new clusters.",
    # a coach dismissed is fired, in the passive too
    "The coach was dismissed by the club owner on Friday evening.",
    "The council rejected calls to close the library.",
    "Inspectors verified the seals on Monday.",
    # damages assessed and charges dismissed are rulings, not words
    "The tribunal assessed damages at two million dollars.",
    "The judge dismissed the charges against him on Monday.",
    # a finding verb with a question asks; a negated verb of saying under an instruction is neither report nor silence
    "Monday's referendum could determine whether the port is sold.",
    "Drivers were also advised not to call the hotline for updates.",
    # a headline's participle of telling someone what to do names those told, not who told them
    "Residents urged to stay indoors as the river rises.",
    # what a storm or a war "claims" it takes, whatever it counts
    "The storm has claimed dozens of homes along the coast.",
    # who got hold of the footage does not show it
    "Video obtained by a news agency showed bodies covered in blankets.",
    # a verb of saying in the infinitive under a plan or a wish is not said yet
    "Smugglers are planning to close the border road to blame the police.",
    "The party wants to accuse the mayor of fraud.",
    # a verb of saying with a particle that makes it an act
    "Reporters tried to find out whether the mayor knew about the deal.",
    "The union called off the strike on Friday.",
    # "according to" right after a verb says how, unless its object could speak
    "About 1,800 patients were divided according to their weekly sugar intake.",
    "The launch went according to plan.",
    # a lesson learned is nothing told
    "They learned from the defeat.",
    # a time is no agent
    "Nine deaths were reported by 1400 GMT.",
    # leave to speak is no report
    "The newspaper granted the diplomats anonymity to speak about the talks.",
    # what a thing is for is no report
    "The scale, a form often used by midwives to assess breathing in infants, lists five signs.",
    # a circumstance after "with" reports nothing
    "Heavy rain flooded the valley on Monday, with one drowning reported and no bridges lost.",
    "Floods hit the town, with several bridges said to be impassable.",
    # convening is no calling-so
    "The governor has called a special session of the legislature.",
    # what someone is barred from doing is no report of theirs
    "The ministry bans state media from reporting on the losses.",
    # a verb of saying whose object makes it an act
    "The region declared a state of emergency on Monday.",
    "The court denied bail to the suspect.",
    "Opposition councillors had the numbers to deny the quorum.",
    "The club sit top of the table as they aim to claim the title for the first time since 1998.",
    "The blaze claimed the lives of four people.",
    "He confessed to the murder.",
    # a verdict or a discovery, not a finding reported ("the study found the drug safe" is one)
    "A jury found him guilty of two counts of fraud on Friday.",
    "She returned to the courthouse where a jury found her guilty.",
    "Police found the man dead at his home.",
    "Investigators determined the cause of the fire.",
    # pictures show, they find nothing
    "The video shows a man running from the building.",
    # expecting a thing, not a clause, voices nothing
    "Analysts expect a rise in prices.",
    # speech still to come reports nothing yet
    "The court will announce its verdict on Friday.",
    # a manner of speaking without what was said is no report
    "The fire raged for hours.",
    "The children cried all night in the shelter.",
    "She related the drop in sales to the weather.",
    # a verb with an object between commas is no tag: "which" makes it a relative clause
    "The plant, which the company added last year, employs 300 people.",
    "Kovalenko, who speaks for the regional council, would not discuss the budget.",
    # "so worried ... that": what followed, not a view held; questioning a person is no report
    "So worried was the board about the leak that its members waited a week.",
    "Police questioned the suspect for hours.",
    # the apostrophe of a plural possessive is no quotation mark: answering questions is no report of what was said
    "Unable to speak, the suspect answered the agents' questions in handwritten notes.",
    "Fans shouted at the referee after the whistle.",
    # "make it hard" is no report
    "The fog made it hard to see the road.",
    "The company named a new chief executive.",
    "The board named Jane Doe its new chair.",
    # reporting someone missing or a thing stolen files a report; it makes no claim
    "His mother reported him missing to police on Friday.",
    "The owner reported the van stolen on Monday morning.",
    # putting a thing somewhere, or reading a paper, is no report
    "The clerk put it on the table and left.",
    "The governor reads the newspapers every morning.",
    # a scare-quoted subject is no quotation before its tag
    "The “partners” shared offices and phone numbers with the firm.",
    # framing a picture, or a man for a crime, is no report
    "The gallery framed the print and hung it in the lobby.",
    "He was framed for a robbery he did not commit.",
    # a negated reporting verb reports a silence
    "The ministry did not comment on the reports.",
    # reporting words as nouns or adjectives
    "The reported explosion damaged three warehouses.",
    "Statements from the front are rare.",
    "The company submitted its annual report on Monday.",
    # a figure that is decided or done, not reported
    "The council set the number of seats at 40 for the new term.",
    "OPEC and its allies cut output by one million barrels a day.",
    "The carmaker sold 40,000 cars in the quarter.",
    "Police charged the man with murder on Friday.",
    # "report to" a place is to present oneself
    "Judge Helen Ortiz ordered him to report to prison on Aug. 15.",
    # a participle after a noun, before "to be"/"to have": a hedge on the noun, whatever the parser made of it
    "Former envoys have held talks with prominent Russians said to be close to the Kremlin.",
    "Investors sold shares in a lender reported to have lost its licence.",
    # a participle between a possessive and its noun
    "Revenue came to $642 million, ahead of analysts' reported $631.9 million consensus.",
    # first person outside quotes is the outlet itself
    "We reported on the strike earlier this week.",
    # a verb of characterizing without an "as" phrase describes, it does not report
    "The museum guide described the old harbour in detail.",
    # a passive subject that received instructions does not speak; a gerund after "against" names an act
    "Staff have been told to cancel all leave, suggesting that a strike is near.",
    "The council voted against recommending the closure of the library.",
    # evidence with no owner credits nobody
    "Satellite images show damage to the runway.",
    "Footage of the incident shared online showed a drone gliding across the sky.",
    # a plea in court and a thing refused to the subject are acts, not statements
    "He then admitted to conspiracy, tax evasion and wire fraud.",
    "Former policeman Warren Hollis has been denied bail by a Sydney court.",
    # events raise doubts too; a voiced thing that is no feeling or view is no report
    "If accurate, the report would raise fresh doubts about the inquiry.",
    "The singer voiced the lead character in the film.",
    # "speaking of" a topic is no speaking
    "Speaking of the weather, it rained all week.",
    # "as" clauses that report nothing
    "As expected, the talks stalled after an hour.",
    "As the war drags on, prices rise.",
    # a word made with a prefix is no verb: "his co-accused"
    "Mr Laurent will appear on Thursday and his co-accused three days after that.",
    # calling a number is no speech, whatever participle follows
    "Holcomb fatally shot Tilley after Tilley called 911 threatening to kill himself.",
    # an ordinal adverb before a participle is no part of a closing speech tag
    "Russia sent troops after Kiev failed to carry out the Minsk agreements, first concluded in 2014.",
]


@pytest.mark.parametrize("text", NO_CUE, ids=[t[:40] for t in NO_CUE])
def test_no_cue(extractor, text):
    claim = extractor.extract(text)[-1]
    assert claim.cue is None
    assert claim.sources == []
    assert claim.attribution == "none"


def test_in_his_words_credits_the_last_person(extractor):
    claims = extractor.extract("Mayor Ihor Bondar spoke to reporters on Monday. "
                               "In his words, the water supply will be restored by Friday.")
    assert claims[1].attribution == "according_to"
    assert claims[1].sources[0].name == "Ihor Bondar"


def test_a_photographers_credit_in_brackets_under_a_caption_names_no_source(extractor):
    claims = extractor.extract("The mayor said the fire was out.\n\nFirefighters at the scene of the blaze on Monday. "
                               "(Jane Doe, AP)")
    assert not any(s.name == "Jane Doe" for c in claims for s in c.sources)


def test_speech_closed_by_a_comma_a_dash_and_an_inverted_tag_is_the_speakers(extractor):
    # as English editions of Ukrainian and Russian outlets print speech without quotation marks
    claims = extractor.extract("Marta Lind, the envoy of Norway, spoke at the OSCE on Tuesday.\n\nNobody can face "
                               "this alone. The threat is shared by all of us, — added Lind.")
    assert [c.attribution for c in claims] == ["none", "direct_quote", "direct_quote"]
    assert all([s.name for s in c.sources] == ["Marta Lind"] for c in claims[1:])
    assert "quote.dash_tag" in claims[1].rules


def test_this_was_revealed_by_attributes_the_sentence_before(extractor):
    claims = extractor.extract("Explosions were heard near the airfield. This was revealed by the Telegram channel Mash.")
    assert [c.attribution for c in claims] == ["implicit", "indirect"]
    assert [s.name for s in claims[0].sources] == ["Mash"]


def test_this_was_reported_by_attributes_the_sentence_before(extractor):
    claims = extractor.extract("Russian drones struck a warehouse in Odesa overnight. "
                               "This was reported by the Odesa city council.")
    assert [c.attribution for c in claims] == ["implicit", "indirect"]
    assert claims[0].sources == claims[1].sources


def test_agentless_cue_keeps_the_previous_source(extractor):
    claims = extractor.extract("Astra reported that the refinery was hit. It is noted that the fire was put out.")
    assert [c.attribution for c in claims] == ["indirect", "implicit"]
    assert claims[1].cue.text == "noted"
    assert claims[1].sources[0].name == "Astra"


HEARD_IN_COURT = [
    ("The court heard that the van had no insurance.", "heard"),
    ("Bristol Crown Court heard the pair had met online.", "heard"),
    ("The tenant kept a dog in the flat for a year, a court has heard.", "heard"),
    ("Jurors were told the defendant had left before midnight.", "told"),
    ("The money was never repaid, the tribunal was told.", "told"),
]


@pytest.mark.parametrize("sentence,cue", HEARD_IN_COURT)
def test_what_a_court_heard_is_the_last_speakers_report(extractor, sentence, cue):
    claims = extractor.extract("Prosecutor Lena Marsh told the court that the defendant owed £4,000.\n\n" + sentence)
    assert [c.attribution for c in claims] == ["indirect", "implicit"]
    assert claims[1].cue is not None and claims[1].cue.text == cue
    assert [s.name for s in claims[1].sources] == ["Lena Marsh"]
    assert "carry.agentless" in claims[1].rules


def test_what_a_court_did_not_hear_or_heard_from_a_witness_is_no_agentless_cue(extractor):
    claims = extractor.extract("The court heard from two witnesses on Tuesday.")
    assert claims[0].attribution == "none"


SILENCES = [
    # a body saying it will not comment further says nothing
    "The council says it will not comment further.",
    # a report the outlet could not verify, the outlet as the passive's agent
    "The figures could not be independently verified by Reuters.",
    # a body that made no mention of something says nothing of it
    "The ministry made no mention of the bridge in its update.",
    # neither of two verbs was said
    "The club neither confirmed nor denied the talks.",
    # what is still to be said is not said yet
    "Investigators have yet to determine what caused the blast.",
    "Officials are yet to say when the bridge will reopen.",
    "The club has still to explain why the match was called off.",
    # a subject that denies itself is a silence too
    "Neither side revealed what the envoy said.",
    "No official commented on the reports.",
    # a report of silence ends the carry-over and is the outlet's own voice
    "There was no immediate comment from Moscow.",
    "There is still no official confirmation from Kyiv.",
    "Number 10 refused to comment on the reports.",
    "He refused to divulge details.",
    "The company declined to comment.",
    # declining or refusing to say what a verb of saying would have told
    "He also declined to say whether the talks would resume.",
    "The ministry refused to confirm that troops had crossed the river.",
    # what a silence leaves unsaid reports nothing, not even the speakers named inside it; nor does a verb joined
    # to the one refused
    "The ministry declined to say whether officials believed the drone was Ukrainian.",
    "The aide declined to give details or say who the senator believes made the remark.",
    # a negation reaches the verb of saying joined by "or"; declining to name someone is a silence too
    "The district did not name the teacher or say how the fall happened.",
    "The sheriff's office declined to identify the man.",
    "The army did not immediately provide comment on these reports.",
    # the reports it has not confirmed claim, not the one who did not confirm them
    "The Commission has not confirmed news reports claiming that a deal was reached.",
    "A spokesman could not be reached for comment.",
    "No Ukrainian officials have confirmed that Kyiv carried out the strike.",
    "The spokeswoman said she was unable to comment on the case.",
    "The company told Reuters it had no comment.",
    "Neither the ministry nor the army immediately responded to requests for comment.",
]


@pytest.mark.parametrize("sentence", SILENCES, ids=[s[:30] for s in SILENCES])
def test_a_report_of_silence_is_the_outlets_voice(extractor, sentence):
    claims = extractor.extract("The governor said a drone hit a house in Belgorod. " + sentence)
    assert (claims[-1].attribution, claims[-1].sources) == ("none", [])
    assert "cue.silence" in claims[-1].rules


DATELINES = [
    "BANGKOK: An airstrike killed nine civilians, locals said on Thursday.",
    "Accra, Ghana – The main opposition rejected the count, accusing officials of bias.",
    "SALEM, Ore. (AP) — State health officials say nine measles cases have been confirmed.",
    "BUFFALO, N.Y. (AP) — Police said two people were hurt in the crash.",
]


@pytest.mark.parametrize("sentence", DATELINES, ids=["colon", "title case", "state abbreviation", "initials"])
def test_a_dateline_is_not_the_source(extractor, sentence):
    claims = extractor.extract(sentence)
    assert len(claims) == 1 and claims[0].text == sentence[sentence.index(next(
        w for w in (" An ", " The ", " State ", " Police ") if w in sentence)) + 1:]
    assert claims[0].sources and not {"BANGKOK", "Accra", "Ghana", "Associated Press"} & {s.name for s in claims[0].sources}


def test_a_wire_credit_glued_to_the_first_word_is_no_source(extractor):
    text = "(Reuters) -The governor of the Belgorod region said on Wednesday that a sabotage group crossed the border."
    claims = extractor.extract(text)
    assert len(claims) == 1 and claims[0].text.startswith("The governor")
    assert [s.name for s in claims[0].sources] == ["governor of the Belgorod region"]


QUOTES = [
    # every sentence of a quotation belongs to the speaker its tag names, wherever the tag stands
    ('Governor Bogomaz said the fire was out. "We will rebuild. The depot will reopen. Nobody was hurt," '
     'Zelensky said.', ["Alexander Bogomaz", "Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky"]),
    ('"We will rebuild the depot within a month" - Vyacheslav Gladkov.', ["Vyacheslav Gladkov"]),
    ('Zelensky wrote on X: "Russia launched 40 missiles. Most were shot down.', ["Volodymyr Zelensky"] * 2),
    # a paragraph closing with "said:" sets the next paragraph apart as the speaker's words, without marks
    ("The mayor visited the flooded district. The mayor said:\n\nWe will rebuild every house. Nobody will be "
     "left without help.\n\nThe river is expected to fall by Friday.", [None, "mayor", "mayor", "mayor", None]),
    # a quotation set as its own paragraph and signed on a line below, across a photo caption
    ("Leaders reacted on Monday.\n\n“We will not give up. The plant will reopen.”\n\n"
     "—Energy Minister Herman Halushchenko\n\n“Our thoughts are with the families.”\n\n"
     "Rescuers at the site on Monday. (Photo by Anna Petrenko)\n\n—Kharkiv Mayor Ihor Terekhov",
     [None, "Herman Halushchenko", "Herman Halushchenko", "Herman Halushchenko", "Ihor Terekhov", None]),
    # a dashed credit or list item is no signature
    ("The mayor spoke.\n\n“Two houses burned.”\n\n– Reporting by Anna Petrenko", [None, None]),
    # a quotation signed after its closing mark on its own line, with the outlet it was said to in brackets
    ('Reactions from the weekend.\n\n"We deserved more. The referee saw nothing," she said. "I am angry." '
     'Laura Kemp (Sky Sports)\n\n"It was a long day for everybody." — Tomas Varga',
     [None] + ["Laura Kemp"] * 4 + ["Tomas Varga"]),
    # a quotation closing on "!" or "?" before its tag is no sentence of its own; a name after it with no verb
    # of saying opens the next sentence
    ('The sirens sounded at dawn. "Go to the shelters now!" Mayor Jan Holm shouted from the steps.',
     [None, "Jan Holm"]),
    ('"Is this the end of the club?" Coach Rita Alvarez asked reporters.', ["Rita Alvarez"]),
    ('"We won!" Fans poured onto the pitch.', [None, None]),
    # a tag that lost its verb ('"...," Judge Quint.') signs the quotation; after a full stop, a name is a sentence
    ('Judge Harold Quint sentenced the man to four years. The man was jailed in March.\n\n"This court will not '
     'tolerate violence against nurses," Judge Quint.', [None, None, "Harold Quint"]),
    # a nickname in quotation marks inside the signature
    ('"These goals are for my grandmother. I miss her." Diego \'El Tigre\' Salcedo (ABC)',
     ["Salcedo"] * 3),
]


@pytest.mark.parametrize("text, speakers", QUOTES, ids=[q[0][:30] for q in QUOTES])
def test_quotation_sentences_belong_to_their_tag(extractor, text, speakers):
    claims = extractor.extract(text)
    assert [c.sources[0].name if c.sources else None for c in claims] == speakers


BACK_REFERENCES = [
    # another name for the same post points back to its holder
    ('Wrexham manager Tom Briggs said Joe Hale is injured. "Joe felt his calf in training," the coach said.',
     "Tom Briggs"),
    # a later title or description resolves back to the person it described
    ("Jane Doe, a campaigner from Leeds, said the council had ignored residents. The campaigner added that she "
     "would appeal.", "Jane Doe"),
    ("Roman Busargin, the governor of Saratov, released a statement. The governor said debris fell on a house.",
     "Roman Busargin"),
    # a company described by what it makes is the company just named; named in an appositive, another one
    ("Halvard Systems reported higher sales on Tuesday. The maker of the Orbit phone also noted that costs fell.",
     "Halvard Systems"),
    ("Halvard Systems reported higher sales on Tuesday. The maker of the Orbit phone, Tessel Corp, said costs fell.",
     "Tessel Corp"),
    # "he" is the person the sentence before was about, by a surname the entity recogniser missed, never a plural
    # group of officials
    ("Democratic Senate officials told reporters the lawmaker was Rep. Tom Vessel. Vessel, the chairman of the rules "
     "panel, was one of 20 members at the meeting. He said he spoke up only once.", "Tom Vessel"),
    # "the channel" is the outlet last cited, whatever its registry roles
    ("The talks were first reported by NBC News on Monday. According to the channel, the talks stalled in May.",
     "NBC News"),
    # "the agency" is the body last cited, a public one as often as a wire
    ("In a statement, the Pine County sheriff's office said it had suspended a deputy. \"We will not comment "
     "further,\" the agency said.", "Pine County sheriff's office"),
    # a surname after a title of courtesy is the person named in full before
    ("Chris Philp said the talks went well. The talks ended at noon. Mr Philp said more needed to be done.",
     "Chris Philp"),
    ("Anna Kell said the talks went well. Dr Kell said more needed to be done.", "Anna Kell"),
    # an office capitalised is still the office, not a name of its own
    ("President Ann Dillard believes the bridge will reopen. The work took a month. The President said the cost "
     "was high.", "Ann Dillard"),
    ("Prime Minister Tomas Berg opened the session. The Prime Minister said taxes would not rise.", "Tomas Berg"),
    # an office the recogniser took for a body's name, after "the"
    ("Tasmania Premier Ruth Calder urged people to stay home. \"Nobody should be driving to the coast,\" the Premier "
     "said.", "Ruth Calder"),
    # a surname with its particle after a title ("Col Al Harbi")
    ("Colonel Rashid Al Harbi said the men were detained. \"They were drunk,\" said Col Al Harbi.", "Rashid Al Harbi"),
    # "he" after a surname the recogniser took for a body, just cited
    ("Police spokesman Mark Dunn said the driver was arrested.\n\n\"We found the car in a ditch,\" Okonkwo said. He "
     "also said the road was closed for hours.", "Okonkwo"),
    # police ranks are offices
    ("Police Sergeant Tom Wells attended the scene. The sergeant said two cars were damaged.", "Tom Wells"),
    # a nationality before the role describes the one named
    ("Braga coach Nuno Amaral said the draw was deserved. The Portuguese coach said his side tired late.",
     "Nuno Amaral"),
    # "the agency" is the public body just named, cited or not
    ("The Marlow Basin Water Authority issued a boil-water notice on Friday. The agency said the pipes would be "
     "flushed.", "Marlow Basin Water Authority"),
    # a club, a role and a name the recogniser read as one body's name: the role's holder
    ("Tondela coach Vasco Meireles said the pitch was heavy.", "Vasco Meireles"),
    # "the force" is the police force just named, "the trust" the trust
    ("Dorset Police said a man was arrested on Friday. The force said he remains in custody.", "Dorset Police"),
    ("Hull University Teaching Hospitals NHS Trust said the ward was shut. The trust said visits resume on Monday.",
     "Hull University Teaching Hospitals NHS Trust"),
    # a place between an office and its holder's name is no part of the name
    ("The mayor of Uzhhorod Bohdan Andriiv said the bridge was shut.", "Bohdan Andriiv"),
    # two titles of one person joined by "and"
    ("Kestrel Media President and CEO Dana Ruiz said the newsroom would hire.", "Dana Ruiz"),
    # a body's office named by its possessive is the one the article named in that office, not the last spokesman
    ("Harbor Authority spokesman Leo Brandt said the pier was shut. Council spokesman Ian Moss said it was safe. "
     "The Harbor Authority's spokesman added that repairs would take a month.", "Leo Brandt"),
    ("Kremlin spokesman Dmitry Peskov said Moscow would study the proposal. The Kremlin's spokesman said that no "
     "decision had been made.", "Dmitry Peskov"),
    # a party epithet with "the" is the politician last cited
    ("Senator Tom Harlan said the bill would fail. Hours later, the Ohio Republican said the plan was reckless.",
     "Tom Harlan"),
    # a description before a registry body's name
    ("In its daily update, the US-based think tank Institute for the Study of War says Russian units are short of "
     "shells.", "Institute for the Study of War"),
    # the office of a place is the one the article named in it; none named, the office itself
    ("Odesa Mayor Hennadiy Trukhanov said the port was hit. Later, the mayor of Odesa reported that two cranes were "
     "destroyed.", "Hennadiy Trukhanov"),
    ("Odesa Mayor Hennadiy Trukhanov said the port was hit. The mayor of Kharkiv said the metro was closed.",
     "mayor of Kharkiv"),
]


@pytest.mark.parametrize("text, name", BACK_REFERENCES, ids=[b[0][:30] for b in BACK_REFERENCES])
def test_a_description_points_back_to_the_person(extractor, text, name):
    assert [s.name for s in extractor.extract(text)[-1].sources] == [name]


def test_a_topic_label_over_an_answer_names_no_speaker(extractor):
    # "On Maurice McNeil:" over a coach's answer: the question's topic, not who answers it
    claims = extractor.extract("Postgame quotes from the coach.\n\nOn Maurice McNeil:\n\n\"He has a big heart, and "
                               "he is getting better.\"")
    assert not any(s.name == "Maurice McNeil" for c in claims for s in c.sources)


@pytest.mark.parametrize("text, speaker", [
    ("The analyst Andrew Kuleshov spoke at the forum.\n\nAndrew Kuleshov:\n\n\"The conference showed that we read "
     "events well. And these forces are uniting.\"", "Andrew Kuleshov"),
    ("Coach Gary Kubiak met reporters on Monday.\n\nGary Kubiak:\n\n“Those two go at it every day. That is old news.”",
     "Gary Kubiak"),
])
def test_a_speakers_name_alone_on_the_line_above_a_quotation(extractor, text, speaker):
    claims = extractor.extract(text)
    quoted = [c for c in claims if c.text.startswith(("\"", "“")) or c.text.endswith(("\"", "”"))]
    assert quoted and all([s.name for s in c.sources] == [speaker] and c.attribution == "direct_quote" for c in quoted)


@pytest.mark.parametrize("text, sources", [
    ("However, Cabinet Office sources were firm that no such request had arrived.", ["Cabinet Office sources"]),
    ("The ministry was adamant that the strike had hit only military targets.", ["ministry"]),
    ("Police are confident that the suspect acted alone.", ["Police"]),
    # an expletive subject asserts nothing of anyone's; an adjective without a clause reports nothing
    ("It is clear that the talks failed.", []),
    ("The coach was clear about his plans for the season.", []),
])
def test_a_subject_adamant_that_a_clause_holds_asserts_it(extractor, text, sources):
    assert [s.name for s in extractor.extract(text)[0].sources] == sources


def test_an_outlet_named_by_a_capitalised_common_noun_speaks(extractor):
    # "information" of no one named is no speaker, but "The Information" mid-sentence is an outlet's name
    claim = extractor.extract("Apex is in talks to buy Orbit for $2 billion, The Information reported, citing people "
                              "familiar with the talks.")[-1]
    assert [s.name.removeprefix("The ") for s in claim.sources] == ["Information", "people familiar with the talks"]
    assert extractor.extract("According to the preliminary information, four missiles struck the city.")[-1].sources == []


def test_a_noun_read_as_a_verb_after_according_to_reports_nothing(extractor):
    # "situation report" misread as a noun and a verb: the main clause's subject is no speaker
    claim = extractor.extract("According to the most recent situation report the NCDC posted on its official "
                              "website on Tuesday, 139 people died.")[-1]
    assert "people" not in [s.name for s in claim.sources]


def test_a_tag_inverted_after_the_quotation_with_read_credits_the_documents_owner(extractor):
    claims = extractor.extract('"The club mourns a loyal servant," read a statement from Corrin Rovers. '
                               '"He never missed a match."')
    assert [(c.attribution, [s.name for s in c.sources]) for c in claims] == [
        ("direct_quote", ["Corrin Rovers"]), ("direct_quote", ["Corrin Rovers"])]


def test_one_unnamed_official_of_a_named_body_is_anonymous(extractor):
    claims = extractor.extract("A Commerce Department official said the rules would change.")
    assert [s.anonymous for s in claims[0].sources] == [True]
    # the body's spokesman speaks as its own voice
    claims = extractor.extract("A Kent Police spokesman said the road had reopened.")
    assert [s.anonymous for s in claims[0].sources] == [False]


def test_a_court_reports_closing_line_is_the_outlets_own(extractor):
    claims = extractor.extract("Mr Vance, of Hull, denies the charges.\n\nThe trial continues.")
    assert (claims[-1].attribution, claims[-1].sources) == ("none", [])
    assert "cues.unknown_patterns:proceedings-go-on" in claims[-1].rules


def test_a_verb_of_claiming_not_done_is_no_hedge(extractor):
    for text in ("No faction has claimed responsibility for the blast in Sumy.",
                 "Minsk has neither claimed nor denied a role in the raid."):
        assert [h.kind for c in extractor.extract(text) for h in c.hedges] == []
    assert [h.kind for c in extractor.extract("Residents claim the plant was hit twice.") for h in c.hedges] == [
        "distancing_verb"]


def test_not_able_to_verify_is_evidential(extractor):
    claims = extractor.extract("The broadcaster was not able to verify the video.")
    assert [h.kind for h in claims[0].hedges] == ["evidential"]


def test_the_outlets_notes_end_the_report(extractor):
    claims = extractor.extract("Two customs officers told Reuters the crossing at Valga had been shut.\n\n"
                               "The officers spoke on condition of anonymity because they were not authorised to "
                               "talk to the press.\n\nThe harbour authority said a crane was damaged. It declined "
                               "further comment. The ferry operator could not immediately be reached for comment. "
                               "The source asked not to be identified.")
    assert [(c.attribution, [s.name for s in c.sources]) for c in claims][1:] == [
        ("none", []), ("indirect", ["harbour authority"]), ("none", []), ("none", []), ("none", [])]


def test_a_figure_estimated_is_reported(extractor):
    claims = extractor.extract("The mayor said 200 shells hit the town overnight. NATO estimates enemy casualties "
                               "at around 4,000.")
    assert claims[-1].attribution == "indirect" and [s.id for s in claims[-1].sources] == ["nato"]


@pytest.mark.parametrize("text, names", [
    # what the outlet learned from someone: they speak through it
    ("Tallinn plans to shut two more crossings, Verstka has learned from three officials in the border guard.",
     ["officials in the border guard", "Verstka"]),
    # an English edition's "with reference to" cites
    ("The plant lost external power again, Ukrinform reports with reference to Energoatom.",
     ["Ukrinform", "Energoatom"]),
    # every outlet told
    ("The governor told Interfax and the BBC that the bridge was safe.", ["governor", "Interfax", "BBC"]),
    ("A league source told ESPN that the trade was done.", ["league source", "ESPN"]),
    # results put out by a body are the body's
    ("Turnout rises in the north\n\nAccording to results published by the election commission, turnout was 58 "
     "percent.", ["election commission"]),
    # a claim's owner, a press release's company, an anonymous group without the tag's verb
    ("According to the Interior Ministry's claim, only two boats crossed.", ["Interior Ministry"]),
    ('The blast forced the refinery into "a partial halt," Russian media outlets reported on social networks.',
     ["Russian media outlets"]),
    ("Harlow Pumps Reports Loss\n\nDAYTON, Ohio, May 4, 2021 /PRNewswire/ -- Harlow Pumps Inc. (NYSE: HRP) "
     "announced that it would cut 300 jobs.", ["Harlow Pumps Inc."]),
])
def test_chains_and_names_of_real_wording(extractor, text, names):
    assert sorted(s.name for s in extractor.extract(text)[-1].sources) == sorted(names)


def test_an_appeal_to_anyone_who_may_have_seen_it_is_no_hedge(extractor):
    claims = extractor.extract("Officers are appealing to anyone who may have dashcam footage to come forward.")
    assert [h for c in claims for h in c.hedges] == []


def test_a_body_that_put_out_a_report_is_the_reports_speaker(extractor):
    claims = extractor.extract("Analyst Dana Fell said the front was stable. The Red Cross released a report on "
                               "Tuesday. The report said 40 shelters were full.")
    assert [(c.attribution, [s.name for s in c.sources]) for c in claims][1:] == [
        ("none", []), ("indirect", ["International Committee of the Red Cross"])]


@pytest.mark.parametrize("text, names", [
    # a report in a relative clause on what the first report tells of
    ("State radio said the army had struck a depot near Taiz, in a raid that the town's health office said had "
     "killed nine people.", ["State radio", "town's health office"]),
    # a second report set beside the first by ", while" or ", hours after" is a source of the sentence too
    ("The governor said the bridge was shut, while the mayor said ferries would run overnight.", ["governor", "mayor"]),
    ("The rebels said they had fired two missiles at the port, hours after the Israeli army said it had downed a "
     "drone.", ["rebels", "Israel Defense Forces"]),
])
def test_a_report_beside_the_main_one(extractor, text, names):
    assert sorted(s.name for s in extractor.extract(text)[0].sources) == sorted(names)


def test_a_report_inside_the_reported_clause_stays_inside(extractor):
    claims = extractor.extract("The minister said prices would fall after the bank said rates would hold.")
    assert [s.name for s in claims[0].sources] == ["minister"]


def test_speech_closed_by_a_stop_a_dash_and_an_inverted_tag(extractor):
    claims = extractor.extract("Shelling in Sumy\n\nThe enemy hit the city with guided bombs. Windows were blown out "
                               "in two buildings. - wrote the head of the city military administration Oleh Demenko.")
    assert [(c.attribution, [s.name for s in c.sources]) for c in claims] == [
        ("direct_quote", ["Oleh Demenko"]), ("direct_quote", ["Oleh Demenko"])]


def test_doubts_in_a_headline_speak_for_no_one(extractor):
    claims = extractor.extract("Galway judge's doubts over landlord eviction claims\n\nThe judge adjourned the case.")
    assert claims[0].sources == [] and claims[0].attribution == "none"


def test_a_transcripts_guest_turns_are_the_guests_words_and_the_hosts_are_the_outlets(extractor):
    claims = extractor.extract("Lumber prices jump\n\nDANA ROOK, BYLINE: Lumber prices climbed again this week.\n\n"
                               "GREGOR PALLAS: We cannot cut enough trees. Orders are backed up until August.\n\n"
                               "ROOK: Pallas runs a sawmill in Tillamook.\n\nMAYOR ELLEN TAVISH: We need the jobs.")
    by_text = {c.text: ([s.name for s in c.sources], c.attribution) for c in claims}
    assert by_text["We cannot cut enough trees."] == (["Gregor Pallas"], "direct_quote")
    assert by_text["Orders are backed up until August."] == (["Gregor Pallas"], "direct_quote")
    assert by_text["We need the jobs."] == (["Ellen Tavish"], "direct_quote")
    assert by_text["Pallas runs a sawmill in Tillamook."] == ([], "none")


def test_a_single_label_in_capitals_makes_no_transcript(extractor):
    claims = extractor.extract("Floods in the north\n\nISLAMABAD: Heavy rain flooded the valley on Monday.\n\n"
                               "Roads were closed.")
    assert all(c.attribution == "none" for c in claims)
