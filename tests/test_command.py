"""The installed ``attribution`` command, run as a user runs it: registries that extend, warnings in the
command's own format, one CSV schema, the small courtesies (empty and binary input, --version) and
``attribution corpus build``. Texts are written for these tests."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attribution import Extractor, SourceRegistry
from attribution.cli import CSV_DOCUMENT_COLUMNS
from attribution.formats import COLUMNS

from .conftest import ROOT

COMMAND = Path(sys.executable).with_name("attribution")
if not COMMAND.exists():  # an environment without console scripts: the module is the same program
    COMMAND = None

# Packaged sources under the names an article gives them, and one source that only the user's file knows.
ARTICLE = ("The Russian defence ministry said 40 drones were shot down. "
           "Governor Vyacheslav Gladkov said two people were injured in Belgorod. "
           "Reuters reported that the port was hit. "
           "KV reported that the bridge was closed.")
MY_SOURCES = """- id: kyivski-visti
  name: Kyivski Visti
  kind: media
  aliases: [KV]
"""


def attribution_command(*argv: str, cwd: Path, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    prefix = [str(COMMAND)] if COMMAND is not None else [sys.executable, "-m", "attribution"]
    binary = isinstance(stdin, bytes)
    result = subprocess.run([*prefix, *argv], cwd=cwd, input=stdin, capture_output=True, text=not binary,
                            timeout=300)
    if binary:
        result.stdout, result.stderr = result.stdout.decode(), result.stderr.decode()
    return result


def ids(jsonl: str) -> list[list[str]]:
    """The source ids of each claim of a JSONL output."""
    return [[s["id"] for s in json.loads(line)["sources"]] for line in jsonl.splitlines()]


# ---- 1. --registry extends the packaged registry ----------------------------------------------------------


def test_registry_file_extends_the_packaged_registry_and_ids_stay_stable(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "my_sources.yaml").write_text(MY_SOURCES, encoding="utf-8")
    plain = attribution_command("extract", "--format", "jsonl", "article.txt", cwd=tmp_path)
    extended = attribution_command("extract", "--format", "jsonl", "--registry", "my_sources.yaml", "article.txt",
                                   cwd=tmp_path)
    replaced = attribution_command("extract", "--format", "jsonl", "--registry", "my_sources.yaml",
                                   "--replace-registry", "article.txt", cwd=tmp_path)
    assert plain.returncode == extended.returncode == replaced.returncode == 0, (plain.stderr, extended.stderr)
    before, after, alone = ids(plain.stdout), ids(extended.stdout), ids(replaced.stdout)
    packaged = [["ru-mod"], ["gladkov"], ["reuters"]]
    assert before[:3] == packaged and before[3] != ["kyivski-visti"]
    assert after == [*packaged, ["kyivski-visti"]], "a registry file adds its sources and changes no packaged id"
    # Replacing is still possible when asked for: the packaged ids are gone, the file's id is there.
    assert alone[3] == ["kyivski-visti"] and alone[0] != ["ru-mod"] and alone[1] != ["gladkov"]


def test_sources_search_with_a_registry_file_still_finds_the_packaged_sources(tmp_path):
    (tmp_path / "my_sources.yaml").write_text(MY_SOURCES, encoding="utf-8")
    found = attribution_command("sources", "search", "ministry", "--registry", "my_sources.yaml", cwd=tmp_path)
    assert found.returncode == 0 and "ru-mod" in found.stdout.split()
    mine = attribution_command("sources", "search", "visti", "--registry", "my_sources.yaml", cwd=tmp_path)
    assert mine.returncode == 0 and mine.stdout.split()[0] == "kyivski-visti"


def test_eval_with_a_registry_file_extends_too(tmp_path):
    # A gold article whose sources are one packaged and one from the user's file (no aliases in the gold,
    # so only the registry can name them right).
    (tmp_path / "my_sources.yaml").write_text(MY_SOURCES, encoding="utf-8")
    draft = {"id": "two-sources", "origin": "written for this test",
             "text": "The Russian defence ministry said 40 drones were shot down. KV reported that the bridge was closed.",
             "sources": {"ru-mod": {"name": "Russian Ministry of Defense", "kind": "government"},
                         "kv": {"name": "Kyivski Visti", "kind": "media"}},
             "sentences": [
                 {"text": "The Russian defence ministry said 40 drones were shot down.", "sources": ["ru-mod"],
                  "attribution": "indirect"},
                 {"text": "KV reported that the bridge was closed.", "sources": ["kv"], "attribution": "indirect"}]}
    (tmp_path / "two-sources.yaml").write_text(json.dumps(draft), encoding="utf-8")  # JSON is YAML
    built = attribution_command("corpus", "build", "two-sources.yaml", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    f1 = {}
    for name, flags in {"packaged": [], "extended": ["--registry", "my_sources.yaml"],
                        "replaced": ["--registry", "my_sources.yaml", "--replace-registry"]}.items():
        result = attribution_command("eval", "two-sources.gold.json", "--quiet", "--json", f"{name}.json", *flags,
                                     cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        f1[name] = json.loads((tmp_path / f"{name}.json").read_text())["totals"]["sources"]["f1"]
    assert f1["extended"] == 1.0
    assert f1["packaged"] < 1.0 and f1["replaced"] < 1.0


# ---- 2. sources check: a reused packaged id, a YAML syntax error -----------------------------------------


def test_sources_check_says_what_a_reused_packaged_id_would_update(tmp_path):
    (tmp_path / "mod.yaml").write_text("- id: ru-mod\n  name: Ministry of Defence of Russia\n  kind: government\n"
                                       "  aliases: [Minoborony]\n", encoding="utf-8")
    result = attribution_command("sources", "check", "mod.yaml", cwd=tmp_path)
    assert result.returncode == 0
    note, ok = result.stdout.splitlines()
    assert note.startswith("mod.yaml: entry 0 (ru-mod): note: reuses the packaged id 'ru-mod' "
                           "(Russian Ministry of Defense, government), so --registry updates that source: ")
    assert "its name 'Russian Ministry of Defense' becomes 'Ministry of Defence of Russia'" in note
    packaged = SourceRegistry.default().get("ru-mod")
    assert "alias 'Minoborony' added" in note
    assert f"it keeps its {len(packaged.aliases)} aliases and {len(packaged.roles)} role nouns" in note
    assert ok == "mod.yaml: ok, 1 source (updates 1 packaged source)"


def test_a_yaml_syntax_error_is_one_problem_with_its_line(tmp_path):
    (tmp_path / "broken.yaml").write_text("- id: a\n  name: A\n  kind: media\n  aliases: [x, y\n- id: b\n",
                                          encoding="utf-8")
    result = attribution_command("sources", "check", "broken.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "broken.yaml: not valid YAML: line 5, column 5: expected ',' or ']', but got ':' "
        "(while parsing a flow sequence at line 4)",
        "broken.yaml: 1 problem",
    ]


# ---- 3. the library's warnings, said by the command -------------------------------------------------------

HTML_AS_TEXT = ("<!DOCTYPE html><html><body><p>The governor said two people were injured in the attack on the "
                "city.</p></body></html>")
UKRAINIAN = "Губернатор заявив, що двоє людей поранені внаслідок атаки на місто."
MENU = "\n".join([
    "Home | World | Politics | the latest news of the day was that the council said it would meet again on Friday",
    "Home | World | Business | the report that was published by the ministry has found that prices rose in the spring",
    "Home | World | Sport | he said that the club had been told it was not allowed to sign players in the summer",
])


def test_warnings_are_said_in_the_commands_format_with_the_input_name(tmp_path):
    (tmp_path / "page.txt").write_text(HTML_AS_TEXT, encoding="utf-8")
    (tmp_path / "uk.txt").write_text(UKRAINIAN, encoding="utf-8")
    (tmp_path / "menu.txt").write_text(MENU, encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"text": HTML_AS_TEXT}) + "\n", encoding="utf-8")
    # Read as English on purpose (--language en): a Ukrainian text is then warned about.
    result = attribution_command("extract", "--language", "en", "page.txt", "uk.txt", "menu.txt", "lines.jsonl",
                                 cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert all(line.startswith("attribution: ") for line in lines), "no raw Python warnings, no source lines"
    assert "Warning" not in result.stderr and ".py:" not in result.stderr
    by_input = {line.split(": ")[1]: line for line in lines}
    assert set(by_input) == {"page.txt", "uk.txt", "menu.txt", "lines.jsonl:1"}
    assert "looks like HTML" in by_input["page.txt"] and "--input-format html" in by_input["page.txt"]
    assert "attribution extract page.html" not in result.stderr
    assert "Ukrainian (Cyrillic)" in by_input["uk.txt"]
    assert "no claims" in by_input["menu.txt"]
    assert "put the article's text in the field" in by_input["lines.jsonl:1"]
    # ... and the advice works: read as HTML, the page gives its claim and no warning.
    again = attribution_command("extract", "--input-format", "html", "--format", "jsonl", "page.txt", cwd=tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    assert any(json.loads(line)["record"] == "claim" for line in again.stdout.splitlines())


def test_extract_many_with_workers_gives_every_warning_in_the_callers_process(extractor):
    import warnings

    from attribution import LanguageWarning, LostTextWarning, MarkupWarning

    texts = [HTML_AS_TEXT, UKRAINIAN, MENU, "Reuters reported that the port was hit."]
    extractor = Extractor(model=extractor.nlp, language="en")  # English only: Ukrainian gets a warning
    caught = {}
    for processes in (1, 2):
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            results = list(extractor.extract_many(texts, batch_size=1, n_process=processes))
        assert len(results[3]) == 1
        caught[processes] = [w.category for w in said]
    assert caught[1] == caught[2] == [MarkupWarning, LanguageWarning, LostTextWarning]


# ---- 4. one CSV schema -----------------------------------------------------------------------------------


def test_csv_has_one_schema_for_files_jsonl_and_standard_input(tmp_path):
    (tmp_path / "a.txt").write_text("Reuters reported that the port was hit.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b1", "text": "The governor said two people were injured."})
                                      + "\n", encoding="utf-8")
    runs = [attribution_command("extract", "--format", "csv", "a.txt", cwd=tmp_path),
            attribution_command("extract", "--format", "csv", "b.jsonl", cwd=tmp_path),
            attribution_command("extract", "--format", "csv", cwd=tmp_path, stdin="Astra reported explosions.")]
    headers = {run.stdout.splitlines()[0] for run in runs}
    assert headers == {",".join((*CSV_DOCUMENT_COLUMNS, *COLUMNS))}
    # Appended runs are one valid CSV file.
    appended = runs[0].stdout + "".join(run.stdout.split("\n", 1)[1] for run in runs[1:])
    rows = list(csv.DictReader(io.StringIO(appended)))
    assert [(r["input"], r["line"], r["source_ids"]) for r in rows] == [
        ("a.txt", "", "reuters"), ("b.jsonl", "1", "governor"), ("<stdin>", "", "astra")]
    assert json.loads(rows[1]["context"]) == {"id": "b1"} and rows[0]["context"] == ""


# ---- 7. the smaller things -------------------------------------------------------------------------------


def test_empty_binary_and_null_inputs_each_get_a_clear_note(tmp_path):
    (tmp_path / "good.txt").write_text("Reuters reported that the port was hit.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    (tmp_path / "nulls.jsonl").write_text('{"text": null}\n{"text": 3}\n{"text": ["a"]}\n', encoding="utf-8")
    result = attribution_command("extract", "--format", "csv", "good.txt", "empty.txt", "blank.txt", "photo.txt",
                                 "nulls.jsonl", cwd=tmp_path)
    assert result.returncode == 1, "inputs with nothing to tag are failures; the good one is still tagged"
    assert result.stderr.splitlines() == [
        "attribution: empty.txt: empty input: no text to tag",
        "attribution: blank.txt: empty input: no text to tag",
        "attribution: photo.txt: binary data, not text (it holds NUL bytes); extract reads text, HTML and JSONL files",
        "attribution: nulls.jsonl:1: field 'text' is null, not text",
        "attribution: nulls.jsonl:2: field 'text' is a number, not text",
        "attribution: nulls.jsonl:3: field 'text' is an array, not text",
    ]
    assert [row["input"] for row in csv.DictReader(io.StringIO(result.stdout))] == ["good.txt"]


def test_empty_standard_input_is_said(tmp_path):
    result = attribution_command("extract", cwd=tmp_path, stdin="")
    assert result.returncode == 1 and result.stderr == "attribution: <stdin>: empty input: no text to tag\n"


def test_version_and_help_without_markup(tmp_path):
    from importlib.metadata import version

    result = attribution_command("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"attribution {version('attribution')}\n")
    for argv in (["--help"], ["extract", "--help"], ["sources", "check", "--help"], ["corpus", "build", "--help"]):
        shown = attribution_command(*argv, cwd=tmp_path)
        assert shown.returncode == 0 and shown.stdout.startswith("usage: attribution")
        assert "``" not in shown.stdout and "`" not in shown.stdout, argv


# ---- 8. attribution corpus build -------------------------------------------------------------------------

DRAFT = """id: chain-example
origin: written for this test
language: en
text: |
  Menu | News
  Astra, citing sources in the ministry, reported that two drones "allegedly" hit the depot.
