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
    source = (ROOT / "attribution" / "claims.py").read_text(encoding="utf-8")
    used = set(re.findall(r'"((?:cue|quote|carry|chain|source|hedge)\.[a-z_.]+)"', source))
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
