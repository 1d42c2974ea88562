"""Command line: ``attribution extract``, ``eval``, ``sources`` and ``corpus build``."""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, MutableMapping
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
# The columns CSV output puts before formats.COLUMNS, for every kind of input: the input's name, the line of a
# JSONL file (empty for other inputs) and that line's other fields as a JSON object (empty when there are none).
CSV_DOCUMENT_COLUMNS = ("input", "line", "context")
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


# Bytes that plain text never holds (controls other than tab, newlines, form feed and escape).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def _binary(raw: bytes) -> str | None:
    """Why the bytes are not text at all (so that no encoding hint applies), or None."""
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text; convert it to UTF-8 first, e.g. iconv -f utf-16 -t utf-8"
    if b"\x00" in head:
        return "binary data, not text (it holds NUL bytes); extract reads text, HTML and JSONL files"
    if head and sum(byte in _CONTROL_BYTES for byte in head) > 0.05 * len(head):
        return "binary data, not text (it holds control bytes); extract reads text, HTML and JSONL files"
    return None


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
    binary = _binary(raw)
    if binary is not None:
        yield Failure(item.name, binary)
        return
    if not raw.strip():
        yield Failure(item.name, "empty input: no text to tag")
        return
    kind = item.format or _sniff(raw)
    try:
        if kind == "html":
            yield Document(item.name, _html_text(raw), item.name, extracted=True)
        elif kind == "text":
            text = _decode(raw)
            if text.strip():
                yield Document(item.name, text, item.name)
            else:
                yield Failure(item.name, "empty input: only white space, no text to tag")
    except ValueError as error:
        yield Failure(item.name, str(error))
    if kind != "jsonl":
        return
    try:
        lines = _decode(raw).splitlines()
    except ValueError as error:
        yield Failure(item.name, str(error))
        return
    if not any(line.strip() for line in lines):
        yield Failure(item.name, "empty input: no JSON lines, no text to tag")
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
            yield Failure(name, f"expected a JSON object, got {_json_type(record)}")
        elif text_field not in record:
            fields = ", ".join(record) or "none"
            yield Failure(name, f"no {text_field!r} field (fields: {fields}); choose one with --text-field")
        elif not isinstance(record[text_field], str):
            yield Failure(name, f"field {text_field!r} is {_json_type(record[text_field])}, not text")
        elif not record[text_field].strip():
            yield Failure(name, f"field {text_field!r} is empty: no text to tag")
        else:
            context = {k: v for k, v in record.items() if k != text_field}
            yield Document(name, record[text_field], item.name, line=number, context=context)


def _json_type(value: Any) -> str:
    """What a JSON value is, in JSON's words (null, a number, an array), not Python's (NoneType, list)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string" if isinstance(value, str) else type(value).__name__


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


def _tag(extractor: Extractor, documents: Iterable[Document], batch_size: int,
         say: Callable[[str], None] | None = None) -> Iterator[tuple[Document, Any]]:
    """(document, claims) in input order, in batches; (document, exception) for a document the pipeline fails on.

    A failure inside a batch ends spaCy's stream, so the documents it had taken are retried one by one
    and the stream goes on with the rest: one bad document costs only itself. The library's warnings
    about a document (LanguageWarning, MarkupWarning, LostTextWarning) are said through ``say`` (standard
    error by default) as ``attribution: <input>: <message>``.
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
                    _say_warnings(document, caught, say)
                    # extract_many may report an item it could not process on the result instead of raising.
                    error = getattr(claims, "error", None)
                    yield document, (error if isinstance(error, Exception) else claims)
            return
        except Exception:  # noqa: BLE001  isolated below, document by document
            while pending:
                document = pending.popleft()
                try:
                    with warnings.catch_warnings(record=True) as caught:
                        warnings.simplefilter("always")
                        claims = extractor.extract(document.text)
                except Exception as error:  # noqa: BLE001  reported as this input's failure
                    yield document, error
                else:
                    _say_warnings(document, caught, say)
                    yield document, claims


