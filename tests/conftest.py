"""Shared fixtures: one real pipeline for the whole session, and the corpus on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import attribution

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_ID = "espreso-2024-03-15-kaluga-belgorod"


@pytest.fixture(scope="session")
def extractor() -> attribution.Extractor:
    return attribution.Extractor()


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((CORPUS / "dev" / f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text(seed_gold: dict) -> str:
    return seed_gold["text"]


@pytest.fixture(scope="session")
def seed_claims(extractor: attribution.Extractor, seed_text: str) -> list[attribution.Claim]:
    return extractor.extract(seed_text)
