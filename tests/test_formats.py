"""Output formats: records, the DataFrame, CSV, JSON lines and the text table."""

from __future__ import annotations

import builtins
import csv
import io
import json

import pytest

import attribution
from attribution.formats import COLUMNS, to_csv, to_jsonl, to_text_table


def test_records_have_one_row_per_claim_in_order(seed_claims):
    records = attribution.to_records(seed_claims)
    assert [(r["start"], r["end"]) for r in records] == [(c.start, c.end) for c in seed_claims]
    assert all(tuple(r) == COLUMNS for r in records)


def test_dataframe_holds_the_claims(seed_text, seed_claims):
    frame = attribution.to_dataframe(seed_claims)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(seed_claims)
    for row, claim in zip(frame.itertuples(index=False), seed_claims):
        assert seed_text[row.start:row.end] == row.text == claim.text
        assert row.source_ids == [s.id for s in claim.sources]
        assert row.source_names == [s.name for s in claim.sources]
        assert row.source_kinds == [s.kind for s in claim.sources]
        assert row.attribution == claim.attribution
        assert row.hedges == [h.text for h in claim.hedges]
    hedged = frame[frame.hedges.str.len() > 0]
    assert set(hedged.hedge_kinds.explode()) == {h.kind for c in seed_claims for h in c.hedges}


def test_dataframe_of_no_claims_keeps_its_columns():
    frame = attribution.to_dataframe([])
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 0


def test_claims_convert_themselves(seed_claims):
    assert seed_claims.to_dataframe().equals(attribution.to_dataframe(seed_claims))


def test_dataframe_without_pandas_says_how_to_install_it(monkeypatch, seed_claims):
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install attribution\[pandas\]"):
        attribution.to_dataframe(seed_claims)


def test_csv_rows_join_lists_and_carry_extra_fields(seed_claims):
    rows = list(csv.DictReader(io.StringIO(to_csv(seed_claims, input="seed.txt"))))
    assert len(rows) == len(seed_claims)
    assert all(r["input"] == "seed.txt" for r in rows)
    several = next(c for c in seed_claims if len(c.sources) > 1)
    row = rows[seed_claims.index(several)]
    assert row["source_names"].split("; ") == [s.name for s in several.sources]
    assert int(row["start"]) == several.start
    assert to_csv(seed_claims[:1], header=False).count("\n") == 1


def test_jsonl_lines_are_claims_with_extra_fields(seed_claims):
    lines = [json.loads(line) for line in to_jsonl(seed_claims, input="seed.txt").splitlines()]
    assert [attribution.Claim.model_validate({k: v for k, v in line.items() if k != "input"})
            for line in lines] == list(seed_claims)
    assert {line["input"] for line in lines} == {"seed.txt"}


def test_text_table_lists_every_source(seed_claims):
    table = to_text_table(seed_claims, width=140)
    for name in {s.name for c in seed_claims for s in c.sources}:
        assert name in table
