"""attribution: who an article attributes each claim to, and how it hedges it."""

from .extractor import Extractor, InputTooLargeError, extract
from .claimlist import Claims
from .formats import to_dataframe, to_records
from .language import LanguageWarning, LostTextWarning, MarkupWarning
from .models import Claim, Cue, Hedge, Source
from .registry import RegistryEntry, RegistryError, SourceRegistry
from .render import render
from .rules import RuleFileError

from . import component as _component  # noqa: F401  registers the spaCy factory

__all__ = [
    "Claim",
    "Claims",
    "Cue",
    "Extractor",
    "Hedge",
    "InputTooLargeError",
    "LanguageWarning",
    "LostTextWarning",
    "MarkupWarning",
    "RegistryEntry",
    "RegistryError",
    "RuleFileError",
    "Source",
    "SourceRegistry",
    "extract",
    "render",
    "to_dataframe",
    "to_records",
]
