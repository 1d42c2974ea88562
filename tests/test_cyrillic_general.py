"""Russian and Ukrainian mechanisms that carry to unseen articles, shown on sentences written for these tests
(not taken from the corpus): verbs that report only with what was said, quotations of a few words after a
verb of naming, "one of" an unnamed source, a channel named in quotation marks or referred back to,
hyphenated compounds, loaded terms in any case form, disclaimers, the outlet's own reporting, and the
channel's name repeated over the posts of a Telegram preview."""

from __future__ import annotations


import pytest

import attribution

from .conftest import exact, read


# (language, text, [(source ids, attribution, cue text)] for each claim, in order)
SENTENCES = [
    # A verb that reports only with what was said: as the tag of a quotation, or before a clause...
    ("ru", "«Окна задрожали, мы выбежали на улицу», — поделился Гладков.",
     [(["gladkov"], "direct_quote", "поделился")]),
    ("ru", "Песков напомнил журналистам, что решение уже принято.", [(["peskov"], "indirect", "напомнил")]),
    ("ru", "Минобороны обратило внимание, что дроны запускались с территории соседней области.",
     [(["ru-mod"], "indirect", "обратило")]),
    ("uk", "Синєгубов нагадав, що повітряна тривога досі триває.", [(["syniehubov"], "indirect", "нагадав")]),
    # A speech object pointed at before the verb ("Такий прогноз озвучив") is what was said; the lead before it
    # is the speaker's.
    ("uk", "Ціни зростуть на 9%. Такий прогноз озвучив економіст Андрій Стельмах.",
     [(["andriy-stelmakh"], "implicit", None), (["andriy-stelmakh"], "indirect", "озвучив")]),
    # Giving an assessment or a comment reports; giving money does not.
    ("ru", "Цены вырастут. Такую оценку дал экономист Андрей Громов.",
     [(["andrey-gromov"], "implicit", None), (["andrey-gromov"], "indirect", "дал")]),
    ("uk", "Уряд дав гроші на ремонт.", [([], "none", None)]),
    # Figures voiced as the object, after their adjectives, are reported; figures suffered are not.
    ("uk", "Міністр оборони Денис Шмигаль озвучив приблизні втрати армії за добу.",
     [(["shmyhal"], "indirect", "озвучив")]),
    ("ru", "Министр Андрей Белоусов озвучил новые цифры потерь.", [(["belousov"], "indirect", "озвучил")]),
    ("uk", "Армія продовжує нести великі втрати на фронті.", [([], "none", None)]),
    # a request, an appeal or a warning voiced is what was said
    ("uk", "Голова ОВА Олег Синєгубов повідомив про обстріл. Він нагадав про прохання не публікувати фото наслідків.",
     [(["syniehubov"], "indirect", "повідомив"), (["syniehubov"], "indirect", "нагадав")]),
    ("ru", "Губернатор Вячеслав Гладков сообщил об атаке. Он напомнил о просьбе не публиковать фото последствий.",
     [(["gladkov"], "indirect", "сообщил"), (["gladkov"], "indirect", "напомнил")]),
    # A conviction voiced as a tag or with a clause reports; as an adjective of a thing it does not.
    ("uk", "«Гроші будуть, у цьому я впевнений», – переконаний експерт Андрій Стельмах.",
     [(["andriy-stelmakh"], "direct_quote", "переконаний")]),
    ("ru", "Экономист Андрей Громов уверен, что цены вырастут.", [(["andrey-gromov"], "indirect", "уверен")]),
    ("uk", "Він зробив упевнений крок уперед.", [([], "none", None)]),
    # A one-word body after "в"/"у" by a state body's stem speaks; a place does not.
    ("ru", "Как отмечают в Госполиции, задержаны шесть человек.", [(["gospolitsiya"], "indirect", "отмечают")]),
    ("uk", "У Держпраці повідомили, що перевірка триває.", [(["derzhpratsa"], "indirect", "повідомили")]),
    # ...and so does an abbreviated body after its adjectives; a city after "у" does not.
    ("uk", "У Київському ТЦК пояснили, що сталося.", [(["kiyivskiy-ttsk"], "indirect", "пояснили")]),
    ("ru", "В Харьковском УМВД сообщили, что задержан подозреваемый.", [(["kharkovskiy-umvd"], "indirect", "сообщили")]),
    ("uk", "У Києві пояснили, що сталося.", [([], "none", None)]),
    # an aside opened by a gerund between the subject and its verb does not cut the clause, nor speaks itself;
    # a gerund that cites is the clause's own cue
    ("ru", "Губернатор Роман Бусаргин, записав для жителей короткое видеообращение, заявил, что слухи ложные.",
     [(["busargin"], "indirect", "заявил")]),
    ("ru", "Президент Иван Петров, принимая в Кремле министра обороны Сергея Иванова, сообщил, что учения завершены.",
     [(["ivan-petrov"], "indirect", "сообщил")]),
    # speakers joined by "и"/"та" after an inverted verb both speak
    ("ru", "Склад арендовало издательство «Просвещение», утверждают РЕН ТВ и Mash.",
     [(["ren-tv", "mash"], "indirect", "утверждают")]),
    # ... whatever the gerund's reflexive ending; finding out details reports nothing of anyone's
    ("uk", "Місцеві канали, посилаючись на свідчення очевидців, повідомляють, що в селі вибухнув автомобіль.",
     [(["mistseviy-kanal", "ochevidets"], "indirect", "повідомляють")]),
    ("uk", "Як повідомляє обласна поліція, слідчі з'ясовують деталі вибуху.", [(["oblasna-politsiya"], "indirect",
                                                                            "повідомляє")]),
    # a body named inside an outlet's quoted name is part of that name; one that opens it is the outlet's branch
    ("uk", "Про це повідомляють “Голос України – Схід” з посиланням на поліцію.",
     [(["golos-ukrayini-skhid", "politsiya"], "indirect", "повідомляють")]),
    # a common noun in an oblique case opening the sentence is its object, no surname; an outlet named in quotation
    # marks after "ссылаясь на" is the one cited
    ("ru", "Информацию передает РИА Новости, ссылаясь на «Вести Камчатки».",
     [(["ria", "vesti-kamchatki"], "indirect", "передает")]),
    # the people told, in the dative, take no body after "в": the body speaks
    ("ru", "Многие из них уже покинули зону боевых действий, заявили журналистам в Минобороны России.",
     [(["ru-mod"], "indirect", "заявили")]),
    # a body by its kind with its own name in the genitive speaks; a unit named before a known body is that body
    ("ru", "Департамент здравоохранения области сообщил, что вспышка локализована.",
     [(["departament-zdravookhraneniya-oblasti"], "indirect", "сообщил")]),
    ("ru", "Главное управление МВД сообщило, что число жертв выросло.", [(["ru-mvd"], "indirect", "сообщило")]),
    ("uk", "Управління дорожнього господарства повідомило про ремонт.", [(["upravlinnya"], "indirect", "повідомило")]),
    # specialists and scientists unnamed speak
    ("ru", "Специалисты считают, что именно эта возрастная группа находится в зоне риска.",
     [(["spetsialist"], "indirect", "считают")]),
    ("uk", "Фахівці вважають, що ціни зростуть.", [(["fakhivets"], "indirect", "вважають")]),
    # a name after a preposition and its adjectives is a place or a medium, never the speaker
    ("uk", "«Ціни зростуть», – так прокоментувала регіоналка на російському ТБ.", [([], "none", None)]),
    ("ru", "«Цены вырастут», — заявила депутатша на федеральном ТВ.", [([], "none", None)]),
    # "its data": a body that was the last sentence's source owns them; a person still owns "his"
    ("uk", "Про це повідомляє Держстат. За його даними, ціни зросли на 5%.",
     [(["ukrstat"], "indirect", "повідомляє"), (["ukrstat"], "according_to", "За його даними")]),
    ("ru", "Об этом сообщает Росстат. По его данным, цены выросли на 5%.",
     [(["rosstat"], "indirect", "сообщает"), (["rosstat"], "according_to", "По его данным")]),
    ("uk", "Про це повідомив Железняк. За його даними, ціни зросли.",
     [(["zheleznyak"], "indirect", "повідомив"), (["zheleznyak"], "according_to", "За його даними")]),
    # A plural verb of saying on social networks, no one named: their unnamed users; posting footage is no report
    ("uk", "Ціни зросли на 5% – про це пишуть у соцмережах.", [(["social-media-users"], "indirect", "пишуть")]),
    ("ru", "В соцсетях пишут, что в городе прогремел взрыв.", [(["social-media-users"], "indirect", "пишут")]),
    ("ru", "В соцсетях выложили кадры огня.", [([], "none", None)]),
    # An outlet credited after a dash passes on a report; a person after a dash speaks
    ("ru", "Путин переиграл сам себя, заключив сделку на невыгодных условиях, – пишет Bloomberg.",
     [(["bloomberg"], "indirect", "пишет")]),
    ("uk", "Ми будемо боротися до кінця, - пише Зеленський.", [(["zelensky"], "direct_quote", "пише")]),
    # A verb of saying that opens the sentence is no part of the name after it
    ("uk", "Повідомив Старух у Telegram.", [(["starukh"], "indirect", "Повідомив")]),
    # ...and a plain verb elsewhere.
    ("ru", "Армия продолжила наступление на южном направлении.", [([], "none", None)]),
    ("uk", "Ворог продовжив обстріли прикордонних сіл.", [([], "none", None)]),
    # "каже" is a reporting verb like "сказав".
    ("uk", "\"Працювали наші далекобійні дрони\", - каже джерело в СБУ.",
     [(["source-in-the-security-service-of-ukraine"], "direct_quote", "каже")]),
    # A council speaks like a ministry: "у сільській раді".
    ("uk", "Як повідомили у сільській раді, громада передала військовим три автомобілі.",
     [(["silska-rada"], "indirect", "повідомили")]),
    # A few words quoted after a verb of naming are the speaker's: a direct quote.
    ("ru", "Захарова назвала эти заявления «очередной провокацией».", [(["zakharova"], "direct_quote", "назвала")]),
    ("uk", "Окупанти назвали обстріл «вимушеною відповіддю».", [(["okupant"], "direct_quote", "назвали")]),
    # After "по словам" the same marks report nothing new: the sentence stays "according to".
    ("ru", "По словам Гладкова, в соцсетях гуляет «масса фейков».", [(["gladkov"], "according_to", "По словам")]),
    # "One of" an unnamed source speaks; the hyphenated compound is read by its last part's lemma.
    ("ru", "Об этом пишет один из местных телеграм-каналов.",
     [(["mestnyy-telegram-kanal"], "indirect", "пишет")]),
    # A channel named in quotation marks is that channel, not an unnamed one.
    ("ru", "Об этом сообщил телеграм-канал «Голос Приморья».", [(["golos-primorya"], "indirect", "сообщил")]),
    # "канал" alone refers back to the channel named before.
    ("ru", "Как сообщает Shot, над заводом поднимается дым. По версии канала, загорелась цистерна.",
     [(["shot"], "indirect", "сообщает"), (["shot"], "according_to", "По версии")]),
    # After "по словам", a possessive before a role and a name: the one named speaks.
    ("ru", "По словам его руководителя Александра Шохина, ставка должна снизиться.",
     [(["aleksandr-shokhin"], "according_to", "По словам")]),
    # "шеф" is a role like "начальник"; a body new to the registry is found in its long form.
    ("ru", "Шеф полиции сказал, что улицу закроют.", [(["shef-politsii"], "indirect", "сказал")]),
    ("ru", "Министерство обороны Республики Беларусь опровергает эту информацию.",
     [(["by-mod"], "indirect", "опровергает")]),
    # Verbs of judging, hoping and listing report; "следует из данных X" cites X's data.
    ("ru", "Алексей Орлов счёл неправильным тратить на это бюджетные деньги.",
     [(["aleksey-orlov"], "indirect", "счёл")]),
    ("ru", "Собеседник надеется, что владелец заговорит о продаже.", [(["sobesednik"], "indirect", "надеется")]),
    ("ru", "Цена бензина поднялась на 1,8%, следует из данных Петербургской биржи.",
     [(["peterburgskaya-birzha"], "according_to", "следует из данных")]),
    ("ru", "Стражи порядка предположили, что письма кто-то рассылает умышленно.",
     [(["strazha-poryadka"], "indirect", "предположили")]),
    # More impersonal cues carry the report on: "підкреслюється", "вказано", "указывается".
    ("uk", "Генштаб повідомив про удар по НПЗ. Вказано, що завод переробив 7 млн тонн сировини.",
     [(["genstaff"], "indirect", "повідомив"), (["genstaff"], "implicit", "Вказано")]),
    ("ru", "Минобороны сообщило об ударе. Указывается, что сбиты 12 дронов.",
     [(["ru-mod"], "indirect", "сообщило"), (["ru-mod"], "implicit", "Указывается")]),
    # A reader or a subscriber who wrote to the outlet is an unnamed speaker
    ("ru", "Об этом изданию сообщил подписчик, приславший видео.", [(["podpischik"], "indirect", "сообщил")]),
    # Traders and "росСМИ" are unnamed speakers; a prosecutor general's office is a body.
    ("ru", "Продавцы отмечают, что цены выросли почти на весь товар.", [(["prodavets"], "indirect", "отмечают")]),
    ("ru", "Об этом сообщили росСМИ.", [(["rossmi"], "indirect", "сообщили")]),
    ("ru", "Генпрокуратура подтвердила факт задержания.", [(["genprokuratura"], "indirect", "подтвердила")]),
    # Defendants, passengers, participants are unnamed speakers like residents.
    ("ru", "Пассажиры рассказали, что автобус загорелся на ходу.", [(["passazhir"], "indirect", "рассказали")]),
    ("uk", "Обвинувачені заявили, що вирок несправедливий.", [(["obvinuvacheniy"], "indirect", "заявили")]),
    # "согласно информации, опубликованной на сайте X": whoever published it
    ("ru", "Согласно информации, опубликованной на сайте СБУ, задержанный родом из Ростова.",
     [(["sbu"], "according_to", "Согласно информации")]),
    ("uk", "Згідно з інформацією, опублікованою на сайті СБУ, затриманий родом з Ростова.",
     [(["sbu"], "according_to", "Згідно з інформацією")]),
    # "Такі відомості", "эту информацию": the report points back at the sentence before, as "про це" does
    ("uk", "Ексголові митниці готують підозру. Такі відомості передає Інтерфакс-Україна.",
     [(["interfax-ukraine"], "implicit", None), (["interfax-ukraine"], "indirect", "передає")]),
    ("ru", "Экс-главе таможни готовят обвинение. Эту информацию подтвердили в прокуратуре.",
     [(["prokuratura"], "implicit", None), (["prokuratura"], "indirect", "подтвердили")]),
    # "не відповідають дійсності" is a denial that goes on with the report, not a source's silence
    ("uk", "Поліція повідомила про затримання водія. Чутки про викрадення не відповідають дійсності.",
     [(["politsiya"], "indirect", "повідомила"), (["politsiya"], "implicit", None)]),
    ("ru", "Минздрав сообщил о работе больниц. Слухи о закрытии не отвечают действительности.",
     [(["ru-moh"], "indirect", "сообщил"), (["ru-moh"], "implicit", None)]),
    # "Согласно сообщению" with no owner named: the report just made, whoever made it
    ("ru", "Мэра задержали утром, сообщает ТАСС.\n\nСогласно сообщению, обыск длился три часа.",
     [(["tass"], "indirect", "сообщает"), (["tass"], "according_to", "Согласно сообщению")]),
    ("uk", "Мера затримали вранці, повідомляє Суспільне.\n\nЗа повідомленням, обшук тривав три години.",
     [(["suspilne"], "indirect", "повідомляє"), (["suspilne"], "according_to", "За повідомленням")]),
    # A capitalised adjective opens a body's name; a time before it counts no one; an abbreviation in brackets
    # after the body does not end the clause
    ("ru", "В 18:42 Государственная полиция сообщила, что службы закончили работу.",
     [(["gosudarstvennaya-politsiya"], "indirect", "сообщила")]),
    ("ru", "В Государственной пожарно-спасательной службе (ГПСС) подтвердили, что спасатели выезжали по вызову.",
     [(["gosudarstvennaya-pozharno-spasatelnaya-sluzhba"], "indirect", "подтвердили")]),
    # A place after a dash in a sentence with a final stop is no headline's source; a speaker after speech is
    ("uk", "Ворог обстріляв прикордонні громади.\n\nУ Богодухівському - Золочів.",
     [([], "none", None), ([], "none", None)]),
    ("uk", "\"Ситуація під контролем\", - Синєгубов.", [(["syniehubov"], "according_to", None)]),
    # A reporting verb's impersonal passive names no speaker: the report goes on; a weapon never speaks...
    ("uk", "Повітряні сили повідомили про нічну атаку. Підтверджено збиття 63 ударних БпЛА.",
     [(["ua-af"], "indirect", "повідомили"), (["ua-af"], "implicit", "Підтверджено")]),
    # ...but one that names a body after "в" is that body's report
    ("uk", "Ворог атакував Харків. Як повідомлено в ОВА, постраждали двоє людей.",
     [([], "none", None), (["ova"], "indirect", "повідомлено")]),
    # A day of the week is never a source, and a date set off by commas does not end the verb's clause
    ("uk", "Про це повідомив у четвер, 30 червня, журнал Der Spiegel.", [(["spiegel"], "indirect", "повідомив")]),
    ("ru", "Об этом сообщил в среду, 12 марта, губернатор Вячеслав Гладков.",
     [(["gladkov"], "indirect", "сообщил")]),
    # A role in apposition between a name and its verb: the name speaks
    ("uk", "Андрій Коваль, генеральний директор інтернет-провайдера «Мережа Поділля», заявив, що бізнес не продається.",
     [(["andriy-koval"], "indirect", "заявив")]),
    ("ru", "Иван Петров, глава районной администрации, заявил, что дороги расчистят к утру.",
     [(["ivan-petrov"], "indirect", "заявил")]),
    # A short aside in brackets does not end the clause; a country in the genitive is no subject
    ("ru", "Главный тренер Николай Трубачев после победы над ЦСКА (2:0) в матче чемпионата России отметил, "
           "что команда справилась.", [(["nikolay-trubachev"], "indirect", "отметил")]),
    # A registry body followed by another state than its own is that state's body, not the registry's
    ("ru", "По сообщению МЧС Кыргызстана, сель разрушил несколько домов и дорогу.",
     [(["mchs-kyrgyzstana"], "according_to", "По сообщению")]),
    ("ru", "По сообщению МЧС России, сель разрушил несколько домов и дорогу.", [(["ru-mchs"], "according_to", "По сообщению")]),
    # A body named by its abbreviation and its place speaks after "в"; "неизвестно" is no unnamed source
    ("ru", "В МЦУ Владивостока сообщили, что переслали сведения в управление городской среды.",
     [(["mtsu-vladivostok"], "indirect", "сообщили")]),
    ("ru", "Кто именно оказался под ограничениями, неизвестно.\n\n«Заходить к ним нельзя», — сообщает источник.",
     [([], "none", None), (["istochnik"], "direct_quote", "сообщает")]),
    # "as follows from the article": the article of the outlet just named
    ("uk", "Про це повідомив журнал Der Spiegel. Як випливає зі статті, блогери не визнали своєї причетності.",
     [(["spiegel"], "indirect", "повідомив"), (["spiegel"], "according_to", "випливає зі статті")]),
    ("ru", "Об этом сообщила газета «Коммерсантъ». Как следует из статьи, сделка сорвалась.",
     [(["kommersant"], "indirect", "сообщила"), (["kommersant"], "according_to", "следует из статьи")]),
    # "у своєму телеграм-каналі" is where it was written; a settlement's name is a place; a first name in the
    # genitive is no subject
    ("uk", "Про це написав у своєму телеграм-каналі голова Харківської ОВА Олег Синєгубов.",
     [(["syniehubov"], "indirect", "написав")]),
    ("uk", "Синєгубов повідомив про обстріл с. Гряниківка.\n\n\"Люди не постраждали\", - йдеться у дописі.",
     [(["syniehubov"], "indirect", "повідомив"), (["syniehubov"], "direct_quote", "йдеться")]),
    ("ru", "Суд арестовал седьмого обвиняемого по делу Михаила Абызова, сообщает РИА «Новости».",
     [(["ria"], "indirect", "сообщает")]),
    # A gerund of saying after a comma: the subject of the clause it hangs on speaks
    ("ru", "Президент Владимир Путин обратился к гражданам, сказав, что решение уже принято.",
     [(["putin"], "indirect", "сказав")]),
    # "Там" opening a sentence before a plural reporting verb stands for the body last named...
    ("ru", "Минэнерго провело совещание с нефтяниками. Там сообщили, что запасов бензина хватит до осени.",
     [([], "none", None), (["ru-energy-ministry"], "indirect", "сообщили")]),
    ("uk", "Укренерго оновило графіки. Там, як завжди, наголосили, що ситуація може змінитися.",
     [([], "none", None), (["ukrenergo"], "indirect", "наголосили")]),
    # ...but not a place, nor a person.
    ("ru", "Губернатор побывал на заводе. Там жители рассказали, что воды нет третий день.",
     [([], "none", None), (["zhitel"], "indirect", "рассказали")]),
    # Advice and jokes report; repeating or assessing reports only with what was said.
    ("uk", "\"Не виходьте з укриттів до відбою тривоги\", - порадив Синєгубов.",
     [(["syniehubov"], "direct_quote", "порадив")]),
    ("ru", "«Не выходите из укрытий до отбоя тревоги», — посоветовал Гладков.",
     [(["gladkov"], "direct_quote", "посоветовал")]),
    ("uk", "Синєгубов пожартував, що тривога вже стала звичкою.", [(["syniehubov"], "indirect", "пожартував")]),
    ("uk", "Російська армія повторила атаку на Харків.", [([], "none", None)]),
    ("ru", "Власти оценили ущерб в пять миллионов рублей.", [([], "none", None)]),
    # A statement's owner named after it, past its adjectives, or before the impersonal verb
    ("ru", "Об этом сказано в уведомлении Минобороны РФ.", [(["ru-mod"], "indirect", "сказано")]),
    ("ru", "В докладе Минобороны РФ говорится, что сбиты шесть беспилотников.",
     [(["ru-mod"], "indirect", "говорится")]),
    ("uk", "Про це йдеться в публікації впливового видання Politico.", [(["politico"], "indirect", "йдеться")]),
    # A plural verb of saying with no subject at all: the body whose report came just before
    ("uk", "У прокуратурі розповіли подробиці справи. Зокрема, заявили, що у справі тривають обшуки.",
     [(["prokuratura"], "indirect", "розповіли"), (["prokuratura"], "indirect", "заявили")]),
    # "медіа" alone, or before the speaker's title, describes; with an adjective it is an unnamed outlet
    ("uk", "У коментарі медіа очільник громади Роман Лисенко повідомив, що під удар потрапив гараж.",
     [(["roman-lisenko"], "indirect", "повідомив")]),
    ("ru", "Украинские медиа пишут, что в Одессе взрывы.", [(["ukrainskie-media"], "indirect", "пишут")]),
    # A bare title refers back to the person last named with it, a quoted complement in the title too; a body
    # after "в" is no such title
    ("ru", "Главный тренер «Ротора» Игорь Петренко заявил, что команда готова. Тренер добавил, что придут новички.",
     [(["igor-petrenko"], "indirect", "заявил"), (["igor-petrenko"], "indirect", "добавил")]),
    ("uk", "Міністр фінансів Сергій Марченко заявив, що бюджет збалансований. Міністр додав, що дефіциту не буде.",
     [(["sergiy-marchenko"], "indirect", "заявив"), (["sergiy-marchenko"], "indirect", "додав")]),
    # A state body by a one-word name the registry does not know ("Держ..." / "Мін...") speaks as a body
    ("uk", "Держспоживслужба повідомила, що перевірки тривають.",
     [(["derzhspozhivsluzhba"], "indirect", "повідомила")]),
    ("ru", "Минпромторг сообщил, что выпуск автомобилей вырастет к осени.",
     [(["ru-minpromtorg"], "indirect", "сообщил")]),
    # A person whose first name stands in another case than the nominative is no subject
    ("uk", "Олену Коваль, яка живе в Польщі, звинувачують у шахрайстві з пенсіями.", [([], "none", None)]),
    ("uk", "Олена Коваль заявила, що невинна.", [(["olena-koval"], "indirect", "заявила")]),
    # "Он" is one person, never a group of officials named after the speaker
    ("ru", "Мэр Самары Сергей Петров назвал слухами сообщения о запрете городским чиновникам уходить в отпуск. "
           "Он отметил, что не видел такого документа.",
     [(["sergey-petrov"], "indirect", "назвал"), (["sergey-petrov"], "indirect", "отметил")]),
    # People in the genitive plural after a noun are whose something is, not who speaks; a share of them speaks
    ("ru", "Вместо него на вопросы журналистов отвечал ассистент Олег Смирнов.",
     [(["oleg-smirnov"], "indirect", "отвечал")]),
    # A person's full name after a dash closing the sentence signs the words before it; a dative is no signature
    ("ru", "Рынок работает в обычном режиме. Никаких проверок не было — Анна Ковалева.",
     [(["anna-kovaleva"], "direct_quote", None), (["anna-kovaleva"], "direct_quote", None)]),
    ("uk", "Суд визначив запобіжний захід і батькові Дениса — Петру Чорногузу.", [([], "none", None)]),
    ("ru", "Москва — столица России.", [([], "none", None)]),
    # A view of what something is voiced by the body itself ("в самой мэрии": the town hall)
    ("ru", "В самой мэрии эти сообщения расценили как провокацию.", [(["meriya"], "indirect", "расценили")]),
    # A body's abbreviation in brackets and its state belong to its name; a branch opening with its state
    # takes in the body before it
    ("uk", "Державна прикордонна служба (ДПСУ) України повідомила про затримання порушника.",
     [(["ua-dpsu"], "indirect", "повідомила")]),
    ("ru", "Главное управление Следственного комитета РФ по Москве заявило, что данных об обысках нет.",
     [(["glavnoe-upravlenie-sledstvennogo-komiteta-rf-po-moskve"], "indirect", "заявило")]),
    # A sentence passed is an act; condemning an attack is a report
    ("uk", "Суд засудив двох чоловіків до чотирьох років колонії.", [([], "none", None)]),
    ("ru", "Суд осудил мужчину к трем годам колонии.", [([], "none", None)]),
    ("uk", "Зеленський засудив напад на Харків.", [(["zelensky"], "indirect", "засудив")]),
    # Institutions named by an adjective and a noun, as the registry knows them
    ("ru", "Национальный банк Украины сообщил, что инфляция замедлилась.", [(["nbu"], "indirect", "сообщил")]),
    ("uk", "Національна гвардія повідомила, що бій триває.", [(["ua-ngu"], "indirect", "повідомила")]),
    ("uk", "Пенсійний фонд повідомив про перерахунок пенсій.", [(["ua-pension-fund"], "indirect", "повідомив")]),
    # An abbreviation after a title is the body it heads, and the title the person named with it before
    ("ru", "Начальник ХОВА Олег Синегубов сообщил об обстреле. «Ранены два человека», — дополнил начальник ХОВА.",
     [(["syniehubov"], "indirect", "сообщил"), (["syniehubov"], "direct_quote", "дополнил")]),
    # a verb listed with "ё" matches its lemma written with "е"
    ("ru", "Мэр Иван Петров подчеркивал, что налоги повышать не будут.", [(["ivan-petrov"], "indirect", "подчеркивал")]),
    # Speech still to come reports nothing yet
    ("ru", "Ожидается, что трое судей объявят решение в пятницу.", [([], "none", None)]),
    ("ru", "Суд будет сообщать о ходе дела.", [([], "none", None)]),
    ("uk", "Суд повідомлятиме про хід справи.", [([], "none", None)]),
    # A verb of saying inside a relative clause reports to no one; the people in the dative are spoken to.
    ("uk", "Правоохоронці затримали жителя міста, який передавав росіянам відомості про військових.",
     [([], "none", None)]),
    ("ru", "Полиция задержала мужчину, который сообщал оккупантам о позициях военных.", [([], "none", None)]),
    # "собеседник агентства": the outlet's unnamed source it last cited, not a new one (nor someone merely named)
    ("ru", "Склад загорелся в Химках, где ждет суда осужденный в России моряк, сообщил ТАСС источник в полиции.\n"
           "\"Огонь охватил 300 метров\", - сказал собеседник агентства.",
     [(["istochnik-v-politsii", "tass"], "indirect", "сообщил"), (["istochnik-v-politsii", "tass"], "direct_quote", "сказал")]),
    ("uk", "Склад загорівся у Броварах, повідомило джерело в поліції агентству Укрінформ.\n"
           "«Вогонь охопив 300 метрів», – сказав співрозмовник агентства.",
     [(["dzherelo-v-politsiyi", "ukrinform"], "indirect", "повідомило"),
      (["dzherelo-v-politsiyi", "ukrinform"], "direct_quote", "сказав")]),
    # the people told, in the dative, end their phrase: the speaker after them is named; an outlet told and a day
    # may stand between the verb and its speaker
    ("ru", "Пожар потушен, сообщила журналистам руководитель пресс-службы мэра Анна Смирнова.",
     [(["anna-smirnova"], "indirect", "сообщила")]),
    ("ru", "Склад сгорел в Химках, сообщил ТАСС в среду источник в экстренных службах.",
     [(["istochnik-v-ekstrennykh-sluzhbakh", "tass"], "indirect", "сообщил")]),
    # a role after a name and a dash is the person's, whom a later "он" stands for
    ("ru", "Виктор Ковальчук — бывший главный редактор газеты «Край». В июле он сообщал, что его машину подожгли.",
     [([], "none", None), (["viktor-kovalchuk"], "indirect", "сообщал")]),
    # the head of a military administration by another of its titles, or its title's initials, is the one named
    ("uk", "Про це повідомив голова Полтавської ОВА Іван Петренко.\n\nО 16:20 очільник ОВА повідомив про поранених.",
     [(["ivan-petrenko"], "indirect", "повідомив"), (["ivan-petrenko"], "indirect", "повідомив")]),
    ("uk", "Про це повідомив начальник Черкаської обласної військової адміністрації Іван Петренко.\n\n"
           "За словами начальника ОВА, пошкоджено дві школи.",
     [(["ivan-petrenko"], "indirect", "повідомив"), (["ivan-petrenko"], "according_to", "За словами")]),
    ("uk", "Про це повідомив Іван Петренко, голова Полтавської ОВА.\n\nВін додав, що пошкоджено школу.",
     [(["ivan-petrenko"], "indirect", "повідомив"), (["ivan-petrenko"], "indirect", "додав")]),
    # a profession opening the sentence is no part of the name after it; later it stands for the person who spoke,
    # not for one the sentence before only mentioned
    ("uk", "Співачка Ольга Бондар розповіла, що концерт перенесли.", [(["olga-bondar"], "indirect", "розповіла")]),
    ("ru", "Певица Ольга Бондарь рассказала, что концерт перенесли.", [(["olga-bondar"], "indirect", "рассказала")]),
    ("uk", "Журналіст Мартін Гейл заявив, що говорив з радниками. При цьому він додав, що з генералом Валерієм "
           "Залужним не зустрічався.\n«Ми ніколи не говорили», – зазначив журналіст.",
     [(["martin-geyl"], "indirect", "заявив"), (["martin-geyl"], "indirect", "додав"),
      (["martin-geyl"], "direct_quote", "зазначив")]),
    # a foreign name no dictionary knows, after a title and its body, is the person's, as written
    ("uk", "\"Ми знаємо про ці дописи\", - прокоментувала заступниця речника Пентагону Дженніфер Лоу.",
     [(["dzhennifer-lou"], "direct_quote", "прокоментувала")]),
    # a line naming a person and closing on a colon, with no verb of saying: the dialogue lines after it are theirs
    ("ru", "Первым к журналистам вышел Игорь Белов, наставник «Волги», который был краток:\n"
           "- Матч был тяжелый. Мы не реализовали моменты.",
     [([], "none", None), (["igor-belov"], "direct_quote", None), (["igor-belov"], "direct_quote", None)]),
    ("uk", "Ігор Білий, тренер «Волині»:\n— Матч був важкий. Ми не реалізували моменти.",
     [([], "none", None), (["igor-biliy"], "direct_quote", None), (["igor-biliy"], "direct_quote", None)]),
    # "в разговоре с X заявил": the outlet talked with passes the words on; a channel completing a noun says nothing
    ("ru", "Создатель канала Олег Рябов в разговоре с РБК заявил, что сервис закроется.",
     [(["oleg-ryabov", "rbc-russia"], "indirect", "заявил")]),
    ("uk", "Засновник сервісу Олег Рябов у розмові з РБК-Україна заявив, що сервіс закриється.",
     [(["oleg-ryabov", "rbc-ukraine"], "indirect", "заявив")]),
    # "с изданием": the outlet last named; a surname no man bears after his title is his client's, in the genitive
    ("ru", "Корнеева задержали в Москве, сообщает РБК.\n\nФакт задержания в беседе с изданием подтвердил адвокат "
           "Корнеева.", [(["rbc-russia"], "indirect", "сообщает"),
                         (["advokat-korneeva", "rbc-russia"], "indirect", "подтвердил")]),
    # a relative clause between the subject and its verb, opened by a preposition: no speaker stands in it
    ("uk", "Міністр, з яким поспілкувалося видання, повідомив, що уряд піде у відставку.",
     [(["ministr"], "indirect", "повідомив")]),
    ("ru", "Министр, с которым побеседовало издание, сообщил, что правительство уйдет в отставку.",
     [(["ministr"], "indirect", "сообщил")]),
    # speech closed by a dash tag whose comma was left out: the paragraph before it is the speaker's too
    ("uk", "Зафіксовано влучання в будинок. Інформація про постраждалих уточнюється - написав начальник МВА Петро "
           "Гнатюк.", [(["petro-gnatyuk"], "direct_quote", None), (["petro-gnatyuk"], "direct_quote", "написав")]),
    # two titles, then the name both describe
    ("uk", "Про це заявив радник президента України, екс-глава МВС України Петро Гнатюк.",
     [(["petro-gnatyuk"], "indirect", "заявив")]),
    ("ru", "Об этом заявил советник мэра Москвы, бывший глава МВД России Петр Гнатюк.",
     [(["petr-gnatyuk"], "indirect", "заявил")]),
    # an occupation body in scare quotes inside a title: the person named after it speaks
    ("uk", "Явка склала 80%, заявила голова “виборчої комісії” області Ольга Бондар.",
     [(["olga-bondar"], "indirect", "заявила")]),
    ("ru", "Явка составила 80%, заявила глава «избирательной комиссии» области Ольга Бондарь.",
     [(["olga-bondar"], "indirect", "заявила")]),
    # a company by its quoted name is that company; in the genitive, inside a title, it completes the title
    ("ru", "Компания «Северсталь» опровергла сообщения о продаже.", [(["severstal"], "indirect", "опровергла")]),
    ("uk", "Про це повідомила компанія «Нова пошта».", [(["nova-poshta"], "indirect", "повідомила")]),
    # a court's finding of guilt is no report; a team's "наставник" is its coach named before
    ("ru", "Суд признал мужчину виновным и приговорил его к году колонии.", [([], "none", None)]),
    ("uk", "Суд визнав чоловіка винним і засудив його до року колонії.", [([], "none", None)]),
    ("uk", "Після матчу головний тренер «Десни» Петро Левченко прокоментував гру. Зокрема, наставник «Десни» "
           "зазначив, що команда втомилася.",
     [(["petro-levchenko"], "indirect", "прокоментував"), (["petro-levchenko"], "indirect", "зазначив")]),
    # "комментариев не давал": a silence, the outlet's own words
    ("ru", "Киев официальных комментариев по поводу атаки пока не давал.", [([], "none", None)]),
    ("uk", "Київ офіційних коментарів щодо атаки поки не давав.", [([], "none", None)]),
    # speaking a language is no report
    ("uk", "Усі учасники наради говорять англійською мовою.", [([], "none", None)]),
    ("ru", "Все участники совещания говорят на английском языке.", [([], "none", None)]),
    # "установлено, что": an impersonal finding goes on with the report before it
    ("ru", "Поджог раскрыт, сообщает пресс-служба прокуратуры.\n\nВ суде установлено, что в мае он поджег машину.",
     [(["press-sluzhba-prokuratury"], "indirect", "сообщает"), (["press-sluzhba-prokuratury"], "implicit", "установлено")]),
    ("uk", "Підпал розкрито, повідомляє пресслужба прокуратури.\n\nСлідством встановлено, що в травні він підпалив авто.",
     [(["pressluzhba-prokuraturi"], "indirect", "повідомляє"), (["pressluzhba-prokuraturi"], "implicit", "встановлено")]),
    # ...but an object's relative leaves the speaker after the verb, and a name is no pronoun
    ("uk", "\"Ми відкрили морський коридор, і наше зерно знову йде на експорт\", – сказав Зеленський в інтерв'ю, "
           "анонс якого оприлюднив телеканал.", [(["zelensky", "telekanal"], "direct_quote", "сказав")]),
]


