"""The command line: ``attribution extract`` on files, folders, globs and stdin, and ``attribution sources``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import attribution
from attribution import cli
from attribution.cli import Document, _progress, _sniff, _tag, main

GOVERNOR = "The governor said two people were injured. One man is in hospital."
REUTERS = "Reuters reported that the port was hit."
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Refinery hit</title><script>var t = "tracking";</script></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Drones hit refinery in Kaluga region</h1>
<p>The Russian Ministry of Defense has accused Ukraine of targeting Belgorod and Kaluga regions with drones.</p>
<p>According to the ministry, air defense allegedly destroyed five drones &amp; two rockets over the region.</p>
<p>Later, the governor of the Belgorod region, Vyacheslav Gladkov, said that two people were injured.</p>
</article></main>
<footer><p>Subscribe to our newsletter</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch, extractor):
    """Every command reuses the session's pipeline instead of loading its own (and gets its registry back)."""
    registry = extractor.registry
    monkeypatch.setattr(attribution.extractor, "load_pipeline", lambda model: extractor.nlp)
    yield
    extractor.component.set_registry(registry)


@pytest.fixture
def files(tmp_path, monkeypatch):
    """A folder of inputs: a text file, a saved web page, a JSONL file (one bad line) and a hidden file."""
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/governor.txt").write_text(GOVERNOR, encoding="utf-8")
    Path("news/pages").mkdir()
    Path("news/pages/refinery.html").write_text(PAGE, encoding="utf-8")
    Path("news/batch.jsonl").write_text(
        json.dumps({"id": "a1", "body": REUTERS, "url": "https://example.org/a1"}) + "\n\n"
        + "{not json\n" + json.dumps({"id": "a2", "body": GOVERNOR}) + "\n", encoding="utf-8")
    Path("news/.draft.txt").write_text("Hidden draft.", encoding="utf-8")
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_file_gives_a_table(files, capsys):
    code, out, err = run(capsys, "extract", "news/governor.txt")
    assert (code, err) == (0, "")
    assert "governor (official)" in out and "indirect" in out and "implicit" in out
    assert not out.startswith("==")


def test_saved_web_page_gives_its_main_text_and_claims_that_index_it(files, capsys):
    code, out, err = run(capsys, "extract", "--format", "jsonl", "news/pages/refinery.html")
    assert (code, err) == (0, "")
    document, *claims = [json.loads(line) for line in out.splitlines()]
    assert document["record"] == "document" and document["input"] == "news/pages/refinery.html"
    text = document["text"]
    assert "Kaluga" in text and "Subscribe" not in text and "Home" not in text and "tracking" not in text
    assert {c["record"] for c in claims} == {"claim"}
    for claim in claims:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    assert any(h["text"] == "allegedly" for c in claims for h in c["hedges"])
    assert "Vyacheslav Gladkov" in {s["name"] for c in claims for s in c["sources"]}


def test_jsonl_reads_the_text_field_and_carries_the_rest_as_context(files, capsys):
    code, out, err = run(capsys, "extract", "--format", "jsonl", "--text-field", "body", "news/batch.jsonl")
    assert code == 1, "one line is broken, the others are tagged"
    assert err.splitlines() == ["attribution: news/batch.jsonl:3: not valid JSON: Expecting property name "
                                "enclosed in double quotes: line 1 column 2 (char 1)"]
    claims = [json.loads(line) for line in out.splitlines()]
    assert [(c["line"], c["context"]["id"]) for c in claims] == [(1, "a1"), (4, "a2"), (4, "a2")]
    assert claims[0]["context"] == {"id": "a1", "url": "https://example.org/a1"}
    assert claims[0]["sources"][0]["name"] == "Reuters"


def test_jsonl_without_the_field_names_the_fields_it_has(files, capsys):
    code, _, err = run(capsys, "extract", "news/batch.jsonl")
    assert code == 1
    assert "attribution: news/batch.jsonl:1: no 'text' field (fields: id, body, url); choose one with --text-field" in err


def test_folders_and_globs_expand_to_the_known_files(files, capsys):
    code, out, _ = run(capsys, "extract", "--text-field", "body", "news")
    assert code == 1  # the broken JSONL line
    headings = [line for line in out.splitlines() if line.startswith("== ")]
    assert headings == ["== news/batch.jsonl:1", "== news/batch.jsonl:4", "== news/governor.txt",
                        "== news/pages/refinery.html"]
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "news/**/*.html", "news/*.txt")
    assert code == 0
    assert [json.loads(line)["input"] for line in out.splitlines()][-1] == "news/governor.txt"


