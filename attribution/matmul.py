"""Matrix products through numpy's BLAS on one thread: the models' main cost, for about a third less CPU.

The tagger's, parser's and entity recogniser's networks spend most of their time in matrix products,
which thinc's CPU backend hands to BLIS by default. On the machines this library is measured on,
numpy's own BLAS (OpenBLAS in numpy's wheels) computes the same products in about a third of BLIS's
CPU time, and the pipelines give the very same annotations (tests/test_matmul.py compares them
over a corpus). thinc supports this directly (``NumpyOps(use_blis=False)``); the extractor switches
the pipelines it loads itself to it, never a ``Language`` it is given.

OpenBLAS runs a product on every core by default, which costs more CPU in all than one thread and
oversubscribes a machine whose cores already run one worker process each. So the extractor holds
numpy's BLAS to one thread while its pipeline runs (``one_blas_thread``), and its worker processes
keep that limit for good. BLAS products that other threads of the process run meanwhile get one
thread too; the limit is lifted when the last extraction running ends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

_NUMPY_MATMUL = NumpyOps(use_blis=False)
_lock = threading.Lock()
_running = 0
_limit: Any = None
_controller: ThreadpoolController | None = None


def use_numpy_matmul(nlp: Language) -> int:
    """Switch every thinc layer of the pipeline that multiplies with BLIS on the CPU to numpy's BLAS;
    the number of layers switched. Layers on a GPU or another backend are left as they are."""
    switched = 0
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                layer.ops = _NUMPY_MATMUL
                switched += 1
    return switched


def _blas() -> Any:
    global _controller
    if _controller is None:
        _controller = ThreadpoolController()
    return _controller.select(user_api="blas")


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold numpy's BLAS to one thread while the block runs (re-entrant, and shared by threads: the first
    extraction to start sets the limit, the last to end lifts it)."""
    global _running, _limit
    with _lock:
        if _running == 0:
            _limit = _blas().limit(limits=1)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _limit is not None:
                _limit.restore_original_limits()
                _limit = None


def one_blas_thread_for_good() -> None:
    """Hold numpy's BLAS to one thread from now on: for a worker process that runs one extraction at a time."""
    _blas().limit(limits=1)
