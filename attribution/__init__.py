"""attribution: who an article attributes each claim to, and how it hedges it."""

from .extractor import Extractor, InputTooLargeError, extract
from .claimlist import Claims
from .models import Claim, Cue, Hedge, Source
from .registry import RegistryEntry, RegistryError, SourceRegistry
from .rules import RuleFileError

from . import component as _component  # noqa: F401  registers the spaCy factory

__all__ = [
    "Claim",
    "Claims",
    "Cue",
    "Extractor",
    "Hedge",
    "InputTooLargeError",
    "RegistryEntry",
    "RegistryError",
    "RuleFileError",
    "Source",
    "SourceRegistry",
    "extract",
]
