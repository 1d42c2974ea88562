"""docs/across-articles.ipynb runs from top to bottom on the library as it is: tables, charts and traces over
the corpus, in a kernel of this interpreter."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_notebook

pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("plotly")

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.slow
def test_across_articles_notebook_runs(this_python_kernel):
    outputs = run_notebook(DOCS / "across-articles.ipynb", this_python_kernel, timeout=300)
    plain = [o.get("data", {}).get("text/plain", "") for o in outputs]
    articles, claims = eval(plain[0])  # noqa: S307  the first cell's (articles, claims) tuple
    assert articles >= 30 and claims > 10 * articles
    figures = [o.data["application/vnd.plotly.v1+json"] for o in outputs
               if "application/vnd.plotly.v1+json" in o.get("data", {})]
    assert len(figures) == 5 and all(figure["data"] for figure in figures)
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("<table" in h and "Russian Ministry of Defense" in h for h in html)
    assert any('class="report-trace"' in h for h in html)
    assert plain[-1] == "True"
