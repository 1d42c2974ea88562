"""Properties that hold for any input: no crash, exact offsets, ordered claims, determinism, batch = alone.

Three kinds of input: arbitrary Unicode (surrogates and control characters included), article-like
text generated from sentence templates (quotes in every style, cue verbs, "according to", hedges,
headlines, time lines, "Read also" blocks, bullets), and corpus articles mutated at random (spans
deleted, duplicated or swapped; quotation marks, control characters, emoji and CRLF inserted).

The number of cases scales with the Hypothesis profile (``tests/conftest.py``): ``ci`` in
``make test``, ``soak`` for a long run; ``python -m tests.soak`` drives the same strategies for
100,000 cases and more.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import attribution

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CORPUS_TEXTS = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS.glob("*/*.gold.json"))]


# --- article-like text ------------------------------------------------------------------------

QUOTE_PAIRS = [('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("‹", "›"), ("'", "'"), ("‘", "’"), ("”", "”"),
               ("«", "“"), ("", '"'), ('"', "")]
SOURCES = ["the governor", "Vyacheslav Gladkov", "the Russian Ministry of Defense", "Reuters", "Ukraine's Air Force",
           "officials", "he", "she", "they", "it", "a spokesperson for the Kremlin", "Kremlin spokesman Dmitry Peskov",
           "the ministry", "the statement", "sources in the ministry", "the Institute for the Study of War",
           "residents", "the teachers' union", "Mr Smith", "Dr. Jane O'Neil", "the mayor of Kharkiv, Ihor Terekhov",
           "Interfax-Ukraine", "the channel", "the US State Department", "police", "a witness", "we", "I"]
VERBS = ["said", "says", "told reporters", "wrote", "reported", "claimed", "alleged", "stated", "added", "noted",
         "denied", "confirmed", "warned", "insisted", "posted on Telegram", "announced", "explained", "stressed",
         "said on Tuesday", "has said", "had earlier claimed", "reportedly said", "was quoted as saying"]
CLAUSES = ["two people were injured", "the drones were shot down over the region", "a fire broke out at the refinery",
           "the attack was foiled", "the bridge was hit", "prices will rise next year", "there was no damage",
           "air defense destroyed 7 rockets", "the port had been struck twice", "the teachers' strike would go on",
           "Ukraine's forces withdrew from the village", "no one was hurt", "the vote was rigged",
           "the company's shares fell 5%", "1,200 homes lost power", "the plant is safe"]
HEDGES = ["allegedly", "reportedly", "apparently", "may have been", "could not be independently verified",
          "without providing evidence", "so-called", "possibly", "unconfirmed reports say", "purportedly"]
OPENERS = ["", "", "Later, ", "Instead, ", "Meanwhile, ", "In addition, ", "He also said ", "Earlier, ", "However, ",
           "According to him, ", "At the same time, ", "Background: "]
TIME_LINES = ["15 March, 2024 Friday", "14:50", "Updated", "Oct 3, 2025, 10:14 AM", "Tue 08 Jul 2025 09.41 BST",
              "2 hours ago", "Published: 12.05.2025"]
BOILERPLATE = ["Read also:", "Read more", "Share", "Subscribe to our Telegram channel", "Photo: Reuters",
               "Advertisement", "Related", "Tags:", "client/title.list_title", "Cookies help us deliver our services.",
               "© 2025 All rights reserved", "Follow us on Facebook", "Also read"]
BULLETS = ["• ", "- ", "* ", "– ", "— ", "► ", "1. ", ""]
LINE_BREAKS = ["\n\n", "\n", "\r\n\r\n", "\r\n", "\n \n", "\n\n\n", " \n"]

words = st.sampled_from
quote_pair = words(QUOTE_PAIRS)


@st.composite
def sentences(draw) -> str:
    """One sentence from a template: speech, reported speech, 'according to', hedged or plain."""
    source, verb, clause = draw(words(SOURCES)), draw(words(VERBS)), draw(words(CLAUSES))
    opener, hedge = draw(words(OPENERS)), draw(words(HEDGES))
    left, right = draw(quote_pair)
    end = draw(words([".", ".", ".", "!", "?", "…", "", ".)", "...", ";"]))
    template = draw(st.integers(0, 10))
    capital = clause[:1].upper() + clause[1:]
    if template == 0:
        sentence = f"{left}{capital},{right} {source} {verb}{end}"
    elif template == 1:
        sentence = f"{opener}{source} {verb} that {clause}{end}"
    elif template == 2:
        sentence = f"{opener}According to {source}, {clause}{end}"
    elif template == 3:
        sentence = f"{capital}, {source} {verb}{end}"
    elif template == 4:
        sentence = f"{source[:1].upper() + source[1:]} {verb}: {left}{capital}{end}{right}"
    elif template == 5:
        sentence = f"{opener}{capital} {hedge}{end}"
    elif template == 6:
        sentence = f"{opener}The {left}{draw(words(['traditional', 'liberation', 'special operation']))}{right} " \
                   f"{clause}, {source} {verb}{end}"
    elif template == 7:
        sentence = f"{left}{capital}{end} {capital}{end}{right}"  # a quotation of two sentences
    elif template == 8:
        sentence = f"{left}{capital}"  # a quotation that runs on past the paragraph
    elif template == 9:
        sentence = f"{capital}{end}{right}"  # ... and closes in a later one
    else:
        sentence = f"{opener}{capital} {hedge}, {source} {verb} citing {draw(words(SOURCES))}{end}"
    return sentence


@st.composite
def paragraphs(draw) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(words(TIME_LINES))
    if kind == 1:
        return draw(words(BOILERPLATE))
    if kind == 2:  # a "Read also" block: a label and a list of headlines
        label = draw(words(["Read also:", "Read more:", "Related:", "Also read"]))
        items = draw(st.lists(words(CLAUSES), min_size=1, max_size=4))
        bullet = draw(words(BULLETS))
        return label + "\n" + "\n".join(bullet + item[:1].upper() + item[1:] for item in items)
    if kind == 3:  # a headline: capitalised words without a stop
        return " ".join(w.capitalize() for w in draw(words(CLAUSES)).split())
    if kind == 4:  # a bulleted sentence
        return draw(words(BULLETS)) + draw(sentences())
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=5)))


@st.composite
def articles(draw) -> str:
    """An article-like page: headline, time line, paragraphs of templated sentences, page furniture."""
    parts = draw(st.lists(paragraphs(), min_size=1, max_size=14))
    breaks = draw(st.lists(words(LINE_BREAKS), min_size=len(parts), max_size=len(parts)))
    text = "".join(part + brk for part, brk in zip(parts, breaks))
    return draw(st.sampled_from(["", " ", "\ufeff", "\n"])) + text


# --- arbitrary Unicode and mutated corpus articles --------------------------------------------

any_char = st.characters(exclude_categories=())  # every code point, lone surrogates included
unicode_text = st.text(any_char, max_size=300) | st.text(max_size=300)
INSERTS = ['"', "“", "”", "„", "«", "»", "‹", "›", "'", "‘", "’", "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85",
           "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff", "\ufffd", "\u0301", "😀", "👍🏽", "🇺🇦", "\r\n", "\r", "\t",
           "\x0b", "\x0c", "\n\n", "Read also:\n", "• ", "\ud800", ".", " said the governor. "]


@st.composite
def mutated_articles(draw) -> str:
    """A corpus article with spans deleted, duplicated or swapped and odd characters put in."""
    text = draw(st.sampled_from(CORPUS_TEXTS))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    for _ in range(draw(st.integers(1, 8))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 400)))
        action = draw(st.integers(0, 4))
        if action == 0:
            text = text[:i] + text[j:]
        elif action == 1:
            text = text[:j] + text[i:j] + text[j:]
        elif action == 2:
            k = draw(st.integers(j, min(n, j + 400)))
            text = text[:i] + text[j:k] + text[i:j] + text[k:]
        elif action == 3:
            text = text[:i] + "".join(draw(st.lists(st.sampled_from(INSERTS), min_size=1, max_size=4))) + text[i:]
        else:
            text = text[:i] + draw(st.text(any_char, max_size=5)) + text[i:]
    return text


# --- the properties -------------------------------------------------------------------------

def check_claims(text: str, claims: list[attribution.Claim]) -> None:
    """Every offset indexes the input exactly; claims are in order and disjoint; hedges and cues lie inside them."""
    assert all(isinstance(claim, attribution.Claim) for claim in claims)
    previous_end = 0
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text), (claim.start, claim.end)
        assert text[claim.start:claim.end] == claim.text
        assert claim.start >= previous_end, "claims overlap or are out of order"
        previous_end = claim.end
        for hedge in claim.hedges:
            assert text[hedge.start:hedge.end] == hedge.text
            assert claim.start <= hedge.start <= hedge.end <= claim.end, "hedge outside its claim"
        if claim.cue is not None:
            assert text[claim.cue.start:claim.cue.end] == claim.cue.text
            assert claim.start <= claim.cue.start < claim.cue.end <= claim.end, "cue outside its claim"
        for source in claim.sources:
            assert (source.mention_start is None) == (source.mention_end is None)
            if source.mention_start is not None:
                assert 0 <= source.mention_start <= source.mention_end <= len(text)
                assert text[source.mention_start:source.mention_end] == source.mention
        if claim.attribution == "none":
            assert not claim.sources
        else:
            assert claim.sources, f"{claim.attribution} claim without a source"


def extract_quietly(extractor: attribution.Extractor, text: str) -> list[attribution.Claim]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", attribution.LanguageWarning)
        return extractor.extract(text)


def check_text(extractor: attribution.Extractor, text: str) -> None:
    """All properties for one text: it does not raise, offsets are exact, and a second run in a batch agrees.

    The batch run is both the determinism check and the batch check: between two other texts of other
    lengths, ``extract_many`` must give exactly what ``extract`` gave alone.
    """
    claims = extract_quietly(extractor, text)
    check_claims(text, claims)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", attribution.LanguageWarning)
        batch = list(extractor.extract_many([BEFORE, text, AFTER], batch_size=3))
    assert batch[1] == claims, "extract_many differs from extract, or a second run differs from the first"
    assert len(batch) == 3 and len(batch[0]) == 1 and len(batch[2]) == 2


BEFORE = "The governor said two people were injured."
AFTER = "“The attack was repelled,” the mayor said.\n\nOfficials said the port was hit."


def _examples(share: float) -> int:
    """This property's share of the active profile's examples."""
    return max(5, int(settings.default.max_examples * share))


PROPERTY = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.filter_too_much])


@settings(max_examples=_examples(3.0), **PROPERTY)
@given(text=unicode_text)
def test_any_unicode(extractor, text):
    check_claims(text, extract_quietly(extractor, text))


@settings(max_examples=_examples(0.5), **PROPERTY)
@given(text=unicode_text)
def test_any_unicode_alone_and_in_a_batch(extractor, text):
    check_text(extractor, text)


@pytest.mark.slow
@settings(max_examples=_examples(0.5), **PROPERTY)
@given(text=articles())
def test_article_like_text(extractor, text):
    check_text(extractor, text)


@pytest.mark.slow
@settings(max_examples=_examples(0.05), **PROPERTY)
@given(text=mutated_articles())
def test_mutated_corpus_articles(extractor, text):
    check_text(extractor, text)


@pytest.mark.slow
@settings(max_examples=_examples(0.02), **PROPERTY)
@given(parts=st.lists(articles(), min_size=2, max_size=6), piece_chars=st.integers(150, 3_000))
def test_pieces_give_the_claims_of_a_single_pass(extractor, parts, piece_chars):
    """Parsing in pieces as small as 150 characters changes nothing: not the parse, not the carry-over."""
    text = "\n\n".join(parts)
    whole = extract_quietly(attribution.Extractor(model=extractor.nlp, piece_chars=len(text) + 1), text)
    assert extract_quietly(attribution.Extractor(model=extractor.nlp, piece_chars=piece_chars), text) == whole
