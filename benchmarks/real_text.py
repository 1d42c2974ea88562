"""Benchmark on real-structure article texts: the attribution pipeline against bare spaCy, in alternating rounds.

    python benchmarks/real_text.py                 # 5 rounds over the real-structure corpus texts
    python benchmarks/real_text.py --rounds 7 --repeat 2 --fast --json figures.json

Texts are the articles of ``corpus/real`` (the rewrites of real published pages, with their furniture).
Each round times (a) bare spaCy, ``nlp.pipe`` over the texts with the same pipeline minus attribution's
components, and (b) ``Extractor.extract_many``, in an order that alternates from round to round, so that
other work on the machine slows both alike. CPU time of this process is the measure (wall time beside it);
the ratio is throughput(b) / throughput(a): 1.0 means attribution costs nothing, 0.95 means 5% over spaCy.
With ``--fast``, ``Extractor(fast=True)`` is timed too and reported against the bare full pass.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import warnings
from pathlib import Path

import attribution
from attribution.extractor import COMPONENT

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def texts(repeat: int) -> list[str]:
    files = sorted((CORPUS / "real").rglob("*.gold.json"))
    if not files:
        raise SystemExit("no real-structure gold files under corpus/real")
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files] * repeat


def timed(run) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=1, help="how many times the corpus texts are repeated")
    parser.add_argument("--fast", action="store_true", help="also time Extractor(fast=True)")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    docs = texts(args.repeat)
    words = sum(len(t.split()) for t in docs)
    extractor = attribution.Extractor()
    ours = [name for name in extractor.nlp.pipe_names if name.startswith("attribution") or name == COMPONENT]
    fast = attribution.Extractor(fast=True) if args.fast else None

    def bare() -> None:
        with extractor.nlp.select_pipes(disable=ours):
            for _ in extractor.nlp.pipe(docs, batch_size=32):
                pass

    def full() -> None:
        for _ in extractor.extract_many(docs, batch_size=32):
            pass

    def quick() -> None:
        for _ in fast.extract_many(docs, batch_size=32):
            pass

    bare(), full()  # warm up: first calls load lexemes and vectors
    rounds = []
    for index in range(args.rounds):
        order = [("bare", bare), ("full", full)] + ([("fast", quick)] if fast else [])
        if index % 2:
            order.reverse()
        rounds.append({name: timed(run) for name, run in order})
    ratio = [r["bare"][1] / r["full"][1] for r in rounds]
    ratio_wall = [r["bare"][0] / r["full"][0] for r in rounds]
    figures = {"texts": len(docs), "words": words, "rounds": args.rounds,
               "bare_words_per_cpu_second": round(words / statistics.median(r["bare"][1] for r in rounds)),
               "ratio_cpu_median": round(statistics.median(ratio), 3),
               "ratio_cpu_spread": [round(min(ratio), 3), round(max(ratio), 3)],
               "ratio_wall_median": round(statistics.median(ratio_wall), 3)}
    if fast:
        speedup = [r["bare"][1] / r["fast"][1] for r in rounds]
        figures["fast_speedup_cpu_median"] = round(statistics.median(speedup), 3)
        figures["fast_speedup_cpu_spread"] = [round(min(speedup), 3), round(max(speedup), 3)]
    print(json.dumps(figures, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
