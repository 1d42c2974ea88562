"""The corpus: gold files in the spec's format, the seed article exactly right, and the quality ratchet."""

from __future__ import annotations

import json

import pytest

from attribution.evaluate import baseline_key, evaluate, gold_files, load_gold, regressions, score_article

from .conftest import CORPUS, SEED_ID

# Every split: the articles written for the project, the real-structure rewrites and the Russian and Ukrainian ones.
SPLITS = [split for split in ("dev", "test", "real/dev", "real/test", "ru/dev", "ru/test", "uk/dev", "uk/test")
          if any((CORPUS / split).glob("*.gold.json"))]
GOLD = gold_files([CORPUS / split for split in SPLITS])


def test_corpus_has_the_seed_and_thirty_more_articles():
    ids = [path.name.removesuffix(".gold.json") for path in GOLD]
    assert SEED_ID in ids
    assert len(ids) >= 31
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_gold_file_follows_the_format(path):
    gold = load_gold(path)
    assert {"id", "origin", "text", "sources", "sentences"} <= set(gold) <= {
        "id", "origin", "text", "sources", "sentences", "language"}
    assert gold.get("language", "en") in ("en", "ru", "uk")
    assert path.name == f"{gold['id']}.gold.json"
    previous_end = 0
    for sentence in gold["sentences"]:
        assert sentence["role"] in ("body", "optional")
        assert sentence["attribution"] in ("direct_quote", "indirect", "according_to", "implicit", "none")
        assert gold["text"][sentence["start"]:sentence["end"]] == sentence["text"]
        assert sentence["start"] >= previous_end, "sentences are in order and do not overlap"
        previous_end = sentence["end"]
        assert all(key in gold["sources"] for key in sentence["sources"])
        assert bool(sentence["sources"]) == (sentence["attribution"] != "none")
        for relayed, relay in sentence.get("via", {}).items():
            assert relayed in sentence["sources"] and relay in sentence["sources"] and relayed != relay
        for hedge in sentence["hedges"]:
            assert gold["text"][hedge["start"]:hedge["end"]] == hedge["text"]
            assert sentence["start"] <= hedge["start"] and hedge["end"] <= sentence["end"]
    for source in gold["sources"].values():
        assert {"name", "kind", "aliases"} <= set(source) <= {"name", "kind", "aliases", "anonymous"}
        assert isinstance(source.get("anonymous", False), bool)


def test_seed_article_is_exactly_right(seed_gold, seed_claims):
    """The floor: every body sentence's sources, every hedge, and nothing from the "Read also" block."""
    score = score_article(seed_gold, seed_claims)
    assert score.errors == []
    assert score.sources.f1 == 1.0
    assert score.hedges.f1 == 1.0
    assert score.leaks == 0
    read_also = seed_gold["text"].index("Read also:")
    assert all(claim.end <= read_also for claim in seed_claims)


@pytest.fixture(scope="module")
def reports(extractor):
    return {split: evaluate([CORPUS / split], extractor) for split in SPLITS}


@pytest.mark.slow
@pytest.mark.parametrize("split", SPLITS)
def test_no_figure_drops_below_the_baseline(reports, split):
    baseline = json.loads((CORPUS / "baseline.json").read_text(encoding="utf-8"))
    key = baseline_key([CORPUS / split])
    assert key in baseline, f"corpus/baseline.json has no figures for {key!r}: run `make baseline`"
    problems = regressions(reports[split].figures(), baseline[key])
    assert problems == [], "quality dropped; if on purpose, run `make baseline` and commit it"


def test_regressions_notice_a_drop_and_a_new_leak():
    baseline = {"sources_f1": 0.9, "leaks": 0}
    assert regressions({"sources_f1": 0.9, "leaks": 0}, baseline) == []
    assert regressions({"sources_f1": 0.89, "leaks": 0}, baseline) == ["sources_f1: 0.8900 < baseline 0.9000"]
    assert regressions({"sources_f1": 0.95, "leaks": 1}, baseline) == ["leaks: 1 > baseline 0"]
    assert regressions({"dropped": 2}, {"dropped": 0}) == ["dropped: 2 > baseline 0"]


def test_splits_are_keyed_by_their_path_below_corpus():
    assert baseline_key([CORPUS / "dev"]) == "dev"
    assert baseline_key([CORPUS / "real" / "test"]) == "real/test"


def test_a_gold_file_with_a_number_for_an_alias_is_refused_with_its_place(tmp_path):
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps({"id": "x", "text": "A.", "sentences": [],
                                "sources": {"portal": {"name": "0342.ua", "aliases": [226]}}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.gold\.json: source portal: its name and aliases must be texts"):
        load_gold(path)