def _say_warnings(document: Document, caught: list[warnings.WarningMessage],
                  say: Callable[[str], None] | None) -> None:
    """The warnings caught while tagging a document, in the command's own format, then forgotten."""
    from .language import MarkupWarning

    for warning in caught:
        message = str(warning.message)
        if issubclass(warning.category, MarkupWarning) and not document.extracted:
            # The library's advice is for Python callers; here the command itself can read the page.
            message = ("the input looks like HTML, not plain text: tags are read as words and most of the article "
                       "is not found; " + ("put the article's text in the field, not the page's markup"
                                           if document.line is not None else
                                           "read it as a web page with --input-format html (or name the file .html)"))
        line = f"attribution: {document.name}: {message}"
        if say is None:
            print(line, file=sys.stderr)
        else:
            say(line)
    caught.clear()


class _Writer:
    """Writes tagged documents in one output format."""

    def __init__(self, out: TextIO, fmt: str, many: bool) -> None:
        # many: several inputs, so each table gets a heading.
        self.out, self.format, self.many = out, fmt, many
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
            # One schema for every kind of input (CSV_DOCUMENT_COLUMNS, then formats.COLUMNS), so runs append.
            extra: dict[str, Any] = {
                "input": document.input,
                "line": "" if document.line is None else document.line,
                "context": json.dumps(document.context, ensure_ascii=False) if document.context else "",
            }
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

            self.out.write(to_csv([], input="", line="", context=""))  # CSV_DOCUMENT_COLUMNS, then COLUMNS
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

    class Bar(tqdm):
        """Counts whole documents, while the bar itself also moves within a long one, piece by piece."""

        @property
        def format_dict(self) -> MutableMapping[str, Any]:
            values = super().format_dict
            values["done"] = int(values["n"] + 1e-9)
            return values

    bar_format = None if total is None else \
        "{desc}: {percentage:3.0f}%|{bar}| {done}/{total_fmt} [{elapsed}<{remaining}, {rate_fmt}{postfix}]"
    return Bar(total=total, file=sys.stderr, unit="doc", desc="attribution", dynamic_ncols=True,
               bar_format=bar_format)


class _Advance:
    """Moves a progress bar: one step per document done, and a fraction of a step per piece of a long document.

    A long document is parsed in pieces (``pieces.on_piece`` reports each), so the bar moves during the
    minutes one large file can take, instead of sitting at 0/1.
    """

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.done = 0
        self.partial: dict[str, float] = {}  # text -> share of it parsed, for documents parsed but not yet done

    def piece(self, text: str, parsed: int) -> None:
        # Parsed is not done (the claims are built after the last piece): a document counts whole only when done.
        self.partial[text] = min(parsed / max(len(text), 1), 0.99)
        self.bar.set_postfix_str(f"{parsed:,}/{len(text):,} characters of a long document", refresh=False)
        self._show()
        self.bar.refresh()  # a piece takes seconds: show it now, whatever the bar's own pace

    def document(self, text: str | None = None) -> None:
        if text is not None and self.partial.pop(text, None) is None:
            # Not found by its text (the pipeline parsed a copy): forget a partial of the same length.
            same = next((key for key in self.partial if len(key) == len(text)), None)
            if same is not None:
                del self.partial[same]
        if not self.partial:
            self.bar.set_postfix_str("", refresh=False)
        self.done += 1
        self._show()

    def _show(self) -> None:
        n = self.done + sum(self.partial.values())
        if self.bar.total is not None:
            n = min(n, self.bar.total)
        self.bar.update(n - self.bar.n)


