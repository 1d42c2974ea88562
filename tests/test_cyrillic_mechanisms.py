"""Russian and Ukrainian mechanisms of the second round, shown on sentences written for these tests (not taken
from the corpus): names outside the registry in their nominative whatever their case, a parenthetical between
a speaker and its verb, a pointer that credits the paragraph before it, a short quotation after a report as a
scare quote, Ukrainian adjectives of likelihood, and the ends and headers of page extracts."""

from __future__ import annotations


import pytest

import attribution
from attribution.cyrillic.lexicon import default_rules
from attribution.cyrillic.morph import lemmatizer
from attribution.cyrillic.persons import PersonNames

from .conftest import exact, read, source_rows


# (language, the name as written, its nominative)
NAMES = [
    ("ru", "Игоря Куцака", "Игорь Куцак"),  # a surname the dictionary does not know, read with its first name
    ("ru", "Марины Ивановой", "Марина Иванова"),  # a woman's surname stays feminine
    ("ru", "Захаровой", "Захарова"),
    ("ru", "Ларисы Сёминой", "Лариса Сёмина"),  # ё kept as written
    ("ru", "Сергея Вишневского", "Сергей Вишневский"),
    ("ru", "Дмитрия Кулебы", "Дмитрий Кулеба"),  # a man's surname in -а declines like a woman's first name
    ("ru", "Анны Маляр", "Анна Маляр"),  # a woman's surname on a consonant does not decline
    ("uk", "Олександра Ковальчука", "Олександр Ковальчук"),  # not the woman's name "Олександра"
    ("uk", "Олександра Ковальчук", "Олександра Ковальчук"),
    ("uk", "Олександрові Ковальчуку", "Олександр Ковальчук"),
    ("uk", "Марини Іванової", "Марина Іванова"),
    ("uk", "Ігоря Куцака", "Ігор Куцак"),
    ("uk", "Дениса Прокопенка", "Денис Прокопенко"),
    ("uk", "Юлії Свириденко", "Юлія Свириденко"),  # a woman's surname in -енко does not decline
    ("uk", "Ганни Маляр", "Ганна Маляр"),
    ("uk", "Володимира Зеленського", "Володимир Зеленський"),
    ("uk", "Вадима Філашкіна", "Вадим Філашкін"),
    ("uk", "Романа Семенухи", "Роман Семенуха"),
]


@pytest.mark.parametrize("language, written, nominative", NAMES, ids=[f"{n[0]}: {n[1]}" for n in NAMES])
def test_a_name_gets_its_nominative(language, written, nominative):
    names = PersonNames(default_rules(language).discourse.name_paradigms, lemmatizer(language))
    assert " ".join(names.nominative(written.split())) == nominative


# (language, the same person in different case forms, in different articles): one id and one name.
SAME_PERSON = [
    ("ru", ["По словам Игоря Куцака, ситуация под контролем.", "Игорь Куцак заявил, что пострадавших нет.",
            "Об этом сообщил Игорь Куцак."], "igor-kutsak", "Игорь Куцак"),
    ("ru", ["Как заявила Марина Иванова, школа закрыта.", "По словам Марины Ивановой, школа закрыта."],
     "marina-ivanova", "Марина Иванова"),
    ("uk", ["За словами Олександра Ковальчука, у школі немає світла.", "Як заявив Олександр Ковальчук, у школі немає світла."],
     "oleksandr-kovalchuk", "Олександр Ковальчук"),
    ("uk", ["За словами Марини Іванової, школа зачинена.", "Про це повідомила Марина Іванова."],
     "marina-ivanova", "Марина Іванова"),
]


@pytest.mark.parametrize("language, texts, source_id, name", SAME_PERSON, ids=[p[2] for p in SAME_PERSON])
def test_one_person_one_id_across_articles(ru, uk, language, texts, source_id, name):
    for text in texts:
        sources = [s for c in read(ru if language == "ru" else uk, text) for s in c.sources]
        assert [(s.id, s.name) for s in sources] == [(source_id, name)], text


def test_a_surname_alone_later_in_the_article_is_the_same_person(ru):
    claims = read(ru, "По словам Игоря Куцака, ситуация под контролем. Затем Куцак заявил, что пострадавших нет.")
    assert [[s.id for s in c.sources] for c in claims] == [["igor-kutsak"], ["igor-kutsak"]]


