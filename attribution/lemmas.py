"""A faster English lemmatizer for fast mode: spaCy's rules and tables, each distinct word worked out once.

spaCy's rule lemmatizer reads every token through a ``Token`` object and works out its lemma from the
token's text, part of speech and morphology (about 1 ms an article, a twentieth of fast mode's time).
The lemma depends on those three alone, so :class:`FastLemmatizer` reads them for the whole Doc as
arrays, asks spaCy's own rules once per distinct triple (the first time it is met, through the same
``lemmatize``), and writes every lemma back at once: the same lemma on every token.
``Extractor(fast=True)`` puts it in place of the pipeline's lemmatizer (tests/test_lemmas.py compares the two).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS  # type: ignore[import-not-found]
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.api import Model
from thinc.types import Ints2d

PIPE = "attribution_lemmatizer"
# Distinct (text, part of speech, morphology) triples whose lemma is kept before the memory is emptied.
KNOWN_FORMS = 100_000


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, asked once per distinct word form, part of speech and morphology."""

    def __init__(self, vocab, model: Model | None, name: str = "lemmatizer", *, mode: str = "rule",
                 overwrite: bool = False, scorer: Callable | None = None) -> None:
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._indexes: dict[str, frozenset[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = columns[:, 3].copy()
            if len(self._lemmas) > KNOWN_FORMS:
                self._lemmas = {}
            known, strings = self._lemmas, doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
                if lemma and not self.overwrite:
                    continue
                key = (orth, pos, morph)
                found = known.get(key)
                if found is None:
                    found = strings.add(self._rule_lemma(doc[i]))
                    if pos:  # without a part of speech spaCy warns for each token: so it does here
                        known[key] = found
                lemmas[i] = found
            doc.from_array([LEMMA], cast(Ints2d, lemmas))  # one column: spaCy takes 1-D
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


    def _rule_lemma(self, token: Token) -> str:
        """spaCy's ``rule_lemmatize(token)[0]``, with each part of speech's word index read as a set: spaCy keeps
        it as a list (57,000 nouns) and searches it for every candidate form, most of the lemmatizer's time."""
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or self.is_base_form(token):
            return string.lower()
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        index = self._indexes.get(univ_pos)
        if index is None:
            index = self._indexes[univ_pos] = frozenset(index_table.get(univ_pos, ()))
        lower = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules_table.get(univ_pos, {}):
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exc_table.get(univ_pos, {}).get(lower, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [string])[0]


def faster_lemmatizer(nlp: Language) -> bool:
    """Put a :class:`FastLemmatizer` with the same tables in place of the pipeline's English rule lemmatizer;
    False if it has none (or another kind, or another mode)."""
    name = "lemmatizer"
    if name not in nlp.component_names:
        return False
    old = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return False
    config = {k: v for k, v in nlp.get_pipe_config(name).items() if k != "factory"}
    new = nlp.replace_pipe(name, PIPE, config=config)
    new.lookups = old.lookups  # type: ignore[attr-defined]  # the same tables, shared, never changed
    new._validate_tables()  # type: ignore[attr-defined]
    return True


@Language.factory(PIPE, assigns=["token.lemma"], default_config={
    "model": None, "mode": "rule", "overwrite": False, "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}})
def make_fast_lemmatizer(nlp: Language, name: str, model: Model | None, mode: str, overwrite: bool,
                         scorer: Callable | None) -> FastLemmatizer:
    """spaCy's English ``lemmatizer`` factory, building a :class:`FastLemmatizer`."""
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
