"""Output formats: claims as plain records, a pandas DataFrame, a readable text table, CSV and JSON lines."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .models import Claim, Source

if TYPE_CHECKING:
    import pandas

# The keys of ``to_records`` in order: the columns of ``to_dataframe`` and of CSV output (docs/output.md).
COLUMNS = ("text", "start", "end", "source_ids", "source_names", "source_kinds", "source_mentions", "via",
           "anonymous", "attribution", "cue", "cue_start", "cue_end", "hedges", "hedge_kinds", "carried_from",
           "rules")
# Columns that hold one value per source, hedge or rule; CSV joins them with LIST_SEPARATOR.
LIST_COLUMNS = ("source_ids", "source_names", "source_kinds", "source_mentions", "via", "anonymous", "hedges",
                "hedge_kinds", "rules")
LIST_SEPARATOR = "; "


def to_records(claims: Iterable[Claim]) -> list[dict[str, Any]]:
    """One flat dict per claim (no pandas needed): sentence, offsets, sources, attribution, cue, hedges."""
    records = []
    for claim in claims:
        records.append({
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "source_ids": [s.id for s in claim.sources],
            "source_names": [s.name for s in claim.sources],
            "source_kinds": [s.kind for s in claim.sources],
            "source_mentions": [s.mention for s in claim.sources],
            "via": [s.via for s in claim.sources],
            "anonymous": [s.anonymous for s in claim.sources],
            "attribution": claim.attribution,
            "cue": claim.cue.text if claim.cue else None,
            "cue_start": claim.cue.start if claim.cue else None,
            "cue_end": claim.cue.end if claim.cue else None,
            "hedges": [h.text for h in claim.hedges],
            "hedge_kinds": [h.kind for h in claim.hedges],
            "carried_from": claim.carried_from,
            "rules": list(claim.rules),
        })
    return records


def to_dataframe(claims: Iterable[Claim]) -> pandas.DataFrame:
    """One row per claim, with the columns of ``to_records``; per-source and per-hedge columns hold lists.

    pandas is optional: ``pip install attribution[pandas]``.

    >>> import attribution
    >>> frame = attribution.to_dataframe(attribution.extract("The governor said two people were injured."))
    >>> frame[["attribution", "source_names", "cue"]].values.tolist()
    [['indirect', ['governor'], 'said']]
    """
    try:
        import pandas
    except ImportError:
        raise ImportError("to_dataframe() needs pandas: pip install attribution[pandas]") from None
    frame = pandas.DataFrame.from_records(to_records(claims), columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "cue_start": "Int64", "cue_end": "Int64",
                         "carried_from": "Int64"})


def _cell(value: Any) -> str:
    """One CSV cell: None is empty, booleans are true/false (as in JSON)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_csv(claims: Iterable[Claim], *, header: bool = True, **extra: Any) -> str:
    """Claims as CSV rows (columns: any ``extra`` fields, then ``COLUMNS``).

    List columns are joined with "; ", one item per source (or hedge, or rule), so ``via`` and
    ``anonymous`` line up with ``source_ids``: a source with no relay has an empty ``via`` item.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow([*extra, *COLUMNS])
    for record in to_records(claims):
        row = [LIST_SEPARATOR.join(map(_cell, record[c])) if c in LIST_COLUMNS else _cell(record[c]) for c in COLUMNS]
        writer.writerow([*extra.values(), *row])
    return buffer.getvalue()


def source_label(source: Source, sources: Iterable[Source] = (), *, kind: bool = True) -> str:
    """A source as people read it: "sources in the ministry (official, unnamed), via Astra".

    ``sources`` are the other sources of the claim, where the relay named by ``via`` is found.
    """
    # An unnamed source's kind is mostly unknown: "unnamed" says more.
    details: list[str] = [source.kind] if kind and not (source.anonymous and source.kind == "unknown") else []
    if source.anonymous:
        details.append("unnamed")
    label = source.name + (f" ({', '.join(details)})" if details else "")
    if source.via is not None:
        relay = next((s.name for s in sources if s.id == source.via), source.via)
        label += f", via {relay}"
    return label


def to_text_table(claims: Iterable[Claim], width: int | None = None) -> str:
    """A table for the terminal: sentence, sources, attribution, hedges."""
    claims = list(claims)
    width = width or min(max(shutil.get_terminal_size((120, 20)).columns, 100), 160)
    source_w, attribution_w, hedge_w = 28, 13, 26
    sentence_w = max(width - source_w - attribution_w - hedge_w - 3, 30)
    header = f"{'sentence':<{sentence_w}} {'sources':<{source_w}} {'attribution':<{attribution_w}} hedges"
    lines = [header, "-" * min(width, len(header) + hedge_w)]
    for number, claim in enumerate(claims):
        if number:
            lines.append("")  # a blank line between claims keeps wrapped rows apart
        sentence = textwrap.wrap(" ".join(claim.text.split()), sentence_w) or [""]
        sources = [source_label(s, claim.sources) for s in claim.sources] or ["-"]
        hedges = [f"{h.text} [{h.kind}]" for h in claim.hedges] or [""]
        sources = [line for s in sources for line in textwrap.wrap(s, source_w)]
        hedges = [line for h in hedges for line in (textwrap.wrap(h, hedge_w) or [""])]
        attribution = [claim.attribution]
        for row in range(max(len(sentence), len(sources), len(hedges))):
            cells = [part[row] if row < len(part) else "" for part in (sentence, sources, attribution, hedges)]
            lines.append(f"{cells[0]:<{sentence_w}} {cells[1]:<{source_w}} {cells[2]:<{attribution_w}} {cells[3]}".rstrip())
    return "\n".join(lines)


def to_compact_table(claims: Iterable[Claim], width: int | None = None, max_rows: int = 30) -> str:
    """One line per claim (number, offsets, attribution, sources, hedges, the sentence cut to fit): what
    ``print(claims)`` shows. Over ``max_rows`` claims, the first and last few are shown with a count between.
    """
    claims = list(claims)
    width = width or min(max(shutil.get_terminal_size((120, 20)).columns, 80), 200)
    shown = list(range(len(claims)))
    if len(claims) > max_rows:
        shown = shown[:max_rows - 6] + [-1] + shown[-5:]
    cells: list[tuple[str, ...] | None] = []
    for index in shown:
        if index < 0:
            cells.append(None)
            continue
        claim = claims[index]
        sources = "; ".join(source_label(s, claim.sources, kind=False) for s in claim.sources) or "-"
        cells.append((str(index), f"{claim.start}-{claim.end}", claim.attribution, sources,
                      ", ".join(h.text for h in claim.hedges), " ".join(claim.text.split())))
    header = ("#", "offsets", "attribution", "sources", "hedges", "sentence")
    rows = [c for c in cells if c is not None]
    # Each column as wide as its widest cell, sources and hedges within a cap; the sentence gets the rest.
    caps = (None, None, None, 56, 24)
    widths = [max(len(header[k]), *(len(row[k]) for row in rows)) for k in range(5)]
    widths = [w if cap is None else min(w, cap) for w, cap in zip(widths, caps)]
    sentence_w = max(width - sum(widths) - 5, 20)

    def cut(value: str, room: int) -> str:
        return value if len(value) <= room else value[:room - 1] + "…"

    def line(row: tuple[str, ...]) -> str:
        number, *middle, sentence = row
        parts = [f"{number:>{widths[0]}}"] + [f"{cut(v, w):<{w}}" for v, w in zip(middle, widths[1:])]
        return " ".join([*parts, cut(sentence, sentence_w)]).rstrip()

    lines = [line(header)]
    for row in cells:
        lines.append(line(row) if row is not None else f"{'':>{widths[0]}} … {len(claims) - max_rows + 1} more claims …")
    return "\n".join(lines)


def to_jsonl(claims: Iterable[Claim], **extra: Any) -> str:
    """One JSON object per claim, each carrying any extra fields given (an input's name, say)."""
    return "\n".join(json.dumps({**extra, **claim.model_dump(mode="json")}, ensure_ascii=False) for claim in claims)