# (language, text, [(source ids, attribution, cue text)] for each claim, in order)
SENTENCES = [
    # forecasters unnamed speak, not the place they forecast for
    ("uk", "Синоптики прогнозують в Україні сильні морози.", [(["sinoptik"], "indirect", "прогнозують")]),
    # a gerund of saying with what it comments on is an aside, the speaker before it
    ("ru", "Песков, комментируя слова президента Франции, заявил, что Кремль считает такие заявления опасными.",
     [(["peskov"], "indirect", "заявил")]),
    # one more of what the report counts, opening the next paragraph, goes on with it
    ("uk", "У області поранено чотирьох людей, повідомив Олег Синєгубов.\nЩе один удар припав на село Малинівка.",
     [(["syniehubov"], "indirect", "повідомив"), (["syniehubov"], "implicit", None)]),
    # a demonstrative pointing at what the report told carries it into the next paragraph
    ("uk", "Про це повідомили у Повітряних силах.\n\nДрони запускали з Орла та Курська.\n\nБлизько 40 з цих "
           "дронів були типу Гербера.", [(["ua-af"], "indirect", "повідомили"), (["ua-af"], "implicit", None),
                                          (["ua-af"], "implicit", None)]),
    # "not to mention" is no silence; a surname opening the sentence reads as one by its ending or the dictionary
    ("uk", "Росія втратила ініціативу на півдні, пише The Guardian. Кремлю не вдалося захопити Запоріжжя, не кажучи "
           "вже про Одесу.", [(["guardian"], "indirect", "пише"), (["guardian"], "implicit", None)]),
    ("ru", "Экономика Молдовы растет, пишет Bloomberg. Кишиневу удалось привлечь инвесторов, не говоря уже о "
           "кредитах.", [(["bloomberg"], "indirect", "пишет"), (["bloomberg"], "implicit", None)]),
    ("uk", "Кравчук заявив, що міст відкриють.", [(["kravchuk"], "indirect", "заявив")]),
    ("ru", "Харьков сообщил о взрывах.", [([], "none", None)]),
    # a foreign surname in another case after "по словам" is the person named before
    ("ru", "Глава службы Андрис Озолс рассказал о проверках.\n\nПо словам Озолса, проверки продлятся месяц.",
     [(["andris-ozols"], "indirect", "рассказал"), (["andris-ozols"], "according_to", "По словам")]),
    # a body placed in another country by the article is the one its bare abbreviation names later
    ("ru", "В Шымкенте задержаны 12 человек, сообщили в МВД Казахстана. Еще двоих ищут, добавили в МВД.",
     [(["mvd-kazakhstana"], "indirect", "сообщили"), (["mvd-kazakhstana"], "indirect", "добавили")]),
    ("ru", "В Москве задержаны 12 человек, сообщили в МВД.", [(["ru-mvd"], "indirect", "сообщили")]),
    # bodies of the post-Soviet states by their own names; those urged, in the accusative before a plural verb with
    # no subject, are not the speakers
    ("ru", "Ситуация стабильная. Об этом сообщает пресс-служба УВД.\n\nПо данным милиции, задержаны трое.",
     [(["press-sluzhba-uvd"], "implicit", None), (["press-sluzhba-uvd"], "indirect", "сообщает"),
      (["militsiya"], "according_to", "По данным")]),
    ("ru", "В городском акимате заявили, что источник выброса уже найден.",
     [(["gorodskoy-akimat"], "indirect", "заявили")]),
    ("ru", "Об этом сообщили в МЧС.\n\nТакже жителей призывали не выходить на улицу.",
     [(["ru-mchs"], "indirect", "сообщили"), (["ru-mchs"], "implicit", None)]),
    # a pointer opening the sentence before a verb that needs what was said ("На это указал"); not "в ответ на это"
    ("ru", "Сроки поставок лучше не переносить. На это указал министр энергетики Иван Соколов.",
     [(["ivan-sokolov"], "implicit", None), (["ivan-sokolov"], "indirect", "указал")]),
    ("uk", "Терміни поставок краще не переносити. На це вказав міністр енергетики Іван Соколов.",
     [(["ivan-sokolov"], "implicit", None), (["ivan-sokolov"], "indirect", "вказав")]),
    ("ru", "Цены выросли. В ответ на это министр заявил, что рост временный.",
     [([], "none", None), (["ministr"], "indirect", "заявил")]),
    # a tag set off inside the clause; "Так," opening the next paragraph goes on with the report
    ("ru", "Экономист Сергей Лебедев выступил на форуме.\n\nРегиональные власти, допустил он, недооценили проблему.",
     [([], "none", None), (["sergey-lebedev"], "indirect", "допустил")]),
    ("uk", "Сили ППО збили 30 дронів, повідомили Повітряні сили.\n\nТак, 12 з них збили над Київщиною.",
     [(["ua-af"], "indirect", "повідомили"), (["ua-af"], "implicit", None)]),
    # the person named after a title whose body is placed by its region is the speaker, not the body
    ("ru", "«Подозреваемый задержан», — сообщил официальный представитель УМВД по Курской области Павел Сомов.",
     [(["pavel-somov"], "direct_quote", "сообщил")]),
    ("uk", "«Обох учасників затримали», — прокоментував начальник відділу комунікації ГУНП у Волинській області "
           "Тарас Мельник.", [(["taras-melnik"], "direct_quote", "прокоментував")]),
    # whoever called the police in is no source: the event told, the report it is part of goes on; the police
    # where they are ("в полиции") still speak
    ("ru", "Из гаража угнали мотоцикл. Об этом сообщили в МВД. О пропаже в полицию сообщил владелец гаража.",
     [(["ru-mvd"], "implicit", None), (["ru-mvd"], "indirect", "сообщили"), (["ru-mvd"], "implicit", None)]),
    ("uk", "Невідомі обікрали школу. Про крадіжку до поліції повідомив директор школи.",
     [([], "none", None), ([], "none", None)]),
    # the services the report tells at work, in a paragraph of details after it, are no new voice
    ("uk", "Пожежу загасили за дві години.\nПро це повідомляє ДСНС.\n\nРятувальники евакуювали трьох мешканців.",
     [(["ua-ses"], "implicit", None), (["ua-ses"], "indirect", "повідомляє"), (["ua-ses"], "implicit", None)]),
    ("ru", "Горела баня.\nОб этом сообщает МЧС.\n\nСпасатели эвакуировали двух жильцов.",
     [(["ru-mchs"], "implicit", None), (["ru-mchs"], "indirect", "сообщает"), (["ru-mchs"], "implicit", None)]),
    # a pointer on a line of its own, its stop left out, is the article's, before and after it
    ("uk", "За добу загасили п’ять пожеж.\nПро це повідомляє пресслужба ДСНС у Житомирській області\nУ Бердичеві "
           "горів гараж.", [(["dsns-u-zhitomirskiy-oblasti"], "implicit", None),
                            (["dsns-u-zhitomirskiy-oblasti"], "indirect", "повідомляє"),
                            (["dsns-u-zhitomirskiy-oblasti"], "implicit", None)]),
    ("ru", "За сутки в Туле потушили четыре пожара.\nОб этом сообщает ГУ МЧС по Тульской области\nВ Заречье горела "
           "баня.", [(["gu-mchs-po-tulskoy-oblasti"], "implicit", None),
                     (["gu-mchs-po-tulskoy-oblasti"], "indirect", "сообщает"),
                     (["gu-mchs-po-tulskoy-oblasti"], "implicit", None)]),
    # a clause closed by a dash and an outlet reporting in the present, or citing others, is its report, not a
    # speaker's words without quotation marks; a speaker's words are tagged in the past
    ("ru", "Согласно оценке министра финансов, дефицит бюджета составит около 2 процентов ВВП, - сообщает ТАСС.",
     [(["tass", "ministr-finansov"], "according_to", "сообщает")]),
    ("uk", "Поліція затримала двох підозрюваних у підпалі складу, - повідомило з посиланням на джерела в поліції 5 "
           "березня Суспільне.", [(["suspilne", "dzherelo-v-politsiyi"], "indirect", "повідомило")]),
    ("uk", "Усім спокійного ранку, - повідомив голова ОВА Олександр Коваль.",
     [(["oleksandr-koval"], "direct_quote", "повідомив")]),
    # an office named by another phrase for it is the one named before: "губернатор" after "глава региона",
    # "голова ОВА"; "глава Минфина" after "министр финансов"
    ("ru", "Об этом глава региона Олег Петров сообщил в Telegram. Поселок Ракитное оказался под обстрелом, как "
           "уточнил губернатор.", [(["oleg-petrov"], "indirect", "сообщил"), (["oleg-petrov"], "indirect", "уточнил")]),
    ("uk", "Про це повідомив голова Сумської ОВА Іван Петренко. Як уточнив губернатор, постраждалих немає.",
     [(["ivan-petrenko"], "indirect", "повідомив"), (["ivan-petrenko"], "indirect", "уточнив")]),
    ("ru", "Министр финансов Антон Силуанов заявил, что бюджет сбалансирован. На форуме глава Минфина сказал, что "
           "налоги не вырастут.", [(["anton-siluanov"], "indirect", "заявил"), (["anton-siluanov"], "indirect", "сказал")]),
    # last year's background after a quotation is the outlet's
    ("uk", "\"Інфляція сповільниться восени\", – заявив голова НБУ Андрій Пишний. Торік регулятор уже підвищував "
           "ставку.", [(["andriy-pishniy"], "direct_quote", "заявив"), ([], "none", None)]),
    # a ministry named by its field is a body of its own, not the country named before; the health ministry alone
    # is the country's of the language
    ("uk", "Україна ухвалила закон. У Міністерстві юстиції повідомили, що закон набуде чинності в травні.",
     [([], "none", None), (["ministerstvo-yustitsiyi"], "indirect", "повідомили")]),
    ("uk", "У Міністерстві охорони здоров'я повідомили, що партія вакцин прибуде в травні.",
     [(["ua-moh"], "indirect", "повідомили")]),
    # a law's title in quotation marks after its noun is no speech, however long
    ("ru", "Депутат Ирина Белова заявила, что является автором законопроекта «О запрете продажи энергетических "
           "напитков несовершеннолетним в Томской области».", [(["irina-belova"], "indirect", "заявила")]),
    # unnamed sources as the subject of a plural verb speak, not the body they are in
    ("uk", "Склад згорів уночі. Про це повідомили джерела видання в СБУ.",
     [(["dzherelo-vidannya"], "implicit", None), (["dzherelo-vidannya"], "indirect", "повідомили")]),
    # places listed after a colon are no people; the head of the region is the one who spoke
    ("ru", "Об этом сообщил губернатор Александр Богомаз. Дроны упали в двух районах: Погарском и Стародубском. "
           "«Пострадавших нет», — написал глава региона.",
     [(["bogomaz"], "indirect", "сообщил"), (["bogomaz"], "implicit", None), (["bogomaz"], "direct_quote", "написал")]),
    # the information or figures just given, pointed at, are the source's: the sentence before is its report
    ("ru", "За ночь уничтожены 12 беспилотников. Эта информация следует из сообщения Минобороны России.",
     [(["ru-mod"], "implicit", None), (["ru-mod"], "according_to", "следует из сообщения")]),
    ("ru", "За ночь уничтожены 12 беспилотников. Такие данные приводит Минобороны России.",
     [(["ru-mod"], "implicit", None), (["ru-mod"], "indirect", "приводит")]),
    # by the witness of eyewitnesses: their account
    ("uk", "За свідченням очевидців, над містом пролунали три вибухи.", [(["ochevidets"], "according_to", "За свідченням")]),
    ("ru", "По свидетельствам очевидцев, над городом прогремели три взрыва.",
     [(["ochevidets"], "according_to", "По свидетельствам")]),
    # a body's name going on in capitals after the registry's part of it is no person's name
    ("uk", "За даними Генштабу Збройних Сил, за добу відбулося 140 боєзіткнень.",
     [(["genstaff"], "according_to", "За даними")]),
    # a name in other marks inside a quotation in guillemets leaves the quotation whole; a letter alone is no name
    ("ru", "«МУП “Горэлектротранс” уже работает на месте. Движение восстановят к вечеру», — сообщил глава "
           "департамента Игорь Лосев.", [(["igor-losev"], "direct_quote", None),
                                         (["igor-losev"], "direct_quote", "сообщил")]),
    ("ru", "Об этом сообщил дипломат Дмитрий Полянский. «Это очередная провокация западных спецслужб», — заявил "
           "Полянский в соцсети Х.",
     [(["dmitriy-polyanskiy"], "indirect", "сообщил"), (["dmitriy-polyanskiy"], "direct_quote", "заявил")]),
    # "according to forecasts" names no one: the pointer after it reaches over it
    ("uk", "Міськрада підвищила тариф. За прогнозами, рахунок зросте на 40 гривень.\n\nПро це повідомив міський "
           "голова Андрій Коваль.", [(["andriy-koval"], "implicit", None), (["andriy-koval"], "implicit", None),
                                   (["andriy-koval"], "indirect", "повідомив")]),
    # "our defenders" in a report of the country's own side goes on with the report, not the outlet speaking as "we"
    ("uk", "Про це повідомили в Генштабі ЗСУ. Відбулося шість боєзіткнень. Наші захисники відбили атаки противника.",
     [(["genstaff"], "indirect", "повідомили"), (["genstaff"], "implicit", None), (["genstaff"], "implicit", None)]),
    # a surname opening the sentence speaks with an adverb before its verb ("Кляйн также заявил")
    ("ru", "Мэр Иван Кляйн рассказал о ремонте мостов. Кляйн также заявил, что подрядчик задержал поставки.",
     [(["ivan-klyayn"], "indirect", "рассказал"), (["ivan-klyayn"], "indirect", "заявил")]),
    ("uk", "Мер Сергій Моргун розповів про ремонт мостів. Моргун також заявив, що підрядник затримав поставки.",
     [(["sergiy-morgun"], "indirect", "розповів"), (["sergiy-morgun"], "indirect", "заявив")]),
    # an outlet's Cyrillic name in lower case inside another body's name is no outlet ("громадського" in the Public
    # Health Center's name is not Hromadske)
    ("uk", "Центр громадського здоров'я повідомив, що на кір захворіли 120 дітей.",
     [(["ua-phc"], "indirect", "повідомив")]),
    ("uk", "Лікарі громадського центру повідомили, що на кір захворіли 120 дітей.",
     [(["likar-gromadskogo-tsentru"], "indirect", "повідомили")]),
    # an abbreviation after the noun of what a report is about complements it; the body after the verb speaks
    ("uk", "У місті повідомили про замінування будівлі ОВА.", [([], "none", None)]),
    ("uk", "Про ситуацію в області повідомила ОВА.", [(["ova"], "indirect", "повідомила")]),
    # a quotation of its own tagged after a dash is speech, however short; a short phrase inside a report is not
    ("uk", "«Постраждалих немає», – написав голова ОВА Іван Федоров.",
     [(["fedorov"], "direct_quote", "написав")]),
    ("ru", "«Пострадавших нет», — написал губернатор Вячеслав Гладков.", [(["gladkov"], "direct_quote", "написал")]),
    ("uk", "Голова ОВА Іван Федоров повідомив про «бавовну» у місті.", [(["fedorov"], "indirect", "повідомив")]),
    # a first title ending in what it is about, a comma, a second title and the name: the name speaks
    ("uk", "Про це заявив старший групи прокурорів у справі, прокурор обласної прокуратури Олег Мельник.",
     [(["oleg-melnik"], "indirect", "заявив")]),
    ("ru", "Об этом заявил руководитель группы прокуроров по делу, старший прокурор отдела Олег Мельников.",
     [(["oleg-melnikov"], "indirect", "заявил")]),
    # a document's owner named in quotation marks after it speaks through the impersonal verb
    ("uk", "Міністр тиснув на редакцію, йдеться у розслідуванні «Української правди».",
     [(["up"], "indirect", "йдеться")]),
    ("ru", "Министр давил на редакцию, говорится в сообщении «Новой газеты».",
     [(["novaya-gazeta"], "indirect", "говорится")]),
    # "его" after a person's words an outlet passed on is the person's
    ("ru", "Министр Олег Иванов заявил, что цены стабилизируются, передает ТАСС. По его словам, рост замедлится.",
     [(["oleg-ivanov", "tass"], "indirect", "заявил"), (["oleg-ivanov"], "according_to", "По его словам")]),
    # making a statement reports; the pointing word credits the sentence before
    ("uk", "Уряд підвищить пенсії з березня. Таку заяву зробив міністр Петро Коваль.",
     [(["petro-koval"], "implicit", None), (["petro-koval"], "indirect", "зробив")]),
    ("ru", "Министр Петр Ковалев сделал заявление о повышении пенсий.", [(["petr-kovalev"], "indirect", "сделал")]),
    ("ru", "Рабочие сделали ремонт в школе.", [([], "none", None)]),
    # the speaker after the outlet of an interview speaks through it
    ("ru", "Об этом заявил в интервью РБК министр финансов Антон Силуанов.",
     [(["anton-siluanov", "rbc-russia"], "indirect", "заявил")]),
    # the one quoted in the accusative before the subject that quotes; a role in the nominative is no complement
    ("ru", "«Мы довольны результатом и будем двигаться дальше», — цитирует тренера пресс-служба лиги.",
     [(["press-sluzhba-ligi", "trener"], "direct_quote", "цитирует")]),
    # a forecast cited
    ("uk", "Згідно з прогнозом Укргідрометцентру, завтра буде дощ.",
     [(["ua-hydromet"], "according_to", "Згідно з прогнозом")]),
    ("ru", "Согласно прогнозу Гидрометцентра, завтра будет дождь.",
     [(["ru-hydromet"], "according_to", "Согласно прогнозу")]),
    # comparative adverbs of time are no adjectives of a title; an outlet's name in capitals ends its sentence
    ("ru", "Губернатор Олег Рябов сообщил о пожаре.\n\nПозднее губернатор уточнил, что пострадавших нет.",
     [(["oleg-ryabov"], "indirect", "сообщил"), (["oleg-ryabov"], "indirect", "уточнил")]),
    ("uk", "Про це повідомили в ОГП.", [(["ua-pgo"], "indirect", "повідомили")]),
    # a next paragraph of bare details about a person the report tells of goes on with the report
    ("ru", "Губернатор Олег Рябов сообщил о ночной атаке дронов на Курск.\n\nМужчина получил ожоги и госпитализирован.",
     [(["oleg-ryabov"], "indirect", "сообщил"), (["oleg-ryabov"], "implicit", None)]),
    # a state body's people in the plural, right after the body spoke, are that body
    ("uk", "У Луцьку затримали агента, повідомили в СБУ. Правоохоронці зазначили, що він працював на ворога.",
     [(["sbu"], "indirect", "повідомили"), (["sbu"], "indirect", "зазначили")]),
    # an unnamed official is nobody named before; a fan who wrote is an unnamed source
    ("ru", "Канцлер Австрии Карл Бауэр намерен обсудить пошлины, сообщает Reuters. По данным неназванного "
           "австрийского чиновника, канцлер готов к жесткому разговору.",
     [(["reuters"], "indirect", "сообщает"),
      (["nenazvannyy-avstriyskiy-chinovnik"], "according_to", "По данным")]),
    ("ru", "«Ждем вас в Перми, вы лучшая», — написала поклонница.", [(["poklonnitsa"], "direct_quote", "написала")]),
    # analysts of a body named after them speak for it; of a body not named, they are unnamed
    ("ru", "Аналитики ISW отмечают, что противник продвинулся на 2 км.", [(["isw"], "indirect", "отмечают")]),
    ("uk", "Аналітики проєкту DeepState повідомили про просування ворога.",
     [(["deepstate"], "indirect", "повідомили")]),
    ("ru", "Аналитики банка считают, что курс вырастет.", [(["analitik-banka"], "indirect", "считают")]),
    # Ukrainian adjectives of a body's name without a dictionary; a body named so is no back-reference
    ("uk", "Генеральна прокуратура повідомила, що справу передано до суду.\n\nДержавна митна служба повідомила "
           "про нові правила.",
     [(["generalna-prokuratura"], "indirect", "повідомила"), (["derzhavna-mitna-sluzhba"], "indirect", "повідомила")]),
    # what the report is about, opened by "о"/"об"/"про", does not tell it; a subject in the nominative after it does
    ("ru", "Об аресте депутата рассказал Олег Сорокин.", [(["oleg-sorokin"], "indirect", "рассказал")]),
    ("uk", "Про арешт посадовця розповів прокурор Ігор Ткач.", [(["igor-tkach"], "indirect", "розповів")]),
    ("ru", "Об опасности налета дронов губернатор Курской области Олег Рябов сообщил около 4 часов утра.",
     [(["oleg-ryabov"], "indirect", "сообщил")]),
    # an unnamed source in a regional branch stays unnamed
    ("ru", "Источник в ГУ МВД по Тульской области сообщил, что задержанных трое.",
     [(["istochnik-v-gu-mvd-po-tulskoy-oblasti"], "indirect", "сообщил")]),
    # a refusal to comment is a silence, and ends the report
    ("ru", "Telegram-канал Baza сообщил, что чиновника подозревают во взятке. В МВД от комментариев отказались.",
     [(["baza"], "indirect", "сообщил"), ([], "none", None)]),
    # a channel named after its descriptor in Cyrillic; a refusal in Ukrainian
    ("uk", "Канал Труха повідомив, що посадовця затримали. У поліції від коментарів відмовилися.",
     [(["trukha"], "indirect", "повідомив"), ([], "none", None)]),
    # "the media" with no word of their own, right after a named outlet spoke: that outlet
    ("ru", "Об этом сообщает Telegram-канал Shot. По данным СМИ, чиновника подозревают во взятке.",
     [(["shot"], "indirect", "сообщает"), (["shot"], "according_to", "По данным")]),
    # the main directorate of a known body, by its abbreviation; "главк" and the press office just named
    ("ru", "«Пострадавших среди жильцов дома нет», – сказали в ГУ МЧС.", [(["ru-mchs"], "direct_quote", "сказали")]),
    ("ru", "«Автомобиль вернули законному владельцу», – сказали в пресс-службе ГУ МВД по Тульской области.\n\n"
           "В главке добавили, что задержанный ранее судим.",
     [(["gu-mvd-po-tulskoy-oblasti"], "direct_quote", "сказали"), (["gu-mvd-po-tulskoy-oblasti"], "indirect", "добавили")]),
    ("ru", "Об этом сообщила пресс-служба прокуратуры Томской области. «Приговор будет обжалован в апелляционном "
           "порядке», – сообщает пресс-служба.",
     [(["press-sluzhba-prokuratury-tomskoy-oblasti"], "indirect", "сообщила"),
      (["press-sluzhba-prokuratury-tomskoy-oblasti"], "direct_quote", "сообщает")]),
    # two words of one title joined by "і"/"и" before its holder
    ("uk", "«Ремонт мосту завершать до осені», – сказав заступник міністра освіти і науки Олег Коваль.",
     [(["oleg-koval"], "direct_quote", "сказав")]),
    ("ru", "Об этом сообщил глава комитета по бюджету и налогам Олег Ковалев.", [(["oleg-kovalev"], "indirect", "сообщил")]),
    # a thing handed over is no report
    ("uk", "Банк передав дані клієнтів податковій службі.", [([], "none", None)]),
    # without a dictionary, a noun the lemma shows inflected is a title's or a body's complement
    ("uk", "Реєстр відкриють у червні, повідомили в Міністерстві юстиції.",
     [(["ministerstvo-yustitsiyi"], "indirect", "повідомили")]),
    ("uk", "Ремонт школи завершать у серпні, повідомила міністр освіти Оксана Лисенко.",
     [(["oksana-lisenko"], "indirect", "повідомила")]),
    # a unit's number inside the title, before its holder's name
    ("uk", "За словами начальника відділу №3 Ковельського управління поліції Тараса Мельника, водія затримали.",
     [(["taras-melnik"], "according_to", "За словами")]),
    # the aggressor state's bodies, by what Ukrainian outlets call them
    ("uk", "«Ракету не збили», – заявило джерело в міноборони держави-агресора.",
     [(["source-in-the-russian-ministry-of-defense"], "direct_quote", "заявило")]),
    ("uk", "«Втрат серед особового складу немає», – заявило джерело в Генштабі ЗС РФ.",
     [(["source-in-the-general-staff-of-the-russian-armed-forces"], "direct_quote", "заявило")]),
    # a neuter pronoun after a neuter source that spoke
    ("uk", "Джерело в Генштабі повідомило, що колона вийшла вночі.\n\nВоно уточнило, що втрат немає.",
     [(["source-in-the-general-staff-of-the-armed-forces-of-ukraine"], "indirect", "повідомило"),
      (["source-in-the-general-staff-of-the-armed-forces-of-ukraine"], "indirect", "уточнило")]),
    ("ru", "Источник в Минобороны сообщил, что колонна вышла ночью.\n\nОно уточнило, что потерь нет.",
     [(["source-in-the-russian-ministry-of-defense"], "indirect", "сообщил"),
      (["source-in-the-russian-ministry-of-defense"], "indirect", "уточнило")]),
    # An abbreviation after a noun in an oblique case complements it ("силами ПВО"): the subject after the verb
    # speaks; after "в" and the noun it is a body's office, which speaks.
    ("ru", "Отражение атаки силами ПВО подтвердил губернатор Псковской области Михаил Ведерников.",
     [(["vedernikov"], "indirect", "подтвердил")]),
    ("ru", "Число жертв выросло до шести, сообщили в главном управлении МВД по региону.",
     [(["ru-mvd"], "indirect", "сообщили")]),
    # "акцентировать внимание", "акцентувати увагу": a report with its clause
    ("ru", "Министр акцентировал внимание на том, что цены растут.", [(["ministr"], "indirect", "акцентировал")]),
    ("uk", "Міністр акцентував увагу на тому, що ціни зростають.", [(["ministr"], "indirect", "акцентував")]),
    # A parenthetical set off by commas between the speaker and the verb.
    ("uk", "Президент Зеленський, своєю чергою, оголосив про старт операції.",
     [(["zelensky"], "indirect", "оголосив")]),
    ("ru", "Песков, в свою очередь, заявил, что Кремль не видит угрозы.", [(["peskov"], "indirect", "заявил")]),
    # ...but a place before it is no subject: the speaker after the verb is.
    ("ru", "Это случилось в Москве, в свою очередь, заявил Песков.", [(["peskov"], "indirect", "заявил")]),
    # A pointer closing a paragraph credits the sentences before it in the paragraph...
    ("ru", "Ночью беспилотники атаковали Брянск. Пострадавших нет. Об этом сообщил губернатор Брянской области "
           "Александр Богомаз.",
     [(["bogomaz"], "implicit", None), (["bogomaz"], "implicit", None), (["bogomaz"], "indirect", "сообщил")]),
    # ...and one opening a paragraph credits the paragraph before it.
    ("uk", "Уночі ворог атакував Одесу. Пошкоджено склад.\n\nПро це повідомили в ДСНС.",
     [(["ua-ses"], "implicit", None), (["ua-ses"], "implicit", None), (["ua-ses"], "indirect", "повідомили")]),
    # "по сведениям" (lemmatized "сведение") is an according-to phrase; an agency's mixed-case name in a dateline.
    ("ru", "По сведениям источника Bloomberg, военные прокуроры уже неделю допрашивают генерала.",
     [(["istochnik-bloomberg", "bloomberg"], "according_to", "По сведениям")]),
    ("ru", "Алматы. 20 мая. КазТАГ — В Кыргызстане растет цена на масло, сообщили в министерстве.",
     [(["ministerstvo"], "indirect", "сообщили")]),
    # A clause-only verb reports a feeling, a view or details voiced, not a photo shared.
    ("ru", "Губернатор выразил признательность военным.", [(["gubernator"], "indirect", "выразил")]),
    ("ru", "Губернатор поделился фото.", [([], "none", None)]),
    # a negated "rule out" with a clause is a guarded report, not a silence
    ("uk", "Експерт не виключив, що ціни зростуть.", [(["ekspert"], "indirect", "виключив")]),
    ("ru", "Эксперт не исключил такой возможности.", [([], "none", None)]),
    # "глава МВС" is the ministry's head, as "голова" and "міністр" are (and "глава МВД" in Russian)
    ("uk", "Згодом глава МВС поділився окремими деталями справи.", [(["glava-mvs"], "indirect", "поділився")]),
    # A sentence adverb before a surname is no part of the name.
    ("uk", "Натомість Верещук заявила, що нардеп підриває репутацію держави.",
     [(["vereshchuk"], "indirect", "заявила")]),
    # A region named by its suffix ("Херсонщина") is a place, never the "її" that speaks.
    ("uk", "Про це йдеться у дописі Херсонської обласної прокуратури. Фігурант жив на Херсонщині. За її "
           "інформацією, чоловік допомагав окупантам.",
     [(["khersonska-oblasna-prokuratura"], "indirect", "йдеться"),
      (["khersonska-oblasna-prokuratura"], "implicit", None),
      (["khersonska-oblasna-prokuratura"], "implicit", None)]),
    # "его" is the sentence's subject, not a person named in the genitive beside it.
    ("ru", "Денис Ляхович, член инициативной группы Павла Зарецкого, днем тоже пришел к зданию суда. По его словам, "
           "никакой очереди не было.",
     [([], "none", None), (["denis-lyakhovich"], "according_to", "По его словам")]),
    # An outlet right after the verb is the one told when a speaker follows it; rights activists are unnamed.
    ("ru", "Как сообщили ТАСС участники акции, забирали не только тех, кто ждал у здания.",
     [(["uchastnik", "tass"], "indirect", "сообщили")]),
    ("ru", "Западные дипломаты заявили, что переговоры зашли в тупик.",
     [(["zapadnyy-diplomat"], "indirect", "заявили")]),
    ("ru", "По данным правозащитников, задержаны не менее 41 человека.",
     [(["pravozashchitnik"], "according_to", "По данным")]),
    ("uk", "За даними правозахисників, затримано щонайменше 41 людину.",
     [(["pravozakhisnik"], "according_to", "За даними")]),
    # A person named after an unnamed-sounding description ("аналітик ринку", "местная жительница") is that person.
    ("uk", "Про це повідомив аналітик паливного ринку Ярослав Мельничук.",
     [(["yaroslav-melnichuk"], "indirect", "повідомив")]),
    ("ru", "Местная жительница Анна Ковалева рассказала, что слышала взрывы.",
     [(["anna-kovaleva"], "indirect", "рассказала")]),
    # A profession alone refers back to the person last named; with nobody named, it is an unnamed source.
    ("uk", "Про це повідомив аналітик Ярослав Мельничук. «Ціни на пальне зростуть ще до кінця місяця», — сказав експерт.",
     [(["yaroslav-melnichuk"], "indirect", "повідомив"), (["yaroslav-melnichuk"], "direct_quote", "сказав")]),
    ("uk", "Як і передбачали експерти, ціни зростуть. Про це повідомив аналітик Ярослав Мельничук. "
           "«Ціни на пальне зростуть ще до кінця місяця», — сказав експерт.",
     [(["yaroslav-melnichuk"], "implicit", None), (["yaroslav-melnichuk"], "indirect", "повідомив"),
      (["yaroslav-melnichuk"], "direct_quote", "сказав")]),
    ("ru", "Об этом рассказал политолог Андрей Смирнов. «Выборы в областную думу перенесут на осень», — добавил эксперт.",
     [(["andrey-smirnov"], "indirect", "рассказал"), (["andrey-smirnov"], "direct_quote", "добавил")]),
    # A body's abbreviation before a person's name is no part of the name...
    ("ru", "Экс-генерал ФСБ Олег Калугин заявил, что фамилия Лапшин ему ничего не говорит.",
     [(["oleg-kalugin"], "indirect", "заявил")]),
    # ...and a role's complement in the genitive leads up to the name.
    ("ru", "Число заболевших выросло до 12, сообщила начальник отдела Марина Иванова.",
     [(["marina-ivanova"], "indirect", "сообщила")]),
    # The outlet that got the interview passes the speaker's words on, and is never the speaker.
    ("ru", "Песков сказал в интервью ТАСС, что переговоры зашли в тупик.",
     [(["peskov", "tass"], "indirect", "сказал")]),
    ("uk", "Зеленський заявив, що фронт тримається. Про це він сказав в інтерв'ю газеті Le Monde.",
     [(["zelensky"], "indirect", "заявив"), (["zelensky", "le-monde"], "indirect", "сказав")]),
    # A participial phrase between a speaker and its verb leaves the speaker the subject, and says which one.
    ("ru", "Собеседники агентства, знакомые с ходом переговоров, настаивают, что сделка сорвалась.",
     [(["sobesednik-agentstva", "agentstvo"], "indirect", "настаивают")]),
    ("uk", "Джерела, знайомі з ситуацією, стверджують, що угоду зірвано.",
     [(["dzherelo-znayome-z-situatsiyeyu"], "indirect", "стверджують")]),
    ("ru", "Неназванный сотрудник министерства заявил, что решение отложено. Источник, близкий к Кремлю, "
           "утверждает, что решение принято.",
     [(["sotrudnik-ministerstva"], "indirect", "заявил"), (["istochnik-blizkiy-k-kremlyu"], "indirect", "утверждает")]),
    # Collective numerals name unnamed people, who told the outlet in the dative.
    ("ru", "Об этом «Ведомостям» рассказали двое из участников встречи.",
     [(["dvoe-iz-uchastnikov-vstrechi", "vedomosti"], "indirect", "рассказали")]),
    # A name in quotation marks beside the verb, with no other subject, is the outlet named as it names itself.
    ("uk", "Родина ексначальника купила котедж. Про це пише \"Мост\". Ціни там високі.",
     [(["most"], "implicit", None), (["most"], "indirect", "пише"), (["most"], "implicit", None)]),
    ("ru", "Удар нанесли \"Кинджалами\", сообщили в ВСУ.", [(["afu"], "indirect", "сообщили")]),
    # A body's officer: the place after the body is part of the role, the name after it is the person's.
    ("uk", "\"Ми аналізуємо його вимоги і ведемо переговори\", – пояснив керівник Нацполіції Житомирської області "
           "Олег Стецюк.",
     [(["oleg-stetsyuk"], "direct_quote", "пояснив")]),
    # A complement named in quotation marks leads up to the person's name; the outlet that aired the
    # words before the verb is neither speaker nor relay.
    ("uk", "Про це повідомив засновник «Східного репортера» Ігор Лозинський.",
     [(["igor-lozinskiy"], "indirect", "повідомив")]),
    ("uk", "Про це в ефірі «Суспільного» повідомив голова ОВА Олег Синєгубов.",
     [(["syniehubov"], "indirect", "повідомив")]),
    # A first name opens a person's name after a capitalised complement, with or without a dictionary.
    ("uk", "Про це заявив голова Верховної Ради Дмитро Разумков.", [(["dmitro-razumkov"], "indirect", "заявив")]),
    ("uk", "Про це заявив голова Верховної Ради України.", [(["golova-verkhovnoyi-radi-ukrayini"], "indirect", "заявив")]),
    # A pointer closing the lead reaches the paragraph after it.
    ("ru", "В области выявили два случая кори. Об этом сообщили в ДСНС.\n\nОба пациента вернулись из поездки.",
     [(["ua-ses"], "implicit", None), (["ua-ses"], "indirect", "сообщили"), (["ua-ses"], "implicit", None)]),
    # A quotation opening the paragraph right after a report is the reporter's words; its own tag, if it has
    # one, wins over that guess.
    ("ru", "Песков заявил, что переговоры зашли в тупик.\n\n«Мы не видим движения. Решений пока нет».",
     [(["peskov"], "indirect", "заявил"), (["peskov"], "direct_quote", None), (["peskov"], "direct_quote", None)]),
    ("ru", "Песков заявил, что переговоры зашли в тупик.\n\n«Мы не видим движения. Решений пока нет», — сказал "
           "Лавров.",
     [(["peskov"], "indirect", "заявил"), (["lavrov"], "direct_quote", None), (["lavrov"], "direct_quote", "сказал")]),
    # A case form the lookup lemmatizer lacks still finds its noun ("у мерії" is the city hall).
    ("uk", "У мерії зазначили, що світло повернуть до вечора.", [(["meriya"], "indirect", "зазначили")]),
    # A minister's portfolio in the genitive leads up to the name; another first name is another person than
    # the registry's of that surname; an abbreviation is not lemmatized into a word ("ОК" is no "око").
    ("uk", "\"Ми працюємо над цим\", – сказав міністр закордонних справ Андрій Сибіга.",
     [(["sybiha"], "direct_quote", "сказав")]),
    ("ru", "Об этом заявил министр иностранных дел России Сергей Лавров.", [(["lavrov"], "indirect", "заявил")]),
    ("uk", "Речниця Повітряних сил Юлія Ігнат наголосила, що ракети летіли низько.",
     [(["yuliya-ignat"], "indirect", "наголосила")]),
    ("uk", "Сили оборони знищили склад, повідомляє пресслужба ОК \"Південь\".",
     [(["pressluzhba-ok-pivden"], "indirect", "повідомляє")]),
    # A post signed with a known official's name alone is that official's; an unknown name may be a byline.
    ("uk", "Ворог атакував Харків.\n\nВнаслідок удару пошкоджено будинок.\n\nОлег Синєгубов",
     [(["syniehubov"], "according_to", None), (["syniehubov"], "implicit", None)]),
    ("uk", "Ворог атакував Харків.\n\nВнаслідок удару пошкоджено будинок.\n\nМарія Петренко",
     [([], "none", None), ([], "none", None)]),
    # The noun of "за даними" is the cue's, not an adjective of the body after it.
    ("uk", "За даними обласної прокуратури, підозрюваний переховувався в Польщі.",
     [(["oblasna-prokuratura"], "according_to", "За даними")]),
    # The outlet's own unnamed sources: the possessive belongs to the mention, not to the source's name.
    ("uk", "За інформацією наших джерел, заступник міністра готує відставку.",
     [(["dzherelo"], "according_to", "За інформацією")]),
    ("ru", "Как сообщили наши источники в мэрии, мэр уйдет в отставку.",
     [(["istochnik-v-merii"], "indirect", "сообщили")]),
    # An impersonal report on someone's page is the page owner's.
    ("ru", "В телеграм-канале прокуратуры сообщается, что дело передано в суд.",
     [(["prokuratura"], "indirect", "сообщается")]),
    ("uk", "На сайті Офісу генпрокурора йдеться, що справу передано до суду.",
     [(["ua-pgo"], "indirect", "йдеться")]),
    # More words of a title before the holder's name: a preposition, a noun the dictionary may not know, a
    # quoted name; a verb ends the title.
    ("ru", "Об этом сообщил заместитель постпреда России при ООН Дмитрий Полянский.",
     [(["dmitriy-polyanskiy"], "indirect", "сообщил")]),
    ("uk", "Про це повідомив речник угрупування військ «Хортиця» Віктор Трегубов.",
     [(["viktor-tregubov"], "indirect", "повідомив")]),
    ("ru", "Губернатор области заявил Ивану Петрову, что пожар потушен.",
     [(["gubernator-oblasti"], "indirect", "заявил")]),
    # A relative clause about the subject does not end its clause (nor is its negated verb a silence)...
    ("uk", "Джерела, які попросили не називати їхніх імен, уточнили, що консультації попередні.",
     [(["dzherelo"], "indirect", "уточнили")]),
    ("ru", "Губернатор, который прибыл на место, сообщил, что пожар потушен.",
     [(["gubernator"], "indirect", "сообщил")]),
    # ...but one about an object is part of what is reported, and the speaker follows the verb.
    ("ru", "Над Раменским уничтожили дрон, который летел к столице, написал мэр Москвы Сергей Собянин.",
     [(["sobyanin"], "indirect", "написал")]),
    # The one told (a dative) never tells; an outlet outside the registry is named in quotes after its kind.
    ("ru", "Суд вынес приговор участникам беспорядков, сообщили агентству в пресс-службе суда.",
     [(["press-sluzhba-suda"], "indirect", "сообщили")]),
    ("ru", "Затем канал принёс извинения, напоминает сайт «Подмосковье сегодня».",
     [(["podmoskove-segodnya"], "indirect", "напоминает")]),
    # An adjective capitalised only because it opens the sentence is part of the unnamed source.
    ("uk", "Моніторингові канали писали, що росіяни запустили безпілотник.",
     [(["monitoringoviy-kanal"], "indirect", "писали")]),
    ("ru", "Местные жители рассказали о взрывах.", [(["mestnyy-zhitel"], "indirect", "рассказали")]),
    # The investigation is a source of its own.
    ("uk", "За даними слідства, чоловік відкрив вогонь з карабіна.", [(["slidstvo"], "according_to", "За даними")]),
    # What is not known yet is the outlet's own voice; a channel may be named by a number in quotes.
    ("ru", "Губернатор сообщил о взрывах. Сведений о возможных жертвах пока нет.",
     [(["gubernator"], "indirect", "сообщил"), ([], "none", None)]),
    ("uk", "Голова ОВА повідомив про вибухи. Інформації про постраждалих наразі немає.",
     [(["golova-ova"], "indirect", "повідомив"), ([], "none", None)]),
    ("ru", "По данным Telegram-канала «112», задержанному 47 лет.", [(["112"], "according_to", "По данным")]),
    # An interview in questions and answers: the answers are the interviewee's, the questions the outlet's.
    ("uk", "Віктор Ляшко заявив, що вакцин вистачить.\n\n— Коли прибуде партія вакцин?\n\n— Наступного тижня, "
           "якщо постачальник не затримає вантаж.\n\n"
           "Усе залежить від постачальника.\n\n— Чи можна обрати вакцину?\n\n— Ні.",
     [(["viktor-lyashko"], "indirect", "заявив"), ([], "none", None), (["viktor-lyashko"], "direct_quote", None),
      (["viktor-lyashko"], "direct_quote", None), ([], "none", None), (["viktor-lyashko"], "direct_quote", None)]),
    # A press conference's opening statement before the first question is the interviewee's; an answer opening
    # with "Знаєте," or "Слушайте," addresses nobody by name.
    ("uk", "Прес-конференція головного тренера «Карпат» Олега Шевчука.\n\n– Знаєте, хлопці зіграли дисципліновано."
           "\n\n– Чи задоволені ви реалізацією?\n\n– Не зовсім.",
     [([], "none", None), (["oleg-shevchuk"], "direct_quote", None), ([], "none", None),
      (["oleg-shevchuk"], "direct_quote", None)]),
    ("ru", "Пресс-конференция главного тренера «Волги» Сергея Громова.\n\n— Почему не выпустили Петрова?\n\n"
           "— Слушайте, он не восстановился.",
     [([], "none", None), ([], "none", None), (["sergey-gromov"], "direct_quote", None)]),
    # A question the outlet asks makes no claim: no report goes on into it, no pointer reaches back over it.
    ("ru", "Эпидемия сменила войну. Сделан ли вирус руками человека? Об этом рассказал эксперт Иван Петров.",
     [([], "none", None), ([], "none", None), (["ivan-petrov"], "indirect", "рассказал")]),
    ("uk", "Губернатор повідомив про обстріл. Хто за цим стоїть?", [(["gubernator"], "indirect", "повідомив"),
                                                                ([], "none", None)]),
    # A profession capitalised to open the sentence is no part of the name after it.
    ("uk", "Економіст Олег Пендзин повідомив, що курс зросте.", [(["oleg-pendzin"], "indirect", "повідомив")]),
    # Analysing aloud tags a quotation; analysing a situation reports nothing.
    ("uk", '"Далі буде ще веселіше", - аналізує Андрющенко.', [(["andryushchenko"], "direct_quote", "аналізує")]),
    ("ru", "Эксперт анализирует ситуацию на рынке.", [([], "none", None)]),
    # Roles listed after a name, each between commas, all describe it; a body closing a role is no name.
    ("uk", "Олег Стасюк, заступник начальника ГУНП в області, керівник слідчого управління, заявив, що "
           "підозрюваного немає.", [(["oleg-stasyuk"], "indirect", "заявив")]),
    ("ru", "Андрей Картаполов, депутат Госдумы, член комитета по обороне, заявил, что решение принято.",
     [(["andrey-kartapolov"], "indirect", "заявил")]),
    # "доповнив"/"дополнил" (added to it) and "погодився" report; the border service by its short name.
    ("ru", "Министр дополнил, что переговоры продолжатся.", [(["ministr"], "indirect", "дополнил")]),
    ("uk", "Експерт погодився, що ціни зростуть.", [(["ekspert"], "indirect", "погодився")]),
    ("uk", "Держприкордонслужба повідомила, що прикордоння знову обстріляли.", [(["ua-dpsu"], "indirect", "повідомила")]),
    # ...and with nobody named before the questions, an answer's own speech tag names the interviewee.
    ("ru", "— Как прошла ночь?\n\n— Коротко, — ответил министр, — совещание шло до трех ночи.\n\n"
           "— Будут ли выборы?\n\n— Только если этого потребует закон.\n\n— Чем займется правительство?\n\n— Бюджетом.",
     [([], "none", None), (["ministr"], "indirect", "ответил"), ([], "none", None),
      (["ministr"], "direct_quote", None), ([], "none", None), (["ministr"], "direct_quote", None)]),
    # A pointer closing the whole item credits every paragraph of bare details above it; "надали допомогу"
    # (gave help) is no report.
    ("uk", "Захворюваність на грип знизилася.\n\nЗа тиждень зареєстрували 118 тисяч випадків. Допомогу медики "
           "надали кожному пацієнтові.\n\nПоки що епідпоріг не подолано в жодному регіоні.\n\n"
           "Про це повідомляють в МОЗ.",
     [(["ua-moh"], "implicit", None)] * 4 + [(["ua-moh"], "indirect", "повідомляють")]),
    # A notice of suspicion served is a legal act the outlet tells of, not a report.
    ("uk", "Відтак окружна прокуратура повідомила про підозру керівниці фірми.", [([], "none", None)]),
    ("uk", "Прокуратура повідомила, що справу передано до суду.", [(["prokuratura"], "indirect", "повідомила")]),
    # ...whether or not the questions open with a dash.
    ("ru", "Главный санитарный врач Виктор Ляшко заявил, что паниковать рано.\n\nКогда ждать новую партию вакцин?"
           "\n\n— Как только груз будет в пути, мы объявим об этом.",
     [(["viktor-lyashko"], "indirect", "заявил"), ([], "none", None), (["viktor-lyashko"], "direct_quote", None)]),
    # A surname alone opening a sentence is the person the article named; unknown, it is an ordinary word.
    ("uk", "Директор НАБУ Семен Кривонос заявив, що бюро працює. Кривонос додав, що закиди шкодили детективам.",
     [(["semen-krivonos"], "indirect", "заявив"), (["semen-krivonos"], "indirect", "додав")]),
    ("uk", "Кривонос припустив, що людей можуть мотивувати гроші.", [([], "none", None)]),
    # A speaker after the verb whose title holds a dative ("уполномоченный по правам человека") still speaks.
    ("ru", "В ряде регионов аптеки не успевают выдавать инсулин, заявила уполномоченный по правам человека "
           "Татьяна Москалькова.", [(["tatyana-moskalkova"], "indirect", "заявила")]),
    # A reason cited is no source: whoever cites it makes the claim.
    ("ru", "Нафтогаз не стал отвечать на заявление, сославшись на туманную формулировку.",
     [(["naftogaz"], "indirect", "сославшись на")]),
    # A region's capitalised adjective belongs to the body it qualifies.
    ("uk", "Про це повідомляє Чернігівська ОВА у телеграм-каналі.",
     [(["chernigivska-ova"], "indirect", "повідомляє")]),
    # A passive participle's subject was told, it tells nothing.
    ("ru", "Губернатор сообщил о беспилотниках. Все экстренные службы предупреждены.",
     [(["gubernator"], "indirect", "сообщил"), (["gubernator"], "implicit", None)]),
    # Data speak for their owner.
    ("ru", "Об этом свидетельствуют спутниковые снимки сервиса Planet Labs.",
     [(["planet-labs"], "according_to", "свидетельствуют спутниковые снимки")]),
    # Two speakers joined by "и"/"та" both speak.
    ("uk", "Мер Ігор Терехов та голова ОВА Олег Синєгубов повідомили про обстріл.",
     [(["syniehubov", "terekhov"], "indirect", "повідомили")]),
    # A body's regional branch is a source of its own, not the country or the ministry named inside it.
    ("ru", "В УМВД России по Вологодской области сообщили о пяти пострадавших.",
     [(["umvd-rossii-po-vologodskoy-oblasti"], "indirect", "сообщили")]),
    ("uk", "У ГУ ДСНС у Харківській області повідомили про пожежу.",
     [(["gu-dsns-u-kharkivskiy-oblasti"], "indirect", "повідомили")]),
    # A quoting verb reports only with words passed on.
    ("ru", "Это приводит к гибели людей.", [([], "none", None)]),
    # A singular office refers back to no plural source, and a quotation opened in the tag's sentence is all its
    # speech: the sentence before it is the tag's paragraph, not a quoted sentence.
    ("ru", "На месте работают представители экстренных служб. «Ситуация на контроле», – написал губернатор.",
     [(["gubernator"], "implicit", None), (["gubernator"], "direct_quote", "написал")]),
    ("uk", "На місці працюють представники рятувальних служб. «Ситуація під контролем», – написав голова ОВА.",
     [(["golova-ova"], "implicit", None), (["golova-ova"], "direct_quote", "написав")]),
    # A verb with no subject in a clause opened by "где"/"де" is said by the subject of the clause before.
    ("ru", "Губернатор Курской области Алексей Смирнов выступил в эфире местного телеканала, где рассказал об атаке "
     "дронов.", [(["smirnov"], "indirect", "рассказал")]),
    ("uk", "Голова ОВА Олег Синєгубов виступив у телемарафоні, де заявив, що атаку відбито.",
     [(["syniehubov"], "indirect", "заявив")]),
    ("ru", "Спасатели работают в районе, где произошел взрыв.", [([], "none", None)]),
    # The outlet's background before it is not the pointer's.
    ("uk", "Нагадаємо, раніше ворог атакував Одесу. Уночі пошкоджено склад. Про це повідомили в ДСНС.",
     [([], "none", None), (["ua-ses"], "implicit", None), (["ua-ses"], "indirect", "повідомили")]),
    # Speech typed with a hyphen for the dash, after a report: the speaker's words, not a list item...
    ("uk", "Тренер збірної Олег Петренко прокоментував поразку в півфіналі.\n- Так, ми програли. Суперник був "
           "сильнішим.",
     [(["oleg-petrenko"], "indirect", "прокоментував"), (["oleg-petrenko"], "direct_quote", None),
      (["oleg-petrenko"], "direct_quote", None)]),
    # ...and an interviewer's question on such a line is no item of a list that goes on with the report.
    ("ru", "Тренер клуба Иван Белов отметил, что команда справилась.\n- Игрой довольны. Ребята выполнили "
           "установку.\n- Вы знали, что клуб раньше здесь не выигрывал?\n- Да, мне сказали об этом утром.",
     [(["ivan-belov"], "indirect", "отметил"), (["ivan-belov"], "direct_quote", None),
      (["ivan-belov"], "direct_quote", None), ([], "none", None), (["ivan-belov"], "direct_quote", None)]),
    # A hyphen after the tag's stop takes the speech up again, to the end of the paragraph.
    ("ru", "Жители поселка жалуются на цены.\n- Всё дорожает каждый день, - говорит продавщица Анна Ким. - У меня "
           "трое детей. Денег ни на что не хватает.",
     [(["zhitel-poselka"], "indirect", "жалуются"), (["anna-kim"], "direct_quote", "говорит"),
      (["anna-kim"], "direct_quote", None), (["anna-kim"], "direct_quote", None)]),
    # A speech tag on a line of its own closes the paragraph of speech above it.
    ("uk", "Ситуація складна, але під контролем. Ми працюємо цілодобово\n\n– сказав голова громади Іван Мороз.",
     [(["ivan-moroz"], "direct_quote", None), (["ivan-moroz"], "direct_quote", "сказав")]),
    # An editor's note signed with a dash inside brackets ends no sentence.
    ("uk", "«Наради не було (щодо виборів у травні. - Ред.)», - розповіло джерело в уряді.",
     [(["dzherelo-v-uryadi"], "direct_quote", "розповіло")]),
    # A paragraph in which the person just reported speaks as "я" is that person's words, without marks...
    ("uk", "Заступник начальника поліції області Петро Сидоренко заявив, що винних поки не встановлено.\nНа сьогодні "
           "підозрюваного в нас немає. Стверджувати щось напевно я поки не можу.\nНагадаємо, що удар стався у вівторок.",
     [(["petro-sidorenko"], "indirect", "заявив"), (["petro-sidorenko"], "direct_quote", None),
      (["petro-sidorenko"], "direct_quote", None), ([], "none", None)]),
    # ...also after a paragraph of that person's speech, and the outlet's own "наш корреспондент" is no speaker's.
    ("ru", "Мэр города Олег Сомов обратился к депутатам.\n— Я рад видеть полный зал. Работы много.\nМы вместе. Я "
           "благодарю каждого из вас.\nСессия продлилась два часа.",
     [(["oleg-somov"], "indirect", "обратился")] + [(["oleg-somov"], "direct_quote", None)] * 4 + [([], "none", None)]),
    ("ru", "Мэр Олег Сомов рассказал о ремонте дорог.\nНаш корреспондент побывал на месте. Рабочие укладывают асфальт.",
     [(["oleg-somov"], "indirect", "рассказал"), ([], "none", None), ([], "none", None)]),
    # An interview's questions on dash lines go on with a remark, and an answer may open with a question of its
    # own: the lines take turns.
    ("uk", "Нападник збірної Іван Гнатюк висловився про нічию з Данією.\n– Які враження після гри? Здається, удача "
           "була не з вами.\n– Та які там враження? Це провал.\n– Що скажете вболівальникам? Вони співали весь "
           "матч.\n– Вони найкращі. Дякую їм.",
     [(["ivan-gnatyuk"], "indirect", "висловився"), ([], "none", None), ([], "none", None),
      (["ivan-gnatyuk"], "direct_quote", None), (["ivan-gnatyuk"], "direct_quote", None), ([], "none", None),
      ([], "none", None), (["ivan-gnatyuk"], "direct_quote", None), (["ivan-gnatyuk"], "direct_quote", None)]),
    # An adjective before a role in an oblique case is an adjective, not a noun made of one ("главного" is not
    # "главное").
    ("ru", "Ребята бились до конца, – цитирует главного тренера сборной Tribuna.",
     [(["tribuna", "glavnyy-trener-sbornoy"], "direct_quote", "цитирует")]),
    # An unnamed source's noun in apposition describes the name before it, as a role does...
    ("uk", "Ольга Петренко, мешканка Полтави, розповіла, що вибух був дуже гучним.",
     [(["olga-petrenko"], "indirect", "розповіла")]),
    ("ru", "Иван Сидоров, житель Омска, рассказал, что ночью проснулся от взрыва.",
     [(["ivan-sidorov"], "indirect", "рассказал")]),
    # ...but a name after an unnamed source is the reported clause's subject, not the source.
    ("ru", "Как отметил один из источников, Громов, курирующий СМИ, стремится взять холдинг под контроль.",
     [(["istochnik"], "indirect", "отметил")]),
    # A dash tag followed by the day and date still closes the speech.
    ("ru", "Об этом заявил прокурор Иван Петров.\n– Мы найдем всех, кто причастен к поджогу, – сообщил он журналистам "
           "во вторник, 5 марта.",
     [(["ivan-petrov"], "indirect", "заявил"), (["ivan-petrov"], "direct_quote", "сообщил")]),
    # In a paragraph closed by a dash tag, the speaker telling what they themself said is still their speech.
    ("ru", "Мы проснулись от грохота. Я крикнула сыну: «ложись». Потом стало тихо, — вспоминает Ольга Ким.",
     [(["olga-kim"], "direct_quote", None), (["olga-kim"], "direct_quote", None),
      (["olga-kim"], "direct_quote", "вспоминает")]),
    # A headline's dash before a genitive is an apposition, not a credit; an interview's answers go to the person
    # the introduction names, even as the one spoken to.
    ("ru", "Интервью Ивана Петрова — советника президента Владимира Зеленского\n\nКорреспондент узнал у Ивана "
           "Петрова, что думают в Киеве.\n\n— Как вы оцениваете переговоры?\n\n— Переговоры идут трудно.",
     [([], "none", None), ([], "none", None), ([], "none", None), (["ivan-petrov"], "direct_quote", None)]),
    ("ru", "О переговорах газета поговорила с дипломатом Владимиром Петренко.\n— Многие считают, что переговоры "
           "зашли в тупик. Так ли это?\n— Думаю, что это не так.",
     [([], "none", None), ([], "none", None), ([], "none", None), (["vladimir-petrenko"], "direct_quote", None)]),
    # A list of one speaker's points goes on after an item with a tag of its own...
    ("ru", "Губернатор Олег Смирнов заявил, что область справится.\n- Бюджет вырастет на десять процентов.\n- Новую "
           "больницу откроют весной, уточнил губернатор.\n- Тарифы на воду останутся прежними.",
     [(["oleg-smirnov"], "indirect", "заявил"), (["oleg-smirnov"], "implicit", None),
      (["oleg-smirnov"], "indirect", "уточнил"), (["oleg-smirnov"], "implicit", None)]),
    # ...and labels with their figures under "втрати становлять:" are the list's items, no quotation.
    ("uk", "За даними штабу, втрати ворога становлять:\n- В особовому складі ‒ близько 100 осіб.\n- Танків - 5 од;",
     [(["shtab"], "according_to", "За даними"), (["shtab"], "implicit", None), (["shtab"], "implicit", None)]),
    # A clock time between the speaker and the verb ends no clause; a site's address ends no sentence.
    ("ru", "Губернатор Иван Белов в 22:10 мск написал об атаке на промзону.",
     [(["ivan-belov"], "indirect", "написал")]),
    ("ru", "Мэр Иван Белов заявил изданию Ura.Ru, что мост откроют весной.",
     [(["ivan-belov", "ura-ru"], "indirect", "заявил")]),
    # A site cited by its address is an outlet, whatever its domain ("poltava.to").
    ("uk", "Вночі невідомі пошкодили зупинку, повідомляє Суспільне з посиланням на poltava.to.",
     [(["suspilne", "poltava-to"], "indirect", "повідомляє")]),
    # People by what they were in the story speak unnamed.
    ("ru", "Водитель сообщил, что уснул за рулем.", [(["voditel"], "indirect", "сообщил")]),
    ("uk", "Сусідка розповіла, що чула крики.", [(["susidka"], "indirect", "розповіла")]),
    # "По словам" with people the dictionary knows, whatever the lists call them: unnamed speakers.
    ("ru", "По версии жильцов, взрыв могли спровоцировать праздники.", [(["zhilets"], "according_to", "По версии")]),
    ("ru", "По данным на 1 января, долг вырос.", [([], "none", None)]),
    # The body's region between a title and the name: the person speaks.
    ("uk", "Про це повідомила прессекретарка Нацполіції Полтавщини Ольга Мельник.",
     [(["olga-melnik"], "indirect", "повідомила")]),
    ("ru", "По прогнозам Минфина, рост экономики составит 3%.", [(["ru-minfin"], "according_to", "По прогнозам")]),
    # A report inside an interview's answer is no tag naming the interviewee.
    ("uk", "— Як вам прем'єра?\n— Чудово. Після вистави режисер Петро Коваль сказав, що все вдалося.\n— А що "
           "далі?\n— Гастролі.",
     [([], "none", None), ([], "none", None), (["petro-koval"], "indirect", "сказав"), ([], "none", None),
      ([], "none", None)]),
    # A community or a district named in the next paragraph is a place: the report's details go on.
    ("uk", "Про це повідомив голова ОВА Іван Петренко. Зокрема, у селі пошкоджено школу.\n\nУ Липовій громаді "
           "поранено двох жінок.",
     [(["ivan-petrenko"], "indirect", "повідомив"), (["ivan-petrenko"], "implicit", None),
      (["ivan-petrenko"], "implicit", None)]),
    # "Уточнюється, що" after a statement's quotation: the statement goes on.
    ("uk", "Про це інформує Херсонобленерго.\n«Частина міста без світла», – йдеться у повідомленні.\nУточнюється, що "
           "знеструмлення тимчасове.",
     [(["khersonoblenergo"], "indirect", "інформує"), (["khersonoblenergo"], "direct_quote", "йдеться"),
      (["khersonoblenergo"], "implicit", "Уточнюється")]),
    # A bare title after the person named with it stands for that person, though a headline used the bare title first.
    ("ru", "Мэр подтвердил закрытие моста\n\nМэр Омска Сергей Шелест подтвердил закрытие моста.\n\nРемонт займет "
           "месяц, уточнил мэр.",
     [(["mer"], "indirect", "подтвердил"), (["sergey-shelest"], "indirect", "подтвердил"),
      (["sergey-shelest"], "indirect", "уточнил")]),
    ("uk", "Мер підтвердив закриття мосту\n\nМер Умані Ігор Плохой підтвердив закриття мосту.\n\nРемонт триватиме "
           "місяць, уточнив мер.",
     [(["mer"], "indirect", "підтвердив"), (["igor-plokhoy"], "indirect", "підтвердив"),
      (["igor-plokhoy"], "indirect", "уточнив")]),
    # Summing up is a report; the quotation after it is the speaker's.
    ("uk", "Тренер Андрій Сидоренко підбив підсумки матчу.\n\n\"Ми могли виграти. Забракло сил у кінці.\"",
     [(["andriy-sidorenko"], "indirect", "підбив"), (["andriy-sidorenko"], "direct_quote", None),
      (["andriy-sidorenko"], "direct_quote", None)]),
    ("uk", "Робітники підбили стіну.", [([], "none", None)]),
    # A speaker's label with a description between the name and the colon.
    ("ru", "Игорь Мельник, главный тренер «Сокола»: «Мы хорошо подготовились к матчу и заслужили победу».",
     [(["igor-melnik"], "direct_quote", None)]),
    # An aside opened by a gerund of a clause-only verb ("згадуючи друга") between the speaker and the verb.
    ("uk", "Співак Ігор Бойко, згадуючи друга, розповів, що той любив море.",
     [(["igor-boyko"], "indirect", "розповів")]),
    # Universities, institutes and carriers speak as bodies; "Зауважується" is impersonal like "Зазначається".
    ("ru", "Томский государственный университет сообщил, что занятия перенесены.",
     [(["tomskiy-gosudarstvennyy-universitet"], "indirect", "сообщил")]),
    ("uk", "Перевізник повідомив, що рейси скасовано. Зауважується, що рейси повернуть у травні.",
     [(["pereviznik"], "indirect", "повідомив"), (["pereviznik"], "implicit", "Зауважується")]),
    # A surname in an adjective's form before a verb of saying is a surname, not a place's adjective.
    ("uk", "Мер Андрій Садовий відкрив міст. Також Садовий заявив, що ремонт завершено.",
     [([], "none", None), (["andriy-sadoviy"], "indirect", "заявив")]),
    # A Latin word after a Cyrillic name is no part of it.
    ("ru", "Об этом сообщил мэр Омска Сергей Шелест Telegram.", [(["sergey-shelest"], "indirect", "сообщил")]),
    # "ведомство" is the body that spoke, not one only named in its report; "його" the person who spoke last, not
    # a place named in what was said.
    ("ru", "Минобороны России сообщило о перехвате ракет ВСУ. В ведомстве уточнили, что обломки упали в поле.",
     [(["ru-mod"], "indirect", "сообщило"), (["ru-mod"], "indirect", "уточнили")]),
    ("uk", "Начальник ОВА Віталій Кім зазначив, що обстріляли громади: Очаків, Кутузівка та Галицинове. За його "
           "словами, постраждалих немає.",
     [(["vitaliy-kim"], "indirect", "зазначив"), (["vitaliy-kim"], "according_to", "За його словами")]),
    # "відомство" is the state body last named, military or civil; the Air Force by its abbreviation.
    ("uk", "Генштаб ЗСУ повідомив про 150 боєзіткнень.\n\nВорог втратив 900 військових, додало відомство.",
     [(["genstaff"], "indirect", "повідомив"), (["genstaff"], "indirect", "додало")]),
    ("uk", "У ПС ЗСУ повідомили, що збили 50 дронів.", [(["ua-af"], "indirect", "повідомили")]),
    # A person named inside where an unnamed source is does not speak for it.
    ("ru", "«Решение уже принято», — рассказал источник в администрации мэра Олега Шелеста.",
     [(["istochnik-v-administratsii-mera"], "direct_quote", "рассказал")]),
    # The people addressed after a verb of addressing, then the speaker with a title in the nominative.
    ("uk", "«Вибухи чути по всьому місту, бережіть себе!» – звернувся до мешканців мер Умані Ігор Плохой.",
     [(["igor-plokhoy"], "direct_quote", "звернувся")]),
    # heads of departments are titles; townspeople are unnamed sources
    ("uk", "За словами завідувача приймального відділення міської лікарні Андрія Ковальчука, поранених немає.",
     [(["andriy-kovalchuk"], "according_to", "За словами")]),
    ("ru", "Рост заболеваемости замедлился, рассказала заведующая кафедрой инфекционных болезней Мария Петрова.",
     [(["mariya-petrova"], "indirect", "рассказала")]),
    ("uk", "Містяни пишуть у соцмережах, що чули вибухи.", [(["mistyanin"], "indirect", "пишуть")]),
    # A reporting verb's infinitive after a verb of haste, attempt or decision reports.
    ("ru", "Министр Олег Панин поспешил заявить, что дефицита нет.", [(["oleg-panin"], "indirect", "поспешил заявить")]),
    ("uk", "— Це не так, — спробував заперечити депутат Ігор Шевчук.",
     [(["igor-shevchuk"], "direct_quote", "спробував заперечити")]),
    # A title stands for no one named with another title; a generic word for an official stands for any.
    ("ru", "Чиновник Иван Орлов выступил в Думе.\n\nГубернатор сообщил, что дороги расчищены.",
     [([], "none", None), (["gubernator"], "indirect", "сообщил")]),
    ("uk", "Начальник ОВА Іван Мороз приїхав на місце.\n\nПосадовець повідомив, що загиблих немає.",
     [([], "none", None), (["ivan-moroz"], "indirect", "повідомив")]),
    # A verb of warning with what it prevents, and a verb of answering with what it corresponds to, report nothing;
    # a warning about a threat reports.
    ("uk", "СБУ попередила теракт у Києві.", [([], "none", None)]),
    ("ru", "ФСБ предупредила теракт в Москве.", [([], "none", None)]),
    ("uk", "Така динаміка відповідає прогнозам аналітиків.", [([], "none", None)]),
    ("ru", "Рост цен отвечает ожиданиям рынка.", [([], "none", None)]),
    ("uk", "Поліція попереджає про загрозу повені.", [(["politsiya"], "indirect", "попереджає")]),
    # the operational information of a body is its words, however "за інформацією X" names its source
    ("uk", "Ворог атакував біля Вербівки.\n\nПро це йдеться в оперативній інформації Генштабу ЗСУ.",
     [(["genstaff"], "implicit", None), (["genstaff"], "indirect", "йдеться")]),
    # "the regulator" is the bank named before; "the parliamentarian" the deputy; doubts expressed are a report
    ("ru", "Банк России сохранил ключевую ставку. Регулятор заявил, что инфляция замедляется.",
     [([], "none", None), (["ru-cbr"], "indirect", "заявил")]),
    ("ru", "Депутат Инна Соколова выступила на заседании. По мнению парламентария, бюджет сверстан с ошибками.",
     [([], "none", None), (["inna-sokolova"], "according_to", "По мнению")]),
    ("ru", "Депутат Игорь Ласточкин встретился с министром. Позже Ласточкин выразил сомнения в его оценках.",
     [([], "none", None), (["igor-lastochkin"], "indirect", "выразил")]),
    # a verb of agreeing with what was agreed to do, after an aside, is no tag closing the sentence
    ("uk", "Про це повідомили в поліції Житомирщини.\n\nЗазначається, що троє студентів, шукаючи легкі гроші, "
           "погодилися перевозити посилки.",
     [(["politsiya-zhitomirshchini"], "indirect", "повідомили"),
      (["politsiya-zhitomirshchini"], "implicit", "Зазначається")]),
    # a list's item, a post and who holds it after a dash, signs no words
    ("ru", "Правительство утвердило новых министров.\n\nМинтранс — Павел Кротов.",
     [([], "none", None), ([], "none", None)]),
    # what someone does not expect is their report, not a silence
    ("uk", "Міністр Олег Петров не очікує, що ціни зростуть.", [(["oleg-petrov"], "indirect", "очікує")]),
    # a second predicate after ", а также" speaks for the subject of the first
    ("ru", "Главный тренер Виктор Гончаренко извинился перед болельщиками, а также заявил, что команда устала.",
     [(["viktor-goncharenko"], "indirect", "заявил")]),
    # a singular verb of saying with its subject left out is the person the article spoke of
    ("uk", "Про це повідомила прокурорка Ірина Сич. Додала, що справу передали до суду.",
     [(["irina-sich"], "indirect", "повідомила"), (["irina-sich"], "indirect", "Додала")]),
    ("ru", "Обвиняемый Степан Гуменюк признал вину. Сказал, что сожалеет о содеянном.",
     [(["stepan-gumenyuk"], "indirect", "признал"), (["stepan-gumenyuk"], "indirect", "Сказал")]),
    # a score between the speaker and the verb is one word, its colon no clause's end
    ("ru", "Главный тренер Иван Сомов после поражения от «Ротора» /0:1/ сказал, что команде не хватило свежести.",
     [(["ivan-somov"], "indirect", "сказал")]),
    # a short quoted sentence of its own right after the report, in its paragraph, is the speaker's words
    ("ru", "Об этом сообщил министр Олег Мазур. «Бригады работают круглосуточно».",
     [(["oleg-mazur"], "indirect", "сообщил"), (["oleg-mazur"], "direct_quote", None)]),
    # dash speech whose tag ends with a clause about its speaker is still the speaker's words
    ("ru", "– Фонари не горели с полуночи, – рассказал водитель автобуса Олег Пастухов, работающий на маршруте №7.",
     [(["oleg-pastukhov"], "direct_quote", "рассказал")]),
    # "the representative of X" after "the spokesman of X, Name": the spokesman, by another name of his office
    ("uk", "Про це заявив речник Сил оборони півдня Остап Мельничук. \"Ворог підтягує резерви\", – додав "
           "представник Сил оборони півдня.",
     [(["ostap-melnichuk"], "indirect", "заявив"), (["ostap-melnichuk"], "direct_quote", "додав")]),
    # the outlet's own earlier reporting is its background: the report before carries no further
    ("ru", "Об этом ТАСС рассказал источник в полиции.\n\nКак сообщалось, в начале месяца уже горели два склада.",
     [(["istochnik-v-politsii", "tass"], "indirect", "рассказал"), ([], "none", None)]),
    # a subject between the pointer and the verb speaks, not where it spoke from or to whom
    ("ru", "Об этом вице-премьер Олег Карпов сообщил на совещании в Министерстве финансов.",
     [(["oleg-karpov"], "indirect", "сообщил")]),
    ("uk", "Про це міністр Петро Гайдай розповів у чаті Кабінету міністрів журналістам.",
     [(["petro-gayday"], "indirect", "розповів")]),
    # a short clause quoted after "что" is the speaker's own words
    ("ru", "На совещании министр Олег Карпов заявил, что «всё идёт по графику».",
     [(["oleg-karpov"], "direct_quote", "заявил")]),
    # "the publication" told in the dative is the outlet cited before: the words reach us through it
    ("ru", "Об этом пишет «Коммерсантъ». Источник в Минфине рассказал изданию, что проект готов.",
     [(["kommersant"], "indirect", "пишет"),
      (["source-in-the-ministry-of-finance-of-russia", "kommersant"], "indirect", "рассказал")]),
    ("uk", "Про це пише «Економічна правда». У Мінфіні виданню підтвердили, що проєкт готовий.",
     [(["ekonomichna-pravda"], "indirect", "пише"), (["ua-minfin", "ekonomichna-pravda"], "indirect", "підтвердили")]),
    # a name in apposition after a role is the speaker
    ("ru", "Другой депутат, Семён Ковалёв, дополнил, что заседание перенесут.",
     [(["semen-kovalev"], "indirect", "дополнил")]),
    ("uk", "Інший депутат, Семен Коваль, додав, що засідання перенесуть.",
     [(["semen-koval"], "indirect", "додав")]),
    # a reference or a certificate of a body is its words; a report the outlet disowns carries no further
    ("uk", "Над областю збили чотири дрони.\n\nПро це йдеться в довідці Міністерства оборони України.",
     [(["ua-mod"], "implicit", None), (["ua-mod"], "indirect", "йдеться")]),
    ("ru", "Над областью сбили три дрона.\n\nОб этом говорится в справке Минобороны России.",
     [(["ru-mod"], "implicit", None), (["ru-mod"], "indirect", "говорится")]),
    ("uk", "Окупанти заявляли про захоплення села, але ці дані не підтвердилися. Наші бійці тримають оборону.",
     [(["okupant"], "indirect", "заявляли"), ([], "none", None)]),
    # Closeness to a body after an unnamed source and a comma names the source where it closes the sentence too,
    # and "их" stays with the sources, not the body they are close to.
    ("ru", "Об этом «Коммерсанту» рассказали два источника, близкие к мэрии. По их словам, тендер отменят.",
     [(["istochnik-blizkiy-k-merii", "kommersant"], "indirect", "рассказали"),
      (["istochnik-blizkiy-k-merii", "kommersant"], "according_to", "По их словам")]),
    ("uk", "Про це виданню розповіли три джерела, близькі до Кабміну. За їхніми словами, тендер скасують.",
     [(["dzherelo-blizke-do-kabminu"], "indirect", "розповіли"),
      (["dzherelo-blizke-do-kabminu"], "according_to", "За їхніми словами")]),
    # A one-word name with a verb in the neuter is a body, never a surname; a body's people by their trade after it
    # spoke are that body ("енергетики" is the plural of "енергетик", not a case of "енергетика")
    ("uk", "Обленерго повідомило, що графіки діятимуть весь день. Енергетики зазначили, що графіки можуть змінитися.",
     [(["oblenergo"], "indirect", "повідомило"), (["oblenergo"], "indirect", "зазначили")]),
    ("ru", "Мосэнерго сообщило, что графики будут действовать весь день. Энергетики отметили, что графики могут "
           "измениться.", [(["mosenergo"], "indirect", "сообщило"), (["mosenergo"], "indirect", "отметили")]),
    # "командування", "штаб" alone are the military body just cited; with their unit named, a body of their own
    ("uk", "Повітряні сили ЗСУ повідомили, що збили 40 дронів. Командування також оцінює, що ворог готує атаку.\n\n"
           "Командування 47-ї бригади повідомило про успіх.",
     [(["ua-af"], "indirect", "повідомили"), (["ua-af"], "indirect", "оцінює"),
      (["komanduvannya-47-yi-brigadi"], "indirect", "повідомило")]),
    ("ru", "Ворог потерял 900 человек, сообщил Генштаб ВСУ. Штаб добавляет, что поражен склад.",
     [(["genstaff"], "indirect", "сообщил"), (["genstaff"], "indirect", "добавляет")]),
    # a name in the plural with its verb in the plural is an outlet's, as written, never a person's
    ("uk", "Про це повідомляють Новини Донбасу з посиланням на обласну прокуратуру.",
     [(["novini-donbasu", "prokuratura"], "indirect", "повідомляють")]),
    ("ru", "Об этом сообщают Вести Кубани со ссылкой на полицию.",
     [(["vesti-kubani", "politsiya"], "indirect", "сообщают")]),
    # "за його словами" after a person named as the sentence's subject is that person's, not the body cited before
    ("uk", "Ворог втратив 1000 окупантів, йдеться у зведенні Генштабу ЗСУ.\n\nМіністр оборони Денис Шмигаль виступив "
           "у Раді: за його словами, армія отримала 500 дронів.",
     [(["genstaff"], "indirect", "йдеться"), (["shmyhal"], "according_to", "за його словами")]),
    ("ru", "Противник потерял 300 человек, говорится в сводке Минобороны России.\n\nГубернатор Иван Орлов выступил "
           "на сессии: по его словам, бюджет выполнен.",
     [(["ru-mod"], "indirect", "говорится"), (["ivan-orlov"], "according_to", "по его словам")]),
    # a quoting verb with figures as its object cites them as the subject's report; with order, no report
    ("uk", "Глава фонду Ольга Бойко навела дані про зростання економіки на 3%.",
     [(["olga-boyko"], "indirect", "навела")]),
    ("ru", "Глава фонда Ольга Бойко привела данные о росте экономики на 3%.", [(["olga-boyko"], "indirect", "привела")]),
    ("uk", "Поліція навела лад на ринку.", [([], "none", None)]),
    # a participial phrase between the subject and its verb, an adverb first or not, holds no speaker
    ("ru", "Мэр Самары Иван Лапин, ранее возглавлявший городской департамент транспорта, заявил о запуске автобусов.",
     [(["ivan-lapin"], "indirect", "заявил")]),
    ("ru", "Глава района Сергей Котов, недавно вернувшийся из отпуска, сообщил, что школа откроется в сентябре.",
     [(["sergey-kotov"], "indirect", "сообщил")]),
    # the body in a person's title is the one a later "ведомство"/"відомство" stands for
    ("ru", "Глава СК России Александр Бастрыкин поручил возбудить дело. Об этом сообщили в ведомстве.",
     [(["ru-ic"], "implicit", None), (["ru-ic"], "indirect", "сообщили")]),
    ("uk", "Голова СБУ Василь Малюк доручив перевірити склади. Про це повідомили у відомстві.",
     [(["sbu"], "implicit", None), (["sbu"], "indirect", "повідомили")]),
    # "официальные лица", "офіційні особи" of a country are officials unnamed, not the country
    ("ru", "Официальные лица Франции сообщили, что переговоры отложены.",
     [(["ofitsialnoe-litso-frantsii"], "indirect", "сообщили")]),
    ("uk", "Офіційні особи Франції повідомили, що переговори відкладено.",
     [(["ofitsiyna-osoba-frantsiyi"], "indirect", "повідомили")]),
    # a commentator's profession alone stands for the person named with another of them; another trade does not
    ("ru", "О ситуации рассказал аналитик Петр Коваль. «Рынок перенасыщен», — пояснил экономист.",
     [(["petr-koval"], "indirect", "рассказал"), (["petr-koval"], "direct_quote", "пояснил")]),
    ("ru", "О фильме рассказал певец Иван Петров. «Фильм хороший», — сказал режиссер.",
     [(["ivan-petrov"], "indirect", "рассказал"), (["rezhisser"], "direct_quote", "сказал")]),
    # the object of "по словам" by a profession (adjectives before it, or initials before a surname) is the
    # person named before; with a name after it, that person
    ("ru", "Певица Анна Лебедева дала концерт в Омске. По словам заслуженной артистки, зал был полон.",
     [([], "none", None), (["anna-lebedeva"], "according_to", "По словам")]),
    ("uk", "Економіст Василь Петренко виступив на форумі. За словами В. Петренка, інфляція сповільниться.",
     [([], "none", None), (["vasil-petrenko"], "according_to", "За словами")]),
    ("ru", "Экономист Василий Петренко выступил на форуме. По словам В.Петренко, инфляция замедлится.",
     [([], "none", None), (["vasiliy-petrenko"], "according_to", "По словам")]),
    # a statement posted in a body's channel is that body's
    ("ru", "Над Курской областью уничтожены три дрона. Об этом говорится в сообщении в телеграм-канале Минобороны "
           "России.", [(["ru-mod"], "implicit", None), (["ru-mod"], "indirect", "говорится")]),
    ("uk", "Над Київщиною збито три дрони. Про це йдеться у повідомленні в телеграм-каналі Повітряних сил.",
     [(["ua-af"], "implicit", None), (["ua-af"], "indirect", "йдеться")]),
    # a clause of place between the body and its verb holds no speaker
    ("uk", "У ДСНС, де показали відео, уточнили, що пожежу ліквідовано.", [(["ua-ses"], "indirect", "уточнили")]),
    ("ru", "В МЧС, где показали видео, уточнили, что пожар потушен.", [(["ru-mchs"], "indirect", "уточнили")]),
    # a line of dialogue is the speaker's words, however short its last sentence before the tag
    ("ru", "Ночью над Краснодаром сбили дроны.\n\n— Обломки упали на склад. Возгорание потушено, — рассказал глава "
           "Краснодарского края Вениамин Кондратьев.",
     [([], "none", None), (["kondratyev"], "direct_quote", None), (["kondratyev"], "direct_quote", "рассказал")]),
    # an outlet's one-word name as the registry lists it is no dative, whatever the dictionary guesses
    ("ru", "Ранее РБК-Украина и Суспильне сообщали об ударе по аэродрому.",
     [(["suspilne", "rbc-ukraine"], "indirect", "сообщали")]),
    # a body's short name after its full name placed in another country is that country's body; a thing capitalised
    # to open the sentence before a verb in the plural is no one's name
    ("ru", "Национальный банк Казахстана сохранил ставку. Решение объяснили инфляцией, говорится в заявлении "
           "Нацбанка.", [(["nbk"], "implicit", None), (["nbk"], "indirect", "говорится")]),
    # a woman official and a mayor by another word for their office are the ones named before
    ("uk", "Головний лікар лікарні Ірина Коваль розповіла про ремонт. Посадовиця зауважила, що роботи завершать у "
           "травні.", [(["irina-koval"], "indirect", "розповіла"), (["irina-koval"], "indirect", "зауважила")]),
    ("ru", "Мэр Перми Эдуард Соснин рассказал о ремонте. По словам градоначальника, работы завершат в мае.",
     [(["eduard-sosnin"], "indirect", "рассказал"), (["eduard-sosnin"], "according_to", "По словам")]),
    # an office the registry gives a person the article named ("пресс-секретарь президента" for Peskov)
    ("ru", "Дмитрий Песков заявил, что переговоров не будет. Пресс-секретарь президента также отметил, что санкции не "
           "помогут.", [(["peskov"], "indirect", "заявил"), (["peskov"], "indirect", "отметил")]),
    ("uk", "Дмитро Пєсков заявив, що переговорів не буде. Кремлівський речник додав, що позиція незмінна.",
     [(["peskov"], "indirect", "заявив"), (["peskov"], "indirect", "додав")]),
    # analysts of an institute named by its full name, or alone right after it spoke, are the institute; analysts
    # after a bank spoke are analysts of their own
    ("uk", "Аналітики Інституту вивчення війни зазначають, що резервів немає.", [(["isw"], "indirect", "зазначають")]),
    ("ru", "В Институте изучения войны (ISW) считают, что армия истощена. Аналитики отмечают, что резервов нет.",
     [(["isw"], "indirect", "считают"), (["isw"], "indirect", "отмечают")]),
    ("ru", "Банк России повысил ставку. Аналитики считают, что инфляция замедлится.",
     [([], "none", None), (["analitik"], "indirect", "считают")]),
    # a question left unanswered is a silence; evidence not given ends the report with a disclaimer
    ("ru", "Песков заявил, что Киев атаковал Белгород. На вопрос о потерях он не стал отвечать.",
     [(["peskov"], "indirect", "заявил"), ([], "none", None)]),
    ("uk", "Пєсков заявив, що Київ атакував Бєлгород. Доказів він не навів.",
     [(["peskov"], "indirect", "заявив"), ([], "none", None)]),
    # a recruitment centre by its common name speaks
    ("ru", "В военкомате сообщили, что проверка продолжается.", [(["voenkomat"], "indirect", "сообщили")]),
    # a feminine noun in the accusative opening the sentence is what is commented on, never the speaker
    ("uk", "Ситуацію прокоментував міський голова.", [(["miskiy-golova"], "indirect", "прокоментував")]),
    # a first name alone is the one person named before with it, whatever case it stands in
    ("ru", "Тренер Валентин Орлов покинул клуб. По словам Валентина, решение было трудным.",
     [([], "none", None), (["valentin-orlov"], "according_to", "По словам")]),
    ("uk", "Лікар Ярослав Мельник працює у Рівному. За словами Ярослава, черги зменшилися.",
     [([], "none", None), (["yaroslav-melnik"], "according_to", "За словами")]),
    # information "from" counted sources is theirs
    ("uk", "За інформацією з двох незалежних джерел, міністр приїде у вівторок.",
     [(["nezalezhne-dzherelo"], "according_to", "За інформацією")]),
    ("ru", "По информации из двух независимых источников, министр приедет во вторник.",
     [(["nezavisimyy-istochnik"], "according_to", "По информации")]),
    # two titles of one person joined by a dash: the second, named, speaks
    ("ru", "Налоги вырастут в следующем году, считает вице-премьер - министр финансов Армении Давид Петросян.",
     [(["david-petrosyan"], "indirect", "считает")]),
    # a press office is the body's, never the country named since
    ("uk", "Служба безпеки затримала агента РФ у Дніпрі.\n\nУ пресслужбі пояснили, що агент збирав дані.",
     [([], "none", None), (["sbu"], "indirect", "пояснили")]),
    ("ru", "Полиция Самары задержала агента Украины.\n\nВ пресс-службе пояснили, что агент собирал данные.",
     [([], "none", None), (["politsiya-samary"], "indirect", "пояснили")]),
    # unnamed forecasters have one id in both languages
    ("ru", "Синоптики прогнозируют сильные морозы.", [(["sinoptik"], "indirect", "прогнозируют")]),
    # A body's compound one-word name after "в"/"у" speaks where no dictionary knows it; the country and a city
    # after the same words do not start a report of their own.
    ("uk", "Рух на трасі відновлять до ранку, повідомили в Укрметалургпромі.",
     [(["ukrmetalurgprom"], "indirect", "повідомили")]),
    ("uk", "Світло повернуть до вечора, повідомили у Черкасиобленерго.",
     [(["cherkasioblenergo"], "indirect", "повідомили")]),
    ("ru", "Движение по трассе восстановят к утру, сообщили в Росавтодоре.",
     [(["rosavtodor"], "indirect", "сообщили")]),
    ("ru", "Движение по трассе восстановят к утру. Об этом рассказали в Ростове.",
     [([], "none", None), ([], "none", None)]),
    # the forecasters of each country are registry bodies, the same in both languages
    ("uk", "У суботу очікується мокрий сніг, повідомили в Укргідрометцентрі.",
     [(["ua-hydromet"], "indirect", "повідомили")]),
    ("ru", "По данным Гидрометцентра России, в субботу пойдет снег.", [(["ru-hydromet"], "according_to", "По данным")]),
    # the Investigative Committee and the FSB by their short, informal and press-office names
    ("ru", "Работы на мосту продлятся до осени, пояснили в Следкоме.", [(["ru-ic"], "indirect", "пояснили")]),
    ("ru", "По данным СК, подозреваемый задержан.", [(["ru-ic"], "according_to", "По данным")]),
    ("uk", "Про затримання повідомив Центр громадських зв’язків ФСБ.", [(["fsb"], "indirect", "повідомив")]),
    ("uk", "Федеральна служба безпеки Російської Федерації заявила про затримання трьох людей.",
     [(["fsb"], "indirect", "заявила")]),
    ("uk", "Як повідомили у Генеральному штабі, ворог втратив 20 танків.", [(["genstaff"], "indirect", "повідомили")]),
    # a dash standing for a verb left out after a comma signs nothing
    ("uk", "Київську область очолить Марія Бондар, Сумську — Олег Ткач.", [([], "none", None)]),
    ("uk", "Першим заступником став Петро Коваль, а заступником — Іван Мороз.", [([], "none", None)]),
    ("uk", "Жодних перевірок у нас не було, все це вигадки — Анна Коваленко.",
     [(["anna-kovalenko"], "direct_quote", None)]),
    # things handed over for examination or to people are no words passed on
    ("uk", "Про це повідомили в поліції. Слідчі вилучили телефон і передали його на експертизу.",
     [(["politsiya"], "indirect", "повідомили"), (["politsiya"], "implicit", None)]),
    ("ru", "Об этом сообщили в полиции. Следователи изъяли телефон и передали его на экспертизу.",
     [(["politsiya"], "indirect", "сообщили"), (["politsiya"], "implicit", None)]),
    # a company named in quotation marks after its kind is the one "в компании" stands for, in any case of its name
    ("ru", "Компания «Северсталь» открыла новый цех. В компании сообщили, что там будут работать 300 человек.",
     [([], "none", None), (["severstal"], "indirect", "сообщили")]),
    ("ru", "В «Северстали» сообщили, что инвестиции составили 2 млрд рублей.", [(["severstal"], "indirect", "сообщили")]),
    ("uk", "Агрохолдинг «Астарта» закупив нову техніку. У компанії зазначили, що це 40 комбайнів.",
     [([], "none", None), (["astarta"], "indirect", "зазначили")]),
    # the body of the event a pronoun spoke at is no speaker
    ("ru", "Депутат Иван Сидоров выступил за снижение налогов. Об этом он заявил на заседании Государственной думы.",
     [(["ivan-sidorov"], "implicit", None), (["ivan-sidorov"], "indirect", "заявил")]),
    ("uk", "Міністр Сергій Марченко виступив у Раді. Про це він заявив під час засідання Кабінету міністрів.",
     [(["sergiy-marchenko"], "implicit", None), (["sergiy-marchenko"], "indirect", "заявив")]),
    # a site's address stays whole; a country's adjective opens no body named again ("Российские военные")
    ("ru", "Об этом Сегодня.ua сообщили жители города.", [(["zhitel-goroda", "segodnya-ua"], "indirect", "сообщили")]),
    ("ru", "Российские военные заняли поселок. В Минобороны отметили, что потерь нет.",
     [([], "none", None), (["ru-mod"], "indirect", "отметили")]),
    # a date set off by commas between the subject and its verb
    ("ru", "Глава Курской области Александр Хинштейн в среду, 4 марта, сообщил, что дрон атаковал автобус.",
     [(["khinshtein"], "indirect", "сообщил")]),
    # the one quoted, by a noun or a pronoun right after the quoting verb, then the outlet that quotes
    ("ru", "Губернатор Вячеслав Гладков прокомментировал обстрел. — Все пострадавшие получат помощь, — цитирует "
           "губернатора РИА Новости.", [(["gladkov"], "indirect", "прокомментировал"),
                                      (["ria", "gladkov"], "direct_quote", "цитирует")]),
    ("ru", "Губернатор Вячеслав Гладков прокомментировал обстрел. — Мы не оставим это без ответа, — цитирует его РИА "
           "Новости.", [(["gladkov"], "indirect", "прокомментировал"), (["ria", "gladkov"], "direct_quote", "цитирует")]),
    # words an outlet is said to quote pass on those words only: the speaker's next report is her own again
    ("ru", "Мария Захарова рассказала о звонке. «Ответ поступил прямо во время эфира», — цитирует ее ТАСС. Захарова "
           "подчеркнула, что ничего загадочного в звонке не было.",
     [(["zakharova"], "indirect", "рассказала"), (["tass", "zakharova"], "direct_quote", "цитирует"),
      (["zakharova"], "indirect", "подчеркнула")]),
    # people named by their town are unnamed speakers
    ("ru", "Дончанка рассказала, что света нет.", [(["donchanka"], "indirect", "рассказала")]),
    ("uk", "Харків'янка розповіла, що світла немає. Киянин заявив, що чув три вибухи.",
     [(["kharkivyanin"], "indirect", "розповіла"), (["kiyanin"], "indirect", "заявив")]),
    # the pointer of a report an outlet relays points back at the lead
    ("ru", "Ночью дроны атаковали Херсон. Повреждены два дома. Как сообщает РБК, об этом сообщил глава ОВА Александр "
           "Прокудин.", [(["rbc-russia", "prokudin"], "implicit", None)] * 2
     + [(["rbc-russia", "prokudin"], "indirect", "сообщает")]),
    # "ОВА" alone is the administration named in an official's title
    ("uk", "Начальник Харківської ОВА Олег Синєгубов розповів про наслідки удару. В ОВА кажуть, що ремонт триватиме "
           "тиждень.", [(["syniehubov"], "indirect", "розповів"), (["kharkiv-rma"], "indirect", "кажуть")]),
    # a body named again by a back noun with an adjective before it ("надзорное ведомство")
    ("ru", "Генпрокуратура Украины сообщила о задержании. В надзорном ведомстве заявили, что оба сотрудничали с ФСБ.",
     [(["ua-pgo"], "indirect", "сообщила"), (["ua-pgo"], "indirect", "заявили")]),
    # outlets whose names hold a country or a city
    ("uk", "Як інформує Україна молода, про це повідомляє МОЗ.", [(["umoloda", "ua-moh"], "indirect", "інформує")]),
    # whose data a speaker quotes reach us through the speaker
    ("ru", "Иван Петров, цитируя данные Росстата, заявил, что цены растут.",
     [(["ivan-petrov", "rosstat"], "indirect", "заявил")]),
    # a name in the clause after a fronted report and its comma is no second title of its speaker
    ("ru", "Как уверяют представители МВД, за ночь силы ПВО сбили 20 дронов.",
     [(["predstavitel-mvd"], "indirect", "уверяют")]),
    # "Згідно з оцінками X" cites X; a question dodged or a detail not named is a silence, which no tag after covers
    ("uk", "Згідно з оцінками британської розвідки, росіяни перекинули резерви.",
     [(["britanska-rozvidka"], "according_to", "Згідно з оцінками")]),
    ("uk", "Зеленський заявив, що фронт стабільний. Президент також ухилився від відповіді про мобілізацію.",
     [(["zelensky"], "indirect", "заявив"), ([], "none", None)]),
    ("ru", "Остин заявил, что помощь будет. Он при этом не стал называть сроки. Противник перебросил резервы, сказал "
           "генерал Иван Петров.", [(["ostin"], "indirect", "заявил"), ([], "none", None),
                                  (["ivan-petrov"], "indirect", "сказал")]),
    # the Russian defence ministry by its initials and the country; a paper's own journalists are the paper
    ("ru", "МО России сообщило о перехвате 20 дронов.", [(["ru-mod"], "indirect", "сообщило")]),
    ("ru", "Газета The Times пишет о нехватке снарядов. Журналисты газеты отмечают, что склады пусты.",
     [(["the-times"], "indirect", "пишет"), (["the-times"], "indirect", "отмечают")]),
    # a speaker inside an institute's report speaks through it
    ("ru", "Аналитики ISW отметили, что Гладков сообщил об обстреле.",
     [(["isw", "gladkov"], "indirect", "отметили")]),
    # "синоптик" alone is the forecaster named before, and no part of the name opening the sentence
    ("uk", "Синоптик Наталка Діденко розповіла, що похолоднає. За словами синоптика, сніг випаде в четвер.",
     [(["natalka-didenko"], "indirect", "розповіла"), (["natalka-didenko"], "according_to", "За словами")]),
    ("ru", "Синоптик Татьяна Позднякова рассказала, что похолодает. По мнению синоптика, снег выпадет в четверг.",
     [(["tatyana-pozdnyakova"], "indirect", "рассказала"), (["tatyana-pozdnyakova"], "according_to", "По мнению")]),
    # the outlet's staff is the outlet's: no one quoted
    ("ru", "Трем полицейским, которых обвиняют в получении взяток от сотрудников Baza, продлили арест.",
     [([], "none", None)]),
    # the outlet summing up ("Таким чином", "Таким образом") ends the report
    ("uk", "Міністр Олег Петренко заявив, що реформа триватиме. Таким чином уряд продовжує курс, розпочатий у 2020 році.",
     [(["oleg-petrenko"], "indirect", "заявив"), ([], "none", None)]),
]


