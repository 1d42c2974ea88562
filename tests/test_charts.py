"""attribution.charts: each chart a plotly Figure built from real summaries and traces, with the numbers they hold."""

from __future__ import annotations

import pytest

import attribution

pytest.importorskip("pandas")
go = pytest.importorskip("plotly.graph_objects")

from attribution import charts  # noqa: E402

ARTICLES = [
    ("The governor said two people were injured in Belgorod. A woman was taken to hospital.",
     {"outlet": "Daily A", "date": "2025-03-14"}),
    ("Two people were allegedly injured in Belgorod, the governor said.\n\nRussia's Defense Ministry claimed "
     "that 27 drones were destroyed over Belgorod.", {"outlet": "Daily B", "date": "2025-03-14"}),
    ("According to the Russian Defense Ministry, 27 drones were shot down over Belgorod.\n\n"
     "A source in the SBU told the outlet that an oil depot was hit.", {"outlet": "Daily B", "date": "2025-03-16"}),
]


@pytest.fixture(scope="module")
def results(extractor):
    return list(extractor.extract_many(ARTICLES, as_tuples=True))


@pytest.fixture(scope="module")
def summary(results):
    return attribution.summarize(results)


def test_source_share_adds_up_per_outlet(summary):
    figure = charts.source_share(summary, top=2)
    assert isinstance(figure, go.Figure)
    assert [bar.name for bar in figure.data] == [*summary.sources.head(2)["source"], charts.OTHER]
    for row, outlet in enumerate(figure.data[0].y):
        assert sum(bar.x[row] for bar in figure.data) == pytest.approx(1.0), outlet
    # Daily A cites only the governor.
    governor = next(bar for bar in figure.data if bar.name == "governor")
    assert governor.x[list(governor.y).index("Daily A")] == pytest.approx(1.0)


def test_hedge_rate_by_outlet_and_by_kind(summary):
    by_outlet = charts.hedge_rate(summary)
    assert [bar.name for bar in by_outlet.data] == ["Daily A", "Daily B"]
    daily_b = by_outlet.data[1]
    assert daily_b.y[list(daily_b.x).index("governor")] == pytest.approx(1.0)  # "allegedly", its only telling
    by_kind = charts.hedge_rate(summary, by="kind")
    assert [bar.name for bar in by_kind.data] == ["epistemic", "scare quote", "distancing verb", "evidential"]
    with pytest.raises(ValueError, match="by is"):
        charts.hedge_rate(summary, by="colour")


def test_claims_over_time_counts_sentences_per_day(summary, results):
    figure = charts.claims_over_time(summary)
    ministry = next(line for line in figure.data if line.name == "Russian Ministry of Defense")
    assert [str(x)[:10] for x in ministry.x] == ["2025-03-14", "2025-03-16"] and list(ministry.y) == [1, 1]
    undated = attribution.summarize([(claims, {"outlet": c["outlet"]}) for claims, c in results])
    with pytest.raises(ValueError, match="dates"):
        charts.claims_over_time(undated)


def test_outlet_profile(summary):
    figure = charts.outlet_profile(summary)
    anonymous = next(bar for bar in figure.data if bar.name == "anonymous source")
    assert list(anonymous.x) == ["Daily A", "Daily B"] and anonymous.y[0] == 0 and anonymous.y[1] > 0


def test_trace_spread_marks_how_and_hedges(results):
    traces = attribution.trace(results)
    drones = next(t for t in traces if "27" in t.text)
    figure = charts.trace_spread(drones)
    points = [trace for trace in figure.data if trace.mode == "markers"]
    assert sum(len(p.x) for p in points) == len(drones.items)
    assert {p.name for p in points} == {"reported, hedged", "reported"}
    assert all("chain: " in text for p in points for text in p.text)


def test_figures_write_self_contained_html(summary):
    html = charts.source_share(summary).to_html(include_plotlyjs=True, full_html=True)
    assert "<script src=" not in html and "Plotly.newPlot" in html
