"""The ``cyrillic_attribution`` spaCy component, and the Russian and Ukrainian pipelines built around it.

A pipeline is ``spacy.blank("ru")`` or ``spacy.blank("uk")`` (spaCy's own tokenizer) with this component
added under the name ``claim_attribution``, so that it is used exactly as the English one::

    nlp = make_pipeline("uk")
    doc = nlp("Про це повідомили в Повітряних силах.")
    doc._.claims

The component reads the page layout itself (the English page reader with the language's page rules),
then builds claims from lemmas and word order (:mod:`.claims`): it needs no tagger, parser or other
component, and nothing is downloaded, as lemmas come from dictionaries inside PyPI wheels (:mod:`.morph`).
Like ``claim_attribution`` it leaves plain data on the Doc (``doc._.claims`` is a getter over it, and
span groups), and ``nlp.to_disk`` writes its registry and rules into its own folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from .. import saving
from ..component import packaged_registry, stored_claims, write_spans
from ..doctext import doc_text
from ..errors import PipelineError
from ..extensions import CLAIMS, CUES_KEY, HEDGES_KEY, SPANS_KEY, register_claims, write_claims
from ..models import Claim
from ..registry import SourceRegistry
from .claims import CyrillicClaimBuilder
from .layout import CyrillicLayout
from .lexicon import LANGUAGES, CyrillicRules, default_rules, load_language
from .morph import BACKENDS, lemmatizer as shared_lemmatizer, resolve_backend

COMPONENT = "claim_attribution"
FACTORY = "cyrillic_attribution"
RULE_FILES: dict[str, type[CyrillicRules]] = {"rules": CyrillicRules}


class CyrillicAttribution:
    """Tag every sentence of a Russian or Ukrainian article with its sources, attribution, cue and hedges."""

    def __init__(self, nlp: Language, name: str, *, language: str, registry: SourceRegistry, rules: CyrillicRules,
                 lemmatizer: str = "auto", extension: str = CLAIMS, spans_key: str = SPANS_KEY,
                 hedges_key: str = HEDGES_KEY, cues_key: str = CUES_KEY, write_spans: bool = True,
                 fuzzy_cutoff: float = 90.0) -> None:
        self.name = name
        self.language = language
        self.backend = resolve_backend(language, lemmatizer)
        self.extension = extension
        self.spans_key, self.hedges_key, self.cues_key = spans_key, hedges_key, cues_key
        self.write_spans = write_spans
        self.fuzzy_cutoff = fuzzy_cutoff
        register_claims(extension)
        self.registry = registry
        self.rules = rules
        self._build()

    def _build(self) -> None:
        self.lemmatizer = shared_lemmatizer(self.language, self.backend)
        self.layout = CyrillicLayout(self.rules.page, self.rules.page_extra.time_lines,
                                     self.rules.page_extra.channel_header_lines)
        self.layout.reader.known_word = self.lemmatizer.whole_word  # a page's last word cut off by the extract
        self.builder = CyrillicClaimBuilder(self.rules, self.lemmatizer, self.registry)

    def set_registry(self, registry: SourceRegistry | str | Path) -> None:
        """Use another source registry from now on: a ``SourceRegistry``, or a YAML/JSON file of entries."""
        if not isinstance(registry, SourceRegistry):
            registry = SourceRegistry.from_file(registry, fuzzy_cutoff=self.fuzzy_cutoff)
        self.registry = registry
        self.builder.set_registry(registry)

    def set_rules(self, rules: CyrillicRules | str | Path) -> None:
        """Use other rules from now on: a ``CyrillicRules`` or a folder with the four rule files."""
        self.rules = rules if isinstance(rules, CyrillicRules) else load_language(self.language, Path(rules))
        self._build()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        layout = self.layout.read(text)
        claims = self.builder.build(text, layout.sentences, layout.quotes, layout.brands)
        register_claims(self.extension)  # also in a worker process that unpickled the component
        write_claims(doc, claims, self.extension)
        _set_sentence_starts(doc, [s.start for s in layout.sentences])
        if self.write_spans:
            write_spans(doc, claims, self.spans_key, self.hedges_key, self.cues_key)
        return doc

    def claims_of(self, doc: Doc) -> list[Claim]:
        """The claims this component stored on a Doc it processed (``doc._.<extension>``)."""
        return stored_claims(doc, self.extension, self.name)

    # Pickling (worker processes): the lemmatizer's caches are rebuilt in the new process, never pickled.

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for key in ("lemmatizer", "layout", "builder"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        register_claims(self.extension)
        self._build()

    # Saving, as spaCy's span_ruler does with its patterns: the registry and rules go into the component's folder.

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        saving.to_disk(path, self.registry, {"rules": self.rules}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CyrillicAttribution:
        registry, rules = saving.from_disk(path, True, RULE_FILES, exclude)
        self._restore(registry, rules)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return saving.to_bytes(self.registry, {"rules": self.rules}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> CyrillicAttribution:
        registry, rules = saving.from_bytes(data, True, RULE_FILES, f"[{self.name}] bytes", exclude)
        self._restore(registry, rules)
        return self

    def _restore(self, registry: SourceRegistry | None, rules: dict[str, Any]) -> None:
        if registry is not None:
            self.registry = registry
        if "rules" in rules:
            self.rules = rules["rules"]
        self._build()


def _set_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Mark the layout's sentences as the Doc's sentences (``doc.sents``), in one array write."""
    if not len(doc):
        return
    wanted = set(starts)
    values = numpy.full(len(doc), -1, dtype=numpy.int64)
    values[0] = 1
    for token in doc:
        if token.idx in wanted:
            values[token.i] = 1
    doc.from_array(["SENT_START"], cast(Ints2d, values.astype(numpy.uint64)))  # one column: spaCy takes 1-D


