"""The HTML view: highlights, legend, escaping, stable colours, and the page as headless Chromium shows it."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import attribution
from attribution import Claim, Claims, Cue, Hedge, Source
from attribution.render import PALETTE, assign_colours, render_fragment, render_table, source_colour

from .conftest import chromium, run_chromium

ROOT = Path(__file__).resolve().parent.parent


def _source(source_id: str, name: str | None = None, kind: str = "official") -> Source:
    return Source(id=source_id, name=name or source_id.title(), kind=kind, mention=name or source_id)


def _claim(text: str, start: int, end: int, sources=(), cue=None, hedges=(), attribution="indirect") -> Claim:
    return Claim(text=text[start:end], start=start, end=end, sources=list(sources), attribution=attribution,
                 cue=cue, hedges=list(hedges))


class _Elements(HTMLParser):
    """Every element with its attributes and the text inside it, plus the text of the article div."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self._open: list[dict] = []

    def handle_starttag(self, tag, attrs):
        in_text = any("attr-text" in e.get("class", "").split() for e in self._open)
        element = {"tag": tag, **{k: v or "" for k, v in attrs}, "text": "", "in_text": in_text}
        self.elements.append(element)
        if tag not in {"br", "meta", "img", "input", "link"}:
            self._open.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index]["tag"] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"] += data

    def with_class(self, name: str, *, in_text: bool | None = None) -> list[dict]:
        """Elements of a class; ``in_text=True`` keeps those in the article (not the legend)."""
        return [e for e in self.elements if name in e.get("class", "").split()
                and (in_text is None or e["in_text"] == in_text)]


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


TEXT = "Menu\nThe governor said <two> people were allegedly hurt & \"scared\". Police claimed calm.\nAds"
GOVERNOR = _source("gladkov", "Vyacheslav Gladkov")
POLICE = _source("police", "Police", "organization")


