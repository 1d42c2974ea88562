"""The extractor's lemmatizer gives every token the lemma spaCy's English rule lemmatizer gives it."""

from __future__ import annotations

import pickle

import pytest
from spacy.attrs import LEMMA
from spacy.tokens import Doc

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
def spacys(spacy_nlp):
    lemmatizer = spacy_nlp.get_pipe("lemmatizer")
    assert not isinstance(lemmatizer, FastLemmatizer)
    return lemmatizer


def _fast_copy_of(lemmatizer) -> FastLemmatizer:
    fast = FastLemmatizer(lemmatizer.vocab, None, "lemmatizer", mode=lemmatizer.mode, overwrite=lemmatizer.overwrite)
    fast.lookups = lemmatizer.lookups
    return fast


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_the_fast_lemmatizer_sets_what_spacys_sets(spacy_nlp, spacys, index):
    doc = spacy_nlp(TEXTS[index], disable=BEFORE[:2])
    fast = _fast_copy_of(spacys)
    for _ in range(2):  # the second time from what it remembers
        assert [t.lemma_ for t in fast(_copy(doc))] == [t.lemma_ for t in spacys(_copy(doc))]


def test_over_a_whole_article_and_after_pickling(spacy_nlp, spacys, seed_text):
    doc = spacy_nlp(seed_text, disable=BEFORE[:2])
    fast = pickle.loads(pickle.dumps(_fast_copy_of(spacys)))
    assert (fast(_copy(doc)).to_array([LEMMA]) == spacys(_copy(doc)).to_array([LEMMA])).all()
