"""Registry and rule files as hostile input: every error names the file, the entry and the field, loading
never runs code, and contradictions (duplicate ids, one alias for two sources) are reported."""

from __future__ import annotations

import json

import pytest
import spacy
import yaml

from attribution import RegistryError, RuleFileError, SourceRegistry
from attribution.rules import CueRules, DiscourseRules, HedgeRules, PageRules, load_rules, packaged

CODE_PAYLOADS = [
    "- !!python/object/apply:os.system ['echo attacked > pwned.txt']\n",
    "!!python/object:attribution.registry.RegistryEntry {id: x, name: X, kind: media}\n",
    "- !!python/name:os.system\n",
    "- {id: a, name: !!python/object/new:str [A], kind: media}\n",
]


@pytest.mark.parametrize("payload", CODE_PAYLOADS, ids=["apply", "object", "name", "nested-new"])
def test_a_yaml_payload_that_builds_python_objects_is_refused(tmp_path, monkeypatch, payload):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "sources.yaml"
    path.write_text(payload, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"sources\.yaml: refused YAML at line \d+: .*python") as caught:
        SourceRegistry.from_file(path)
    assert "never builds Python objects" in str(caught.value)
    assert not (tmp_path / "pwned.txt").exists()


def test_a_rule_file_with_a_python_payload_is_refused(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("reporting_verbs: !!python/object/apply:os.getcwd []\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"cues\.yaml: refused YAML at line 1"):
        load_rules(CueRules, path)


REGISTRY_ERRORS = {
    "duplicate id": ("- {id: astra, name: Astra, kind: media}\n- {id: astra, name: Astra TV, kind: media}\n",
                     r"entry 1 \(astra\): field id: duplicate id 'astra'"),
    "alias of two sources": ("- {id: astra, name: Astra, kind: media, aliases: [Astra channel]}\n"
                             "- {id: other, name: Other, kind: media, aliases: [the astra channel]}\n",
                             r"entry 1 \(other\): field aliases: 'the astra channel' already names source 'astra'"),
    "name is another's alias": ("- {id: astra, name: Astra, kind: media, aliases: [Channel One]}\n"
                                "- {id: one, name: Channel One, kind: media}\n",
                                r"entry 1 \(one\): field aliases: 'Channel One' already names source 'astra'"),
    "list as id": ("- {id: [a], name: A, kind: media}\n- {id: [a], name: B, kind: media}\n",
                   r"entry 0 \(\['a'\]\): field id: Input should be a valid string"),
    "mapping as id": ("- {id: {a: 1}, name: A, kind: media}\n", r"entry 0 \(\{'a': 1\}\): field id"),
    "number as alias": ("- {id: a, name: A, kind: media, aliases: [1]}\n", r"entry 0 \(a\): field aliases\.0"),
    "empty name": ("- {id: a, name: '  ', kind: media}\n", r"entry 0 \(a\): field name"),
    "two faults": ("- {id: a, kind: planet}\n", r"entry 0 \(a\): field name: Field required\n.*entry 0 \(a\): field kind"),
    "entry not a mapping": ("- {id: a, name: A, kind: media}\n- just a name\n", r"entry 1: expected a mapping, got str"),
    "empty file": ("", r"file: expected a list of sources, got NoneType"),
    "sources not a list": ("sources: 3\n", r"file: expected a list of sources, got int"),
}


@pytest.mark.parametrize("content, expected", REGISTRY_ERRORS.values(), ids=REGISTRY_ERRORS.keys())
def test_registry_errors_name_file_entry_and_field(tmp_path, content, expected):
    path = tmp_path / "my_sources.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=expected) as caught:
        SourceRegistry.from_file(path)
    assert all(line.startswith(str(path)) for line in str(caught.value).splitlines())


def test_json_registry_errors_name_the_file(tmp_path):
    path = tmp_path / "extra.json"
    path.write_text(json.dumps([{"id": "kv", "name": "Kyivski Visti", "kind": "newspaper"}]), encoding="utf-8")
    with pytest.raises(RegistryError, match=r"extra\.json: entry 0 \(kv\): field kind"):
        SourceRegistry.from_file(path)
    path.write_text('[{"id": "kv",}]', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"extra\.json: not valid JSON"):
        SourceRegistry.from_file(path)


def test_unreadable_registry_files(tmp_path):
    with pytest.raises(RuleFileError, match=r"missing\.yaml: cannot read"):
        SourceRegistry.from_file(tmp_path / "missing.yaml")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe- id: a\n")
    with pytest.raises(RuleFileError, match=r"binary\.yaml: not UTF-8 text"):
        SourceRegistry.from_file(binary)


def test_extending_with_a_file_that_reuses_an_alias_names_that_file(tmp_path):
    # The clash is between the packaged registry and the user's file: the message names the user's file.
    path = tmp_path / "ours.yaml"
    path.write_text("- {id: our-wire, name: Our Wire, kind: media, aliases: [Reuters]}\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"ours\.yaml: entry 0 \(our-wire\): field aliases: 'Reuters'"):
        SourceRegistry.default().extend(path)
    with pytest.raises(RegistryError, match=r"ours\.yaml: entry 0"):
        SourceRegistry.default().extend(SourceRegistry.from_file(path))


# --- rule files -------------------------------------------------------------------------------

def _rule_file(tmp_path, name: str, change) -> str:
    data = yaml.safe_load(packaged(name).read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


RULE_ERRORS = {
    "hedges: bad regex": (HedgeRules, "hedges.yaml",
                          lambda d: d["epistemic_patterns"].update(broken="(unclosed"),
                          r"hedges\.yaml: field epistemic_patterns: .*entry 'broken': bad regular expression '\(unclosed'"),
    "hedges: bad pattern name": (HedgeRules, "hedges.yaml",
                                 lambda d: d["evidential_patterns"].update({"no name!": "x"}),
                                 r"hedges\.yaml: field evidential_patterns: .*entry 'no name!': a pattern's name"),
    "page: global flag in a joined list": (PageRules, "page.yaml",
                                           lambda d: d["boilerplate_phrases"].append("(?i)share"),
                                           r"page\.yaml: field boilerplate_phrases: .*'\(\?i\)share'.*scoped flag"),
    "page: bad line regex": (PageRules, "page.yaml", lambda d: d["boilerplate_lines"].append("[a-"),
                             r"page\.yaml: field boilerplate_lines: .*bad regular expression"),
    "cues: empty word": (CueRules, "cues.yaml", lambda d: d["reporting_verbs"].append("  "),
                         r"cues\.yaml: field reporting_verbs: .*item \d+ is empty"),
    "cues: not a list": (CueRules, "cues.yaml", lambda d: d.update(reporting_verbs=3),
                         r"cues\.yaml: field reporting_verbs: Input should be a valid tuple"),
    "cues: number as word": (CueRules, "cues.yaml", lambda d: d["according_to"].append(7),
                             r"cues\.yaml: field according_to\.\d+: Input should be a valid string"),
    "cues: unknown key": (CueRules, "cues.yaml", lambda d: d.update(reportng_verbs=["say"]),
                          r"cues\.yaml: field reportng_verbs: Extra inputs are not permitted"),
    "discourse: unknown kind": (DiscourseRules, "discourse.yaml", lambda d: d["kind_nouns"].update(alien=["martian"]),
                                r"discourse\.yaml: field kind_nouns: .*unknown source kind 'alien'"),
    "discourse: missing list": (DiscourseRules, "discourse.yaml", lambda d: d.pop("background_patterns"),
                                r"discourse\.yaml: field background_patterns: Field required"),
    "discourse: bad regex": (DiscourseRules, "discourse.yaml", lambda d: d["background_patterns"].append("*x"),
                             r"discourse\.yaml: field background_patterns: .*bad regular expression '\*x'"),
}


@pytest.mark.parametrize("model, name, change, expected", RULE_ERRORS.values(), ids=RULE_ERRORS.keys())
def test_rule_file_errors_name_file_and_field(tmp_path, model, name, change, expected):
    path = _rule_file(tmp_path, name, change)
    with pytest.raises(RuleFileError, match=expected):
        load_rules(model, path)


def test_a_rule_file_that_is_not_a_mapping(tmp_path):
    path = tmp_path / "hedges.yaml"
    path.write_text("- allegedly\n- reportedly\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"hedges\.yaml: file: expected a mapping of lists, got list"):
        load_rules(HedgeRules, path)


def test_the_component_reports_a_bad_page_file_instead_of_a_regex_crash(tmp_path):
    # A global flag used to pass validation and then crash building the joined pattern, naming no file.
    path = _rule_file(tmp_path, "page.yaml", lambda d: d["boilerplate_phrases"].append("(?i)share"))
    layout = spacy.blank("en").add_pipe("attribution_layout")
    with pytest.raises(RuleFileError, match=r"page\.yaml: field boilerplate_phrases"):
        layout.set_rules(page=path)


@pytest.mark.parametrize("model, name", [(CueRules, "cues.yaml"), (HedgeRules, "hedges.yaml"),
                                         (PageRules, "page.yaml"), (DiscourseRules, "discourse.yaml")],
                         ids=["cues", "hedges", "page", "discourse"])
def test_the_packaged_rule_files_pass_the_stricter_checks(model, name):
    rules = load_rules(model, packaged(name))
    # Every lexicon of the file holds entries: an empty list would be a rule that silently never fires.
    empty = [field for field, value in rules.model_dump().items() if not value]
    assert empty == [], f"{name}: empty fields {empty}"
    # What a saved pipeline writes (the validated rules as JSON) loads back as the same rules.
    assert model.model_validate(rules.model_dump(mode="json")) == rules
