"""How well ``trace`` groups claims: precision and recall of its groups on articles with known groups.

A trace set is a YAML (or JSON) file of articles (corpus/trace/ holds two), each with its context and
the claims that belong to a known group, named by their sentence as it stands in the text::

    split: dev
    articles:
    - id: kyivmorning-2025-04-03-belgorod-kursk-drones
      outlet: Kyiv Morning
      date: "2025-04-03"
      url: https://kyivmorning.example/news/2025/04/03/belgorod-kursk-drones
      title: Drones hit oil depot in Kursk region
      text: |
        ...
      claims:
      - {group: d1-mod, text: "Russia's Defense Ministry claimed that its air defenses destroyed 27 ..."}

The articles run through the real pipeline; each listed sentence is matched to the extracted claim that
overlaps it most. Scoring counts pairs of claims: a pair is *found* when ``trace`` puts both in one group
and *true* when the file puts both in one group; precision is found-and-true over found, recall
found-and-true over true. Claims in no group of the file are claims seen in one article only, so every
pair ``trace`` makes with them is a false one.
"""

from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .rules import RuleFileError, describe_errors, read_data

Key = tuple[int, int]  # (article position, claim index)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldClaim(_Strict):
    group: str = Field(min_length=1, description="The group the claim belongs to.")
    text: str = Field(min_length=1, description="The sentence exactly as in the article's text.")


class GoldArticle(_Strict):
    id: str
    outlet: str
    date: str | None = None
    url: str | None = None
    title: str | None = None
    text: str
    claims: list[GoldClaim] = Field(default_factory=list)

    def context(self) -> dict[str, Any]:
        return {k: v for k, v in {"id": self.id, "outlet": self.outlet, "date": self.date, "url": self.url,
                                  "title": self.title}.items() if v is not None}


class TraceSet(_Strict):
    split: str | None = None
    articles: list[GoldArticle]


def load_trace_set(path: str | Path) -> TraceSet:
    """Read and check a trace set: every listed sentence must occur in its article's text."""
    data = read_data(path)
    try:
        found = TraceSet.model_validate(data)
    except ValidationError as error:
        raise RuleFileError(describe_errors(path, error)) from None
    problems = []
    ids = set()
    for number, article in enumerate(found.articles):
        if article.id in ids:
            problems.append(f"{path}: article {number} ({article.id}): duplicate id")
        ids.add(article.id)
        for index, claim in enumerate(article.claims):
            if claim.text not in article.text:
                problems.append(f"{path}: article {number} ({article.id}): claim {index}: text not found in the "
                                f"article: {claim.text[:60]!r}")
    if problems:
        raise RuleFileError("\n".join(problems))
    return found


@dataclass
class Scores:
    """Pair counts and the precision, recall and F1 of one grouping."""

    threshold: float
    found: int
    true: int
    both: int
    groups: int  # groups trace returned
    exact: int  # known groups trace returned exactly
    known: int  # known groups of two or more claims
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.both / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.true if self.true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(groups: Iterable[Iterable[Key]]) -> set[tuple[Key, Key]]:
    return {(a, b) for group in groups for a, b in combinations(sorted(set(group)), 2)}


def gold_labels(articles: Sequence[GoldArticle], claims: Sequence[Sequence[Any]]) -> tuple[dict[Key, str], list[str]]:
    """Each listed sentence's group on the extracted claim that overlaps it most; problems as text."""
    labels: dict[Key, str] = {}
    problems = []
    for position, (article, extracted) in enumerate(zip(articles, claims)):
        cursor = 0
        for gold in article.claims:
            start = article.text.find(gold.text, cursor)
            if start < 0:
                start = article.text.find(gold.text)
            end = start + len(gold.text)
            cursor = end
            overlaps = [(min(end, c.end) - max(start, c.start), index) for index, c in enumerate(extracted)]
            best = max(overlaps, default=(0, -1))
            if best[0] <= 0:
                problems.append(f"{article.id}: no claim extracted for {gold.text[:60]!r}")
                continue
            key = (position, best[1])
            if key in labels:
                problems.append(f"{article.id}: one extracted claim covers two listed sentences ({gold.text[:40]!r})")
                continue
            labels[key] = gold.group
    return labels, problems


