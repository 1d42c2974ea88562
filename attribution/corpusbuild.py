"""Gold files from annotators' drafts: find every sentence and hedge in the text and write exact offsets.

``attribution corpus build DRAFT...`` (and the repository's ``corpus/build.py``) runs this. An annotator
writes a draft in YAML naming sentences and hedges by their words; the builder locates them in the raw
text, checks the annotation against the guidelines (``docs/annotation.md``) and writes a gold file in the
format ``attribution eval`` scores against.

Draft format::

    id: wire-2025-01-02-example
    origin: written for the attribution corpus (fictional)
    style: wire copy with dateline
    phenomena: [multi_sentence_quote, denial]
    language: en            # optional: en (default), ru or uk
    text: |
      The whole raw page, boilerplate included.
    sources:
      ru-mod: {name: Russian Ministry of Defense, kind: government, aliases: [the ministry]}
      sbu-source: {name: source in the SBU, kind: official, anonymous: true}
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

Sources may carry ``anonymous: true`` (an unnamed source: "a source in the SBU"). Sentences are searched
in order, each after the end of the previous one; text covered by no sentence is boilerplate.

Where the gold file goes: a draft inside a ``corpus/src`` folder (``corpus/src/<split>/<name>.yaml``)
gives ``corpus/<split>/<id>.gold.json``, the layout of this project's corpus; any other draft gives
``<id>.gold.json`` next to the draft.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .rules import RuleFileError, read_data

ROLES = {"body", "optional"}
ATTRIBUTIONS = {"direct_quote", "indirect", "according_to", "implicit", "none"}
SOURCE_KINDS = {"government", "military", "official", "person", "media", "organization", "unknown"}
HEDGE_KINDS = {"epistemic", "scare_quote", "distancing_verb", "evidential"}
DRAFT_KEYS = {"id", "origin", "style", "phenomena", "language", "text", "sources", "sentences"}
REQUIRED_KEYS = ("id", "origin", "text", "sentences")
SENTENCE_KEYS = {"text", "role", "sources", "attribution", "hedges", "via"}
SOURCE_KEYS = {"name", "kind", "aliases", "anonymous"}
LANGUAGES = {"en", "ru", "uk"}
HEDGE_KEYS = {"text", "kind", "nth", "optional"}


class DraftError(ValueError):
    """A draft that does not follow the format or the guidelines; the message names the draft and the place."""


def _find_nth(haystack: str, needle: str, nth: int, where: str) -> int:
    position = -1
    for _ in range(nth):
        position = haystack.find(needle, position + 1)
        if position < 0:
            raise DraftError(f"{where}: {needle!r} (occurrence {nth}) not found")
    return position


def _read(draft_path: Path) -> dict[str, Any]:
    try:
        draft = read_data(draft_path)
    except RuleFileError as error:
        raise DraftError(str(error)) from None
    if not isinstance(draft, dict):
        raise DraftError(f"{draft_path}: expected a mapping with {', '.join(REQUIRED_KEYS)}, "
                         f"got {type(draft).__name__}")
    unknown = set(draft) - DRAFT_KEYS
    if unknown:
        raise DraftError(f"{draft_path}: unknown keys {sorted(unknown)}")
    missing = [key for key in REQUIRED_KEYS if key not in draft]
    if missing:
        raise DraftError(f"{draft_path}: missing keys {missing}")
    if not isinstance(draft["text"], str) or not isinstance(draft["id"], str):
        raise DraftError(f"{draft_path}: id and text must be text")
    if not isinstance(draft["sentences"], list):
        raise DraftError(f"{draft_path}: sentences must be a list")
    return draft


def _sources(draft_path: Path, draft: dict[str, Any]) -> dict[str, Any]:
    sources = draft.get("sources") or {}
    if not isinstance(sources, dict):
        raise DraftError(f"{draft_path}: sources must map an id to a source")
    for key, source in sources.items():
        if not isinstance(source, dict):
            raise DraftError(f"{draft_path}: source {key}: expected a mapping, got {type(source).__name__}")
        unknown = set(source) - SOURCE_KEYS
        if unknown:
            raise DraftError(f"{draft_path}: source {key}: unknown keys {sorted(unknown)}")
        if source.get("kind") not in SOURCE_KINDS:
            raise DraftError(f"{draft_path}: source {key}: bad kind {source.get('kind')!r}")
        if not isinstance(source.get("anonymous", False), bool):
            raise DraftError(f"{draft_path}: source {key}: anonymous must be true or false")
        if not isinstance(source.get("name"), str) or not source["name"].strip():
            raise DraftError(f"{draft_path}: source {key}: name must be text")
        source.setdefault("aliases", [])
        aliases = source["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
            # YAML reads a bare 0342 as a number: the alias must be quoted
            raise DraftError(f"{draft_path}: source {key}: aliases must be a list of texts (quote numbers): {aliases!r}")
    return sources


def build(draft_path: Path | str) -> dict[str, Any]:
    """Turn one draft into a gold record, raising DraftError on any inconsistency."""
    draft_path = Path(draft_path)
    draft = _read(draft_path)
    text: str = draft["text"]
    sources = _sources(draft_path, draft)
    language = draft.get("language", "en")
    if language not in LANGUAGES:
        raise DraftError(f"{draft_path}: bad language {language!r}")
    cursor = 0
    sentences = []
    for index, sentence in enumerate(draft["sentences"]):
        if not isinstance(sentence, dict) or not isinstance(sentence.get("text"), str):
            raise DraftError(f"{draft_path}: sentence {index}: expected a mapping with the sentence's text")
        where = f"{draft_path}: sentence {index} ({sentence['text'][:40]!r})"
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
            if not isinstance(hedge, dict) or not isinstance(hedge.get("text"), str):
                raise DraftError(f"{where}: hedge {hedge!r}: expected a mapping with text and kind")
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


def _corpus_root(path: Path) -> Path | None:
    """The ``corpus`` folder of a path inside ``corpus/src``, or None."""
    for parent in path.parents:
        if parent.name == "src" and parent.parent.name == "corpus":
            return parent.parent
    return None


def gold_path(draft_path: Path | str, gold_id: str | None = None) -> Path:
    """Where a draft's gold file goes: ``corpus/src/<x>/`` -> ``corpus/<x>/``, any other draft's own folder.

    The file is named ``<gold_id>.gold.json`` (the draft's ``id``), or after the draft when no id is given.
    """
    resolved = Path(draft_path).resolve()
    name = f"{gold_id or resolved.stem}.gold.json"
    root = _corpus_root(resolved)
    if root is not None:
        return root / resolved.parent.relative_to(root / "src") / name
    return resolved.parent / name


def drafts_in(paths: Iterable[Path | str]) -> list[Path]:
    """The drafts named: files as they are, folders searched for ``*.yaml`` and ``*.yml`` (sorted)."""
    drafts: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            drafts.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            drafts.append(path)
    return drafts


def write(draft_path: Path | str) -> tuple[Path, dict[str, Any]]:
    """Build one draft and write its gold file; return where it went and the gold record."""
    gold = build(draft_path)
    out = gold_path(draft_path, gold["id"])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out, gold


def main(paths: Iterable[Path | str]) -> int:
    """Build every draft named (files or folders): ``ok`` lines on stdout, ``FAIL`` lines on stderr.

    Returns 0 when every draft was built, 1 when any failed (the others are still written).
    """
    failures = 0
    for draft_path in drafts_in(paths):
        try:
            out, gold = write(draft_path)
        except (DraftError, OSError) as error:
            print(f"FAIL {draft_path}: {error}", file=sys.stderr)
            failures += 1
            continue
        count = len(gold["sentences"])
        print(f"ok   {_shown(out)} ({count} sentence{'s' * (count != 1)})")
    return 1 if failures else 0


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the working folder when it is inside it."""
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path
