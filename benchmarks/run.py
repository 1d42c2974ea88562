"""Benchmark: the attribution pipeline against the bare spaCy pass it rides on, in one process.

    python benchmarks/run.py                  # the full run (about half an hour on 2 vCPUs)
    python benchmarks/run.py --quick          # 200 articles, one run: a smoke test
    python benchmarks/run.py --quality --json figures.json

First, on the real-structure texts of ``corpus/real`` (``benchmarks/real_text.py``): bare spaCy, (b) and
``Extractor(fast=True)`` in turning rounds (``--real-rounds``, 7 by default), the median ratio and fast
mode's speed-up with their spread, and the source F1 fast mode gives up on ``corpus/real/test``. The
goals are judged on these.

Then, over articles generated from the annotated corpus (benchmarks/articles.py), it times

- (a) bare spaCy: ``nlp.pipe`` with the same loaded pipeline, minus attribution's two components;
- (b) ``Extractor.extract_many``;
- (b2) ``Extractor.extract_many(n_process=2)``.

The articles are cut into slices; every slice goes through a, b and b2 in turn, in an order that
rotates from slice to slice, so that other work on the machine slows all three alike. Each run
covers all the articles; medians over runs are reported. Every phase records wall time and CPU
time (this process, and its worker processes apart): on a shared machine, CPU time is the steadier
measure of the work done, wall time the one a user waits for. Each phase also records how many
cores other processes kept busy meanwhile, and the peak resident memory (RSS), sampled.

Then (b) at 2x and 4x the articles (linear growth = steady time per word), ``Extractor(fast=True)``
(no NER; spaCy's attribute ruler matched by look-ups), Russian and Ukrainian articles (built the same way from corpus/ru and corpus/uk) through
``Extractor(language="ru")`` and ``Extractor(language="uk")``, the peak RSS of (a) and (b) at batch sizes 8, 16 and 32, each alone in a fresh process
(the benchmark process holds more than the pipeline), and with ``--quality`` the corpus scores of
the default and the fast setting.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import articles  # noqa: E402  (the sibling module, whatever the working directory)
import real_text  # noqa: E402

import attribution  # noqa: E402
from attribution.component import LAYOUT_PIPE  # noqa: E402
from attribution.extractor import COMPONENT, default_model  # noqa: E402
from attribution.matmul import one_blas_thread  # noqa: E402

OURS = [LAYOUT_PIPE, COMPONENT]
MB = 1024 * 1024


@dataclass
class Phase:
    """Work done by one contender: one slice, or the sum of the slices of a run."""

    name: str
    articles: int = 0
    words: int = 0
    wall: float = 0.0
    cpu: float = 0.0  # this process
    cpu_children: float = 0.0  # worker processes
    peak_rss_mb: float = 0.0
    children_peak_rss_mb: float = 0.0
    other_cpu: float = 0.0  # CPU seconds spent meanwhile by other processes on the machine

    def add(self, other: Phase) -> None:
        self.articles += other.articles
        self.words += other.words
        self.wall += other.wall
        self.cpu += other.cpu
        self.cpu_children += other.cpu_children
        self.other_cpu += other.other_cpu
        self.peak_rss_mb = max(self.peak_rss_mb, other.peak_rss_mb)
        self.children_peak_rss_mb = max(self.children_peak_rss_mb, other.children_peak_rss_mb)

    @property
    def words_per_second(self) -> float:
        return self.words / self.wall

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / (self.cpu + self.cpu_children)

    @property
    def other_cores(self) -> float:
        return self.other_cpu / self.wall

    def as_dict(self) -> dict:
        return asdict(self) | {"words_per_second": round(self.words_per_second),
                               "words_per_cpu_second": round(self.words_per_cpu_second),
                               "other_cores": round(self.other_cores, 2)}


@dataclass
class Results:
    machine: dict
    settings: dict
    runs: list[dict[str, dict]] = field(default_factory=list)
    phases: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)


class RssSampler:
    """The peak RSS of this process, and of its largest child process, while a block runs."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.process = psutil.Process()

    @contextmanager
    def watch(self):
        peak = {"self": self.process.memory_info().rss, "children": 0}
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak["self"] = max(peak["self"], self.process.memory_info().rss)
                try:
                    for child in self.process.children(recursive=True):
                        peak["children"] = max(peak["children"], child.memory_info().rss)
                except psutil.Error:
                    pass
                stop.wait(self.interval)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        try:
            yield peak
        finally:
            stop.set()
            thread.join()


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=articles.ROOT, check=False).stdout.strip()
    except OSError:
        commit = ""
    model = default_model()
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{model} {spacy.util.get_package_version(model) or ''}".strip(),
        "attribution": f"git {commit or 'unknown'}",
    }


