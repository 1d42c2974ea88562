"""Benchmark articles: many varied, realistic pages built deterministically from the annotated corpus.

Each generated article keeps one corpus page's boilerplate (menus, datelines, share bars, tags and
"read also" lists before and after the body) and recombines the body paragraphs of that page with
paragraphs borrowed from other pages: some of its own paragraphs are dropped, a few foreign ones are
inserted, with a seeded random generator. The same seed always gives the same texts, and the first
``n`` of a larger set are the ``n`` of a smaller one, so runs at 1x, 2x and 4x grow by adding articles.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIRS = (ROOT / "corpus" / "dev", ROOT / "corpus" / "test")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Page:
    """A corpus page cut into the boilerplate before its body, its body paragraphs and what follows."""

    name: str
    head: str
    paragraphs: tuple[str, ...]
    tail: str


def read_pages(dirs: tuple[Path, ...] = CORPUS_DIRS) -> list[Page]:
    """The corpus pages, cut where their first annotated body sentence starts and their last one ends."""
    pages = []
    for path in sorted(p for d in dirs for p in d.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = gold["text"]
        body = [s for s in gold["sentences"] if s["role"] == "body"]
        if not body:
            continue
        # The body runs from the start of the paragraph of its first sentence to the end of that of its last.
        first = text.rfind("\n\n", 0, body[0]["start"])
        first = 0 if first < 0 else first + 2
        last = text.find("\n\n", body[-1]["end"])
        last = len(text) if last < 0 else last
        paragraphs = tuple(p.strip("\n") for p in _PARAGRAPH_BREAK.split(text[first:last]) if p.strip())
        pages.append(Page(path.name.removesuffix(".gold.json"), text[:first], paragraphs, text[last:]))
    return pages


def generate(count: int, seed: int = 13, pages: list[Page] | None = None) -> Iterator[str]:
    """Yield ``count`` articles; a page's head and tail around a recombined body."""
    pages = pages if pages is not None else read_pages()
    if not pages:
        raise FileNotFoundError("no annotated corpus pages found under corpus/dev and corpus/test")
    rng = random.Random(seed)
    for index in range(count):
        page = pages[index % len(pages)]
        own = [p for p in page.paragraphs if rng.random() > 0.2] or list(page.paragraphs[:2])
        donors = rng.sample(pages, k=min(2, len(pages)))
        for _ in range(rng.randint(1, 4)):
            donor = rng.choice(donors)
            own.insert(rng.randint(1, len(own)), rng.choice(donor.paragraphs))
        yield page.head + "\n\n".join(own) + page.tail


def words(text: str) -> int:
    """Words as ``wc -w`` counts them: runs of non-space characters."""
    return len(text.split())


if __name__ == "__main__":
    import sys

    texts = list(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
    total = sum(words(t) for t in texts)
    print(f"{len(texts)} articles, {total:,} words, {total / len(texts):.0f} words per article, "
          f"{len(set(texts))} distinct")
