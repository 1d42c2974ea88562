"""docs/across-articles.ipynb runs from top to bottom on the library as it is: tables, charts and traces over
the corpus, in a kernel of this interpreter."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("plotly")

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture
def this_python_kernel(tmp_path, monkeypatch) -> str:
    """A 'python3' kernel spec that runs this interpreter, found before any other on the machine."""
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "attribution tests", "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    return "python3"


@pytest.mark.slow
def test_across_articles_notebook_runs(this_python_kernel):
    notebook = nbformat.read(DOCS / "across-articles.ipynb", as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "the notebook is stored without outputs, so what it shows is always what the library does now"
    client = nbclient.NotebookClient(notebook, kernel_name=this_python_kernel, timeout=300,
                                     resources={"metadata": {"path": str(DOCS)}})
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
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
