"""Benchmark: attribution.trace over 10,000 synthetic articles (the goal: under a minute).

    python benchmarks/trace_bench.py                     # 10,000 articles
    python benchmarks/trace_bench.py --articles 2000     # a quicker run
    python benchmarks/trace_bench.py --json figures.json

What is timed is ``trace`` alone, on claims built here with exact offsets, as ``extract_many`` would
return them (running the pipeline over 10,000 articles takes a quarter of an hour and is measured in
docs/performance.md). The articles are generated deterministically from a seed:

- a year of events (drone attacks, shelling, fires, strikes on ports and power lines) in 400 invented
  places, each event with two to four claims (numbers of drones, injured, damaged buildings, ...)
  by one of 60 sources (named, anonymous, or relayed by a media source);
- each event is reported by one to eight of 30 outlets within three days, each outlet in its own
  words: synonyms, a direct quote, reported speech, "according to", a carried-over sentence, hedges;
- every article adds background sentences drawn from a Zipf-distributed vocabulary of 40,000 words
  (about what 2 million words of news use, by Heaps' law), so that blocking meets common and rare words
  as in real text.

Besides the time, it prints the pair precision and recall of the grouping against the events the
claims came from, which shows that blocking does not lose the claims it should find.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import random
import resource
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate, combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution import Claim, Claims, Cue, Hedge, Source  # noqa: E402
from attribution.traces import trace  # noqa: E402

SYLLABLES = ["ka", "lo", "vi", "mir", "go", "rod", "sla", "vy", "an", "dro", "pol", "ne", "ko", "ta", "sk", "ber",
             "zo", "lin", "ha", "rk", "ov", "ye", "ni", "pet", "dar", "mak", "sur", "ol", "chen", "bor"]
KINDS = ["government", "military", "official", "media", "organization"]
# Each kind of claim: words for what happened, in several outlets' wordings; {n} a number, {p} a place.
CLAIMS = {
    "drones": ["air defences destroyed {n} drones over the {p} region",
               "{n} drones were shot down over {p}",
               "{n} unmanned aerial vehicles were intercepted above the {p} region",
               "air defence units downed {n} UAVs over {p} overnight"],
    "injured": ["{n} people were injured in {p}",
                "{n} civilians were wounded in the attack on {p}",
                "{n} residents of {p} were hurt",
                "the attack on {p} left {n} people injured"],
    "killed": ["{n} people were killed in {p}",
               "{n} civilians died after the strike on {p}",
               "the strike on {p} killed {n} people",
               "{n} residents of {p} lost their lives"],
    "buildings": ["{n} apartment buildings were damaged in {p}",
                  "windows were blown out in {n} houses in {p}",
                  "the attack damaged {n} residential blocks in {p}",
                  "{n} homes in {p} were damaged"],
    "fire": ["a fire broke out at a fuel depot in {p} covering {n} square metres",
             "a blaze of {n} square metres engulfed an oil depot in {p}",
             "fuel tanks at a depot in {p} caught fire over {n} square metres",
             "the depot fire in {p} spread over {n} square metres"],
    "power": ["{n} households in {p} lost electricity",
              "power was cut to {n} homes in {p}",
              "a strike on an energy facility left {n} households in {p} without power",
              "{n} consumers in {p} were left without electricity"],
}
OPENERS = ["", "On Tuesday, ", "Overnight, ", "Earlier, ", "In the morning, "]
CUES = ["said", "reported", "wrote", "stated", "claimed", "announced"]
HEDGES = [("allegedly", "epistemic"), ("reportedly", "epistemic"), ("purportedly", "epistemic")]


@dataclass
class Builder:
    """Builds one article's text and claims with exact offsets."""

    text: str = ""

    def add(self, parts: list[tuple[str, str | None]], claims: list[Claim], **fields: object) -> None:
        """parts: (words, role) with role None, 'mention:<source id>', 'cue' or a hedge kind."""
        if self.text:
            self.text += "\n\n"
        start = len(self.text)
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for words, role in parts:
            if role:
                spans[role].append((len(self.text), len(self.text) + len(words), words))
            self.text += words
        end = len(self.text)
        cue = next((Cue(text=w, start=s, end=e) for s, e, w in spans.get("cue", [])), None)
        hedges = [Hedge(text=w, kind=k, start=s, end=e) for k in ("epistemic",) for s, e, w in spans.get(k, [])]
        sources = []
        for source in fields.pop("sources", []):  # type: ignore[union-attr]
            s, e, w = spans[f"mention:{source.id}"][0]
            sources.append(source.model_copy(update={"mention": w, "mention_start": s, "mention_end": e}))
        claims.append(Claim(text=self.text[start:end], start=start, end=end, sources=sources, cue=cue,
                            hedges=hedges, **fields))  # type: ignore[arg-type]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def generate(n_articles: int, seed: int = 14) -> tuple[list[tuple[Claims, dict]], dict[tuple[int, int], str]]:
    """``n_articles`` (claims, context) pairs and, for each event claim, the group it belongs to."""
    rng = random.Random(seed)
    places = list(dict.fromkeys(_name(rng, rng.choice((2, 3))) for _ in range(600)))[:400]
    people = [f"{_name(rng, 2)} {_name(rng, 3)}" for _ in range(40)]
    sources = [Source(id=f"s{k}", name=name, kind=rng.choice(KINDS), mention=name)
               for k, name in enumerate(people)]
    sources += [Source(id=f"a{k}", name=f"source in the {_name(rng, 2)} ministry", kind="official",
                       mention="a source", anonymous=True) for k in range(12)]
    media = [Source(id=f"m{k}", name=f"{_name(rng, 2)} channel", kind="media", mention="channel") for k in range(8)]
    outlets = [f"{_name(rng, 2)} {rng.choice(['Daily', 'Post', 'Wire', 'News', 'Times', 'Herald'])}"
               for _ in range(30)]
    vocabulary = list(dict.fromkeys(_name(rng, rng.choice((3, 4, 5))).lower() for _ in range(50_000)))[:40_000]
    cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))

    n_events = max(1, n_articles * 3 // 10)
    events = []
    for e in range(n_events):
        kinds = rng.sample(list(CLAIMS), rng.randint(2, 4))
        place = rng.choice(places)
        events.append({"day": rng.randrange(365), "claims": [
            {"kind": kind, "n": rng.choice([rng.randint(2, 60), rng.randint(100, 5000)]), "place": place,
             "source": rng.choice(sources), "relay": rng.choice(media) if rng.random() < 0.15 else None,
             "group": f"e{e}.{kind}"} for kind in kinds]})

    results: list[tuple[Claims, dict]] = []
    labels: dict[tuple[int, int], str] = {}
    start = datetime.date(2025, 1, 1)
    for a in range(n_articles):
        event = events[a % n_events] if a < n_events else rng.choice(events)
        outlet = rng.choice(outlets)
        builder, claims = Builder(), []
        day = event["day"] + rng.randint(0, 2)
        for c in event["claims"]:
            if rng.random() < 0.2:
                continue  # this outlet leaves the claim out
            content = rng.choice(CLAIMS[c["kind"]]).format(n=c["n"], p=c["place"])
            form = rng.random()
            source, relay = c["source"], c["relay"]
            hedge = rng.random() < 0.25
            labels[(a, len(claims))] = c["group"]
            opener = rng.choice(OPENERS)
            sources = [source.model_copy(update={"via": relay.id})] + [relay] if relay else [source]
            hedge_parts = [(rng.choice(HEDGES)[0], "epistemic"), (" ", None)] if hedge else []
            who = [(source.name, f"mention:{source.id}")]
            if relay:
                who = [(relay.name, f"mention:{relay.id}"), (", citing ", None), *who, (",", None)]
            said = [*who, (" ", None), (rng.choice(CUES), "cue")]
            if form < 0.3:
                parts = [("\"", None), (content[0].upper() + content[1:] + ",", None), ("\" ", None), *said,
                         (".", None)]
                builder.add(parts, claims, sources=sources, attribution="direct_quote")
            elif form < 0.6:
                parts = [(opener, None), *said, (" that ", None), *hedge_parts, (content + ".", None)]
                builder.add(parts, claims, sources=sources, attribution="indirect")
            elif form < 0.85:
                parts = [("According to", "cue"), (" ", None), *who, (", ", None), *hedge_parts, (content + ".", None)]
                builder.add(parts, claims, sources=sources, attribution="according_to")
            else:
                body = content[0].upper() + content[1:] + "."
                builder.add([(body, None)], claims, attribution="none")
        for _ in range(rng.randint(8, 14)):
            words = rng.choices(vocabulary, cum_weights=cumulative, k=rng.randint(8, 20))
            builder.add([(" ".join(words).capitalize() + ".", None)], claims, attribution="none")
        date = start.fromordinal(start.toordinal() + day)
        results.append((Claims(claims, text=builder.text),
                        {"id": f"article-{a}", "outlet": outlet, "date": date.isoformat()}))
    return results, labels


def pair_scores(traces, labels) -> tuple[float, float]:
    found = {pair for t in traces for pair in combinations(sorted((i.article, i.claim_index) for i in t.items), 2)}
    groups = defaultdict(list)
    for key, group in labels.items():
        groups[group].append(key)
    true = {pair for keys in groups.values() for pair in combinations(sorted(keys), 2)}
    both = len(found & true)
    return both / len(found) if found else 1.0, both / len(true) if true else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()

    began = time.perf_counter()
    results, labels = generate(args.articles, args.seed)
    made = time.perf_counter() - began
    n_claims = sum(len(claims) for claims, _ in results)
    words = sum(len(claims.text.split()) for claims, _ in results)
    cpu0 = time.process_time()
    began = time.perf_counter()
    traces = trace(results)
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu0
    precision, recall = pair_scores(traces, labels)
    figures = {"articles": args.articles, "claims": n_claims, "words": words, "traces": len(traces),
               "tellings_in_traces": sum(len(t.items) for t in traces), "generate_s": round(made, 1),
               "trace_wall_s": round(wall, 1), "trace_cpu_s": round(cpu, 1),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
               "pair_precision": round(precision, 3), "pair_recall": round(recall, 3),
               "python": platform.python_version(), "machine": platform.machine()}
    for key, value in figures.items():
        print(f"{key:<20} {value}")
    print(f"goal: under 60 s -> {'met' if wall < 60 else 'NOT met'}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0 if wall < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
