"""report() and `attribution report`: one self-contained page of tables, charts, traces and articles; every
trace links to its sentence; the page as headless Chromium shows it."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

import attribution
from attribution.cli import Document, _report_context
from attribution.trace_eval import load_trace_set

from .conftest import chromium, run_chromium

pytest.importorskip("pandas")
pytest.importorskip("plotly")

ROOT = Path(__file__).resolve().parent.parent
TRACE_SET = ROOT / "corpus" / "trace" / "dev.yaml"
COMMAND = Path(sys.executable).with_name("attribution")


class _Page(HTMLParser):
    """Ids, links, scripts with a src, and stylesheet links of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.details = 0

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.links.append(values["href"][1:])
        if (tag == "script" and values.get("src")) or (tag == "link" and values.get("href")) or \
                (tag == "img" and not (values.get("src") or "").startswith("data:") and values.get("src")):
            self.external.append(f"{tag} {values}")
        if tag == "details":
            self.details += 1


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def trace_results(extractor):
    articles = load_trace_set(TRACE_SET).articles
    return list(extractor.extract_many(((a.text, a.context()) for a in articles), as_tuples=True))


@pytest.fixture(scope="module")
def page(trace_results):
    steps: list[str] = []
    html = attribution.report(trace_results, title="Trace set <dev>", top_traces=5, step=steps.append)
    assert steps == ["summary", "traces", "charts", "articles"]
    return html


def test_every_trace_link_reaches_its_sentence(page, trace_results):
    parsed = _parse(page)
    claim_links = [link for link in parsed.links if re.fullmatch(r"article-\d+-c\d+", link)]
    traces = attribution.trace(trace_results)
    assert len(claim_links) == sum(len(t.items) for t in traces[:5])
    assert set(claim_links) <= parsed.ids
    for link in claim_links:
        article, claim = map(int, re.findall(r"\d+", link))
        sentence = trace_results[article][0][claim].text
        assert f'id="{link}"' in page and sentence[:30] in html.unescape(page)


def test_page_is_self_contained_and_escaped(page, trace_results):
    parsed = _parse(page)
    assert parsed.external == []
    assert "<title>Trace set &lt;dev&gt;</title>" in page
    assert page.count("Plotly.newPlot") >= 4 and page.count("plotly.js v") == 1  # the library inlined once
    assert parsed.details == len(trace_results)
    assert {"charts", "summary", "traces", "articles"} <= parsed.ids


def test_tables_name_the_outlets_and_sources(page):
    for outlet in ("Kyiv Morning", "Continental Wire", "Volga Courier", "Baltic Ledger", "Frontline Monitor"):
        assert f"<td>{outlet}</td>" in page
    assert "<td>Russian Ministry of Defense</td>" in page and "<td>Vyacheslav Gladkov</td>" in page


def test_claims_without_their_text_still_report(trace_results):
    bare = [(list(claims), context) for claims, context in trace_results[:3]]
    page = attribution.report(bare)
    assert "the article's text was not kept" in page


@pytest.mark.parametrize("name, line, context, outlet_from, expected", [
    ("news/reuters/2025-03-14-kursk.txt", None, {}, "folder",
     {"id": "news/reuters/2025-03-14-kursk.txt", "title": "2025-03-14-kursk", "date": "2025-03-14",
      "outlet": "reuters"}),
    ("news/reuters-2025-03-14-kursk.txt", None, {}, "prefix",
     {"id": "news/reuters-2025-03-14-kursk.txt", "title": "reuters-2025-03-14-kursk", "date": "2025-03-14",
      "outlet": "reuters"}),
    ("a.jsonl:3", 3, {"outlet": "Wire", "date": "2025-01-02"}, "folder",
     {"id": "a.jsonl:3", "outlet": "Wire", "date": "2025-01-02"}),
    ("page.txt", None, {}, "none", {"id": "page.txt", "title": "page"}),
], ids=["folder", "prefix", "jsonl-fields-win", "nothing-known"])
def test_report_context(name, line, context, outlet_from, expected):
    document = Document(name=name, text="x", input=name.split(":")[0], line=line, context=context)
    assert _report_context(document, outlet_from) == expected