@pytest.mark.parametrize("language, text, expected", SENTENCES, ids=[f"{s[0]}: {s[1][:40]}" for s in SENTENCES])
def test_sentences(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    got = [([s.id for s in c.sources], c.attribution, c.cue.text if c.cue else None) for c in claims]
    assert got == expected


def test_an_unnamed_source_after_one_of_is_anonymous(ru):
    claim = read(ru, "Об этом пишет один из местных телеграм-каналов.")[0]
    assert claim.sources[0].anonymous and claim.sources[0].mention == "местных телеграм-каналов"


# (language, text, [(hedge text, kind)])
HEDGES = [
    # "it is claimed" distances the outlet as "claims" does
    ("ru", "В ролике утверждается, что в городе задержали банду.", [("утверждается", "distancing_verb")]),
    ("uk", "У відео стверджується, що в місті затримали банду.", [("стверджується", "distancing_verb")]),
    # A disclaimer whatever its subject.
    ("ru", "Над промзоной поднимается густой дым. Связь пожара с атакой официально не подтверждена.",
     [("официально не подтверждена", "evidential")]),
    ("uk", "Ці дані офіційно не підтверджені.", [("Ці дані офіційно не підтверджені", "evidential")]),
    # A loaded term in a case form whose stem changes ("миротворцы" -> «миротворцев»), even after a cue.
    ("ru", "Глава республики Рамзан Кадыров предложил направить в регион «миротворцев».",
     [("миротворцев", "scare_quote")]),
]


@pytest.mark.parametrize("language, text, expected", HEDGES, ids=[f"{h[0]}: {h[1][:40]}" for h in HEDGES])
def test_hedges(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [(h.text, h.kind) for c in claims for h in c.hedges] == expected


def test_the_outlet_speaking_of_its_own_reporting_ends_the_report_before(uk):
    text = ("Укрінформ\n\nГолова Донецької ОВА Вадим Філашкін повідомив, що внаслідок обстрілу поранено трьох людей. "
            "Як повідомляв Укрінформ, раніше росіяни скинули авіабомбу на Костянтинівку.\n\n© 2025 Укрінформ\n")
    claims = read(uk, text)
    assert [([s.id for s in c.sources], c.attribution) for c in claims] == [(["filashkin"], "indirect"), ([], "none")]


def test_the_channel_name_over_every_post_of_a_telegram_preview_is_furniture(uk):
    text = ("Суспільне Новини\n@suspilnenews\n1.2M subscribers\nСуспільне Новини\n"
            "У Херсоні лунають вибухи, повідомляють кореспонденти Суспільного.\n12.8K views19:58\n"
            "Суспільне Новини\nВорог ударив дроном по Зеленівці. Поранено двох людей, повідомила ОВА.\n"
            "13.5K views20:11\n")
    claims = read(uk, text)
    assert [c.text for c in claims] == ["У Херсоні лунають вибухи, повідомляють кореспонденти Суспільного.",
                                        "Ворог ударив дроном по Зеленівці.", "Поранено двох людей, повідомила ОВА."]


@pytest.mark.parametrize("language, text", [
    ("ru", "Губернатор сообщил, что пострадавших нет.\nКроме того, в Курске повреждены два дома.\nКак \n"),
    ("uk", "Голова ОВА повідомив, що постраждалих немає.\nКрім того, у місті пошкоджено два будинки.\nЩо \n"),
])
def test_a_last_line_cut_after_a_function_word_is_body(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert claims[-1].text.strip() in ("Как", "Що")


# (language, text, [(source id, via)] of the last claim)
CHAINS = [
    # "За словами X, Y повідомив, що ...": Y's words reach the article through X; the speaker's own words do not
    ("uk", "За словами очевидців, мер Петро Гнатюк повідомив, що школу закриють.",
     [("petro-gnatyuk", "ochevidets"), ("ochevidets", None)]),
    ("ru", "По словам очевидцев, мэр Петр Гнатюк сообщил, что школу закроют.",
     [("petr-gnatyuk", "ochevidets"), ("ochevidets", None)]),
    # the one quoted is the person, not the country in the person's title
    ("ru", "«Мы продолжим поддержку», — цитирует Reuters госсекретаря США Марко Рубио.",
     [("reuters", None), ("rubio", "reuters")]),
    # "the publication" told in the dative is the outlet cited before
    ("uk", "Про це пише «Економічна правда». Джерело в уряді розповіло виданню, що рішення ухвалять.",
     [("dzherelo-v-uryadi", "ekonomichna-pravda"), ("ekonomichna-pravda", None)]),
    # "заявив A, передає B з посиланням на C": B cites C, through whom A's words reach B
    ("uk", "Про це заявив колишній посол Петро Сидоренко, передає Факти ICTV з посиланням на «Суспільне».",
     [("petro-sidorenko", "suspilne"), ("ictv", None), ("suspilne", "ictv")]),
    ("ru", "Об этом заявил бывший посол Петр Сидоренко, передает РИА Новости со ссылкой на ТАСС.",
     [("petr-sidorenko", "tass"), ("ria", None), ("tass", "ria")]),
    # The speaker a body's title leads to, after the verb, and the outlet "in a comment for" whom he spoke.
    ("uk", "Про це розповів речник СБУ Артем Дехтяренко у коментарі для Суспільного.",
     [("artem-dekhtyarenko", "suspilne"), ("suspilne", None)]),
    # The interview's outlet after the verb's subject, in Latin letters.
    ("uk", "\"Ми зараз саме тут\", – сказав Зеленський в інтерв'ю Fox News.",
     [("zelensky", "fox-news"), ("fox-news", None)]),
    # A body after "в" and an adjective speaks to the outlet between it and the verb.
    ("ru", "Об этом сообщили ТАСС в региональном минздраве.", [("ru-moh", "tass"), ("tass", None)]),
    # An outlet nobody registered, closing the sentence with a verb of relaying, relays its speaker.
    ("uk", "Про це розказав народний депутат Ярослав Железняк, пише Політека.",
     [("yaroslav-zheleznyak", "politeka"), ("politeka", None)]),
    ("ru", "Об этом рассказал экономист Андрей Громов, пишет Лента.",
     [("andrey-gromov", "lenta"), ("lenta", None)]),
    # An outlet in the dative or the nominative after a role is the one told or quoting, no complement of the role;
    # one in the genitive before a name is
    ("ru", "Приговор будет обжалован, сообщил адвокат «Интерфаксу».", [("advokat", "interfax"), ("interfax", None)]),
    ("ru", "«Это несправедливо», - цитирует адвоката «Интерфакс».", [("interfax", None), ("advokat", "interfax")]),
    ("ru", "Об этом сообщил генеральный директор компании «Дом.РФ» Виталий Мутко.", [("vitaliy-mutko", None)]),
    # A speaker inside an outlet's report of its cited sources speaks through those sources; one beside them
    # ("слова которых подтвердил ...") through the outlet
    ("uk", "Агенція Reuters з посиланням на джерела розповідає, що Віткофф казав Трампу, що війну треба зупинити.",
     [("reuters", None), ("vitkoff", "dzherelo"), ("dzherelo", "reuters")]),
    ("ru", "Об этом пишут «Ведомости» со ссылкой на двух собеседников, слова которых подтвердил один из руководителей "
           "правительства.", [("vedomosti", None), ("rukovoditel-pravitelstva", "vedomosti"), ("sobesednik", "vedomosti")]),
    # The person a body's title leads to is the one cited, not the body; bodies joined by "та" are both cited
    ("uk", "Про це повідомило Суспільне з посиланням на речницю СБУ Анну Свінціцьку.",
     [("suspilne", None), ("anna-svintsitska", "suspilne")]),
    ("uk", "Про це повідомило Суспільне з посиланням на СБУ та поліцію.",
     [("suspilne", None), ("sbu", "suspilne"), ("politsiya", "suspilne")]),
    # A role phrase that ends with a first name and surname names the subject, not an appositive of the word
    # before its comma, so the closing outlet still comes after it.
    ("uk", "Про це розказав народний депутат України, перший заступник голови комітету Ярослав Железняк, пише "
           "Політека.", [("yaroslav-zheleznyak", "politeka"), ("politeka", None)]),
    # Whom the subject cites, in an aside between commas (or with the closing comma left out), is no speaker;
    # unnamed outlets cite too, and a citing phrase after a full clause leaves the speaker after the verb.
    ("uk", "Суспільне, з посиланням на власні джерела, написало, що мера затримали.",
     [("suspilne", None), ("vlasne-dzherelo", "suspilne")]),
    ("uk", "Місцеві медіа, з посиланням на власні джерела написали, що мера затримали.",
     [("mistsevi-media", None), ("vlasne-dzherelo", "mistsevi-media")]),
    ("ru", "«Коммерсант», со ссылкой на источники, сообщил, что мэра задержали.",
     [("kommersant", None), ("istochnik", "kommersant")]),
    ("uk", "Мер поїхав до Києва, з посиланням на джерела пише Суспільне.", [("suspilne", None), ("dzherelo", "suspilne")]),
    # the outlet told, right before the verb with a time between or after it with the subject before, relays
    ("ru", "Об этом ТАСС в среду сообщил источник в полиции.",
     [("istochnik-v-politsii", "tass"), ("tass", None)]),
    ("ru", "Об этом источник в полиции сообщил ТАСС.", [("istochnik-v-politsii", "tass"), ("tass", None)]),
    # two outlets closing the sentence: the speaker's words reach the first, its report the second
    ("ru", "Об этом сообщил начальник полиции Игорь Климов, передает ТАСС, пишет «Вечерний Омск».",
     [("igor-klimov", "tass"), ("tass", "vecherniy-omsk"), ("vecherniy-omsk", None)]),
    # the outlet's interlocutor is the one named who spoke to it, through it
    ("ru", "Об этом ТАСС сообщил адвокат Иван Петров. \"Мы обжалуем приговор\", - сказал собеседник агентства.",
     [("ivan-petrov", "tass"), ("tass", None)]),
    ("ru", "Жители потребовали перенести стройку, сообщил в среду ТАСС глава местного совета Олег Минин.",
     [("oleg-minin", "tass"), ("tass", None)]),
    ("uk", "Мешканці вимагають перенести будівництво, повідомив у середу УНІАН голова місцевої ради Олег Мінін.",
     [("oleg-minin", "unian"), ("unian", None)]),
    ("uk", "Про це джерело в поліції повідомило Укрінформу.", [("dzherelo-v-politsiyi", "ukrinform"), ("ukrinform", None)]),
    # a list of three speakers, before the verb or after it, speaks whole
    ("ru", "Телеграм-каналы Mash, Shot и Astra сообщили о пожаре на нефтебазе.",
     [("astra", None), ("shot", None), ("mash", None)]),
    ("ru", "Об этом сообщили ТАСС, РИА Новости и Интерфакс.", [("tass", None), ("ria", None), ("interfax", None)]),
    ("uk", "Видання РБК-Україна, Суспільне та Українська правда повідомили про вибухи.",
     [("up", None), ("suspilne", None), ("rbc-ukraine", None)]),
    # speakers joined over quotation marks or by ", а також" are both speakers; the one joined right before a
    # citing phrase is the one that cites
    ("ru", "«Медуза» и «Медиазона» сообщили, что переговоры сорвались.", [("mediazona", None), ("meduza", None)]),
    ("ru", "В годовщину вторжения в Украину «Медуза» и «Медиазона» опубликовали расчёт потерь.",
     [("mediazona", None), ("meduza", None)]),
    ("uk", "Про це повідомляє пресслужба Одеської ОВА, а також Укрінформ із посиланням на речника поліції Івана "
           "Коваленка.", [("odesa-rma", None), ("ukrinform", None), ("ivan-kovalenko", "ukrinform")]),
    # an outlet by its kind and its name in the dative, between the verb and the speaker, is the one told; one
    # named after its own desk or correspondent is the article's own
    ("ru", "Как рассказал порталу «Новый Город» пресс-секретарь мэрии Игорь Белов, ремонт моста завершат в мае.",
     [("igor-belov", "novyy-gorod"), ("novyy-gorod", None)]),
    ("uk", "Як розповіла виданню «Рівне Вечірнє» речниця поліції Ольга Гнатюк, затриманому 34 роки.",
     [("olga-gnatyuk", "rivne-vechirnye"), ("rivne-vechirnye", None)]),
    ("ru", "Об этом редакции «Вечерний Город» сообщил один из депутатов.", [("deputat", None)]),
    # "его" after an outlet's pointer to a person's words is the person, through the outlet
    ("uk", "Директор водоканалу Петро Гнатюк попередив про перебої з водою. Про це повідомляє Укрінформ. За його "
           "словами, ремонт триватиме до п'ятниці.", [("petro-gnatyuk", "ukrinform"), ("ukrinform", None)]),
    # a person named right after a noun of an unnamed source is named; whom a press office cites is no part of it
    ("ru", "«Спрос на ипотеку падает», — отметил аналитик Олег Смирнов в комментарии ТАСС.",
     [("oleg-smirnov", "tass"), ("tass", None)]),
    ("ru", "Как сообщает пресс-служба Аэрофлота со ссылкой на директора Игоря Волкова, рейсы возобновят в мае.",
     [("press-sluzhba-aeroflota", None), ("igor-volkov", "press-sluzhba-aeroflota")]),
    # the outlet's sources, several, are never the one person named before them (the verb tells their number)
    ("ru", "Об этом сообщила газета The Guardian. Депутат Олег Иваненко заявил, что нужно проверить министров. "
           "Премьер потребовал объяснений, утверждают источники издания.",
     [("istochnik-izdaniya", "guardian"), ("guardian", None)]),
    ("uk", "Про це повідомила газета The Washington Post. Депутат Олег Іваненко порадив перевірити міністрів. "
           "Прем’єр вимагав від підлеглих письмових пояснень, стверджують джерела видання.",
     [("dzherelo-vidannya", "wapo"), ("wapo", None)]),
    # a pronoun after a speaker an outlet quoted from an agency keeps the whole chain, up to the outlet
    ("ru", "Об этом сообщил полковник Сергей Ткаченко, передает «Цензор» со ссылкой на Укринформ. По его словам, "
           "атаки продолжаются.", [("sergey-tkachenko", "ukrinform"), ("ukrinform", "tsenzor"), ("tsenzor", None)]),
    ("uk", "Про це повідомив речник ВМС Дмитро Плетенчук, передає «Главком» з посиланням на Укрінформ. За його "
           "словами, у морі два кораблі.", [("pletenchuk", "ukrinform"), ("ukrinform", "glavkom"), ("glavkom", None)]),
]


@pytest.mark.parametrize("language, text, expected", CHAINS, ids=[f"{s[0]}: {s[1][:40]}" for s in CHAINS])
def test_chains(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [(s.id, s.via) for s in claims[-1].sources] == expected


def test_an_impersonal_pointer_credits_the_lead_and_a_list_after_a_colon_carries_on(uk):
    text = ("Лише за минулу добу захисники знешкодили щонайменше двісті окупантів.\n"
            "Про це повідомляється у дописі Генерального штабу ЗСУ у Facebook.\n"
            "Втрати противника в техніці теж зростають. За добу знищено:\n"
            "танків – 12 (+2),\n"
            "гармат – 9.\n"
            "Уночі у Харкові пролунали вибухи.\n")
    claims = read(uk, text)
    assert [(c.text, [s.id for s in c.sources]) for c in claims] == [
        ("Лише за минулу добу захисники знешкодили щонайменше двісті окупантів.", ["genstaff"]),
        ("Про це повідомляється у дописі Генерального штабу ЗСУ у Facebook.", ["genstaff"]),
        ("Втрати противника в техніці теж зростають.", ["genstaff"]),
        ("За добу знищено:", ["genstaff"]),
        ("танків – 12 (+2),", ["genstaff"]),
        ("гармат – 9.", ["genstaff"]),
        ("Уночі у Харкові пролунали вибухи.", []),
    ]


@pytest.mark.parametrize("language, text, name", [
    ("ru", "Об этом сообщает vc.ru, ссылаясь на четыре источника в холдинге.", "vc.ru"),
    ("ru", "По информации издания Orda.kz, министр задержан.", "Orda.kz"),
    ("uk", "Як пише LIGA.net, міністра затримали.", "LIGA.net"),
    # the address closing the sentence, its stop after it; the registry's name when it knows the address
    ("ru", "Министра задержали, пишет Fontanka.ru.", "Fontanka"),
    ("ru", "Министра задержали, пишет Kazanfirst.ru.", "Kazanfirst.ru"),
    # a kind of outlet, then its name without quotation marks
    ("ru", "Об этом сообщает издание VL.ru.", "VL.ru"),
    ("uk", "Про це пише видання Політека.", "Політека"),
])
def test_a_site_named_by_its_address_is_an_outlet(ru, uk, language, text, name):
    claims = read(ru if language == "ru" else uk, text)
    assert claims[0].sources[0].name == name and claims[0].sources[0].kind == "media"


@pytest.mark.parametrize("language, text, expected", [
    # a channel named right after its descriptor is that source, not an unnamed channel relaying it
    ("uk", "Про це повідомив телеграм-канал Rybar.", [("rybar", None, False)]),
    ("ru", "Об этом сообщил телеграм-канал Mash.", [("mash", None, False)]),
    # a channel after a publishing noun's place is its owner's; channels unnamed stay unnamed
    ("ru", "Об этом пишет канал Владимира Соловьева.", [("vladimir-solovev", None, False)]),
    ("uk", "Про це повідомили моніторингові канали.", [("monitoringoviy-kanal", None, True)]),
])
def test_a_named_channel_is_one_source(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [(s.id, s.via, s.anonymous) for s in claims[0].sources] == expected


@pytest.mark.parametrize("language, line", [
    ("uk", "Regionews.ua у Facebook"), ("uk", "Відео дня"), ("uk", "Перейти до основного контенту"),
    ("ru", "Читать на сайте RG.RU"), ("ru", "412,3 тыс подписчиков"), ("ru", "Перейти к основному контенту"),
    ("ru", "Видео дня"), ("uk", "Найважливіші новини про війну читайте в Telegram-каналі РБК-України."),
    ("ru", "Напоминаем, что этому материалу уже больше пяти лет и он хранится в нашем архиве."),
    # pointers to the site's other pages, surveys, galleries, photo credits, labels in capitals
    ("uk", "Про події 2 липня читайте далі за посиланням."), ("ru", "Подробности смотрите в нашем видео."),
    ("uk", "Усі новини — на Zhytomyr.info"), ("ru", "Все новости — на сайте Pskov.ru"),
    ("uk", "Коротке опитування забере не більше 5 хвилин."), ("uk", "Дякуємо!"),
    ("ru", "Галерея: Пожар на складе в Химках"), ("uk", "Фото – pixabay.com"),
    ("ru", "Обновлено."), ("ru", "22:17 - 22 декабря"), ("ru", "Чтобы оставить комментарий, войдите на сайт"),
    ("ru", "Сетевое издание Пенза онлайн Свидетельство о регистрации № ФС 77-81207"),
    ("ru", "Новости Пскова в Телеграм Новости Пскова на YouTube Новости Пскова в Дзен"),
    ("uk", "Допоможіть Вільному Радіо Підтримати"),
    ("ru", "ЭТОТ МАТЕРИАЛ ВЫПУЩЕН В СВЕТ СМИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА"), ("ru", "Свежее из этой рубрики"),
    # an aggregator's notices, an update stamp's label, a list's label
    ("ru", "Если вы считаете новость фейком, отправьте нам жалобу."), ("ru", "последнее обновление:"),
    ("uk", "Зараз читають"),
    # an update stamp with its time, and today's date on a line of its own
    ("uk", "Доповнено о 22:17."), ("ru", "Обновлено в 09:05"), ("uk", "Сьогодні 14 листопада 2025 р."),
    ("ru", "Сегодня, 3 марта 2024 г."),
    ("uk", "Реклама на dsnews.ua"), ("ru", "Реклама на example.ru"),
    # a feed's prompt to reload, a pointer to the site in a news app, an infographic's credit, an address, a phone
    ("ru", "Появились новые статьи. Нажмите, чтобы обновить страницу."), ("uk", "Читайте example.ua в Google News"),
    ("uk", "Інфографіка: Міністерство фінансів України / Ministry of Finance of Ukraine"),
    ("ru", "300000, Тульская область, г. Тула, ул. Ленина, д. 5"), ("ru", "+7 487 222 0 999"),
    ("uk", "01001, м. Київ, вул. Хрещатик, 10"),
    # pointers to the outlet's other stories told as questions, prompts to subscribe, send news, share, reprint
    ("uk", "Раніше ми писали, як область пережила найдовший блекаут."), ("ru", "Ранее мы рассказывали, сколько стоит газ."),
    ("uk", "Підпишись на Example.ua в Google News!"), ("uk", "Маєте новину для редакції?"),
    ("uk", "Скрин: news_city"), ("ru", "Все срочные новости — раньше всех в нашем Telegram-канале."),
    ("ru", "Подписывайтесь и будьте в курсе главного"), ("ru", "Обсуждение закрыто."),
    ("ru", "Перепечатка и цитирование допускаются только со ссылкой на сайт."),
])
def test_site_furniture_between_paragraphs_gives_no_claim(ru, uk, language, line):
    first, last = (("Губернатор сообщил, что пострадавших нет.", "Ранее в регионе сбили два беспилотника.")
                   if language == "ru" else
                   ("Голова ОВА повідомив, що постраждалих немає.", "Раніше в області збили два безпілотники."))
    claims = read(ru if language == "ru" else uk, f"{first}\n{line}\n{last}\n")
    assert [c.text for c in claims] == [first, last]


@pytest.mark.parametrize("language, ending, kept", [
    ("uk", "У поме", True),                                     # a word the dictionary does not know
    ("uk", "Реклама\n\n\"У мережі почали ширитися відо", True),  # cut off after an advertisement's label
    ("uk", "Реклама\n\nДрони атакували Харків уночі", False),     # a whole headline after it: another story
    ("ru", "Главные новос", False),                             # a list's label, cut off
    ("ru", "П", True),                                          # one capital left of the next sentence
    ("uk", "«Ми не", True),                                      # a quotation opened and never closed
    ("ru", "1 марта министр обороны Сергей Шойгу раскрыл, что за время спец", True),  # a sentence opened by a date
    ("uk", "17 червня речник президента Сергій Никифоров заяв", True),
    ("ru", "Позднее газета Washington P", True),                  # one capital left of a foreign name
    ("uk", "Пізніше", True),                                    # a sentence's first word, and nothing after it
    ("uk", "Джерело: ДРУГИЙ канал", False),                      # a label line, not a sentence cut off
    ("ru", "Хотите обсудить эту", False),                         # a comment prompt, cut off
])
def test_a_text_cut_off_mid_word_keeps_its_last_line(ru, uk, language, ending, kept):
    first = "Губернатор сообщил, что пострадавших нет." if language == "ru" else "Голова ОВА повідомив, що постраждалих немає."
    claims = read(ru if language == "ru" else uk, f"{first}\n\n{ending}\n")
    assert (len(claims) == 2) is kept


def test_an_item_retold_from_another_outlet_keeps_it_as_the_relay(uk):
    text = ("Уночі ворог атакував Полтавщину дронами.\n"
            "Про це пише РБК-Україна з посиланням на Telegram голови Полтавської ОВА Філіпа Проніна.\n"
            "\"Противник знову вдарив по області безпілотниками\", – розповів він.\n")
    claims = read(uk, text)
    speaker = claims[1].sources[1].id
    assert [(s.id, s.via) for s in claims[-1].sources] == [(speaker, "rbc-ukraine"), ("rbc-ukraine", None)]
    assert "chain.kept" in claims[-1].rules


@pytest.mark.parametrize("language, text", [
    ("uk", "Поліція з'ясовує обставини стрілянини біля дитячого майданчика.\n\nПеревірка триває.\n"),
    ("ru", "Полиция выясняет обстоятельства стрельбы возле детской площадки.\n\nСледствие продолжается.\n"),
])
def test_a_sentence_of_a_subject_and_its_verb_is_body(ru, uk, language, text):
    assert len(read(ru if language == "ru" else uk, text)) == 2


@pytest.mark.parametrize("language, line", [
    ("ru", "«Симбирский кредит», среди совладельцев которого значится сын бывшего вице-губернатора Ульяновской "
           "области Геннадия Лаптева — Олег, еще во вторник перестал выдавать клиентам деньги"),
    ("uk", "«Поділля Банк», серед співвласників якого значиться син колишнього віцегубернатора Вінницької області "
           "Геннадія Лаптєва — Олег, ще вівторок перестав видавати клієнтам гроші"),
])
def test_a_paragraph_of_prose_without_its_stop_between_paragraphs_is_body(ru, uk, language, line):
    first, last = (("Банк спасут три крупных кредитных учреждения, сказал источник.", "Представитель ВТБ опроверг это.")
                   if language == "ru" else
                   ("Банк врятують три великі кредитні установи, сказало джерело.", "Представник банку це заперечив."))
    claims = read(ru if language == "ru" else uk, f"{first}\n{line}\n{last}\n")
    assert any(c.text.startswith(line[:30]) for c in claims)


@pytest.mark.parametrize("text, source_id, name", [
    ("Про це пише Главком.ІНФО.", "glavkom-info", "Главком.ІНФО"),  # an address in Cyrillic is one outlet
    ("Про це пише Цензор.НЕТ.", "censor", "Censor.net"),  # and the registry's when it knows the address
])
def test_a_site_address_written_in_cyrillic_is_one_outlet(uk, text, source_id, name):
    claim = read(uk, text)[0]
    assert [(s.id, s.name) for s in claim.sources] == [(source_id, name)]


@pytest.mark.parametrize("language, text, name", [
    ("uk", "Суд почав оголошувати вирок, – повідомляє Житомирська правда.", "Житомирська правда"),
    ("ru", "Суд начал оглашать приговор, сообщает Городская правда.", "Городская правда"),
])
def test_a_title_closing_the_tag_is_an_outlets_name(ru, uk, language, text, name):
    claim = read(ru if language == "ru" else uk, text)[0]
    assert [(s.name, s.kind) for s in claim.sources] == [(name, "media")]


@pytest.mark.parametrize("language, text", [("ru", "Мэра задержали утром, сообщает SakhalinMedia."),
                                            ("uk", "Мера затримали вранці, пише Volyn Daily.")])
def test_a_name_in_latin_letters_is_an_outlet(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert [s.kind for s in claims[0].sources] == ["media"]


def test_an_emoji_number_opening_a_telegram_item_counts_no_one(ru):
    claims = read(ru, "❺ Басманный суд Москвы арестовал журналиста. Об этом сообщила пресс-служба суда.")
    assert [(s.id, s.anonymous) for s in claims[-1].sources] == [("basmannyy-sud-moskvy", False)]


def test_an_outlet_pointing_back_at_a_speakers_report_relays_it(uk):
    claims = read(uk, "Синєгубов повідомив, що під обстріл потрапили три села.\n\nПро це пише Інтерфакс-Україна.\n\n"
                      "\"Поранено двох людей\", – написав Синєгубов.")
    assert [(s.id, s.via) for s in claims[0].sources] == [("syniehubov", "interfax-ukraine"), ("interfax-ukraine", None)]
    assert "chain.pointer" in claims[0].rules
    assert [(s.id, s.via) for s in claims[1].sources] == [("interfax-ukraine", None)]
    assert [(s.id, s.via) for s in claims[2].sources] == [("syniehubov", "interfax-ukraine"), ("interfax-ukraine", None)]


def test_by_the_words_of_a_bodys_spokesman_names_the_spokesman(uk):
    claims = read(uk, "За словами речника СБУ Артема Дехтяренка, операцію готували місяцями.")
    assert [s.name for s in claims[0].sources] == ["Артем Дехтяренко"]


def test_speech_tagged_by_a_dash_goes_on_after_the_tag(ru):
    claims = read(ru, "— Такой же текст гулял по соцсетям, — рассказали в пресс-службе полиции. — И все же наши "
                      "сотрудники проверили каждое сообщение.")
    assert len(claims) == 2
    assert [c.attribution for c in claims] == ["direct_quote", "direct_quote"]
    assert claims[1].sources and claims[1].sources[0].id == claims[0].sources[0].id


def test_a_pointer_reaches_over_an_impersonal_cue_in_the_lead(uk):
    claims = read(uk, "Уряд скоротить витрати на 8%. Зазначається, що дефіцит бюджету не зросте.\n\n"
                      "Про це РБК-Україна повідомило поінформоване джерело.")
    assert [c.attribution for c in claims] == ["implicit", "implicit", "indirect"]
    assert all("rbc-ukraine" in [s.id for s in c.sources] for c in claims)


def test_a_pointer_with_an_aside_before_its_verb_still_points_back(ru):
    claims = read(ru, "Взрыв раздался около 9:30. Об этом, ссылаясь на рассказ одной из жительниц, пишет "
                      "\"Горловка сегодня\".")
    assert claims[0].attribution == "implicit" and "carry.points_back" in claims[0].rules
    assert claims[0].sources[0].name == "Горловка сегодня"


def test_a_surname_after_a_role_still_names_the_person(ru):
    claims = read(ru, "Пресс-секретарь «Роснефти» Михаил Леонтьев заявил, что ЦБ ошибается. Таким образом, "
                      "пресс-секретарь прокомментировал решение ЦБ. По мнению Леонтьева, у ЦБ есть инструмент.")
    assert len({c.sources[0].id for c in claims}) == 1


@pytest.mark.parametrize("language, text", [
    ("ru", "Ночью дроны атаковали Курск. Губернатор Алексей Смирнов сообщил в Telegram:\n\n"
           "«Пострадавших нет. Пожар потушен».\n\nДвижение по трассе восстановлено."),
    ("ru", "Суд арестовал сенатора. Кроме того, его адвокат Ирина Сомова заявила:\n\n"
           "— Постановление мы обжалуем. Нормы закона были нарушены.\n\nДвижение по трассе восстановлено."),
    ("uk", "Уночі дрони атакували Харків. Голова ОВА Олег Синєгубов повідомив:\n\n"
           "— Постраждалих немає. Пожежу загасили.\n\nРух трасою відновлено."),
], ids=["quotation marks", "dash", "dash, uk"])
def test_a_paragraph_of_speech_after_a_colon_is_the_speakers(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    speaker = claims[1].sources[0].id
    assert [(c.attribution, [s.id for s in c.sources]) for c in claims[2:4]] == [("direct_quote", [speaker])] * 2
    assert "quote.introduced" in claims[2].rules
    assert claims[4].attribution != "direct_quote"


@pytest.mark.parametrize("language, text", [
    ("ru", "Мэр Сергей Волков обратился к жителям.\n\n— Мы восстановим все дома до зимы. Никто не останется без "
           "крыши.\n\nВ городе работают спасатели."),
    ("uk", "Ухвалити бюджет не вдалося. Перед голосуванням голова ради Ігор Шевчук звернувся до депутатів.\n\n"
           "— Я прошу вас підтримати цей документ. Без нього ми не відремонтуємо школи.\n\nСесію перенесли."),
], ids=["ru", "uk"])
def test_a_paragraph_of_dialogue_after_a_report_is_its_speakers(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    speaker = claims[-4].sources[0].id
    assert [(c.attribution, [s.id for s in c.sources], c.rules) for c in claims[-3:-1]] == [
        ("direct_quote", [speaker], ["quote.dialogue"])] * 2
    assert claims[-1].attribution == "none"


@pytest.mark.parametrize("language, text", [
    # an interviewer's question, a line that asks at its end, and a report that is a line of the dialogue itself
    ("uk", "Воротар Артем Сидорук висловився про матч.\n\n— Які емоції після гри? Що пішло не так.\n\n— Це ганьба."),
    ("ru", "Экономист Андрей Громов рассказал о ставке.\n\n— Совет директоров соберется в пятницу. Чего вы ждете?"
           "\n\n— Снижения."),
    ("ru", "— Что случилось на пресс-конференции?\n\n— Пресс-офицер Денис Огарков написал об этом в соцсети.\n\n"
           "— Тогда объясню, с чего все началось."),
], ids=["question first", "question last", "report inside the dialogue"])
def test_a_dash_paragraph_of_an_interview_is_no_dialogue_of_the_report_before(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert not any("quote.dialogue" in c.rules for c in claims)


@pytest.mark.parametrize("language, text", [
    ("uk", "Про це голова ОВА Олег Синєгубов повідомив у телеграм-каналі:\n\nВранці ворог атакував Харків.\n\n"
           "Постраждалих немає. Пошкоджено два будинки.\n\nНагадаємо, що минулого тижня місто також атакували."),
    ("ru", "Губернатор Вячеслав Гладков обратился к жителям и заявил:\n\nНочью над городом сбили три беспилотника.\n\n"
           "Пострадавших нет. Повреждены два дома.\n\nНапомним, что на прошлой неделе город также атаковали."),
], ids=["uk", "ru"])
def test_paragraphs_after_a_report_ending_on_a_colon_are_the_speakers_words(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    speaker = claims[0].sources
    assert [(c.attribution, c.sources, c.rules) for c in claims[1:4]] == [
        ("direct_quote", speaker, ["quote.unmarked"])] * 3
    assert claims[-1].attribution == "none"


@pytest.mark.parametrize("language, text, speaker, relay", [
    ("uk", "РБК-Україна з посиланням на голову ОВА Олега Синєгубова повідомляє, що вночі Харків атакували дрони.\n\n"
           "«Пошкоджено два будинки», – сказав Синєгубов.", "syniehubov", "rbc-ukraine"),
    ("ru", "РИА Новости со ссылкой на губернатора Вячеслава Гладкова сообщает, что ночью Белгород атаковали дроны.\n\n"
           "«Повреждены два дома», — сказал Гладков.", "gladkov", "ria"),
], ids=["uk", "ru"])
def test_a_speaker_an_outlet_cited_keeps_reaching_the_article_through_it(ru, uk, language, text, speaker, relay):
    claims = read(ru if language == "ru" else uk, text)
    assert {(s.id, s.via) for s in claims[-1].sources} == {(speaker, relay), (relay, None)}
    assert "chain.kept" in claims[-1].rules


def test_a_speech_label_naming_its_speaker_gives_the_quotation_to_them(uk):
    claims = read(uk, "Голова ОВА Олег Синєгубов і мер Ігор Терехов повідомили про обстріл.\n\n"
                      "Пряма мова Терехова: \"Пошкоджено два будинки. Постраждалих немає\".")
    assert [(c.attribution, [s.id for s in c.sources]) for c in claims[1:]] == [
        ("direct_quote", ["terekhov"]), ("direct_quote", ["terekhov"])]


def test_a_quotation_running_over_two_paragraphs_is_the_tags_speaker_in_both(ru):
    claims = read(ru, "Вратарь извинился перед болельщиками.\n\n«Это позор. Нам нужно собраться.\n\n"
                      "Трудно объяснить, что случилось. Матчей сейчас много», — сказал Александр Самедов.")
    assert [(c.attribution, [s.id for s in c.sources]) for c in claims[1:]] == [
        ("direct_quote", ["aleksandr-samedov"])] * 4


def test_a_quotation_after_a_colon_left_open_goes_on_into_the_next_paragraph(uk):
    claims = read(uk, "Наставник Олександр Кучер прокоментував результат гри:\n\n«Хочу подякувати Збройним силам. "
                      "І вітаю суперника з перемогою.\n\nЧогось особливого про гру сказати не можу. Гра видалася "
                      "тяжкою».\n\nНаступний матч команда зіграє у березні.")
    assert claims[0].sources[0].name == "Олександр Кучер"  # a coach's title is no part of the name
    assert [c.attribution for c in claims[1:]] == ["direct_quote"] * 4 + ["none"]


@pytest.mark.parametrize("language, text", [
    ("uk", "Голова ОВА Олег Синєгубов повідомив про нічний обстріл.\n\nТрое людей отримали поранення. Пошкоджено два будинки."),
    ("ru", "Губернатор Вячеслав Гладков сообщил о ночной атаке.\n\nПовреждены два дома и линия электропередачи. Пострадавших нет."),
    # the people counted are those the report is about; a place's adjective brings in no one
    ("ru", "Минобороны России сообщило об отражении атак.\n\nНа Ореховском направлении отражены две атаки. Противник отошел."),
    ("ru", "«Атака отбита», — отметил губернатор Вячеслав Гладков.\n\nТрое жителей получили ранения. Повреждены два дома."),
])
def test_a_next_paragraph_of_bare_details_goes_on_with_the_report(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert [c.attribution for c in claims][1:] == ["implicit", "implicit"]
    assert "carry.bare_details" in claims[1].rules


@pytest.mark.parametrize("language, text", [
    # a place of its own, a question, a quotation before it: the outlet narrates again
    ("uk", "Голова ОВА Олег Синєгубов повідомив про нічний обстріл.\n\nУночі у Харкові пролунали вибухи."),
    ("uk", "Голова ОВА Олег Синєгубов повідомив про нічний обстріл.\n\nЩо буде далі?"),
    # the outlet adds something of its own
    ("uk", "Голова ОВА Олег Синєгубов повідомив про нічний обстріл.\n\nДодамо, що вже третю добу область засипає снігом."),
])
def test_bare_details_do_not_go_on_past_a_place_a_question_or_the_outlets_addition(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert claims[-1].attribution == "none"


@pytest.mark.parametrize("opener", ["Водночас", "До того ж"])
def test_at_the_same_time_goes_on_with_the_report_in_its_paragraph(uk, opener):
    claims = read(uk, f"Голова ОВА Олег Синєгубов повідомив, що пошкоджено два будинки. {opener} постраждалих немає.")
    assert claims[-1].attribution == "implicit" and claims[-1].sources == claims[0].sources


def test_at_the_same_time_opening_the_next_paragraph_goes_on_with_a_quotation(uk):
    claims = read(uk, "«Над областю працювала ППО. Ніхто не постраждав», – наголосив Синєгубов.\n\n"
                      "Водночас уламки пошкодили два будинки у селі.")
    assert claims[-1].attribution == "implicit" and [s.id for s in claims[-1].sources] == ["syniehubov"]


@pytest.mark.parametrize("language, opener", [("uk", "Окрім цього"), ("uk", "Більше того"), ("ru", "Кроме этого"),
                                              ("ru", "Более того"), ("uk", "Наприклад"), ("ru", "Например")])
def test_a_next_paragraph_opened_by_a_continuation_goes_on_with_a_quotation(ru, uk, language, opener):
    quote = ("\"За даними обласного центру, до лікарень доправили п'ятьох людей\", - написав Синєгубов."
             if language == "uk" else
             "\"По данным областного центра, в больницы доставили пять человек\", - написал Гладков.")
    rest = ("у районі на вибуховому пристрої підірвався чоловік." if language == "uk"
            else "в районе на взрывном устройстве подорвался мужчина.")
    claims = read(ru if language == "ru" else uk, f"{quote}\n{opener}, {rest}\n")
    assert claims[-1].attribution == "implicit" and claims[-1].sources == claims[0].sources


@pytest.mark.parametrize("language, line, fragment", [
    # a byline's label before words that are no name; a pointer's verb in someone's speech
    ("ru", "«Вечерних новостей лучше не смотреть. Автор этой мысли, как все знают, не я», — пошутил Песков.",
     "Автор этой мысли"),
    ("uk", "«Автор цього закону, як ви пам'ятаєте, не я», — сказав міністр.", "Автор цього закону"),
    ("ru", "— Вы хотя бы иногда смотрите то, что сами подписываете, — сказал депутат.", "смотрите то"),
    ("uk", "— Ви хоч інколи читайте те, що самі нам надсилаєте, — відповів депутат.", "читайте те"),
    # "Слушайте, ..." opening someone's words is no pointer to the site's pages
    ("ru", "Слушайте, тарифы вырастут с марта, сказал мэр Олег Сомов.", "тарифы вырастут"),
    ("uk", "Слухайте, тарифи зростуть з березня, сказав мер Олег Сомов.", "тарифи зростуть"),
])
def test_prose_that_shares_words_with_furniture_is_kept(ru, uk, language, line, fragment):
    first, last = (("Губернатор сообщил, что пострадавших нет.", "Заседание продлится до вечера.")
                   if language == "ru" else
                   ("Голова ОВА повідомив, що постраждалих немає.", "Засідання триватиме до вечора."))
    claims = read(ru if language == "ru" else uk, f"{first}\n\n{line}\n\n{last}\n")
    assert any(fragment in c.text for c in claims)


@pytest.mark.parametrize("language, text, speaker", [
    ("uk", "Голова Харківської ОВА Олег Синєгубов повідомив про обстріл Куп'янська.\n\n"
           "Голова ОВА додав, що постраждалих немає.\n", "syniehubov"),
    ("ru", "Об этом сообщил официальный представитель МИД России Мария Захарова.\n\n"
           "«Ответ последует», — добавил официальный представитель МИД.\n", "zakharova"),
    ("uk", "Речник Повітряних сил Юрій Ігнат розповів про нічну атаку.\n\n"
           "Речник Повітряних сил також зазначив, що частину дронів подавили засобами РЕБ.\n", "ihnat"),
])
def test_a_role_with_its_complement_points_back_to_the_person_so_described(ru, uk, language, text, speaker):
    claims = read(ru if language == "ru" else uk, text)
    assert [[s.id for s in c.sources] for c in claims] == [[speaker], [speaker]]


def test_two_short_quoted_sentences_are_speech_and_keep_the_chain_of_their_lead(ru):
    claims = read(ru, "На складе в Твери ночью загорелись покрышки. Об этом сообщил представитель МЧС Олег Бондарев в "
                      "беседе с РБК. «Пожар локализован. Пострадавших нет», — сказал Бондарев.")
    assert [c.attribution for c in claims[2:]] == ["direct_quote", "direct_quote"]
    assert all({(s.name, s.via) for s in c.sources} == {("Олег Бондарев", "rbc-russia"), ("RBC", None)}
               for c in claims)


def test_a_stop_inside_a_quoted_name_after_a_word_splits_no_sentence(uk):
    claims = read(uk, "«Над містом лунають звуки, схожі на вибухи. Тривоги зараз немає», — повідомило «Суспільне. "
                      "Черкаси».\n\nБондар сказав: «Пожежу локалізовано. Постраждалих немає».")
    assert [c.text for c in claims] == [
        "«Над містом лунають звуки, схожі на вибухи.", "Тривоги зараз немає», — повідомило «Суспільне. Черкаси».",
        "Бондар сказав: «Пожежу локалізовано.", "Постраждалих немає»."]
    assert claims[1].attribution == "direct_quote" and claims[1].sources[0].mention.startswith("Суспільне")


@pytest.mark.parametrize("language, text", [
    ("uk", "Поліція повідомила, що затримала двох підозрюваних. Вони під вартою.\n\nБекграунд.\n\n"
           "У місті раніше зникли троє підлітків."),
    ("ru", "Полиция сообщила, что задержала двух подозреваемых. Они под стражей.\n\nПредыстория.\n\n"
           "В городе ранее пропали трое подростков."),
])
def test_a_background_label_on_a_line_of_its_own_ends_the_report(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert claims[1].attribution == "implicit" and claims[-1].attribution == "none" and not claims[-1].sources


def test_a_quotations_tag_keeps_the_chain_its_first_sentences_were_guessed_with(uk):
    claims = read(uk, "Про це повідомив речник поліції Олег Бондар у коментарі «Суспільному».\n\n«Затримано трьох "
                      "підозрюваних. Усі вони раніше судимі», – сказав Бондар.")
    assert all({(s.name, s.via) for s in c.sources} == {("Олег Бондар", "suspilne"), ("Suspilne", None)}
               for c in claims)
    assert "chain.kept" in claims[-1].rules


def test_a_title_quoted_after_a_word_is_a_name_not_speech(ru):
    claims = read(ru, "Министерство промышленности ожидает роста выпуска машин. Об этом говорится в докладе министерства "
                      "«Рынок машин. Итоги полугодия», передает «Интерфакс».")
    assert len(claims) == 2 and claims[1].attribution == "indirect"
    assert {(s.id, s.via) for s in claims[1].sources} >= {("interfax", None)}


@pytest.mark.parametrize("language, text", [
    ("uk", "Головний тренер «Вереса» Олег Мельник дав прес-конференцію після матчу.\n\n«Ми зіграли добре, але не забили», "
           "- сказав Мельник.\n\nПро роботу арбітрів: «Деякі рішення були дивними. Я не хочу це коментувати»."),
    ("ru", "Главный тренер «Ротора» Игорь Петренко провел пресс-конференцию.\n\n«Мы сыграли хорошо, но не забили», "
           "— сказал Петренко.\n\nО работе арбитров: «Некоторые решения были странными. Я не хочу это комментировать»."),
])
def test_a_quotation_after_a_topic_label_goes_on_with_the_interviews_speaker(ru, uk, language, text):
    claims = read(ru if language == "ru" else uk, text)
    assert [c.attribution for c in claims[-2:]] == ["direct_quote", "direct_quote"]
    assert claims[-1].sources == claims[1].sources


@pytest.mark.parametrize("language, text, anonymous", [
    ("ru", "Телеграм-каналы написали, что в мэрии прошли обыски.", True),
    ("uk", "Телеграм-канали написали, що в мерії пройшли обшуки.", True),
    ("uk", "Телеграм-канал написав, що в мерії пройшли обшуки.", False),  # one channel: the one named before
])
def test_channels_in_the_plural_with_no_name_are_unnamed(ru, uk, language, text, anonymous):
    claim = read(ru if language == "ru" else uk, text)[0]
    assert claim.sources[0].anonymous is anonymous


def test_a_colon_pointing_at_a_map_below_introduces_no_speech(ru):
    claims = read(ru, "Минобороны сообщило, что за сутки сбито 20 дронов. Полный список регионов, по данным ведомства, "
                      "приведен на карте ниже:\n\nРоссия и Украина редко раскрывают данные о потерях.")
    assert claims[-1].attribution == "none" and not claims[-1].sources


def test_data_cited_inside_a_speakers_report_reach_us_through_the_speaker(ru):
    claims = read(ru, "Губернатор Иван Петров сообщил об обстреле.\nОн отметил, что по данным МЧС погибли два человека.")
    assert {(s.id, s.via) for s in claims[-1].sources} == {("ivan-petrov", None), ("ru-mchs", "ivan-petrov")}
    again = read(ru, "Губернатор Иван Петров сообщил об обстреле.\nОн отметил, что, по его словам, погибли два человека.")
    assert all(s.via is None for s in again[-1].sources)


@pytest.mark.parametrize("language, text", [
    ("uk", "Посадовець на умовах анонімності розповів, що уряд піде у відставку."),
    ("ru", "Чиновник, пожелавший остаться анонимным, рассказал, что правительство уйдет в отставку."),
])
def test_an_official_speaking_on_condition_of_anonymity_is_unnamed(ru, uk, language, text):
    claim = read(ru if language == "ru" else uk, text)[0]
    assert claim.attribution == "indirect" and [s.anonymous for s in claim.sources] == [True]



def test_other_stories_listed_under_their_dates_are_no_part_of_the_article(ru):
    # "Последние новости" over dated items: each item is another story's headline, whatever verb it has
    claims = read(ru, "В Томске отремонтируют мост. Об этом сообщили в мэрии.\nПоследние новости\n14.05.2025\n"
                      "В Росгидромете сообщили, что жара продлится до выходных.\n14.05.2025\n"
                      "Футбольный клуб «Енисей» объявил о смене тренера.\n")
    assert [c.text for c in claims] == ["В Томске отремонтируют мост.", "Об этом сообщили в мэрии."]


@pytest.mark.parametrize("language, text, expected", [
    ("uk", "Джерело в Міноборони заявило, що удар завдано по складу.\n\nПро це повідомляє Укрінформ з посиланням на "
           "Reuters.", [("source-in-the-ukrainian-ministry-of-defense", "reuters"), ("ukrinform", None),
                        ("reuters", "ukrinform")]),
    ("ru", "Губернатор Иван Орлов заявил, что удар пришелся по складу.\n\nОб этом сообщает ТАСС со ссылкой на "
           "Reuters.", [("ivan-orlov", "reuters"), ("tass", None), ("reuters", "tass")]),
])
def test_a_pointer_through_a_chain_of_outlets_passes_on_the_report_before_it(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [(s.id, s.via) for s in claims[0].sources] == expected


@pytest.mark.parametrize("language, text", [
    ("uk", "У Раді посперечалися через бюджет на наступний рік\n\n«Ми готові. Працюємо далі», — сказав депутат Іван "
           "Петренко."),
    ("ru", "В Госдуме поспорили из-за бюджета на следующий год\n\n«Мы готовы. Работаем дальше», — сказал депутат Иван "
           "Петров."),
])
def test_a_quotation_opening_the_first_paragraph_under_the_title_is_speech(ru, uk, language, text):
    # the title's last word stands on another line: the quotation follows no word, so it is no title of a thing
    claims = read(ru if language == "ru" else uk, text)
    assert [c.attribution for c in claims[-2:]] == ["direct_quote", "direct_quote"]
