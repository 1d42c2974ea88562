"""Cyrillic words made comparable: look-alike letters, ё, light stems for names, and Latin ids.

Everything here works on single words or on short names and never changes an offset: the pipeline keeps
the input as it is and only compares normalised forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u0370-\u03FF]")
WORD = re.compile(r"[^\W\d_]+(?:[-‐‑'’ʼ][^\W\d_]+)*|\d+", re.UNICODE)

# Latin and Cyrillic letters that look the same. Hostile or careless input mixes them inside one word
# ("Аstra" with a Cyrillic А, "Суспiльне" with a Latin i): the minority script is read as the majority's.
# Greek look-alikes count as Latin ones: some sites mix an omicron into Russian words ("судοв") against copying.
_LATIN_TO_CYRILLIC = str.maketrans("aAeEoOpPcCxXyBHKMTiIjοΟαΑεΕκΚρΡτΤΜΗΒΧΥ",
                                   "аАеЕоОрРсСхХуВНКМТіІјоОаАеЕкКрРтТМНВХУ")
_CYRILLIC_TO_LATIN = str.maketrans("аАеЕоОрРсСхХуВНКМТіІјѕ", "aAeEoOpPcCxXyBHKMTiIjs")
_LATIN_LOOKALIKES = frozenset("aAeEoOpPcCxXyBHKMTiIjοΟαΑεΕκΚρΡτΤΜΗΒΧΥ")
_CYRILLIC_LOOKALIKES = frozenset("аАеЕоОрРсСхХуВНКМТіІјѕ")

# Endings of Russian and Ukrainian nouns, adjectives and surnames, longest first. Stripping one gives
# every case form of a name the same stem: Гладков, Гладкова, Гладкову, Гладковым -> гладков. The plural
# genitive -ов/-ев/-ів is left out on purpose: it is also how the nominative of surnames ends.
_ENDINGS = tuple(sorted({
    "ами", "ями", "ому", "ему", "ого", "его", "ыми", "ими", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее",
    "ые", "ие", "ых", "их", "ым", "им", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ою", "ею",
    "ии", "ия", "ию", "ией", "ье", "ья", "ью",
    "ові", "еві", "єві", "ого", "ому", "ої", "ій", "ім", "ою", "ею", "ам", "ах", "ях", "ям", "ія",
    "ії", "ію", "ією", "ами", "ями", "іх", "ими", "их", "им", "і", "ї", "є",
    "а", "я", "у", "ю", "е", "о", "ы", "и", "ь", "й",
}, key=len, reverse=True))
# A stem shorter than this is no longer a name's stem ("МО", "РФ" stay as they are).
_MIN_STEM = 3

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
}


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=65536)
def unmix(word: str) -> str:
    """The word in one script: look-alike letters of the minority script become the majority's.

    >>> unmix("Аstra"), unmix("Суспiльне"), unmix("Telegram-канал"), unmix("нapдeпaми"), unmix("судοв")
    ('Astra', 'Суспільне', 'Telegram-канал', 'нардепами', 'судов')
    """
    if "-" in word:
        # A compound of two scripts is two words ("Telegram-канал"), each read in its own script.
        return "-".join(unmix(part) for part in word.split("-"))
    if any(ch.isspace() for ch in word):
        # A phrase ("источник Bloomberg"): each word in its own script.
        return "".join(unmix(part) if part and not part.isspace() else part for part in re.split(r"(\s+)", word))
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN.findall(word))
    if not cyrillic or not latin:
        return word
    # A letter only one script has decides ("нapдeпaми" keeps its н, д, м, и), else the majority does.
    only_cyrillic = any(_CYRILLIC.match(c) and c not in _CYRILLIC_LOOKALIKES for c in word)
    only_latin = any(_LATIN.match(c) and c not in _LATIN_LOOKALIKES for c in word)
    if only_cyrillic != only_latin:
        return word.translate(_LATIN_TO_CYRILLIC) if only_cyrillic else word.translate(_CYRILLIC_TO_LATIN)
    if cyrillic >= latin:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case, one script, ё as е, the Ukrainian apostrophe as one mark: the form words are compared in."""
    text = unicodedata.normalize("NFKC", unmix(word)).lower()
    return text.replace("ё", "е").replace("’", "'").replace("ʼ", "'").replace("‐", "-").replace("‑", "-")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: the folded word without one case ending, if a stem of three letters or more remains."""
    folded = fold(word)
    if not has_cyrillic(folded):
        return folded
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM:
            return folded[: -len(ending)]
    return folded


def words(text: str) -> list[str]:
    """The words of a name or phrase, hyphenated words split ("РБК-Україна" -> РБК, Україна)."""
    return [w for chunk in WORD.findall(text) for w in re.split(r"[-‐‑]", chunk) if w]


def name_key(text: str) -> str:
    """The key a name is looked up by: the stems of its words ("Міністерстві оборони" -> "міністерств оборон")."""
    return " ".join(stem(w) for w in words(text))


def transliterate(text: str) -> str:
    """Latin letters for a Cyrillic name, for ids ("Віктор Ковальчук" -> "viktor kovalchuk")."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in fold(text))


def slug(text: str) -> str:
    """A stable Latin id for a name outside the registry."""
    ascii_text = unicodedata.normalize("NFKD", transliterate(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "source"


# A dash after a quotation and a lower-case word: the verb of its tag ("«...», — сказал он"), not a name signing.
_TAG_AFTER_QUOTE = re.compile(r",?\s*[–—-]\s*[a-zа-яёіїєґ]")


def reported_position(text: str, start: int, end: int) -> bool:
    """Does the quotation at ``text[start:end]`` stand where reported words stand: after "что"/"що" or a colon,
    or before a dash and the verb of its tag?"""
    before = text[max(0, start - 6):start].rstrip().lower()
    return before.endswith((":", " что", " що", ",что", ",що")) or _TAG_AFTER_QUOTE.match(text, end) is not None
