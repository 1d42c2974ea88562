"""The rule catalogue: every rule id the engine emits is documented with an example in which it fires."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
import yaml

CATALOGUE = yaml.safe_load(resources.files("attribution.data").joinpath("rule_catalogue.yaml").read_text("utf-8"))
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("entry", CATALOGUE, ids=[e["id"] for e in CATALOGUE])
def test_each_example_fires_its_rule(extractor, entry):
    claims = extractor.extract(entry["example"])
    assert any(entry["id"] in claim.rules for claim in claims), [c.rules for c in claims]


def test_every_rule_id_in_the_code_is_in_the_catalogue():
    used = set()
    for module in (ROOT / "attribution").rglob("*.py"):  # the English and the Russian/Ukrainian stages alike
        used |= set(re.findall(r'"((?:cue|quote|carry|chain|source|hedge)\.[a-z_.]+)"', module.read_text(encoding="utf-8")))
    used |= {f"cue.{kind}" for kind in ("verb", "according_to", "evidence")}  # f"cue.{main.kind}"
    used |= {f"hedge.{kind}" for kind in ("epistemic", "scare_quote", "distancing_verb", "evidential")}
    documented = {entry["id"] for entry in CATALOGUE}
    assert used <= documented, sorted(used - documented)
    assert all(f"`{rule}`" in (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") for rule in documented)


def test_every_claim_with_sources_says_why_and_implicit_claims_say_from_where(extractor, seed_text):
    claims = extractor.extract(seed_text)
    assert all(claim.rules for claim in claims if claim.sources)
    for index, claim in enumerate(claims):
        if claim.attribution == "implicit":
            assert claim.carried_from is not None and claim.carried_from < index
            assert {s.id for s in claims[claim.carried_from].sources} == {s.id for s in claim.sources}


ENTRIES = [
    # (text written for this test, a lexicon entry id its claims must report)
    ("The mayor said the bridge would reopen on Monday.", "cues.reporting_verbs:say"),
    ("According to the port authority, two cranes were damaged.", "cues.according_to:according to"),
    ("The city council's figures show that thefts fell by a third.", "cues.evidence_verbs:show"),
    ("The company hit back at the report on Tuesday.", "cues.phrasal_verbs:hit back"),
    ("The rebels allegedly seized the airport.", "hedges.epistemic_words:allegedly"),
    ("The fire may have been started deliberately.", "hedges.epistemic_patterns:may-have-been"),
    ("The army claimed that it had taken the hill.", "hedges.distancing_verbs:claim"),
    ("The video could not be independently verified.", "hedges.evidential_patterns:could-not-verify"),
    ("The ministry declined to comment on the report.", "cues.silence_patterns:declined-to-comment"),
    ('Officials hailed the "liberation" of the town.', "hedges.scare_quotes.loaded_terms:liberation"),
]


@pytest.mark.parametrize("text,entry", ENTRIES, ids=[e for _, e in ENTRIES])
def test_claims_name_the_lexicon_entry_behind_them(extractor, text, entry):
    assert any(entry in claim.rules for claim in extractor.extract(text)), [c.rules for c in extractor.extract(text)]


def test_every_reported_entry_is_an_entry_of_the_lexicons(extractor, seed_text):
    from attribution.rules import default_cues, default_hedges, lexicon_entries

    known = lexicon_entries("cues", default_cues()) | lexicon_entries("hedges", default_hedges())
    texts = [seed_text] + [text for text, _ in ENTRIES]
    reported = {rule for text in texts for claim in extractor.extract(text) for rule in claim.rules if ":" in rule}
    assert len(reported) >= len(ENTRIES)
    assert reported <= known, sorted(reported - known)
