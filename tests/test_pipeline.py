"""The components in a spaCy pipeline (component.py, layout.py) and the Extractor's pipeline (extractor.py):
factories add no other pipes, a missing prerequisite is an error naming it, and an Extractor never changes
a Language it is given."""

from __future__ import annotations

import pytest
import spacy

import attribution
from attribution import PipelineError, PipelineWarning, SourceRegistry
from attribution.attributes import FastAttributeRuler
from attribution.extractor import default_model
from attribution.lemmas import FastLemmatizer

ACME = "Acme reported that the port was hit. One man is in hospital."
ACME_ENTRY = {"id": "acme-news", "name": "Acme News", "kind": "media", "aliases": ["Acme"]}
GOVERNOR = "The governor said two people were injured. One man is in hospital."


@pytest.fixture
def nlp() -> spacy.language.Language:
    return spacy.load(default_model())


def _state(nlp: spacy.language.Language) -> tuple:
    """Everything about a pipeline an Extractor could change."""
    return (nlp.pipe_names, nlp.disabled, nlp.component_names, nlp.config.to_str(), nlp.max_length)


@pytest.mark.parametrize("factory, where", [("attribution_layout", {"before": "parser"}),
                                            ("claim_attribution", {})])
def test_a_factory_adds_no_other_pipe(nlp, factory, where):
    before = nlp.pipe_names
    nlp.add_pipe(factory, **where)
    assert sorted(nlp.pipe_names) == sorted(before + [factory])
    nlp.remove_pipe(factory)
    assert nlp.pipe_names == before


def test_claim_attribution_alone_reads_the_layout_itself_and_says_how_to_do_better(nlp):
    """The public contract's one-line set-up: nlp.add_pipe("claim_attribution"), then doc._.claims."""
    before = nlp.pipe_names
    nlp.add_pipe("claim_attribution")
    with pytest.warns(PipelineWarning, match=r"nlp\.add_pipe\('attribution_layout', before='parser'\)"):
        doc = nlp(GOVERNOR)
    assert nlp.pipe_names == before + ["claim_attribution"]
    assert doc._.claims and doc._.claims[0].sources
    assert attribution.extract(GOVERNOR)[0].sources == doc._.claims[0].sources


@pytest.mark.parametrize("steps, message", [
    ([("attribution_layout", {"last": True}), ("claim_attribution", {})],
     r"\[attribution_layout\] must run before the parser.*nlp\.add_pipe\('attribution_layout', before='parser'\)"),
    ([("attribution_layout", {"before": "parser"}), ("claim_attribution", {"config": {"layout_key": "other"}})],
     r"needs 'attribution_layout' before the parser.*no doc\._\.other"),
], ids=["layout after the parser", "layout under another key"])
def test_a_missing_or_misplaced_prerequisite_is_named(nlp, steps, message):
    for factory, where in steps:
        nlp.add_pipe(factory, **where)
    with pytest.raises(PipelineError, match=message):
        nlp(GOVERNOR)


def test_without_a_parser_the_error_says_so():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution_layout")
    nlp.add_pipe("claim_attribution")
    with pytest.raises(PipelineError, match=r"needs a dependency parse"):
        nlp(GOVERNOR)


@pytest.mark.parametrize("settings", [{}, {"fast": True}, {"registry": SourceRegistry.default().extend([ACME_ENTRY])}],
                         ids=["default", "fast", "registry"])
def test_an_extractor_never_changes_the_language_it_is_given(nlp, settings):
    before, ents = _state(nlp), [(e.text, e.label_) for e in nlp(GOVERNOR).ents]
    extractor = attribution.Extractor(model=nlp, **settings)
    extractor.extract(ACME)
    assert _state(nlp) == before
    assert "ner" in nlp.pipe_names and [(e.text, e.label_) for e in nlp(GOVERNOR).ents] == ents
    assert ("ner" in extractor.nlp.pipe_names) == (not settings.get("fast"))
    assert "claim_attribution" not in nlp.component_names


def test_an_extractor_shares_the_trained_components_it_only_runs(nlp):
    extractor = attribution.Extractor(model=nlp)
    assert extractor.nlp.get_pipe("parser") is nlp.get_pipe("parser")  # no weights copied
    assert extractor.nlp.tokenizer is nlp.tokenizer and extractor.nlp.vocab is nlp.vocab
    # the layout first, before any model reads the page (it makes each line of furniture one token), the claims last
    assert extractor.nlp.pipe_names == ["attribution_layout", "tok2vec", "tagger", "parser", "attribute_ruler",
                                        "lemmatizer", "ner", "claim_attribution"]


def test_a_second_extractor_over_the_same_language_leaves_the_first_alone(nlp):
    first = attribution.Extractor(model=nlp)
    expected = first.extract(ACME)
    assert expected[0].sources[0].id == "acme"
    second = attribution.Extractor(model=nlp, registry=SourceRegistry.default().extend([ACME_ENTRY]), fast=True)
    assert second.extract(ACME)[0].sources[0].id == "acme-news"
    assert first.extract(ACME) == expected and "ner" in first.nlp.pipe_names


def test_an_extractor_copies_the_attribution_components_of_its_language(nlp):
    nlp.add_pipe("attribution_layout", before="parser")
    component = nlp.add_pipe("claim_attribution", config={"fuzzy_cutoff": 70.0})
    component.set_registry(SourceRegistry.default().extend([ACME_ENTRY]))
    extractor = attribution.Extractor(model=nlp)
    assert extractor.component is not component
    assert extractor.nlp.get_pipe_config("claim_attribution")["fuzzy_cutoff"] == 70.0
    assert extractor.extract(ACME)[0].sources[0].id == "acme-news"  # the registry set in code came along
    extractor.component.set_registry(SourceRegistry.default())
    assert extractor.extract(ACME)[0].sources[0].id == "acme"
    assert component.claims_of(nlp(ACME))[0].sources[0].id == "acme-news"  # the user's component is untouched


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("pipe, kind", [("attribute_ruler", FastAttributeRuler), ("lemmatizer", FastLemmatizer)])
def test_the_extractor_runs_look_ups_in_place_of_spacys_leaving_a_given_pipeline_as_it_is(spacy_nlp, fast, pipe, kind):
    extractor = attribution.Extractor(model=spacy_nlp, fast=fast)
    assert isinstance(extractor.nlp.get_pipe(pipe), kind)
    assert not isinstance(spacy_nlp.get_pipe(pipe), kind)
    assert extractor.nlp.pipe_names.index(pipe) == spacy_nlp.pipe_names.index(pipe) + 1
