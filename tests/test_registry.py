"""The source registry: the shipped file loads, lookups, and errors that name file, entry and field."""

from __future__ import annotations

import pytest

from attribution import RegistryEntry, RegistryError, RuleFileError, SourceRegistry


def test_the_packaged_registry_loads_and_is_consistent():
    registry = SourceRegistry.default()
    assert len(registry) >= 100
    for needed in ("ru-mod", "gladkov", "isw", "astra", "up", "peskov"):
        assert needed in registry


@pytest.mark.parametrize("content, expected", [
    ("- {id: a, name: A, kind: media}\n- {id: b, name: B, kind: galaxy}\n", r"entry 1 \(b\): field kind"),
    ("- {id: a, name: A, kind: media, colour: red}\n", r"entry 0 \(a\): field colour"),
    ("- {id: Bad Id, name: A, kind: media}\n", r"entry 0 \(Bad Id\): field id"),
    ("- {id: a, name: A, kind: media}\n- {id: a, name: B, kind: media}\n", r"entry 1 \(a\): field id: duplicate id"),
    ("- {id: a, name: A, kind: media, aliases: [Same]}\n- {id: b, name: B, kind: media, aliases: [same]}\n",
     r"entry 1 \(b\): field aliases: 'same' already names source 'a'"),
    ("{not: a list}\n", r"expected a list"),
    ("- [unclosed\n", r"not valid YAML"),
], ids=["bad-kind", "unknown-field", "bad-id", "duplicate-id", "alias-clash", "not-a-list", "bad-yaml"])
def test_malformed_registry_names_file_entry_and_field(tmp_path, content, expected):
    path = tmp_path / "my_sources.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError if "YAML" not in expected else RuleFileError, match=expected) as caught:
        SourceRegistry.from_file(path)
    assert "my_sources.yaml" in str(caught.value)


def test_json_registry_and_extension(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text('[{"id": "kv", "name": "Kyivski Visti", "kind": "media", "aliases": ["KV"]}]', encoding="utf-8")
    registry = SourceRegistry.default().extend(path)
    assert registry.lookup("Kyivski Visti").id == "kv"
    assert registry.lookup("kyivskі visti") is None or registry.lookup("kyivskі visti").id == "kv"


def test_lookup_is_exact_first_then_forgives_spelling_only():
    registry = SourceRegistry([RegistryEntry(id="zelensky", name="Volodymyr Zelensky", kind="official",
                                             aliases=["Zelensky"])])
    assert registry.lookup("Zelenskyy").id == "zelensky"
    assert registry.lookup("ZELENSKY").id == "zelensky"
    assert registry.lookup("Zelensky Foundation") is None
