"""Russian and Ukrainian: language detection and routing, cues, sources, chains, hedges, page furniture,
hostile input, and the same source id in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import attribution
from attribution.cyrillic import component as cyrillic
from attribution.cyrillic.lexicon import load_language
from attribution.cyrillic.morph import available, resolve_backend
from attribution.cyrillic.text import name_key, slug, stem, unmix
from attribution.errors import RuleFileError

from .conftest import exact, read, source_rows


# ---- language detection and routing -------------------------------------------------------------------

DETECTED = [
    ("The governor said two people were injured.", "en"),
    ("Губернатор заявив, що двоє людей поранені.", "uk"),
    ("Губернатор заявил, что двое людей ранены.", "ru"),
    ("Суспiльне пише про вибухи", "uk"),  # a Latin i for the Ukrainian і
    ("Губернатор заявил.", "ru"),  # no sign of either language: Russian
    ("Склад закроют через неделю, сообщил мэр.", "ru"),  # "через" is a word of both languages
    ("ЗСУ ЗБИЛИ 40 ДРОНІВ ЗА НІЧ", "uk"),
    ("🔥🔥 Вибухи у Харкові!!! 👇", "uk"),
    ("Officials said Олег Синєгубов was wrong about the figures, the ministry added.", "en"),
    ("", "en"),
]


@pytest.mark.parametrize("text, language", DETECTED, ids=[t[:24] or "empty" for t, _ in DETECTED])
def test_the_language_is_told_from_letters_and_words(text, language):
    assert attribution.detect_language(text) == language


@pytest.mark.parametrize("language", ["de", "RUS", "ukr", "", 7])
def test_an_unsupported_language_is_an_error_naming_those_supported(language):
    for call in (lambda: attribution.extract("text", language=language),
                 lambda: attribution.Extractor(language=language)):
        with pytest.raises(attribution.UnsupportedLanguageError, match="'en' .English., 'ru' .Russian., 'uk'"):
            call()
    assert issubclass(attribution.UnsupportedLanguageError, ValueError)


def test_an_explicit_language_wins_over_detection(extractor):
    text = "Губернатор заявил, что двое людей ранены."
    with pytest.warns(attribution.LanguageWarning, match="looks like Russian, not Ukrainian"):
        as_ukrainian = attribution.Extractor(language="uk").extract(text)
    assert exact(text, as_ukrainian)
    assert attribution.extract(text, language="ru") == attribution.extract(text)


def test_a_mixed_stream_is_routed_text_by_text_in_order(extractor):
    texts = ["Губернатор Вячеслав Гладков заявил, что пострадавших нет.",
             "Governor Vyacheslav Gladkov said there were no casualties.",
             "Губернатор Вячеслав Гладков заявив, що постраждалих немає.",
             "", 42]
    results = list(extractor.extract_many(texts, batch_size=2))
    assert [[s.id for c in r for s in c.sources] for r in results[:3]] == [["gladkov"]] * 3
    assert results[3] == [] and isinstance(results[4].error, TypeError)
    assert [list(r) for r in results[:3]] == [list(extractor.extract(t)) for t in texts[:3]]


def test_workers_route_the_same_way(extractor):
    texts = ["У ДСНС повідомили, що пожежу ліквідовано.", "The governor said two people were injured.",
             "В Минобороны РФ заявили о сбитии 20 дронов."] * 2
    one = [list(c) for c in extractor.extract_many(texts, batch_size=2)]
    two = [list(c) for c in extractor.extract_many(texts, batch_size=2, n_process=2)]
    assert one == two
    assert [s.id for s in one[0][0].sources] == ["ua-ses"] and [s.id for s in one[2][0].sources] == ["ru-mod"]


# ---- the same source, the same id, in every language --------------------------------------------------

SAME_SOURCE = [
    ("ru-mod", "The Russian Defense Ministry said 40 drones were shot down.",
     "Минобороны России заявило, что сбиты 40 беспилотников.",
     "У Міністерстві оборони Росії заявили, що збили 40 безпілотників."),
    ("gladkov", "Belgorod governor Vyacheslav Gladkov said a woman was injured.",
     "По словам Гладкова, пострадала женщина.",
     "Як повідомив губернатор Бєлгородської області В'ячеслав Гладков, поранено жінку."),
    ("ua-af", "Ukraine's Air Force said it downed 30 drones overnight.",
     "Воздушные силы Украины сообщили о 30 сбитых дронах.",
     "Про це повідомили в Повітряних силах ЗСУ."),
    ("up", "Ukrainska Pravda reported that the strike hit a substation.",
     "Как пишет «Украинская правда», удар пришелся по подстанции.",
     "Про це пише «Українська правда»."),
    ("astra", "Astra reported explosions in Kursk.",
     "Как сообщает «Астра», в Курске слышны взрывы.",
     "Як пише Astra, у Курську чути вибухи."),
    ("ua-energy-ministry", "Ukraine's Energy Ministry said tariffs would not rise.",
     "В Минэнерго Украины заявили, что тарифы не вырастут.",
     "Однак у Міненерго наголошують, що тариф не зростатиме."),
    ("genstaff", "Ukraine's General Staff said 1,200 troops were lost overnight.",
     "Об этом сообщает Генеральный штаб Вооруженных сил Украины.",
     "Про це повідомляє Генеральний штаб Збройних сил України."),
    ("white-house", "The White House said there would be no deal.",
     "В Белом доме заявили, что сделки не будет.",
     "У Білому домі заявили, що угоди не буде."),
    ("ru-energy-ministry", "Russia's Energy Ministry said fuel prices were stable.",
     "В Минэнерго заявили, что цены на бензин стабильны.",
     "У Міненерго Росії заявили, що ціни на пальне стабільні."),
]


@pytest.mark.parametrize("source_id, english, russian, ukrainian", SAME_SOURCE, ids=[s[0] for s in SAME_SOURCE])
def test_the_same_source_gets_the_same_id_and_name_in_english_russian_and_ukrainian(extractor, source_id, english,
                                                                                     russian, ukrainian):
    found = []
    for text in (english, russian, ukrainian):
        sources = [s for c in exact(text, extractor.extract(text)) for s in c.sources]
        assert [s.id for s in sources] == [source_id], text
        found.append(sources[0])
    assert len({(s.id, s.name, s.kind) for s in found}) == 1


# ---- cues, sources and attribution, sentence by sentence ----------------------------------------------

# (language, text, [(sources, attribution, cue)] for each claim, in order)
SENTENCES = [
    ("ru", "Губернатор Курской области Александр Хинштейн заявил, что пострадавших нет.",
     [(["khinshtein"], "indirect", "заявил")]),
    ("ru", "Ранее в Минобороны РФ заявили о сбитии 20 дронов над Брянской областью.",
     [(["ru-mod"], "indirect", "заявили")]),
    ("ru", "По словам губернатора Вячеслава Гладкова, ранена женщина.",
     [(["gladkov"], "according_to", "По словам")]),
    ("ru", "Как сообщил мэр Москвы Сергей Собянин, дрон сбит на подлете.",
     [(["sobyanin"], "indirect", "сообщил")]),
    ("ru", "«Ситуация под контролем», — написал Гладков в Telegram.",
     [(["gladkov"], "direct_quote", "написал")]),
    ("ru", "Об этом говорится в сообщении пресс-службы Минобороны России.",
     [(["ru-mod"], "indirect", "говорится")]),
    ("ru", "Как стало известно «Коммерсанту», сделка сорвалась.",
     [(["kommersant"], "indirect", "стало известно")]),
    ("ru", "Пресс-секретарь президента РФ Дмитрий Песков отказался комментировать эти сообщения.",
     [([], "none", None)]),
    ("ru", "Ведомство не уточнило, были ли пострадавшие.", [([], "none", None)]),
    ("uk", "Про це повідомили в Повітряних силах.", [(["ua-af"], "indirect", "повідомили")]),
    ("uk", "За даними ДСНС, пожежу ліквідовано.", [(["ua-ses"], "according_to", "За даними")]),
    ("uk", "Травмовано трьох рятувальників, повідомили в ДСНС.", [(["ua-ses"], "indirect", "повідомили")]),
    ("uk", "За словами речниці Наталії Гуменюк, окупанти відступили.",
     [(["nataliya-gumenyuk"], "according_to", "За словами")]),
    ("uk", "Речник Повітряних сил Юрій Ігнат заявив в етері телемарафону, що ракети летіли низько.",
     [(["ihnat"], "indirect", "заявив")]),
    ("uk", "Про це йдеться у повідомленні СБУ.", [(["sbu"], "indirect", "йдеться")]),
    ("uk", "Українська сторона поки не коментувала ці заяви.", [([], "none", None)]),
]


@pytest.mark.parametrize("language, text, expected", SENTENCES, ids=[f"{s[0]}: {s[1][:40]}" for s in SENTENCES])
def test_sentences(ru, uk, language, text, expected):
    assert source_rows(ru if language == "ru" else uk, text) == expected


# (language, text, [(source id, via, anonymous)] of the first claim)
CHAINS = [
    ("ru", "Об этом сообщает Telegram-канал Shot со ссылкой на местных жителей.",
     [("shot", None, False), ("mestnyy-zhitel", "shot", True)]),
    ("ru", "Как сообщает РИА Новости со ссылкой на источник в силовых структурах, задержанный дал показания.",
     [("ria", None, False), ("istochnik-v-silovykh-strukturakh", "ria", True)]),
    ("uk", "Про це повідомили джерело РБК-Україна.",
     [("dzherelo-rbk-ukrayina", "rbc-ukraine", True), ("rbc-ukraine", None, False)]),
    ("uk", "Джерело в СБУ повідомило «Укрінформу», що операцію провели далекобійні дрони.",
     [("source-in-the-security-service-of-ukraine", "ukrinform", True), ("ukrinform", None, False)]),
    ("ru", "Источник «МБХ медиа» в правоохранительных органах утверждает, что обыски связаны с делом.",
     [("istochnik-mbkh-media-v-pravookhranitelnykh-organakh", "mbkh-media", True), ("mbkh-media", None, False)]),
    # the outlet's own informant; an adverb inside the citing phrase
    ("ru", "Об этом сообщает Фонтанка, ссылаясь на своего информатора в мэрии.",
     [("fontanka", None, False), ("informator-v-merii", "fontanka", True)]),
    ("ru", "Сделка сорвалась, сообщает «Коммерсантъ», ссылаясь сразу на два источника в банке.",
     [("kommersant", None, False), ("istochnik-v-banke", "kommersant", True)]),
    # "как" before a verb that needs a clause makes it the report of whoever follows it
    ("ru", "Как указывает The Insider, по сведениям Минобороны России, ВСУ пошли в прорыв.",
     [("the-insider", None, False), ("ru-mod", "the-insider", False)]),
    # a town named after a word for part of it is a place, not the subject of an impersonal report
    ("uk", "В окремих районах Нікополя повідомляють про вибухи, пише УНН з посиланням на Суспільне.",
     [("unn", None, False), ("suspilne", "unn", False)]),
    ("uk", "Угоду зірвано, пише «Економічна правда», посилаючись одразу на два джерела в уряді.",
     [("ekonomichna-pravda", None, False), ("dzherelo-v-uryadi", "ekonomichna-pravda", True)]),
]


@pytest.mark.parametrize("language, text, expected", CHAINS, ids=[f"{c[0]}: {c[1][:40]}" for c in CHAINS])
def test_chains_and_unnamed_sources(ru, uk, language, text, expected):
    claim = read(ru if language == "ru" else uk, text)[0]
    assert [(s.id, s.via, s.anonymous) for s in claim.sources] == expected


def test_the_outlet_citing_others_is_not_a_source(uk):
    text = ("УНН Українські Національні Новини\n\nУ ніч проти 29 серпня невідомі дрони атакували НПЗ у саратові. Про це "
            "пише УНН із посиланням на моніторингові канали та керівника Центру протидії дезінформації Андрія "
            "Коваленка.")
    claims = read(uk, text)
    assert [s.id for s in claims[-1].sources] == ["monitoringoviy-kanal", "andriy-kovalenko"]
    assert claims[-1].attribution == "according_to" and all(s.via is None for s in claims[-1].sources)
    assert claims[-2].attribution == "implicit" and claims[-2].carried_from == len(claims) - 1


def test_a_lead_credited_by_the_next_sentence_and_the_report_carried(uk):
    text = ("Уночі ворог атакував Одесу ударними дронами.\n\nПро це повідомив начальник Одеської ОВА Олег Кіпер.\n\n"
            "За його словами, пошкоджено портову інфраструктуру. Постраждалих немає.\n\n"
            "Нагадаємо, раніше росіяни вдарили по Ізмаїлу.")
    claims = read(uk, text)
    assert [([s.id for s in c.sources], c.attribution) for c in claims] == [
        (["kiper"], "implicit"), (["kiper"], "indirect"), (["kiper"], "according_to"), (["kiper"], "implicit"),
        ([], "none")]
    assert "carry.points_back" in claims[0].rules and "carry.same_paragraph" in claims[3].rules


def test_a_lead_set_line_by_line_is_credited_whole_by_the_pointer_under_it(uk):
    # each sentence of the lead on a line of its own, no blank line between them; a blank line ends the lead
    text = ("Нагадаємо, вчора ворог обстрілював Полтавщину.\n\n"
            "Уночі ворог атакував Одесу ударними дронами.\nУсі дрони знешкодила протиповітряна оборона.\n"
            "Уламки пошкодили два склади.\nПро це повідомив начальник Одеської ОВА Олег Кіпер.\n\n"
            "Тим часом у Києві оголосили тривогу.")
    claims = read(uk, text)
    assert [([s.id for s in c.sources], c.attribution) for c in claims][:5] == [
        ([], "none"), (["kiper"], "implicit"), (["kiper"], "implicit"), (["kiper"], "implicit"),
        (["kiper"], "indirect")]


def test_label_lines(uk):
    text = ("Українська правда\n\nУночі 14 листопада російські війська вдарили по Черкаській області.\n\n"
            "Джерело: голова Черкаської ОВА Ігор Табурець\n\n"
            "Пряма мова: \"Під час тривоги ворог атакував Черкащину.\n\nРеклама:\n\nПро наслідки – згодом\".\n\n"
            "Передісторія:\n\nУвечері сирени лунали в більшості областей.")
    claims = read(uk, text)
    assert [([s.id for s in c.sources], c.attribution) for c in claims] == [
        (["taburets"], "implicit"), (["taburets"], "according_to"), (["taburets"], "direct_quote"),
        (["taburets"], "direct_quote"), ([], "none")]
    assert claims[0].rules == ["carry.label_lead"]
    assert claims[1].rules[0] == "cue.label" and claims[2].rules[0] == "quote.label"


def test_speech_without_quotation_marks_closed_by_a_dash_tag(ru):
    text = ("Публикуем ответ губернатора:\n"
            "💬Устал я жить. Но мне деваться некуда. Для меня это прямой канал связи с вами, – признаётся Гладков.")
    claims = read(ru, text)
    assert [([s.id for s in c.sources], c.attribution) for c in claims[1:]] == [(["gladkov"], "direct_quote")] * 3


# ---- hedges --------------------------------------------------------------------------------------------

# (language, text, [(hedge text, kind)])
HEDGES = [
    ("ru", "Средства ПВО якобы «сработали штатно».", [("якобы", "epistemic"), ("сработали штатно", "scare_quote")]),
    ("ru", "По предварительным данным, пострадавших нет.", [("По предварительным данным", "epistemic")]),
    ("ru", "К поджогу могли быть причастны двое, пишет «Суспільне».", [("могли быть", "epistemic")]),
    ("ru", "Минобороны РФ утверждает, что ПВО уничтожила 31 беспилотник.", [("утверждает", "distancing_verb")]),
    ("ru", "Официально эта информация не подтверждена.",
     [("Официально эта информация не подтверждена", "evidential")]),
    ("ru", "Проверить эту информацию независимо невозможно.",
     [("Проверить эту информацию независимо невозможно", "evidential")]),
    ("ru", "В Кремле заявили, что так называемые «мирные инициативы» не рассматриваются.",
     [("так называемые", "epistemic"), ("мирные инициативы", "scare_quote")]),
    ("ru", "О 38 случаях сообщили в местном «минздраве».", [("минздраве", "scare_quote")]),
    ("ru", "По словам губернатора, в соцсетях гуляет «масса фейков».", []),  # his words, not the outlet's distance
    ("ru", "Руководство компании «Роснефть» заявило о пожаре.", []),  # a quoted name
    ("ru", "Минобороны заявило об «освобождении» села.", [("освобождении", "scare_quote")]),  # a loaded term
    # "it seems" set off by its comma, "вроде как", an alleged person
    ("ru", "Похоже, ведомство переоценило число сбитых дронов.", [("Похоже", "epistemic")]),
    ("ru", "Это очень похоже на правду.", []),
    ("ru", "Полиция задержала предполагаемых организаторов поджога.", [("предполагаемых", "epistemic")]),
    ("ru", "На месте вроде как загорелось поле.", [("вроде как", "epistemic")]),
    ("uk", "У Міноборони Росії заявили, що ППО нібито знешкодила 84 дрони.", [("нібито", "epistemic")]),
    ("uk", "Дрони начебто збили над Курською областю.", [("начебто", "epistemic")]),
    ("uk", "Окупанти назвали відступ «жестом доброї волі».", [("жестом доброї волі", "scare_quote")]),
    ("uk", "Противник пошкодив дах ТРЦ «Дафі».", []),
    ("uk", "За попередньою інформацією, постраждалих немає.", [("За попередньою інформацією", "epistemic")]),
    ("uk", "Ця інформація поки не підтверджена.", [("Ця інформація поки не підтверджена", "evidential")]),
    ("uk", "Схоже, відомство переоцінило кількість збитих дронів.", [("Схоже", "epistemic")]),
    ("uk", "Це дуже схоже на правду.", []),
]


@pytest.mark.parametrize("language, text, expected", HEDGES, ids=[f"{h[0]}: {h[1][:40]}" for h in HEDGES])
def test_hedges(ru, uk, language, text, expected):
    claims = read(ru if language == "ru" else uk, text)
    assert [(h.text, h.kind) for c in claims for h in c.hedges] == expected


# ---- page furniture ------------------------------------------------------------------------------------

TELEGRAM = """ASTRA
281K subscribers
59.1K photos
Независимое издание без цензуры
https://astra.press
Поддержать нас: @astradonate
Download Telegram
В Курске прогремели взрывы. Об этом сообщили местные жители.

