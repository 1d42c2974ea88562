"""What the components leave on a Doc (extensions.py, layout.py): plain data and span groups that
Doc.to_bytes, DocBin and pickle carry, with ``doc._.claims`` rebuilt from them, every field included."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from attribution import PipelineError, SourceRegistry
from attribution.extractor import default_model

# One text whose claims use every field: a chain (via), unnamed sources (anonymous), a carried claim
# (carried_from), rule ids, a cue and a hedge.
CHAIN = ("Astra, citing sources in the ministry, reported that the depot was hit. Two people were injured.\n\n"
         "A source in the SBU said the strike was \"planned\" and allegedly took weeks.")
ACME = "Acme reported that the port was hit."


@pytest.fixture(scope="module")
def chain_doc(extractor) -> Doc:
    return extractor.nlp(CHAIN)


def test_the_text_uses_every_field(chain_doc):
    claims = chain_doc._.claims
    sources = [s for c in claims for s in c.sources]
    assert any(s.via == "astra" for s in sources) and any(s.anonymous for s in sources)
    assert any(c.carried_from == 0 for c in claims) and all(c.rules for c in claims)
    assert any(c.hedges for c in claims) and any(c.cue for c in claims)


def _plain(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, (str, tuple)) and _plain(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def test_the_doc_holds_plain_data_only(chain_doc):
    assert chain_doc.user_data and _plain(dict(chain_doc.user_data))


ROUND_TRIPS = {
    "Doc.to_bytes": lambda doc, vocab: Doc(vocab).from_bytes(doc.to_bytes()),
    "DocBin(store_user_data=True)": lambda doc, vocab: list(
        DocBin().from_bytes(DocBin(store_user_data=True, docs=[doc]).to_bytes()).get_docs(vocab))[0],
    "pickle": lambda doc, vocab: pickle.loads(pickle.dumps(doc)),
    "Doc.copy": lambda doc, vocab: doc.copy(),
}


@pytest.mark.parametrize("round_trip", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
def test_claims_and_span_groups_survive(extractor, chain_doc, round_trip):
    restored = round_trip(chain_doc, extractor.nlp.vocab)
    assert restored._.claims == chain_doc._.claims == extractor.extract(CHAIN)
    for key in ("attribution", "attribution_hedges", "attribution_cues"):
        assert [(s.start_char, s.end_char, s.label_) for s in restored.spans[key]] == \
            [(s.start_char, s.end_char, s.label_) for s in chain_doc.spans[key]]


def test_a_docbin_without_user_data_keeps_the_span_groups_only(extractor, chain_doc):
    restored = list(DocBin(docs=[chain_doc]).get_docs(extractor.nlp.vocab))[0]
    assert restored._.claims is None and len(restored.spans["attribution"]) == len(chain_doc._.claims)


def test_claims_set_by_hand_are_stored_as_data(extractor):
    doc = extractor.nlp.make_doc(ACME)
    claims = extractor.extract(ACME)
    doc._.claims = claims
    assert doc._.claims == claims and doc._.claims is not doc._.claims  # a new list each time
    assert _plain(dict(doc.user_data))
    doc._.claims = None
    assert doc._.claims is None


def test_two_components_with_their_own_names_in_one_pipeline():
    nlp = spacy.load(default_model(), exclude=["ner"])
    nlp.add_pipe("attribution_layout", before="parser")
    nlp.add_pipe("claim_attribution")
    acme = nlp.add_pipe("claim_attribution", name="acme_attribution",
                        config={"extension": "acme_claims", "spans_key": "acme", "hedges_key": "acme_hedges",
                                "cues_key": "acme_cues"})
    acme.set_registry(SourceRegistry.default().extend([{"id": "acme-news", "name": "Acme News", "kind": "media",
                                                        "aliases": ["Acme"]}]))
    doc = nlp(ACME)
    assert [s.id for s in doc._.claims[0].sources] == ["acme"]
    assert [s.id for s in doc._.acme_claims[0].sources] == ["acme-news"]
    assert [s.label_ for s in doc.spans["attribution"]] == ["Acme"]
    assert [s.label_ for s in doc.spans["acme"]] == ["Acme News"]
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert (restored._.claims, restored._.acme_claims) == (doc._.claims, doc._.acme_claims)


def test_an_extension_that_other_code_registered_is_left_alone():
    Doc.set_extension("taken_by_someone", default="theirs")
    try:
        with pytest.raises(PipelineError, match=r"Doc\._\.taken_by_someone is already registered.*'extension'"):
            spacy.blank("en").add_pipe("claim_attribution", config={"extension": "taken_by_someone"})
        assert Doc.get_extension("taken_by_someone")[0] == "theirs"
    finally:
        Doc.remove_extension("taken_by_someone")


def test_the_claims_getter_survives_pickling(extractor):
    # spaCy sends the extension getters to its worker processes (nlp.pipe(n_process=...)) by pickling them.
    getter = Doc.get_extension("claims")[2]
    assert pickle.loads(pickle.dumps(getter)) == getter


READ_BACK = """
import sys
from spacy.tokens import DocBin
from spacy.vocab import Vocab
import attribution

doc = list(DocBin().from_bytes(sys.stdin.buffer.read()).get_docs(Vocab()))[0]
print(len(doc._.claims), doc._.claims[1].carried_from, doc._.claims[0].sources[1].via)
"""


def test_a_new_process_reads_the_claims_back_with_the_package_imported_only(chain_doc):
    # No pipeline loaded, no component built: importing attribution registers doc._.claims.
    data = DocBin(store_user_data=True, docs=[chain_doc]).to_bytes()
    done = subprocess.run([sys.executable, "-c", READ_BACK], input=data, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert done.stdout.decode().split() == ["3", "0", "astra"]
