"""Language check: say clearly when an article is not in the English the default pipeline reads."""

from __future__ import annotations

import re
import warnings

# Above this share of Cyrillic letters a text is not English, and the English pipeline's parse is noise.
CYRILLIC_SHARE = 0.30
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04FF\u0500-\u052F]+")
# Letters only Ukrainian uses among the two (і ї є ґ), and letters only Russian uses (ы э ё ъ).
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэёъЫЭЁЪ]")


class LanguageWarning(UserWarning):
    """The input does not look like English; claims from the English pipeline will be unreliable."""


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


def warn_if_not_english(text: str, stacklevel: int = 2) -> str | None:
    """Warn with a :class:`LanguageWarning` that names the language when a text is mostly Cyrillic.

    Returns the language named, or None when nothing was said.
    """
    language = cyrillic_language(text)
    if language is not None:
        warnings.warn(f"the input looks like {language} text, not English: the English pipeline does not read it, "
                      f"so its claims will be few and unreliable; translate the article into English first",
                      LanguageWarning, stacklevel=stacklevel + 1)
    return language
