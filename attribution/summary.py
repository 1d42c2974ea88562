"""Across many articles: which sources the outlets lean on, how they hedge them, and how much is anonymous.

``summarize(results)`` takes what ``Extractor.extract_many(..., as_tuples=True)`` yields and returns a
``Summary`` of pandas DataFrames (pandas is optional: ``pip install attribution[pandas]``). The
columns are documented in docs/across-articles.md; in short:

- a **sentence** is one claim (one body sentence); a source's sentences are those attributed to it,
  directly or carried over (``implicit``);
- **attributed sentences** are sentences with at least one source; a source's ``share`` is its
  sentences over the attributed sentences of the same scope (all articles, one outlet, one date),
  so shares add up to more than 1 when sentences have several sources;
- **hedged** shares count sentences with at least one hedge (of that kind) over the source's sentences;
- **relayed** sentences reach the article through another source (``Source.via``): in "Astra, citing
  sources in the ministry, reported ...", the ministry sources are relayed by Astra.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any, get_args

from .articles import read_articles
from .models import AttributionKind, HedgeKind

if TYPE_CHECKING:
    import pandas

ATTRIBUTION_KINDS: tuple[str, ...] = tuple(k for k in get_args(AttributionKind) if k != "none")
HEDGE_KINDS: tuple[str, ...] = get_args(HedgeKind)
# Columns of the long table, one row per (claim, source); a claim in the outlet's own voice has one row
# with no source.
CLAIM_COLUMNS = ("article", "article_id", "outlet", "date", "title", "url", "claim", "text", "start", "end",
                 "attribution", "cue", "source_id", "source", "source_kind", "anonymous", "via", "via_source",
                 "carried_from", "hedges", "hedge_kinds", "hedged")
SOURCE_COLUMNS = ("source_id", "source", "kind", "anonymous", "articles", "outlets", "sentences", "share",
                  *ATTRIBUTION_KINDS, "hedged", *(f"hedged_{k}" for k in HEDGE_KINDS), "relayed", "relayed_by",
                  "relays", "first_date", "last_date")
OUTLET_COLUMNS = ("outlet", "articles", "sentences", "attributed", "own_voice", "sources", "anonymous",
                  "hedged", "hedged_own_voice", "relayed", *(f"{k}_share" for k in ATTRIBUTION_KINDS),
                  "top_source", "first_date", "last_date")
ARTICLE_COLUMNS = ("article", "article_id", "outlet", "date", "title", "url", "sentences", "attributed",
                   "sources", "anonymous", "hedged")
# Dates are grouped into periods by pandas frequency: "D" day, "W" week (starting Monday), "M" month.
PERIODS = {"D": "D", "W": "W-MON", "M": "M"}


@dataclass(frozen=True)
class Summary:
    """The tables of ``summarize``: every DataFrame documented column by column in docs/across-articles.md.

    Attributes:
        claims: one row per (claim, source), the long table the others are built from.
        articles: one row per article.
        sources: one row per source over all articles, most sentences first.
        outlets: one row per outlet.
        outlet_sources: one row per (outlet, source): the ``sources`` columns within each outlet.
        dates: one row per (period, source) when articles have dates, else None.
        skipped: results whose extraction failed (their ``error`` set), left out of every table.
    """

    claims: pandas.DataFrame
    articles: pandas.DataFrame
    sources: pandas.DataFrame
    outlets: pandas.DataFrame
    outlet_sources: pandas.DataFrame
    dates: pandas.DataFrame | None
    skipped: int = 0

    def _repr_html_(self) -> str:
        parts = [f"<p>{len(self.articles)} articles, {len(self.outlets)} outlets, {len(self.sources)} sources"
                 f"{f', {self.skipped} skipped' if self.skipped else ''}</p>",
                 "<h4>Outlets</h4>", self.outlets.to_html(index=False, float_format="{:.2f}".format),
                 "<h4>Sources (top 15)</h4>",
                 self.sources.head(15).to_html(index=False, float_format="{:.2f}".format)]
        return "\n".join(parts)

    def __repr__(self) -> str:
        return (f"Summary({len(self.articles)} articles, {len(self.outlets)} outlets, {len(self.sources)} sources"
                f"{', dated' if self.dates is not None else ''}{f', {self.skipped} skipped' if self.skipped else ''})")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("summarize() needs pandas: pip install attribution[pandas]") from None
    return pandas


def _claim_rows(articles: list[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for article in articles:
        where = {"article": article.index, "article_id": article.id, "outlet": article.outlet,
                 "date": article.date, "title": article.title, "url": article.url}
        for number, claim in enumerate(article.claims):
            base = {**where, "claim": number, "text": claim.text, "start": claim.start, "end": claim.end,
                    "attribution": claim.attribution, "cue": claim.cue.text if claim.cue else None,
                    "carried_from": claim.carried_from, "hedges": tuple(h.text for h in claim.hedges),
                    "hedge_kinds": tuple(dict.fromkeys(h.kind for h in claim.hedges)),
                    "hedged": bool(claim.hedges)}
            names = {s.id: s.name for s in claim.sources}
            seen: set[str] = set()
            for source in claim.sources:
                if source.id in seen:  # one sentence counts once for a source however often it is named
                    continue
                seen.add(source.id)
                rows.append({**base, "source_id": source.id, "source": source.name, "source_kind": source.kind,
                             "anonymous": source.anonymous, "via": source.via,
                             "via_source": names.get(source.via, source.via) if source.via else None})
            if not seen:
                rows.append({**base, "source_id": None, "source": None, "source_kind": None, "anonymous": None,
                             "via": None, "via_source": None})
    return rows


def _per_source(pd: Any, claims: Any, keys: list[str], scope: Any) -> Any:
    """The source columns, grouped by ``keys`` (source_id, plus outlet or date); ``scope`` gives each
    row's attributed-sentence total (a number, or a Series indexed by the first key)."""
    attributed = claims[claims["source_id"].notna()].copy()
    columns = [c for c in SOURCE_COLUMNS if c != "outlets" or keys == ["source_id"]]
    if attributed.empty:
        return pd.DataFrame(columns=[*keys[:-1], *columns])
    attributed["sentence"] = list(zip(attributed["article"], attributed["claim"]))
    for kind in ATTRIBUTION_KINDS:
        attributed[kind] = attributed["attribution"] == kind
    for kind in HEDGE_KINDS:
        attributed[f"hedged_{kind}"] = attributed["hedge_kinds"].map(lambda kinds, k=kind: k in kinds)
    attributed["relayed"] = attributed["via"].notna()
    grouped = attributed.groupby(keys, sort=False, dropna=False)
    table = grouped.agg(
        source=("source", lambda names: Counter(names).most_common(1)[0][0]),
        kind=("source_kind", lambda kinds: Counter(kinds).most_common(1)[0][0]),
        anonymous=("anonymous", "any"),
        articles=("article", "nunique"),
        outlets=("outlet", "nunique"),
        sentences=("sentence", "size"),
        **{kind: (kind, "sum") for kind in ATTRIBUTION_KINDS},
        hedged=("hedged", "mean"),
        **{f"hedged_{kind}": (f"hedged_{kind}", "mean") for kind in HEDGE_KINDS},
        relayed=("relayed", "sum"),
        relayed_by=("via_source", lambda relays: tuple(name for name, _ in Counter(relays.dropna()).most_common())),
        first_date=("date", "min"),
        last_date=("date", "max"),
    ).reset_index()
    # How often each source passed on another's words, in the same scope.
    relaying = attributed[attributed["via"].notna()]
    relay_keys = [*keys[:-1], "via"]
    relays = relaying.groupby(relay_keys, sort=False)["sentence"].nunique() if not relaying.empty else None
    table["relays"] = [int(relays.get(tuple(row[k] for k in keys) if len(keys) > 1 else row["source_id"], 0))
                       if relays is not None else 0 for _, row in table.iterrows()]
    if isinstance(scope, (int, float)):
        table["share"] = table["sentences"] / scope if scope else 0.0
    else:
        table["share"] = table["sentences"] / table[keys[0]].map(scope).astype(float)
    for kind in ATTRIBUTION_KINDS:
        table[kind] = table[kind].astype(int)
    table["relayed"] = table["relayed"].astype(int)
    table = table.sort_values([*keys[:-1], "sentences", "source"], ascending=[*([True] * (len(keys) - 1)), False,
                                                                              True], kind="stable")
    return table[[*keys[:-1], *columns]].reset_index(drop=True)