@Language.factory(
    FACTORY,
    assigns=["doc._.claims", "token.is_sent_start"],
    default_config={"language": None, "lemmatizer": "auto", "fuzzy_cutoff": 90.0, "write_spans": True,
                    "extension": CLAIMS, "spans_key": SPANS_KEY, "hedges_key": HEDGES_KEY, "cues_key": CUES_KEY},
)
def make_cyrillic_attribution(nlp: Language, name: str, language: str | None, lemmatizer: str, fuzzy_cutoff: float,
                              write_spans: bool, extension: str, spans_key: str, hedges_key: str,
                              cues_key: str) -> CyrillicAttribution:
    """Build the component with the packaged registry and the language's packaged rules.

    Args:
        language: ``ru`` or ``uk``; by default the pipeline's own language.
        lemmatizer: ``auto``, ``pymorphy3`` or ``simplemma`` (see :mod:`attribution.cyrillic.morph`).
        fuzzy_cutoff, write_spans, extension, spans_key, hedges_key, cues_key: as for ``claim_attribution``.
    """
    language = language or nlp.lang
    if language not in LANGUAGES:
        raise PipelineError(f"[{name}] reads Russian ('ru') and Ukrainian ('uk'), not {language!r}; English "
                            f"articles use the 'claim_attribution' factory")
    if lemmatizer not in BACKENDS:
        raise PipelineError(f"[{name}] unknown lemmatizer {lemmatizer!r}; use one of {', '.join(BACKENDS)}")
    return CyrillicAttribution(nlp, name, language=language, registry=packaged_registry(fuzzy_cutoff),
                               rules=default_rules(language), lemmatizer=lemmatizer, extension=extension,
                               spans_key=spans_key, hedges_key=hedges_key, cues_key=cues_key,
                               write_spans=write_spans, fuzzy_cutoff=fuzzy_cutoff)


def make_pipeline(language: str, *, lemmatizer: str = "auto") -> Language:
    """The Russian or Ukrainian pipeline: spaCy's blank language with ``claim_attribution`` added."""
    if language not in LANGUAGES:
        raise ValueError(f"no Cyrillic pipeline for {language!r}; use one of {', '.join(LANGUAGES)}")
    nlp = spacy.blank(language)
    nlp.add_pipe(FACTORY, name=COMPONENT, config={"language": language, "lemmatizer": lemmatizer})
    return nlp
