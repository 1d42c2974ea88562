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
    path = Path(__file__).resolve().parent / "rules.md"
    path.write_text(HEADER + "\n".join(rows) + "\n" + FOOTER, encoding="utf-8")
    print(f"wrote {path} ({len(rows)} rules)")


if __name__ == "__main__":
    main()
