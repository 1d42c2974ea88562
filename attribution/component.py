"""The ``claim_attribution`` spaCy component: sources, attribution, cues and hedges of every sentence on a Doc.

It needs two things upstream, and adds neither itself (no spaCy factory adds other pipes):

- a dependency parse (``parser`` of an English pipeline such as ``en_core_web_sm``);
- ``attribution_layout`` before that parser, which reads the article's lines, sentences and quotations
  and fixes them as boundaries the parser keeps.

::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("attribution_layout", before="parser")
    nlp.add_pipe("claim_attribution")
    doc = nlp(text)
    doc._.claims        # list[Claim], built from plain data that DocBin and nlp.pipe(n_process=...) carry

``nlp.add_pipe("claim_attribution")`` alone also works: the component then reads the page layout itself
(adding no pipe) and warns once (:class:`~attribution.errors.PipelineWarning`) that the layout before the
parser gives better sentence boundaries. A misplaced layout, or one under another key, raises
:class:`~attribution.errors.PipelineError` naming the ``add_pipe`` call that fixes it. The registry and rules are set in code
(``set_registry``, ``set_rules``) and saved into the component's own folder by ``nlp.to_disk``.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import saving
from .claims import ClaimBuilder
from .cues import CueFinder
from .doctext import doc_text
from .errors import PipelineError, PipelineWarning
from .extensions import (CLAIMS, CUES_KEY, HEDGES_KEY, LAYOUT, SPANS_KEY, claims_data_key, read_claims,
                         register_claims, register_extensions, write_claims)
from .hedges import HedgeFinder
from .layout import PIPE as LAYOUT_PIPE
from .layout import ArticleLayout, AttributionLayout, stored_layout
from .models import Claim
from .registry import SourceRegistry
from .rules import (CueRules, DiscourseRules, HedgeRules, _Rules, default_cues, default_discourse, default_hedges,
                    default_page, load_rules)
from .sources import SourceResolver

PIPE = "claim_attribution"
register_extensions()  # doc._.claims works on Docs read back from bytes before any component is built
# Rule files the component reads, by the name they are saved under in its folder (``cues.json``...).
RULE_FILES: dict[str, type[_Rules]] = {"cues": CueRules, "hedges": HedgeRules, "discourse": DiscourseRules}


class ClaimAttribution:
    """Tag every sentence of an article's body with its sources, attribution, cue and hedges (``doc._.claims``)."""

    def __init__(self, nlp: Language, name: str, *, registry: SourceRegistry, cues: CueRules, hedges: HedgeRules,
                 discourse: DiscourseRules, extension: str = CLAIMS, layout_key: str = LAYOUT,
                 spans_key: str = SPANS_KEY, hedges_key: str = HEDGES_KEY, cues_key: str = CUES_KEY,
                 write_spans: bool = True, fuzzy_cutoff: float = 90.0) -> None:
        self.name = name
        self.fuzzy_cutoff = fuzzy_cutoff
        self.extension = extension
        # The pipeline this component belongs to, to tell "no layout pipe" (read the page here) from a
        # layout pipe writing under another key (an error); weak, so the component keeps no Language alive.
        self._nlp = weakref.ref(nlp) if nlp is not None else None
        self._own_layout: AttributionLayout | None = None
        self.layout_key = layout_key
        self.spans_key, self.hedges_key, self.cues_key = spans_key, hedges_key, cues_key
        self.write_spans = write_spans
        register_claims(extension)
        # The claims just built for each Doc not yet read back (see ``claims_of``), by the Doc's id.
        self._fresh: dict[int, tuple[weakref.ref[Doc], object, list[Claim]]] = {}
        self.registry = registry
        self.cues, self.hedges, self.discourse = cues, hedges, discourse
        self._build()

    def _build(self) -> None:
        self.cue_finder = CueFinder(self.cues)
        self.hedge_finder = HedgeFinder(self.hedges, acts=self.cues.act_objects)
        self.resolver = SourceResolver(self.registry, self.discourse, self.cues.utterance_nouns,
                                       self.cues.evidence_nouns)
        self.builder = ClaimBuilder(self.cue_finder, self.hedge_finder, self.resolver, self.discourse)

    def set_registry(self, registry: SourceRegistry | str | Path) -> None:
        """Use another source registry from now on: a ``SourceRegistry``, or a YAML/JSON file of entries.

        A file is looked up with the component's ``fuzzy_cutoff``, a ``SourceRegistry`` with its own.
        ``nlp.to_disk`` saves the registry in the component's folder, so the file is not needed afterwards.
        """
        if not isinstance(registry, SourceRegistry):
            registry = SourceRegistry.from_file(registry, fuzzy_cutoff=self.fuzzy_cutoff)
        self.registry = registry
        self._build()

    def set_rules(self, *, cues: CueRules | str | Path | None = None, hedges: HedgeRules | str | Path | None = None,
                  discourse: DiscourseRules | str | Path | None = None) -> None:
        """Replace rule sets from now on: each a rules object or a YAML/JSON file (validated on load)."""
        if cues is not None:
            self.cues = cues if isinstance(cues, CueRules) else load_rules(CueRules, Path(cues))
        if hedges is not None:
            self.hedges = hedges if isinstance(hedges, HedgeRules) else load_rules(HedgeRules, Path(hedges))
        if discourse is not None:
            self.discourse = (discourse if isinstance(discourse, DiscourseRules)
                              else load_rules(DiscourseRules, Path(discourse)))
        self._build()

    @property
    def rules(self) -> dict[str, _Rules]:
        """The rule sets in use, by the name of their file."""
        return {"cues": self.cues, "hedges": self.hedges, "discourse": self.discourse}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not doc.has_annotation("DEP"):
            raise PipelineError(f"[{self.name}] needs a dependency parse: add it after a 'parser' in an English "
                                f"pipeline such as en_core_web_sm (this pipeline gave the Doc no DEP annotation).")
        layout = stored_layout(doc, self.layout_key)
        if layout is None:
            layout = self._read_layout(doc)
        claims = self.builder.build(doc, layout.sentences, layout.quotes, layout.brands)
        register_claims(self.extension)  # also in a worker process that unpickled the component
        write_claims(doc, claims, self.extension)
        self._keep_fresh(doc, claims)
        if self.write_spans:
            self._write_spans(doc, claims)
        return doc

    def __getstate__(self) -> dict:
        # spaCy's nlp.pipe(n_process=...) pickles the component: the weak reference stays behind.
        state = self.__dict__.copy()
        state["_nlp"] = None
        state["_fresh"] = {}  # weak references do not pickle
        return state

    def _read_layout(self, doc: Doc) -> ArticleLayout:
        """Without an ``attribution_layout`` pipe (``nlp.add_pipe("claim_attribution")`` alone, the public
        contract's one-line set-up), the component reads the page itself, adding no pipe to the pipeline; the
        parse then does not know the article's sentences, so it warns once that adding the layout before the
        parser gives better boundaries. A layout pipe that wrote under another key is a set-up error."""
        nlp = self._nlp() if self._nlp is not None else None
        if nlp is not None and any(nlp.get_pipe_meta(pipe).factory == LAYOUT_PIPE for pipe in nlp.pipe_names):
            raise PipelineError(f"[{self.name}] needs {LAYOUT_PIPE!r} before the parser, which reads the article's "
                                f"lines and sentences (no doc._.{self.layout_key} on this Doc): "
                                f"nlp.add_pipe({LAYOUT_PIPE!r}, before='parser') with the same layout_key")
        if self._own_layout is None:
            warnings.warn(f"[{self.name}] reads the page layout itself: add nlp.add_pipe({LAYOUT_PIPE!r}, "
                          f"before='parser') so that the parser respects the article's lines and sentences",
                          PipelineWarning, stacklevel=3)
            self._own_layout = AttributionLayout(nlp, f"{self.name}_layout", page=default_page(),
                                                 layout_key=self.layout_key)
        return self._own_layout.read(doc_text(doc))

    def claims_of(self, doc: Doc) -> list[Claim]:
        """The claims this component stored on a Doc it processed (``doc._.<extension>``).

        The first time after the component ran they are the models it built, unless the stored data was
        replaced since; otherwise they are built again from the plain data, as ``doc._.claims`` builds them.
        """
        fresh = self._fresh.pop(id(doc), None)
        if fresh is not None and fresh[0]() is doc and \
                cast(dict, doc.user_data).get(claims_data_key(self.extension)) is fresh[1]:
            return list(fresh[2])
        return stored_claims(doc, self.extension, self.name)

    def _keep_fresh(self, doc: Doc, claims: list[Claim]) -> None:
        """Keep the claims just built, and the data stored for them, until ``claims_of`` reads them or the
        Doc goes: the extractor then takes them as they are, without validating their plain data again."""
        key, fresh = id(doc), self._fresh

        def forget(ref: weakref.ref[Doc]) -> None:
            held = fresh.get(key)
            if held is not None and held[0] is ref:
                fresh.pop(key, None)

        fresh[key] = (weakref.ref(doc, forget), cast(dict, doc.user_data).get(claims_data_key(self.extension)), claims)

    def _write_spans(self, doc: Doc, claims: list[Claim]) -> None:
        """Store claims, hedges and cues as span groups, so displaCy and DocBin carry them."""
        write_spans(doc, claims, self.spans_key, self.hedges_key, self.cues_key)

    # Saving, as spaCy's span_ruler does with its patterns: everything the component reads goes into its folder.

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the registry (``registry.jsonl``, ``cfg``) and every rule set (``cues.json``...) into ``path``."""
        saving.to_disk(path, self.registry, self.rules, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimAttribution:
        """Read back what ``to_disk`` wrote, validating every file; a missing file is an error."""
        registry, rules = saving.from_disk(path, True, RULE_FILES, exclude)
        self._restore(registry, rules)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return saving.to_bytes(self.registry, self.rules, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ClaimAttribution:
        registry, rules = saving.from_bytes(data, True, RULE_FILES, f"[{self.name}] bytes", exclude)
        self._restore(registry, rules)
        return self

    def _restore(self, registry: SourceRegistry | None, rules: dict[str, _Rules]) -> None:
        if registry is not None:
            self.registry = registry
        for name, value in rules.items():
            setattr(self, name, value)
        self._build()


def stored_claims(doc: Doc, extension: str, component: str) -> list[Claim]:
    """The claims a component stored on a Doc (``doc._.<extension>``); an error naming it if it did not run."""
    claims = read_claims(doc, extension)
    if claims is None:
        raise PipelineError(f"[{component}] did not process this Doc")
    return claims


def write_spans(doc: Doc, claims: list[Claim], spans_key: str, hedges_key: str, cues_key: str) -> None:
    """Claims (labelled by first source), hedges (by kind) and cues as span groups, so displaCy and DocBin
    carry them; shared by the English and the Cyrillic components."""
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
    doc.spans[spans_key] = claim_spans
    doc.spans[hedges_key] = hedge_spans
    doc.spans[cues_key] = cue_spans


def packaged_registry(fuzzy_cutoff: float) -> SourceRegistry:
    """The registry shipped in the package, looked up with the given fuzzy cutoff."""
    registry = SourceRegistry.default()
    if registry.fuzzy_cutoff == fuzzy_cutoff:
        return registry
    return SourceRegistry(registry, fuzzy_cutoff=fuzzy_cutoff, origin=registry.origin)


@Language.factory(
    PIPE,
    assigns=["doc._.claims"],
    requires=["token.dep", "token.pos", "token.lemma"],
    default_config={"fuzzy_cutoff": 90.0, "write_spans": True, "extension": CLAIMS, "layout_key": LAYOUT,
                    "spans_key": SPANS_KEY, "hedges_key": HEDGES_KEY, "cues_key": CUES_KEY},
)
def make_claim_attribution(nlp: Language, name: str, fuzzy_cutoff: float, write_spans: bool, extension: str,
                           layout_key: str, spans_key: str, hedges_key: str, cues_key: str) -> ClaimAttribution:
    """Build the component with the packaged registry and rules; ``set_registry`` and ``set_rules`` replace them.

    Args:
        fuzzy_cutoff: how close (0-100, rapidfuzz ratio) a name must be to a registry name to match it.
        write_spans: also write the ``spans_key``, ``hedges_key`` and ``cues_key`` span groups.
        extension: the ``Doc`` extension that gives the claims (``doc._.claims``).
        layout_key: the ``Doc`` extension where ``attribution_layout`` left the layout.
        spans_key, hedges_key, cues_key: the span groups of claims (labelled by first source), hedges
            (labelled by kind) and cues.
    """
    return ClaimAttribution(
        nlp, name, registry=packaged_registry(fuzzy_cutoff), cues=default_cues(), hedges=default_hedges(),
        discourse=default_discourse(), extension=extension, layout_key=layout_key, spans_key=spans_key,
        hedges_key=hedges_key, cues_key=cues_key, write_spans=write_spans, fuzzy_cutoff=fuzzy_cutoff,
    )
