"""Languages: detect whether a text is English, Russian or Ukrainian, and say clearly when an input is not
prose in the language of the pipeline reading it (or is HTML)."""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from .errors import AttributionError

# Above this share of Cyrillic letters a text is not English, and the English pipeline's parse is noise.
CYRILLIC_SHARE = 0.30
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04FF\u0500-\u052F]+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")
# Letters only Ukrainian uses among the two (і ї є ґ), and letters only Russian uses (ы э ё ъ).
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэёъЫЭЁЪ]")
# Tags that only markup has; three of them (or a doctype or <html>) make a text a web page, not prose.
_TAG = re.compile(r"<(?:!doctype\b|/?(?:html|head|body|p|div|span|a|br|hr|li|ul|ol|h[1-6]|script|style|meta|link|"
                  r"img|table|tr|td|article|section|header|footer|nav|main|figure|strong|em|b|i)\b[^<>]{0,500}>)",
                  re.IGNORECASE)
_MARKUP_SCAN_CHARS = 200_000


class LanguageWarning(UserWarning):
    """The input does not look like the language of the pipeline reading it; its claims will be unreliable."""


class UnsupportedLanguageError(AttributionError, ValueError):
    """A language other than those the library reads (English, Russian, Ukrainian) was asked for."""


# The languages read, and what ``language=None`` chooses among.
SUPPORTED_LANGUAGES = ("en", "ru", "uk")
_LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian"}
# Frequent words found in one of the two languages only (the function words of running prose); words of both
# ("через", "для") tell nothing.
_UKRAINIAN_WORDS = frozenset("що це та від він вона вони його її їх який яка які також із зі як але або щоб "
                             "був була були буде є ще вже тому після між під час про нібито начебто буцімто "
                             "також тощо зараз наразі сьогодні".split())
_RUSSIAN_WORDS = frozenset("что это от он она они его её ее их который которая которые также из как но или "
                           "чтобы был была были будет есть ещё еще уже поэтому после между во время "
                           "при только якобы будто сейчас сегодня".split())
_WORD_RE = re.compile(r"[^\W\d_]+")
# A Latin i, ї or е inside a Cyrillic word stands for a Ukrainian letter ("Суспiльне").
_LATIN_I_IN_CYRILLIC = re.compile(r"(?<=[\u0400-\u04FF])[iI](?=[\u0400-\u04FF])")
_DETECT_CHARS = 20_000


def check_language(language: str | None) -> str | None:
    """``language`` if the library reads it (or None, which detects it), else :class:`UnsupportedLanguageError`.

    >>> check_language("uk"), check_language(None)
    ('uk', None)
    """
    if language is None:
        return None
    if not isinstance(language, str) or language.lower() not in SUPPORTED_LANGUAGES:
        supported = ", ".join(f"{code!r} ({name})" for code, name in _LANGUAGE_NAMES.items())
        raise UnsupportedLanguageError(f"language {language!r} is not supported: attribution reads {supported}, "
                                       f"or None to detect one of them from the text")
    return language.lower()


def detect_language(text: str) -> str:
    """The language a text is written in: ``"en"``, ``"ru"`` or ``"uk"``.

    A text whose letters are mostly Latin is read as English (the only Latin-script language supported).
    A mostly Cyrillic one is Ukrainian or Russian by the letters only one of them has (і ї є ґ against
    ы э ъ ё) and by frequent words only one of them uses ("що", "від", "також" against "что", "от",
    "также"); a Latin i inside a Cyrillic word counts as the Ukrainian і. A Cyrillic text with no sign of
    either (a headline such as "Губернатор заявил") is read as Russian, the more common of the two in the
    sources this library reads. Only the first 20,000 characters are looked at.

    >>> detect_language("The governor said two people were injured.")
    'en'
    >>> detect_language("Губернатор заявив, що двоє людей поранені.")
    'uk'
    >>> detect_language("Губернатор заявил, что двое людей ранены.")
    'ru'
    """
    sample = text[:_DETECT_CHARS]
    if _CYRILLIC.search(sample) is None:
        return "en"  # no Cyrillic letter at all: the letters need no counting
    letters = len(_NOT_LETTER.sub("", sample))
    cyrillic = len(_NOT_CYRILLIC.sub("", sample))
    if not letters or cyrillic * 2 < letters:
        return "en"
    ukrainian = len(_UKRAINIAN.findall(sample)) + len(_LATIN_I_IN_CYRILLIC.findall(sample))
    russian = len(_RUSSIAN.findall(sample))
    for word in _WORD_RE.findall(sample.lower()):
        if word in _UKRAINIAN_WORDS:
            ukrainian += 2
        elif word in _RUSSIAN_WORDS:
            russian += 2
    return "uk" if ukrainian > russian else "ru"


class LostTextWarning(UserWarning):
    """Text that reads as prose came back with no claims, or with most of it left out: nothing vanishes silently."""


class MarkupWarning(LanguageWarning):
    """The input looks like HTML: tags are read as words, and the article's text is mostly not found."""


def cyrillic_language(text: str) -> str | None:
    """Name the Cyrillic language a text is written in, or None if it is mostly not Cyrillic.

    >>> cyrillic_language("Губернатор заявив, що двоє людей поранені.")
    'Ukrainian (Cyrillic)'
    >>> cyrillic_language("The governor said two people were injured.") is None
    True
    """
    letters = len(_NOT_LETTER.sub("", text))
    if not letters:
        return None
    cyrillic = len(_NOT_CYRILLIC.sub("", text))
    if cyrillic / letters <= CYRILLIC_SHARE:
        return None
    ukrainian, russian = bool(_UKRAINIAN.search(text)), bool(_RUSSIAN.search(text))
    if ukrainian and not russian:
        return "Ukrainian (Cyrillic)"
    if russian and not ukrainian:
        return "Russian (Cyrillic)"
    return "Ukrainian or Russian (Cyrillic)"


