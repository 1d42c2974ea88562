"""Claims as people look at them: print() gives a compact table, slices and filters stay Claims with their
article, and a single Claim has a notebook view (texts written for these tests, and the seed article)."""

from __future__ import annotations

import pytest

import attribution
from attribution import Claims

CHAIN = ("Astra, citing sources in the ministry, reported that two drones hit the depot. The fire burned for hours. "
         "Officials said the bridge was allegedly hit.")


@pytest.fixture(scope="module")
def chain_claims(extractor) -> Claims:
    return extractor.extract(CHAIN)


def test_print_shows_a_compact_table_one_line_per_claim(seed_claims):
    shown = repr(seed_claims)
    assert str(seed_claims) == shown
    head, header, *rows = shown.splitlines()
    assert head.startswith(f"Claims: {len(seed_claims)} claims, ") and "characters" in head
    assert header.split() == ["#", "offsets", "attribution", "sources", "hedges", "sentence"]
    assert len(rows) == len(seed_claims)
    assert max(len(line) for line in shown.splitlines()) <= 200, "no huge line"
    for number, (row, claim) in enumerate(zip(rows, seed_claims)):
        assert row.split()[:3] == [str(number), f"{claim.start}-{claim.end}", claim.attribution]


def test_a_long_list_is_cut_in_the_middle(seed_claims):
    many = Claims(list(seed_claims) * 3, text=seed_claims.text)
    lines = repr(many).splitlines()
    assert len(lines) == 2 + 30 and f"… {len(many) - 29} more claims …" in lines[2 + 24]


def test_an_empty_result_and_a_failed_one_say_so():
    assert repr(Claims()) == "Claims: no claims"
    failed = Claims()
    failed.error = ValueError("bad input")
    assert repr(failed) == "Claims: no claims (error: ValueError: bad input)"


def test_slices_and_filters_stay_claims_with_their_article(seed_claims, seed_text):
    part = seed_claims[4:7]
    assert type(part) is Claims and part.text == seed_text and list(part) == list(seed_claims)[4:7]
    assert 'class="attr-text"' in part._repr_html_(), "the article view, not the table"
    assert part.render().startswith("<!DOCTYPE html>")
    assert len(part.to_dataframe()) == 3
    assert isinstance(seed_claims[0], attribution.Claim)
    assert type(seed_claims.copy()) is Claims and seed_claims.copy() == seed_claims
    joined = seed_claims[:2] + seed_claims[5:6]
    assert type(joined) is Claims and joined.text == seed_text and len(joined) == 3


FILTERS = [
    ({"attribution": "implicit"}, lambda c: c.attribution == "implicit"),
    ({"attribution": ["indirect", "according_to"]}, lambda c: c.attribution in ("indirect", "according_to")),
    ({"source": "gladkov"}, lambda c: any(s.id == "gladkov" for s in c.sources)),
    ({"source": "Russian Ministry of Defense"}, lambda c: any(s.id == "ru-mod" for s in c.sources)),
    ({"hedged": True}, lambda c: bool(c.hedges)),
    ({"hedged": False, "attribution": "none"}, lambda c: not c.hedges and c.attribution == "none"),
]


@pytest.mark.parametrize("criteria, test", FILTERS, ids=[str(f[0]) for f in FILTERS])
def test_filter_keeps_what_passes_as_claims(seed_claims, seed_text, criteria, test):
    kept = seed_claims.filter(**criteria)
    assert type(kept) is Claims and kept.text == seed_text
    assert list(kept) == [c for c in seed_claims if test(c)] and kept
    assert seed_claims.filter(lambda c: len(c.text) > 150, **criteria) == [
        c for c in seed_claims if test(c) and len(c.text) > 150]


def test_a_single_claim_has_a_notebook_view(chain_claims):
    claim = chain_claims[0]
    html = claim._repr_html_()
    assert html.startswith('<div class="attribution-view">')
    assert '<b class="attr-cue" title="cue">reported</b>' in html
    assert "sources in the ministry" in html and "unnamed" in html and "via Astra" in html
    assert "<code>chain.citing</code>" in html
    carried = chain_claims[1]
    assert carried.attribution == "implicit" and "claim 0" in carried._repr_html_()


def test_print_and_the_terminal_table_show_chains_and_unnamed_sources(chain_claims):
    from attribution.formats import to_text_table

    assert "sources in the ministry (unnamed), via Astra" in repr(chain_claims)
    table = " ".join(to_text_table(chain_claims, width=200).split())
    assert "sources in the ministry (unnamed), via Astra" in table and "Astra (media)" in table


def test_records_dataframe_and_csv_carry_via_anonymous_carried_from_and_rules(chain_claims):
    import csv
    import io

    from attribution.formats import to_csv

    record = attribution.to_records(chain_claims)[0]
    assert record["source_ids"] == ["astra", "sources-in-the-ministry"]
    assert record["via"] == [None, "astra"] and record["anonymous"] == [False, True]
    assert record["carried_from"] is None and "chain.citing" in record["rules"]
    frame = chain_claims.to_dataframe()
    assert frame.loc[1, "carried_from"] == 0 and frame.loc[0, "via"] == [None, "astra"]
    assert frame.loc[0, "anonymous"] == [False, True] and frame.loc[0, "rules"] == chain_claims[0].rules
    rows = list(csv.DictReader(io.StringIO(to_csv(chain_claims))))
    assert rows[0]["via"].split("; ") == ["", "astra"] and rows[0]["anonymous"] == "false; true"
    assert rows[1]["carried_from"] == "0" and rows[0]["carried_from"] == ""
    assert rows[0]["rules"].split("; ") == chain_claims[0].rules
    # The HTML view names them too: on hover over the sentence, and in the table of claims.
    assert 'title="Astra (media); sources in the ministry (unnamed), via Astra | indirect"' in \
        attribution.render(CHAIN, chain_claims)
    from attribution.render import render_table

    assert '<span class="attr-kind">unknown, unnamed</span> <span class="attr-via">via Astra</span>' in \
        render_table(chain_claims)
