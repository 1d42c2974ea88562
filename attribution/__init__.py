"""attribution: who an article attributes each claim to, and how it hedges it."""

from .errors import AttributionError, InputTooLargeError, PipelineError, PipelineWarning, RegistryError, RuleFileError
from .extractor import Extractor, extract
from .claimlist import Claims
from .formats import to_dataframe, to_records
from .language import (SUPPORTED_LANGUAGES, LanguageWarning, LostTextWarning, MarkupWarning, UnsupportedLanguageError,
                       detect_language)
from .models import AttributionKind, Claim, Cue, Hedge, HedgeKind, Source, SourceKind
from .registry import RegistryEntry, SourceRegistry
from .render import render

from . import component as _component  # noqa: F401  registers the spaCy factories
from .cyrillic import component as _cyrillic_component  # noqa: F401  registers the Russian and Ukrainian factory

__all__ = [
    "AttributionError",
    "AttributionKind",
    "Claim",
    "Claims",
    "Cue",
    "Extractor",
    "Hedge",
    "HedgeKind",
    "InputTooLargeError",
    "LanguageWarning",
    "LostTextWarning",
    "MarkupWarning",
    "PipelineError",
    "PipelineWarning",
    "RegistryEntry",
    "RegistryError",
    "RuleFileError",
    "SUPPORTED_LANGUAGES",
    "Source",
    "SourceKind",
    "SourceRegistry",
    "UnsupportedLanguageError",
    "detect_language",
    "extract",
    "render",
    "report",
    "summarize",
    "Summary",
    "to_dataframe",
    "to_records",
    "trace",
    "Trace",
    "TraceItem",
    "Traces",
]

# Many articles at once (summarize, trace, report): loaded on first use, so `import attribution` stays light.
_LAZY = {"summarize": "summary", "Summary": "summary", "trace": "traces", "Trace": "traces", "TraceItem": "traces",
         "Traces": "traces", "report": "reports"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
