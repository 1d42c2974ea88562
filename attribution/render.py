"""Rendering: an article as self-contained HTML, each sentence highlighted by the source it is attributed to.

The page needs no network and no assets: CSS is inline, text is HTML-escaped, and the markup is plain
spans, so it can be saved, mailed or shown in Jupyter as it is.

- a claim sentence gets the colour of its source (stripes when it has several); the outlet's own voice
  stays unhighlighted; text no claim covers (boilerplate) is greyed out;
- cues are bold; hedges are underlined, one line style per kind, and name their kind on hover;
- a legend lists each source's canonical name, kind and number of claims.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from .models import Claim, Source

# Light, clearly different hues on which dark text stays readable (Tableau's light series without its grey,
# plus a yellow); grey is left out because grey text marks boilerplate.
PALETTE = (
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#d9b8a5", "#f7b6d2", "#dbdb8d", "#9edae5", "#ffe680",
)
HEDGE_STYLES = {
    "epistemic": "solid",
    "scare_quote": "wavy",
    "distancing_verb": "dashed",
    "evidential": "dotted",
}
CSS = """
.attribution-view { background: #fff; color: #1a1a1a; font: 15px/1.75 Georgia, "Times New Roman", serif;
  max-width: 50em; padding: 0.5em 1em 1em; }