sources:
  astra: {name: Astra, kind: media}
  ministry-sources: {name: sources in the ministry, kind: official, anonymous: true}
sentences:
  - text: Astra, citing sources in the ministry, reported that two drones "allegedly" hit the depot.
    sources: [astra, ministry-sources]
    attribution: indirect
    via: {ministry-sources: astra}
    hedges:
      - {text: allegedly, kind: scare_quote}
"""


def test_corpus_build_writes_the_gold_file_next_to_the_draft(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "mine.yaml").write_text(DRAFT, encoding="utf-8")
    result = attribution_command("corpus", "build", "drafts/mine.yaml", cwd=tmp_path)
    gold_file = tmp_path / "drafts" / "chain-example.gold.json"
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok   drafts/chain-example.gold.json (1 sentence)\n"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    sentence = gold["sentences"][0]
    assert gold["text"][sentence["start"]:sentence["end"]] == sentence["text"]
    assert sentence["via"] == {"ministry-sources": "astra"} and gold["language"] == "en"
    assert gold["sources"]["ministry-sources"]["anonymous"] is True
    hedge = sentence["hedges"][0]
    assert gold["text"][hedge["start"]:hedge["end"]] == "allegedly"
    # The gold file is what eval reads.
    scored = attribution_command("eval", "drafts", "--quiet", "--json", "report.json", cwd=tmp_path)
    assert scored.returncode == 0, scored.stderr
    assert json.loads((tmp_path / "report.json").read_text())["totals"]["sources"]["f1"] == 1.0


def test_corpus_build_keeps_the_corpus_layout_and_reports_bad_drafts(tmp_path):
    draft = tmp_path / "corpus" / "src" / "mine" / "dev" / "x.yaml"
    draft.parent.mkdir(parents=True)
    draft.write_text(DRAFT, encoding="utf-8")
    bad = tmp_path / "corpus" / "src" / "mine" / "dev" / "y.yaml"
    bad.write_text(DRAFT.replace("attribution: indirect", "attribution: rumour"), encoding="utf-8")
    result = attribution_command("corpus", "build", "corpus/src", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "corpus" / "mine" / "dev" / "chain-example.gold.json").exists()
    assert result.stderr.startswith("FAIL corpus/src/mine/dev/y.yaml: corpus/src/mine/dev/y.yaml: sentence 0")
    assert "bad attribution 'rumour'" in result.stderr


def test_the_repository_wrapper_builds_drafts_under_corpus_src(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "src" / "dev").mkdir(parents=True)
    shutil.copy(ROOT / "corpus" / "build.py", corpus / "build.py")
    (corpus / "src" / "dev" / "x.yaml").write_text(DRAFT, encoding="utf-8")
    result = subprocess.run([sys.executable, str(corpus / "build.py")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (corpus / "dev" / "chain-example.gold.json").exists()
    assert not (corpus / "src" / "dev" / "chain-example.gold.json").exists()


@pytest.mark.parametrize("draft, message", [
    ("text: [unclosed\n", "not valid YAML: line 2"),
    ("- a list\n", "expected a mapping"),
    ("id: x\norigin: o\ntext: t\n", "missing keys ['sentences']"),
    (DRAFT.replace("kind: official", "kind: ministry"), "source ministry-sources: bad kind 'ministry'"),
    (DRAFT.replace("via: {ministry-sources: astra}", "via: {ministry-sources: tass}"), "via ministry-sources -> tass"),
    (DRAFT.replace("language: en", "language: de"), "bad language 'de'"),
    # YAML reads a bare 0342 as the number 226
    (DRAFT.replace("kind: official, anonymous: true}", "kind: official, anonymous: true, aliases: [0342]}"),
     "source ministry-sources: aliases must be a list of texts"),
], ids=["yaml", "not-a-mapping", "missing-key", "source-kind", "via", "language", "alias-number"])
def test_a_bad_draft_is_reported_with_its_place(tmp_path, draft, message):
    from attribution.corpusbuild import DraftError, build

    path = tmp_path / "d.yaml"
    path.write_text(draft, encoding="utf-8")
    with pytest.raises(DraftError, match=None) as caught:
        build(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)
