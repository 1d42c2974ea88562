"""Timing of the hard inputs whose cost once grew with the square of their size.

    python benchmarks/hard_inputs.py          # about 15 seconds on 2 vCPUs; exit status 1 if any is over its limit

The unit tests (tests/test_hard_inputs.py) check that these inputs give the right claims, and where
they can, the structural property that keeps the time linear (the tokenizer never sees a long run
whole); they assert no wall-clock limit, since a slow or shared machine would make such a test fail
for nothing. The limits live here, with room for a slow machine: each was the time a quadratic
version took at a fraction of the size.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attribution  # noqa: E402
from attribution import safety  # noqa: E402


def five_thousand_word_sentence(extractor: attribution.Extractor) -> Callable[[], object]:
    """One 5,000-word sentence without a full stop between two short paragraphs (parse and claims)."""
    clauses = ["two people were injured", "the drones were shot down over the region", "no one was hurt",
               "a fire broke out at the refinery"]
    words: list[str] = []
    while len(words) < 5_000:
        words.extend((clauses[len(words) % 4] + ",").split())
    sentence = "The governor said that " + " ".join(words[:4_996]).rstrip(",")
    text = f"The mayor said the city was attacked.\n\n{sentence}\n\nOfficials said the port was hit."
    return lambda: extractor.extract(text)


def hundred_thousand_short_lines(extractor: attribution.Extractor) -> Callable[[], object]:
    """The layout of a page of 100,000 heading-like lines (each once copied the list of all lines)."""
    text = "The governor said two people were injured.\n" + "Drones hit Kharkiv overnight\n" * 100_000
    layout = extractor.nlp.get_pipe("attribution_layout")
    return lambda: layout.read(text)


def long_run(mark: str) -> Callable[[attribution.Extractor], Callable[[], object]]:
    """Tokenizing a run of 40,000 characters that spaCy peels off one at a time (quadratic: two minutes)."""
    text = f"The governor said two people were injured. {mark * 40_000} One man is in hospital, he said."
    return lambda extractor: lambda: safety.make_doc(extractor.nlp, text)


# (name, how to build the run, the limit in seconds)
CASES: list[tuple[str, Callable[[attribution.Extractor], Callable[[], object]], float]] = [
    ("5,000-word sentence", five_thousand_word_sentence, 60.0),
    ("100,000 short lines (layout)", hundred_thousand_short_lines, 15.0),
    *((f"run of 40,000 {mark!r} (tokenizer)", long_run(mark), 10.0) for mark in ('"', "😀", "=", "»", "(", "$")),
]


def main() -> int:
    warnings.simplefilter("ignore")
    extractor = attribution.Extractor()
    over = 0
    for name, build, limit in CASES:
        run = build(extractor)
        started = time.perf_counter()
        run()
        seconds = time.perf_counter() - started
        verdict = "ok" if seconds <= limit else "OVER"
        over += verdict == "OVER"
        print(f"{name:45} {seconds:7.2f} s   limit {limit:5.0f} s   {verdict}", flush=True)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
