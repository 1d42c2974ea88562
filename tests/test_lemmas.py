"""Fast mode's lemmatizer gives every token the lemma spaCy's English rule lemmatizer gives it."""

from __future__ import annotations

import pickle

import pytest
from spacy.attrs import LEMMA
from spacy.tokens import Doc

import attribution
from attribution.lemmas import FastLemmatizer

TEXTS = [
    "The governor said two people were injured. One man is in hospital.",
    "Y'all ain't seen nothin' yet: there is more, and there's a man who isn't here.",
    "Officials  declined\n\nto comment   on whether the   strike,\twhich   hit a depot , was theirs.",
    "“We will rebuild the depot” - Vyacheslav Gladkov. He says the best-known reports were denied; she'd deny it.",
    "",
]
BEFORE = ["lemmatizer", "ner", "claim_attribution"]


def _copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


@pytest.fixture(scope="module")
def spacys(extractor):
    return extractor.nlp.get_pipe("lemmatizer")


def _fast_copy_of(lemmatizer) -> FastLemmatizer:
    fast = FastLemmatizer(lemmatizer.vocab, None, "lemmatizer", mode=lemmatizer.mode, overwrite=lemmatizer.overwrite)
    fast.lookups = lemmatizer.lookups
    return fast


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_the_fast_lemmatizer_sets_what_spacys_sets(extractor, spacys, index):
    doc = extractor.nlp(TEXTS[index], disable=BEFORE)
    fast = _fast_copy_of(spacys)
    for _ in range(2):  # the second time from what it remembers
        assert [t.lemma_ for t in fast(_copy(doc))] == [t.lemma_ for t in spacys(_copy(doc))]


def test_over_a_whole_article_and_after_pickling(extractor, spacys, seed_text):
    doc = extractor.nlp(seed_text, disable=BEFORE)
    fast = pickle.loads(pickle.dumps(_fast_copy_of(spacys)))
    assert (fast(_copy(doc)).to_array([LEMMA]) == spacys(_copy(doc)).to_array([LEMMA])).all()


def test_fast_mode_runs_it_in_place_of_spacys(extractor):
    fast = attribution.Extractor(model=extractor.nlp, fast=True)
    assert isinstance(fast.nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert not isinstance(extractor.nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert fast.nlp.pipe_names.index("lemmatizer") == extractor.nlp.pipe_names.index("lemmatizer")