.attribution-view .attr-legend { font: 13px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  border-bottom: 1px solid #ddd; padding-bottom: 0.6em; margin-bottom: 0.8em; }
.attribution-view .attr-legend ul { list-style: none; margin: 0.2em 0; padding: 0; }
.attribution-view .attr-legend li { display: inline-block; margin: 0.15em 1.2em 0.15em 0; }
.attribution-view .attr-swatch { display: inline-block; width: 1.6em; height: 0.95em; margin-right: 0.35em;
  vertical-align: -0.1em; border-radius: 2px; border: 1px solid rgba(0, 0, 0, 0.15); }
.attribution-view .attr-kind, .attribution-view .attr-count { color: #666; }
.attribution-view .attr-summary { color: #444; margin-bottom: 0.3em; }
.attribution-view .attr-text { white-space: pre-wrap; overflow-wrap: break-word; }
.attribution-view .attr-claim { border-radius: 3px; padding: 0.05em 0; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.attribution-view .attr-boilerplate { color: #9a9a9a; }
.attribution-view .attr-cue { font-weight: bold; }
.attribution-view .attr-hedge { text-decoration-line: underline; text-decoration-color: #b03020;
  text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: help; }
""" + "".join(
    f".attribution-view .attr-hedge-{kind} {{ text-decoration-style: {style}; }}\n"
    for kind, style in HEDGE_STYLES.items()
) + """
.attribution-view table.attr-table { border-collapse: collapse; font: 13px/1.45 system-ui, sans-serif; }
.attribution-view table.attr-table th, .attribution-view table.attr-table td { border-bottom: 1px solid #e4e4e4;
  padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
.attribution-view h2.attr-title { font: 600 17px/1.3 system-ui, sans-serif; margin: 1.4em 0 0.4em; }
"""


def source_colour(source_id: str) -> str:
    """The home colour of a source: a fixed function of its id, so it is the same in every article and run."""
    return PALETTE[zlib.crc32(source_id.encode("utf-8")) % len(PALETTE)]


def assign_colours(source_ids: Iterable[str]) -> dict[str, str]:
    """One colour per source: its home colour, or a free one when another source on the page has it.

    Collisions are settled in id order and only the sources that lose one move (to the next free colour
    after their home), so the result depends on the set of sources alone, not on where they appear, and
    every other source keeps the colour it has in every article.
    """
    colours: dict[str, str] = {}
    losers = []
    for source_id in sorted(set(source_ids)):
        home = source_colour(source_id)
        if home in colours.values():
            losers.append(source_id)
        else:
            colours[source_id] = home
    for source_id in losers:
        start = PALETTE.index(source_colour(source_id))
        free = [PALETTE[(start + step) % len(PALETTE)] for step in range(1, len(PALETTE))]
        taken = set(colours.values())
        # More sources than colours: reuse the home colour (the legend and hover still tell them apart).
        colours[source_id] = next((c for c in free if c not in taken), PALETTE[start])
    return colours


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # "cue" or a hedge kind


def _marks(claim: Claim) -> list[_Mark]:
    marks = [_Mark(h.start, h.end, h.kind) for h in claim.hedges]
    if claim.cue is not None:
        marks.append(_Mark(claim.cue.start, claim.cue.end, "cue"))
    return marks


def _marked(text: str, start: int, end: int, marks: Sequence[_Mark], offset: int = 0) -> str:
    """Escaped ``text[start:end]`` with cues in bold and hedges underlined; offsets are shifted by ``offset``.

    The range is cut at every mark boundary, so marks that overlap (a distancing verb that is also the
    cue, say) nest correctly.
    """
    cuts = {start, end}
    for mark in marks:
        cuts.update(p for p in (mark.start, mark.end) if start < p < end)
    points = sorted(cuts)
    pieces = []
    for a, b in zip(points, points[1:]):
        html = escape(text[a - offset:b - offset])
        active = [m for m in marks if m.start <= a and b <= m.end]
        if any(m.kind == "cue" for m in active):
            html = f'<b class="attr-cue" title="cue">{html}</b>'
        for kind in sorted({m.kind for m in active if m.kind != "cue"}):
            html = (f'<span class="attr-hedge attr-hedge-{escape(kind)}" title="hedge: {escape(kind)}">'
                    f"{html}</span>")
        pieces.append(html)
    return "".join(pieces)


def _background(sources: Sequence[Source], colours: dict[str, str]) -> str:
    shades = list(dict.fromkeys(colours[s.id] for s in sources))
    if len(shades) == 1:
        return f"background-color: {shades[0]};"
    # Several sources share the claim: diagonal stripes of each one's colour.
    width = 10
    stops = ", ".join(f"{c} {i * width}px {(i + 1) * width}px" for i, c in enumerate(shades))
    return f"background-image: repeating-linear-gradient(135deg, {stops});"


def _claim_title(claim: Claim) -> str:
    from .formats import source_label

    who = "; ".join(source_label(s, claim.sources) for s in claim.sources) or "the outlet's own voice"
    return f"{who} | {claim.attribution}"


def _source_details(source: Source, sources: Sequence[Source]) -> str:
    """HTML after a source's name: its kind, "unnamed" for an anonymous source, the relay it comes through."""
    details = escape(source.kind) + (", unnamed" if source.anonymous else "")
    html = f'<span class="attr-kind">{details}</span>'
    if source.via is not None:
        relay = next((s.name for s in sources if s.id == source.via), source.via)
        html += f' <span class="attr-via">via {escape(relay)}</span>'
    return html


def _check(text: str, claims: Sequence[Claim]) -> None:
    if not isinstance(text, str):
        raise TypeError(f"render() takes the article as a str, got {type(text).__name__}")
    for claim in claims:
        if text[claim.start:claim.end] != claim.text:
            raise ValueError(f"claim at {claim.start}-{claim.end} ({claim.text[:40]!r}) does not match the text "
                             f"there ({text[claim.start:claim.end][:40]!r}): render the text the claims came from")


def _sources_in_order(claims: Sequence[Claim]) -> list[tuple[Source, int]]:
    counts: dict[str, int] = {}
    first: dict[str, Source] = {}
    for claim in claims:
        for source in claim.sources:
            first.setdefault(source.id, source)
            counts[source.id] = counts.get(source.id, 0) + 1
    return [(first[i], counts[i]) for i in first]


def _legend(claims: Sequence[Claim], colours: dict[str, str], *, boilerplate: bool = True) -> str:
    sources = _sources_in_order(claims)
    items = []
    for source, count in sources:
        items.append(
            f'<li class="attr-legend-source" data-source="{escape(source.id)}">'
            f'<span class="attr-swatch" style="background-color: {colours[source.id]};"></span>'
            f'<span class="attr-name">{escape(source.name)}</span> '
            f'<span class="attr-kind">{escape(source.kind)}{", unnamed" if source.anonymous else ""}</span> '
            f'<span class="attr-count">&times;{count}</span></li>')
    own_voice = sum(1 for c in claims if not c.sources)
    items.append(f'<li class="attr-legend-outlet"><span class="attr-swatch" style="background-color: #fff;"></span>'
                 f'outlet\'s own voice <span class="attr-count">&times;{own_voice}</span></li>')
    key = ['<li><b class="attr-cue">cue</b></li>']
    key += [f'<li><span class="attr-hedge attr-hedge-{k}" title="hedge: {k}">{k.replace("_", " ")}</span></li>'
            for k in HEDGE_STYLES]
    if boilerplate:
        key.append('<li><span class="attr-boilerplate">boilerplate (no claim)</span></li>')
    hedges = sum(len(c.hedges) for c in claims)
    summary = (f"{len(claims)} claim{'s' * (len(claims) != 1)} &middot; {len(sources)} "
               f"source{'s' * (len(sources) != 1)} &middot; {hedges} hedge{'s' * (hedges != 1)}")
    return (f'<div class="attr-legend"><div class="attr-summary">{summary}</div>'
            f'<ul class="attr-legend-sources">{"".join(items)}</ul>'
            f'<ul class="attr-legend-key">{"".join(key)}</ul></div>')


def _article(text: str, claims: Sequence[Claim], colours: dict[str, str], anchor: str | None = None) -> str:
    pieces = []
    position = 0
    for number, claim in sorted(enumerate(claims), key=lambda nc: (nc[1].start, nc[1].end)):
        start = max(claim.start, position)
        if start > position:
            pieces.append(f'<span class="attr-boilerplate">{escape(text[position:start])}</span>')
        style = f' style="{_background(claim.sources, colours)}"' if claim.sources else ""
        ids = " ".join(s.id for s in claim.sources)
        # With an anchor, each claim can be linked to: "<anchor>-c<its index in the list>".
        target = f' id="{escape(anchor)}-c{number}"' if anchor else ""
        pieces.append(
            f'<span{target} class="attr-claim attr-{escape(claim.attribution)}"{style} data-sources="{escape(ids)}" '
            f'data-attribution="{escape(claim.attribution)}" title="{escape(_claim_title(claim))}">'
            f"{_marked(text, start, claim.end, _marks(claim))}</span>")
        position = max(position, claim.end)
    if position < len(text):
        pieces.append(f'<span class="attr-boilerplate">{escape(text[position:])}</span>')
    return f'<div class="attr-text">{"".join(pieces)}</div>'


def render_fragment(text: str, claims: Sequence[Claim], *, heading: str | None = None,
                    anchor: str | None = None, style: bool = True) -> str:
    """The article view as one ``<div>`` with its own ``<style>``, for embedding (Jupyter uses this).

    ``anchor`` gives every claim an ``id`` (``<anchor>-c<index>``) that other pages can link to; ``style=False``
    leaves out the ``<style>`` element, for a page that holds ``CSS`` once for many articles.
    """
    claims = list(claims)
    _check(text, claims)
    colours = assign_colours(s.id for c in claims for s in c.sources)
    top = f'<h2 class="attr-title">{escape(heading)}</h2>' if heading else ""
    css = f"<style>{CSS}</style>" if style else ""
    return (f'<div class="attribution-view">{css}'
            f"{top}{_legend(claims, colours)}{_article(text, claims, colours, anchor)}</div>")


def render_table(claims: Sequence[Claim]) -> str:
    """The claims as an HTML table (sentence, sources, attribution, hedges), for when the article text is unknown."""
    claims = list(claims)
    colours = assign_colours(s.id for c in claims for s in c.sources)
    rows = []
    for number, claim in enumerate(claims, 1):
        sentence = _marked(claim.text, claim.start, claim.end, _marks(claim), offset=claim.start)
        sources = "<br>".join(
            f'<span class="attr-swatch" style="background-color: {colours[s.id]};"></span>{escape(s.name)} '
            f'{_source_details(s, claim.sources)}' for s in claim.sources) or "&ndash;"
        hedges = ", ".join(f"{escape(h.text)} <span class=\"attr-kind\">{escape(h.kind)}</span>" for h in claim.hedges)
        rows.append(f"<tr><td>{number}</td><td>{claim.start}&ndash;{claim.end}</td><td>{sentence}</td>"
                    f"<td>{sources}</td><td>{escape(claim.attribution)}</td><td>{hedges}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("#", "offsets", "sentence", "sources", "attribution", "hedges"))
    return (f'<div class="attribution-view"><style>{CSS}</style>{_legend(claims, colours, boilerplate=False)}'
            f'<table class="attr-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def render_claim(claim: Claim) -> str:
    """One claim as a small card: the sentence (cues bold, hedges underlined) and every field, for Jupyter."""
    colours = assign_colours(s.id for s in claim.sources)
    sentence = _marked(claim.text, claim.start, claim.end, _marks(claim), offset=claim.start)
    style = f' style="{_background(claim.sources, colours)}"' if claim.sources else ""
    sources = "<br>".join(
        f'<span class="attr-swatch" style="background-color: {colours[s.id]};"></span>{escape(s.name)} '
        f'{_source_details(s, claim.sources)} <span class="attr-count">{escape(s.id)} &middot; '
        f'&ldquo;{escape(s.mention)}&rdquo;</span>' for s in claim.sources) or "&ndash; (the outlet&rsquo;s own voice)"
    cue = f"{escape(claim.cue.text)} ({claim.cue.start}&ndash;{claim.cue.end})" if claim.cue else "&ndash;"
    hedges = ", ".join(f"{escape(h.text)} <span class=\"attr-kind\">{escape(h.kind)}</span>"
                       for h in claim.hedges) or "&ndash;"
    rows = [("sources", sources), ("attribution", escape(claim.attribution)), ("cue", cue), ("hedges", hedges),
            ("offsets", f"{claim.start}&ndash;{claim.end}")]
    if claim.carried_from is not None:
        rows.append(("carried from", f"claim {claim.carried_from}"))
    if claim.rules:
        rows.append(("rules", ", ".join(f"<code>{escape(rule)}</code>" for rule in claim.rules)))
    body = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    return (f'<div class="attribution-view"><style>{CSS}</style>'
            f'<p class="attr-text"><span class="attr-claim"{style}>{sentence}</span></p>'
            f'<table class="attr-table"><tbody>{body}</tbody></table></div>')


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def render(text: str, claims: Sequence[Claim], *, title: str = "Claims and their sources") -> str:
    """A self-contained HTML page of the article with its claims highlighted by source.

    Args:
        text: The article exactly as it was given to ``extract``.
        claims: The claims extracted from it.
        title: The page title.

    Raises:
        ValueError: when a claim's offsets do not point at its sentence in ``text``.

    >>> import attribution
    >>> text = "The governor said two people were injured."
    >>> page = attribution.render(text, attribution.extract(text))
    >>> page.startswith("<!DOCTYPE html>"), 'title="cue"' in page
    (True, True)
    """
    return _page(title, render_fragment(text, claims))


def render_documents(documents: Iterable[tuple[str, str, Sequence[Claim]]], *,
                     title: str = "Claims and their sources") -> str:
    """One page for several articles: ``(heading, text, claims)`` each, one section per article."""
    sections = [f"<section>{render_fragment(text, claims, heading=heading)}</section>"
                for heading, text, claims in documents]
    return _page(title, "\n".join(sections))
