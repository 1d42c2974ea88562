"""Pydantic output models: the claims, sources, cues and hedges that extraction returns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

AttributionKind = Literal["direct_quote", "indirect", "according_to", "implicit", "none"]
SourceKind = Literal["government", "military", "official", "person", "media", "organization", "unknown"]
HedgeKind = Literal["epistemic", "scare_quote", "distancing_verb", "evidential"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Cue(_Frozen):
    """The reporting expression of a claim.

    >>> Cue(text="said", start=10, end=14).text
    'said'
    """

    text: str = Field(description="The cue words exactly as in the input (\"said\", \"according to\").")
    start: int = Field(ge=0, description="Offset of the cue's first character in the input.")
    end: int = Field(ge=0, description="Offset just past the cue's last character in the input.")


class Hedge(_Frozen):
    """A hedging or distancing marker.

    >>> Hedge(text="allegedly", kind="epistemic", start=0, end=9).kind
    'epistemic'
    """

    text: str = Field(description="The marker; for a scare quote, the words inside the marks.")
    kind: HedgeKind = Field(description="epistemic, scare_quote, distancing_verb or evidential.")
    start: int = Field(ge=0, description="Offset of the marker's first character in the input.")
    end: int = Field(ge=0, description="Offset just past the marker's last character in the input.")


class Source(_Frozen):
    """Who a claim is attributed to, under a canonical name that is stable across articles.

    >>> Source(id="ru-mod", name="Russian Ministry of Defense", kind="government",
    ...        mention="the ministry", mention_start=0, mention_end=12).id
    'ru-mod'
    """

    id: str = Field(description="Registry id, or a slug of the canonical name for sources not in the registry.")
    name: str = Field(description="Canonical display name.")
    kind: SourceKind = Field(description="What sort of source it is.")
    mention: str = Field(description="The words that name it here; for an implicit claim, the mention it was carried from.")
    mention_start: int | None = Field(default=None, description="Offset of the mention in the input.")
    mention_end: int | None = Field(default=None, description="Offset just past the mention in the input.")
    via: str | None = Field(default=None, description="Id of another source of the same claim through which this "
                            "one's words reach the article (\"Astra, citing sources in the ministry\": the sources "
                            "are via astra); None when it speaks to the article directly.")
    anonymous: bool = Field(default=False, description="The source is not named (\"a source in the SBU\", "
                            "\"eyewitnesses\"); its name is the description made canonical.")


class Claim(_Frozen):
    """One sentence of the article body with its attribution and hedges.

    >>> import attribution
    >>> claim = attribution.extract("Officials said the bridge was allegedly hit.")[0]
    >>> claim.attribution, [h.text for h in claim.hedges]
    ('indirect', ['allegedly'])
    """

    text: str = Field(description="The sentence, exactly input[start:end].")
    start: int = Field(ge=0, description="Offset of the sentence's first character in the input.")
    end: int = Field(ge=0, description="Offset just past the sentence's last character in the input.")
    sources: list[Source] = Field(default_factory=list, description="Who the article attributes the claim to; empty means the outlet's own voice.")
    attribution: AttributionKind = Field(description="How the claim is attributed; implicit means carried over from an earlier sentence.")
    cue: Cue | None = Field(default=None, description="The reporting expression, if the sentence has one.")
    hedges: list[Hedge] = Field(default_factory=list, description="Hedging and distancing markers in the sentence.")
    carried_from: int | None = Field(default=None, description="For an implicit claim, the index in the returned "
                                     "list of the claim whose sources it carries.")
    rules: list[str] = Field(default_factory=list, description="Ids of the rules that decided the claim's sources, "
                             "attribution and hedges (see docs/rules.md).")

    def _repr_html_(self) -> str:
        """Jupyter's view of one claim: the sentence with its cue and hedges marked, and every field."""
        from .render import render_claim

        return render_claim(self)
