"""Sort the errors of an evaluation into the error classes of the real-structure work (docs/quality.md).

    python corpus/error_classes.py REPORT.json [REPORT.json ...]

Each REPORT.json is what ``attribution eval SPLIT --json REPORT.json`` writes. The sorting is automatic and
approximate; the rule for each class is in CLASSES below. An error that fits several classes is counted in
the first one.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent

CLASSES = [
    ("0 quotations", "a source error in a sentence whose gold attribution is direct_quote"),
    ("2 non-speakers", "a wrong source that is a time, a number, a place word, a document or data"),
    ("3 coordination", "a missed source in a sentence with two or more gold sources of which another was found"),
    ("1 titles and names", "a wrong source whose name shares a word with the missed gold source's name"),
    ("4 carry-over", "a source error in a sentence whose gold attribution is implicit"),
    ("5 verbs of saying", "a missed source in an indirect or according_to sentence that got no source at all"),
    ("6 page furniture", "a claim from page furniture (leak) or a body sentence with no claim (dropped)"),
    ("8 hedges", "a missed or spurious hedge"),
    ("chains", "a missed or wrong chain (via)"),
    ("other", "every other source error (pronouns, groups, metonymy, annotation disagreements)"),
]
_NON_SPEAKER = re.compile(r"\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|"
                          r"january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"statement|data|report|tweet|post|information|footage|video|city|region|district)\b",
                          re.IGNORECASE)


def classify(report: dict, golds: dict[str, dict]) -> Counter:
    counts: Counter = Counter()
    for article in report["articles"]:
        gold = golds.get(article["id"])
        sentences = {s["start"]: s for s in gold["sentences"]} if gold else {}
        errors = article["errors"]
        by_sentence: dict[int, list[dict]] = {}
        for error in errors:
            by_sentence.setdefault(error.get("start", -1), []).append(error)
        for error in errors:
            kind = error["type"]
            if kind in ("leak", "dropped"):
                counts["6 page furniture"] += 1
            elif kind in ("missed_hedge", "spurious_hedge"):
                counts["8 hedges"] += 1
            elif kind in ("missed_chain", "wrong_chain"):
                counts["chains"] += 1
            elif kind in ("missed_source", "wrong_source"):
                counts[_source_class(error, sentences.get(error["start"]), by_sentence[error["start"]])] += 1
    return counts


def _source_class(error: dict, sentence: dict | None, siblings: list[dict]) -> str:
    attribution = sentence["attribution"] if sentence else ""
    if attribution == "direct_quote":
        return "0 quotations"
    if error["type"] == "wrong_source" and _NON_SPEAKER.search(error.get("source", "")):
        return "2 non-speakers"
    found_other = sentence and len(sentence["sources"]) >= 2 and sum(
        1 for e in siblings if e["type"] == "missed_source") < len(sentence["sources"])
    if error["type"] == "missed_source" and found_other:
        return "3 coordination"
    words = {w.lower() for w in re.findall(r"\w{3,}", error.get("source", ""))}
    others = {w.lower() for e in siblings if e is not error for w in re.findall(r"\w{3,}", e.get("source", ""))}
    if words & others:
        return "1 titles and names"
    if attribution == "implicit":
        return "4 carry-over"
    if error["type"] == "missed_source" and attribution in ("indirect", "according_to") and not any(
            e["type"] == "wrong_source" for e in siblings):
        return "5 verbs of saying"
    return "other"


def main(argv: list[str]) -> int:
    golds = {}
    for path in CORPUS.rglob("*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[gold["id"]] = gold
    columns = [classify(json.loads(Path(a).read_text(encoding="utf-8")), golds) for a in argv]
    print("| class | what counts | " + " | ".join(Path(a).stem for a in argv) + " |")
    print("|---|---|" + "---:|" * len(argv))
    for name, rule in CLASSES:
        print(f"| {name} | {rule} | " + " | ".join(str(c.get(name, 0)) for c in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
