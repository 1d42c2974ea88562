"""Claims: the list that extraction returns, which also renders itself in notebooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, SupportsIndex, overload

from .models import Claim

if TYPE_CHECKING:
    import pandas


class Claims(list[Claim]):
    """A plain list of Claim objects that Jupyter shows as the highlighted article.

    It compares and serialises like any list. When the extractor made it, ``text`` holds the article,
    and Jupyter shows the article with every sentence coloured by its source; without the text (a list
    built by hand) it shows a table of the claims. ``print(claims)`` gives a compact table, one line per
    claim. A slice (``claims[2:5]``), ``claims.filter(...)``, ``claims.copy()`` and ``claims + more`` are
    ``Claims`` again, with the same text, so they keep ``render()``, ``to_dataframe()`` and the view.

    ``error`` is None, except in a result of ``Extractor.extract_many`` for an item that could not be
    read or processed: there the list is empty and ``error`` holds the exception, so that one bad item
    does not stop a stream (``if claims.error: raise claims.error`` restores the strict behaviour).

    >>> import attribution
    >>> claims = attribution.extract("The governor said two people were injured.")
    >>> claims.text is not None, claims == list(claims)
    (True, True)
    """

    error: Exception | None = None

    def __init__(self, claims: Iterable[Claim] = (), *, text: str | None = None) -> None:
        super().__init__(claims)
        self.text = text

    @overload
    def __getitem__(self, index: SupportsIndex) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> Claims: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Claim | Claims:
        if isinstance(index, slice):
            return Claims(super().__getitem__(index), text=self.text)
        return super().__getitem__(index)

    def copy(self) -> Claims:
        return Claims(self, text=self.text)

    def __add__(self, other: Iterable[Claim]) -> Claims:  # type: ignore[override]
        other_text = getattr(other, "text", None)
        return Claims([*self, *other], text=self.text if other_text in (None, self.text) else None)

    def filter(self, predicate: Callable[[Claim], bool] | None = None, *, source: str | None = None,
               attribution: str | Iterable[str] | None = None, hedged: bool | None = None) -> Claims:
        """The claims that pass every test given, as ``Claims`` with the same text.

        Args:
            predicate: any test of a claim.
            source: a source id or canonical name that the claim must have among its sources.
            attribution: an attribution kind, or several (``"implicit"``, ``["indirect", "according_to"]``).
            hedged: True keeps the hedged claims, False the others.

        >>> import attribution
        >>> claims = attribution.extract("The governor said two people were injured. The sky is blue.")
        >>> claims.filter(attribution="indirect").render().startswith("<!DOCTYPE html>")
        True
        """
        kinds = {attribution} if isinstance(attribution, str) else set(attribution or ())

        def keep(claim: Claim) -> bool:
            return ((predicate is None or predicate(claim))
                    and (source is None or any(source in (s.id, s.name) for s in claim.sources))
                    and (not kinds or claim.attribution in kinds)
                    and (hedged is None or bool(claim.hedges) == hedged))

        return Claims((claim for claim in self if keep(claim)), text=self.text)

    def __repr__(self) -> str:
        from .formats import to_compact_table

        error = f" (error: {type(self.error).__name__}: {self.error})" if self.error is not None else ""
        if not self:
            return f"Claims: no claims{error}"
        sources = {s.id for claim in self for s in claim.sources}
        hedges = sum(len(claim.hedges) for claim in self)
        article = f", from an article of {len(self.text):,} characters" if self.text is not None else ""
        head = (f"Claims: {len(self)} claim{'s' * (len(self) != 1)}, {len(sources)} source{'s' * (len(sources) != 1)}, "
                f"{hedges} hedge{'s' * (hedges != 1)}{article}{error}")
        return f"{head}\n{to_compact_table(self)}"

    def to_json(self) -> str:
        """All claims as a JSON array."""
        import json

        return json.dumps([claim.model_dump(mode="json") for claim in self], ensure_ascii=False)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per claim (needs pandas: ``pip install attribution[pandas]``)."""
        from .formats import to_dataframe

        return to_dataframe(self)

    def render(self, text: str | None = None) -> str:
        """The article as a self-contained HTML page, claims highlighted by source."""
        from .render import render

        text = self.text if text is None else text
        if text is None:
            raise ValueError("these claims do not carry their article: pass it, claims.render(text)")
        return render(text, self)

    def _repr_html_(self) -> str:
        from .render import render_fragment, render_table

        if self.text is not None:
            try:
                return render_fragment(self.text, self)
            except ValueError:  # claims added or changed by hand no longer match the text
                pass
        return render_table(self)
