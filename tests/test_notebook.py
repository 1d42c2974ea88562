"""docs/example.ipynb runs from top to bottom on the library as it is, in a kernel of this interpreter."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_notebook

pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.slow
def test_example_notebook_runs(this_python_kernel):
    outputs = run_notebook(DOCS / "example.ipynb", this_python_kernel, timeout=180)
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    article = next(h for h in html if 'class="attr-text"' in h)
    assert "Russian Ministry of Defense" in article and 'title="hedge: epistemic"' in article
    assert any("<table" in h and "source_names" in h for h in html), "the DataFrame is shown"
    plain = "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "('kyiv-independent', 'The Kyiv Independent', 'media')" in plain
