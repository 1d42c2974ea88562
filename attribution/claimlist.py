"""Claims: the list that extraction returns, which also renders itself in notebooks."""

from __future__ import annotations

from .models import Claim


class Claims(list[Claim]):
    """A plain list of Claim objects that Jupyter shows as a table."""

    def to_json(self) -> str:
        """All claims as a JSON array."""
        import json

        return json.dumps([claim.model_dump(mode="json") for claim in self], ensure_ascii=False)
