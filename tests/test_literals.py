"""The strings a pattern needs: what they are, and that gating a pattern on them never changes an answer."""

from __future__ import annotations

import re

import pytest

from attribution.literals import CASE_EXCEPTIONS, AnyOf, GatedPattern, required_strings
from attribution.rules import default_page


@pytest.mark.parametrize("pattern, needed", [
    (r"\bprivacy policy\b", {"privacy policy"}),
    (r"\bsubscribe (?:to|for|now)\b", {"subscribe "}),
    (r"\b(?:our|the) newsletter\b", {" newsletter"}),
    (r"\bin your (?:inbox|mailbox)\b|\benter your e-?mail\b", {"in your ", "enter your e"}),
    (r"Share (?:this|on)", {"share "}),  # compared with the lower-cased text
    (r"©|\(c\)\s*\d{4}", {"©", "(c)"}),
    (r"\b\d[\d,.]*\s*k?\s*(?:views|reads|shares)\b", {"views", "reads", "shares"}),
    (r"(?:breaking)+ news", {"breaking"}),  # the longest string every match holds
    (r"(?:breaking)? news", {" news"}),
    (r"\d{1,2}:\d{2}", {":"}),
    (r"\d+", None),  # no string every match holds
    (r"^[\w ]+\s*[>»›]\s*[\w ]+$", None),
    (r"news|\d+", None),  # one branch needs nothing: the pattern needs nothing
    (r"(?:x)?", None),
    (r"\bİstanbul\b", {"stanbul"}),  # a letter that lower() does not map to what it matches ends a run
])
def test_required_strings(pattern, needed):
    assert required_strings(pattern, re.IGNORECASE) == (frozenset(needed) if needed is not None else None)


EVERYTHING = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_case_exceptions_are_every_non_ascii_character_that_ignorecase_matches_with_an_ascii_letter():
    found = {c for c in re.findall("[a-z]", EVERYTHING, re.IGNORECASE) if not c.isascii()}
    assert found == set(CASE_EXCEPTIONS.pattern[1:-1])


def test_a_needed_character_outside_ascii_matches_only_itself():
    page = default_page()
    needed = set().union(*(required_strings(p, re.IGNORECASE) or () for p in page.boilerplate_phrases))
    others = {c for word in needed for c in word if not c.isascii()}
    assert others  # the copyright sign
    for char in others:
        assert re.findall(re.escape(char), EVERYTHING, re.IGNORECASE) == [char]


TEXTS = [
    "We use cookies to improve your experience. Accept all",
    "WE USE COOKIES to improve your experience",
    "Subscribe to our newsletter",
    "SUBSCRIBE TO OUR NEWSLETTER",
    "ſubscribe to our newsletter",  # long s: matches "s" when case is ignored, and lower() keeps it
    "Privacy Policy | Terms of Service",
    "PRİVACY POLİCY",  # dotted capital I: lower() gives two characters
    "\u212aeep reading: follow us on Telegram",  # the Kelvin sign
    "© 2025 Daily Herald. All rights reserved.",
    "12.4k views",
    "Home > World > Europe",
    "Negotiators left the venue on Monday without a joint statement.",
    "The foreign ministry said talks would resume at 10:30 on Tuesday.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_answers_equal_the_expressions(text):
    phrases = default_page().boilerplate_phrases
    combined = re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
    assert AnyOf(phrases).search(text) == bool(combined.search(text))
    for pattern in phrases:
        gated = GatedPattern(pattern)
        plain = re.compile(pattern, re.IGNORECASE).search(text)
        found = gated.search(text)
        assert (found and found.span()) == (plain and plain.span()), pattern


def test_a_text_without_the_needed_strings_is_never_searched():
    gated = GatedPattern(r"\bprivacy policy\b")
    assert not gated.may_match("Negotiators left the venue on Monday.")
    assert gated.may_match("see our PRIVACY POLICY")
    assert gated.may_match("PRİVACY POLİCY")  # unsure: the expression decides
    assert gated.search("PRİVACY POLİCY") is not None


@pytest.mark.parametrize("pattern", [r"\b(?:may|might|could)(?: not)? have(?: been)?\b", r"\bwithout (?:any )?(?:evidence|proof)\b",
                                     r"\b(?:allegedly|reportedly)\b", r"\d+"])
def test_a_gated_search_between_offsets_finds_what_the_expression_finds(pattern):
    text = "Officials said, without evidence, that it might have been struck. Reportedly 12 died; it may not have."
    plain, gated = re.compile(pattern, re.IGNORECASE), GatedPattern(pattern)
    for start, end in [(0, len(text)), (0, 33), (16, 66), (66, len(text)), (40, 45)]:
        assert [m.span() for m in gated.finditer(text, start, end)] == [m.span() for m in plain.finditer(text, start, end)]
        assert [m.span() for m in gated.finditer(text, start, end, text[start:end])] == \
            [m.span() for m in plain.finditer(text, start, end)]
        found, expected = gated.search(text, start, end), plain.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())