def _extract(args: argparse.Namespace) -> int:
    from .extractor import Extractor
    from .rules import RuleFileError

    if not args.inputs and sys.stdin.isatty():
        raise UsageError("no input: name files, folders or globs, or pipe text to standard input")
    if args.batch_size < 1 or args.max_chars < 1:
        raise UsageError("--batch-size and --max-chars must be positive")
    inputs = _expand(args.inputs or ["-"], args.input_format)
    if sum(1 for item in inputs if item.path is None) > 1:
        raise UsageError("-: standard input can be read only once")
    registry = _registry(args.registry, args.replace_registry)
    try:
        extractor = Extractor(model=args.model, registry=registry, max_chars=args.max_chars,
                              language=_language(args.language))
    except (OSError, RuleFileError) as error:
        raise UsageError(str(error)) from None
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as error:
        raise UsageError(f"{args.output}: {error.strerror or error}") from None

    writer = _Writer(out, args.format, len(inputs) > 1)
    run = _Run(args, extractor, inputs, "; raise it with --max-chars")
    try:
        for document, claims in run.tagged():
            writer.write(document, claims)
        writer.close()
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_FAIL if run.failed else EXIT_OK


class _Run:
    """The documents of the inputs through the extractor, with the progress bar, the pieces hook and one
    line on standard error for every input that cannot be read or tagged (what extract and report share)."""

    def __init__(self, args: argparse.Namespace, extractor: Extractor, inputs: list, limit_hint: str = "") -> None:
        self.args, self.extractor, self.inputs, self.limit_hint = args, extractor, inputs, limit_hint
        self.bar = _progress(args, _count(inputs))
        self.advance = _Advance(self.bar) if self.bar is not None else None
        self.failed = 0

    def say(self, message: str) -> None:
        (self.bar.write(message, file=sys.stderr) if self.bar is not None else print(message, file=sys.stderr))

    def fail(self, name: str, reason: str, text: str | None = None) -> None:
        self.failed += 1
        self.say(f"attribution: {name}: {reason}")
        if self.advance is not None:
            self.advance.document(text)

    def _readable(self) -> Iterator[Document]:
        limit = self.extractor.max_chars
        for item in self.inputs:
            for document in _documents(item, self.args.text_field):
                if isinstance(document, Failure):
                    self.fail(document.name, document.reason)
                elif len(document.text) > limit:
                    self.fail(document.name, f"{len(document.text):,} characters, over the limit of "
                                             f"{limit:,}{self.limit_hint}")
                else:
                    yield document

    def tagged(self) -> Iterator[tuple[Document, Any]]:
        """(document, claims) for every document tagged; the bar is closed when the stream ends."""
        from .extractor import InputTooLargeError
        from .pieces import on_piece

        listening = on_piece.set(self.advance.piece if self.advance is not None else None)
        try:
            for document, claims in _tag(self.extractor, self._readable(), self.args.batch_size, self.say):
                if isinstance(claims, Exception):
                    reason = str(claims) if isinstance(claims, InputTooLargeError) else \
                        f"extraction failed: {type(claims).__name__}: {claims}"
                    self.fail(document.name, reason, document.text)
                    continue
                yield document, claims
                if self.advance is not None:
                    self.advance.document(document.text)
        finally:
            on_piece.reset(listening)
            if self.bar is not None:
                self.bar.close()


def _language(choice: str) -> str | None:
    """The ``--language`` choice as the extractor takes it: None detects the language of each text."""
    return None if choice == "auto" else choice


# ---- eval ------------------------------------------------------------------------------------------------


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report
    from .extractor import Extractor

    extractor = Extractor(model=args.model, registry=_registry(args.registry, args.replace_registry),
                          language=_language(args.language))
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


def _registry(files: list[str] | None, replace: bool = False) -> SourceRegistry:
    """The registry that ``--registry FILE`` (repeatable) and ``--replace-registry`` ask for.

    By default each file extends the packaged registry (``SourceRegistry.extend``: new ids are added, a
    packaged id is updated and keeps its aliases), so the packaged sources keep their ids whether or
    not a file is given. With ``--replace-registry`` the files alone are used.
    """
    from .registry import SourceRegistry
    from .rules import RuleFileError

    files = files or []
    if replace and not files:
        raise UsageError("--replace-registry needs at least one --registry FILE")
    for path in files:
        if not Path(path).exists():
            raise UsageError(f"{path}: no such file")
    try:
        if replace:
            registry = SourceRegistry.from_file(files[0])
            files = files[1:]
        else:
            registry = SourceRegistry.default()
        for path in files:
            registry.extend(path)
    except RuleFileError as error:
        hint = "" if replace else " (or use the file alone with --replace-registry)"
        raise UsageError(f"{error}{hint if 'already names source' in str(error) else ''}") from None
    return registry


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
    entries = [e for e in _registry(args.registry, args.replace_registry) if args.kind is None or e.kind == args.kind]
    _print_entries(entries)
    return EXIT_OK


