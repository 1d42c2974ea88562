"""Output formats: claims as plain records, a pandas DataFrame, a readable text table, CSV and JSON lines."""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .models import Claim

if TYPE_CHECKING:
    import pandas

# The keys of ``to_records`` in order: the columns of ``to_dataframe`` and of CSV output.
COLUMNS = ("text", "start", "end", "source_ids", "source_names", "source_kinds", "source_mentions", "attribution",
           "cue", "cue_start", "cue_end", "hedges", "hedge_kinds")
# Columns that hold one value per source or hedge; CSV joins them with LIST_SEPARATOR.
LIST_COLUMNS = ("source_ids", "source_names", "source_kinds", "source_mentions", "hedges", "hedge_kinds")
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
            "attribution": claim.attribution,
            "cue": claim.cue.text if claim.cue else None,
            "cue_start": claim.cue.start if claim.cue else None,
            "cue_end": claim.cue.end if claim.cue else None,
            "hedges": [h.text for h in claim.hedges],
            "hedge_kinds": [h.kind for h in claim.hedges],
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
    return frame.astype({"start": "int64", "end": "int64", "cue_start": "Int64", "cue_end": "Int64"})


def to_csv(claims: Iterable[Claim], *, header: bool = True, **extra: Any) -> str:
    """Claims as CSV rows (columns: any ``extra`` fields, then ``COLUMNS``); lists are joined with "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow([*extra, *COLUMNS])
    for record in to_records(claims):
        row = [LIST_SEPARATOR.join(record[c]) if c in LIST_COLUMNS else record[c] for c in COLUMNS]
        writer.writerow([*extra.values(), *("" if value is None else value for value in row)])
    return buffer.getvalue()


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
        sources = [f"{s.name} ({s.kind})" for s in claim.sources] or ["-"]
        hedges = [f"{h.text} [{h.kind}]" for h in claim.hedges] or [""]
        sources = [line for s in sources for line in textwrap.wrap(s, source_w)]
        hedges = [line for h in hedges for line in (textwrap.wrap(h, hedge_w) or [""])]
        attribution = [claim.attribution]
        for row in range(max(len(sentence), len(sources), len(hedges))):
            cells = [part[row] if row < len(part) else "" for part in (sentence, sources, attribution, hedges)]
            lines.append(f"{cells[0]:<{sentence_w}} {cells[1]:<{source_w}} {cells[2]:<{attribution_w}} {cells[3]}".rstrip())
    return "\n".join(lines)


def to_jsonl(claims: Iterable[Claim], **extra: Any) -> str:
    """One JSON object per claim, each carrying any extra fields given (an input's name, say)."""
    return "\n".join(json.dumps({**extra, **claim.model_dump(mode="json")}, ensure_ascii=False) for claim in claims)
