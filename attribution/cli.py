"""Command line: ``attribution extract``, ``attribution eval`` and ``attribution sources``."""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, get_args

from .models import SourceKind

if TYPE_CHECKING:
    from .extractor import Extractor
    from .models import Claim
    from .registry import RegistryEntry, SourceRegistry

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


# ---- extract ---------------------------------------------------------------------------------------------

# Input formats by file suffix; other files are sniffed.
SUFFIXES = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
            ".jsonl": "jsonl", ".ndjson": "jsonl"}
# Show a progress bar by default only for this many documents or more (and only on a terminal).
PROGRESS_MIN_DOCUMENTS = 10


class UsageError(Exception):
    """A problem with the command itself (missing file, empty glob, bad option value): exit 2."""


@dataclass
class Input:
    """One input the user named: a file (``path``) or standard input (``path`` None)."""

    name: str
    path: Path | None
    format: str | None  # text, html or jsonl; None: decide from the content


@dataclass
class Document:
    """One article to tag: a text file, an HTML page's main text, or one line of a JSONL file."""

    name: str
    text: str
    input: str
    line: int | None = None
    context: dict[str, Any] = field(default_factory=dict)
    extracted: bool = False  # the text was pulled out of HTML, so it is not the input file's content


@dataclass
class Failure:
    """An input (or one line of it) that could not be read; the others go on."""

    name: str
    reason: str


def _expand(names: list[str], input_format: str) -> list[Input]:
    """Files, folders (searched for known suffixes) and globs, in the order given; '-' is standard input."""
    inputs: list[Input] = []
    declared = None if input_format == "auto" else input_format
    for name in names:
        if name == "-":
            inputs.append(Input("<stdin>", None, declared))
            continue
        path = Path(name)
        if path.exists():
            matches = [path]
        elif any(ch in name for ch in "*?["):
            matches = [Path(p) for p in sorted(glob.glob(name, recursive=True))]
            if not matches:
                raise UsageError(f"{name}: no files match")
        else:
            raise UsageError(f"{name}: no such file or directory")
        for match in matches:
            if match.is_dir():
                found = sorted(p for p in match.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                               and not any(part.startswith(".") for part in p.relative_to(match).parts))
                if not found and path.is_dir():
                    raise UsageError(f"{name}: no {', '.join(sorted(set(SUFFIXES)))} files in this folder")
                inputs.extend(Input(str(p), p, declared or SUFFIXES[p.suffix.lower()]) for p in found)
            else:
                inputs.append(Input(str(match), match, declared or SUFFIXES.get(match.suffix.lower())))
    return inputs