def looks_like_html(text: str) -> bool:
    """Is the text a web page's markup rather than the article's text?

    >>> looks_like_html("<html><body><p>The governor said so.</p></body></html>")
    True
    >>> looks_like_html("The score was 3 < 4 and <b>bold</b> claims followed.")
    False
    """
    tags = 0
    for match in _TAG.finditer(text, 0, _MARKUP_SCAN_CHARS):
        if match.group().lower().startswith(("<!doctype", "<html")):
            return True
        tags += 1
        if tags >= 3:
            return True
    return False


def warn_if_not_english(text: str, stacklevel: int = 2, language: str | None = "en") -> str | None:
    """Warn when a text is not prose in the language of the pipeline reading it (``language``; None: the
    pipeline was chosen from the text itself, so nothing is said about the language): a
    :class:`LanguageWarning` that names the language the text looks like, a :class:`MarkupWarning` when
    it is HTML.

    Returns what was named ("Ukrainian (Cyrillic)", "HTML"), or None when nothing was said.
    """
    if looks_like_html(text):
        warnings.warn("the input looks like HTML, not plain text: tags are read as words and most of the article "
                      "is not found; pass the article's text (on the command line, `attribution extract "
                      "--input-format html FILE` takes it out of the page with trafilatura)", MarkupWarning, stacklevel=stacklevel + 1)
        return "HTML"
    if language is None:
        return None
    if language == "en":
        found = cyrillic_language(text)
        if found is not None:
            warnings.warn(f"the input looks like {found} text, not English: the English pipeline does not read it, "
                          f"so its claims will be few and unreliable; pass language=None to detect the language "
                          f"(or language='ru' / 'uk')", LanguageWarning, stacklevel=stacklevel + 1)
        return found
    detected = detect_language(text)
    if detected != language and _NOT_LETTER.sub("", text[:_DETECT_CHARS]):
        name = _LANGUAGE_NAMES[detected]
        warnings.warn(f"the input looks like {name}, not {_LANGUAGE_NAMES[language]}: the {_LANGUAGE_NAMES[language]} "
                      f"pipeline reads it with the wrong rules; pass language=None to detect the language "
                      f"(or language={detected!r})", LanguageWarning, stacklevel=stacklevel + 1)
        return name
    return None


_PROSE_LINE = re.compile(r"[^\n]+")


@cache
def _small_words() -> frozenset[str]:
    """The small words of running prose in every language read: the page rules' ``prose_words``."""
    from .rules import default_page, packaged, read_data

    words = set(default_page().prose_words)
    for language in ("ru", "uk"):
        words.update(w.lower() for w in read_data(packaged(f"{language}/page.yaml")).get("prose_words", ()))
    return frozenset(words)


@cache
def _english_reader():
    from .body import PageReader
    from .rules import default_page

    return PageReader(default_page())


def warn_if_text_lost(text: str, claims: list, stacklevel: int = 2) -> str | None:
    """Warn (:class:`LostTextWarning`) when lines that read as prose gave no claims, or when most of their
    characters are in no claim: a page laid out in a way the body detection did not recognise.

    Returns the message, or None when nothing was said.
    """
    message = _lost_text(text, claims, len(text))
    if message is not None:
        # Readers' comments under the article are rightly in no claim (looked for only when it matters).
        message = _lost_text(text, claims, _english_reader().comments_start(text))
    if message is None:
        return None
    warnings.warn(message, LostTextWarning, stacklevel=stacklevel + 1)
    return message


def _lost_text(text: str, claims: list, end: int) -> str | None:
    """What was lost of the prose lines of ``text[:end]``, said for a warning; None if nothing was."""
    prose = [m for m in _PROSE_LINE.finditer(text, 0, end) if _reads_as_prose(m.group())]
    if not prose:
        return None
    spans = sorted((c.start, c.end) for c in claims)
    starts = [start for start, _ in spans]
    reach = max((end - start for start, end in spans), default=0)
    covered = 0
    for line in prose:
        # Only the claims that start before the line ends, and at most ``reach`` before it starts, can overlap it.
        first, last = bisect_left(starts, line.start() - reach), bisect_left(starts, line.end())
        for start, stop in spans[first:last]:
            covered += max(0, min(stop, line.end()) - max(start, line.start()))
    total = sum(m.end() - m.start() for m in prose)
    if not claims:
        return (f"no claims from a text with {len(prose)} line(s) of prose: its layout was not recognised "
                f"as an article body (every line was taken for page furniture)")
    if len(prose) >= 3 and covered < 0.5 * total:
        return (f"{1 - covered / total:.0%} of the text's prose ({len(prose)} lines) is in no claim: "
                f"its layout was partly taken for page furniture")
    return None


def reads_as_prose(words: list[str], small_words: frozenset[str], normal: Callable[[str], str] = str.lower) -> bool:
    """Eight words or more, mostly lower-case, with three or more of the small words of sentences (each word
    compared by its ``normal`` form): a line of running prose, whatever its layout made of it."""
    if len(words) < 8:
        return False
    small = sum(1 for w in words if normal(w) in small_words)
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return small >= 3 and lower >= 0.6 * (len(words) - 1)


def _bare(word: str) -> str:
    """A whitespace-split word without the punctuation around it, lower-cased."""
    return word.lower().strip(",.;:!?\"'“”‘’«»()")


def _reads_as_prose(line: str) -> bool:
    return reads_as_prose(line.split(), _small_words(), _bare)
