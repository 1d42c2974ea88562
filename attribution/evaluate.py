"""Evaluation: score claims against gold files by the spec's rules (sources, hedges, attribution, leaks)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .models import Claim

GOLD_SUFFIX = ".gold.json"
FUZZY_MATCH = 90.0
LOWER_IS_BETTER = {"leaks", "dropped"}
HEDGE_KINDS = ("epistemic", "scare_quote", "distancing_verb", "evidential")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def score_key(name: str) -> str:
    """The spec's normalisation: lower case, no leading article, no punctuation, "defence" = "defense"."""
    text = _PUNCTUATION.sub(" ", name.lower())
    text = " ".join(text.split())
    text = _ARTICLE.sub("", text)
    return " ".join("defense" if word == "defence" else word for word in text.split())


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the figures made from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class ArticleScore:
    """The scores of one article and every error behind them."""

    id: str
    sources: Counts = field(default_factory=Counts)
    hedges: Counts = field(default_factory=Counts)
    hedges_by_kind: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in HEDGE_KINDS})
    body_sentences: int = 0
    exact_sentences: int = 0
    attribution_correct: int = 0
    leaks: int = 0
    dropped: int = 0
    claims: int = 0
    chains: Counts = field(default_factory=Counts)
    anonymous_matched: int = 0
    anonymous_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sources": self.sources.as_dict(), "hedges": self.hedges.as_dict(),
                "hedges_by_kind": {k: c.as_dict() for k, c in self.hedges_by_kind.items()},
                "body_sentences": self.body_sentences, "sentence_exact": _ratio(self.exact_sentences, self.body_sentences),
                "attribution_accuracy": _ratio(self.attribution_correct, self.body_sentences),
                "chains": self.chains.as_dict(), "anonymous_accuracy": _ratio(self.anonymous_right, self.anonymous_matched),
                "leaks": self.leaks, "dropped": self.dropped, "claims": self.claims, "errors": self.errors}


@dataclass
class Report:
    """Scores over a set of articles, micro-averaged."""

    articles: list[ArticleScore]

    def totals(self) -> dict[str, Any]:
        sources, hedges = Counts(), Counts()
        by_kind = {k: Counts() for k in HEDGE_KINDS}
        body = exact = correct = leaks = dropped = anonymous_matched = anonymous_right = 0
        chains = Counts()
        for article in self.articles:
            sources.add(article.sources)
            chains.add(article.chains)
            dropped += article.dropped
            anonymous_matched += article.anonymous_matched
            anonymous_right += article.anonymous_right
            hedges.add(article.hedges)
            for kind, counts in article.hedges_by_kind.items():
                by_kind[kind].add(counts)
            body += article.body_sentences
            exact += article.exact_sentences
            correct += article.attribution_correct
            leaks += article.leaks
        return {"articles": len(self.articles), "body_sentences": body, "sources": sources.as_dict(),
                "hedges": hedges.as_dict(), "hedges_by_kind": {k: c.as_dict() for k, c in by_kind.items()},
                "attribution_accuracy": _ratio(correct, body), "sentence_exact": _ratio(exact, body),
                "chains": chains.as_dict(), "anonymous_accuracy": _ratio(anonymous_right, anonymous_matched),
                "anonymous_sources": anonymous_matched, "leaks": leaks, "dropped": dropped}

    def figures(self) -> dict[str, float]:
        """The flat figures a ratchet watches: higher is better for all but leaks."""
        totals = self.totals()
        flat = {f"sources_{m}": totals["sources"][m] for m in ("precision", "recall", "f1")}
        flat.update({f"hedges_{m}": totals["hedges"][m] for m in ("precision", "recall", "f1")})
        flat.update({f"hedges_{k}_f1": c["f1"] for k, c in totals["hedges_by_kind"].items()})
        flat["attribution_accuracy"] = totals["attribution_accuracy"]
        flat["sentence_exact"] = totals["sentence_exact"]
        flat["chain_precision"] = totals["chains"]["precision"]
        flat["chain_recall"] = totals["chains"]["recall"]
        flat["anonymous_accuracy"] = totals["anonymous_accuracy"]
        flat["leaks"] = totals["leaks"]
        flat["dropped"] = totals["dropped"]
        return flat

    def as_dict(self) -> dict[str, Any]:
        return {"totals": self.totals(), "figures": self.figures(), "articles": [a.as_dict() for a in self.articles]}


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _names_match(system: Sequence[str], gold: Sequence[str]) -> bool:
    for left in system:
        for right in gold:
            if left and right and (left == right or fuzz.ratio(left, right) >= FUZZY_MATCH):
                return True
    return False