def _sniff(raw: bytes) -> str:
    """Guess the format of unnamed input: JSON objects one per line, an HTML page, or plain text."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        try:
            if isinstance(json.loads(head.split(b"\n", 1)[0]), dict):
                return "jsonl"
        except ValueError:
            pass
    if head.startswith(b"<") and re.search(rb"<(!doctype|html|head|body|article|p|div)\b", head, re.IGNORECASE):
        return "html"
    return "text"


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte 0x{raw[error.start]:02x} at {error.start}); convert it first, "
                         f"e.g. iconv -f latin1 -t utf-8") from None


def _html_text(raw: bytes) -> str:
    """The main text of a web page, as trafilatura finds it (navigation, ads and comments left out)."""
    try:
        import trafilatura
    except ImportError:
        raise ValueError("reading HTML needs trafilatura: pip install attribution[html]") from None
    text = trafilatura.extract(raw, include_comments=False)
    if not text:
        raise ValueError("no article text found in this HTML page")
    return text


def _documents(item: Input, text_field: str) -> Iterator[Document | Failure]:
    """The documents of one input, or a Failure for each part that cannot be read."""
    try:
        raw = item.path.read_bytes() if item.path is not None else sys.stdin.buffer.read()
    except OSError as error:
        yield Failure(item.name, error.strerror or str(error))
        return
    kind = item.format or _sniff(raw)
    try:
        if kind == "html":
            yield Document(item.name, _html_text(raw), item.name, extracted=True)
        elif kind == "text":
            yield Document(item.name, _decode(raw), item.name)
    except ValueError as error:
        yield Failure(item.name, str(error))
    if kind != "jsonl":
        return
    try:
        lines = _decode(raw).splitlines()
    except ValueError as error:
        yield Failure(item.name, str(error))
        return
    for number, line in enumerate(lines, 1):
        name = f"{item.name}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Failure(name, f"not valid JSON: {error}")
            continue
        if not isinstance(record, dict):
            yield Failure(name, f"expected a JSON object, got {type(record).__name__}")
        elif text_field not in record:
            fields = ", ".join(record) or "none"
            yield Failure(name, f"no {text_field!r} field (fields: {fields}); choose one with --text-field")
        elif not isinstance(record[text_field], str):
            yield Failure(name, f"field {text_field!r} is {type(record[text_field]).__name__}, not text")
        else:
            context = {k: v for k, v in record.items() if k != text_field}
            yield Document(name, record[text_field], item.name, line=number, context=context)


def _count(inputs: list[Input]) -> int | None:
    """How many documents the inputs hold (a JSONL file holds one per non-blank line); None if unknown."""
    total = 0
    for item in inputs:
        if item.path is None:
            return None
        if item.format == "jsonl":
            try:
                with item.path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _tag(extractor: Extractor, documents: Iterable[Document], batch_size: int) -> Iterator[tuple[Document, Any]]:
    """(document, claims) in input order, in batches; (document, exception) for a document the pipeline fails on.

    A failure inside a batch ends spaCy's stream, so the documents it had taken are retried one by one
    and the stream goes on with the rest: one bad document costs only itself.
    """
    documents = iter(documents)
    pending: deque[Document] = deque()

    def feed() -> Iterator[tuple[str, Document]]:
        for document in documents:
            pending.append(document)
            yield document.text, document

    while True:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                for claims, document in extractor.extract_many(feed(), batch_size=batch_size, as_tuples=True):
                    pending.popleft()
                    # The library's warnings about this input, in the command's own format, with its name.
                    for warning in caught:
                        print(f"attribution: {document.name}: {warning.message}", file=sys.stderr)
                    caught.clear()
                    # extract_many may report an item it could not process on the result instead of raising.
                    error = getattr(claims, "error", None)
                    yield document, (error if isinstance(error, Exception) else claims)
            return
        except Exception:  # noqa: BLE001  isolated below, document by document
            while pending:
                document = pending.popleft()
                try:
                    yield document, extractor.extract(document.text)
                except Exception as error:  # noqa: BLE001  reported as this input's failure
                    yield document, error


class _Writer:
    """Writes tagged documents in one output format."""

    def __init__(self, out: TextIO, fmt: str, many: bool, with_lines: bool) -> None:
        # many: several inputs, so each table gets a heading; with_lines: CSV has line and context columns.
        self.out, self.format, self.many, self.with_lines = out, fmt, many, with_lines
        self.pages: list[tuple[str, str, Any]] = []
        self.started = False

    def write(self, document: Document, claims: list[Claim]) -> None:
        from .formats import to_csv, to_jsonl, to_text_table

        if self.format == "table":
            heading = f"== {document.name}\n" if self.many or document.line is not None else ""
            self.out.write(f"{'' if not self.started else chr(10)}{heading}{to_text_table(claims)}\n")
        elif self.format == "jsonl":
            where: dict[str, Any] = {"input": document.input}
            if document.line is not None:
                where["line"] = document.line
            if document.context:
                where["context"] = document.context
            if document.extracted:
                # Offsets refer to the text pulled out of the page: give it, so they can be used.
                self.out.write(json.dumps({"record": "document", **where, "text": document.text},
                                          ensure_ascii=False) + "\n")
            if claims:
                self.out.write(to_jsonl(claims, record="claim", **where) + "\n")
        elif self.format == "csv":
            extra: dict[str, Any] = {"input": document.input}
            if self.with_lines:
                extra["line"] = "" if document.line is None else document.line
                extra["context"] = json.dumps(document.context, ensure_ascii=False) if document.context else ""
            self.out.write(to_csv(claims, header=not self.started, **extra))
        else:
            self.pages.append((document.name, document.text, claims))
        self.started = True

    def close(self) -> None:
        from .render import render, render_documents

        if self.format == "html":
            if len(self.pages) == 1:
                name, text, claims = self.pages[0]
                self.out.write(render(text, claims, title=name))
            else:
                self.out.write(render_documents(self.pages))
        elif self.format == "csv" and not self.started:
            from .formats import to_csv

            extra = {"input": ""} | ({"line": "", "context": ""} if self.with_lines else {})
            self.out.write(to_csv([], **extra))
        self.out.flush()


def _progress(args: argparse.Namespace, total: int | None) -> Any:
    """A tqdm bar on stderr, or None: shown with --progress, or on a terminal for many documents."""
    wanted = args.progress if args.progress is not None else (
        sys.stderr.isatty() and total is not None and total >= PROGRESS_MIN_DOCUMENTS)
    if not wanted:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if args.progress:
            print("attribution: --progress needs tqdm: pip install attribution[progress]", file=sys.stderr)
        return None
    return tqdm(total=total, file=sys.stderr, unit="doc", desc="attribution", dynamic_ncols=True)


def _extract(args: argparse.Namespace) -> int:
    from .extractor import Extractor, InputTooLargeError
    from .rules import RuleFileError

    if not args.inputs and sys.stdin.isatty():
        raise UsageError("no input: name files, folders or globs, or pipe text to standard input")
    if args.batch_size < 1 or args.max_chars < 1:
        raise UsageError("--batch-size and --max-chars must be positive")
    inputs = _expand(args.inputs or ["-"], args.input_format)
    if sum(1 for item in inputs if item.path is None) > 1:
        raise UsageError("-: standard input can be read only once")
    try:
        extractor = Extractor(model=args.model, registry=args.registry, max_chars=args.max_chars)
    except (OSError, RuleFileError) as error:
        raise UsageError(str(error)) from None
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as error:
        raise UsageError(f"{args.output}: {error.strerror or error}") from None

    total = _count(inputs)
    writer = _Writer(out, args.format, len(inputs) > 1, with_lines=any(item.format == "jsonl" or item.path is None
                                                            for item in inputs))
    bar = _progress(args, total)
    failed = 0

    def fail(name: str, reason: str) -> None:
        nonlocal failed
        failed += 1
        message = f"attribution: {name}: {reason}"
        (bar.write(message, file=sys.stderr) if bar is not None else print(message, file=sys.stderr))
        if bar is not None:
            bar.update()

    def readable() -> Iterator[Document]:
        for item in inputs:
            for document in _documents(item, args.text_field):
                if isinstance(document, Failure):
                    fail(document.name, document.reason)
                elif len(document.text) > extractor.max_chars:
                    fail(document.name, f"{len(document.text):,} characters, over the limit of "
                                        f"{extractor.max_chars:,}; raise it with --max-chars")
                else:
                    yield document

    try:
        for document, claims in _tag(extractor, readable(), args.batch_size):
            if isinstance(claims, Exception):
                reason = str(claims) if isinstance(claims, InputTooLargeError) else \
                    f"extraction failed: {type(claims).__name__}: {claims}"
                fail(document.name, reason)
                continue
            writer.write(document, claims)
            if bar is not None:
                bar.update()
        writer.close()
    finally:
        if bar is not None:
            bar.close()
        if out is not sys.stdout:
            out.close()
    return EXIT_FAIL if failed else EXIT_OK


# ---- eval ------------------------------------------------------------------------------------------------


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


# ---- sources ---------------------------------------------------------------------------------------------


def _registry(path: str | None) -> SourceRegistry:
    from .registry import SourceRegistry
    from .rules import RuleFileError

    if path is None:
        return SourceRegistry.default()
    if not Path(path).exists():
        raise UsageError(f"{path}: no such file")
    try:
        return SourceRegistry.from_file(path)
    except RuleFileError as error:
        raise UsageError(str(error)) from None


def _print_entries(entries: Iterable[RegistryEntry]) -> None:
    for entry in entries:
        aliases = ", ".join(entry.aliases)
        print(f"{entry.id:<24} {entry.kind:<13} {entry.name}" + (f"  [{aliases}]" if aliases else ""))


def _registry_problems(path: Path) -> tuple[list[str], int]:
    """Every problem of a registry file (not only the first), and how many sources it holds."""
    from .registry import RegistryError, SourceRegistry
    from .rules import RuleFileError, read_data

    try:
        data = read_data(path)
    except RuleFileError as error:
        return [str(error)], 0
    if isinstance(data, dict) and "sources" in data:
        data = data["sources"]
    if not isinstance(data, list):
        return [f"{path}: file: expected a list of sources, got {type(data).__name__}"], 0
    scratch = SourceRegistry(origin=str(path))
    problems: list[str] = []
    seen: set[str] = set()
    for position, entry in enumerate(data):
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(entry_id, str) and entry_id in seen:
            problems.append(f"{path}: entry {position} ({entry_id}): field id: duplicate id {entry_id!r}")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{path}: entry {position}: expected a mapping, got {type(entry).__name__}")
            continue
        if isinstance(entry_id, str):
            seen.add(entry_id)
        try:
            scratch.add(entry, origin=str(path), position=position)
        except RegistryError as error:
            problems.append(str(error))
    if not problems:
        # The loader is the last word: whatever it refuses is a problem even if the scan above missed it.
        try:
            return [], len(SourceRegistry.from_file(path))
        except RuleFileError as error:
            return [str(error)], 0
    return problems, len(seen)


def _sources_list(args: argparse.Namespace) -> int:
    entries = [e for e in _registry(args.registry) if args.kind is None or e.kind == args.kind]
    _print_entries(entries)
    return EXIT_OK


def _sources_search(args: argparse.Namespace) -> int:
    entries = _registry(args.registry).search(args.query, limit=args.limit)
    if not entries:
        print(f"attribution: sources: nothing matches {args.query!r}", file=sys.stderr)
        return EXIT_FAIL
    _print_entries(entries)
    return EXIT_OK


def _sources_check(args: argparse.Namespace) -> int:
    from .registry import RegistryError, SourceRegistry
    from .rules import packaged

    files = [Path(f) for f in args.files] or [packaged("sources.yaml")]
    for path in files:
        if not path.exists():
            raise UsageError(f"{path}: no such file")
    status = EXIT_OK
    for path in files:
        problems, count = _registry_problems(path)
        problems = [line for problem in problems for line in problem.splitlines()]  # one line per field at fault
        for problem in problems:
            print(problem)
        if problems:
            status = EXIT_FAIL
            print(f"{path}: {len(problems)} problem{'s' * (len(problems) != 1)}")
            continue
        print(f"{path}: ok, {count} source{'s' * (count != 1)}")
        try:
            # Most custom registries extend the packaged one: say if that would clash.
            SourceRegistry.default().extend(path)
        except RegistryError as error:
            print(f"{path}: note: cannot extend the packaged registry: {error}", file=sys.stderr)
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="attribution", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract", help="tag the claims of articles",
        description="Tag the claims of articles: text files, saved web pages (HTML) or JSONL files with one "
                    "article per line; files, folders, globs, or standard input ('-' or nothing).",
        epilog="Exit status: 0 all inputs tagged, 1 some input failed (the others were tagged), "
               "2 usage error (missing file, bad option).")
    extract.add_argument("inputs", nargs="*", help="files, folders or globs; '-' or nothing reads standard input")
    extract.add_argument("--format", choices=["table", "jsonl", "csv", "html"], default="table",
                         help="output: a table for reading (default), JSON lines, CSV or one HTML page")
    extract.add_argument("-o", "--output", help="write to this file instead of standard output")
    extract.add_argument("--input-format", choices=["auto", "text", "html", "jsonl"], default="auto",
                         help="how to read inputs (default: by suffix, else from the content)")
    extract.add_argument("--text-field", default="text",
                         help="JSONL: the field holding the article (default: text); other fields are kept as context")
    extract.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="progress bar on standard error (default: on a terminal, for "
                              f"{PROGRESS_MIN_DOCUMENTS} or more documents)")
    extract.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch (default: 32)")
    extract.add_argument("--max-chars", type=int, default=5_000_000,
                         help="refuse longer articles (default: 5,000,000 characters)")
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
    actions = sources.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="every source of a registry")
    listing.add_argument("--registry", help="a registry file (default: the packaged one)")
    listing.add_argument("--kind", choices=list(get_args(SourceKind)), help="only sources of this kind")
    listing.set_defaults(run=_sources_list)
    search = actions.add_parser("search", help="sources whose id, name or aliases contain the query")
    search.add_argument("query")
    search.add_argument("--registry", help="a registry file (default: the packaged one)")
    search.add_argument("--limit", type=int, default=10, help="at most this many (default: 10)")
    search.set_defaults(run=_sources_search)
    check = actions.add_parser("check", help="validate registry files; print every problem, exit 1 if any",
                               description="Validate registry files (default: the packaged one). Prints each "
                                           "problem as 'file: entry N (id): field F: what is wrong'.")
    check.add_argument("files", nargs="*", help="registry files (YAML or JSON)")
    check.set_defaults(run=_sources_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"attribution: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
