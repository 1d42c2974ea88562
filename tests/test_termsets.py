"""Term sets: the general lexicons apart from the conflict-news ones, merged on load like negspacy's termsets."""

from __future__ import annotations

import pytest

from attribution.rules import (HedgeRules, DiscourseRules, RuleFileError, _merged, available_termsets,
                               default_hedges, load_with_termsets)


def test_the_default_loads_the_conflict_term_set():
    assert "conflict" in available_termsets()
    assert "bavovna" in default_hedges().scare_quotes.loaded_terms


def test_the_general_lexicons_hold_no_war_terms():
    general = load_with_termsets(HedgeRules, "hedges.yaml", termsets=())
    assert general.scare_quotes.loaded_terms == ()
    discourse = load_with_termsets(DiscourseRules, "discourse.yaml", termsets=())
    assert "russia launched" not in discourse.background_openers
    assert "russia launched" in load_with_termsets(DiscourseRules, "discourse.yaml").background_openers


def test_an_unknown_term_set_names_the_known_ones():
    with pytest.raises(RuleFileError, match="no term set 'sports'.*conflict"):
        load_with_termsets(HedgeRules, "hedges.yaml", termsets=("sports",))


@pytest.mark.parametrize("extra, message", [
    ({"no_such_list": ["x"]}, "not a field of the general file"),
    ({"epistemic_words": "allegedly"}, "adds list entries only"),
])
def test_a_term_set_may_only_add_entries(tmp_path, extra, message):
    with pytest.raises(RuleFileError, match=message):
        _merged({"epistemic_words": ["allegedly"]}, extra, tmp_path / "hedges.yaml")
