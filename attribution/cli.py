"""Command line: ``attribution extract``, ``attribution eval`` and ``attribution sources``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _extract(args: argparse.Namespace) -> int:
    from .extractor import Extractor
    from .formats import to_jsonl, to_text_table

    extractor = Extractor(model=args.model, registry=args.registry)
    inputs = args.inputs or ["-"]
    status = EXIT_OK
    for name in inputs:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"attribution: {name}: {error}", file=sys.stderr)
            status = EXIT_FAIL
            continue
        claims = extractor.extract(text)
        if args.format == "jsonl":
            output = to_jsonl(claims, input=name)
        else:
            output = (f"== {name}\n" if len(inputs) > 1 else "") + to_text_table(claims)
        if output:
            print(output)
    return status


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report
    from .extractor import Extractor

    extractor = Extractor(model=args.model, registry=args.registry)
    try:
        report = evaluate(args.paths, extractor)
    except (FileNotFoundError, ValueError) as error:
        print(f"attribution eval: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(format_report(report, show_errors=not args.quiet))
    if args.json:
        Path(args.json).write_text(json.dumps(report.as_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.baseline:
        return _ratchet(report, args)
    return EXIT_OK


def _ratchet(report, args: argparse.Namespace) -> int:
    from .evaluate import baseline_key, regressions

    path = Path(args.baseline)
    baselines = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    key = baseline_key(args.paths)
    if args.write_baseline:
        baselines[key] = report.figures()
        path.write_text(json.dumps(baselines, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nbaseline for {key!r} written to {path}")
        return EXIT_OK
    if key not in baselines:
        print(f"attribution eval: no baseline for {key!r} in {path}; write one with --write-baseline",
              file=sys.stderr)
        return EXIT_FAIL
    problems = regressions(report.figures(), baselines[key])
    for problem in problems:
        print(f"regression: {problem}", file=sys.stderr)
    if not problems:
        print(f"\nno figure below the baseline for {key!r}")
    return EXIT_FAIL if problems else EXIT_OK


def _sources(args: argparse.Namespace) -> int:
    from .registry import SourceRegistry
    from .rules import RuleFileError

    try:
        registry = SourceRegistry.from_file(args.file) if args.file else SourceRegistry.default()
    except RuleFileError as error:
        print(f"attribution sources: {error}", file=sys.stderr)
        return EXIT_FAIL
    if args.action == "check":
        print(f"ok: {len(registry)} sources")
        return EXIT_OK
    entries = registry.search(args.query) if args.action == "search" else list(registry)
    for entry in entries:
        aliases = ", ".join(entry.aliases)
        print(f"{entry.id:<24} {entry.kind:<13} {entry.name}" + (f"  [{aliases}]" if aliases else ""))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="attribution", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="tag the claims of articles")
    extract.add_argument("inputs", nargs="*", help="text files; '-' or nothing reads standard input")
    extract.add_argument("--format", choices=["table", "jsonl"], default="table")
    extract.add_argument("--model", help="spaCy pipeline name or path")
    extract.add_argument("--registry", help="a source registry file (YAML or JSON)")
    extract.set_defaults(run=_extract)

    score = commands.add_parser("eval", help="score the library on gold files")
    score.add_argument("paths", nargs="+", help="gold files or folders holding *.gold.json")
    score.add_argument("--json", help="also write the full report as JSON to this file")
    score.add_argument("--quiet", action="store_true", help="totals and the per-article table only")
    score.add_argument("--baseline", help="a baseline JSON file: fail (exit 1) if any figure drops below it")
    score.add_argument("--write-baseline", action="store_true", help="record the figures as the new baseline")
    score.add_argument("--model", help="spaCy pipeline name or path")
    score.add_argument("--registry", help="a source registry file (YAML or JSON)")
    score.set_defaults(run=_eval)

    sources = commands.add_parser("sources", help="list, search or check a source registry")
    sources.add_argument("action", choices=["list", "search", "check"])
    sources.add_argument("query", nargs="?", default="", help="what to search for (search)")
    sources.add_argument("file", nargs="?", help="a registry file (check; default: the packaged one)")
    sources.set_defaults(run=_sources)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "sources" and args.action == "check" and args.query and not args.file:
        args.file, args.query = args.query, ""
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