@pytest.mark.parametrize("language, text, expected", SENTENCES, ids=[f"{s[0]}: {s[1][:40]}" for s in SENTENCES])
def test_sentences(ru, uk, language, text, expected):
    assert source_rows(ru if language == "ru" else uk, text) == expected


def test_counted_officials_are_unnamed_people_and_their_words_reach_us_through_the_outlet(ru):
    claims = read(ru, "Министр обороны США Ллойд Остин посетил Киев. Два американских чиновника сообщили Reuters, "
                      "что новый пакет помощи готов. По их словам, в него войдут боеприпасы.")
    for claim in claims[1:]:
        officials = next(s for s in claim.sources if s.anonymous)
        assert officials.via == "reuters" and "lloyd" not in officials.id


QUOTING = [
    # (language, text, [(source id, via)]): the one quoted speaks through whoever quotes
    ("ru", "«Пожар на складе полностью потушен, пострадавших нет», — цитирует ТАСС губернатора области.",
     [("tass", None), ("gubernator-oblasti", "tass")]),
    ("ru", "Слова Лапшина приводит агентство «Пермь-Информ».", [("perm-inform", None), ("lapshina", "perm-inform")]),
    ("uk", "«Пожежу на складі повністю загасили», — наводить Укрінформ слова голови ОВА.",
     [("ukrinform", None), ("golova-ova", "ukrinform")]),
    # the outlet after the person quoted, named in quotation marks
    ("uk", "\"Ми грали до останньої хвилини, атакували, мали нагоди\", - цитує Скрипника \"Профутбол\".",
     [("profutbol", None), ("skripnik", "profutbol")]),
    # a registry outlet after the person quoted, title or name, is no part of the title or the name
    ("ru", "«Мы бились до конца», – цитирует главного тренера команды Tribuna.",
     [("tribuna", None), ("glavnyy-trener-komandy", "tribuna")]),
    ("ru", "«Мы бились до конца», – цитирует Сергея Петрова Tribuna.", [("tribuna", None), ("sergey-petrov", "tribuna")]),
]


