"""Errors: every exception the package raises on purpose derives from :class:`AttributionError`.

``except attribution.AttributionError`` catches them all. Each is also the built-in exception a
caller would expect for its case (a ``ValueError`` for bad input, files or settings), so code written
against the built-in ones keeps working. This module imports nothing from the package.
"""

from __future__ import annotations


class AttributionError(Exception):
    """Base of every error that ``attribution`` raises on purpose."""


class InputTooLargeError(AttributionError, ValueError):
    """The input is longer than the extractor's limit; raise ``max_chars`` to accept it."""


class RuleFileError(AttributionError, ValueError):
    """A rule or registry file that cannot be read or does not validate; the message names file, entry and field."""


class RegistryError(RuleFileError):
    """A registry that is malformed or contradicts itself (duplicate ids, one alias for two sources)."""


class PipelineError(AttributionError, ValueError):
    """The spaCy pipeline is not set up to run a component: a prerequisite is missing or in the wrong place.

    The message names what is missing and the ``nlp.add_pipe`` call that adds it.
    """


class PipelineWarning(UserWarning):
    """The pipeline runs, but not as well as it could: the message names the ``nlp.add_pipe`` call that helps."""
