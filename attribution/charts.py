"""Charts of many articles, for notebooks and static HTML: each function returns a plotly ``Figure``.

plotly is an optional extra (``pip install attribution[charts]``). Why plotly: one figure object shows
itself in Jupyter, JupyterLab and VS Code, and ``figure.to_html()`` writes the same interactive chart
(hover, zoom, legend toggles) into a static page with plotly.js inlined, so a report opens offline;
it is MIT-licensed and needs only ``narwhals`` and ``packaging``. Source colours come from the palette
of ``render()``: a source keeps its colour unless another source on the chart has it.

>>> import attribution
>>> from attribution import charts
>>> results = attribution.Extractor().extract_many([
...     ("The governor said two people were injured.", {"outlet": "Daily A", "date": "2025-03-14"}),
...     ("Two people were allegedly injured, the governor said.", {"outlet": "Daily B", "date": "2025-03-15"}),
... ], as_tuples=True)
>>> figure = charts.hedge_rate(attribution.summarize(results))
>>> type(figure).__name__, [bar.name for bar in figure.data]
('Figure', ['Daily A', 'Daily B'])
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from .render import assign_colours
from .summary import HEDGE_KINDS, Summary

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from .traces import Trace

OTHER = "other sources"
HOW_SYMBOLS = {"quoted": "circle", "reported": "square", "carried over": "diamond", "unattributed": "x"}
HEDGE_COLOURS = {"epistemic": "#b03020", "scare_quote": "#e08a1e", "distancing_verb": "#7b4fa0",
                 "evidential": "#2f7f8f"}
LAYOUT = {"template": "plotly_white", "font": {"family": "system-ui, -apple-system, Segoe UI, sans-serif",
                                                "size": 13},
          "margin": {"l": 10, "r": 10, "t": 60, "b": 10}}


def _go() -> Any:
    try:
        import plotly.graph_objects as go
    except ImportError:
        raise ImportError("attribution.charts needs plotly: pip install attribution[charts]") from None
    return go


def _figure(go: Any, title: str, **layout: Any) -> Any:
    figure = go.Figure()
    figure.update_layout(title={"text": title, "x": 0, "xanchor": "left"}, **{**LAYOUT, **layout})
    return figure


def _top_sources(summary: Summary, top: int) -> list[str]:
    return list(summary.sources.head(top)["source_id"])


def source_share(summary: Summary, top: int = 8, outlets: int = 20) -> go.Figure:
    """Per outlet, how its source citations divide among the ``top`` sources (the rest as "other sources").

    One horizontal bar per outlet (the ``outlets`` with most attributed sentences), adding up to 100% of
    the sentence-source pairs of that outlet; hover gives the number of sentences.
    """
    go = _go()
    figure = _figure(go, "Whom each outlet quotes: share of its source citations", barmode="stack",
                     xaxis={"title": "share of the outlet's citations (sentence-source pairs)", "tickformat": ".0%",
                            "range": [0, 1]},
                     yaxis={"autorange": "reversed"}, legend={"traceorder": "normal"})
    table = summary.outlet_sources
    keep = _top_sources(summary, top)
    colours = assign_colours(keep)
    totals = table.groupby("outlet")["sentences"].sum()
    shown = list(totals.sort_values(ascending=False, kind="stable").index[:outlets])
    names = dict(zip(summary.sources["source_id"], summary.sources["source"]))
    for source_id in keep:
        rows = table[table["source_id"] == source_id].set_index("outlet")["sentences"]
        figure.add_bar(name=names[source_id], orientation="h", y=shown,
                       x=[float(rows.get(o, 0)) / float(totals[o]) for o in shown],
                       customdata=[int(rows.get(o, 0)) for o in shown],
                       marker_color=colours[source_id], marker_line={"color": "#555", "width": 0.5},
                       hovertemplate="%{y}: %{x:.0%} (%{customdata} sentences)<extra>" + names[source_id]
                       + "</extra>")
    rest = table[~table["source_id"].isin(keep)].groupby("outlet")["sentences"].sum()
    figure.add_bar(name=OTHER, orientation="h", y=shown, x=[float(rest.get(o, 0)) / float(totals[o]) for o in shown],
                   customdata=[int(rest.get(o, 0)) for o in shown], marker_color="#e4e4e4",
                   hovertemplate="%{y}: %{x:.0%} (%{customdata} sentences)<extra>" + OTHER + "</extra>")
    figure.update_layout(height=max(260, 90 + 30 * len(shown)))
    return figure


def hedge_rate(summary: Summary, top: int = 12, by: str = "auto", min_sentences: int = 1) -> go.Figure:
    """How often each of the ``top`` sources is hedged: the share of its sentences with a hedge.

    ``by="outlet"`` gives one bar per outlet for each source (which outlets hedge whom); ``by="kind"``
    one bar per hedge kind over all outlets; ``"auto"`` is by outlet for up to six outlets, else by kind.
    Sources with fewer than ``min_sentences`` are left out.
    """
    if by not in ("outlet", "kind", "auto"):
        raise ValueError(f"by is 'outlet', 'kind' or 'auto', got {by!r}")
    if by == "auto":
        by = "outlet" if len(summary.outlets) <= 6 else "kind"
    go = _go()
    sources = summary.sources[summary.sources["sentences"] >= min_sentences].head(top)
    labels = list(sources["source"])
    figure = _figure(go, "How often each source is hedged", barmode="group",
                     yaxis={"title": "share of the source's sentences hedged", "tickformat": ".0%",
                            "rangemode": "tozero"}, xaxis={"tickangle": -30})
    if by == "kind":
        for kind in HEDGE_KINDS:
            figure.add_bar(name=kind.replace("_", " "), x=labels, y=list(sources[f"hedged_{kind}"]),
                           marker_color=HEDGE_COLOURS[kind], customdata=list(sources["sentences"]),
                           hovertemplate="%{x}: %{y:.0%} of %{customdata} sentences<extra>" + kind + "</extra>")
        return figure
    table = summary.outlet_sources
    for outlet in summary.outlets["outlet"]:
        rows = table[table["outlet"] == outlet].set_index("source_id")
        if not set(rows.index) & set(sources["source_id"]):
            continue
        figure.add_bar(name=outlet, x=labels, y=[float(rows["hedged"].get(s, float("nan")))
                                                 for s in sources["source_id"]],
                       customdata=[int(rows["sentences"].get(s, 0)) for s in sources["source_id"]],
                       hovertemplate="%{x}: %{y:.0%} of %{customdata} sentences<extra>" + outlet + "</extra>")
    return figure


def claims_over_time(summary: Summary, top: int = 6) -> go.Figure:
    """Sentences attributed to each of the ``top`` sources per period (``summarize(period=...)``).

    Raises:
        ValueError: when the articles have no dates.
    """
    if summary.dates is None:
        raise ValueError("claims_over_time needs dates: give each article a 'date' in its context")
    go = _go()
    figure = _figure(go, "Claims over time, by source", hovermode="x unified",
                     yaxis={"title": "sentences", "rangemode": "tozero"}, xaxis={"title": None})
    dates = summary.dates
    periods = sorted(dates["date"].unique())
    names = dict(zip(summary.sources["source_id"], summary.sources["source"]))
    keep = _top_sources(summary, top)
    colours = assign_colours(keep)
    for source_id in keep:
        rows = dates[dates["source_id"] == source_id].set_index("date")["sentences"]
        colour = colours[source_id]
        figure.add_scatter(name=names[source_id], x=periods, y=[int(rows.get(p, 0)) for p in periods],
                           mode="lines+markers", line={"color": colour, "width": 3},
                           marker={"color": colour, "size": 8, "line": {"color": "#555", "width": 0.5}})
    return figure


def outlet_profile(summary: Summary) -> go.Figure:
    """Per outlet: the share of attributed sentences that rest on an anonymous source, that reach it
    through a relay, and that it hedges."""
    go = _go()
    figure = _figure(go, "How much rests on anonymous sources, relays and hedges", barmode="group",
                     yaxis={"title": "share of attributed sentences", "tickformat": ".0%", "rangemode": "tozero"})
    outlets = summary.outlets
    for column, label, colour in (("anonymous", "anonymous source", "#7f7f7f"), ("relayed", "relayed", "#1f77b4"),
                                  ("hedged", "hedged", "#b03020")):
        figure.add_bar(name=label, x=list(outlets["outlet"]), y=list(outlets[column]), marker_color=colour,
                       hovertemplate="%{x}: %{y:.0%}<extra>" + label + "</extra>")
    return figure


def trace_spread(trace: Trace) -> go.Figure:
    """How one claim spread: each telling as a point, by date (or article order) and outlet.

    The marker says how the outlet carried it (circle quoted, square reported, diamond carried over,
    x unattributed); red means hedged. Hover gives the sentence, its chain of relays and its hedges.
    """
    go = _go()
    dated = all(item.date for item in trace.items)
    outlets = trace.outlets
    if dated:
        days = [item.date for item in trace.items if item.date]
        # Whole days, with a day's margin either side, so that one day's tellings do not show hours.
        xaxis = {"title": None, "type": "date", "tickformat": "%b %d, %Y", "dtick": 86_400_000,
                 "range": [(min(days) - _dt.timedelta(days=1)).isoformat(),
                           (max(days) + _dt.timedelta(days=1)).isoformat()]}
    else:
        xaxis = {"title": "article (in the order given)"}
    figure = _figure(go, f"Where the claim travelled: {_short(trace.text, 90)}", xaxis=xaxis,
                     yaxis={"categoryorder": "array", "categoryarray": list(reversed(outlets)), "title": None},
                     height=max(240, 120 + 40 * len(outlets)), showlegend=True)
    xs = [item.date.isoformat() if dated and item.date else item.article for item in trace.items]
    figure.add_scatter(x=xs, y=[item.outlet for item in trace.items], mode="lines", showlegend=False,
                       line={"color": "#cccccc", "width": 1}, hoverinfo="skip")
    for how, symbol in HOW_SYMBOLS.items():
        for hedged in (False, True):
            items = [(x, item) for x, item in zip(xs, trace.items) if item.how == how and item.hedged == hedged]
            if not items:
                continue
            figure.add_scatter(
                name=f"{how}{', hedged' if hedged else ''}", x=[x for x, _ in items], y=[i.outlet for _, i in items],
                mode="markers", marker={"symbol": symbol, "size": 14, "color": "#b03020" if hedged else "#3b6ea8",
                                        "line": {"color": "#222", "width": 1}},
                text=[_hover(item) for _, item in items], hovertemplate="%{text}<extra></extra>")
    return figure


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _hover(item: Any) -> str:
    from html import escape

    lines = [f"<b>{escape(item.outlet)}</b> {item.date or ''} · {item.how}",
             escape(_short(item.claim.text, 110)), "chain: " + escape(" → ".join(item.chain))]
    if item.hedges:
        lines.append("hedges: " + escape(", ".join(f"{h.text} ({h.kind})" for h in item.hedges)))
    return "<br>".join(lines)