def _sources_search(args: argparse.Namespace) -> int:
    entries = _registry(args.registry, args.replace_registry).search(args.query, limit=args.limit)
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
        notes: list[str] = []
        if not problems and not args.replace_registry and path.resolve() != packaged("sources.yaml").resolve():
            # --registry extends the packaged registry: check the file as that extension.
            try:
                own, merged = SourceRegistry.from_file(path), SourceRegistry.default().extend(path)
            except RegistryError as error:
                problems = [f"{line} (fine with --replace-registry)" for line in str(error).splitlines()]
            else:
                packaged_registry = SourceRegistry.default()
                notes = [_override_note(path, position, current, merged.get(entry.id))
                         for position, entry in enumerate(own)
                         if (current := packaged_registry.get(entry.id)) is not None]
        problems = [line for problem in problems for line in problem.splitlines()]  # one line per field at fault
        for line in problems + notes:
            print(line)
        if problems:
            status = EXIT_FAIL
            print(f"{path}: {len(problems)} problem{'s' * (len(problems) != 1)}")
            continue
        overrides = f" (updates {len(notes)} packaged source{'s' * (len(notes) != 1)})" if notes else ""
        print(f"{path}: ok, {count} source{'s' * (count != 1)}{overrides}")
    return status


def _override_note(path: Path, position: int, current: RegistryEntry, merged: RegistryEntry | None) -> str:
    """What extending the packaged registry with an entry that reuses a packaged id would change."""
    assert merged is not None
    changes = []
    if merged.name != current.name:
        changes.append(f"its name {current.name!r} becomes {merged.name!r} (the old name stays an alias)")
    if merged.kind != current.kind:
        changes.append(f"its kind {current.kind} becomes {merged.kind}")
    from .names import normalize

    known = {normalize(name) for name in (current.name, *current.aliases)}
    added = [alias for alias in merged.aliases if normalize(alias) not in known]
    if added:
        changes.append(f"alias{'es' * (len(added) != 1)} {', '.join(map(repr, added))} added")
    added_roles = len(merged.roles) - len(current.roles)
    if added_roles > 0:
        changes.append(f"{added_roles} role noun{'s' * (added_roles != 1)} added")
    kept = f"it keeps its {len(current.aliases)} alias{'es' * (len(current.aliases) != 1)}"
    if current.roles:
        kept += f" and {len(current.roles)} role noun{'s' * (len(current.roles) != 1)}"
    what = "; ".join(changes) if changes else "nothing changes"
    return (f"{path}: entry {position} ({current.id}): note: reuses the packaged id {current.id!r} "
            f"({current.name}, {current.kind}), so --registry updates that source: {what}; {kept} "
            f"(--replace-registry uses the file alone)")


# ---- report ----------------------------------------------------------------------------------------------

# A date in a file name ("reuters-2025-03-14-kursk.txt"): the article's date when its context gives none.
_NAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def _report_context(document: Document, outlet_from: str) -> dict[str, Any]:
    """The context ``report`` reads: a JSONL line's fields, or what a file's path says (id, title, date, outlet)."""
    context = dict(document.context)
    context.setdefault("id", document.name)
    if document.line is None and document.input != "<stdin>":
        path = Path(document.input)
        context.setdefault("title", path.stem)
        if "date" not in context and (found := _NAME_DATE.search(path.name)):
            context["date"] = found.group(1)
        if "outlet" not in context and "url" not in context:
            if outlet_from == "folder" and path.parent.name:
                context["outlet"] = path.parent.name
            elif outlet_from == "prefix":
                stem = _NAME_DATE.split(path.stem)[0].strip("-_ ") or path.stem.split("-")[0]
                context["outlet"] = stem
    return context


