"""One self-contained HTML page about many articles: summary tables, charts, the widest traces, the articles.

``report(results)`` takes what ``Extractor.extract_many(..., as_tuples=True)`` yields (claims that carry
their article's text) and returns the page as a string; ``attribution report PATH... -o report.html``
writes it from the command line. The page needs no network: plotly.js is inlined once, the article
views carry their CSS once, and every claim of a trace links to its sentence in the article's view
further down the page (the article opens and the sentence is outlined).

Needs the ``report`` extra (pandas and plotly): ``pip install attribution[report]``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from .articles import read_articles
from .render import CSS, render_fragment

if TYPE_CHECKING:
    from .summary import Summary
    from .traces import Trace

PAGE_CSS = """
body { margin: 0; background: #fafafa; color: #1a1a1a; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 0 1.5em 3em; }
header.report-head { background: #20252b; color: #f4f4f4; padding: 1.2em 1.5em; }
header.report-head h1 { margin: 0 0 0.2em; font-size: 22px; }
header.report-head nav a { color: #bcd6ff; margin-right: 1.2em; text-decoration: none; }
section.report-section { margin-top: 2em; }
section.report-section > h2 { font-size: 19px; border-bottom: 2px solid #20252b; padding-bottom: 0.2em; }
.report-facts { color: #cfd6de; margin: 0.3em 0 0.6em; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table.summary-table { white-space: nowrap; border-collapse: collapse; font-size: 13px; background: #fff; margin: 0.5em 0 1em; }
table.summary-table th, table.summary-table td { border-bottom: 1px solid #e4e4e4; padding: 0.25em 0.6em;
  text-align: right; vertical-align: top; }
table.summary-table th { background: #f0f2f4; position: sticky; top: 0; }
table.summary-table td:first-child, table.summary-table th:first-child { text-align: left; }
.report-chart { background: #fff; border: 1px solid #e4e4e4; margin: 1em 0; padding: 0.3em; }
.report-trace { background: #fff; border: 1px solid #e4e4e4; border-left: 4px solid #3b6ea8; margin: 1em 0;
  padding: 0.6em 1em; }
.report-trace h3 { font-size: 15px; margin: 0.2em 0 0.4em; }
.report-trace .trace-facts { color: #555; margin-bottom: 0.4em; }
table.trace-table { border-collapse: collapse; width: 100%; font-size: 13px; }
table.trace-table th, table.trace-table td { border-bottom: 1px solid #eee; padding: 0.3em 0.5em; text-align: left;
  vertical-align: top; }
table.trace-table td:nth-child(2) { white-space: nowrap; }
table.trace-table td.trace-text a { color: #1a1a1a; text-decoration: none; border-bottom: 1px dotted #3b6ea8; }
.trace-hedged { color: #b03020; font-weight: 600; }
details.report-article { background: #fff; border: 1px solid #e4e4e4; margin: 0.4em 0; padding: 0.3em 0.8em; }
details.report-article > summary { cursor: pointer; font-weight: 600; }
details.report-article > summary .article-meta { font-weight: normal; color: #666; margin-left: 0.6em; }
.attribution-view .attr-claim:target { outline: 3px solid #e08a1e; outline-offset: 2px; }
"""
# Opens the article that holds a linked sentence (details elements stay closed otherwise) and scrolls to it.
OPEN_TARGET = """<script>
function openTarget() {
  var id = decodeURIComponent(location.hash.slice(1));
  var el = id && document.getElementById(id);
  if (!el) return;
  var box = el.closest('details');
  if (box) box.open = true;
  el.scrollIntoView({block: 'center'});
}
window.addEventListener('hashchange', openTarget);
window.addEventListener('DOMContentLoaded', openTarget);
</script>"""


def _anchor(article: int) -> str:
    return f"article-{article}"


def _date(value: Any) -> str:
    return value.isoformat() if isinstance(value, _dt.date) else ""


def _chart_html(figure: Any, first: bool) -> str:
    html = figure.to_html(include_plotlyjs=bool(first), full_html=False, config={"displaylogo": False,
                                                                                  "responsive": True})
    return f'<div class="report-chart">{html}</div>'


def traces_html(traces: Sequence[Trace], *, links: bool = False, limit: int | None = None,
                extra: dict[int, str] | None = None) -> str:
    """The traces as HTML: per trace its claim, original source, outlets and one row per telling.

    With ``links``, each telling's sentence links to ``#article-<n>-c<claim>`` (the report's article views);
    ``extra`` adds HTML (a chart) under the trace of that id.
    """
    parts = []
    shown = list(traces)[:limit] if limit is not None else list(traces)
    for trace in shown:
        rows = []
        for item in trace.items:
            hedges = ", ".join(f"{escape(h.text)} <span class=\"attr-kind\">{escape(h.kind)}</span>"
                               for h in item.hedges)
            text = escape(item.claim.text)
            if links:
                text = f'<a href="#{_anchor(item.article)}-c{item.claim_index}">{text}</a>'
            rows.append(f"<tr><td>{escape(item.outlet)}</td><td>{_date(item.date)}</td><td>{escape(item.how)}</td>"
                        f"<td>{escape(' → '.join(item.chain))}</td>"
                        f"<td>{'<span class=trace-hedged>' + hedges + '</span>' if hedges else '&ndash;'}</td>"
                        f'<td class="trace-text">{text}</td></tr>')
        source = escape(trace.original_source.name) if trace.original_source else "no source named"
        hedged = sum(item.hedged for item in trace.items)
        parts.append(
            f'<div class="report-trace" id="trace-{trace.id}"><h3>{escape(trace.text)}</h3>'
            f'<div class="trace-facts">original source: <b>{source}</b> &middot; {len(trace.outlets)} outlets, '
            f'{trace.articles} articles &middot; hedged in {hedged} of {len(trace.items)} tellings &middot; '
            f'similarity {trace.score:.0f}</div>'
            '<table class="trace-table"><thead><tr><th>outlet</th><th>date</th><th>how</th><th>chain</th>'
            f'<th>hedges</th><th>sentence</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'{(extra or {}).get(trace.id, "")}</div>')
    return "\n".join(parts) or "<p>No claim was carried by more than one article.</p>"


def _article_html(article: Any) -> str:
    meta = " &middot; ".join(escape(part) for part in (article.outlet, _date(article.date), article.url or "") if part)
    heading = escape(article.title or article.id)
    if article.text is None:
        body = "<p>(the article's text was not kept with its claims)</p>"
    else:
        try:
            body = render_fragment(article.text, article.claims, anchor=_anchor(article.index), style=False)
        except ValueError as error:  # claims that do not match the text they came with
            body = f"<p>cannot show this article: {escape(str(error))}</p>"
    return (f'<details class="report-article" id="{_anchor(article.index)}"><summary>{heading}'
            f'<span class="article-meta">{meta} &middot; {len(article.claims)} claims</span></summary>{body}</details>')


def report(results: Iterable[Any], *, title: str = "Sources and claims across articles", top_sources: int = 20,
           top_traces: int = 20, threshold: float | None = None, period: str = "D",
           trace_options: dict[str, Any] | None = None, step: Callable[[str], None] | None = None) -> str:
    """A self-contained HTML page about many articles.

    Args:
        results: ``(claims, context)`` pairs as ``extract_many(..., as_tuples=True)`` yields them; the claims
            must carry their text (``Claims.text``, as the extractor returns them) for the article views.
        title: the page title.
        top_sources: sources in the table (the most cited first).
        top_traces: traces shown (the most widely carried first); the first five get a chart.
        threshold: ``trace`` threshold (None: its default).
        period: how dates are grouped in the timeline: ``"D"``, ``"W"`` or ``"M"``.
        trace_options: other keyword arguments for ``trace``.
        step: called with the name of each stage ("summary", "traces", "charts", "articles"), for progress.

    >>> import attribution
    >>> results = attribution.Extractor().extract_many([
    ...     ("The governor said two people were injured.", {"outlet": "Daily A", "date": "2025-03-14"}),
    ...     ("Two people were allegedly injured, the governor said.", {"outlet": "Daily B", "date": "2025-03-15"}),
    ... ], as_tuples=True)
    >>> page = attribution.report(results)
    >>> page.startswith("<!DOCTYPE html>"), 'href="#article-1-c0"' in page
    (True, True)
    """
    from . import charts
    from .summary import summarize, summary_html
    from .traces import trace

    say = step or (lambda name: None)
    results = list(results)
    articles, skipped = read_articles(results)
    say("summary")
    summary: Summary = summarize(results, period=period)
    say("traces")
    options = dict(trace_options or {})
    if threshold is not None:
        options["threshold"] = threshold
    traces = trace(results, **options)
    say("charts")
    figures = []
    if len(summary.sources):
        figures += [charts.source_share(summary), charts.hedge_rate(summary), charts.outlet_profile(summary)]
        if summary.dates is not None and summary.dates["date"].nunique() > 1:
            figures.append(charts.claims_over_time(summary))
    chart_html = "".join(_chart_html(figure, first=not n) for n, figure in enumerate(figures))
    spreads = {t.id: _chart_html(charts.trace_spread(t), first=not figures and not n)
               for n, t in enumerate(traces[:5])}
    say("articles")
    article_html = "\n".join(_article_html(article) for article in articles)

    dates = [a.date for a in articles if a.date]
    span = f" &middot; {min(dates).isoformat()} to {max(dates).isoformat()}" if dates else ""
    n_claims = sum(len(a.claims) for a in articles)
    facts = (f"{len(articles)} articles &middot; {len(summary.outlets)} outlets &middot; {n_claims} claims "
             f"&middot; {len(summary.sources)} sources &middot; {len(traces)} claims carried by several articles{span}"
             + (f" &middot; {skipped} failed and left out" if skipped else ""))
    body = (f'<header class="report-head"><h1>{escape(title)}</h1><div class="report-facts">{facts}</div>'
            '<nav><a href="#charts">Charts</a><a href="#summary">Tables</a><a href="#traces">Traces</a>'
            '<a href="#articles">Articles</a></nav></header><main>'
            f'<section class="report-section" id="charts"><h2>Charts</h2>{chart_html or "<p>No sources.</p>"}</section>'
            f'<section class="report-section" id="summary"><h2>Tables</h2>{summary_html(summary, top_sources)}'
            '<p>Shares are of attributed sentences (sentences with a source); a sentence with two sources counts for '
            'both. <i>hedged</i>: share of the sentences with a hedge; <i>relayed</i>: reached the outlet through '
            'another source.</p></section>'
            f'<section class="report-section" id="traces"><h2>Where claims travelled (the {min(top_traces, len(traces))} '
            f'most widely carried of {len(traces)})</h2>'
            f'{traces_html(traces, links=True, limit=top_traces, extra=spreads)}</section>'
            f'<section class="report-section" id="articles"><h2>Articles</h2>{article_html}</section></main>')
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{escape(title)}</title>\n'
            f"<style>{PAGE_CSS}{CSS}</style>\n{OPEN_TARGET}\n</head>\n<body>\n{body}\n</body>\n</html>\n")
