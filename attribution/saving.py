"""Saving: the registry and rule files a component uses, written into the component's own folder or bytes.

Like spaCy's ``span_ruler``, which writes its patterns to ``patterns.jsonl`` in the folder that
``nlp.to_disk`` gives it, ``claim_attribution`` and ``attribution_layout`` write everything they read
there, so that ``spacy.load`` needs no file outside the saved pipeline and the config holds no path:

- ``registry.jsonl``: one source registry entry per line; ``cfg``: the registry's ``fuzzy_cutoff``;
- ``<name>.json`` per rule file (``cues.json``, ``hedges.json``, ``discourse.json``, ``page.json``):
  the rules exactly as loaded and validated.

Loading validates every file again, so a saved folder edited by hand by mistake is an error that
names the file, the entry and the field. A file missing from the folder is an error too, never a
silent fallback to the packaged rules.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

import srsly
from pydantic import ValidationError
from spacy import util

from .errors import RuleFileError
from .registry import SourceRegistry
from .rules import _Rules, describe_errors, load_rules

REGISTRY_FILE = "registry.jsonl"
CFG_FILE = "cfg"


def registry_data(registry: SourceRegistry) -> dict[str, Any]:
    """The registry as plain data: its fuzzy cutoff and its entries."""
    return {"fuzzy_cutoff": registry.fuzzy_cutoff,
            "sources": [entry.model_dump(mode="json") for entry in registry]}


def registry_from_data(data: Any, origin: str) -> SourceRegistry:
    """Rebuild a registry from ``registry_data``, validating every entry (errors name ``origin``)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("sources"), (list, tuple)):
        raise RuleFileError(f"{origin}: expected a registry (fuzzy_cutoff and a list of sources)")
    cutoff = data.get("fuzzy_cutoff")
    if not isinstance(cutoff, (int, float)) or isinstance(cutoff, bool):
        raise RuleFileError(f"{origin}: field fuzzy_cutoff: expected a number, got {cutoff!r}")
    return SourceRegistry([dict(entry) if isinstance(entry, Mapping) else entry for entry in data["sources"]],
                          fuzzy_cutoff=float(cutoff), origin=origin)


def rules_from_data(model: type[_Rules], data: Any, origin: str) -> _Rules:
    """Validate rules read from bytes (errors name ``origin``, the field and the entry)."""
    if not isinstance(data, Mapping):
        raise RuleFileError(f"{origin}: file: expected a mapping of lists, got {type(data).__name__}")
    try:
        return model.model_validate(dict(data))
    except ValidationError as error:
        raise RuleFileError(describe_errors(origin, error)) from None


def write_registry(folder: Path, registry: SourceRegistry) -> None:
    data = registry_data(registry)
    srsly.write_jsonl(folder / REGISTRY_FILE, data["sources"])
    srsly.write_json(folder / CFG_FILE, {"fuzzy_cutoff": data["fuzzy_cutoff"]})


def read_registry(folder: Path) -> SourceRegistry:
    path, cfg = folder / REGISTRY_FILE, folder / CFG_FILE
    try:
        settings = json.loads(cfg.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RuleFileError(f"{cfg}: cannot read: {error}") from None
    try:
        sources = list(srsly.read_jsonl(path))
    except (OSError, ValueError) as error:
        raise RuleFileError(f"{path}: cannot read: {error}") from None
    if not isinstance(settings, dict):
        raise RuleFileError(f"{cfg}: expected a mapping with fuzzy_cutoff")
    return registry_from_data({"fuzzy_cutoff": settings.get("fuzzy_cutoff"), "sources": sources}, str(path))


def to_disk(folder: Path | str, registry: SourceRegistry | None, rules: Mapping[str, _Rules],
            exclude: Any = ()) -> None:
    """Write a registry (if any) and rule sets (``{"cues": CueRules(...)}`` -> ``cues.json``) into ``folder``."""
    writers: dict[str, Callable[[Path], None]] = {}
    if registry is not None:
        writers[REGISTRY_FILE] = partial(_write_registry_beside, registry)
    for name, value in rules.items():
        writers[f"{name}.json"] = partial(_write_rules, value)
    util.to_disk(folder, writers, exclude)


def _write_registry_beside(registry: SourceRegistry, path: Path) -> None:
    write_registry(path.parent, registry)


def _write_rules(rules: _Rules, path: Path) -> None:
    srsly.write_json(path, rules.model_dump(mode="json"))


def from_disk(folder: Path | str, with_registry: bool, models: Mapping[str, type[_Rules]],
              exclude: Any = ()) -> tuple[SourceRegistry | None, dict[str, _Rules]]:
    """Read back what ``to_disk`` wrote: the registry (when ``with_registry``) and each rule set, all validated."""
    found: dict[str, Any] = {}

    def read_registry_beside(path: Path) -> None:
        found["registry"] = read_registry(path.parent)

    def read_rules(name: str, model: type[_Rules], path: Path) -> None:
        found[name] = load_rules(model, path)

    readers: dict[str, Callable[[Path], None]] = {}
    if with_registry:
        readers[REGISTRY_FILE] = read_registry_beside
    for name, model in models.items():
        readers[f"{name}.json"] = partial(read_rules, name, model)
    util.from_disk(folder, readers, exclude)
    return found.pop("registry", None), found


def to_bytes(registry: SourceRegistry | None, rules: Mapping[str, _Rules], exclude: Any = ()) -> bytes:
    """The registry and rule sets as one msgpack message."""
    serializers: dict[str, Callable[[], Any]] = {}
    if registry is not None:
        serializers["registry"] = partial(registry_data, registry)
    for name, value in rules.items():
        serializers[name] = partial(value.model_dump, mode="json")
    return util.to_bytes(serializers, exclude)


def from_bytes(data: bytes, with_registry: bool, models: Mapping[str, type[_Rules]], origin: str,
               exclude: Any = ()) -> tuple[SourceRegistry | None, dict[str, _Rules]]:
    """Read back what ``to_bytes`` wrote, validating everything; errors name ``origin`` and the part."""
    found: dict[str, Any] = {}

    def read_registry(data: Any) -> None:
        found["registry"] = registry_from_data(data, f"{origin} (registry)")

    def read_rules(name: str, model: type[_Rules], data: Any) -> None:
        found[name] = rules_from_data(model, data, f"{origin} ({name})")

    deserializers: dict[str, Callable[[Any], None]] = {}
    if with_registry:
        deserializers["registry"] = read_registry
    for name, model in models.items():
        deserializers[name] = partial(read_rules, name, model)
    message = srsly.msgpack_loads(data)
    absent = [key for key in deserializers if key not in exclude and key not in message]
    if absent:
        raise RuleFileError(f"{origin}: the bytes lack {', '.join(absent)}")
    util.from_dict(message, deserializers, exclude)
    return found.pop("registry", None), found
