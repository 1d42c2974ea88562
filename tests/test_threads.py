"""One Extractor shared by 8 threads gives exactly the claims of sequential use."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import attribution

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
THREADS = 8


@pytest.fixture(scope="module")
def texts() -> list[str]:
    articles = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*/*.gold.json"))]
    short = ["The governor said two people were injured. He added that one man is in hospital.",
             "“The attack was repelled,” the mayor said.\n\n“There is no damage,” she added.",
             "According to the Russian Ministry of Defense, air defense allegedly destroyed 46 drones.",
             "Read also:\nDrones hit Kharkiv\nShare\n"]
    return articles[:5] + short


@pytest.mark.slow
def test_eight_threads_give_the_results_of_sequential_use(extractor, texts):
    expected = [extractor.extract(text) for text in texts]
    start = threading.Barrier(THREADS)

    def work(offset: int) -> list[tuple[int, list[attribution.Claim]]]:
        start.wait()  # all threads begin together, so their calls overlap
        order = [(offset + k) % len(texts) for k in range(len(texts))]
        return [(k, extractor.extract(texts[k])) for k in order]

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))
    for per_thread in results:
        for k, claims in per_thread:
            assert claims == expected[k], f"text {k} differs when run from threads"


def test_threads_share_long_input_in_pieces(extractor, texts):
    # The piece path reads the layout and joins Docs per call: nothing is shared between calls.
    small = attribution.Extractor(model=extractor.nlp, piece_chars=3_000)
    text = "\n\n".join(texts[:2])
    expected = small.extract(text)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: small.extract(text), range(4)))
    assert all(claims == expected for claims in results)


def test_threads_that_call_extract_first_load_one_pipeline(monkeypatch, extractor):
    # The module-level extract() creates its Extractor on first use: eight threads at once used to load eight.
    from attribution import extractor as module

    built = []

    def counted(*args, **kwargs):
        built.append(1)
        time.sleep(0.2)  # as slow to build as a real pipeline is to load, in proportion
        return attribution.Extractor(model=extractor.nlp)

    monkeypatch.setattr(module, "_default", None)
    monkeypatch.setattr(module, "Extractor", counted)
    start = threading.Barrier(THREADS)

    def work(_: int) -> list[attribution.Claim]:
        start.wait()
        return attribution.extract("The governor said two people were injured.")

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))
    assert len(built) == 1
    assert all(claims == results[0] for claims in results)
