"""Dask: run attribution over a bag of texts on many processes or machines, one pipeline per worker process.

Example, one article per file::

    import dask.bag as db
    from attribution.distributed import extract_bag

    bag = db.read_text("articles/*.txt", linedelimiter="\\x00")   # a delimiter that never occurs
    total = extract_bag(bag).map(len).sum().compute()             # claims in all the articles

Every worker process loads the spaCy pipeline once, the first time it meets a given (model,
registry, fast) combination, and keeps it for all later partitions and computations. Dask is an
optional dependency: ``pip install "attribution[dask]"``. See docs/distributed.md.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .registry import SourceRegistry

if TYPE_CHECKING:
    import dask.bag

    from .extractor import Extractor

__all__ = ["extract_bag", "loaded_extractors"]


@dataclass(frozen=True)
class _Recipe:
    """How to build an extractor in a worker, and the key under which the worker keeps it."""

    key: str
    model: str | None
    registry: SourceRegistry | str | None
    fast: bool

    def build(self) -> Extractor:
        from .extractor import Extractor

        return Extractor(model=self.model, registry=self.registry, fast=self.fast)


# The extractors this process has built, by recipe key, and a lock per extractor: a spaCy pipeline
# is not meant to run in two threads at once (and under the GIL nothing is gained by it).
_extractors: dict[str, tuple[Extractor, threading.Lock]] = {}
_building = threading.Lock()


def _extractor_for(recipe: _Recipe) -> tuple[Extractor, threading.Lock]:
    with _building:
        found = _extractors.get(recipe.key)
        if found is None:
            found = _extractors[recipe.key] = (recipe.build(), threading.Lock())
        return found


def _extract_partition(items: Any, recipe: _Recipe, batch_size: int, as_tuples: bool) -> list[Any]:
    extractor, lock = _extractor_for(recipe)
    with lock:
        return list(extractor.extract_many(items, batch_size=batch_size, as_tuples=as_tuples))


def loaded_extractors() -> int:
    """How many extractors this process holds (on a cluster: ``client.run(loaded_extractors)``)."""
    return len(_extractors)


def _registry_key(registry: SourceRegistry | str | Path | None) -> tuple[str, SourceRegistry | str | None]:
    if registry is None:
        return "packaged", None
    if isinstance(registry, SourceRegistry):
        entries = sorted((entry.model_dump(mode="json") for entry in registry), key=lambda e: e["id"])
        payload = json.dumps([registry.fuzzy_cutoff, entries], sort_keys=True).encode()
        return "sha256:" + hashlib.sha256(payload).hexdigest(), registry
    if isinstance(registry, (str, Path)):
        # The file is read on each worker, so the path must be valid there (a shared or copied file).
        return f"file:{registry}", str(registry)
    raise TypeError(f"registry must be a SourceRegistry, a file path or None, got {type(registry).__name__}")


def extract_bag(bag: dask.bag.Bag, model: str | Path | None = None,
                registry: SourceRegistry | str | Path | None = None, *, fast: bool = False,
                batch_size: int = 32, as_tuples: bool = False) -> dask.bag.Bag:
    """A bag of ``Claims``, one per text of ``bag``, in the same partitions and order.

    Args:
        bag: texts; with ``as_tuples``, ``(text, context)`` pairs (an id, a URL, a record).
        model: a spaCy pipeline name or a path that exists on every worker; the default pipeline if None.
            (A loaded ``Language`` is refused: save it with ``nlp.to_disk`` somewhere the workers can read.)
        registry: a ``SourceRegistry`` (shipped to the workers), a registry file path valid on every
            worker, or None for the packaged registry.
        fast: ``Extractor(fast=True)``: no named-entity recogniser (see docs/performance.md).
        batch_size: texts per spaCy batch inside a partition.
        as_tuples: ``(text, context)`` in, ``(claims, context)`` out, as in ``Extractor.extract_many``.

    Returns:
        A lazy bag; items that cannot be processed give an empty ``Claims`` with ``error`` set, as
        in ``Extractor.extract_many``.
    """
    try:
        import dask
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError('attribution.distributed needs Dask: pip install "attribution[dask]"') from error
    if model is not None and not isinstance(model, (str, Path)):
        raise TypeError(f"model must be a pipeline name or path that the workers can load, got "
                        f"{type(model).__name__}; save a loaded pipeline with nlp.to_disk(path) and pass the path")
    registry_key, shipped = _registry_key(registry)
    model_name = str(model) if model is not None else None
    recipe = _Recipe(key=f"{model_name}|{registry_key}|fast={fast}", model=model_name, registry=shipped, fast=fast)
    # One graph node holds the recipe (and the registry in it), however many partitions there are.
    shared = dask.delayed(recipe, pure=True, traverse=False)
    return bag.map_partitions(_extract_partition, shared, batch_size, as_tuples)