def _report(args: argparse.Namespace) -> int:
    from .extractor import Extractor
    from .rules import RuleFileError

    if args.batch_size < 1:
        raise UsageError("--batch-size must be positive")
    if args.threshold is not None and not 0 < args.threshold <= 100:
        raise UsageError("--threshold is a similarity from 0 to 100")
    try:
        import pandas  # noqa: F401
        import plotly  # noqa: F401
    except ImportError:
        raise UsageError("report needs pandas and plotly: pip install attribution[report]") from None
    inputs = _expand(args.inputs, args.input_format)
    if sum(1 for item in inputs if item.path is None) > 1:
        raise UsageError("-: standard input can be read only once")
    registry = _registry(args.registry, args.replace_registry)
    try:
        extractor = Extractor(model=args.model, registry=registry, language=_language(args.language))
    except (OSError, RuleFileError) as error:
        raise UsageError(str(error)) from None
    try:
        out = open(args.output, "w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{args.output}: {error.strerror or error}") from None

    from .reports import report

    run = _Run(args, extractor, inputs)
    bar = run.bar
    results: list[tuple[Any, dict[str, Any]]] = []
    try:
        for document, claims in run.tagged():
            results.append((claims, _report_context(document, args.outlet_from)))
        # The stages after extraction take seconds: say each when a bar was shown.
        step = (lambda name: print(f"attribution: report: {name}", file=sys.stderr)) if bar is not None else None
        out.write(report(results, title=args.title, top_sources=args.top_sources, top_traces=args.top_traces,
                         threshold=args.threshold, period=args.period, step=step))
    finally:
        out.close()
    if bar is not None:
        print(f"attribution: report: {len(results)} articles written to {args.output}", file=sys.stderr)
    return EXIT_FAIL if run.failed else EXIT_OK


# ---- corpus ----------------------------------------------------------------------------------------------


