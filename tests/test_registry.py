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
    # A Cyrillic "і" among Latin letters, as scraped pages often have it, is a spelling the lookup forgives.
    found = registry.lookup("kyivskі visti")
    assert found is not None and found.id == "kv"


def test_lookup_is_exact_first_then_forgives_spelling_only():
    registry = SourceRegistry([RegistryEntry(id="zelensky", name="Volodymyr Zelensky", kind="official",
                                             aliases=["Zelensky"])])
    assert registry.lookup("Zelenskyy").id == "zelensky"
    assert registry.lookup("ZELENSKY").id == "zelensky"
    assert registry.lookup("Zelensky Foundation") is None


# Extending with an id that is already there updates that source and keeps every name it had.
EXTENSIONS = {
    "rename": ({"id": "ru-mod", "name": "Ministry of Defence of Russia", "kind": "government"},
               "Ministry of Defence of Russia", "government", ["Russian Ministry of Defense", "Russian MoD"]),
    "new alias": ({"id": "ru-mod", "name": "Russian Ministry of Defense", "kind": "government", "aliases": ["Minoborony"]},
                  "Russian Ministry of Defense", "government", ["Minoborony", "Russian MoD"]),
    "new kind": ({"id": "ru-mod", "name": "Russian Ministry of Defense", "kind": "military"},
                 "Russian Ministry of Defense", "military", ["Russian MoD"]),
}


@pytest.mark.parametrize("update, name, kind, found_by", EXTENSIONS.values(), ids=EXTENSIONS.keys())
def test_extend_with_a_packaged_id_updates_it_and_keeps_its_names(update, name, kind, found_by):
    packaged = SourceRegistry.default().get("ru-mod")
    registry = SourceRegistry.default().extend([update])
    entry = registry.get("ru-mod")
    assert (entry.name, entry.kind) == (name, kind)
    assert set(packaged.aliases) <= set(entry.aliases) | {entry.name}, "no alias is dropped"
    assert set(packaged.roles) <= set(entry.roles)
    for mention in (*found_by, packaged.name, *packaged.aliases):
        assert registry.lookup(mention).id == "ru-mod", mention
    assert len(registry) == len(SourceRegistry.default())


def test_extend_adds_new_ids_and_keeps_the_others_as_they_were():
    before = {entry.id: entry for entry in SourceRegistry.default()}
    registry = SourceRegistry.default().extend([{"id": "kyivski-visti", "name": "Kyivski Visti", "kind": "media"}])
    assert registry.get("kyivski-visti").name == "Kyivski Visti"
    assert all(registry.get(entry_id) == entry for entry_id, entry in before.items())


def test_extend_still_refuses_a_name_of_another_source():
    with pytest.raises(RegistryError, match=r"entry 1 \(mine\): field aliases: 'Reuters' already names source 'reuters'"):
        SourceRegistry.default().extend([{"id": "ru-mod", "name": "Russian Ministry of Defense", "kind": "government"},
                                         {"id": "mine", "name": "Mine", "kind": "media", "aliases": ["Reuters"]}])


def test_add_still_replaces_an_entry_when_asked_to():
    registry = SourceRegistry.default()
    registry.add({"id": "ru-mod", "name": "MoD", "kind": "government"})
    assert registry.get("ru-mod").aliases == () and registry.lookup("Russian MoD") is None
