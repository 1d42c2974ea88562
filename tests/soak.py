"""Soak: the property tests of ``tests/test_properties.py`` for a very large number of cases.

    python -m tests.soak --cases 100000            # or: make soak
    python -m tests.soak --cases 2000 --seed 7     # a short run
    python -m tests.soak --max-minutes 120         # as many cases as fit in two hours

Unlike pytest, the soak does not stop at the first failure: it counts every case, keeps going, and
writes each failing input with its traceback to a JSON Lines file, so a long run reports all it
found. Cases come in rounds, each round drawing from every strategy in proportion to its weight, so
an interrupted run has still covered them all. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import json
import platform
import signal
import sys
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings

import attribution

from .test_properties import articles, check_claims, check_text, extract_quietly, mutated_articles, unicode_text

# name: (strategy, weight, check). The full check runs extract twice and extract_many once;
# arbitrary Unicode is cheap, corpus mutations are whole articles and cost the most.
KINDS = {
    "unicode": (unicode_text, 0.40),
    "article": (articles(), 0.50),
    "mutated": (mutated_articles(), 0.10),
}


def _light_check(extractor: attribution.Extractor, text: str) -> None:
    check_claims(text, extract_quietly(extractor, text))


def run(cases: int, first_seed: int, round_size: int, full_every: int, failures_path: Path | None,
        report_every: float = 60.0, max_seconds: float | None = None, piece_chars: int | None = None) -> dict:
    """Run up to ``cases`` cases (or until ``max_seconds`` or Ctrl-C) and return the figures.

    ``piece_chars``: a small piece size sends ordinary articles down the long-input path (parsing in pieces).
    """
    extractor = attribution.Extractor(piece_chars=piece_chars) if piece_chars else attribution.Extractor()
    counts: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    full_checks = 0
    started = last_report = time.perf_counter()
    failures = None  # opened at the first failure, so a clean run leaves no file behind
    total = 0
    round_number = 0
    stopped = None

    def one_round() -> None:
        nonlocal total
        for kind, (strategy, weight) in KINDS.items():
            quota = min(max(1, round(round_size * weight)), cases - total)
            if quota <= 0:
                break

            @seed(first_seed * 1_000_003 + round_number * 31 + len(kind))
            @settings(max_examples=quota, deadline=None, database=None, phases=[Phase.generate],
                      suppress_health_check=list(HealthCheck))
            @given(strategy)
            def case(text: str) -> None:
                nonlocal failures, full_checks, last_report
                counts[kind] += 1
                number = sum(counts.values())
                full = number % full_every == 0
                try:
                    (check_text if full else _light_check)(extractor, text)
                except Exception as error:  # noqa: BLE001  every failure is counted and kept, none stops the run
                    failed[kind] += 1
                    if failures_path is not None:
                        if failures is None:
                            failures = failures_path.open("w", encoding="utf-8")
                        failures.write(json.dumps({"kind": kind, "text": text, "error": repr(error),
                                                   "traceback": traceback.format_exc()},
                                                  ensure_ascii=True) + "\n")
                        failures.flush()
                full_checks += full
                now = time.perf_counter()
                if now - last_report >= report_every:
                    last_report = now
                    print(f"{number:,} cases, {sum(failed.values())} failures, {now - started:,.0f} s, "
                          f"{number / (now - started):.1f} cases/s", flush=True)

            case()
            total = sum(counts.values())

    try:
        while total < cases:
            if max_seconds is not None and time.perf_counter() - started >= max_seconds:
                stopped = "time budget spent"
                break
            one_round()
            round_number += 1
    except KeyboardInterrupt:
        stopped = "interrupted"
        total = sum(counts.values())
    seconds = time.perf_counter() - started
    if failures:
        failures.close()
    return {
        "cases": total,
        "failures": sum(failed.values()),
        "seconds": round(seconds, 1),
        "cases_per_second": round(total / seconds, 2) if seconds else None,
        "full_checks": full_checks,
        "by_kind": {kind: {"cases": counts[kind], "failures": failed[kind]} for kind in KINDS},
        "stopped_early": stopped,
        "seed": first_seed,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases in all (default 100,000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first round (default 0)")
    parser.add_argument("--round", type=int, default=1_000, dest="round_size",
                        help="cases per round, shared among the strategies by weight")
    parser.add_argument("--full-every", type=int, default=4,
                        help="run the full check (determinism, extract_many) on every Nth case; the others "
                             "check offsets, order and containment only (default 4)")
    parser.add_argument("--failures", type=Path, default=Path("soak-failures.jsonl"),
                        help="where failing inputs go, one JSON object a line (written only if a case fails)")
    parser.add_argument("--max-minutes", type=float,
                        help="stop after the round running when this much time has passed (Ctrl-C also stops "
                             "the run and still prints the figures)")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    parser.add_argument("--piece-chars", type=int, help="parse every input longer than this in pieces (the "
                        "long-input path); default: the extractor's own piece size")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", attribution.LanguageWarning)
    signal.signal(signal.SIGTERM, _stop)  # `kill` stops the run like Ctrl-C: the figures so far are printed
    summary = run(args.cases, args.seed, args.round_size, max(1, args.full_every), args.failures,
                  max_seconds=args.max_minutes * 60 if args.max_minutes else None, piece_chars=args.piece_chars)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
