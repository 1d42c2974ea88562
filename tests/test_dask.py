"""Dask: extract_bag on a local cluster of two worker processes gives the single-process results."""

from __future__ import annotations

import json

import pytest

import attribution

from .conftest import CORPUS

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from attribution.distributed import extract_bag, loaded_extractors  # noqa: E402

ACME = "Acme reported that the port was hit."
ACME_ENTRY = {"id": "acme-news", "name": "Acme News Agency", "kind": "media", "aliases": ["Acme"]}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*/*.gold.json"))]


@pytest.mark.slow
def test_bag_results_equal_single_process(client, extractor, corpus_texts):
    bag = dask_bag.from_sequence(corpus_texts, npartitions=6)
    results = extract_bag(bag).compute()
    assert results == [extractor.extract(text) for text in corpus_texts]
    # Six partitions, two workers: each worker process loaded the pipeline once.
    assert set(client.run(loaded_extractors).values()) == {1}


@pytest.mark.slow
def test_bag_carries_ids_registry_and_errors(client):
    registry = attribution.SourceRegistry.default().extend([ACME_ENTRY])
    items = [(ACME, "a"), (42, "b"), ("", "c"), (ACME, "d")]
    results = extract_bag(dask_bag.from_sequence(items, npartitions=2), registry=registry, as_tuples=True).compute()
    assert [context for _, context in results] == ["a", "b", "c", "d"]
    claims = [c for c, _ in results]
    assert claims[0][0].sources[0].id == "acme-news" and claims[3] == claims[0]
    assert isinstance(claims[1].error, TypeError) and claims[2] == [] and claims[2].error is None


def test_a_loaded_pipeline_is_refused(extractor):
    with pytest.raises(TypeError, match="to_disk"):
        extract_bag(dask_bag.from_sequence(["x"]), model=extractor.nlp)
