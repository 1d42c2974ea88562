"""Benchmark on real-structure article texts: the attribution pipeline against bare spaCy, in alternating rounds.

    python benchmarks/real_text.py                 # 7 rounds over the real-structure corpus texts, fast mode too
    python benchmarks/real_text.py --rounds 9 --repeat 2 --json figures.json

Texts are the articles of ``corpus/real`` (the rewrites of real published pages, with their furniture).
Each round times (a) bare spaCy, ``nlp.pipe`` over the texts with spaCy's own default pipeline, loaded as
spaCy ships it, (b) ``Extractor.extract_many``, (c) ``Extractor(fast=True).extract_many`` and (m) the
extractor's own pipeline with attribution's components switched off, in an order that turns from round to
round, so that other work on the machine slows all alike. CPU time of this process is the measure (wall
time beside it); the ratio is throughput(b) / throughput(a): 1.0 means attribution costs nothing over
spaCy, 0.95 means 5% over it; fast mode's speed-up is throughput(c) / throughput(a). The extractor's pipeline
runs spaCy's attribute ruler and lemmatizer as look-ups that give the very same attributes faster, so (m) is
faster than (a); ``own_cost`` = 1 - throughput(b) / throughput(m) is what attribution's own components cost,
apart from that. Medians over the rounds, with their spread (lowest, highest). ``benchmarks/run.py``
(``make bench``) runs the same measure and adds the source F1 that fast mode gives up on ``corpus/real/test``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import spacy

import attribution
from attribution.extractor import COMPONENT, default_model
from attribution.matmul import one_blas_thread, use_numpy_matmul

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def texts(repeat: int = 1) -> list[str]:
    files = sorted((CORPUS / "real").rglob("*.gold.json"))
    if not files:
        raise SystemExit("no real-structure gold files under corpus/real")
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files] * repeat


def timed(run: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(docs: list[str], extractor: attribution.Extractor, fast: attribution.Extractor | None,
            rounds: int, batch_size: int = 32, report: Callable[[str], None] | None = None,
            spacy_model: str | None = None) -> dict:
    """Time bare spaCy (``spacy_model``, or the default pipeline, as spaCy loads it), ``extractor``, ``fast``
    and the extractor's models alone over ``docs`` in ``rounds`` turning rounds; the figures."""
    words = sum(len(t.split()) for t in docs)
    ours = [name for name in extractor.nlp.pipe_names if name.startswith("attribution") or name == COMPONENT]
    spacys = spacy.load(spacy_model or default_model())
    backend = spacy.load(spacy_model or default_model())
    use_numpy_matmul(backend)

    def bare() -> None:
        for _ in spacys.pipe(docs, batch_size=batch_size):
            pass

    def same() -> None:
        with one_blas_thread():
            for _ in backend.pipe(docs, batch_size=batch_size):
                pass

    def models() -> None:
        with extractor.nlp.select_pipes(disable=ours), one_blas_thread():
            for _ in extractor.nlp.pipe(docs, batch_size=batch_size):
                pass

    def full() -> None:
        for _ in extractor.extract_many(docs, batch_size=batch_size):
            pass

    def quick() -> None:
        assert fast is not None
        for _ in fast.extract_many(docs, batch_size=batch_size):
            pass

    contenders = [("bare", bare), ("same", same), ("full", full), ("models", models)] + ([("fast", quick)] if fast is not None else [])
    for _, run in contenders:  # warm up: first calls load lexemes, vectors and caches
        run()
    found = []
    for index in range(rounds):
        order = contenders[index % len(contenders):] + contenders[:index % len(contenders)]
        found.append({name: timed(run) for name, run in order})
        if report is not None:
            row = found[-1]
            report(f"  round {index + 1}: " + ", ".join(f"{name} {row[name][1]:.2f} s CPU" for name, _ in contenders)
                   + f"; ratio {row['bare'][1] / row['full'][1]:.3f}, own cost {1 - row['models'][1] / row['full'][1]:.3f}"
                   + (f", fast {row['bare'][1] / row['fast'][1]:.2f}x" if fast is not None else "")
                   + f"; same backend: ratio {row['same'][1] / row['full'][1]:.3f}"
                   + (f", fast {row['same'][1] / row['fast'][1]:.2f}x" if fast is not None else ""))
    ratio = [r["bare"][1] / r["full"][1] for r in found]
    ratio_wall = [r["bare"][0] / r["full"][0] for r in found]
    figures = {"texts": len(docs), "words": words, "rounds": rounds,
               "bare_words_per_cpu_second": round(words / statistics.median(r["bare"][1] for r in found)),
               "full_words_per_cpu_second": round(words / statistics.median(r["full"][1] for r in found)),
               "ratio_cpu_median": round(statistics.median(ratio), 3),
               "ratio_cpu_spread": [round(min(ratio), 3), round(max(ratio), 3)],
               "ratio_cpu_per_round": [round(x, 3) for x in ratio],
               "ratio_wall_median": round(statistics.median(ratio_wall), 3)}
    same = [r["same"][1] / r["full"][1] for r in found]
    figures["ratio_same_backend_cpu_median"] = round(statistics.median(same), 3)
    figures["ratio_same_backend_cpu_spread"] = [round(min(same), 3), round(max(same), 3)]
    own = [1 - r["models"][1] / r["full"][1] for r in found]
    figures["own_cost_cpu_median"] = round(statistics.median(own), 3)
    figures["own_cost_cpu_spread"] = [round(min(own), 3), round(max(own), 3)]
    if fast is not None:
        speedup = [r["bare"][1] / r["fast"][1] for r in found]
        figures["fast_words_per_cpu_second"] = round(words / statistics.median(r["fast"][1] for r in found))
        figures["fast_speedup_cpu_median"] = round(statistics.median(speedup), 3)
        figures["fast_speedup_cpu_spread"] = [round(min(speedup), 3), round(max(speedup), 3)]
        figures["fast_speedup_cpu_per_round"] = [round(x, 3) for x in speedup]
        same_speedup = [r["same"][1] / r["fast"][1] for r in found]
        figures["fast_speedup_same_backend_cpu_median"] = round(statistics.median(same_speedup), 3)
        figures["fast_speedup_same_backend_cpu_spread"] = [round(min(same_speedup), 3), round(max(same_speedup), 3)]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="how many times the corpus texts are repeated")
    parser.add_argument("--no-fast", action="store_true", help="do not time Extractor(fast=True)")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    extractor = attribution.Extractor()
    fast = None if args.no_fast else attribution.Extractor(fast=True)
    figures = measure(texts(args.repeat), extractor, fast, args.rounds, report=lambda line: print(line, flush=True))
    print(json.dumps(figures, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
