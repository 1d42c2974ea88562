"""The public contract of the spec: entry points, output models and errors."""

from __future__ import annotations

import json

import pytest
import spacy

import attribution

from .conftest import exact


def test_extract_returns_claims_with_exact_offsets(seed_text, seed_claims):
    assert seed_claims, "the seed article yields claims"
    assert all(isinstance(claim, attribution.Claim) for claim in seed_claims)
    exact(seed_text, seed_claims)


def test_claims_are_ordered_and_disjoint(seed_claims):
    for before, after in zip(seed_claims, seed_claims[1:]):
        assert before.end <= after.start


def test_module_level_extract_matches_extractor(seed_text, seed_claims):
    assert attribution.extract(seed_text) == seed_claims


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_input_gives_no_claims(extractor, text):
    assert extractor.extract(text) == []
    assert attribution.extract(text) == []


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["a list"]])
def test_non_string_input_raises_type_error_naming_the_type(extractor, value):
    with pytest.raises(TypeError, match=type(value).__name__):
        extractor.extract(value)
    with pytest.raises(TypeError, match=type(value).__name__):
        attribution.extract(value)


def test_input_over_the_limit_raises_the_package_error():
    small = attribution.Extractor(model=attribution.Extractor().nlp, max_chars=100)
    with pytest.raises(attribution.InputTooLargeError, match="max_chars") as caught:
        small.extract("word " * 100)
    assert isinstance(caught.value, ValueError)
    assert "100" in str(caught.value)


def test_claims_serialise_to_json_and_schema(seed_claims):
    payload = json.loads(seed_claims[0].model_dump_json())
    assert set(payload) >= {"text", "start", "end", "sources", "attribution", "cue", "hedges"}
    for model in (attribution.Claim, attribution.Source, attribution.Hedge, attribution.Cue):
        schema = model.model_json_schema()
        assert all("description" in field for field in schema["properties"].values())


def test_doc_claims_equal_extract(extractor, seed_text, seed_claims):
    assert extractor.nlp(seed_text)._.claims == seed_claims


def test_add_pipe_on_a_plain_pipeline(seed_text, seed_claims):
    nlp = spacy.load(attribution.extractor.default_model())
    nlp.add_pipe("attribution_layout", before="parser")
    nlp.add_pipe("claim_attribution")
    assert nlp(seed_text)._.claims == seed_claims


def test_extract_many_keeps_input_order(extractor):
    texts = ["The governor said two people were injured.", "", "Reuters reported that the port was hit."]
    results = list(extractor.extract_many(texts, batch_size=2))
    assert [len(r) for r in results] == [1, 0, 1]
    assert results[2][0].sources[0].name == "Reuters"


def test_pipeline_without_parser_is_refused_clearly():
    nlp = spacy.blank("en")
    nlp.add_pipe("claim_attribution")
    with pytest.raises(ValueError, match="dependency parse"):
        nlp("The governor said two people were injured.")


def test_a_saved_pipeline_loads_with_its_components(extractor, tmp_path, seed_text, seed_claims):
    extractor.nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == extractor.nlp.pipe_names
    assert loaded(seed_text)._.claims == seed_claims


def test_a_users_own_pipeline_without_ner_works(seed_text):
    nlp = spacy.load(attribution.extractor.default_model(), exclude=["ner"])
    nlp.add_pipe("attribution_layout", before="parser")
    nlp.add_pipe("claim_attribution")
    claims = nlp(seed_text)._.claims
    assert claims and all(seed_text[c.start:c.end] == c.text for c in claims)
    assert any(s.id == "ru-mod" for c in claims for s in c.sources)
