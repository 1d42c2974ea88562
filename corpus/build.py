"""Build the corpus's gold files from its drafts: ``corpus/src/<x>/<id>.yaml`` -> ``corpus/<x>/<id>.gold.json``.

A thin wrapper: the builder is ``attribution.corpusbuild``, installed with the package as
``attribution corpus build DRAFT...`` (its docstring gives the draft format). With no arguments this
builds every draft under ``corpus/src``.

Usage: python corpus/build.py [DRAFT.yaml|FOLDER ...]   (default: every draft under corpus/src)
"""

from __future__ import annotations

import sys
from pathlib import Path

from attribution.corpusbuild import DraftError, build, gold_path, main  # noqa: F401  (the old names of this script)

CORPUS = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [CORPUS / "src"]))