def _match(left: list[Any], right: list[Any], fits: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (augmenting paths; the sets are small)."""
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j, candidate in enumerate(right):
            if j in seen or not fits(left[i], candidate):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        place(i, set())
    return sorted((i, j) for j, i in owner.items())


def score_article(gold: dict[str, Any], claims: Iterable[Claim]) -> ArticleScore:
    """Score one article's claims against its gold record."""
    claims = list(claims)
    text = gold["text"]
    score = ArticleScore(id=gold["id"], claims=len(claims))
    table = gold.get("sources", {})
    gold_names = {key: [score_key(s["name"]), *(score_key(a) for a in s.get("aliases", []))]
                  for key, s in table.items()}
    sentences = gold["sentences"]
    for sentence in sentences:
        if sentence.get("role", "body") != "body":
            continue
        score.body_sentences += 1
        s_start, s_end = sentence["start"], sentence["end"]
        overlapping = [c for c in claims
                       if _overlap(c.start, c.end, s_start, s_end) >= 0.5 * min(c.end - c.start, s_end - s_start)]
        system: dict[str, Any] = {}
        for claim in overlapping:
            for source in claim.sources:
                system.setdefault(source.id, source)
        system_list = list(system.values())
        gold_list = list(sentence.get("sources", []))
        pairs = _match(system_list, gold_list, lambda s, g: _names_match(
            [score_key(s.name), score_key(s.mention)], gold_names.get(g, [score_key(g)])))
        matched_system = {i for i, _ in pairs}
        matched_gold = {j for _, j in pairs}
        if not overlapping and not any(_overlap(c.start, c.end, s_start, s_end) for c in claims):
            score.dropped += 1
            score.errors.append({"type": "dropped", "sentence": sentence["text"], "start": s_start})
        _score_chains(score, sentence, system_list, gold_list, pairs, table)
        score.sources.tp += len(pairs)
        score.sources.fp += len(system_list) - len(pairs)
        score.sources.fn += len(gold_list) - len(pairs)
        if len(pairs) == len(system_list) == len(gold_list):
            score.exact_sentences += 1
        for j, key in enumerate(gold_list):
            if j not in matched_gold:
                score.errors.append({"type": "missed_source", "source": table.get(key, {}).get("name", key),
                                     "sentence": sentence["text"], "start": s_start})
        for i, source in enumerate(system_list):
            if i not in matched_system:
                score.errors.append({"type": "wrong_source", "source": source.name, "mention": source.mention,
                                     "sentence": sentence["text"], "start": s_start})
        best = max(overlapping, key=lambda c: _overlap(c.start, c.end, s_start, s_end), default=None)
        predicted = best.attribution if best is not None else "none"
        if predicted == sentence.get("attribution", "none"):
            score.attribution_correct += 1
        else:
            score.errors.append({"type": "wrong_attribution", "expected": sentence.get("attribution", "none"),
                                 "got": predicted, "sentence": sentence["text"], "start": s_start})
    _score_hedges(score, sentences, claims)
    for claim in claims:
        covered = sum(_overlap(claim.start, claim.end, s["start"], s["end"]) for s in sentences)
        if covered < 0.5 * (claim.end - claim.start):
            score.leaks += 1
            score.errors.append({"type": "leak", "sentence": text[claim.start:claim.end][:200], "start": claim.start})
    score.errors.sort(key=lambda e: e.get("start", 0))
    return score


def _score_chains(score: ArticleScore, sentence: dict[str, Any], system: list[Any], gold: list[str],
                  pairs: list[tuple[int, int]], table: dict[str, Any]) -> None:
    """Chains (who relays whom) and anonymity, over the sources matched in one body sentence."""
    to_gold = {system[i].id: gold[j] for i, j in pairs}
    to_system = {gold[j]: system[i] for i, j in pairs}
    for i, j in pairs:
        score.anonymous_matched += 1
        expected = bool(table.get(gold[j], {}).get("anonymous", False))
        if bool(getattr(system[i], "anonymous", False)) == expected:
            score.anonymous_right += 1
        else:
            score.errors.append({"type": "wrong_anonymous", "source": system[i].name, "expected": expected,
                                 "sentence": sentence["text"], "start": sentence["start"]})
    gold_via = dict(sentence.get("via") or {})
    for relayed, relay in gold_via.items():
        found = to_system.get(relayed)
        relay_found = to_system.get(relay)
        if found is not None and relay_found is not None and getattr(found, "via", None) == relay_found.id:
            score.chains.tp += 1
        else:
            score.chains.fn += 1
            score.errors.append({"type": "missed_chain", "source": table.get(relayed, {}).get("name", relayed),
                                 "via": table.get(relay, {}).get("name", relay), "sentence": sentence["text"],
                                 "start": sentence["start"]})
    for source in system:
        via = getattr(source, "via", None)
        if via is None:
            continue
        relayed, relay = to_gold.get(source.id), to_gold.get(via)
        if relayed is not None and relay is not None and gold_via.get(relayed) == relay:
            continue  # counted as a true positive above
        score.chains.fp += 1
        score.errors.append({"type": "wrong_chain", "source": source.name, "via": via, "sentence": sentence["text"],
                             "start": sentence["start"]})


def _score_hedges(score: ArticleScore, sentences: list[dict[str, Any]], claims: list[Claim]) -> None:
    gold = [h for s in sentences for h in s.get("hedges", [])]
    system = [h for c in claims for h in c.hedges]
    pairs = _match(system, gold, lambda s, g: _overlap(s.start, s.end, g["start"], g["end"]) > 0)
    matched_system = {i for i, _ in pairs}
    matched_gold = {j for _, j in pairs}
    for i, j in pairs:
        if gold[j].get("optional"):
            continue
        score.hedges.tp += 1
        score.hedges_by_kind.setdefault(gold[j].get("kind", system[i].kind), Counts()).tp += 1
    for j, hedge in enumerate(gold):
        if j not in matched_gold and not hedge.get("optional"):
            score.hedges.fn += 1
            kind = hedge.get("kind", "unknown")
            score.hedges_by_kind.setdefault(kind, Counts()).fn += 1
            score.errors.append({"type": "missed_hedge", "hedge": hedge["text"], "kind": kind,
                                 "start": hedge["start"]})
    for i, hedge in enumerate(system):
        if i not in matched_system:
            score.hedges.fp += 1
            score.hedges_by_kind.setdefault(hedge.kind, Counts()).fp += 1
            score.errors.append({"type": "spurious_hedge", "hedge": hedge.text, "kind": hedge.kind,
                                 "start": hedge.start})


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every gold file named, or found below the folders named, sorted."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(path.rglob(f"*{GOLD_SUFFIX}")))
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"no such gold file or folder: {path}")
    return sorted(set(found))


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold file, checking the keys the scorer relies on."""
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: cannot read gold file: {error}") from None
    for key in ("id", "text", "sentences"):
        if key not in gold:
            raise ValueError(f"{path}: gold file lacks {key!r}")
    for index, sentence in enumerate(gold["sentences"]):
        if gold["text"][sentence["start"]:sentence["end"]] != sentence["text"]:
            raise ValueError(f"{path}: sentence {index}: text does not match its offsets")
    for key, source in (gold.get("sources") or {}).items():
        names = [source.get("name"), *source.get("aliases", [])] if isinstance(source, dict) else [None]
        if not all(isinstance(name, str) for name in names):
            raise ValueError(f"{path}: source {key}: its name and aliases must be texts, got {names!r}")
    return gold


def evaluate(paths: Iterable[str | Path], extractor: Any = None,
             progress: Callable[[int, int, str], None] | None = None) -> Report:
    """Run the extractor on every gold file under the paths and score it."""
    if extractor is None:
        from .extractor import Extractor

        extractor = Extractor()
    files = gold_files(paths)
    golds = [load_gold(path) for path in files]
    articles = []
    for index, (gold, claims) in enumerate(zip(golds, _claims_by_language(extractor, golds))):
        articles.append(score_article(gold, claims))
        if progress is not None:
            progress(index + 1, len(golds), gold["id"])
    return Report(articles)


def _claims_by_language(extractor: Any, golds: list[dict[str, Any]]) -> Iterable[Any]:
    """Each gold text's claims from the pipeline of the language the gold file names (``language``, English
    when absent), in the order of the files. An extractor with a language of its own (or without
    ``for_language``) reads them all."""
    if not hasattr(extractor, "for_language") or getattr(extractor, "language", None) is not None:
        yield from extractor.extract_many(g["text"] for g in golds)  # a language given: every text in it
        return
    languages = [g.get("language", "en") for g in golds]
    results: dict[int, Any] = {}
    for language in dict.fromkeys(languages):
        indices = [k for k, lang in enumerate(languages) if lang == language]
        reader = extractor.for_language(language)
        for k, claims in zip(indices, reader.extract_many(golds[k]["text"] for k in indices)):
            results[k] = claims
    for k in range(len(golds)):
        yield results[k]


def baseline_key(paths: Iterable[str | Path]) -> str:
    """The name a set of gold paths is recorded under in a baseline file ("dev", "dev+test")."""
    return "+".join(sorted(_split_name(Path(p)) for p in paths))


def _split_name(path: Path) -> str:
    """A split's name: its path below a ``corpus`` folder ("dev", "real/dev", "ru/test"), else its own name."""
    parts = path.resolve().parts
    if "corpus" in parts[:-1]:
        below = parts[len(parts) - 1 - parts[::-1].index("corpus") + 1:]
        if below:
            return "/".join(below).removesuffix(GOLD_SUFFIX)
    return path.name.removesuffix(GOLD_SUFFIX)