def _corpus_build(args: argparse.Namespace) -> int:
    from .corpusbuild import main as build

    for name in args.drafts:
        if not Path(name).exists():
            raise UsageError(f"{name}: no such file or directory")
    return build(args.drafts)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("attribution")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def _registry_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--registry", action="append", metavar="FILE",
                        help="a source registry file (YAML or JSON) that extends the packaged registry: new ids "
                             "are added, a packaged id is updated and keeps its aliases; may be repeated")
    parser.add_argument("--replace-registry", action="store_true",
                        help="use the --registry files alone, without the packaged registry")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attribution", description="Who a news article attributes each claim to, and how it hedges it: "
                                        "tag articles, score the library on annotated ones, browse the source registry.")
    parser.add_argument("--version", action="version", version=f"attribution {_version()}")
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
    extract.add_argument("--language", choices=["auto", "en", "ru", "uk"], default="auto",
                         help="the language of the texts; auto (default) detects it for each text")
    _registry_options(extract)
    extract.set_defaults(run=_extract)

    score = commands.add_parser("eval", help="score the library on gold files")
    score.add_argument("paths", nargs="+", help="gold files or folders holding *.gold.json")
    score.add_argument("--json", help="also write the full report as JSON to this file")
    score.add_argument("--quiet", action="store_true", help="totals and the per-article table only")
    score.add_argument("--baseline", help="a baseline JSON file: fail (exit 1) if any figure drops below it")
    score.add_argument("--write-baseline", action="store_true", help="record the figures as the new baseline")
    score.add_argument("--model", help="spaCy pipeline name or path")
    score.add_argument("--language", choices=["auto", "en", "ru", "uk"], default="auto",
                       help="read every article in this language; auto (default) uses each gold file's language")
    _registry_options(score)
    score.set_defaults(run=_eval)

    sources = commands.add_parser("sources", help="list, search or check a source registry")
    actions = sources.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="every source of a registry")
    _registry_options(listing)
    listing.add_argument("--kind", choices=list(get_args(SourceKind)), help="only sources of this kind")
    listing.set_defaults(run=_sources_list)
    search = actions.add_parser("search", help="sources whose id, name or aliases contain the query")
    search.add_argument("query")
    _registry_options(search)
    search.add_argument("--limit", type=int, default=10, help="at most this many (default: 10)")
    search.set_defaults(run=_sources_search)
    check = actions.add_parser("check", help="validate registry files; print every problem, exit 1 if any",
                               description="Validate registry files (default: the packaged one). Prints each "
                                           "problem as 'file: entry N (id): field F: what is wrong'.")
    check.add_argument("files", nargs="*", help="registry files (YAML or JSON)")
    check.add_argument("--replace-registry", action="store_true",
                       help="check each file as a registry of its own, not as an extension of the packaged one")
    check.set_defaults(run=_sources_check)

    summary = commands.add_parser(
        "report", help="one HTML page about many articles: sources, hedges, charts, claims across articles",
        description="Tag many articles and write one self-contained HTML page: who each outlet quotes and how "
                    "it hedges them (tables and charts), the claims carried by several articles and in whose "
                    "words, and every article highlighted. Outlet, date, url and title come from JSONL fields; "
                    "for files, the date from an ISO date in the file name and the outlet from --outlet-from.",
        epilog="Exit status: 0 all inputs read, 1 some input failed (the page covers the others), 2 usage error.")
    summary.add_argument("inputs", nargs="+", help="files, folders, globs or '-' (text, HTML or JSONL)")
    summary.add_argument("-o", "--output", required=True, help="the HTML file to write")
    summary.add_argument("--title", default="Sources and claims across articles", help="the page title")
    summary.add_argument("--outlet-from", choices=["none", "folder", "prefix"], default="none",
                         help="for files without an outlet: the folder name, or the file name before its date")
    summary.add_argument("--threshold", type=float, help="trace similarity threshold, 0-100 (default: trace's)")
    summary.add_argument("--top-traces", type=int, default=20, help="traces shown (default: 20)")
    summary.add_argument("--top-sources", type=int, default=20, help="sources in the table (default: 20)")
    summary.add_argument("--period", choices=["D", "W", "M"], default="D",
                         help="timeline by day (default), week or month")
    summary.add_argument("--input-format", choices=["auto", "text", "html", "jsonl"], default="auto",
                         help="how to read inputs (default: by suffix, else from the content)")
    summary.add_argument("--text-field", default="text", help="JSONL: the field holding the article (default: text)")
    summary.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="progress bar on standard error (default: on a terminal, for "
                              f"{PROGRESS_MIN_DOCUMENTS} or more documents)")
    summary.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch (default: 32)")
    summary.add_argument("--model", help="spaCy pipeline name or path")
    summary.add_argument("--language", choices=["auto", "en", "ru", "uk"], default="auto",
                         help="the language of the texts; auto (default) detects it for each text")
    _registry_options(summary)
    summary.set_defaults(run=_report)

    corpus = commands.add_parser("corpus", help="build gold files from annotation drafts")
    corpus_actions = corpus.add_subparsers(dest="action", required=True)
    build = corpus_actions.add_parser(
        "build", help="turn annotation drafts (YAML) into gold files for attribution eval",
        description="Find each sentence and hedge of a draft in its text, check the annotation and write "
                    "<id>.gold.json with exact offsets: next to the draft, or for a draft in corpus/src/<x>/ "
                    "in corpus/<x>/. The draft format is in docs/annotation.md.",
        epilog="Exit status: 0 every draft built, 1 some draft failed (the others were written), 2 a missing file.")
    build.add_argument("drafts", nargs="+", help="draft files (YAML), or folders searched for them")
    build.set_defaults(run=_corpus_build)
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