@pytest.mark.parametrize("language, text, expected", QUOTING, ids=[f"{q[0]}: {q[1][:40]}" for q in QUOTING])
def test_a_quoting_verb_passes_on_the_words_of_the_one_quoted(ru, uk, language, text, expected):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert [(s.id, s.via) for s in claim.sources] == expected


# (language, text, [(hedge text, kind)])
HEDGES = [
    # an ambulance by its common name in quotation marks is no scare quote
    ("ru", "Пострадавшего увезла «скорая», сообщили в полиции.", []),
    ("uk", "На місце аварії прибула «швидка», повідомили в поліції.", []),
    # "певне" (presumably) hedges what follows
    ("uk", "Росіяни, певне, перекинули резерви, заявив речник.", [("певне", "epistemic")]),
    # evidence not given for the claim
    ("ru", "Песков заявил, что Киев атаковал Белгород. Доказательств он не привел.",
     [("Доказательств он не привел", "evidential")]),
    # "most likely" in both its forms
    ("uk", "\"Найвірогідніше, курс зросте\", — сказав аналітик Іван Шевчук.", [("Найвірогідніше", "epistemic")]),
    ("ru", "«Вероятнее всего, курс вырастет», — сказал аналитик Иван Шевчук.", [("Вероятнее всего", "epistemic")]),
    # "as if" after an adverb of manner compares; after a verb of saying it distances
    ("ru", "По словам тренера, игроки двигались медленно, будто устали.", []),
    ("uk", "За словами тренера, гравці рухалися повільно, ніби втомилися.", []),
    ("ru", "Издание писало, будто сделка сорвалась.", [("будто", "epistemic")]),
    # a letter quoted is a letter named
    ("ru", "В Минфине объяснили опечатку с буквами «ж» и «щ».", []),
    # a law's article and a stamp named in quotation marks are names, no scare quotes
    ("ru", "Прокуратура сообщила, что дело возбуждено по статье «мошенничество».", []),
    ("uk", "Прокуратура повідомила, що справу порушено за статтею «шахрайство».", []),
    ("ru", "Документы с грифом «совершенно секретно» нашли в архиве, сообщил прокурор Иван Сом.", []),
    # the whole reported clause quoted after "что" is the speaker's words, no scare quote
    ("ru", "Богомаз сообщил, что «пострадавших нет».", []),
    # "it is assumed" without "как"/"як" before it
    ("ru", "О поврежденных машинах сообщил глава района Антон Серов, предполагается, что это сделали подростки.",
     [("предполагается", "epistemic")]),
    ("uk", "Про пошкоджені авто повідомив голова району Антон Серов, припускається, що це зробили підлітки.",
     [("припускається", "epistemic")]),
    # footage whose authenticity is not confirmed; a report impossible to check
    ("ru", "Губернатор сообщил о взрывах. Подлинность видеозаписей не подтверждена.",
     [("Подлинность видеозаписей не подтверждена", "evidential")]),
    ("uk", "Губернатор повідомив про вибухи. Ці дані неможливо незалежно перевірити.",
     [("неможливо незалежно перевірити", "evidential")]),
    # a short clause quoted is speech, not a scare quote, whatever word of a loaded term it opens with (told by the
    # Russian dictionary's verbs; the default Ukrainian lemmatizer has no parts of speech)
    ("ru", "На совещании министр заявил, что «всё идёт по графику».", []),
    ("ru", "«Полиция задержала троих», - сообщили в пресс-службе прокуратуры.", []),
    # a word in curly marks nested in a curly quotation is a scare quote inside it, not its end
    ("uk", "“Прокинулася від гуркоту. Потім ще два “бахи”, вікна задзвеніли. Було страшно”, – розповідає мешканка "
           "Ірпеня.", [("бахи", "scare_quote")]),
    # a report that did not prove true, in the past tense
    ("uk", "Окупанти заявляли про захоплення села, але ці дані не підтвердилися.",
     [("ці дані не підтвердилися", "evidential")]),
    ("ru", "Военные объявляли о захвате села, но эти сведения не подтвердились.",
     [("эти сведения не подтвердились", "evidential")]),
    # a past act told as possible is a doubt; not when unable, in a purpose, a condition or a question
    ("ru", "По данным следствия, чиновник мог присвоить деньги.", [("мог присвоить", "epistemic")]),
    ("uk", "За даними слідства, чиновник міг привласнити кошти громади.", [("міг привласнити", "epistemic")]),
    ("ru", "По словам врачей, раненый не мог двигаться.", []),
    ("uk", "Фанатам роздадуть аркуші, аби трибуни могли заспівати гімн, повідомили в клубі.", []),
    ("ru", "В компании выясняют, как такое могло случиться.", []),
    # "supposedly" as an impersonal phrase; evidence not given, in a gerund or a noun
    ("ru", "По данным следствия, подозреваемый, как предполагается, брал деньги у подрядчиков.",
     [("как предполагается", "epistemic")]),
    ("uk", "За даними слідства, підозрюваний, як припускають, брав гроші в підрядників.", [("як припускають", "epistemic")]),
    ("ru", "Посол обвинил соседей в саботаже, не предоставив доказательств.",
     [("не предоставив доказательств", "evidential")]),
    ("uk", "Посол звинуватив сусідів у саботажі без надання доказів.", [("без надання доказів", "evidential")]),
    # "попередньо" before a participle is a time ("agreed before"), not a doubt
    ("uk", "Укренерго оприлюднило попередньо погоджені графіки відключень.", []),
    ("ru", "Компания опубликовала предварительно согласованные графики.", []),
    ("uk", "Попередньо, загиблих немає.", [("Попередньо", "epistemic")]),
    # "so-called" in the prepositional and the locative
    ("ru", "В так называемом «заповеднике» вырубили лес.", [("так называемом", "epistemic"), ("заповеднике", "scare_quote")]),
    ("uk", "У так званій «республіці» провели обшуки.", [("так званій", "epistemic"), ("республіці", "scare_quote")]),
    # weapons by their nicknames in quotation marks are names, not scare quotes
    ("uk", "Ворог випустив по області три «калібри» та п'ять «шахедів».", []),
    ("ru", "Армия атаковала город «шахедами».", []),
    # "has no official confirmation": the outlet says it could not confirm.
    ("ru", "ТАСС пока не имеет официального подтверждения этих сведений.",
     [("не имеет официального подтверждения", "evidential")]),
    ("uk", "Видання поки не має офіційного підтвердження цієї інформації.",
     [("не має офіційного підтвердження", "evidential")]),
    # A loaded label in quotation marks is a scare quote even after a verb of naming, in either language.
    ("uk", "Обвинувачений називав окуповані землі \"визволеними\".", [("визволеними", "scare_quote")]),
    # A short quotation after a report keeps the wording at a distance, as anywhere else...
    ("ru", "Бочаров сообщил о двух пострадавших и «ситуации под контролем».",
     [("ситуации под контролем", "scare_quote")]),
    ("uk", "Речник Ігнат заявив, що один дрон «прямував на Москву».", [("прямував на Москву", "scare_quote")]),
    # ...except the words a verb of naming quotes: those are the speaker's.
    ("ru", "Захарова назвала эти заявления «очередной провокацией».", []),
    # Adjectives of likelihood in any form, and fixed phrases.
    ("uk", "Ймовірною причиною пожежі стало падіння уламків.", [("Ймовірною", "epistemic")]),
    ("uk", "Вибухи, швидше за все, пов'язані з роботою ППО.", [("швидше за все", "epistemic")]),
    ("uk", "Неймовірно, але всі вціліли.", []),
    # "За версією" / "по версии" report a source ("according to"), they do not hedge.
    ("ru", "По версии канала, инцидент произошел в северной части города.", []),
]


