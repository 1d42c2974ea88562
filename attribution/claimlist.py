"""Claims: the list that extraction returns, which also renders itself in notebooks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .models import Claim

if TYPE_CHECKING:
    import pandas


class Claims(list[Claim]):
    """A plain list of Claim objects that Jupyter shows as the highlighted article.

    It compares, slices and serialises like any list. When the extractor made it, ``text`` holds the
    article, and Jupyter shows the article with every sentence coloured by its source; without the text
    (a list built by hand) it shows a table of the claims.

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