def _run(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    prefix = [str(COMMAND)] if COMMAND.exists() else [sys.executable, "-m", "attribution"]
    return subprocess.run([*prefix, *argv], cwd=cwd, capture_output=True, text=True, timeout=600)


def _corpus_jsonl(path: Path) -> int:
    """Every article of the corpus as a JSONL line with id, outlet, date and url, as a user would export them."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for gold in sorted((ROOT / "corpus").rglob("*.gold.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            record = {"id": data["id"], "text": data["text"]}
            if found := re.match(r"(.+?)-(\d{4}-\d{2}-\d{2})-", data["id"]):
                record.update(outlet=found.group(1), date=found.group(2))
            if str(data.get("origin", "")).startswith("http"):
                record["url"] = data["origin"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


@pytest.mark.slow
def test_report_command_on_the_whole_corpus(tmp_path):
    count = _corpus_jsonl(tmp_path / "corpus.jsonl")
    began = time.perf_counter()
    done = _run("report", "corpus.jsonl", "-o", "report.html", "--progress", "--period", "M", cwd=tmp_path)
    seconds = time.perf_counter() - began
    assert done.returncode == 0, done.stderr
    assert "attribution: report: traces" in done.stderr and f"{count} articles written" in done.stderr
    parsed = _parse((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert parsed.details == count and parsed.external == []
    print(f"\nattribution report over {count} corpus articles: {seconds:.1f} s")


def test_report_command_on_files_and_its_errors(tmp_path):
    folder = tmp_path / "reuters"
    folder.mkdir()
    (folder / "2025-03-14-a.txt").write_text("The governor said two people were injured in Belgorod.", "utf-8")
    (folder / "2025-03-15-b.txt").write_text("Two people were allegedly injured in Belgorod, the governor said.",
                                             "utf-8")
    done = _run("report", "reuters", "-o", "out.html", "--outlet-from", "folder", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no bar and no stages off a terminal
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "<td>reuters</td>" in html and 'href="#article-1-c0"' in html
    missing = _run("report", "nothing-here", "-o", "out.html", cwd=tmp_path)
    assert missing.returncode == 2 and "nothing-here: no such file" in missing.stderr
    no_output = _run("report", "reuters", cwd=tmp_path)
    assert no_output.returncode == 2 and "-o" in no_output.stderr
    bad = _run("report", "reuters", "-o", "out.html", "--threshold", "0", cwd=tmp_path)
    assert bad.returncode == 2 and "--threshold" in bad.stderr


# ---- the page as a reader sees it: headless Chromium ------------------------------------------------------

# Added to a copy of the page under test: errors are recorded from the start, then after load a trace link is
# followed and what the browser shows is written into the DOM for --dump-dom.
HEAD_PROBE = "<script>window.__errors = []; window.addEventListener('error', e => window.__errors.push(String(e.message)));</script>"
BODY_PROBE = """<script>
window.addEventListener('load', () => {
  const link = document.querySelector('#traces a[href^="#article-"]');
  location.hash = link.getAttribute('href');
  setTimeout(() => {
    const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    const closed = [...document.querySelectorAll('details')].filter(d => !d.open).length;
    document.body.setAttribute('data-probe', JSON.stringify({
      errors: window.__errors,
      plots: document.querySelectorAll('.js-plotly-plot .main-svg').length,
      marks: document.querySelectorAll('.js-plotly-plot .point, .js-plotly-plot .scatterlayer .trace').length,
      opened: !!target && target.closest('details').open, closed: closed,
      outline: target ? getComputedStyle(target).outlineStyle : null,
      text: target ? target.textContent : null}));
  }, 500);
});
</script>"""


@pytest.mark.browser
def test_report_in_headless_chromium(page, trace_results, tmp_path):
    binary = chromium()
    if binary is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    probed = page.replace("</head>", HEAD_PROBE + "</head>", 1).replace("</body>", BODY_PROBE + "</body>")
    (tmp_path / "report.html").write_text(probed, encoding="utf-8")
    url = (tmp_path / "report.html").as_uri()
    dom = run_chromium(binary, tmp_path / "profile-dom", "--virtual-time-budget=15000", "--dump-dom", url).stdout
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found, "the probe ran in the browser"
    seen = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert seen["errors"] == []
    charts = 4 + min(5, len(attribution.trace(trace_results)))
    assert seen["plots"] >= charts and seen["marks"] > 0, seen
    assert seen["opened"] and seen["closed"] == len(trace_results) - 1 and seen["outline"] == "solid"
    first = attribution.trace(trace_results)[0].items[0]
    assert seen["text"] == first.claim.text

    # The top of the page, and its traces (the sections above them hidden, as a screenshot cannot scroll).
    (tmp_path / "report-top.html").write_text(page, encoding="utf-8")
    hide = "<style>#charts, #summary { display: none; }</style></head>"
    (tmp_path / "report-trace.html").write_text(page.replace("</head>", hide, 1), encoding="utf-8")
    for name, size in (("report-top", (1200, 1500)), ("report-trace", (1200, 1100))):
        shot = tmp_path / f"{name}.png"
        run_chromium(binary, tmp_path / f"profile-{name}", f"--screenshot={shot}", f"--window-size={size[0]},{size[1]}",
                     "--hide-scrollbars", "--virtual-time-budget=15000", (tmp_path / f"{name}.html").as_uri())
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == size
        assert len(data) > 40_000, "a blank page compresses to a few kB; charts and tables do not"
        # Regenerate the screenshots in the docs with ATTRIBUTION_REPORT_SCREENSHOTS=docs.
        if target := os.environ.get("ATTRIBUTION_REPORT_SCREENSHOTS"):
            shutil.copyfile(shot, ROOT / target / shot.name)