def regressions(figures: dict[str, float], baseline: dict[str, float], tolerance: float = 1e-4) -> list[str]:
    """Figures that fell below their baseline (leaks: rose above it)."""
    problems = []
    for name, floor in baseline.items():
        value = figures.get(name)
        if value is None:
            problems.append(f"{name}: missing (baseline {floor})")
        elif name in LOWER_IS_BETTER and value > floor:
            problems.append(f"{name}: {value} > baseline {floor}")
        elif name not in LOWER_IS_BETTER and value < floor - tolerance:
            problems.append(f"{name}: {value:.4f} < baseline {floor:.4f}")
    return problems


def format_report(report: Report, show_errors: bool = True) -> str:
    """The report as text: totals per field, a table per article, then every error."""
    totals = report.totals()
    lines = [f"{totals['articles']} articles, {totals['body_sentences']} body sentences", "",
             f"{'field':<26}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]

    def row(name: str, counts: dict[str, Any]) -> str:
        return (f"{name:<26}{counts['precision']:>8.3f}{counts['recall']:>8.3f}{counts['f1']:>8.3f}"
                f"{counts['tp']:>6}{counts['fp']:>6}{counts['fn']:>6}")

    lines.append(row("sources", totals["sources"]))
    lines.append(row("hedges", totals["hedges"]))
    for kind, counts in totals["hedges_by_kind"].items():
        lines.append(row(f"  hedges: {kind}", counts))
    lines.append(row("chains (via)", totals["chains"]))
    lines += ["", f"attribution accuracy  {totals['attribution_accuracy']:.3f}",
              f"sentence exact        {totals['sentence_exact']:.3f}",
              f"anonymous accuracy    {totals['anonymous_accuracy']:.3f} (over {totals['anonymous_sources']} "
              f"matched sources)",
              f"boilerplate leaks     {totals['leaks']}",
              f"dropped sentences     {totals['dropped']}", "",
              f"{'article':<58}{'src F1':>8}{'hdg F1':>8}{'attr':>7}{'exact':>7}{'leaks':>6}{'drop':>6}"]
    for article in report.articles:
        data = article.as_dict()
        lines.append(f"{article.id[:57]:<58}{data['sources']['f1']:>8.3f}{data['hedges']['f1']:>8.3f}"
                     f"{data['attribution_accuracy']:>7.2f}{data['sentence_exact']:>7.2f}{data['leaks']:>6}"
                     f"{data['dropped']:>6}")
    if show_errors:
        counts = Counter(e["type"] for a in report.articles for e in a.errors)
        lines += ["", "errors: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none")]
        for article in report.articles:
            for error in article.errors:
                detail = {k: v for k, v in error.items() if k not in ("type", "sentence", "start")}
                where = f" | {error['sentence'][:110]}" if "sentence" in error else ""
                lines.append(f"  {article.id[:40]} @{error.get('start', '')} {error['type']} "
                             f"{json.dumps(detail, ensure_ascii=False)}{where}")
    return "\n".join(lines)