По их словам, было слышно не менее пяти взрывов.
👁 21.7K  09:14
Подписывайтесь на наш Telegram-канал
Читайте также
Губернатор заявил о новой атаке
"""

PAGE = """Новини | Політика | Війна
UA | RU | EN

Уночі дрони атакували Харків

Понеділок, 14 листопада 2022, 03:52

Уночі дрони атакували Харків. Про це повідомив мер міста Ігор Терехов.

Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter
Новини партнерів
Зеленський провів нараду: що вирішили
п’ятниця, 6 лютого 2026, 1:17
Мешканці Бєлгорода скаржаться на відключення світла після вибухів. Місцеві пабліки пишуть про ракетний...
© 2014-2026 ТСН
"""


@pytest.mark.parametrize("language, page, sentences", [
    ("ru", TELEGRAM, ["В Курске прогремели взрывы.", "Об этом сообщили местные жители.",
                      "По их словам, было слышно не менее пяти взрывов."]),
    ("uk", PAGE, ["Уночі дрони атакували Харків", "Уночі дрони атакували Харків.",
                  "Про це повідомив мер міста Ігор Терехов."]),
], ids=["telegram preview", "news page"])
def test_page_furniture_gives_no_claims(ru, uk, language, page, sentences):
    claims = read(ru if language == "ru" else uk, page)
    assert [c.text for c in claims] == sentences


# ---- hostile input -------------------------------------------------------------------------------------

HOSTILE = [
    ("ru", "ГУБЕРНАТОР БЕЛГОРОДСКОЙ ОБЛАСТИ ВЯЧЕСЛАВ ГЛАДКОВ ЗАЯВИЛ, ЧТО ПОСТРАДАЛИ ДВА ЧЕЛОВЕКА.", "gladkov"),
    ("ru", "Как сообщает Аstra, над городом слышны взрывы.", "astra"),  # a Cyrillic А in a Latin name
    ("ru", "Гладкoв заявил, что атака отражена.", "gladkov"),  # a Latin o in a Cyrillic name
    ("uk", "Мiноборони РФ повідомило про збиття 20 дронів.", "ru-mod"),  # a Latin i
    ("ru", "Губернатор Gladkov заявил, что пострадавших нет.", "gladkov"),  # a transliterated name
    ("ru", "🔥🔥 Об этом сообщил губернатор Вячеслав Гладков 👇👇 Пострадавших нет 🙏", "gladkov"),
    # a page that mixes look-alike letters into every word against copying
    ("uk", "Нaтoмiсть Вepeщук зaявилa, щo нapдeп пiдpивaє peпутaцiю.", "vereshchuk"),
    ("ru", "Минобοроны Рοссии сοобщилο, чтο над οбластью сбитο 20 дрοнοв.", "ru-mod"),
    ("ru", "Над οбластью сбитο 20 дрοнοв. Οб этοм сοοбщает ТАСС.", "tass"),
    ("uk", "‼️⚡️ПОВІТРЯНІ СИЛИ ПОВІДОМИЛИ ПРО ЗАГРОЗУ БАЛІСТИКИ‼️", "ua-af"),
]


@pytest.mark.parametrize("language, text, source_id", HOSTILE, ids=[h[1][:30] for h in HOSTILE])
def test_hostile_input(ru, uk, language, text, source_id):
    claims = read(ru if language == "ru" else uk, text)
    assert [s.id for s in claims[-1].sources] == [source_id]


@pytest.mark.parametrize("word, same", [("Аstra", "Astra"), ("Суспiльне", "Суспільне"), ("Telegram-канал", "Telegram-канал"),
                                        ("Гладкoв", "Гладков"), ("источник Bloomberg", "источник Bloomberg"),
                                        # more Latin look-alikes than Cyrillic letters, and a Greek omicron
                                        ("нapдeпaми", "нардепами"), ("судοв", "судов"), ("BBC", "BBC")])
def test_look_alike_letters_are_read_in_the_word_s_own_script(word, same):
    assert unmix(word) == same  # in a phrase, each word in its own script (an id stays "istochnik-bloomberg")


@pytest.mark.parametrize("forms", [("Гладков", "Гладкова", "Гладкову", "Гладковым"),
                                   ("Міністерство оборони Росії", "Міністерстві оборони Росії"),
                                   ("Повітряні сили", "Повітряних силах", "Повітряних сил")])
def test_case_forms_of_a_name_share_one_key(forms):
    assert len({name_key(f) for f in forms}) == 1


def test_ids_of_cyrillic_names_are_latin():
    assert slug("Віктор Ковальчук") == "viktor-kovalchuk" and stem("ЗСУ") == "зсу"


# ---- rule files, lemmatizers, the spaCy component ------------------------------------------------------

def test_a_typo_in_a_rule_file_names_the_file_and_the_field(tmp_path):
    source = Path(attribution.__file__).parent / "data" / "uk"
    for name in ("page.yaml", "cues.yaml", "hedges.yaml", "discourse.yaml"):
        (tmp_path / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    cues = (tmp_path / "cues.yaml").read_text(encoding="utf-8").replace("reporting_verbs:", "reporting_verb:")
    (tmp_path / "cues.yaml").write_text(cues, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cues\.yaml: field reporting_verb"):
        load_language("uk", tmp_path)
    (tmp_path / "cues.yaml").write_text((source / "cues.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    hedges = (tmp_path / "hedges.yaml").read_text(encoding="utf-8").replace("  - '\\bбез\\s+", "  - '(\\bбез\\s+")
    (tmp_path / "hedges.yaml").write_text(hedges, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"hedges\.yaml: field evidential_patterns: .*bad regular expression"):
        load_language("uk", tmp_path)


def test_russian_lemmas_come_from_pymorphy3_and_ukrainian_from_a_permissive_default():
    assert resolve_backend("ru") == "pymorphy3"
    assert resolve_backend("uk") == available("uk")[0]
    assert "simplemma" in available("uk")
    if "pymorphy3" not in available("uk"):
        with pytest.raises(ImportError, match=r"attribution\[ukrainian-gpl\]"):
            resolve_backend("uk", "pymorphy3")


def test_the_component_in_a_pipeline_of_its_own_saves_and_loads(tmp_path):
    nlp = cyrillic.make_pipeline("uk")
    registry = attribution.SourceRegistry.default().extend([
        {"id": "acme-tv", "name": "Acme TV", "kind": "media", "aliases": ["Акме ТБ"]}])
    nlp.get_pipe("claim_attribution").set_registry(registry)
    text = "Про це повідомив телеканал «Акме ТБ»."
    before = nlp.get_pipe("claim_attribution").claims_of(nlp(text))
    assert [s.id for c in before for s in c.sources] == ["acme-tv"]
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded(text)
    assert doc._.claims == before and [s.text for s in doc.sents] == [text]
    assert attribution.Extractor(model=loaded, language="uk").extract(text) == before


def test_the_factory_refuses_other_languages():
    with pytest.raises(attribution.PipelineError, match="reads Russian .'ru'. and Ukrainian .'uk'."):
        spacy.blank("de").add_pipe("cyrillic_attribution")


def test_every_rule_id_of_the_cyrillic_engine_is_documented_with_an_example():
    import re
    from importlib import resources

    import yaml

    root = Path(attribution.__file__).parent
    source = (root / "cyrillic" / "claims.py").read_text(encoding="utf-8")
    used = set(re.findall(r'"((?:cue|quote|carry|chain|source|hedge)\.[a-z_.]+[a-z])"', source))
    used |= {"cue.verb", "cue.according_to"}  # f"cue.{found.cue.kind}"
    catalogue = yaml.safe_load(resources.files("attribution.data").joinpath("rule_catalogue.yaml").read_text("utf-8"))
    assert used <= {entry["id"] for entry in catalogue}, sorted(used - {entry["id"] for entry in catalogue})