@pytest.mark.parametrize("argv, code, message", [
    (["extract", "news/governor.txt"], 0, None),
    (["extract", "news/missing.txt"], 2, "attribution: news/missing.txt: no such file or directory"),
    (["extract", "news/*.docx"], 2, "attribution: news/*.docx: no files match"),
    (["extract", "news/governor.txt", "--registry", "news/nope.yaml"], 2, "nope.yaml"),
    (["extract", "news/governor.txt", "-o", "no/such/dir/out.txt"], 2, "attribution: no/such/dir/out.txt:"),
    (["extract", "news/governor.txt", "news/latin1.txt"], 1, "attribution: news/latin1.txt: not UTF-8 text"),
    (["extract", "news/governor.txt", "news/long.txt", "--max-chars", "100"], 1,
     "attribution: news/long.txt: 200 characters, over the limit of 100; raise it with --max-chars"),
    (["extract", "news/empty.html"], 1, "attribution: news/empty.html: no article text found"),
    (["sources", "check", "news/nope.yaml"], 2, "attribution: news/nope.yaml: no such file"),
], ids=["ok", "missing-file", "empty-glob", "missing-registry", "unwritable-output", "not-utf8", "too-long",
        "page-without-text", "check-missing-file"])
def test_exit_codes_and_messages(files, capsys, argv, code, message):
    Path("news/latin1.txt").write_bytes("Le ministre a déclaré".encode("latin-1"))
    Path("news/long.txt").write_text("x" * 200, encoding="utf-8")
    Path("news/empty.html").write_text("<html><head><title>Gone</title></head><body></body></html>",
                                      encoding="utf-8")
    got, out, err = run(capsys, *argv)
    assert got == code
    if message is None:
        assert err == ""
    else:
        assert message in err
    if code == 1:
        assert "governor (official)" in out or out == "", "the good input is still tagged"


def test_bad_flag_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["extract", "--format", "docx", "x.txt"])
    assert caught.value.code == 2
    assert "invalid choice: 'docx'" in capsys.readouterr().err


