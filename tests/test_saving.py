"""Saving and loading the components (saving.py, component.py, layout.py): like span_ruler's patterns, the
registry and every rule file go into the component's own folder, so a saved pipeline gives the same claims
after ``spacy.load`` whatever was set in code, and whatever happened to the files it was set from."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
import srsly
import yaml

import attribution
from attribution import RegistryError, RuleFileError, SourceRegistry
from attribution.extractor import default_model
from attribution.rules import packaged

ACME = "Acme reported that the port was hit. One man is in hospital."
GLATKOV = "Glatkov said that the port was hit."  # a misspelling of Gladkov: found at fuzzy_cutoff 70, not at 90
GRUMBLE = "The minister grumbled that the port was hit."
ARGUABLY = "Officials said the bridge was arguably hit."
FOOTER = "Officials said the bridge was hit.\n\nAcme footer: officials said the port was hit."
TEXTS = [ACME, GLATKOV, GRUMBLE, ARGUABLY, FOOTER]
ACME_ENTRY = {"id": "acme-news", "name": "Acme News", "kind": "media", "aliases": ["Acme"]}
NAMES = {"extension": "my_claims", "layout_key": "my_layout", "spans_key": "my_spans", "hedges_key": "my_hedges",
         "cues_key": "my_cues"}


def _summary(claims: list[attribution.Claim]) -> list[tuple]:
    return [(c.text, c.attribution, [s.id for s in c.sources], [h.text for h in c.hedges]) for c in claims]


def _claims(nlp: spacy.language.Language, text: str) -> list[attribution.Claim]:
    return nlp.get_pipe("claim_attribution").claims_of(nlp(text))


def _rule_file(folder: Path, name: str, change: Callable[[dict], None]) -> Path:
    data = yaml.safe_load(packaged(name).read_text(encoding="utf-8"))
    change(data)
    path = folder / f"my_{name}"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def registry_in_code(nlp, folder: Path) -> list[Path]:
    nlp.get_pipe("claim_attribution").set_registry(SourceRegistry.default().extend([ACME_ENTRY]))
    return []


def registry_file(nlp, folder: Path) -> list[Path]:
    path = folder / "my_sources.yaml"
    path.write_text(yaml.safe_dump([ACME_ENTRY] + [e.model_dump(mode="json") for e in SourceRegistry.default()]),
                    encoding="utf-8")
    nlp.get_pipe("claim_attribution").set_registry(path)
    return [path]


def rule_files(nlp, folder: Path) -> list[Path]:
    cues = _rule_file(folder, "cues.yaml", lambda d: d["reporting_verbs"].append("grumble"))
    hedges = _rule_file(folder, "hedges.yaml", lambda d: d["epistemic_words"].append("arguably"))
    discourse = _rule_file(folder, "discourse.yaml", lambda d: None)
    page = _rule_file(folder, "page.yaml", lambda d: d["boilerplate_phrases"].append("acme footer"))
    nlp.get_pipe("claim_attribution").set_rules(cues=cues, hedges=hedges, discourse=discourse)
    nlp.get_pipe("attribution_layout").set_rules(page=page)
    return [cues, hedges, discourse, page]


# (config of claim_attribution, set-up in code, what the set-up must change in the claims of TEXTS)
CASES: dict[str, tuple[dict, Callable | None, Callable[[dict[str, list]], bool]]] = {
    "packaged": ({}, None, lambda c: c[ACME][0][2] == ["acme"] and c[GLATKOV][0][2] == ["glatkov"]),
    "registry set in code": ({}, registry_in_code, lambda c: c[ACME][0][2] == ["acme-news"]),
    "registry file, then deleted": ({}, registry_file, lambda c: c[ACME][0][2] == ["acme-news"]),
    "rule files, then deleted": ({}, rule_files, lambda c: (c[GRUMBLE][0][1] == "indirect" and c[ARGUABLY][0][3]
                                                            == ["arguably"] and len(c[FOOTER]) == 1)),
    "fuzzy_cutoff without a registry": ({"fuzzy_cutoff": 70.0}, None, lambda c: c[GLATKOV][0][2] == ["gladkov"]),
    "other names": (NAMES, None, lambda c: c[ACME][0][2] == ["acme"]),
    "no span groups": ({"write_spans": False}, None, lambda c: c[ACME][0][2] == ["acme"]),
}


def _pipeline(config: dict) -> spacy.language.Language:
    nlp = spacy.load(default_model(), exclude=["ner"])
    layout_config = {"layout_key": config["layout_key"]} if "layout_key" in config else {}
    nlp.add_pipe("attribution_layout", before="parser", config=layout_config)
    nlp.add_pipe("claim_attribution", config=config)
    return nlp


@pytest.mark.parametrize("how", ["disk", "bytes"])
@pytest.mark.parametrize("config, setup, changed", CASES.values(), ids=CASES.keys())
def test_a_saved_pipeline_gives_the_same_claims(tmp_path, config, setup, changed, how):
    nlp = _pipeline(config)
    files = setup(nlp, tmp_path) if setup else []
    before = {text: _claims(nlp, text) for text in TEXTS}
    assert changed({text: _summary(claims) for text, claims in before.items()}), "the setting changes the claims"
    if how == "disk":
        nlp.to_disk(tmp_path / "pipeline")
        for path in files:  # the files the rules were read from are gone: the saved folder has all it needs
            path.unlink()
        shutil.move(tmp_path / "pipeline", tmp_path / "moved")
        loaded = spacy.load(tmp_path / "moved")
        saved_config = (tmp_path / "moved" / "config.cfg").read_text(encoding="utf-8")
        assert str(tmp_path) not in saved_config and "_path" not in saved_config.split("[components.claim_attr")[1]
    else:
        data = nlp.to_bytes()
        for path in files:
            path.unlink()
        loaded = type(nlp).from_config(nlp.config).from_bytes(data)
    assert loaded.pipe_names == nlp.pipe_names
    assert {name: loaded.get_pipe_config(name) for name in ("attribution_layout", "claim_attribution")} == \
        {name: nlp.get_pipe_config(name) for name in ("attribution_layout", "claim_attribution")}
    assert {text: _claims(loaded, text) for text in TEXTS} == before
    doc = loaded(ACME)
    spans_key = config.get("spans_key", "attribution")
    assert (spans_key in doc.spans) == config.get("write_spans", True)
    assert getattr(doc._, config.get("extension", "claims")) == before[ACME]


def test_the_component_folders_hold_the_registry_and_every_rule_file(tmp_path):
    nlp = _pipeline({})
    registry_in_code(nlp, tmp_path)
    nlp.to_disk(tmp_path / "pipeline")
    assert sorted(p.name for p in (tmp_path / "pipeline" / "claim_attribution").iterdir()) == [
        "cfg", "cues.json", "discourse.json", "hedges.json", "registry.jsonl"]
    assert [p.name for p in (tmp_path / "pipeline" / "attribution_layout").iterdir()] == ["page.json"]
    lines = (tmp_path / "pipeline" / "claim_attribution" / "registry.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["id"] == "acme-news" and len(lines) == len(nlp.get_pipe("claim_attribution").registry)


def test_a_registry_set_in_code_keeps_its_own_fuzzy_cutoff(tmp_path):
    nlp = _pipeline({})
    nlp.get_pipe("claim_attribution").set_registry(SourceRegistry(SourceRegistry.default(), fuzzy_cutoff=70.0))
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("claim_attribution").registry.fuzzy_cutoff == 70.0
    assert _summary(_claims(loaded, GLATKOV))[0][2] == ["gladkov"]


def test_component_bytes_carry_registry_and_rules():
    source = _pipeline({})
    source.get_pipe("claim_attribution").set_registry(SourceRegistry.default().extend([ACME_ENTRY]))
    target = spacy.blank("en").add_pipe("claim_attribution")
    target.from_bytes(source.get_pipe("claim_attribution").to_bytes())
    assert target.registry.get("acme-news") is not None
    assert target.rules == source.get_pipe("claim_attribution").rules


# --- a saved folder that is damaged --------------------------------------------------------------

@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("saved") / "pipeline"
    _pipeline({}).to_disk(path)
    return path


def _damaged(saved: Path, tmp_path: Path, damage: Callable[[Path], None]) -> Path:
    copy = tmp_path / "pipeline"
    shutil.copytree(saved, copy)
    damage(copy)
    return copy


def _edit_registry(folder: Path) -> None:
    path = folder / "claim_attribution" / "registry.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[2])
    entry["kind"] = "galaxy"
    lines[2] = json.dumps(entry)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _edit_cues(folder: Path) -> None:
    path = folder / "claim_attribution" / "cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reportng_verbs"] = data.pop("reporting_verbs")
    path.write_text(json.dumps(data), encoding="utf-8")


DAMAGE = {
    "registry entry edited": (_edit_registry, RegistryError, r"registry\.jsonl: entry 2 \(.+\): field kind"),
    "rule field misspelt": (_edit_cues, RuleFileError, r"cues\.json: field reportng_verbs: Extra inputs"),
    "rule file deleted": (lambda f: (f / "attribution_layout" / "page.json").unlink(), RuleFileError,
                          r"page\.json: cannot read"),
    "registry deleted": (lambda f: (f / "claim_attribution" / "registry.jsonl").unlink(), RuleFileError,
                         r"registry\.jsonl: cannot read"),
}


@pytest.mark.parametrize("damage, error, message", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_folder_is_an_error_naming_file_entry_and_field(saved, tmp_path, damage, error, message):
    with pytest.raises(error, match=message):
        spacy.load(_damaged(saved, tmp_path, damage))


def test_bad_bytes_name_the_component_and_the_part():
    component = spacy.blank("en").add_pipe("claim_attribution")
    data = srsly.msgpack_loads(component.to_bytes())
    data["hedges"]["epistemic_patterns"] = ["(unclosed"]
    with pytest.raises(RuleFileError, match=r"\[claim_attribution\] bytes \(hedges\): field epistemic_patterns"):
        component.from_bytes(srsly.msgpack_dumps(data))
    del data["hedges"]
    with pytest.raises(RuleFileError, match=r"bytes lack hedges"):
        component.from_bytes(srsly.msgpack_dumps(data))
