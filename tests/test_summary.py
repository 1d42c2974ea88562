"""summarize(): per source, per outlet and source, per date, on real pipeline output and on claims made to order."""

from __future__ import annotations

import datetime as dt

import pytest

import attribution
from attribution import Claim, Claims, Cue, Hedge, Source
from attribution.articles import UNKNOWN_OUTLET, parse_date, read_articles, site_of

pd = pytest.importorskip("pandas")

# Three outlets tell one night's events; each article is a (text, context) pair as extract_many takes them.
ARTICLES = [
    ("The governor said two people were injured in Belgorod. A woman was taken to hospital.",
     {"outlet": "Daily A", "date": "2025-03-14", "id": "a1"}),
    ("Two people were allegedly injured in Belgorod, the governor said. Russia's Defense Ministry claimed "
     "that 27 drones were destroyed.",
     {"outlet": "Daily B", "date": "2025-03-14T09:30:00Z", "id": "b1"}),
    ("According to the Russian Defense Ministry, 27 drones were shot down.\n\n"
     "Russia launched its full-scale invasion of Ukraine in February 2022.",
     {"outlet": "Daily B", "date": "2025-03-15", "id": "b2"}),
    ("A source in the SBU told the outlet that an oil depot was hit.",
     {"url": "https://www.example-news.co.uk/world/1", "date": "2025-03-15"}),
]


@pytest.fixture(scope="module")
def results(extractor):
    return list(extractor.extract_many(ARTICLES, as_tuples=True))


@pytest.fixture(scope="module")
def summary(results):
    return attribution.summarize(results)


def _row(table, **where):
    rows = table
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, f"expected one row for {where}, got {len(rows)}"
    return rows.iloc[0]


def test_per_source_counts_come_from_the_pipeline(summary, results):
    claims = [claim for claims, _ in results for claim in claims]
    attributed = [c for c in claims if c.sources]
    governor = _row(summary.sources, source="governor")
    # The governor speaks in two articles of two outlets: three sentences, one of them carried over.
    assert (governor["articles"], governor["outlets"], governor["sentences"]) == (2, 2, 3)
    assert (governor["indirect"], governor["implicit"], governor["direct_quote"]) == (2, 1, 0)
    assert governor["share"] == pytest.approx(3 / len(attributed))
    assert governor["hedged"] == pytest.approx(1 / 3) and governor["hedged_epistemic"] == pytest.approx(1 / 3)
    ministry = _row(summary.sources, source_id="ru-mod")
    assert (ministry["articles"], ministry["sentences"], ministry["according_to"]) == (2, 2, 1)
    assert ministry["hedged_distancing_verb"] == pytest.approx(0.5)  # "claimed" in one telling of two
    assert list(summary.sources["sentences"]) == sorted(summary.sources["sentences"], reverse=True)


def test_anonymous_sources_and_outlet_from_url(summary):
    sbu = summary.sources[summary.sources["anonymous"]]
    assert len(sbu) == 1 and sbu.iloc[0]["kind"] in {"official", "government", "military", "unknown"}
    outlet = _row(summary.outlets, outlet="example-news.co.uk")
    assert outlet["anonymous"] == 1.0 and outlet["articles"] == 1


@pytest.mark.parametrize("outlet, articles, sentences, attributed, hedged", [
    ("Daily A", 1, 2, 1.0, 0.0),
    ("Daily B", 2, 4, 0.75, 2 / 3),
], ids=["one-article", "two-articles-one-own-voice"])
def test_per_outlet(summary, outlet, articles, sentences, attributed, hedged):
    row = _row(summary.outlets, outlet=outlet)
    assert (row["articles"], row["sentences"]) == (articles, sentences)
    assert row["attributed"] == pytest.approx(attributed) and row["hedged"] == pytest.approx(hedged)
    assert row["own_voice"] == pytest.approx(1 - attributed)


def test_outlet_by_source_shares_are_within_the_outlet(summary):
    b = summary.outlet_sources[summary.outlet_sources["outlet"] == "Daily B"]
    assert set(b["source"]) == {"governor", "Russian Ministry of Defense"}
    assert _row(b, source="governor")["share"] == pytest.approx(1 / 3)
    assert _row(b, source_id="ru-mod")["share"] == pytest.approx(2 / 3)
    assert "outlets" not in summary.outlet_sources.columns


