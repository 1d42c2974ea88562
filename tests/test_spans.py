"""spaCy-native output: the span groups the component writes, as displaCy shows them and DocBin keeps them."""

from __future__ import annotations

import html
import re

import pytest
from spacy import displacy
from spacy.tokens import DocBin


@pytest.fixture(scope="module")
def seed_doc(extractor, seed_text):
    return extractor.nlp(seed_text)


def _labels(doc, key):
    return [(span.start_char, span.end_char, span.label_) for span in doc.spans[key]]


@pytest.mark.parametrize("key, expected", [
    ("attribution", lambda claims: [(c.start, c.end, c.sources[0].name if c.sources else "outlet") for c in claims]),
    ("attribution_hedges", lambda claims: [(h.start, h.end, h.kind) for c in claims for h in c.hedges]),
    ("attribution_cues", lambda claims: [(c.cue.start, c.cue.end, "cue") for c in claims if c.cue]),
], ids=["claims-by-source", "hedges-by-kind", "cues"])
def test_span_groups_mirror_the_claims(seed_doc, seed_claims, key, expected):
    assert _labels(seed_doc, key) == expected(seed_claims)


# displaCy's span style writes each span's label once, in a small box where the span starts.
LABEL_BOX = re.compile(r'font-size: 0\.6em[^>]*>\s*(.*?)\s*</span>', re.DOTALL)


@pytest.mark.parametrize("key", ["attribution", "attribution_hedges", "attribution_cues"])
def test_displacy_shows_every_span_with_its_label(seed_doc, key):
    page = displacy.render(seed_doc, style="span", options={"spans_key": key}, page=False)
    spans = sorted(seed_doc.spans[key], key=lambda span: (span.start, span.end))
    assert spans, f"the seed article has {key} spans"
    assert [html.unescape(label) for label in LABEL_BOX.findall(page)] == [span.label_ for span in spans]


def test_span_groups_survive_docbin(extractor, seed_doc):
    restored = list(DocBin(docs=[seed_doc], store_user_data=False).get_docs(extractor.nlp.vocab))[0]
    for key in ("attribution", "attribution_hedges", "attribution_cues"):
        assert _labels(restored, key) == _labels(seed_doc, key)
