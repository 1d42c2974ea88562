"""Build gold files from annotator drafts: find every sentence and hedge in the text and write exact offsets.

Annotators write a draft in YAML (``corpus/src/<split>/<id>.yaml``) naming sentences and
hedges by their words; this script locates them in the raw text, checks the annotation
against the guidelines and writes ``corpus/<split>/<id>.gold.json`` in the spec's format.

Draft format::

    id: wire-2025-01-02-example
    origin: written for the attribution corpus (fictional)
    style: wire copy with dateline
    phenomena: [multi_sentence_quote, denial]
    text: |
      The whole raw page, boilerplate included.
    sources:
      ru-mod: {name: Russian Ministry of Defense, kind: government, aliases: [the ministry]}
    sentences:
      - text: The exact words of the sentence, as they stand in the text.
        role: body            # or optional
        sources: [ru-mod]
        attribution: indirect
        hedges:
          - {text: allegedly, kind: epistemic}              # first occurrence in the sentence
          - {text: claimed, kind: distancing_verb, nth: 2}  # second occurrence
          - {text: so-called, kind: epistemic, optional: true}
        via: {sbu-source: rbc-ukraine}   # optional: relayed source -> the source relaying it

Sources may carry ``anonymous: true`` (an unnamed source: "a source in the SBU"); a draft may
say ``language: ru`` or ``uk`` (default ``en``).

Sentences are searched in order, each after the end of the previous one.

Usage: python corpus/build.py [DRAFT.yaml ...]   (default: every draft under corpus/src)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent
ROLES = {"body", "optional"}
ATTRIBUTIONS = {"direct_quote", "indirect", "according_to", "implicit", "none"}
SOURCE_KINDS = {"government", "military", "official", "person", "media", "organization", "unknown"}
HEDGE_KINDS = {"epistemic", "scare_quote", "distancing_verb", "evidential"}
DRAFT_KEYS = {"id", "origin", "style", "phenomena", "language", "text", "sources", "sentences"}
SENTENCE_KEYS = {"text", "role", "sources", "attribution", "hedges", "via"}
SOURCE_KEYS = {"name", "kind", "aliases", "anonymous"}
LANGUAGES = {"en", "ru", "uk"}
HEDGE_KEYS = {"text", "kind", "nth", "optional"}


class DraftError(ValueError):
    """A draft that does not follow the format or the guidelines."""


def _find_nth(haystack: str, needle: str, nth: int, where: str) -> int:
    position = -1
    for _ in range(nth):
        position = haystack.find(needle, position + 1)
        if position < 0:
            raise DraftError(f"{where}: {needle!r} (occurrence {nth}) not found")
    return position


def build(draft_path: Path) -> dict:
    """Turn one draft into a gold record, raising DraftError on any inconsistency."""
    draft = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    unknown = set(draft) - DRAFT_KEYS
    if unknown:
        raise DraftError(f"{draft_path}: unknown keys {sorted(unknown)}")
    text: str = draft["text"]
    sources: dict = draft["sources"] or {}
    for key, source in sources.items():
        unknown = set(source) - SOURCE_KEYS
        if unknown:
            raise DraftError(f"{draft_path}: source {key}: unknown keys {sorted(unknown)}")
        if source.get("kind") not in SOURCE_KINDS:
            raise DraftError(f"{draft_path}: source {key}: bad kind {source.get('kind')!r}")
        if not isinstance(source.get("anonymous", False), bool):
            raise DraftError(f"{draft_path}: source {key}: anonymous must be true or false")
        source.setdefault("aliases", [])
    language = draft.get("language", "en")
    if language not in LANGUAGES:
        raise DraftError(f"{draft_path}: bad language {language!r}")
    cursor = 0
    sentences = []
    for index, sentence in enumerate(draft["sentences"]):
        where = f"{draft_path}: sentence {index} ({sentence.get('text', '')[:40]!r})"
        unknown = set(sentence) - SENTENCE_KEYS
        if unknown:
            raise DraftError(f"{where}: unknown keys {sorted(unknown)}")
        words = sentence["text"]
        start = text.find(words, cursor)
        if start < 0:
            raise DraftError(f"{where}: not found after offset {cursor}")
        end = start + len(words)
        cursor = end
        role = sentence.get("role", "body")
        attribution = sentence.get("attribution", "none")
        source_ids = sentence.get("sources", []) or []
        if role not in ROLES:
            raise DraftError(f"{where}: bad role {role!r}")
        if attribution not in ATTRIBUTIONS:
            raise DraftError(f"{where}: bad attribution {attribution!r}")
        for source_id in source_ids:
            if source_id not in sources:
                raise DraftError(f"{where}: source {source_id!r} not in the sources table")
        if bool(source_ids) != (attribution != "none"):
            raise DraftError(f"{where}: sources {source_ids} do not fit attribution {attribution!r}")
        via = sentence.get("via") or {}
        if not isinstance(via, dict):
            raise DraftError(f"{where}: via must map a relayed source to its relay")
        for relayed, relay in via.items():
            if relayed not in source_ids or relay not in source_ids or relayed == relay:
                raise DraftError(f"{where}: via {relayed} -> {relay}: both must be other sources of the sentence")
        hedges = []
        for hedge in sentence.get("hedges", []) or []:
            unknown = set(hedge) - HEDGE_KEYS
            if unknown:
                raise DraftError(f"{where}: hedge {hedge}: unknown keys {sorted(unknown)}")
            if hedge.get("kind") not in HEDGE_KINDS:
                raise DraftError(f"{where}: hedge {hedge}: bad kind")
            offset = start + _find_nth(words, hedge["text"], int(hedge.get("nth", 1)), where)
            record = {"text": hedge["text"], "kind": hedge["kind"], "start": offset,
                      "end": offset + len(hedge["text"])}
            if hedge.get("optional"):
                record["optional"] = True
            hedges.append(record)
        record = {"start": start, "end": end, "text": words, "role": role,
                  "sources": source_ids, "attribution": attribution, "hedges": hedges}
        if via:
            record["via"] = via
        sentences.append(record)
    gold = {"id": draft["id"], "origin": draft["origin"], "text": text,
            "sources": sources, "sentences": sentences}
    if "language" in draft:
        gold["language"] = language
    return gold


def gold_path(draft_path: Path) -> Path:
    """Where a draft's gold file goes: the same relative folder outside ``src/``, else beside the draft."""
    resolved = draft_path.resolve()
    source_root = CORPUS / "src"
    if resolved.is_relative_to(source_root):
        return CORPUS / resolved.parent.relative_to(source_root) / (resolved.stem + ".gold.json")
    return resolved.parent / (resolved.stem + ".gold.json")


def main(argv: list[str]) -> int:
    drafts = [Path(a) for a in argv] or sorted((CORPUS / "src").rglob("*.yaml"))
    failures = 0
    for draft_path in drafts:
        try:
            gold = build(draft_path)
        except (DraftError, KeyError, TypeError, yaml.YAMLError) as error:
            print(f"FAIL {draft_path}: {error}", file=sys.stderr)
            failures += 1
            continue
        out = gold_path(draft_path).with_name(f"{gold['id']}.gold.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"ok   {out} ({len(gold['sentences'])} sentences)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
