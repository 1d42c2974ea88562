"""The project's own set-up: the licence is declared the current way, and only `make test` installs Chromium."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT

tomllib = pytest.importorskip("tomllib")  # Python 3.11+


def test_licence_is_an_spdx_string_for_a_setuptools_that_reads_it():
    # A TOML table for project.license makes setuptools 77+ warn (three times a build) that it is deprecated.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    assert "setuptools>=77" in project["build-system"]["requires"]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("target, installs_chromium", [("demo", False), ("install", False), ("test-fast", False),
                                                       ("test", True)])
def test_only_make_test_installs_chromium(target, installs_chromium):
    # -n prints the commands without running them; -B as on a fresh clone, where nothing is built yet.
    plan = subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert plan.returncode == 0, plan.stderr
    assert ("apt-get install" in plan.stdout and "chromium" in plan.stdout) == installs_chromium
