"""Language check: say clearly when an input is not the English prose the pipeline reads (Cyrillic, HTML)."""

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
# Tags that only markup has; three of them (or a doctype or <html>) make a text a web page, not prose.
_TAG = re.compile(r"<(?:!doctype\b|/?(?:html|head|body|p|div|span|a|br|hr|li|ul|ol|h[1-6]|script|style|meta|link|"
                  r"img|table|tr|td|article|section|header|footer|nav|main|figure|strong|em|b|i)\b[^<>]{0,500}>)",
                  re.IGNORECASE)
_MARKUP_SCAN_CHARS = 200_000


class LanguageWarning(UserWarning):
    """The input does not look like English; claims from the English pipeline will be unreliable."""


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


def warn_if_not_english(text: str, stacklevel: int = 2) -> str | None:
    """Warn when a text is not English prose: a :class:`LanguageWarning` that names the language when it is
    mostly Cyrillic, a :class:`MarkupWarning` when it is HTML.

    Returns what was named ("Ukrainian (Cyrillic)", "HTML"), or None when nothing was said.
    """
    if looks_like_html(text):
        warnings.warn("the input looks like HTML, not plain text: tags are read as words and most of the article "
                      "is not found; pass the article's text (the command line `attribution extract page.html` "
                      "takes it out of the page with trafilatura)", MarkupWarning, stacklevel=stacklevel + 1)
        return "HTML"
    language = cyrillic_language(text)
    if language is not None:
        warnings.warn(f"the input looks like {language} text, not English: the English pipeline does not read it, "
                      f"so its claims will be few and unreliable; translate the article into English first",
                      LanguageWarning, stacklevel=stacklevel + 1)
    return language


_PROSE_LINE = re.compile(r"[^\n]+")
_SMALL_WORDS = frozenset("the a an of to in on at for with from by and but that was were is are has have had said "
                         "says told he she it they his her their its this not".split())


def warn_if_text_lost(text: str, claims: list, stacklevel: int = 2) -> str | None:
    """Warn (:class:`LostTextWarning`) when lines that read as prose gave no claims, or when most of their
    characters are in no claim: a page laid out in a way the body detection did not recognise.

    Returns the message, or None when nothing was said.
    """
    prose = [m for m in _PROSE_LINE.finditer(text) if _reads_as_prose(m.group())]
    if not prose:
        return None
    spans = sorted((c.start, c.end) for c in claims)
    covered = 0
    for line in prose:
        for start, end in spans:
            covered += max(0, min(end, line.end()) - max(start, line.start()))
    total = sum(m.end() - m.start() for m in prose)
    if not claims:
        message = (f"no claims from a text with {len(prose)} line(s) of prose: its layout was not recognised "
                   f"as an article body (every line was taken for page furniture)")
    elif len(prose) >= 3 and covered < 0.5 * total:
        message = (f"{1 - covered / total:.0%} of the text's prose ({len(prose)} lines) is in no claim: "
                   f"its layout was partly taken for page furniture")
    else:
        return None
    warnings.warn(message, LostTextWarning, stacklevel=stacklevel + 1)
    return message


def _reads_as_prose(line: str) -> bool:
    words = line.split()
    if len(words) < 8:
        return False
    small = sum(1 for w in words if w.lower().strip(",.;:!?\"'“”‘’«»()") in _SMALL_WORDS)
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return small >= 3 and lower >= 0.6 * (len(words) - 1)