def _attributed_sentences(claims: Any) -> Any:
    """One row per sentence: its scope keys, whether it is attributed, hedged, anonymous, relayed."""
    grouped = claims.groupby(["article", "claim"], sort=False)
    return grouped.agg(outlet=("outlet", "first"), date=("date", "first"), attribution=("attribution", "first"),
                       attributed=("source_id", lambda ids: ids.notna().any()),
                       anonymous=("anonymous", lambda values: bool(values.fillna(False).any())),
                       relayed=("via", lambda values: values.notna().any()),
                       hedged=("hedged", "first")).reset_index()


def _outlets(pd: Any, claims: Any, sentences: Any, sources: Any) -> Any:
    rows = []
    for outlet, group in sentences.groupby("outlet", sort=True):
        attributed = group[group["attributed"]]
        own = group[~group["attributed"]]
        top = sources[sources["outlet"] == outlet]
        n_attr = len(attributed)
        rows.append({
            "outlet": outlet,
            "articles": group["article"].nunique(),
            "sentences": len(group),
            "attributed": n_attr / len(group) if len(group) else 0.0,
            "own_voice": len(own) / len(group) if len(group) else 0.0,
            "sources": claims[(claims["outlet"] == outlet) & claims["source_id"].notna()]["source_id"].nunique(),
            "anonymous": attributed["anonymous"].mean() if n_attr else 0.0,
            "hedged": attributed["hedged"].mean() if n_attr else 0.0,
            "hedged_own_voice": own["hedged"].mean() if len(own) else 0.0,
            "relayed": attributed["relayed"].mean() if n_attr else 0.0,
            **{f"{k}_share": (attributed["attribution"] == k).mean() if n_attr else 0.0 for k in ATTRIBUTION_KINDS},
            "top_source": top.iloc[0]["source"] if len(top) else None,
            "first_date": group["date"].min(),
            "last_date": group["date"].max(),
        })
    return pd.DataFrame(rows, columns=list(OUTLET_COLUMNS))