def _clocks() -> tuple[float, float, float, float]:
    """Wall clock, this process's CPU, its reaped children's CPU, and the whole machine's busy CPU."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine = psutil.cpu_times()
    busy = sum(machine) - machine.idle - getattr(machine, "iowait", 0.0)
    return time.perf_counter(), time.process_time(), children.ru_utime + children.ru_stime, busy


def timed(name: str, texts: list[str], run: Callable[[list[str]], Iterable], sampler: RssSampler) -> Phase:
    gc.collect()
    with sampler.watch() as peak:
        before = _clocks()
        for _ in run(texts):
            pass
        after = _clocks()
    wall, cpu, children, busy = (y - x for x, y in zip(before, after))
    # The sampler thread's own CPU is in ``cpu`` too: about the same small share for every contender.
    return Phase(name, len(texts), sum(articles.words(t) for t in texts), wall, cpu, children,
                 peak["self"] / MB, peak["children"] / MB, max(0.0, busy - cpu - children))


def line(phase: Phase) -> str:
    children = f" + workers {phase.cpu_children:6.1f} s" if phase.cpu_children else ""
    memory = f"peak RSS {phase.peak_rss_mb:.0f} MB" + (
        f", largest worker {phase.children_peak_rss_mb:.0f} MB" if phase.children_peak_rss_mb else "")
    return (f"{phase.name:<16} {phase.articles:>5} articles {phase.words:>9,} words  wall {phase.wall:7.1f} s "
            f"({phase.words_per_second:6,.0f} words/s)  CPU {phase.cpu:7.1f} s{children} "
            f"({phase.words_per_cpu_second:6,.0f} words/CPU-s)  {memory}; others busy {phase.other_cores:.2f} cores")


def median(values: list[float]) -> float:
    return statistics.median(values)


def real_structure(extractor: attribution.Extractor, rounds: int, batch_size: int) -> dict:
    """Bare spaCy, (b) and fast mode over the real-structure corpus texts in turning rounds
    (``benchmarks/real_text.py``), and the source F1 fast mode gives up on ``corpus/real/test``."""
    from attribution.evaluate import evaluate

    fast = attribution.Extractor(model=extractor.nlp, fast=True)  # the same weights, NER off
    figures = real_text.measure(real_text.texts(), extractor, fast, rounds, batch_size,
                                report=lambda text: print(text, flush=True))
    test = articles.ROOT / "corpus" / "real" / "test"
    default_f1 = evaluate([test], extractor).figures()["sources_f1"]
    fast_f1 = evaluate([test], fast).figures()["sources_f1"]
    figures["sources_f1_real_test"] = {"default": round(default_f1, 4), "fast": round(fast_f1, 4),
                                       "points_lost": round(100 * (default_f1 - fast_f1), 2)}
    return figures


_FORKED: dict[str, attribution.Extractor] = {}


def _real_structure_forked(rounds: int, batch_size: int) -> dict:
    return real_structure(_FORKED["extractor"], rounds, batch_size)


def real_structure_apart(extractor: attribution.Extractor, rounds: int, batch_size: int) -> dict:
    """``real_structure`` in a forked child process: its second pipeline (spaCy's own, for the bare pass) then
    never counts in this process's peak memory, which the later phases report."""
    import multiprocessing

    _FORKED["extractor"] = extractor
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            return pool.apply(_real_structure_forked, (rounds, batch_size))
    finally:
        _FORKED.clear()


def quality(fast: bool) -> dict[str, float]:
    """The corpus figures of ``attribution eval corpus/dev corpus/test``, default or fast."""
    from attribution.evaluate import evaluate

    corpus = articles.ROOT / "corpus"
    return evaluate([corpus / "dev", corpus / "test"], attribution.Extractor(fast=fast)).figures()


def cyrillic_throughput(language: str, count: int, args: argparse.Namespace, sampler: RssSampler) -> dict:
    """Words per second of the Russian or Ukrainian pipeline over ``count`` articles built from its corpus
    pages (median of ``args.runs`` passes), and the time it takes to load."""
    folder = Path(__file__).resolve().parent.parent / "corpus" / language
    texts = list(articles.generate(count, seed=args.seed, pages=articles.read_pages((folder / "dev", folder / "test"))))
    started = time.perf_counter()
    extractor = attribution.Extractor(language=language)
    load_seconds = time.perf_counter() - started
    for _ in extractor.extract_many(texts[:16]):  # the dictionaries' caches, before anything is timed
        pass
    phases = [timed(f"{language} run {run + 1}", texts,
                    lambda batch: extractor.extract_many(batch, batch_size=args.batch_size), sampler)
              for run in range(args.runs)]
    for phase in phases:
        print("  " + line(phase), flush=True)
    middle = sorted(phases, key=lambda p: p.wall)[len(phases) // 2]
    return {"words_per_second": round(median([p.words_per_second for p in phases])),
            "words_per_cpu_second": round(median([p.words_per_cpu_second for p in phases])),
            "load_seconds": round(load_seconds, 2), "phase": middle.as_dict()}


def _peak_rss_mb() -> float:
    """This process's peak RSS: VmHWM where Linux has it (getrusage's figure survives fork and exec)."""
    try:
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def probe(mode: str, batch_size: int, count: int, seed: int) -> dict:
    """Run (a) or (b) alone in this fresh process: its peak RSS is then the pipeline's, nothing else's."""
    extractor = attribution.Extractor()
    texts = list(articles.generate(count, seed=seed))
    loaded = _peak_rss_mb()
    stream = (extractor.nlp.pipe(texts, batch_size=batch_size, disable=OURS) if mode == "a"
              else extractor.extract_many(texts, batch_size=batch_size))
    start, cpu = time.perf_counter(), time.process_time()
    with one_blas_thread():
        for _ in stream:
            pass
    cpu = time.process_time() - cpu
    return {"mode": mode, "batch_size": batch_size, "articles": count, "loaded_mb": round(loaded),
            "peak_mb": round(_peak_rss_mb()),
            "wall": round(time.perf_counter() - start, 1), "cpu": round(cpu, 1),
            "words_per_cpu_second": round(sum(articles.words(t) for t in texts) / cpu)}


def memory_probes(count: int, seed: int, batch_sizes: tuple[int, ...] = (8, 16, 32)) -> list[dict]:
    """Peak RSS of (a) and (b) at several batch sizes, each in a process of its own."""
    found = []
    for batch_size in batch_sizes:
        for mode in ("a", "b"):
            out = subprocess.run([sys.executable, __file__, "--probe", mode, str(batch_size), str(count), str(seed)],
                                 capture_output=True, text=True, check=True).stdout
            found.append(json.loads(out.strip().splitlines()[-1]))
            row = found[-1]
            print(f"  ({row['mode']}) batch_size {batch_size:>3}: peak RSS {row['peak_mb']} MB "
                  f"(pipeline loaded: {row['loaded_mb']} MB), {row['words_per_cpu_second']:,} words/CPU-s", flush=True)
    return found


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) == 6 and sys.argv[1] == "--probe":
        print(json.dumps(probe(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles per run (1x)")
    parser.add_argument("--slice", type=int, default=500, help="articles per slice (a, b and b2 take turns)")
    parser.add_argument("--runs", type=int, default=3, help="runs over all the articles; medians are reported")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-scaling", action="store_true", help="skip the 2x and 4x passes")
    parser.add_argument("--no-processes", action="store_true", help="skip n_process=2")
    parser.add_argument("--no-fast", action="store_true", help="skip Extractor(fast=True)")
    parser.add_argument("--no-cyrillic", action="store_true", help="skip the Russian and Ukrainian pipelines")
    parser.add_argument("--quality", action="store_true", help="also score default and fast mode on the corpus")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the peak RSS of (a) and (b) at batch sizes 8, 16, 32, each in a fresh process")
    parser.add_argument("--real-rounds", type=int, default=7,
                        help="turning rounds of bare spaCy, (b) and fast mode over the real-structure texts")
    parser.add_argument("--no-real", action="store_true", help="skip the real-structure texts")
    parser.add_argument("--quick", action="store_true", help="200 articles in slices of 100, one run, no scaling")
    parser.add_argument("--json", help="write all figures to this file")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.slice, args.runs, args.no_scaling, args.no_memory = 200, 100, 1, True, True
        args.real_rounds = min(args.real_rounds, 3)

    sampler = RssSampler()
    started = time.perf_counter()
    extractor = attribution.Extractor()
    load_seconds = time.perf_counter() - started
    nlp = extractor.nlp  # (a) runs this very pipeline, weights and all, without our two components
    texts_all = list(articles.generate(args.articles * (1 if args.no_scaling else 4), seed=args.seed))
    texts = texts_all[:args.articles]
    results = Results(machine(), {k: v for k, v in vars(args).items() if k != "json"} | {
        "words_1x": sum(articles.words(t) for t in texts), "load_seconds": round(load_seconds, 2),
        "load_average_start": [round(x, 2) for x in os.getloadavg()]})
    print("machine: " + ", ".join(f"{k} {v}" for k, v in results.machine.items()))
    print(f"{len(texts)} articles, {results.settings['words_1x']:,} words (wc -w), batch_size {args.batch_size}; "
          f"pipeline {nlp.pipe_names} loaded in {load_seconds:.1f} s; load average {os.getloadavg()[0]:.2f}",
          flush=True)

    def bare(batch: list[str]) -> Iterable:
        with one_blas_thread():  # as the extractor runs the same models
            yield from nlp.pipe(batch, batch_size=args.batch_size, disable=OURS)

    def ours(batch: list[str]) -> Iterable:
        return extractor.extract_many(batch, batch_size=args.batch_size)

    def two(batch: list[str]) -> Iterable:
        return extractor.extract_many(batch, batch_size=args.batch_size, n_process=2)

    for warm in (bare, ours):  # lazy allocations and caches, before anything is timed
        for _ in warm(texts[:16]):
            pass

    summary = results.summary
    if not args.no_real:
        print(f"real-structure texts (corpus/real): bare spaCy, (b) and Extractor(fast=True) in "
              f"{args.real_rounds} turning rounds, CPU time", flush=True)
        real = summary["real"] = real_structure_apart(extractor, args.real_rounds, args.batch_size)
        print(f"  ratio b/a: median {real['ratio_cpu_median']:.3f} (spread {real['ratio_cpu_spread'][0]:.3f}-"
              f"{real['ratio_cpu_spread'][1]:.3f}); fast: {real['fast_speedup_cpu_median']:.2f}x bare "
              f"(spread {real['fast_speedup_cpu_spread'][0]:.2f}-{real['fast_speedup_cpu_spread'][1]:.2f}); "
              f"bare {real['bare_words_per_cpu_second']:,} words/CPU-s")
        print(f"  against bare spaCy on the extractor's matrix backend: ratio {real['ratio_same_backend_cpu_median']:.3f}, "
              f"fast {real['fast_speedup_same_backend_cpu_median']:.2f}x")
        f1 = real["sources_f1_real_test"]
        print(f"  source F1 on corpus/real/test: default {f1['default']:.3f}, fast {f1['fast']:.3f} "
              f"({f1['points_lost']:.2f} points lost)", flush=True)

    contenders = [("a", bare), ("b", ours)] + ([] if args.no_processes else [("b2", two)])
    slices = [texts[k:k + args.slice] for k in range(0, len(texts), args.slice)]
    print(f"(a) bare spaCy, (b) extract_many{'' if args.no_processes else ', (b2) n_process=2'}: "
          f"{args.runs} runs of {len(slices)} slices, turns rotating")
    turn = 0
    for run in range(args.runs):
        tally = {label: Phase(label) for label, _ in contenders}
        for number, chunk in enumerate(slices):
            order = contenders[turn % len(contenders):] + contenders[:turn % len(contenders)]
            turn += 1
            for label, fn in order:
                phase = timed(f"{label} {run + 1}.{number + 1}", chunk, fn, sampler)
                print("  " + line(phase), flush=True)
                tally[label].add(phase)
        for label, phase in tally.items():
            phase.name = f"{label} run {run + 1}"
            print("  = " + line(phase), flush=True)
        results.runs.append({label: phase.as_dict() for label, phase in tally.items()})
        results.phases += [p.as_dict() for p in tally.values()]

    runs = [{label: Phase(**{k: v for k, v in d.items() if k in Phase.__dataclass_fields__})
             for label, d in run.items()} for run in results.runs]
    for label in ("a", "b"):
        summary[f"{label}_words_per_second"] = round(median([r[label].words_per_second for r in runs]))
        summary[f"{label}_words_per_cpu_second"] = round(median([r[label].words_per_cpu_second for r in runs]))
        summary[f"{label}_peak_rss_mb"] = round(max(r[label].peak_rss_mb for r in runs))
    summary["ratio_wall"] = round(median([r["a"].wall / r["b"].wall for r in runs]), 3)
    summary["ratio_cpu"] = round(median([r["a"].cpu / r["b"].cpu for r in runs]), 3)
    summary["ratio_wall_per_run"] = [round(r["a"].wall / r["b"].wall, 3) for r in runs]
    summary["ratio_cpu_per_run"] = [round(r["a"].cpu / r["b"].cpu, 3) for r in runs]
    summary["other_cores"] = round(median([r["b"].other_cores for r in runs]), 2)
    print(f"median of {len(runs)} runs: a {summary['a_words_per_second']:,} words/s "
          f"({summary['a_words_per_cpu_second']:,}/CPU-s), b {summary['b_words_per_second']:,} words/s "
          f"({summary['b_words_per_cpu_second']:,}/CPU-s)")
    print(f"  ratio b/a: wall {summary['ratio_wall']:.3f} {summary['ratio_wall_per_run']}, "
          f"CPU {summary['ratio_cpu']:.3f} {summary['ratio_cpu_per_run']}")
    if not args.no_processes:
        summary["b2_words_per_second"] = round(median([r["b2"].words_per_second for r in runs]))
        summary["speedup_wall"] = round(median([r["b"].wall / r["b2"].wall for r in runs]), 2)
        summary["speedup_wall_per_run"] = [round(r["b"].wall / r["b2"].wall, 2) for r in runs]
        # The work two processes do, against one: 1.0 means no overhead at all; on two free cores the
        # speed-up is about twice this.
        summary["b2_cpu_efficiency"] = round(median(
            [r["b"].cpu / (r["b2"].cpu + r["b2"].cpu_children) for r in runs]), 3)
        summary["b2_other_cores"] = round(median([r["b2"].other_cores for r in runs]), 2)
        summary["b2_parent_peak_rss_mb"] = round(max(r["b2"].peak_rss_mb for r in runs))
        summary["b2_worker_peak_rss_mb"] = round(max(r["b2"].children_peak_rss_mb for r in runs))
        print(f"  n_process=2: {summary['b2_words_per_second']:,} words/s, speed-up {summary['speedup_wall']:.2f}x "
              f"{summary['speedup_wall_per_run']} with other processes busy on {summary['b2_other_cores']} cores; "
              f"CPU efficiency {summary['b2_cpu_efficiency']:.3f}")

    if not args.no_scaling:
        print("(b) at 1x (the runs above), 2x and 4x the articles:")
        middle = sorted(runs, key=lambda r: r["b"].wall)[len(runs) // 2]["b"]
        scaling = {1: middle}
        for factor in (2, 4):
            phase = timed(f"b {factor}x", texts_all[:args.articles * factor], ours, sampler)
            print("  " + line(phase), flush=True)
            results.phases.append(phase.as_dict())
            scaling[factor] = phase
        summary["scaling"] = {f"{k}x": {"articles": p.articles, "words": p.words, "wall": round(p.wall, 1),
                                        "cpu": round(p.cpu, 1),
                                        "wall_ms_per_1k_words": round(1e6 * p.wall / p.words, 1),
                                        "cpu_ms_per_1k_words": round(1e6 * p.cpu / p.words, 1),
                                        "peak_rss_mb": round(p.peak_rss_mb), "other_cores": round(p.other_cores, 2)}
                              for k, p in scaling.items()}
        print("  CPU ms per 1,000 words: " + ", ".join(
            f"{k} {v['cpu_ms_per_1k_words']}" for k, v in summary["scaling"].items()))

    if not args.no_fast:
        # The same loaded pipeline with NER switched off (the last timed phase: it changes ``nlp``),
        # so that no second copy of the model inflates the process's peak memory.
        fast = attribution.Extractor(model=nlp, fast=True)
        for _ in fast.extract_many(texts[:16]):
            pass
        phase = timed("b fast", texts, lambda batch: fast.extract_many(batch, batch_size=args.batch_size),
                      sampler)
        print("Extractor(fast=True), no NER:\n  " + line(phase), flush=True)
        results.phases.append(phase.as_dict())
        summary["fast_words_per_second"] = round(phase.words_per_second)
        summary["fast_words_per_cpu_second"] = round(phase.words_per_cpu_second)
        summary["fast_speedup_cpu"] = round(phase.words_per_cpu_second / summary["b_words_per_cpu_second"], 2)
        print(f"  {summary['fast_speedup_cpu']:.2f}x the default pipeline's words per CPU-second")

    if not args.no_cyrillic:
        print("Russian and Ukrainian pipelines (extract_many, beside the English (b) above):")
        for language in ("ru", "uk"):
            row = cyrillic_throughput(language, len(texts), args, sampler)
            results.phases.append(row.pop("phase"))
            summary[f"{language}_words_per_second"] = row["words_per_second"]
            summary[f"{language}_words_per_cpu_second"] = row["words_per_cpu_second"]
            summary[f"{language}_load_seconds"] = row["load_seconds"]
        print(f"  words/s: en {summary['b_words_per_second']:,}, ru {summary['ru_words_per_second']:,}, "
              f"uk {summary['uk_words_per_second']:,}")

    summary["process_peak_rss_mb"] = round(_peak_rss_mb())
    summary["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(f"process peak RSS: {summary['process_peak_rss_mb']} MB; "
          f"load average {results.settings['load_average_start']} at start, {summary['load_average_end']} at end")

    if not args.no_memory:
        count = min(args.articles, 300)
        print(f"peak RSS in fresh processes, {count} articles each:")
        summary["memory_probes"] = memory_probes(count, args.seed)
        summary["b_fresh_peak_rss_mb"] = next(r["peak_mb"] for r in summary["memory_probes"]
                                              if r["mode"] == "b" and r["batch_size"] == args.batch_size) \
            if args.batch_size in (8, 16, 32) else None

    if args.quality:
        print("quality on corpus/dev + corpus/test (default -> fast):")
        default, fast_scores = quality(False), quality(True)
        summary["quality_default"], summary["quality_fast"] = default, fast_scores
        for key in ("sources_f1", "hedges_f1", "attribution_accuracy", "sentence_exact", "leaks"):
            print(f"  {key:<22} {default[key]:.3f} -> {fast_scores[key]:.3f}")

    goals = {}
    if not args.no_real:
        real = summary["real"]
        goals["real-structure text: ratio >= 0.95 (CPU, median)"] = real["ratio_cpu_median"] >= 0.95
        goals["real-structure text: fast >= 2.0x bare (CPU, median)"] = real["fast_speedup_cpu_median"] >= 2.0
        goals["fast loses <= 2 points of source F1 (corpus/real/test)"] = \
            real["sources_f1_real_test"]["points_lost"] <= 2.0
    goals.update({"generated articles: ratio >= 0.90 (CPU)": summary["ratio_cpu"] >= 0.90,
                  "peak RSS <= 600 MB (benchmark process)": summary["process_peak_rss_mb"] <= 600})
    if summary.get("b_fresh_peak_rss_mb"):
        goals["peak RSS <= 600 MB (extract_many alone)"] = summary["b_fresh_peak_rss_mb"] <= 600
    if not args.no_processes:
        goals["n_process=2 >= 1.7x (wall)"] = summary["speedup_wall"] >= 1.7
    summary["goals"] = goals
    print("goals: " + "; ".join(f"{k}: {'met' if v else 'NOT met'}" for k, v in goals.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(asdict(results), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
