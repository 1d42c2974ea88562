"""docs/architecture.md's table of layers holds for the code: every module is in it, no module imports a
higher layer at module level, there are no import cycles, and the text stages do not import spaCy."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "attribution"
DOC = ROOT / "docs" / "architecture.md"
NO_SPACY = {"errors", "models", "names", "literals", "language", "rules", "registry", "body", "quotes", "sentences"}


def layers() -> dict[str, int]:
    """Module (or subpackage) -> layer, from the table under "Modules and what they may import"."""
    section = DOC.read_text(encoding="utf-8").split("## Modules and what they may import", 1)[1]
    table: dict[str, int] = {}
    for line in section.splitlines():
        row = re.match(r"\|\s*(\d+)\s*\|([^|]*)\|", line)
        if row:
            for name in re.findall(r"`([\w.]+)`", row.group(2)):
                table[name] = int(row.group(1))
    return table


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[".".join(parts)] = path
    return found


def _unit(module: str) -> str:
    """The table's name for a module: a subpackage's modules share its row ("cyrillic.claims" -> "cyrillic")."""
    head = module.split(".")[0]
    return head if (PACKAGE / head).is_dir() else module


def _top_level_imports(tree: ast.Module, module: str) -> tuple[set[str], set[str]]:
    """Package modules and third-party roots imported at module level (not under TYPE_CHECKING, not in functions)."""
    ours: set[str] = set()
    others: set[str] = set()
    package = module.split(".")[:-1] if not module.endswith("__init__") else module.split(".")[:-1]

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.If):
                if "TYPE_CHECKING" not in ast.unparse(node.test):
                    visit(node.body)
                    visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("attribution."):
                        ours.add(alias.name.removeprefix("attribution."))
                    else:
                        others.add(alias.name.split(".")[0])
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[:len(package) - (node.level - 1)]
                    if node.module:
                        ours.add(".".join(base + node.module.split(".")))
                    else:
                        ours.update(".".join(base + [alias.name]) for alias in node.names)
                elif node.module and node.module.startswith("attribution"):
                    ours.add(node.module.removeprefix("attribution").lstrip(".") or "__init__")
                elif node.module:
                    others.add(node.module.split(".")[0])

    visit(tree.body)
    return {name for name in ours if name and name != module}, others


def graph() -> dict[str, tuple[set[str], set[str]]]:
    known = modules()
    result = {}
    for module, path in known.items():
        ours, others = _top_level_imports(ast.parse(path.read_text(encoding="utf-8")), module)
        # "from . import component" names a module; "from .models import Claim" names models.
        result[module] = ({name if name in known else name.rsplit(".", 1)[0] for name in ours}
                          & set(known), others)
    return result


def test_every_module_is_in_the_table():
    table = layers()
    missing = sorted({_unit(module) for module in modules()} - set(table))
    assert missing == [], f"add {missing} to the table of layers in docs/architecture.md"


def test_no_module_imports_a_higher_layer():
    table = layers()
    upward = [f"{module} (layer {table[_unit(module)]}) imports {name} (layer {table[_unit(name)]})"
              for module, (ours, _) in graph().items() for name in ours
              if _unit(module) in table and _unit(name) in table and table[_unit(name)] > table[_unit(module)]]
    assert upward == []


def test_no_import_cycles():
    edges = {module: ours for module, (ours, _) in graph().items()}
    cycles = []
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for name in sorted(edges.get(module, ())):
            if state.get(name) == 1:
                cycles.append(" -> ".join(path[path.index(name):] + [name]) if name in path else name)
            elif name not in state:
                visit(name, path + [name])
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_text_stages_do_not_import_spacy():
    found = {module: sorted(others & {"spacy", "thinc"}) for module, (_, others) in graph().items()
             if module in NO_SPACY}
    assert {module: libs for module, libs in found.items() if libs} == {}