def test_no_input_on_a_terminal_is_a_usage_error(capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    code, _, err = run(capsys, "extract")
    assert code == 2 and "no input" in err


@pytest.mark.parametrize("data, expected", [
    (GOVERNOR.encode(), "text"),
    (b"\n  " + PAGE.encode(), "html"),
    (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    (b"{not json at all", "text"),
    (b"<3 is a heart, said nobody.", "text"),
], ids=["text", "html", "jsonl", "brace-text", "angle-text"])
def test_standard_input_format_is_sniffed(data, expected):
    assert _sniff(data) == expected


def test_standard_input_in_a_real_shell():
    result = subprocess.run([sys.executable, "-m", "attribution", "extract", "--format", "csv", "-"],
                            input=REUTERS, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["input"], r["source_names"], r["cue"]) for r in rows] == [("<stdin>", "Reuters", "reported")]


def test_csv_has_one_header_for_all_inputs(files, capsys):
    code, out, _ = run(capsys, "extract", "--format", "csv", "--text-field", "body", "news/governor.txt",
                       "news/batch.jsonl")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1 and out.count("input,line,context,text") == 1
    assert [(r["input"], r["line"]) for r in rows] == [("news/governor.txt", ""), ("news/governor.txt", ""),
                                                       ("news/batch.jsonl", "1"), ("news/batch.jsonl", "4"),
                                                       ("news/batch.jsonl", "4")]
    assert json.loads(rows[2]["context"])["id"] == "a1"


def test_html_output_is_one_page(files, capsys):
    code, out, _ = run(capsys, "extract", "--format", "html", "-o", "one.html", "news/governor.txt")
    assert (code, out) == (0, "")
    claims = attribution.extract(GOVERNOR)
    assert Path("one.html").read_text(encoding="utf-8") == attribution.render(GOVERNOR, claims,
                                                                              title="news/governor.txt")
    code, _, _ = run(capsys, "extract", "--format", "html", "-o", "two.html", "news/governor.txt",
                     "news/pages/refinery.html")
    page = Path("two.html").read_text(encoding="utf-8")
    assert code == 0 and page.count("<section>") == 2 and page.count("<!DOCTYPE html>") == 1


@pytest.mark.parametrize("flag, tty, total, shown", [
    (None, False, 500, False),   # piped: no bar unless asked
    (None, True, 500, True),     # a terminal and many documents
    (None, True, 3, False),      # a terminal but only a few
    (None, True, None, False),   # unknown count (standard input)
    (True, False, 3, True),      # asked for
    (False, True, 500, False),   # asked not to
])
def test_progress_bar_shows_only_when_useful(monkeypatch, flag, tty, total, shown):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    bar = _progress(argparse.Namespace(progress=flag), total)
    assert (bar is not None) == shown
    if bar is not None:
        bar.update(total)
        bar.close()
        assert f"{total}/{total}" in sys.stderr.getvalue()


def test_progress_flag_draws_a_bar_on_stderr(files, capsys):
    code, out, err = run(capsys, "extract", "--progress", "--format", "jsonl", "news/governor.txt",
                         "news/pages/refinery.html")
    assert code == 0 and "2/2" in err and "doc" in err
    assert all(json.loads(line) for line in out.splitlines())


class _Flaky:
    """An extractor whose batch pipeline dies on a document containing BOOM, as a buggy component might."""

    def extract_many(self, items, batch_size=32, as_tuples=False):
        batch = []
        for text, context in items:
            batch.append((text, context))
            if len(batch) == batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _run(self, batch):
        for text, _ in batch:
            if "BOOM" in text:
                raise RuntimeError("component crashed")
        for text, context in batch:
            yield [text.upper()], context

    def extract(self, text):
        if "BOOM" in text:
            raise RuntimeError("component crashed")
        return [text.upper()]


def test_one_document_that_breaks_the_pipeline_costs_only_itself():
    documents = [Document(f"d{i}", "BOOM" if i == 4 else f"text {i}", "in") for i in range(10)]
    results = list(_tag(_Flaky(), documents, batch_size=3))
    assert [d.name for d, _ in results] == [f"d{i}" for i in range(10)]
    assert [type(r).__name__ for _, r in results] == ["list"] * 4 + ["RuntimeError"] + ["list"] * 5
    assert results[9][1] == ["TEXT 9"]


class _Reporting(_Flaky):
    """An extractor whose stream reports a failed item on its result (``Claims.error``) instead of raising."""

    def _run(self, batch):
        for text, context in batch:
            claims = attribution.Claims([] if "BOOM" in text else [text])
            if "BOOM" in text:
                claims.error = RuntimeError("component crashed")
            yield claims, context


def test_an_item_reported_as_failed_by_the_stream_is_a_failure():
    documents = [Document(f"d{i}", "BOOM" if i == 1 else f"text {i}", "in") for i in range(3)]
    results = [result for _, result in _tag(_Reporting(), documents, batch_size=2)]
    assert [type(r).__name__ for r in results] == ["Claims", "RuntimeError", "Claims"]


# ---- sources ---------------------------------------------------------------------------------------------

GOOD = """- id: kyivski-visti
  name: Kyivski Visti
  kind: media
  aliases: [KV]
"""
BAD = """sources:
  - id: Kyiv Independent
    name: The Kyiv Independent
    kind: press
  - id: astra2
    name: Astra Two
    kind: channel
  - id: astra2
    name: Astra Again
    kind: media
  - id: dup
    name: Dup
    kind: media
    colour: red
  - just a string
"""


def test_sources_check_prints_every_problem_of_a_bad_file(tmp_path, capsys):
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(BAD, encoding="utf-8")
    code, out, _ = run(capsys, "sources", "check", str(tmp_path / "good.yaml"), str(tmp_path / "bad.yaml"))
    bad = str(tmp_path / "bad.yaml")
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'good.yaml'}: ok, 1 source",
        f"{bad}: entry 0 (Kyiv Independent): field id: String should match pattern '^[a-z0-9][a-z0-9-]*$'",
        f"{bad}: entry 0 (Kyiv Independent): field kind: Input should be 'government', 'military', 'official', "
        f"'person', 'media', 'organization' or 'unknown'",
        f"{bad}: entry 1 (astra2): field kind: Input should be 'government', 'military', 'official', 'person', "
        f"'media', 'organization' or 'unknown'",
        f"{bad}: entry 2 (astra2): field id: duplicate id 'astra2'",
        f"{bad}: entry 3 (dup): field colour: Extra inputs are not permitted",
        f"{bad}: entry 4: expected a mapping, got str",
        f"{bad}: 6 problems",
    ]
    with pytest.raises(attribution.RegistryError):  # the loader refuses the same file
        attribution.SourceRegistry.from_file(tmp_path / "bad.yaml")


