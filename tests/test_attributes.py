"""Fast mode's attribute ruler gives every token what spaCy's attribute_ruler gives it."""

from __future__ import annotations

import pickle

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

import attribution
from attribution.attributes import FastAttributeRuler

COLUMNS = [POS, MORPH, LEMMA, TAG, DEP, HEAD]
TEXTS = [
    "The governor said two people were injured. One man is in hospital.",
    "Y'all ain't seen nothin' yet: there is more, and there's a man who isn't here.",
    "It wasn't me, I said; they gave it to me and you. Do you have it? I do.",
    "Officials  declined\n\nto comment   on whether the   strike,\twhich   hit a depot , was theirs.",
    "“We will rebuild the depot” - Vyacheslav Gladkov. That is all, but it was not enough.",
    "",
]


@pytest.fixture(scope="module")
def fast_extractor(extractor):
    return attribution.Extractor(model=extractor.nlp, fast=True)


@pytest.fixture(scope="module")
def parsed(spacy_nlp):
    """Docs parsed up to the attribute ruler, and spaCy's ruler itself."""
    skip = ["attribute_ruler", "lemmatizer", "ner"]
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    assert not isinstance(ruler, FastAttributeRuler)
    return list(spacy_nlp.pipe(TEXTS, disable=skip)), ruler


def _copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def _fast_copy_of(ruler) -> FastAttributeRuler:
    fast = FastAttributeRuler(ruler.vocab, "attribute_ruler")
    fast.add_patterns(ruler.patterns)
    return fast


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_the_fast_ruler_sets_what_spacys_sets(parsed, index):
    docs, ruler = parsed
    expected, found = ruler(_copy(docs[index])), _fast_copy_of(ruler)(_copy(docs[index]))
    assert (found.to_array(COLUMNS) == expected.to_array(COLUMNS)).all()
    assert [str(t.morph) for t in found] == [str(t.morph) for t in expected]


def test_over_a_whole_article_and_after_pickling(parsed, spacy_nlp, seed_text):
    ruler = parsed[1]
    doc = spacy_nlp(seed_text, disable=["attribute_ruler", "lemmatizer", "ner"])
    fast = pickle.loads(pickle.dumps(_fast_copy_of(ruler)))
    assert (fast(_copy(doc)).to_array(COLUMNS) == ruler(_copy(doc)).to_array(COLUMNS)).all()


def test_a_pattern_it_cannot_read_makes_it_match_as_spacy_does(parsed):
    docs, ruler = parsed
    fast = _fast_copy_of(ruler)
    fast.add([[{"LOWER": "two"}, {"TAG": "NNS", "OP": "+"}]], {"LEMMA": "pair"})
    doc = fast(_copy(docs[0]))
    assert fast._compiled is False
    assert [t.lemma_ for t in doc][3] == "pair"  # "two", which spaCy's Matcher found



@pytest.mark.parametrize("text, entities", [
    ("Vyacheslav Gladkov told Reuters that the State Emergency Service of Ukraine said so.",
     [("Vyacheslav Gladkov", "PERSON"), ("Reuters", "ORG"), ("State Emergency Service", "PERSON"), ("Ukraine", "ORG")]),
    ("He said nothing more.", []),
    ("", []),
])
def test_fast_mode_guesses_entities_from_proper_nouns(fast_extractor, text, entities):
    fast = fast_extractor
    assert fast.nlp.pipe_names[-2:] == ["attribution_entities", "claim_attribution"]
    assert [(e.text, e.label_) for e in fast.nlp(text).ents] == entities


def test_a_fast_extractor_that_has_run_still_pickles(fast_extractor):
    # Worker processes started by spawning, and Dask, pickle the extractor after it has read text.
    text = "The governor said two people were injured in the shelling."
    before = fast_extractor.extract(text)
    copy = pickle.loads(pickle.dumps(fast_extractor))
    assert [c.model_dump() for c in copy.extract(text)] == [c.model_dump() for c in before]
