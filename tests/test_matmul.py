"""The extractor's models multiply through numpy's BLAS on one thread, and annotate exactly as spaCy does."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, TAG  # type: ignore[import-not-found]
from threadpoolctl import threadpool_info, threadpool_limits

import attribution
from attribution import matmul
from attribution.matmul import one_blas_thread

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
HAS_BLAS = any(lib["user_api"] == "blas" for lib in threadpool_info())


def blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


def blis_layers(nlp) -> list[str]:
    return [f"{name}: {layer.name}" for name, component in nlp.components
            if hasattr(getattr(component, "model", None), "walk")
            for layer in component.model.walk() if getattr(layer.ops, "use_blis", False)]


def test_a_loaded_pipeline_multiplies_through_numpy(extractor):
    assert blis_layers(extractor.nlp) == []


def test_a_given_pipeline_keeps_its_own_backend(spacy_nlp):
    before = blis_layers(spacy_nlp)
    assert before, "spaCy's default pipeline multiplies through BLIS as it ships"
    attribution.Extractor(spacy_nlp)
    assert blis_layers(spacy_nlp) == before


def test_the_same_annotations_as_spacys_own_backend(extractor, spacy_nlp):
    files = sorted((CORPUS / "real" / "dev").glob("*.gold.json"))[:24]
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]
    columns = [TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]
    models = [n for n in spacy_nlp.pipe_names if n in ("tok2vec", "tagger", "parser", "ner")]
    with extractor.nlp.select_pipes(enable=models), one_blas_thread():
        ours = list(extractor.nlp.pipe(texts))
    theirs = list(spacy_nlp.pipe(texts, disable=[n for n in spacy_nlp.pipe_names if n not in models]))
    for text, a, b in zip(texts, ours, theirs):
        assert numpy.array_equal(a.to_array(columns), b.to_array(columns)), text[:80]


@pytest.mark.skipif(not HAS_BLAS, reason="numpy reports no BLAS library")
def test_one_thread_while_extracting_then_as_before(extractor):
    with threadpool_limits(limits=2, user_api="blas"):
        with one_blas_thread():
            assert blas_threads() == {1}
            with one_blas_thread():  # re-entrant
                assert blas_threads() == {1}
            assert blas_threads() == {1}
        assert blas_threads() == {2}
        extractor.extract("The governor said two people were injured.")
        list(extractor.extract_many(["The mayor said the bridge is closed."] * 3))
        assert blas_threads() == {2}


def test_threads_share_the_limit_until_the_last_ends():
    # What OpenBLAS makes of a limit set from another thread is its own affair; the sharing is ours.
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with one_blas_thread():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=hold)
    worker.start()
    assert inside.wait(10)
    with one_blas_thread():
        assert matmul._running == 2
    assert matmul._running == 1 and matmul._limit is not None, "another thread still extracts"
    release.set()
    worker.join(10)
    assert matmul._running == 0 and matmul._limit is None