def test_per_date_by_day_and_by_month(results):
    daily = attribution.summarize(results).dates
    assert sorted(daily["date"].dt.strftime("%Y-%m-%d").unique()) == ["2025-03-14", "2025-03-15"]
    assert _row(daily[daily["date"] == "2025-03-14"], source_id="ru-mod")["sentences"] == 1
    monthly = attribution.summarize(results, period="M").dates
    assert list(monthly["date"].dt.strftime("%Y-%m-%d").unique()) == ["2025-03-01"]
    assert _row(monthly, source_id="ru-mod")["sentences"] == 2
    with pytest.raises(ValueError, match="period"):
        attribution.summarize(results, period="Y")


def test_without_dates_there_is_no_date_table(extractor):
    results = extractor.extract_many([(text, {"outlet": c.get("outlet", "Z")}) for text, c in ARTICLES], as_tuples=True)
    summary = attribution.summarize(results)
    assert summary.dates is None and summary.sources["first_date"].isna().all()


def test_long_table_has_a_row_per_claim_and_source(summary, results):
    n_rows = sum(max(len({s.id for s in c.sources}), 1) for claims, _ in results for c in claims)
    assert len(summary.claims) == n_rows
    assert summary.claims["source_id"].isna().sum() == sum(1 for claims, _ in results for c in claims if not c.sources)
    assert set(summary.articles["article_id"]) == {"a1", "b1", "b2", "https://www.example-news.co.uk/world/1"}


def _claim(text: str, sources=(), attribution="indirect", hedges=()) -> Claim:
    return Claim(text=text, start=0, end=len(text), sources=list(sources), attribution=attribution,
                 cue=Cue(text="said", start=0, end=4) if sources else None, hedges=list(hedges))


def test_relays_are_counted_both_ways():
    astra = Source(id="astra", name="Astra", kind="media", mention="Astra")
    residents = Source(id="residents", name="residents", kind="person", mention="residents", via="astra",
                       anonymous=True)
    hedge = Hedge(text="allegedly", kind="epistemic", start=0, end=9)
    results = [
        (Claims([_claim("Astra, citing residents, said a depot burned.", [residents, astra], hedges=[hedge])]),
         {"outlet": "X"}),
        (Claims([_claim("Astra said a depot burned.", [astra])]), {"outlet": "Y"}),
    ]
    summary = attribution.summarize(results)
    relayed = _row(summary.sources, source_id="residents")
    assert (relayed["relayed"], relayed["relayed_by"], relayed["anonymous"]) == (1, ("Astra",), True)
    assert _row(summary.sources, source_id="astra")["relays"] == 1
    assert _row(summary.outlets, outlet="X")["relayed"] == 1.0


def test_failed_items_are_skipped_and_bare_lists_accepted():
    failed = Claims()
    failed.error = ValueError("broken")
    summary = attribution.summarize([(failed, {"outlet": "X"}), Claims([_claim("Markets fell.", attribution="none")])])
    assert summary.skipped == 1
    assert list(summary.outlets["outlet"]) == [UNKNOWN_OUTLET]
    assert summary.sources.empty and summary.outlets.iloc[0]["attributed"] == 0.0
    with pytest.raises(TypeError, match="pairs"):
        attribution.summarize(["not claims"])


@pytest.mark.parametrize("url, site", [
    ("https://www.reuters.com/world/x", "reuters.com"),
    ("https://in.reuters.com/article/x", "reuters.com"),
    ("https://feeds.bbci.co.uk/news/x", "bbci.co.uk"),
    ("http://localhost/x", "localhost"),
    ("not a url", None),
], ids=["www", "subdomain", "country-code", "one-label", "garbage"])
def test_site_of(url, site):
    assert site_of(url) == site


@pytest.mark.parametrize("value, expected", [
    ("2025-03-14", dt.date(2025, 3, 14)),
    ("2025-03-14T23:59:00+02:00", dt.date(2025, 3, 14)),
    (dt.datetime(2025, 3, 14, 8), dt.date(2025, 3, 14)),
    ("14 March 2025", None),
    ("2025-02-30", None),
    (None, None),
], ids=["iso", "timestamp", "datetime", "words", "impossible", "none"])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_context_that_is_not_a_dict_is_an_id():
    articles, _ = read_articles([(Claims(), "story-7"), (Claims(), None)])
    assert [a.id for a in articles] == ["story-7", "article-1"]
