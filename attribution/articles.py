"""Many articles at once: the results of ``extract_many`` read as articles with an outlet, a date and an id.

``summarize``, ``trace`` and ``report`` all take what ``Extractor.extract_many(..., as_tuples=True)``
yields: ``(claims, context)`` pairs, where the context is whatever travelled with the text (a dict of
metadata: ``outlet``, ``date``, ``url``, ``title``, ``id`` and any other keys). This module reads
those pairs once, the same way for all three:

- **outlet**: ``context["outlet"]``; else the web site of ``context["url"]`` (``www.`` dropped, so
  ``https://www.reuters.com/...`` is ``reuters.com``); else ``"(unknown outlet)"``.
- **date**: ``context["date"]`` as a ``date``, a ``datetime`` or a string that starts with an ISO
  date (``2025-03-14``, ``2025-03-14T08:00:00Z``); anything else counts as no date.
- **id**: ``context["id"]``, else the url, else the title, else ``article-<n>`` (its position).

A bare ``Claims`` list (no context) is accepted too, and an item whose extraction failed (its
``error`` is set) is counted as skipped rather than read as an article without claims.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .models import Claim

UNKNOWN_OUTLET = "(unknown outlet)"
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Second-level labels under a country code that belong to the site name (bbc.co.uk, abc.net.au).
_GENERIC_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu"}


@dataclass
class Article:
    """One article of a batch of results: its claims, its text when known, and what its context says."""

    index: int
    claims: list[Claim]
    context: dict[str, Any]
    id: str
    outlet: str
    date: _dt.date | None
    title: str | None = None
    url: str | None = None
    text: str | None = None
    error: Exception | None = field(default=None, repr=False)


def site_of(url: str) -> str | None:
    """The web site of a URL as an outlet name: ``https://www.bbc.co.uk/news/x`` gives ``bbc.co.uk``."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return host or None
    if labels[0] in {"www", "m", "amp", "mobile"}:
        labels = labels[1:]
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SECOND_LEVEL else 2
    # Subdomains other than www (in.reuters.com, news.sky.com) are the same outlet as the site.
    return ".".join(labels[-keep:])


def parse_date(value: Any) -> _dt.date | None:
    """A date from a context value: a date, a datetime, or a string starting with YYYY-MM-DD; else None."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp, without importing pandas
        try:
            return value.to_pydatetime().date()
        except (ValueError, TypeError):
            return None
    if isinstance(value, str) and (match := _ISO_DATE.match(value)):
        try:
            return _dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _split(item: Any) -> tuple[Any, Any]:
    """(claims, context) from a pair, or (claims, None) from a bare list of claims."""
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], list):
        return item
    if isinstance(item, list):
        return item, None
    raise TypeError(f"expected (claims, context) pairs as extract_many(..., as_tuples=True) yields them, or lists "
                    f"of claims; got {type(item).__name__}")


def read_articles(results: Iterable[Any]) -> tuple[list[Article], int]:
    """The articles of ``results``, in order, and how many items were skipped because extraction failed."""
    articles: list[Article] = []
    skipped = 0
    for index, item in enumerate(results):
        claims, context = _split(item)
        if getattr(claims, "error", None) is not None:
            skipped += 1
            continue
        if context is None:
            context = {}
        elif not isinstance(context, Mapping):
            context = {"id": context}  # an id or a name passed as the whole context
        context = dict(context)
        url = _text(context.get("url"))
        title = _text(context.get("title"))
        outlet = _text(context.get("outlet")) or (site_of(url) if url else None) or UNKNOWN_OUTLET
        ident = context.get("id")
        ident = str(ident) if ident is not None and str(ident).strip() else (url or title or f"article-{index}")
        articles.append(Article(index=index, claims=list(claims), context=context, id=ident, outlet=outlet,
                                date=parse_date(context.get("date")), title=title, url=url,
                                text=getattr(claims, "text", None)))
    return articles, skipped