@pytest.mark.parametrize("language, text, expected", HEDGES, ids=[f"{h[0]}: {h[1][:40]}" for h in HEDGES])
def test_hedges(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [(h.text, h.kind) for c in claims for h in c.hedges] == expected


# Page extracts: (language, text, the sentences read as the article's)
PAGES = [
    # An appeal for the outlet's support is furniture.
    ("uk", "Уночі ворог атакував Одесу, повідомили в ДСНС.\n\nКолись ми трималися на грантах. Тепер зберегти нашу "
           "незалежність можете лише ви своєю підтримкою.\n",
     ["Уночі ворог атакував Одесу, повідомили в ДСНС."]),
    # Site notices are furniture; a lead that ends in an emoji after its stop is a sentence.
    ("uk", "Уночі ворог атакував Одесу, повідомили в ДСНС.\n\nЯкщо ви знайшли помилку, виділіть її мишкою та "
           "натисніть Ctrl+Enter.\n\nПідтримайте нас на Patreon\n",
     ["Уночі ворог атакував Одесу, повідомили в ДСНС."]),
    ("ru", "Канал новостей\n\n❗️При перепечатке ссылка обязательна!\n"
           "Около 40 участников приедут в округ, сообщает агентство.☝🏻\n\nЭкспедиция начнется в июле.\n",
     ["Около 40 участников приедут в округ, сообщает агентство.☝🏻", "Экспедиция начнется в июле."]),
    # The extract stops mid-word in the last paragraph: that sentence is the article's, whatever script opens it.
    ("ru", "Губернатор сообщил о пожаре на складе. Пострадавших нет, добавил он.\n\n"
           "В июле прошлого года пожар уже случался на соседнем складе компани\n",
     ["Губернатор сообщил о пожаре на складе.", "Пострадавших нет, добавил он.",
      "В июле прошлого года пожар уже случался на соседнем складе компани"]),
    # ...also after a photo caption or two.
    ("uk", "У ДСНС повідомили, що пожежу загасили. Постраждалих немає.\n\nНаслідки удару\n\nНаслідки удару\n\n"
           "Уночі 12 жовтня у росії заявили, що безпілотник атакував підстанцію у прикордонній обл\n",
     ["У ДСНС повідомили, що пожежу загасили.", "Постраждалих немає.",
      "Уночі 12 жовтня у росії заявили, що безпілотник атакував підстанцію у прикордонній обл"]),
    # A short line that closes the quotation the paragraph before left open.
    ("ru", "В офис пришло письмо с угрозами. \"Мы оставили в здании сумку, она в синем рюкзаке. Уходите\n\n"
           "Освободите...\".\n",
     ["В офис пришло письмо с угрозами.", "\"Мы оставили в здании сумку, она в синем рюкзаке.", "Уходите",
      "Освободите...\"."]),
    # A Telegram channel's name and description above "Подписаться на канал" are no post; its name over each
    # post is furniture.
    ("ru", "Радио Свобода\nКанал Радио Свобода. Пишите нам.\nПодписаться на канал\n\nРадио Свобода\n"
           "В аэропорту Самары приостановили вылеты, сообщили в Росавиации.\n\nРадио Свобода\n"
           "Губернатор сообщил о двух пострадавших.\n",
     ["В аэропорту Самары приостановили вылеты, сообщили в Росавиации.", "Губернатор сообщил о двух пострадавших."]),
    # A Telegram post's stopless lines are its text: Russian and Ukrainian have no articles to tell a headline by.
    ("uk", "Синєгубов\n@synegubov\n120K subscribers\n\n🔹Уночі ворог обстріляв Харків, поранено двох людей.\n"
           "🔹В області ворог продовжує обстрілювати Чугуїв, Дергачі та Золочів\n\nТримаємось! Все буде Україна 🇺🇦\n"
           "👁 213.6K  edited  08:14\n",
     ["Уночі ворог обстріляв Харків, поранено двох людей.",
      "В області ворог продовжує обстрілювати Чугуїв, Дергачі та Золочів", "Тримаємось!", "Все буде Україна 🇺🇦"]),
    # A comment box's empty state and its button, in either language, are furniture.
    ("uk", "Уночі ворог атакував Суми, повідомили в ОВА.\n\nПоки що немає жодного коментаря.\n\nЗалишити коментар\n",
     ["Уночі ворог атакував Суми, повідомили в ОВА."]),
    ("ru", "Пожар на складе потушен, сообщили в МЧС.\n\nПока нет ни одного комментария к материалу.\n\nОставить коммент\n",
     ["Пожар на складе потушен, сообщили в МЧС."]),
    # an interview's credit, a caption of a frame from a video, a label over another story's title, a typo prompt
    ("uk", "Міст відкриють у травні, повідомили в ОВА.\n\nКадр з відео, яке отримала агенція Reuters\n\n"
           "ДО ТЕМИ: У Полтаві запустили новий тролейбус\n\nРозмову вели Ірина Коваль та Петро Бондар.\n",
     ["Міст відкриють у травні, повідомили в ОВА."]),
    ("ru", "Мост откроют в мае, сообщили в мэрии.\n\nЗаметили опечатку? Выделите её и нажмите Ctrl+Enter\n\n"
           "Смотри также \"В Твери запустили новый троллейбус\".\n",
     ["Мост откроют в мае, сообщили в мэрии."]),
    # a subscription form's lines
    ("ru", "Мост откроют в мае, сообщили в мэрии.\n\nПодписка\nХочу получать рассылку:\nВведите символы с картинки:\n"
           "Обновить код\n", ["Мост откроют в мае, сообщили в мэрии."]),
    # an aggregator's tags with no label, a place first and last
    ("uk", "Полтава Facebook енергетика морози Полтава\n\nМер повідомив, що тепло повернули.\n",
     ["Мер повідомив, що тепло повернули."]),
    # "you may also like" over other stories' titles
    ("uk", "Міст відкриють у травні, повідомили в ОВА.\n\nВас також можуть зацікавити новини:\n\n"
           "У Полтаві запустили новий тролейбус\n",
     ["Міст відкриють у травні, повідомили в ОВА."]),
    ("ru", "Мост откроют в мае, сообщили в мэрии.\n\nВам также может быть интересно:\n\n"
           "В Твери запустили новый троллейбус\n",
     ["Мост откроют в мае, сообщили в мэрии."]),
    # a picture credited to social networks between paragraphs, tags spelled the Russian way, the outlet's channels
    ("uk", "Міст відкриють у травні, повідомили в ОВА.\n\nФото з соцмереж\n\nТэги:  Полтава, міст, ремонт\n\n"
           "Ремонт завершать у травні, додали в ОВА.\n",
     ["Міст відкриють у травні, повідомили в ОВА.", "Ремонт завершать у травні, додали в ОВА."]),
    ("ru", "Мост откроют в мае, сообщили в мэрии.\n\nМы каждый день публикуем новости спорта в Instagram. "
           "Подписаться можно здесь.\n", ["Мост откроют в мае, сообщили в мэрии."]),
    # another story under an "also" label
    ("uk", "Міст відкриють у травні, повідомили в ОВА.\nТакож: У Рівному відкрили новий сквер біля вокзалу\n",
     ["Міст відкриють у травні, повідомили в ОВА."]),
    ("ru", "Мост откроют в мае, сообщили в мэрии.\nТакже: в Томске открыли новую библиотеку для детей\n",
     ["Мост откроют в мае, сообщили в мэрии."]),
    # a site's imprint
    ("ru", "Мост откроют в мае, сообщили в мэрии.\nСетевое издание «Вести Края» Учредитель: ООО «Медиа». Главный "
           "редактор: Ольга Петрова. Адрес: 614000, Пермь, ул. Ленина, 5.\n", ["Мост откроют в мае, сообщили в мэрии."]),
    # a ticker of the day's headlines; thanks and appeals to the reader
    ("uk", "Міст відкриють у травні, повідомили в ОВА.\n\nНОВИНИ ДНЯ: Синоптики попередили про мороз  Мер Львова "
           "відреагував на подорожчання проїзду\n\nДякуємо, що читаєте нас!\n",
     ["Міст відкриють у травні, повідомили в ОВА."]),
    ("ru", "Мост откроют в мае, сообщили в мэрии.\n\nПонравилась статья? Поддержите редакцию.\n\nСпасибо, что "
           "читаете нас!\n", ["Мост откроют в мае, сообщили в мэрии."]),
    # a pointer to the page's video or photos
    ("uk", "Міст відкриють у травні, повідомили в ОВА.\n\nЩоб переглянути фото, перейдіть за посиланням:\n",
     ["Міст відкриють у травні, повідомили в ОВА."]),
    # a skip link under a key's name
    ("uk", "Натисніть \"Enter\", щоб перейти до вмісту\n\nМіст відкриють у травні, повідомили в ОВА.\n",
     ["Міст відкриють у травні, повідомили в ОВА."]),
    ("ru", "Нажмите \"Enter\", чтобы перейти к содержимому\n\nМост откроют в мае, сообщили в мэрии.\n",
     ["Мост откроют в мае, сообщили в мэрии."]),
    # the outlet's letter to its readers, from its salutation to its closing line
    ("ru", "Губернатор Иван Орлов заявил, что пострадавших нет.\n\nДорогие читатели!\n\nМы работаем под давлением. "
           "Поддержите нас небольшим ежемесячным взносом.\n\nНапомнить позже\n",
     ["Губернатор Иван Орлов заявил, что пострадавших нет."]),
    # a credit line of its own under the item, with no clause
    ("uk", "Внаслідок удару поранено двох людей, повідомив начальник ОВА Іван Мороз.\n\nЗа інформацією Полтавської "
           "ОВА.\n", ["Внаслідок удару поранено двох людей, повідомив начальник ОВА Іван Мороз."]),
    ("ru", "Ремонт завершат в мае, сообщил мэр Петр Зуев.\n\nПо информации пресс-службы администрации.\n",
     ["Ремонт завершат в мае, сообщил мэр Петр Зуев."]),
    # the outlet's own channels named as ours
    ("uk", "Мер заявив, що ремонт завершать у травні.\n\nЛише перевірена інформація у нас в Telegram-каналі та Viber.\n",
     ["Мер заявив, що ремонт завершать у травні."]),
    ("ru", "Мэр заявил, что ремонт завершат в мае.\n\nТолько проверенная информация — в нашем Telegram-канале.\n",
     ["Мэр заявил, что ремонт завершат в мае."]),
    # a picture's credit to a site, with the site's name on the line under it
    ("ru", "Фото с сайта:\nАдминистрация Курска\n\nМэр Курска Игорь Ков заявил, что ремонт закончат в мае.\n",
     ["Мэр Курска Игорь Ков заявил, что ремонт закончат в мае."]),
    ("uk", "Фото з сайту:\nКурська ОВА\n\nМер Сум Ігор Ков заявив, що ремонт закінчать у травні.\n",
     ["Мер Сум Ігор Ков заявив, що ремонт закінчать у травні."]),
    # advice to follow something, inside the article's prose or a quotation, is the article's; an appeal to
    # follow the outlet is not
    ("uk", "Графіки можуть змінитися, тому слідкуйте за повідомленнями на сайті, зазначили в обленерго.\n\n"
           "Стежте за новинами у нашому Telegram\n",
     ["Графіки можуть змінитися, тому слідкуйте за повідомленнями на сайті, зазначили в обленерго."]),
    ("ru", "«Следите за сигналами тревоги», — призвал губернатор Иван Орлов.\n\nПрисоединяйтесь к нашему каналу\n",
     ["«Следите за сигналами тревоги», — призвал губернатор Иван Орлов."]),
]


@pytest.mark.parametrize("language, text, expected", PAGES, ids=[f"{p[0]}: {p[1][:30]}" for p in PAGES])
def test_pages(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [c.text.lstrip("🔹") for c in claims] == expected


UNNAMED_IN_A_BODY = [
    # (language, text): an unnamed source placed in a registry body, one id in every language
    ("en", "A source in the SBU said the operation had been planned for months."),
    ("uk", "Джерело в СБУ повідомило, що операцію готували місяцями."),
    ("ru", "Источник в СБУ сообщил, что операцию готовили месяцами."),
    # the outlet it spoke to between the noun and the body, even when the outlet is the article's own
    ("uk", "Інформатор\n\nПро це повідомило джерело Інформатора в СБУ."),
]


@pytest.mark.parametrize("language, text", UNNAMED_IN_A_BODY, ids=[f"{u[0]}: {u[1][:30]}" for u in UNNAMED_IN_A_BODY])
def test_an_unnamed_source_in_a_body_has_one_id_in_every_language(extractor, ru, uk, language, text):
    reader = {"en": extractor, "ru": ru, "uk": uk}[language]
    source = reader.extract(text)[-1].sources[0]
    assert (source.id, source.name, source.anonymous, source.via) == (
        "source-in-the-security-service-of-ukraine", "source in the Security Service of Ukraine", True, None)


def test_an_unnamed_adjective_makes_a_role_an_unnamed_source(ru, uk):
    for reader, text in [(ru, "Неназванный сотрудник министерства заявил, что решение отложено."),
                         (uk, "Анонімний посадовець міністерства заявив, що угоду підписано.")]:
        assert [s.anonymous for s in read(reader, text)[0].sources] == [True]


@pytest.mark.parametrize("language, text", [
    ("uk", "Фігурант втілював її політику на тимчасово підконтрольній росіянам частині Херсонщини, повідомили у "
           "прокуратурі."),
    ("ru", "Он проводил ее политику на подконтрольной части Брянщины, сообщили в прокуратуре."),
])
def test_a_region_named_by_its_suffix_is_a_place_not_a_name(ru, uk, language, text):
    from attribution.cyrillic.words import sentence_words

    builder = (ru if language == "ru" else uk).nlp.get_pipe("claim_attribution").builder
    words = sentence_words(text, 0, len(text), builder.lemmatizer)
    found = builder.mentions.find(words, [False] * len(words), set())
    assert not any(m.kind == "name" and "щин" in text[words[m.first].start:words[m.last - 1].end] for m in found)


# (language, text, the name of the last sentence's source, its kind)
ABBREVIATED_BODIES_AND_PATRONYMICS = [
    ("ru", "ПАО «Транснефть» сообщило, что поставки восстановлены.", "Транснефть", "organization"),
    ("ru", "Как заявили в ООО «Ромашка», задолженность погашена.", "Ромашка", "organization"),
    ("uk", "ПАТ «Укрнафта» повідомило, що видобуток зріс.", "Укрнафта", "organization"),
    # a first name and patronymic, as people are addressed, are the person named before by first name and surname
    ("ru", "Мэр Москвы Сергей Собянин открыл станцию. «Мы продолжим строить метро», — добавил Сергей Семенович.",
     "Sergei Sobyanin", "official"),
    ("ru", "Директор завода Анна Крылова рассказала о планах. Позже Анна Викторовна уточнила, что цех откроют весной.",
     "Анна Крылова", "person"),
    ("uk", "Прем'єр-міністерка Юлія Свириденко провела нараду. «Уряд виділить кошти на ремонт мереж», — сказала "
           "Юлія Анатоліївна.", "Yulia Svyrydenko", "official"),
    ("uk", "Голова ОВА Олег Синєгубов розповів про обстріл. Згодом Олег Іванович додав, що загиблих немає.",
     "Oleh Syniehubov", "official"),
]


@pytest.mark.parametrize("language, text, name, kind", ABBREVIATED_BODIES_AND_PATRONYMICS,
                         ids=[f"{a[0]}: {a[1][-40:]}" for a in ABBREVIATED_BODIES_AND_PATRONYMICS])
def test_abbreviated_bodies_and_patronymics(ru, uk, language, text, name, kind):
    source = read(ru if language == "ru" else uk, text)[-1].sources[0]
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize("language, text, name", [
    # a surname in "-евич" is no patronymic: another Кирилл is another person
    ("ru", "Об этом сообщил Кирилл Петров. По данным блогера Кирилла Ясеневича, задержаны 15 человек.", "Кирилл Ясеневич"),
    # "-ович" after a consonant may be a Ukrainian surname: without a dictionary of names it is not taken for a patronymic
    ("uk", "Про це повідомив Олексій Гончаренко. Пізніше Олексій Арестович заявив, що атаку відбито.", "Олексій Арестович"),
])
def test_a_surname_like_a_patronymic_is_another_person(ru, uk, language, text, name):
    assert read(ru if language == "ru" else uk, text)[-1].sources[0].name == name


# (language, text, the last claim's sources as (name, via))
ON_AIR = [
    # a broadcast the speaker spoke on ("в (прямом) эфире X") is where the words were said: X neither speaks nor
    # passes them on
    ("ru", "Мэр Херсона Игорь Колыхаев в прямом эфире Радио Свобода рассказал, что воду дали.",
     [("Игорь Колыхаев", None)]),
    ("uk", "Мер Миколаєва Олександр Сєнкевич в ефірі Радіо Свобода розповів, що світло повернули.",
     [("Олександр Сєнкевич", None)]),
    ("uk", "Про це в ефірі телеканалу ICTV заявив мер Полтави Олексій Шевченко.", [("Олексій Шевченко", None)]),
    # an interview an outlet got passes the words on through it
    ("ru", "Мэр Херсона Игорь Колыхаев в интервью Радио Свобода рассказал, что воду дали.",
     [("Игорь Колыхаев", "rferl"), ("Radio Free Europe/Radio Liberty", None)]),
    # a comment "for the media" names no outlet: the speaker speaks for himself
    ("uk", "У коментарі медіа очільник Корюківської громади Роман Лисенко повідомив, що під удар потрапив ліцей.",
     [("Роман Лисенко", None)]),
    # the answers of a question-and-answer interview keep the outlet the interviewee spoke through
    ("ru", "Эколог Олег Бойко в интервью Радио Свобода рассказал о реке.\n\n— Что с водой?\n\n— Вода грязная. "
           "Рыба ушла.", [("Олег Бойко", "rferl"), ("Radio Free Europe/Radio Liberty", None)]),
    # an outlet in the dative right after the verb, in quotation marks, is the one told; the speaker follows
    ("uk", "Це закономірно, — заявив \"24 Каналу\" речник розвідки Андрій Юсов.",
     [("Andriy Yusov", "24-kanal"), ("24 Kanal", None)]),
    # ... after a profession, or a body's press office after "у"
    ("uk", "На сцені усе пов'язано з Херсоном, розповів Суспільному режисер Сергій Павлюк.",
     [("Сергій Павлюк", "suspilne"), ("Suspilne", None)]),
    ("uk", "\"Таких планів немає\", - повідомили Укрінформу у прес-службі поліції.",
     [("прес-служба поліції", "ukrinform"), ("Ukrinform", None)]),
    # the outlet a speaker talked to passes the words on to the outlet closing the sentence (nested chain)
    ("uk", "Про це міністр фінансів Сергій Марченко сказав у розмові з Reuters, повідомляє Depo.ua.",
     [("Сергій Марченко", "reuters"), ("Depo.ua", None), ("Reuters", "depo-ua")]),
]


@pytest.mark.parametrize("language, text, expected", ON_AIR, ids=[f"{o[0]}: {o[1][:40]}" for o in ON_AIR])
def test_words_said_on_air_or_to_an_outlet(ru, uk, language, text, expected):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert [(s.name, s.via) for s in claim.sources] == expected


@pytest.mark.parametrize("language, text, names", [
    # "в. о." with a space is the acting official's title, not the preposition "в"
    ("uk", "Про це повідомив в. о. начальника ОВА Роман Романюк.", ["Роман Романюк"]),
    # "глава" is a role as "голова" is, and a later "голова ОВА" finds the person first named as "глава"
    ("uk", "Про це пише УНН з посиланням на Telegram глави Харківської ОВА Олега Синєгубова.\n\n"
           "\"Загроза зберігається!\" - попередив голова ОВА.", ["Oleh Syniehubov"]),
    # "йдеться в повідомленні": the message of whoever the sentence before was given to
    ("uk", "Про атаку повідомила Одеська МВА.\n\nПро це повідомив начальник МВА Сергій Лисак.\n\n"
           "\"Постраждало двоє людей\", - йдеться в повідомленні.", ["Serhiy Lysak"]),
    # the text of a petition or letter: "йдеться у тексті", "говорится в тексте документа"
    ("uk", "Петицію подала мешканка Ірина Савчук.\n\nЗабудова затулить пам'ятки, - йдеться у тексті.",
     ["Ірина Савчук"]),
    ("ru", "Обращение направил депутат Олег Лавров.\n\nСтройку нужно остановить, говорится в тексте документа.",
     ["Олег Лавров"]),
    # a long title with its place names the holder at its end; "області" is no verb, whatever its ending
    ("uk", "За словами начальника сектору комунікацій головного управління національної поліції в "
           "Івано-Франківській області Андрія Яцківа, на місці працюють поліцейські.", ["Андрій Яцків"]),
    # a request not to publish asks for a silence; it reports none
    ("uk", "Він нагадав про прохання не публікувати фото.", []),
])
def test_titles_roles_and_messages(ru, uk, language, text, names):
    claim = read(ru if language == "ru" else uk, text)[-1]
    # the speakers, not the outlets their words came through ("Про це пише УНН з посиланням на ...")
    assert [s.name for s in claim.sources if not any(o.via == s.id for o in claim.sources)] == names


@pytest.mark.parametrize("language, text, name", [
    # a lower-case particle inside a foreign name belongs to it
    ("uk", "«Постає питання безпеки», — заявив німецький депутат Костянтин фон Ноц.", "Костянтин фон Ноц"),
    ("ru", "Об этом заявил бельгийский политик Франк ван дер Берг.", "Франк ван дер Берг"),
    # "де" is also "where": after no first name it opens no name
    ("uk", "Делегація прибула до компанії Ferrexpo, де Петренко заявив про підтримку.", "Петренко"),
])
def test_a_particle_inside_a_foreign_name(ru, uk, language, text, name):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert [s.name for s in claim.sources] == [name]


@pytest.mark.parametrize("text, source", [
    ("Повітряні сили повідомили, що збили 19 дронів. Військові пояснили, що всі цілі знешкоджено.", "ua-af"),
    ("Генштаб повідомив про 120 боїв. Військові додали, що ворог втратив 40 танків.", "genstaff"),
])
def test_the_military_refer_back_to_the_military_body_just_cited(uk, text, source):
    assert [s.id for s in read(uk, text)[-1].sources] == [source]


@pytest.mark.parametrize("language, text, name", [
    # a known person named right after another is the office's holder, the first its complement
    ("uk", '"Ми йому не довіряємо", - сказав речник Путіна Дмитро Пєсков.', "Dmitry Peskov"),
    ("ru", "«Мы ему не доверяем», - сказал пресс-секретарь Путина Дмитрий Песков.", "Dmitry Peskov"),
    ("ru", "Помощник Трампа Стивен Миллер заявил, что указ подписан.", "Стивен Миллер"),
    # ...and a known person alone after the office is its holder
    ("ru", "Министр обороны Белоусов заявил, что учения завершены.", "Andrei Belousov"),
])
def test_the_holder_named_after_a_known_person(ru, uk, language, text, name):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == [name]


@pytest.mark.parametrize("language, text", [
    ("uk", "Також напередодні голова ОВА Олег Кіпер писав, що дрон упав."),
    ("ru", "Накануне глава Одесской ОВА Олег Кипер написал, что дрон упал."),
])
def test_an_adverb_of_days_is_no_part_of_a_role(ru, uk, language, text):
    source = read(ru if language == "ru" else uk, text)[-1].sources[0]
    assert not source.mention.lower().startswith(("напередодні", "накануне"))


@pytest.mark.parametrize("language, text, name", [
    ("ru", "Об этом заявил эксперт Андрей Кулешов.\n\nАндрей Кулешов:\n\n\"Конференция показала, что мы верно "
           "оцениваем происходящее. И эти силы сплачиваются\".", "Андрей Кулешов"),
    ("uk", "Про це заявив експерт Андрій Кулешов.\n\nАндрій Кулешов:\n\n«Конференція показала, що ми правильно "
           "оцінюємо події. І ці сили гуртуються».", "Андрій Кулешов"),
])
def test_a_speakers_name_alone_on_the_line_above_a_quotation(ru, uk, language, text, name):
    claims = read(ru if language == "ru" else uk, text)
    assert [([s.name for s in c.sources], c.attribution) for c in claims[-2:]] == [([name], "direct_quote")] * 2


@pytest.mark.parametrize("language, text, names", [
    # an agency's abbreviation before another agency's quoted name is not the registry's agency
    ("ru", "Как передает ИА «Регнум», мост открыт.", ["Regnum"]),  # the registry knows it
    ("ru", "Как передает ИА «Ореанда», мост открыт.", ["Ореанда"]),
    ("ru", "Басманный суд арестовал Олега Варенцова, сообщает РИА «Новости».", ["RIA Novosti"]),
    # "сообщили <outlet> в пресс-службе <body>": the body speaks, through its press office
    ("ru", "Как сообщили РИА «Новый День» в пресс-службе ГУ МВД по Челябинской области, пенсионеры не пострадали.",
     ["ГУ МВД по Челябинской области"]),
    ("uk", "Як повідомили «Суспільному» у пресслужбі ГУ Нацполіції в Одеській області, постраждалих немає.",
     ["National Police of Ukraine", "Suspilne"]),
])
def test_agencies_named_in_quotes_and_bodies_in_their_press_office(ru, uk, language, text, names):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == names


def test_a_registry_name_in_the_genitive_is_no_adjective_of_the_role_after_it(uk):
    claim = read(uk, "В ефірі Суспільного голова ОВА Олег Кіпер розповів, що дрони збито.")[0]
    assert [s.name for s in claim.sources][:1] == ["Oleh Kiper"]


@pytest.mark.parametrize("language, text, name", [
    # a number of unnamed people belongs to them
    ("uk", "За словами трьох співрозмовників, Кремлю потрібні гарантії щодо зерна.", "співрозмовник"),
    ("ru", "По словам двух источников, Кремлю нужны гарантии по зерну.", "источник"),
    ("ru", "По словам нескольких собеседников, сделка сорвалась.", "собеседник"),
    # a man, a woman, a person the article does not name
    ("uk", "За словами людини, яка дзвонила, чоловік має зброю.", "людина"),
    ("ru", "По словам женщины, автобус загорелся на остановке.", "женщина"),
])
def test_unnamed_people_counted_or_not(ru, uk, language, text, name):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert [(s.name, s.anonymous) for s in claim.sources] == [(name, True)]


def test_a_man_named_before_is_the_man_who_speaks(ru):
    claims = read(ru, "Житель Липецка Денис Кутырев рассказал, как вытащил мальчика из автобуса.\n"
                      "«Мы с каким-то мужиком стали выламывать кресла», — сказал мужчина.")
    assert [s.id for s in claims[-1].sources] == [s.id for s in claims[0].sources] and claims[0].sources


@pytest.mark.parametrize("language, text", [
    ("uk", "Генштаб ЗСУ повідомив про втрати ворога за добу.\n\n«Ворог не просувається», – зазначили в Генштабі.\n\n"
           "Танки: 3 (+1)\n\nАртилерійські системи: 12\n\nБезпілотники: 45 (+9)\n\nДалі буде оновлення."),
    ("ru", "Росстат сообщил о росте цен за месяц.\n\nТранспорт: +4,1%\n\nПродукты: +2,7%\n\nУслуги ЖКХ: +1,5%"),
])
def test_a_list_of_figures_after_a_report_is_the_reports(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    figures = [c for c in claims if ":" in c.text]
    assert len(figures) == 3
    assert all(c.attribution == "implicit" and [s.id for s in c.sources] == [s.id for s in claims[0].sources]
               for c in figures)


def test_a_registry_name_before_a_figure_labels_the_figure_and_says_nothing(uk):
    claims = read(uk, "Статистика оновлюється щодня.\n\nЗСУ: +12%\n\nНацгвардія: +7%\n\nПрикордонники: +3%")
    assert all(c.attribution == "none" for c in claims)


@pytest.mark.parametrize("language, text, name", [
    # titles listed before the name all describe its holder
    ("ru", "Об этом рассказал депутат Госдумы, член комитета по обороне Андрей Картаполов.", "Андрей Картаполов"),
    ("uk", "Про це розказав народний депутат, перший заступник голови комітету Ярослав Железняк.", "Ярослав Железняк"),
])
def test_titles_listed_before_a_name_are_its_holders(ru, uk, language, text, name):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == [name]


@pytest.mark.parametrize("language, text, reported", [
    # a verb of addressing reports when it addresses people, not a body or one person
    ("uk", "Мер звернувся до городян — не залишати домівок без потреби.", True),
    ("uk", "«Економте електроенергію у вечірні години», - звернулися до споживачів в Укренерго.", True),
    ("ru", "Губернатор обратился к жителям области с просьбой не выходить из домов.", True),
    ("uk", "Семен Кривонос звернувся до СБУ з проханням передати матеріали.", False),
    ("ru", "Житель Липецка обратился в полицию с заявлением о краже.", False),
    ("ru", "Журналисты обратились к губернатору с вопросом о ремонте.", False),
])
def test_a_verb_of_addressing_reports_when_it_addresses_people(ru, uk, language, text, reported):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert (claim.attribution != "none") is reported


@pytest.mark.parametrize("language, text", [
    ("uk", "Про це повідомив в.о. міського голови Олександр Ломако. Засідання триває."),
    ("ru", "Об этом сообщил и.о. главы района Олег Мальцев. Заседание продолжается."),
])
def test_an_acting_officials_abbreviation_ends_no_sentence(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert len(claims) == 2 and claims[0].sources


@pytest.mark.parametrize("language, text", [
    ("uk", "Нагадаємо, 26 лютого влада Тверщини заявила про падіння дрона."),
    ("ru", "Напомним, 26 февраля власти Тверской области заявили о падении дрона."),
])
def test_a_month_in_a_date_is_no_part_of_the_source(ru, uk, language, text):
    source = read(ru if language == "ru" else uk, text)[-1].sources[0]
    assert not any(month in source.mention for month in ("лютого", "февраля"))


def test_a_long_title_leads_to_its_holder(uk):
    claim = read(uk, "Про це заявив голова Ради асоціації відновлювальної енергетики України Станіслав Ігнатьєв.")[0]
    assert [s.name for s in claim.sources] == ["Станіслав Ігнатьєв"]


def test_a_title_after_a_conjunction_belongs_to_another_source(uk):
    claim = read(uk, "Про це пише УНН із посиланням на моніторингові канали та керівника Центру протидії "
                     "дезінформації Андрія Коваленка.")[0]
    assert any(s.anonymous for s in claim.sources) and any("Коваленк" in s.mention for s in claim.sources)


@pytest.mark.parametrize("language, text", [
    ("uk", "Поліція області на власній сторінці у соцмережі Фейсбук написала, що заручників немає."),
    ("ru", "Полиция области на своей странице в соцсети ВКонтакте написала, что заложников нет."),
])
def test_a_platform_is_where_words_were_posted_not_who_posted_them(ru, uk, language, text):
    names = [s.mention for s in read(ru if language == "ru" else uk, text)[-1].sources]
    assert names and not any(p in " ".join(names) for p in ("Фейсбук", "ВКонтакте"))


@pytest.mark.parametrize("language, text", [
    ("uk", "Тренер Олег Лужний прокоментував перемогу.\n\n«Ми довго йшли до цього результату.\n\n"
           "Я не скажу, що все було ідеально. Але хлопці витримали.\n\nДякую вболівальникам»."),
    ("ru", "Тренер Олег Кононов прокомментировал победу.\n\n«Мы долго шли к этому результату.\n\n"
           "Не скажу, что все было идеально. Но ребята выдержали.\n\nСпасибо болельщикам»."),
])
def test_a_quotation_left_open_goes_on_whatever_the_speaker_says_in_it(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert [c.attribution for c in claims[1:]] == ["direct_quote"] * 4
    assert len({s.id for c in claims for s in c.sources}) == 1


def test_a_transcripts_next_speaker_ends_a_quotation_left_open(ru):
    claims = read(ru, "Корреспондент Тамара Гуния рассказала о ситуации.\n\n«Мы находимся в селе.\n\n"
                      "Дмитрий Волохов: Тамара, расскажите, что вам удалось узнать?")
    assert claims[-1].attribution == "none"


@pytest.mark.parametrize("language, text, name", [
    # a run of capitalised Latin words is one foreign name, whatever registry name stands inside it
    ("ru", "Об этом пишет The Moscow Herald со ссылкой на источник.", "The Moscow Herald"),
    ("uk", "Про це пише The Kyiv Chronicle з посиланням на джерело.", "The Kyiv Chronicle"),
])
def test_a_foreign_name_in_latin_letters_is_one_name(ru, uk, language, text, name):
    assert read(ru if language == "ru" else uk, text)[-1].sources[0].name == name


def test_a_regions_name_is_no_one_a_pronoun_can_stand_for(uk):
    claims = read(uk, "Артистка збирається дати концерт у Запоріжжі та ще трьох містах України.\n"
                      "Цього року в її планах чотири концерти в Україні. Є серед них і Запоріжжя.\n"
                      "Торік в програмі на каналі вона розповіла, що переїхала через хворобу матері.")
    assert not any("Запоріжж" in s.name for s in claims[-1].sources)


@pytest.mark.parametrize("language, text, expected", [
    # an adjective inside "по данным X" when X follows; with no owner the phrase only hedges the report
    ("ru", "По предварительным данным Минздрава, пострадали трое.", "according_to"),
    ("uk", "За попередніми даними ДСНС, загиблих немає.", "according_to"),
    ("ru", "По предварительным данным, пострадали трое.", "none"),
])
def test_an_adjective_inside_an_according_to_phrase(ru, uk, language, text, expected):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert claim.attribution == expected and bool(claim.sources) == (expected != "none")


@pytest.mark.parametrize("language, text", [
    # "one of the sources": the dictionary-less Ukrainian lemma of "одне" is no word of the list, its form is
    ("uk", "Одне із джерел Reuters зазначило, що в адміністрації немає єдності."),
    ("ru", "Один из источников Reuters отметил, что в администрации нет единства."),
])
def test_one_of_an_outlets_sources_speaks_through_it(ru, uk, language, text):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert any(s.anonymous and s.via for s in claim.sources)


@pytest.mark.parametrize("language, text", [
    # "in the outlet they noted" stands for the outlet last named, and the silence it reports is its claim
    ("ru", "Об этом пишет Reuters. В издании отметили, что компания не ответила на запрос."),
    ("uk", "Про це пише Reuters. У виданні зазначили, що компанія не відповіла на запит."),
    ("ru", "Об этом сообщает Reuters. В агентстве уточнили, что сделка сорвалась."),
])
def test_in_the_outlet_is_the_outlet_last_named(ru, uk, language, text):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == ["Reuters"]


@pytest.mark.parametrize("language, text", [
    # a tag set inside one pair of marks between dashes: both parts are what the speaker said
    ("ru", "Команда проиграла в Казани.\n\n«Игра была тяжелой, — отметил тренер Сергей Орлов, — но мы боролись до "
           "конца»."),
    ("ru", "Певица выступила в Омске.\n\n«Рада вас видеть, - сказала Ольга Рыбина, - будет весело»."),
    ("uk", "Команда програла у Львові.\n\n«Гра була важкою. Ми боролися до кінця, — зазначив тренер Сергій "
           "Орлов. — Висновки зробимо пізніше»."),
    # one mark closes the quoted name and the quotation: «... в «Октябре», — написал X
    ("ru", "Премьера назначена на май.\n\n«Мы ждем зрителей в «Октябре», — написал режиссер Павел Лунин."),
])
def test_a_quotation_interrupted_by_its_tag_is_the_speakers(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)[1:]
    assert claims and all(c.attribution == "direct_quote" for c in claims)
    assert {s.name for c in claims for s in c.sources} in ({"Сергей Орлов"}, {"Ольга Рыбина"}, {"Сергій Орлов"},
                                                           {"Павел Лунин"})
    assert all(h.kind != "scare_quote" for c in claims for h in c.hedges)


@pytest.mark.parametrize("language, text, name", [
    # a surname in -ій is a man's surname in the nominative, not the dative of a noun in -а ("Смолій", not "Смола")
    ("uk", "Ставку знизили, повідомив голова банку Яків Смолій.", "Яків Смолій"),
    ("uk", "Фонд закрили. Про це заявив директор Тарас Бабій.", "Тарас Бабій"),
    ("uk", "За словами Олени Іванової, ставка зросте.", "Олена Іванова"),
    # a preposition capitalised to open the sentence opens no name
    ("uk", "З Олегом Петренком говорили журналісти.", "журналіст"),
    # a registry person after the registry body of his title is the speaker, not the body
    ("uk", "Про це повідомив речник командування Повітряних сил ЗСУ Юрій Ігнат.", "Yuriy Ihnat"),
    ("uk", "Про це в ефірі телемарафону сказав речник Військово-морських сил Дмитро Плетенчук.", "Dmytro Pletenchuk"),
    # a regional body's abbreviation glued to its prefix speaks through its press office
    ("ru", "Пожар потушен. Об этом сообщили в пресс-службе облМЧС.", "облМЧС"),
    ("uk", "Склад у Харкові згорів. Про це повідомили в пресслужбі облДСНС.", "облДСНС"),
    # an abbreviation in brackets between a title and the name
    ("ru", "Цены вырастут. Об этом заявил начальник управления (УГХ) Петр Орлов.", "Петр Орлов"),
    ("uk", "Ціни зростуть. Про це заявив заступник голови (НБУ) Петро Орлик.", "Петро Орлик"),
    # a phrase with a quoted name set off by commas between the speaker and the verb
    ("ru", "Компания выросла.\n\nИсточник, близкий к «Северинвесту», отметил, что сделка состоится.",
     "источник близкий к Северинвесту"),
    # echoing, hinting and arguing report what was said
    ("ru", "Глава банка «Заря» Герман Лосев намекнул, что ставки по вкладам снизятся.", "Герман Лосев"),
    ("ru", "«Мы сохраним курс», — сказал министр Петр Волков. «Бюджет будет сбалансирован», — вторил ему "
           "заместитель Олег Седов.", "Олег Седов"),
    ("uk", "Адвокат Олег Марченко оскаржив арешт, аргументуючи тим, що клієнт не переховувався.", "Олег Марченко"),
])
def test_names_and_verbs_of_the_fifth_spot_check(ru, uk, language, text, name):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == [name]


@pytest.mark.parametrize("language, text", [
    ("ru", "Над областью сбит беспилотник, сообщил губернатор Евгений Первышев.\n\nМатериал дополняется."),
    ("uk", "У Львові відкрили міст. Про це повідомив мер Андрій Садовий.\n\nНовина доповнюється..."),
    ("uk", "У Львові відкрили міст. Про це повідомив мер Андрій Садовий.\nЩЕ ЗА ТЕМОЮ\nУряд виділив кошти на ремонт"),
    ("ru", "Нажмите \"Enter\" для перехода к содержанию\n\nКурс рубля укрепился на открытии торгов, сообщила "
           "Московская биржа. Это произошло после решения ЦБ, которое было объявлено в пятницу."),
])
def test_update_notes_skip_links_and_related_stories_are_furniture(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert all(not any(w in c.text for w in ("дополняется", "доповнюється", "Уряд виділив", "Enter")) for c in claims)


@pytest.mark.parametrize("language, text", [
    # related-story labels printed with "ё" or with words between, and comment boxes, open no article text
    ("ru", "Мэр сообщил, что мост откроют в мае.\n\nРаботы идут по графику.\n\nЕщё статьи по теме:\n\n"
           "Омский мост закрыли на ремонт"),
    ("ru", "Мэр сообщил, что мост откроют в мае.\n\nЕщё по теме\n\nОмский мост закрыли на ремонт"),
    ("ru", "Мэр сообщил, что мост откроют в мае.\n\nОставьте ответ\n\nОмский мост закрыли на ремонт"),
    ("uk", "Мер повідомив, що міст відкриють у травні.\n\nЩе статті по темі\n\nОмський міст закрили на ремонт"),
    # a cookie banner and a photo credit
    ("ru", "Мэр сообщил, что мост откроют в мае.\n\nНа сайте используются cookies. Продолжая использовать сайт, вы "
           "принимаете условия. Омский мост\n\nРемонт займет месяц.\n\nИван Петров/ТАСС"),
])
def test_related_story_labels_and_comment_boxes_are_furniture(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert claims and not any("Омский" in c.text or "Омський" in c.text or "ТАСС" in c.text for c in claims)


@pytest.mark.parametrize("language, text, name", [
    # a profession alone stands for the person named with it, whether or not that person spoke before
    ("ru", "Певец Иван Петров отменил концерт в Омске.\n\n«Прошу прощения за неудобства», — сказал певец.",
     "Иван Петров"),
    ("ru", "Певец Иван Петров выступил в Омске. Актриса Анна Белова покинула театр. Актриса сообщила, что уходит в "
           "кино.", "Анна Белова"),
    ("uk", "Співак Іван Петренко скасував концерт.\n\n«Перепрошую за незручності», — сказав співак.", "Іван Петренко"),
    # a role's synonym with the same complement is the person named with the role
    ("ru", "Пресс-секретарь губернатора Ольга Смирнова прокомментировала решение. «Все выплаты будут сделаны», — "
           "отметила представитель губернатора.", "Ольга Смирнова"),
    # a profession no one was named with is not someone named with another profession
    ("ru", "Певец Иван Петров отменил концерт в Омске.\n\n«Все будет хорошо», — сказал режиссер.", "режиссер"),
    # an outlet's name in quotation marks ending in a hyphenated acronym is a name, not a quotation
    ("ru", "Школы закрыли в пяти регионах.\n\nЧисло закрытых школ выросло до 40, отмечает «Русская служба Би-би-си».",
     "BBC"),
    # ... but another complement is someone else
    ("ru", "Пресс-секретарь губернатора Ольга Смирнова прокомментировала решение. «Все выплаты будут сделаны», — "
           "отметила представитель губернатора.\n\nПредставитель полиции сказал, что задержан один человек.",
     "представитель полиции"),
])
def test_a_profession_or_a_role_refers_back_to_the_person_named_with_it(ru, uk, language, text, name):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == [name]


@pytest.mark.parametrize("language, text", [
    # "як ніби", "так, будто": a comparison, not a hedge
    ("uk", "\"Ми працювали так, ніби війни не було\", - сказала директорка школи Олена Гребінь."),
    ("uk", "Мер Полтави розповів, що місто виглядає, ніби після урагану."),
    ("ru", "Город выглядит так, будто после урагана, сказал мэр."),
])
def test_as_if_is_a_comparison_not_a_hedge(ru, uk, language, text):
    assert [h.text for c in read(ru if language == "ru" else uk, text) for h in c.hedges] == []


def test_as_if_does_not_hide_a_hedge(uk):
    claim = read(uk, "Росія, ніби, готує новий наступ, заявив аналітик.")[-1]
    assert [h.text for h in claim.hedges] == ["ніби"]


@pytest.mark.parametrize("language, text, name", [
    # "він" is the subject named by its role, not the person the sentence acted on in an oblique case
    ("uk", "Прокурор попросив суд заарештувати Романа Гуцала. Також він зазначив, що у Гуцала два паспорти.",
     "прокурор"),
    ("uk", "Слідчий допитав свідка Олега Марченка. Потім він заявив журналістам, що свідок збрехав.", "слідчий"),
])
def test_a_pronoun_is_the_subject_not_the_object_named_in_an_oblique_case(ru, uk, language, text, name):
    assert [s.name for s in read(ru if language == "ru" else uk, text)[-1].sources] == [name]


def test_the_paragraphs_under_a_source_label_are_its_report(uk):
    claims = read(uk, "Втрати окупантів\n\nДжерело: Генеральний штаб Збройних сил України\n\nВ Україні йде 603-тя доба "
                      "повномасштабної агресії.\n\nЗа цей час оборонці знищили понад 289 тисяч окупантів.")
    body = [c for c in claims if "Джерело" not in c.text]
    assert [(c.attribution, [s.name for s in c.sources]) for c in body] == [
        ("indirect", ["General Staff of the Armed Forces of Ukraine"]),
        ("implicit", ["General Staff of the Armed Forces of Ukraine"])]


@pytest.mark.parametrize("language, text", [
    # a verb in the first person is the speaker's own word: no one named after it speaks
    ("ru", "Ночью над Курском снова работала ПВО. Призываю не выкладывать в сеть кадры работы ПВО."),
    ("uk", "Вночі над Києвом працювала ППО. Закликаю не публікувати кадри роботи ППО."),
])
def test_a_verb_in_the_first_person_takes_no_speaker_after_it(ru, uk, language, text):
    assert read(ru if language == "ru" else uk, text)[-1].sources == []


@pytest.mark.parametrize("language, text", [
    # a court finding a charge proven acts; it reports nothing
    ("ru", "Суд признал обвинение доказанным."),
    ("uk", "Суд визнав провину доведеною, повідомили в прокуратурі області."),
])
def test_a_verdict_is_an_act_not_a_report(ru, uk, language, text):
    assert all(s.name != "суд" for s in read(ru if language == "ru" else uk, text)[-1].sources)


@pytest.mark.parametrize("language, text", [
    # a wire's dateline names the agency whose copy this is: its "передает ТАСС" credits no one
    ("ru", "МОСКВА, 3 марта. /ТАСС/. Тарифы на свет вырастут. Об этом заявили в Минэнерго, передает ТАСС."),
    ("uk", "КИЇВ. 5 травня. УНН. Ціни на хліб зростуть. Про це заявили у Мінекономіки, передає УНН."),
])
def test_the_agency_named_in_the_dateline_is_the_outlets_own_voice(ru, uk, language, text):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert claim.sources and all(s.kind != "media" and s.via is None for s in claim.sources)


def test_an_outlets_pointer_passes_on_every_report_of_the_person_it_points_back_to(ru):
    """"Об этом сообщает ТАСС." under two paragraphs of one official's reports relays both, not the nearer alone,
    and the official's later words reach the article through the agency too."""
    claims = read(ru, "Министр энергетики Олег Ким прокомментировал рост цен на бензин.\n\nПо этому вопросу министр "
                      "высказался на брифинге в Москве.\n\nОб этом сообщает ТАСС.\n\nКим напомнил, что цены "
                      "регулируются биржей.")
    assert [[(s.id, s.via) for s in c.sources] for c in claims] == [
        [("oleg-kim", "tass"), ("tass", None)], [("oleg-kim", "tass"), ("tass", None)], [("tass", None)],
        [("oleg-kim", "tass"), ("tass", None)]]


def test_a_pointer_after_a_bodys_report_relays_that_report_alone(uk):
    """A digest glues items together: an outlet's pointer after a body's report reaches no item before it."""
    claims = read(uk, "Мер Іван Сомов заявив, що мости відремонтують. Слідство встановило, що наказ віддав командир. "
                      "Про це пише Інтерфакс-Україна.")
    assert [[(s.id, s.via) for s in c.sources] for c in claims][0] == [("ivan-somov", None)]


@pytest.mark.parametrize("language, text, speaker", [
    # the interviewer addresses the interviewee at a line's opening: the one addressed answers, named only so
    # ("Олено": Олена) or as the article named them before, not the person the headline is about
    ("uk", "Про що говорили мер і депутати\n\n– Олено, доброго дня. Коли ви востаннє говорили з мером Іваном "
           "Петренком?\n– Учора ввечері. Ми говорили годину.\n– Про що саме?\n– Про бюджет і про ремонти шкіл.",
     "Олена"),
    ("ru", "Мы поговорили с экономистом Алексеем Ивановым.\n\n— Алексей Петрович, почему выросли цены на хлеб?\n"
           "— Подорожала мука. Это главное.\n— А что будет дальше?\n— Цены стабилизируются к лету.", "Алексей Иванов"),
    ("uk", "Режисер Василь Коваль відповів на запитання.\n\n– Пане Василю, чому ви повернулися до театру?\n– Бо тут мій дім. "
           "Я прожив тут двадцять років.\n– А що далі?\n– Нова вистава восени.", "Василь Коваль"),
])
def test_the_interviewee_is_the_one_the_interviewer_addresses(ru, uk, language, text, speaker):
    answers = [c for c in read(ru if language == "ru" else uk, text) if "quote.interview_answer" in c.rules]
    assert answers and all([s.name for s in c.sources] == [speaker] for c in answers)


@pytest.mark.parametrize("language, text", [
    # officials in the plural with no one named are unnamed sources
    ("ru", "Российские чиновники заявили, что атака отбита."),
    ("ru", "По заявлениям российских чиновников, атака отбита."),
    ("uk", "Російські чиновники заявили, що атаку відбито."),
])
def test_officials_in_the_plural_are_unnamed(ru, uk, language, text):
    claim = read(ru if language == "ru" else uk, text)[0]
    assert claim.attribution in ("indirect", "according_to")
    assert [s.anonymous for s in claim.sources] == [True]


@pytest.mark.parametrize("language, text, speaker, outlet", [
    # whose words an outlet passes on, by the owner's pronoun: the person who spoke, through the outlet
    ("ru", "Министр финансов Антон Силуанов заявил, что бюджет сбалансирован.\n\nЕго слова передает ТАСС.",
     "anton-siluanov", "tass"),
    ("uk", "Прем'єр Денис Шмигаль заявив, що світло повернуть.\n\nЙого слова передає Укрінформ.", "shmyhal",
     "ukrinform"),
])
def test_the_owner_of_the_words_an_outlet_passes_on_speaks_through_it(ru, uk, language, text, speaker, outlet):
    claim = read(ru if language == "ru" else uk, text)[-1]
    assert {s.id: s.via for s in claim.sources} == {outlet: None, speaker: outlet}


def test_a_name_in_guillemets_inside_a_quotation_running_over_paragraphs(ru, uk):
    claims = read(ru, "Главный тренер «Сокола» Игорь Лапин высказался после игры:\n\n«Мы плохо начали встречу. "
                      "Соперник был быстрее.\n\nВо втором тайме мы сыграли лучше, но гол забил «Факел». Будем "
                      "работать дальше.\n\nВыводы сделаем».")
    assert [c.attribution for c in claims[1:]] == ["direct_quote"] * 5
    claims = read(uk, "Головний тренер «Вереса» Ігор Лапін прокоментував перемогу.\n\n«Я гордий за команду.\n\n"
                      "«Карпати» - досвідчений суперник. Але поле їм заважало».")
    assert [c.attribution for c in claims[1:]] == ["direct_quote"] * 3


def test_a_quotations_tag_takes_back_its_sentences_from_another_source_guessed_beside_the_speaker(ru):
    claims = read(ru, "Губернатор Олег Сомов заявил, что пострадавших нет, однако местные паблики пишут о двух "
                      "раненых.\n\n«Все службы на месте. Ситуация под контролем. Прошу не верить слухам», — написал "
                      "Сомов.")
    assert [[s.name for s in c.sources] for c in claims[1:]] == [["Олег Сомов"]] * 3


def test_an_outlets_name_in_capitals_ends_its_sentence(uk, extractor):
    claims = read(uk, "Про це пише FT. Видання посилається на три джерела.")
    assert [c.text for c in claims][0] == "Про це пише FT."
    # "ft." for feet still goes on
    assert len(extractor.extract("The wall is 12 ft. high in places.")) == 1


@pytest.mark.parametrize("language, text", [
    ("uk", "У Полтаві горів склад. Про це повідомила ДСНС.\nВогонь загасили за дві години.\n"
           "- Росіяни вдарили по Одесі вночі\n- Уряд продовжив програму єОселя"),
    ("ru", "В Твери горел склад. Об этом сообщило МЧС.\nОгонь потушили за два часа.\n"
           "- В Самаре открыли новый мост\n- Правительство продлило программу льготной ипотеки"),
])
def test_dashed_lines_with_no_stop_closing_the_page_are_not_carried(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert all(not c.sources for c in claims if c.text.startswith(("Уряд", "Правительство", "Росіяни", "В Самаре")))
    assert claims[2].sources  # the report's own detail goes on


def test_a_list_of_details_under_the_report_is_carried(uk):
    claims = read(uk, "Уночі ворог атакував Україну дронами. Про це повідомили в Повітряних силах.\n"
                      "▪️За попередніми даними, протиповітряною обороною збито 41 ворожий дрон на півночі країни\n"
                      "▪️Зафіксовано влучання дронів на семи локаціях у трьох областях\n\n"
                      "У Прилуках спалахнула пожежа.")
    assert [c.rules[0] for c in claims if c.text.startswith("▪️Зафіксовано")] == ["carry.list"]


@pytest.mark.parametrize("language, text", [
    ("uk", "Уночі ворог атакував Україну дронами, повідомили в Повітряних силах.\n\n- Збито 41 дрон\n"
           "- Уражено два склади\n- Ще три дрони локаційно втрачені\n\nНаслідки атаки уточнюються."),
    ("ru", "Ночью противник атаковал регион дронами, сообщил губернатор Иван Орлов.\n\n- Сбито 12 дронов\n"
           "- Пострадавших нет\n\nНа месте работают экстренные службы."),
])
def test_short_items_of_a_list_between_paragraphs_are_the_articles(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    items = [c for c in claims if c.text.startswith(("Збито", "Уражено", "Сбито", "Пострадавших"))]
    assert len(items) == 2 and all(c.rules == ["carry.list"] for c in items)


@pytest.mark.parametrize("language, text, source", [
    ("uk", "Армія отримала нові бронемашини\n\nДжерело: пресслужба Міноборони\n\nМіністерство закупило 50 машин. "
           "Зазначається, що їх передадуть бригадам.", "ua-mod"),
    ("ru", "Армия получила новые бронемашины\n\nИсточник: пресс-служба Минобороны\n\nМинистерство закупило 50 машин. "
           "Отмечается, что их передадут бригадам.", "ru-mod"),
])
def test_a_source_label_under_the_title_credits_the_item(ru, uk, language, text, source):
    claims = read(ru if language == "ru" else uk, text)
    body = claims[-2:]
    assert [(c.attribution, [s.id for s in c.sources]) for c in body] == [("indirect", [source]), ("implicit", [source])]


def test_a_credit_line_under_an_item_with_the_next_headline_after_it_credits_nothing(uk):
    claims = read(uk, "Дайджест дня\n\nУ Черкасах відкрили новий міст. Рух по ньому почнеться завтра.\n\n"
                      "Джерело: Укрінформ\n\nУ Львові запустили новий трамвай\n\nТрамвай курсуватиме щодня.")
    assert not any(c.sources for c in claims)


@pytest.mark.parametrize("language, text", [
    ("uk", "Компанія Kernel Holding повідомила, що врожай зріс."),
    ("ru", "Mazda Motor Corporation заявила об отзыве автомобилей."),
])
def test_a_latin_name_with_a_company_word_is_a_company_not_an_outlet(ru, uk, language, text):
    claim = (ru if language == "ru" else uk).extract(text)[0]
    assert [s.kind for s in claim.sources] == ["organization"]
