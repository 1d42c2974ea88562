"""One root for the package's errors (errors.py), each also the built-in error callers expect; the Literal
kinds of the models are exported."""

from __future__ import annotations

import typing

import pytest
import spacy

import attribution
from attribution import (AttributionError, InputTooLargeError, PipelineError, RegistryError, RuleFileError,
                         SourceRegistry)


@pytest.mark.parametrize("error, bases", [
    (InputTooLargeError, (AttributionError, ValueError)),
    (RuleFileError, (AttributionError, ValueError)),
    (RegistryError, (RuleFileError, AttributionError, ValueError)),
    (PipelineError, (AttributionError, ValueError)),
], ids=lambda value: getattr(value, "__name__", ""))
def test_every_error_has_the_one_root_and_its_builtin_base(error, bases):
    assert all(issubclass(error, base) for base in bases)


def test_every_exported_error_is_an_attribution_error():
    exported = [getattr(attribution, name) for name in attribution.__all__]
    errors = [value for value in exported if isinstance(value, type) and issubclass(value, Exception)
              and not issubclass(value, Warning)]
    assert errors and all(issubclass(error, AttributionError) for error in errors)


def _too_large():
    attribution.Extractor(model=spacy.blank("en"), max_chars=10).extract("x" * 11)


def _bad_registry(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("- {id: a, name: A, kind: galaxy}\n", encoding="utf-8")
    SourceRegistry.from_file(path)


def _no_parse():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution_layout")
    nlp.add_pipe("claim_attribution")
    nlp("The governor said two people were injured.")  # a pipeline without a parser


@pytest.mark.parametrize("cause, expected", [
    (lambda tmp_path: _too_large(), InputTooLargeError),
    (_bad_registry, RegistryError),
    (lambda tmp_path: _no_parse(), PipelineError),
], ids=["input too large", "bad registry file", "missing component"])
def test_one_except_clause_catches_them_all(tmp_path, cause, expected):
    with pytest.raises(AttributionError) as caught:
        cause(tmp_path)
    assert type(caught.value) is expected


@pytest.mark.parametrize("name, model, field", [
    ("AttributionKind", attribution.Claim, "attribution"),
    ("SourceKind", attribution.Source, "kind"),
    ("HedgeKind", attribution.Hedge, "kind"),
])
def test_the_literal_kinds_are_exported_and_are_the_models_own(name, model, field):
    kind = getattr(attribution, name)
    assert name in attribution.__all__
    assert typing.get_origin(kind) is typing.Literal
    assert model.model_fields[field].annotation == kind