def _article_table(pd: Any, articles: list[Any], claims: Any, sentences: Any) -> Any:
    rows = []
    by_article = {key: group for key, group in sentences.groupby("article", sort=False)}
    sources_by_article = claims[claims["source_id"].notna()].groupby("article")["source_id"].nunique()
    for article in articles:
        group = by_article.get(article.index)
        n = 0 if group is None else len(group)
        attributed = group[group["attributed"]] if group is not None else None
        rows.append({"article": article.index, "article_id": article.id, "outlet": article.outlet,
                     "date": article.date, "title": article.title, "url": article.url, "sentences": n,
                     "attributed": int(attributed.shape[0]) if attributed is not None else 0,
                     "sources": int(sources_by_article.get(article.index, 0)),
                     "anonymous": int(attributed["anonymous"].sum()) if attributed is not None else 0,
                     "hedged": int(group["hedged"].sum()) if group is not None else 0})
    return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))


def summarize(results: Any, *, period: str = "D") -> Summary:
    """Tables of who the articles quote and how they hedge them, overall, per outlet and per date.

    Args:
        results: ``(claims, context)`` pairs as ``Extractor.extract_many(..., as_tuples=True)`` yields them
            (the context a dict with ``outlet``, ``date``, ``url``, ``title``, ``id`` or any other keys; see
            ``attribution.articles``), or bare lists of claims. Read once, so a generator will do.
        period: how ``dates`` groups the articles' dates: ``"D"`` by day, ``"W"`` by week, ``"M"`` by month.

    Returns:
        A ``Summary`` of DataFrames; see docs/across-articles.md for every column.

    >>> import attribution
    >>> extractor = attribution.Extractor()
    >>> results = extractor.extract_many([
    ...     ("The governor said two people were injured.", {"outlet": "Daily A", "date": "2025-03-14"}),
    ...     ("Two people were allegedly injured, the governor said.", {"outlet": "Daily B", "date": "2025-03-15"}),
    ... ], as_tuples=True)
    >>> summary = attribution.summarize(results)
    >>> summary.sources[["source", "articles", "sentences", "hedged"]].values.tolist()
    [['governor', 2, 2, 0.5]]
    """
    pd = _pandas()
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, got {period!r}")
    articles, skipped = read_articles(results)
    claims = pd.DataFrame(_claim_rows(articles), columns=list(CLAIM_COLUMNS))
    claims["date"] = pd.to_datetime(claims["date"])
    sentences = _attributed_sentences(claims) if len(claims) else pd.DataFrame(
        columns=["article", "claim", "outlet", "date", "attribution", "attributed", "anonymous", "relayed", "hedged"])
    attributed = sentences[sentences["attributed"].astype(bool)] if len(sentences) else sentences

    sources = _per_source(pd, claims, ["source_id"], len(attributed))
    per_outlet = attributed.groupby("outlet").size() if len(attributed) else pd.Series(dtype=int)
    outlet_sources = _per_source(pd, claims, ["outlet", "source_id"], per_outlet)
    outlets = _outlets(pd, claims, sentences, outlet_sources) if len(sentences) else pd.DataFrame(
        columns=list(OUTLET_COLUMNS))
    table = _article_table(pd, articles, claims, sentences)
    table["date"] = pd.to_datetime(table["date"])

    dates = None
    if claims["date"].notna().any():
        dated = claims[claims["date"].notna()].copy()
        dated["period"] = dated["date"].dt.to_period(PERIODS[period]).dt.start_time
        dated_attributed = attributed[attributed["date"].notna()].copy()
        dated_attributed["period"] = pd.to_datetime(dated_attributed["date"]).dt.to_period(
            PERIODS[period]).dt.start_time
        per_period = dated_attributed.groupby("period").size()
        dates = _per_source(pd, dated, ["period", "source_id"], per_period).rename(columns={"period": "date"})
        dates = dates.drop(columns=["first_date", "last_date"])
    return Summary(claims=claims, articles=table, sources=sources, outlets=outlets, outlet_sources=outlet_sources,
                   dates=dates, skipped=skipped)


def summary_html(summary: Summary, top: int = 20) -> str:
    """The outlet and source tables as HTML (no styling), for ``report``."""
    columns = ["source", "kind", "anonymous", "articles", "outlets", "sentences", "share", "direct_quote",
               "indirect", "according_to", "implicit", "hedged", "relayed", "relayed_by"]
    sources = summary.sources.head(top)[columns].copy()
    sources["relayed_by"] = sources["relayed_by"].map(lambda names: ", ".join(names))
    if not len(summary.outlets):
        return f"<p>{escape('No claims.')}</p>"
    outlets = summary.outlets.drop(columns=["first_date", "last_date"]).to_html(
        index=False, float_format="{:.2f}".format, classes="summary-table", border=0, na_rep="")
    table = sources.to_html(index=False, float_format="{:.2f}".format, classes="summary-table", border=0, na_rep="")
    return (f'<h3>Outlets</h3><div class="table-wrap">{outlets}</div>'
            f"<h3>Sources (top {min(top, len(summary.sources))} of {len(summary.sources)})</h3>"
            f'<div class="table-wrap">{table}</div>')
