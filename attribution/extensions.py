"""Doc extensions: the one place where attribution's ``Doc`` attributes are registered and stored.

The components leave only plain data on a ``Doc``: span groups in ``doc.spans``, and lists, mappings,
strings and numbers in ``doc.user_data``. ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and
spaCy's own ``nlp.pipe(n_process=...)`` carry all of it. ``doc._.claims`` is a getter that builds the
pydantic claims from that data on each access (about 6 microseconds a claim), so a ``Doc`` read back
from bytes gives the same claims as the one that was written.

Every name is the default of a component setting, so that two components (or another library) can
use other names, as ``span_ruler`` does with ``spans_key``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from spacy.tokens import Doc

from .errors import PipelineError
from .models import Claim

CLAIMS = "claims"  # doc._.claims: claim_attribution's ``extension``
LAYOUT = "attribution_layout"  # doc._.attribution_layout: the layout's plain data (``layout_key``)
SPANS_KEY = "attribution"  # doc.spans[...]: each claim, labelled with its first source (``spans_key``)
HEDGES_KEY = "attribution_hedges"  # each hedge, labelled with its kind (``hedges_key``)
CUES_KEY = "attribution_cues"  # each cue (``cues_key``)
DATA_KEY = "attribution.claims"  # doc.user_data[(DATA_KEY, extension)]: the claims as plain data


def claims_data_key(extension: str) -> tuple[str, str]:
    """Where in ``doc.user_data`` the claims of the ``doc._.<extension>`` getter are kept."""
    return (DATA_KEY, extension)


def _user_data(doc: Doc) -> dict[Any, Any]:
    # spaCy types user_data as Dict[str, Any], but keys are any msgpack value: its own extensions use tuples.
    return cast(dict[Any, Any], doc.user_data)


def read_claims(doc: Doc, extension: str = CLAIMS) -> list[Claim] | None:
    """The claims stored under ``extension``, as new pydantic models; None if no component stored any."""
    data = _user_data(doc).get(claims_data_key(extension))
    if data is None:
        return None
    return [Claim.model_validate(item) for item in data]


def write_claims(doc: Doc, claims: Iterable[Claim | dict[str, Any]] | None, extension: str = CLAIMS) -> None:
    """Store claims as plain data (each claim's JSON form); None removes them."""
    key, user_data = claims_data_key(extension), _user_data(doc)
    if claims is None:
        user_data.pop(key, None)
        return
    user_data[key] = [(claim if isinstance(claim, Claim) else Claim.model_validate(claim)).model_dump(mode="json")
                          for claim in claims]


class _ClaimsGetter:
    """``doc._.<extension>``: a class, not a closure, because spaCy pickles getters for its worker processes."""

    def __init__(self, extension: str) -> None:
        self.extension = extension

    def __call__(self, doc: Doc) -> list[Claim] | None:
        return read_claims(doc, self.extension)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ClaimsGetter) and other.extension == self.extension

    def __hash__(self) -> int:
        return hash((_ClaimsGetter, self.extension))


class _ClaimsSetter:
    def __init__(self, extension: str) -> None:
        self.extension = extension

    def __call__(self, doc: Doc, claims: Iterable[Claim | dict[str, Any]] | None) -> None:
        write_claims(doc, claims, self.extension)


def register_claims(extension: str = CLAIMS) -> None:
    """Register ``doc._.<extension>`` as the claims getter once; calling again is harmless.

    Raises:
        PipelineError: another library (or your code) registered an extension of that name.
    """
    if Doc.has_extension(extension):
        getter = Doc.get_extension(extension)[2]
        if getter == _ClaimsGetter(extension):
            return
        raise PipelineError(f"Doc._.{extension} is already registered by other code; give claim_attribution "
                            f"another name: nlp.add_pipe('claim_attribution', config={{'extension': 'my_claims'}})")
    Doc.set_extension(extension, getter=_ClaimsGetter(extension), setter=_ClaimsSetter(extension))


def register_layout(key: str = LAYOUT) -> None:
    """Register ``doc._.<key>``, where the layout component leaves the layout as plain data (default None)."""
    if Doc.has_extension(key):
        default, method, getter, setter = Doc.get_extension(key)
        if method is None and getter is None and setter is None and default is None:
            return
        raise PipelineError(f"Doc._.{key} is already registered by other code; give attribution_layout and "
                            f"claim_attribution another layout_key")
    Doc.set_extension(key, default=None)


def register_extensions() -> None:
    """Register the default ``doc._.claims`` and ``doc._.attribution_layout`` where the names are free.

    Importing the package does this, so that Docs read back in a new process (``DocBin``,
    ``Doc.from_bytes``) give their claims before any component is built; a name that other code
    registered first is left to it (a component given that name then says so).
    """
    if not Doc.has_extension(CLAIMS):
        register_claims(CLAIMS)
    if not Doc.has_extension(LAYOUT):
        register_layout(LAYOUT)
