"""Write docs/rules.md from the rule catalogue, with the claims each example really gives.

    python docs/rules_md.py
"""

from __future__ import annotations

import warnings
from importlib import resources
from pathlib import Path

import yaml

import attribution

HEADER = """# Rules: why a claim says what it says

Every claim carries `rules`: the ids of the rules that decided its sources, its attribution kind and its hedges.
A reader can see why a sentence was given to the governor; a developer can see which rule to fix. The ids are
stable. The catalogue lives in `attribution/data/rule_catalogue.yaml`; `tests/test_rule_catalogue.py` runs every
example below and checks that its id appears. This page is written by `python docs/rules_md.py` (the output
shown is real).

| id | what it means | example | claim that fires it |
|---|---|---|---|
"""
FOOTER = """
¶ marks a paragraph break in an example.

Families: `cue.*` (the reporting expression that names the source), `quote.*` (quotations and their speakers),
`carry.*` (carry-over of the previous report's sources to an `implicit` claim; `carried_from` gives the index of
the claim carried from), `chain.*` (who relays whom: `Source.via`), `source.*` (how the source was resolved),
`hedge.*` (one per hedge kind found). The lexicons the rules read are the files of `attribution/data`: see
their comments.

## Lexicon entries

After the rule ids, `rules` names the lexicon entries that decided the claim, as `<lexicon>.<list>:<entry>`:
`cues.reporting_verbs:say`, `cues.according_to:according to`, `hedges.epistemic_words:allegedly`,
`hedges.distancing_verbs:claim`, `hedges.scare_quotes.loaded_terms:liberation`. A word or phrase entry is named by
itself; a regular expression has a name of its own, its key in the file (`hedges.evidential_patterns:could-not-verify`,
`cues.silence_patterns:declined-to-comment`), so a pattern can be edited without changing its id (a pattern list
written as a plain YAML list is numbered from 1 instead). `attribution.rules.lexicon_entries("cues", rules)` lists
every id of a loaded lexicon; the packaged ones hold:

{entries}

An implicit claim names the carry-over rule only: the entries that found its sources are on the claim it carries
from (`carried_from`).
"""


def main() -> None:
    warnings.simplefilter("ignore")
    catalogue = yaml.safe_load(resources.files("attribution.data").joinpath("rule_catalogue.yaml").read_text("utf-8"))
    extractor = attribution.Extractor()
    rows = []
    for entry in catalogue:
        claims = extractor.extract(entry["example"])
        claim = next(c for c in claims if entry["id"] in c.rules)
        who = "; ".join(s.name + (f" (via {s.via})" if s.via else "") + (" [anonymous]" if s.anonymous else "")
                        for s in claim.sources) or "the outlet's own voice"
        hedges = ", ".join(f"{h.text} [{h.kind}]" for h in claim.hedges)
        shown = f"{claim.attribution}: {who}" + (f"; hedges: {hedges}" if hedges else "")
        example = entry["example"].replace("\n\n", " ¶ ").replace("|", "\\|")
        rows.append(f"| `{entry['id']}` | {entry['meaning'].replace('|', '/')} | {example} | {shown} |")
    from attribution.rules import default_cues, default_hedges, lexicon_entries

    counts: dict[str, int] = {}
    for entry_id in lexicon_entries("cues", default_cues()) | lexicon_entries("hedges", default_hedges()):
        lexicon_list = entry_id.split(":", 1)[0]
        counts[lexicon_list] = counts.get(lexicon_list, 0) + 1
    entries = "| list | entries |\n|---|---|\n" + "\n".join(f"| `{name}` | {n} |" for name, n in sorted(counts.items()))
    path = Path(__file__).resolve().parent / "rules.md"
    path.write_text(HEADER + "\n".join(rows) + "\n" + FOOTER.replace("{entries}", entries), encoding="utf-8")
    print(f"wrote {path} ({len(rows)} rules)")


if __name__ == "__main__":
    main()