def score_grouping(found: Iterable[Iterable[Key]], labels: dict[Key, str], threshold: float = 0.0) -> Scores:
    """Pair precision and recall of ``found`` groups against the known ``labels``."""
    found = [list(group) for group in found]
    known: dict[str, list[Key]] = defaultdict(list)
    for key, group in labels.items():
        known[group].append(key)
    found_pairs = _pairs(found)
    true_pairs = _pairs(known.values())
    found_sets = {frozenset(group) for group in found}
    multi = [frozenset(keys) for keys in known.values() if len(keys) > 1]
    return Scores(threshold=threshold, found=len(found_pairs), true=len(true_pairs),
                  both=len(found_pairs & true_pairs), groups=len(found), exact=sum(g in found_sets for g in multi),
                  known=len(multi))


def evaluate_trace(paths: Sequence[str | Path], extractor: Any = None, thresholds: Sequence[float | None] = (None,),
                   **options: Any) -> list[Scores]:
    """Run the pipeline over trace sets, then ``trace`` at each threshold (None: its default); scores per threshold.

    Every file is scored on its own and the pair counts are added up (no pair crosses two files).
    """
    from .extractor import Extractor
    from .traces import trace

    extractor = extractor or Extractor()
    sets = []
    for path in paths:
        articles = load_trace_set(path).articles
        results = list(extractor.extract_many(((a.text, a.context()) for a in articles), as_tuples=True))
        labels, problems = gold_labels(articles, [claims for claims, _ in results])
        sets.append((results, labels, problems))
    scores = []
    for wanted in thresholds:
        threshold = float(inspect.signature(trace).parameters["threshold"].default) if wanted is None else wanted
        total = Scores(threshold, 0, 0, 0, 0, 0, 0)
        for results, labels, problems in sets:
            traces = trace(results, threshold=threshold, **options)
            part = score_grouping([[(i.article, i.claim_index) for i in t.items] for t in traces], labels, threshold)
            total = Scores(threshold, total.found + part.found, total.true + part.true, total.both + part.both,
                           total.groups + part.groups, total.exact + part.exact, total.known + part.known,
                           total.errors + problems)
        scores.append(total)
    return scores


def explain(path: str | Path, extractor: Any = None, threshold: float = 55.0, **options: Any) -> list[str]:
    """Every wrong and missed pair of one trace set, as lines to read (for tuning on the dev split)."""
    from .extractor import Extractor
    from .traces import features, similarity, trace

    extractor = extractor or Extractor()
    articles = load_trace_set(path).articles
    results = list(extractor.extract_many(((a.text, a.context()) for a in articles), as_tuples=True))
    claims = [c for c, _ in results]
    labels, problems = gold_labels(articles, claims)
    traces = trace(results, threshold=threshold, **options)
    found = _pairs([[(i.article, i.claim_index) for i in t.items] for t in traces])
    known: dict[str, list[Key]] = defaultdict(list)
    for key, group in labels.items():
        known[group].append(key)
    true = _pairs(known.values())

    def show(key: Key) -> str:
        return f"[{articles[key[0]].outlet}|{labels.get(key, '-')}] {claims[key[0]][key[1]].text[:110]}"

    lines = list(problems)
    for kind, pairs in (("WRONG", found - true), ("MISSED", true - found)):
        for a, b in sorted(pairs):
            score = similarity(features(claims[a[0]][a[1]]), features(claims[b[0]][b[1]]))
            lines.append(f"{kind} {score:5.1f}\n  {show(a)}\n  {show(b)}")
    return lines
