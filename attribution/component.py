"""The ``claim_attribution`` spaCy component: body, sentences, quotes, cues, sources, hedges and claims on a Doc."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .claims import ClaimBuilder
from .cues import CueFinder
from .extensions import CUES_KEY, HEDGES_KEY, SPANS_KEY, register_extensions
from .hedges import HedgeFinder
from .models import Claim
from .layout import AttributionLayout, layout_of
from .registry import SourceRegistry
from .rules import (CueRules, DiscourseRules, HedgeRules, PageRules, default_cues, default_discourse, default_hedges,
                    default_page, load_rules)
from .sources import SourceResolver

LAYOUT_PIPE = "attribution_layout"


class ClaimAttribution:
    """Tag every sentence of an article's body with its sources, attribution, cue and hedges (``doc._.claims``)."""

    def __init__(self, nlp: Language, name: str, *, registry: SourceRegistry, cues: CueRules, hedges: HedgeRules,
                 page: PageRules, discourse: DiscourseRules, write_spans: bool = True) -> None:
        register_extensions()
        self.name = name
        self.write_spans = write_spans
        self.layout = AttributionLayout(nlp, f"{name}_layout", page=page)
        self.cue_finder = CueFinder(cues)
        self.hedge_finder = HedgeFinder(hedges)
        self._rules = (cues, discourse)
        self.set_registry(registry)

    def set_registry(self, registry: SourceRegistry) -> None:
        """Use another source registry from now on."""
        cues, discourse = self._rules
        self.registry = registry
        self.resolver = SourceResolver(registry, discourse, cues.utterance_nouns, cues.evidence_nouns)
        self.builder = ClaimBuilder(self.cue_finder, self.hedge_finder, self.resolver, discourse)

    def __call__(self, doc: Doc) -> Doc:
        _check_annotations(doc, self.name)
        layout = layout_of(doc, self.layout)
        claims = self.builder.build(doc, layout.sentences, layout.quotes, layout.brands)
        doc._.claims = claims
        if self.write_spans:
            _write_spans(doc, claims)
        return doc


def _check_annotations(doc: Doc, name: str) -> None:
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError(f"[{name}] needs a dependency parse: add it after a 'parser' in an English pipeline "
                         f"such as en_core_web_sm (this pipeline gave the Doc no DEP annotation).")


def _write_spans(doc: Doc, claims: list[Claim]) -> None:
    """Store claims, hedges and cues as span groups, so displaCy and DocBin carry them."""
    claim_spans: list[Span] = []
    hedge_spans: list[Span] = []
    cue_spans: list[Span] = []
    for claim in claims:
        label = claim.sources[0].name if claim.sources else "outlet"
        span = doc.char_span(claim.start, claim.end, label=label, alignment_mode="expand")
        if span is not None:
            claim_spans.append(span)
        for hedge in claim.hedges:
            span = doc.char_span(hedge.start, hedge.end, label=hedge.kind, alignment_mode="expand")
            if span is not None:
                hedge_spans.append(span)
        if claim.cue is not None:
            span = doc.char_span(claim.cue.start, claim.cue.end, label="cue", alignment_mode="expand")
            if span is not None:
                cue_spans.append(span)
    doc.spans[SPANS_KEY] = claim_spans
    doc.spans[HEDGES_KEY] = hedge_spans
    doc.spans[CUES_KEY] = cue_spans


def _optional_rules(model, path: str | None, default):
    return load_rules(model, Path(path)) if path else default()


@Language.factory(
    "claim_attribution",
    assigns=["doc._.claims"],
    requires=["token.dep", "token.pos", "token.lemma"],
    default_config={"registry_path": None, "cues_path": None, "hedges_path": None, "page_path": None,
                    "discourse_path": None, "fuzzy_cutoff": 90.0, "write_spans": True},
)
def make_claim_attribution(nlp: Language, name: str, registry_path: str | None, cues_path: str | None,
                           hedges_path: str | None, page_path: str | None, discourse_path: str | None,
                           fuzzy_cutoff: float, write_spans: bool) -> ClaimAttribution:
    """Build the component; every ``*_path`` left empty uses the file shipped in ``attribution/data``.

    Unless the pipeline has it already, ``attribution_layout`` is placed before the parser, so that
    the parse respects the article's lines and sentences.
    """
    if LAYOUT_PIPE not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LAYOUT_PIPE, before="parser", config={"page_path": page_path})
    registry = (SourceRegistry.from_file(registry_path, fuzzy_cutoff=fuzzy_cutoff) if registry_path
                else SourceRegistry.default())
    return ClaimAttribution(
        nlp, name, registry=registry,
        cues=_optional_rules(CueRules, cues_path, default_cues),
        hedges=_optional_rules(HedgeRules, hedges_path, default_hedges),
        page=_optional_rules(PageRules, page_path, default_page),
        discourse=_optional_rules(DiscourseRules, discourse_path, default_discourse),
        write_spans=write_spans,
    )
