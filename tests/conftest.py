"""Shared fixtures: one real pipeline for the whole session, and the corpus on disk."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import attribution

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_ID = "espreso-2024-03-15-kaluga-belgorod"


def exact(text: str, claims: list[attribution.Claim]) -> list[attribution.Claim]:
    """Assert every offset indexes the input exactly and claims are ordered and disjoint; return the claims."""
    end = 0
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.start >= end
        end = claim.end
        for hedge in claim.hedges:
            assert text[hedge.start:hedge.end] == hedge.text
        if claim.cue is not None:
            assert text[claim.cue.start:claim.cue.end] == claim.cue.text
        for source in claim.sources:
            if source.mention_start is not None:
                assert text[source.mention_start:source.mention_end] == source.mention
    return claims


def read(extractor: attribution.Extractor, text: str) -> list[attribution.Claim]:
    """Claims of a text read in the extractor's own language (a LanguageWarning fails), offsets checked."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", attribution.LanguageWarning)
        return exact(text, extractor.extract(text))


def source_rows(extractor: attribution.Extractor, text: str) -> list[tuple[list[str], str, str | None]]:
    """Each claim of the text as (its source ids, its attribution kind, its cue's text or None)."""
    return [([s.id for s in c.sources], c.attribution, c.cue.text if c.cue else None) for c in read(extractor, text)]


@pytest.fixture(scope="session")
def extractor() -> attribution.Extractor:
    return attribution.Extractor()


@pytest.fixture(scope="session")
def spacy_nlp():
    """spaCy's own default pipeline, untouched: what the extractor's replacements are compared with."""
    from attribution.extractor import default_model
    import spacy
    return spacy.load(default_model())


@pytest.fixture(scope="session")
def ru() -> attribution.Extractor:
    return attribution.Extractor(language="ru")


@pytest.fixture(scope="session")
def uk() -> attribution.Extractor:
    return attribution.Extractor(language="uk")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((CORPUS / "dev" / f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text(seed_gold: dict) -> str:
    return seed_gold["text"]


@pytest.fixture(scope="session")
def seed_claims(extractor: attribution.Extractor, seed_text: str) -> list[attribution.Claim]:
    return extractor.extract(seed_text)

@pytest.fixture
def this_python_kernel(tmp_path, monkeypatch) -> str:
    """A 'python3' kernel spec that runs this interpreter, found before any other on the machine.

    A clean clone may have no kernel spec installed, and a user-wide 'python3' may point at another
    Python without the library; JUPYTER_PATH comes first in Jupyter's search path.
    """
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "attribution tests", "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    return "python3"


def run_notebook(path: Path, kernel: str, timeout: int) -> list:
    """Execute a notebook stored without outputs, in its own folder, and return its cells' outputs; a cell
    that fails raises CellExecutionError naming it."""
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "the notebook is stored without outputs, so what it shows is always what the library does now"
    client = nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=timeout,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    return outputs

# Headless Chromium for the browser tests: no network calls of its own, a fresh profile per run.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    """The Chromium binary on this machine, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    return None


def run_chromium(binary: str, profile: Path, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout, check=True)


# Hypothesis profiles for the property tests: "ci" (the default, a few thousand cases in all, a couple of
# minutes) and "soak" (a long run). Choose with HYPOTHESIS_PROFILE=soak or pytest --hypothesis-profile=soak.
import os  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=1_000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("soak", max_examples=50_000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