def test_sources_check_reports_a_clash_with_the_packaged_registry(tmp_path, capsys):
    # --registry extends the packaged registry, so a name that belongs to a packaged source is a problem there.
    clash = tmp_path / "clash.yaml"
    clash.write_text("- id: my-mod\n  name: MoD\n  kind: government\n  aliases: [Russian Ministry of Defense]\n",
                     encoding="utf-8")
    code, out, _ = run(capsys, "sources", "check", str(clash))
    assert code == 1
    assert out.splitlines() == [f"{clash}: entry 0 (my-mod): field aliases: 'Russian Ministry of Defense' already "
                                f"names source 'ru-mod' (fine with --replace-registry)", f"{clash}: 1 problem"]
    code, out, _ = run(capsys, "sources", "check", "--replace-registry", str(clash))
    assert (code, out) == (0, f"{clash}: ok, 1 source\n")


def test_sources_list_and_search(tmp_path, capsys):
    code, out, _ = run(capsys, "sources", "search", "gladkov")
    assert code == 0 and out.split()[:3] == ["gladkov", "official", "Vyacheslav"]
    code, _, err = run(capsys, "sources", "search", "no-such-source-anywhere")
    assert code == 1 and "nothing matches" in err
    code, out, _ = run(capsys, "sources", "list", "--kind", "military")
    assert code == 0 and out and all(line.split()[1] == "military" for line in out.splitlines())
    (tmp_path / "good.yaml").write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "sources", "list", "--registry", str(tmp_path / "good.yaml"), "--replace-registry")
    assert (code, out.split()[0]) == (0, "kyivski-visti") and len(out.splitlines()) == 1
    code, out, _ = run(capsys, "sources", "list", "--registry", str(tmp_path / "good.yaml"))
    assert code == 0 and len(out.splitlines()) == len(attribution.SourceRegistry.default()) + 1
    code, out, _ = run(capsys, "sources", "search", "ministry", "--registry", str(tmp_path / "good.yaml"))
    assert code == 0 and "ru-mod" in out.split(), "extending keeps the packaged sources searchable"


def test_custom_registry_names_sources_in_extract(files, capsys):
    Path("mine.yaml").write_text(GOOD, encoding="utf-8")
    Path("news/kv.txt").write_text("KV reported that the bridge was hit.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "--registry", "mine.yaml", "news/kv.txt")
    assert code == 0
    assert json.loads(out.splitlines()[0])["sources"][0]["id"] == "kyivski-visti"


def test_cli_module_keeps_the_eval_command():
    assert "eval" in cli.build_parser()._subparsers._group_actions[0].choices


def test_progress_moves_within_a_long_file(files, capsys, monkeypatch):
    # A long article is parsed in pieces; the bar moves with each piece instead of sitting at 0/1.
    original = attribution.Extractor.__init__
    monkeypatch.setattr(attribution.Extractor, "__init__",
                        lambda self, *a, **k: original(self, *a, **{**k, "piece_chars": 2_000}))
    paragraph = ("Officials in the region said the bridge was hit by two drones overnight. "
                 "The governor said repairs would take a week.")
    Path("news/long.txt").write_text("\n\n".join([paragraph] * 80), encoding="utf-8")
    code, out, err = run(capsys, "extract", "--progress", "--format", "jsonl", "news/long.txt")
    assert code == 0 and len(out.splitlines()) == 160
    states = [state for state in err.split("\r") if "characters of a long document" in state]
    assert len(states) >= 4, err
    percents = [int(state.split("%")[0].split()[-1]) for state in states]
    assert percents == sorted(percents) and 0 < percents[0] < percents[-1] < 100
    assert all(" 0/1 " in state for state in states), "whole documents are still counted whole"
    assert "1/1" in err.split("\r")[-1]


class _Warns(_Flaky):
    """An extractor whose stream breaks on BOOM and whose single-document path warns, as the library does."""

    def extract(self, text):
        import warnings

        warnings.warn("the input looks like HTML, not plain text", attribution.MarkupWarning)
        warnings.warn("no claims from a text with 3 line(s) of prose", attribution.LostTextWarning)
        return super().extract(text.replace("BOOM", "boom"))


def test_warnings_of_documents_retried_one_by_one_are_said_in_the_commands_format():
    said: list[str] = []
    documents = [Document("a.txt", "BOOM", "a.txt"), Document("b.jsonl:2", "text", "b.jsonl", line=2)]
    results = list(_tag(_Warns(), documents, batch_size=2, say=said.append))
    assert [type(r).__name__ for _, r in results] == ["list", "list"]
    assert said[0] == ("attribution: a.txt: the input looks like HTML, not plain text: tags are read as words and most "
                       "of the article is not found; read it as a web page with --input-format html (or name the file "
                       ".html)")
    assert said[1] == "attribution: a.txt: no claims from a text with 3 line(s) of prose"
    assert said[2].startswith("attribution: b.jsonl:2: the input looks like HTML") and said[2].endswith(
        "put the article's text in the field, not the page's markup")
    assert len(said) == 4