def _at(words: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(words, after)
    return start, start + len(words)


FIRST, SECOND = _at('The governor said <two> people were allegedly hurt & "scared".'), _at("Police claimed calm.")
CLAIMS = Claims([
    _claim(TEXT, *FIRST, [GOVERNOR], Cue(text="said", start=_at("said")[0], end=_at("said")[1]),
           [Hedge(text="allegedly", kind="epistemic", start=_at("allegedly")[0], end=_at("allegedly")[1]),
            Hedge(text="scared", kind="scare_quote", start=_at("scared")[0], end=_at("scared")[1])]),
    # "claimed" is the cue and, as a distancing verb, a hedge too: the marks overlap exactly.
    _claim(TEXT, *SECOND, [POLICE], Cue(text="claimed", start=_at("claimed")[0], end=_at("claimed")[1]),
           [Hedge(text="claimed", kind="distancing_verb", start=_at("claimed")[0], end=_at("claimed")[1])]),
], text=TEXT)


def test_article_text_survives_rendering_exactly():
    article = _parse(render_fragment(TEXT, CLAIMS)).with_class("attr-text")
    assert article[0]["text"] == TEXT


def test_text_is_escaped_and_page_is_self_contained():
    page = attribution.render(TEXT, CLAIMS)
    assert "&lt;two&gt;" in page and "<two>" not in page
    assert "&amp;" in page
    for external in ("http://", "https://", "<link", "@import", "url(", "<script", "src="):
        assert external not in page


@pytest.mark.parametrize("css_class, expected_texts", [
    ("attr-cue", ["said", "claimed"]),
    ("attr-hedge-epistemic", ["allegedly"]),
    ("attr-hedge-scare_quote", ["scared"]),
    ("attr-hedge-distancing_verb", ["claimed"]),
    ("attr-boilerplate", ["Menu\n", " ", "\nAds"]),
], ids=["cues-bold", "epistemic", "scare-quote", "distancing-verb-overlapping-cue", "boilerplate"])
def test_marks_cover_exactly_their_words(css_class, expected_texts):
    marks = _parse(render_fragment(TEXT, CLAIMS)).with_class(css_class, in_text=True)
    assert [e["text"] for e in marks] == expected_texts


def test_hedges_name_their_kind_on_hover():
    hedges = _parse(render_fragment(TEXT, CLAIMS)).with_class("attr-hedge", in_text=True)
    assert [(e["text"], e["title"]) for e in hedges] == [
        ("allegedly", "hedge: epistemic"), ("scared", "hedge: scare_quote"), ("claimed", "hedge: distancing_verb")]


def test_claims_carry_their_source_colour_and_the_legend_names_sources():
    page = _parse(render_fragment(TEXT, CLAIMS))
    colours = assign_colours(["gladkov", "police"])
    claims = page.with_class("attr-claim")
    assert [c["data-sources"] for c in claims] == ["gladkov", "police"]
    assert [colours["gladkov"] in claims[0]["style"], colours["police"] in claims[1]["style"]] == [True, True]
    legend = {e["data-source"]: e["text"] for e in page.with_class("attr-legend-source")}
    assert legend == {"gladkov": "Vyacheslav Gladkov official ×1", "police": "Police organization ×1"}


def test_a_claim_with_several_sources_is_striped_in_each_colour():
    text = "Reuters and AP reported the fire."
    claim = _claim(text, 0, len(text), [_source("reuters", kind="media"), _source("ap", kind="media")])
    style = _parse(render_fragment(text, [claim])).with_class("attr-claim")[0]["style"]
    colours = assign_colours(["reuters", "ap"])
    assert "repeating-linear-gradient" in style
    assert colours["reuters"] in style and colours["ap"] in style


def test_own_voice_is_not_highlighted():
    text = "Markets fell."
    claim = _claim(text, 0, len(text), attribution="none")
    element = _parse(render_fragment(text, [claim])).with_class("attr-claim")[0]
    assert "style" not in element and element["data-sources"] == ""


def test_claims_that_do_not_belong_to_the_text_are_refused():
    with pytest.raises(ValueError, match="does not match"):
        attribution.render("Something else entirely, much longer than before.", CLAIMS)
    with pytest.raises(TypeError, match="bytes"):
        attribution.render(b"bytes", CLAIMS)


def test_colour_is_a_function_of_the_id_alone():
    # Python's hash() of a str changes between processes; the colour must not.
    code = "from attribution.render import source_colour; print(source_colour('ru-mod'), source_colour('gladkov'))"
    outputs = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2")}
    assert outputs == {f"{source_colour('ru-mod')} {source_colour('gladkov')}\n"}


@pytest.mark.parametrize("ids", [
    ["ru-mod", "gladkov", "astra", "up", "nv", "rbc-ukraine", "russia", "belgorod"],
    [f"source-{n}" for n in range(len(PALETTE))],
], ids=["seed-sources", "as-many-as-colours"])
def test_colours_on_a_page_are_distinct_and_independent_of_order(ids):
    colours = assign_colours(ids)
    assert len(set(colours.values())) == len(ids)
    assert assign_colours(reversed(ids)) == colours
    # A source whose home colour nobody else on the page has keeps it.
    homes = [source_colour(i) for i in ids]
    for source_id in ids:
        if homes.count(source_colour(source_id)) == 1:
            assert colours[source_id] == source_colour(source_id)


def test_seed_article_renders_every_claim_and_source(seed_text, seed_claims):
    page = _parse(attribution.render(seed_text, seed_claims))
    assert page.with_class("attr-text")[0]["text"] == seed_text
    assert [c["text"] for c in page.with_class("attr-claim")] == [c.text for c in seed_claims]
    names = {s.name for c in seed_claims for s in c.sources}
    assert [e["text"] for e in page.with_class("attr-name")] == list(dict.fromkeys(
        s.name for c in seed_claims for s in c.sources))
    assert names and len(names) == len({s.id for c in seed_claims for s in c.sources})


def test_claims_show_the_article_in_jupyter_when_they_know_it(seed_text, seed_claims):
    assert isinstance(seed_claims, Claims) and seed_claims.text == seed_text
    shown = seed_claims._repr_html_()
    assert 'class="attr-text"' in shown and "<table" not in shown
    by_hand = Claims(list(seed_claims))
    table = _parse(by_hand._repr_html_())
    assert table.with_class("attr-table") and len([e for e in table.elements if e["tag"] == "tr"]) == len(seed_claims) + 1
    assert render_table(seed_claims).count("<tr>") == len(seed_claims) + 1


def test_claims_edited_by_hand_fall_back_to_the_table(seed_text, seed_claims):
    edited = Claims(seed_claims[1:] + [_claim("x" * 3000, 2990, 2995)], text=seed_text)
    assert "attr-table" in edited._repr_html_()
    with pytest.raises(ValueError, match="does not match"):
        edited.render()
    with pytest.raises(ValueError, match="pass it"):
        Claims(seed_claims).render()


# ---- the page as a reader sees it: headless Chromium ------------------------------------------------------

# Appended to a copy of the page under test (the product page has no script): record what the browser
# computed for each mark, so --dump-dom shows the styles a reader actually sees.
PROBE = """<script>
for (const el of document.querySelectorAll('.attr-text .attr-claim, .attr-text .attr-cue, .attr-text .attr-hedge,'
                                           + ' .attr-text .attr-boilerplate')) {
  const s = getComputedStyle(el);
  el.setAttribute('data-seen', JSON.stringify({bg: s.backgroundColor, image: s.backgroundImage !== 'none',
    weight: s.fontWeight, line: s.textDecorationLine, style: s.textDecorationStyle, color: s.color}));
}
</script>"""


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.browser
def test_seed_page_in_headless_chromium(seed_text, seed_claims, tmp_path):
    binary = chromium()
    if binary is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    page = attribution.render(seed_text, seed_claims, title="Seed article")
    (tmp_path / "seed.html").write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    url = (tmp_path / "seed.html").as_uri()

    dom = _parse(run_chromium(binary, tmp_path / "profile-dom", "--dump-dom", url, timeout=120).stdout)
    seen = {id(e): json.loads(e["data-seen"]) for e in dom.elements if "data-seen" in e}
    assert len(seen) > len(seed_claims), "the probe ran in the browser"

    colours = assign_colours(s.id for c in seed_claims for s in c.sources)
    claims = dom.with_class("attr-claim", in_text=True)
    assert [html.unescape(c["text"]) for c in claims] == [c.text for c in seed_claims]
    for element, claim in zip(claims, seed_claims):
        look = seen[id(element)]
        if len({s.id for s in claim.sources}) == 1:
            assert look["bg"] == _rgb(colours[claim.sources[0].id]), claim.text
        elif claim.sources:
            assert look["image"], claim.text
        else:
            assert look["bg"] == "rgba(0, 0, 0, 0)", claim.text
    cues = dom.with_class("attr-cue", in_text=True)
    assert [e["text"] for e in cues] == [c.cue.text for c in seed_claims if c.cue]
    assert all(int(seen[id(e)]["weight"]) >= 700 for e in cues)
    hedges = dom.with_class("attr-hedge", in_text=True)
    assert [e["text"] for e in hedges] == [h.text for c in seed_claims for h in c.hedges]
    assert all(seen[id(e)]["line"] == "underline" for e in hedges)
    assert {e["title"] for e in hedges} == {f"hedge: {h.kind}" for c in seed_claims for h in c.hedges}
    boilerplate = dom.with_class("attr-boilerplate", in_text=True)
    assert any("Read also" in e["text"] for e in boilerplate)
    assert all(seen[id(e)]["color"] == "rgb(154, 154, 154)" for e in boilerplate)
    legend = {e["text"] for e in dom.with_class("attr-name")}
    assert legend == {s.name for c in seed_claims for s in c.sources}
    assert {e["data-source"] for e in dom.with_class("attr-legend-source")} == set(colours)

    shot = tmp_path / "render-seed.png"
    run_chromium(binary, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1100,1400",
                 "--hide-scrollbars", (tmp_path / "seed.html").as_uri(), timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1100, 1400)
    assert len(data) > 50_000, "a blank page compresses to a few kB; the article does not"
    # Regenerate the screenshot in the docs with ATTRIBUTION_SCREENSHOT=docs/render-seed.png.
    if target := os.environ.get("ATTRIBUTION_SCREENSHOT"):
        shutil.copyfile(shot, ROOT / target)
