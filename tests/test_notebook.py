"""docs/example.ipynb runs from top to bottom on the library as it is, in a kernel of this interpreter."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

DOCS = Path(__file__).resolve().parent.parent / "docs"


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


@pytest.mark.slow
def test_example_notebook_runs(this_python_kernel):
    notebook = nbformat.read(DOCS / "example.ipynb", as_version=4)
    assert not any(cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "the notebook is stored without outputs, so what it shows is always what the library does now"
    client = nbclient.NotebookClient(notebook, kernel_name=this_python_kernel, timeout=180,
                                     resources={"metadata": {"path": str(DOCS)}})
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    article = next(h for h in html if 'class="attr-text"' in h)
    assert "Russian Ministry of Defense" in article and 'title="hedge: epistemic"' in article
    assert any("<table" in h and "source_names" in h for h in html), "the DataFrame is shown"
    plain = "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "('kyiv-independent', 'The Kyiv Independent', 'media')" in plain
