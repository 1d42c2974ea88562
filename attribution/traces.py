"""Where a claim travelled: the same claim found across articles, with who said it, who carried it and how.

``trace(results, threshold=...)`` takes what ``Extractor.extract_many(..., as_tuples=True)`` yields and
groups the claims that report the same thing in different articles ("five drones destroyed over
Belgorod" in three outlets' words). Each group, a ``Trace``, names its original source, every outlet
that carried it, whether each quoted it, reported it or carried it over, the chain of relays in each,
and each outlet's hedges.

How two claims are compared (the words are data, in ``data/trace.yaml``):

1. **What is claimed.** The claim's cue, source mentions and hedges are cut out (so "the ministry
   said", "allegedly" and "according to Astra" do not count), numbers are read out ("five" and "5"
   are one number; "1.2 million" is 1,200,000), the rest is lower-cased, stop words dropped, news
   synonyms mapped to one form ("shot down", "intercepted" -> destroy) and words cut to their first
   ``STEM`` letters ("Panamanian" meets "Panama").
2. **Similarity** of the remaining words, 0 to 100: ``Weights.fuzzy`` of it from rapidfuzz (the mean
   of ``token_set_ratio``, which forgives extra words, and ``token_sort_ratio``, which does not), the
   rest from the words' overlap weighted by how rare each word is among all the claims compared.
3. **Numbers and names are significant**: claims that both give numbers and share none ("27 drones"
   against "14 drones") lose ``number_penalty`` (by default all of the score); sharing one gains
   ``number_bonus``. Capitalised names (places, people, units) work the same way: claims that both
   name places or people and share none ("over Belgorod", "over Bryansk") lose ``name_penalty``.
4. **Sources are a signal**: sharing a source (or its relay) gains ``source_bonus``; both attributed
   to different sources loses ``source_penalty``. A claim in the outlet's own voice is neutral.
5. **Groups**: pairs scoring at least ``threshold`` are joined, best first, when at least ``linkage``
   of the pairs between the two groups score that high too (average linkage, so one strong pair
   cannot chain two different stories together).

Blocking keeps this fast on many articles: each claim is indexed by its ``block_keys`` rarest words
and numbers, only claims sharing two of them (more for long sentences, ``BLOCK_SHARE``) are compared,
identical claims are compared once, and with dates on every article only claims within
``window_days`` of each other. The accuracy of the grouping on a set of articles
written for it, and the speed on 10,000 articles, are in docs/across-articles.md.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, SupportsIndex, overload

from pydantic import BaseModel, ConfigDict, Field, field_validator
from rapidfuzz import fuzz

from .articles import Article, read_articles
from .models import Claim, Hedge, Source
from .rules import Words, _Rules, load_rules, packaged

if TYPE_CHECKING:
    import pandas

How = Literal["quoted", "reported", "carried over", "unattributed"]
HOW: dict[str, How] = {"direct_quote": "quoted", "indirect": "reported", "according_to": "reported",
                       "implicit": "carried over", "none": "unattributed"}
_DIGIT = re.compile(r"\d")
# Hedges that are words about the claim, cut out before comparing; a scare quote's words are the claim's own.
_CUT_HEDGES = {"epistemic", "distancing_verb", "evidential"}


class TraceRules(_Rules):
    """The words of ``data/trace.yaml``: what is not content, what is a number, what means the same."""

    stop_words: Words = Field(description="Function words and attribution words, never content.")
    not_names: Words = Field(description="Capitalised words that are not names (months, titles, openers).")
    number_words: dict[str, int] = Field(description="Number words and their values.")
    multipliers: dict[str, int] = Field(description="Words that multiply the number before them (\"million\").")
    synonyms: dict[str, Words] = Field(description="One form -> the words and phrases that mean the same.")

    @field_validator("synonyms")
    @classmethod
    def _each_form_once(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        owner: dict[str, str] = {}
        for form, variants in value.items():
            for variant in variants:
                if variant in owner and owner[variant] != form:
                    raise ValueError(f"{variant!r} is listed under both {owner[variant]!r} and {form!r}")
                owner[variant] = form
        return value


@cache
def default_trace_rules() -> TraceRules:
    return load_rules(TraceRules, packaged("trace.yaml"))


class _Lexicon:
    """Compiled forms of the rules: one regex for numbers, one for multi-word synonyms, lookup tables."""

    def __init__(self, rules: TraceRules) -> None:
        self.stop = frozenset(rules.stop_words)
        self.not_names = frozenset(rules.not_names)
        self.synonym = {variant: form for form, variants in rules.synonyms.items() for variant in variants}
        self.synonym.update({form: form for form in rules.synonyms})
        phrases = sorted((v for v in self.synonym if " " in v), key=len, reverse=True)
        self.phrases = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b") if phrases else None
        self.phrase_starts = frozenset(p.split()[0] for p in phrases)
        # Words that are never content: stop words, and number words (read as numbers instead).
        self.skip = self.stop | frozenset(rules.number_words) | frozenset(rules.multipliers)
        self.number_words = dict(rules.number_words)
        self.multipliers = dict(rules.multipliers)
        multiplier = "|".join(re.escape(w) for w in sorted(self.multipliers, key=len, reverse=True))
        # A figure ("1,200", "4.5", "27"), with an optional multiplier after it ("1.2 million").
        self.figures = re.compile(
            r"(?<![\w.,])(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w.,]\d)"
            r"(?:[\s-]+(?P<times>(?i:" + multiplier + r"))\b)?")
        self.words = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _default_lexicon() -> _Lexicon:
    return _Lexicon(default_trace_rules())


# Blocking: claims are compared when they share this share of their rarest keys (and at least two).
BLOCK_SHARE = 0.3
# Words are compared by their first letters: "attacks"/"attacked"/"attack" and "Panama"/"Panamanian" meet.
STEM = 6


def _possessive(word: str) -> str:
    """"ukraine's" -> "ukraine"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


@dataclass(frozen=True)
class Features:
    """What a claim says, ready to compare: its content words, numbers, names and sources."""

    words: str  # content words, sorted and joined, for rapidfuzz
    tokens: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]
    sources: frozenset[str]
    keys: frozenset[str] = frozenset()  # tokens and numbers ("#27"), for blocking


def _figure(lexicon: _Lexicon, match: re.Match[str]) -> str:
    value = float(match.group("figure").replace(",", ""))
    if match.group("times"):
        value *= lexicon.multipliers[match.group("times").lower()]
    return f"{value:g}"


def _spelled(lexicon: _Lexicon, words: list[str]) -> set[str]:
    """Numbers written as words ("five", "two hundred", "a dozen"), from lower-case words."""
    found = set()
    skip = -1
    for index, word in enumerate(words):
        if word in lexicon.number_words and index != skip:
            value = float(lexicon.number_words[word])
            following = words[index + 1] if index + 1 < len(words) else ""
            if following in lexicon.multipliers:
                value *= lexicon.multipliers[following]
                skip = index + 1  # "five hundred" is 500, not 5 and 100
            found.add(f"{value:g}")
    return found


def features(claim: Claim, lexicon: _Lexicon | None = None) -> Features:
    """The comparable content of one claim (see the module docstring, step 1)."""
    lexicon = lexicon or _default_lexicon()
    text = claim.text
    base = claim.start
    cuts: list[tuple[int, int]] = []
    if claim.cue is not None:
        cuts.append((claim.cue.start - base, claim.cue.end - base))
    for source in claim.sources:
        if source.mention_start is not None and source.mention_end is not None \
                and base <= source.mention_start and source.mention_end <= claim.end:
            cuts.append((source.mention_start - base, source.mention_end - base))
    cuts += [(h.start - base, h.end - base) for h in claim.hedges if h.kind in _CUT_HEDGES]
    if cuts:
        pieces, position = [], 0
        for start, end in sorted((max(a, 0), max(b, 0)) for a, b in cuts):
            if start >= position:
                pieces.append(text[position:start])
                position = end
            else:
                position = max(position, end)
            pieces.append(" ")
        text = "".join(pieces) + text[position:]
    figures = {_figure(lexicon, m) for m in lexicon.figures.finditer(text)} if _DIGIT.search(text) else set()
    if figures:
        text = lexicon.figures.sub(" ", text)
    stop, synonym, not_names = lexicon.stop, lexicon.synonym, lexicon.not_names
    names: set[str] = set()
    words = lexicon.words.findall(text)
    # A sentence's first word is capitalised whatever it is; later capitals mark names.
    for word in words[1:]:
        if word[0].isupper() and len(word) > 1:
            lower = _possessive(word.lower())
            if lower not in not_names and lower not in stop:
                names.add(synonym.get(lower) or lower[:STEM])
    lowered = text.lower()
    plain = [_possessive(word) for word in lexicon.words.findall(lowered)]
    numbers = frozenset(figures | _spelled(lexicon, plain))
    if lexicon.phrases is not None and not lexicon.phrase_starts.isdisjoint(plain):
        lowered = lexicon.phrases.sub(lambda m: " " + synonym[m.group()] + " ", lowered)
        plain = [_possessive(word) for word in lexicon.words.findall(lowered)]
    skip = lexicon.skip
    unique = frozenset(synonym.get(word) or word[:STEM] for word in plain if len(word) > 1 and word not in skip)
    sources = frozenset({s.id for s in claim.sources} | {s.via for s in claim.sources if s.via})
    return Features(words=" ".join(sorted(unique)), tokens=unique, numbers=numbers, names=frozenset(names),
                    sources=sources, keys=unique | {f"#{n}" for n in numbers})


@dataclass(frozen=True)
class Weights:
    """How much numbers, names and sources move the 0-100 similarity of two claims' words."""

    number_bonus: float = 12.0
    number_penalty: float = 100.0  # "27 drones" and "14 drones" are two claims, however alike the words
    name_bonus: float = 6.0
    name_penalty: float = 60.0  # "over Belgorod" and "over Bryansk" too, nearly always
    source_bonus: float = 10.0
    source_penalty: float = 8.0
    fuzzy: float = 0.5  # share of rapidfuzz in the words' score; the rest is the rarity-weighted overlap


def similarity(a: Features, b: Features, weights: Weights = Weights(), idf: dict[str, float] | None = None,
               totals: tuple[float, float] | None = None) -> float:
    """The score of two claims, 0 to 100 (see the module docstring, steps 2-4).

    ``idf`` weighs words by rarity (``trace`` computes it over all the claims it compares; without it the
    score is rapidfuzz's alone); ``totals`` are the two claims' summed weights, when already known.
    """
    if not a.words or not b.words:
        return 0.0
    fuzzy = (fuzz.token_set_ratio(a.words, b.words, processor=None)
             + fuzz.token_sort_ratio(a.words, b.words, processor=None)) / 2
    if idf is not None:
        # Shared words count by how rare they are among all the claims: "ShadowQuill" more than "attack".
        shared = sum(idf.get(t, 1.0) for t in a.tokens & b.tokens)
        total_a = totals[0] if totals else sum(idf.get(t, 1.0) for t in a.tokens)
        total_b = totals[1] if totals else sum(idf.get(t, 1.0) for t in b.tokens)
        overlap = 100 * shared / (total_a * total_b) ** 0.5 if total_a and total_b else 0.0
        score = weights.fuzzy * fuzzy + (1 - weights.fuzzy) * overlap
    else:
        score = fuzzy
    if a.numbers and b.numbers:
        score += weights.number_bonus if a.numbers & b.numbers else -weights.number_penalty
    if a.names and b.names:
        score += weights.name_bonus if a.names & b.names else -weights.name_penalty
    if a.sources and b.sources:
        score += weights.source_bonus if a.sources & b.sources else -weights.source_penalty
    return max(0.0, min(100.0, score))


# ---- the output ------------------------------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TraceItem(_Frozen):
    """One article's telling of a traced claim."""

    article: int = Field(description="Position of the article in the results given to trace().")
    article_id: str = Field(description="The article's id (context id, url, title or article-<n>).")
    outlet: str = Field(description="The outlet that carried the claim.")
    date: _dt.date | None = Field(default=None, description="The article's date, if its context gave one.")
    title: str | None = Field(default=None, description="The article's title, if its context gave one.")
    url: str | None = Field(default=None, description="The article's url, if its context gave one.")
    claim_index: int = Field(description="Index of the claim in the article's list of claims.")
    claim: Claim = Field(description="The claim as extracted.")
    how: How = Field(description="quoted (direct_quote), reported (indirect, according_to), carried over "
                                 "(implicit) or unattributed (the outlet's own voice).")
    sources: list[str] = Field(default_factory=list, description="Names of the claim's sources.")
    chain: list[str] = Field(default_factory=list, description="From the original source through each relay "
                             "to the outlet: ['sources in the ministry', 'Astra', 'Outlet'].")
    hedges: list[Hedge] = Field(default_factory=list, description="The outlet's hedges on the claim.")

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)


class Trace(_Frozen):
    """Claims in several articles that report the same thing.

    >>> import attribution
    >>> results = attribution.Extractor().extract_many([
    ...     ("The governor said five drones were shot down over Belgorod.", {"outlet": "A"}),
    ...     ("Five drones were allegedly destroyed over Belgorod, the governor said.", {"outlet": "B"}),
    ... ], as_tuples=True)
    >>> [(t.original_source.name, t.outlets) for t in attribution.trace(results)]
    [('governor', ['A', 'B'])]
    """

    id: int = Field(description="Rank of the trace: 0 is the one carried by the most outlets.")
    text: str = Field(description="The claim as its earliest attributed telling gives it.")
    original_source: Source | None = Field(default=None, description="The source most tellings start their chain "
                                           "with; None when no outlet attributes the claim.")
    items: list[TraceItem] = Field(description="Every telling, by date (then by article order).")
    score: float = Field(description="Mean similarity (0-100) of the pairs of tellings that were compared.")

    @property
    def outlets(self) -> list[str]:
        """The outlets that carried the claim, first carrier first."""
        return list(dict.fromkeys(item.outlet for item in self.items))

    @property
    def articles(self) -> int:
        return len({item.article for item in self.items})

    @property
    def hedged_share(self) -> float:
        """Share of the tellings that hedge the claim."""
        return sum(item.hedged for item in self.items) / len(self.items)

    def by_outlet(self) -> list[dict[str, Any]]:
        """Per outlet: how it carried the claim, in whose words, its hedges, first date."""
        rows = []
        for outlet in self.outlets:
            items = [item for item in self.items if item.outlet == outlet]
            rows.append({"outlet": outlet, "tellings": len(items),
                         "how": list(dict.fromkeys(item.how for item in items)),
                         "sources": list(dict.fromkeys(name for item in items for name in item.sources)),
                         "chain": max((item.chain for item in items), key=len),
                         "hedges": [f"{h.text} ({h.kind})" for item in items for h in item.hedges],
                         "first_date": min((item.date for item in items if item.date), default=None)})
        return rows


class Traces(list[Trace]):
    """The traces of ``trace()``, most widely carried first; a list with a table and a notebook view.

    A slice of it (``traces[:3]``) is ``Traces`` too.
    """

    @overload
    def __getitem__(self, index: SupportsIndex) -> Trace: ...

    @overload
    def __getitem__(self, index: slice) -> Traces: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Trace | Traces:
        if isinstance(index, slice):
            return Traces(super().__getitem__(index))
        return super().__getitem__(index)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per telling: the trace's id, text and original source, and the telling's fields."""
        try:
            import pandas
        except ImportError:
            raise ImportError("Traces.to_dataframe() needs pandas: pip install attribution[pandas]") from None
        rows = [{"trace": t.id, "trace_text": t.text,
                 "original_source": t.original_source.name if t.original_source else None,
                 "outlet": i.outlet, "date": i.date, "article_id": i.article_id, "how": i.how,
                 "sources": i.sources, "chain": " -> ".join(i.chain), "hedged": i.hedged,
                 "hedges": [h.text for h in i.hedges], "hedge_kinds": [h.kind for h in i.hedges],
                 "text": i.claim.text, "article": i.article, "claim_index": i.claim_index}
                for t in self for i in t.items]
        return pandas.DataFrame(rows, columns=["trace", "trace_text", "original_source", "outlet", "date",
                                               "article_id", "how", "sources", "chain", "hedged", "hedges",
                                               "hedge_kinds", "text", "article", "claim_index"])

    def _repr_html_(self) -> str:
        from .reports import traces_html

        return traces_html(self)


# ---- grouping ----------------------------------------------------------------------------------------------


@dataclass
class _Node:
    """Distinct claims (identical features compared once) and the tellings that share them."""

    features: Features
    members: list[tuple[int, int]]  # (article position, claim index)
    day: int | None


def _nodes(articles: list[Article], lexicon: _Lexicon, min_words: int) -> list[_Node]:
    nodes: dict[tuple[Any, ...], _Node] = {}
    for position, article in enumerate(articles):
        day = article.date.toordinal() if article.date else None
        for index, claim in enumerate(article.claims):
            found = features(claim, lexicon)
            if len(found.tokens) + len(found.numbers) < min_words:
                continue  # too little content to recognise elsewhere ("He denied it.")
            key = (found.words, found.numbers, found.names, found.sources, day)
            if key in nodes:
                nodes[key].members.append((position, index))
            else:
                nodes[key] = _Node(found, [(position, index)], day)
    return list(nodes.values())


def _candidates(nodes: list[_Node], window: int | None, max_block: int, block_keys: int,
                min_shared: int) -> Iterator[tuple[int, int]]:
    """Pairs of nodes worth scoring: sharing ``min_shared`` of their ``block_keys`` rarest keys.

    Two tellings of one claim share its numbers, names and telling words, which are the rarest keys of
    each; two unrelated sentences seldom share two rare keys. Blocks over ``max_block`` are skipped.
    """
    frequency: Counter[str] = Counter(key for node in nodes for key in node.features.keys)
    limit = max(max_block, 1)
    order = sorted(range(len(nodes)), key=lambda n: nodes[n].day or 0)
    postings: dict[int, dict[str, list[int]]] = defaultdict(dict)  # window bucket -> key -> nodes
    sizes = [0] * len(nodes)
    # Long sentences must share more of their rare keys: two of eight is chance, three of eight is not.
    need = [max(min_shared, math.ceil(BLOCK_SHARE * k)) for k in range(block_keys + 1)]
    for n in order:
        node = nodes[n]
        bucket = (node.day // window) if (window and node.day is not None) else 0
        keys = sorted((k for k in node.features.keys if frequency[k] > 1), key=lambda k: (frequency[k], k))
        keys = keys[:block_keys]
        sizes[n] = size = len(keys)
        shared: Counter[int] = Counter()
        near = [postings[b] for b in ((bucket, bucket - 1) if window else (bucket,)) if b in postings]
        for key in keys:
            for blocks in near:
                block = blocks.get(key)
                if block and len(block) <= limit:
                    shared.update(block)
        day = node.day or 0
        for other, count in shared.items():
            if count >= need[min(sizes[other], size)] and (not window or abs((nodes[other].day or 0) - day) <= window):
                yield other, n
        here = postings[bucket]
        for key in keys:
            if key in here:
                here[key].append(n)
            else:
                here[key] = [n]


def _cluster(size: int, edges: dict[tuple[int, int], float], weight: list[int], linkage: float) -> list[int]:
    """Average-linkage merging over the scored pairs, best pair first: returns each node's group root."""
    parent = list(range(size))
    members = weight[:]  # tellings per group
    links: list[dict[int, float]] = [dict() for _ in range(size)]  # group -> neighbour group -> tellings linked
    for (a, b), _ in edges.items():
        pairs = weight[a] * weight[b]
        links[a][b] = links[a].get(b, 0) + pairs
        links[b][a] = links[b].get(a, 0) + pairs

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Identical claims (one node, several tellings) are one group from the start.
    for (a, b), _ in sorted(edges.items(), key=lambda item: -item[1]):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        if links[ra].get(rb, 0) < linkage * members[ra] * members[rb]:
            continue
        if len(links[ra]) < len(links[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra] += members[rb]
        for other, count in links[rb].items():
            if other == ra:
                continue
            links[ra][other] = links[ra].get(other, 0) + count
            links[other][ra] = links[other].get(ra, 0) + count
            del links[other][rb]
        links[ra].pop(rb, None)
        links[rb] = {}
    return [find(x) for x in range(size)]


def _roots(claim: Claim) -> list[Source]:
    """The claim's sources that relay no other: where its words start."""
    relays = {s.via for s in claim.sources if s.via}
    return [s for s in claim.sources if s.id not in relays] or list(claim.sources)


def _chain(claim: Claim, root: Source, outlet: str) -> list[str]:
    by_id = {s.id: s for s in claim.sources}
    chain, seen, current = [root.name], {root.id}, root
    while current.via and current.via in by_id and current.via not in seen:
        current = by_id[current.via]
        seen.add(current.id)
        chain.append(current.name)
    return chain + [outlet]


def _item(article: Article, index: int, position: int, original: str | None) -> TraceItem:
    claim = article.claims[index]
    roots = _roots(claim)
    root = next((s for s in roots if s.id == original), roots[0] if roots else None)
    return TraceItem(article=article.index, article_id=article.id, outlet=article.outlet, date=article.date,
                     title=article.title, url=article.url, claim_index=index, claim=claim,
                     how=HOW[claim.attribution], sources=list(dict.fromkeys(s.name for s in claim.sources)),
                     chain=_chain(claim, root, article.outlet) if root else [article.outlet],
                     hedges=list(claim.hedges))


def _order(articles: list[Article], member: tuple[int, int]) -> tuple[Any, ...]:
    article = articles[member[0]]
    return (article.date is None, article.date or _dt.date.min, member)


def trace(results: Iterable[Any], threshold: float = 55.0, *, linkage: float = 0.7, min_articles: int = 2,
          window_days: int | None = 7, min_words: int = 3, weights: Weights = Weights(),
          max_block: int = 100, block_keys: int = 8, rules: TraceRules | str | Path | None = None) -> Traces:
    """Group the claims that report the same thing across articles.

    Args:
        results: ``(claims, context)`` pairs as ``Extractor.extract_many(..., as_tuples=True)`` yields them
            (contexts with ``outlet``, ``date``, ``url``, ``title``, ``id``; see ``attribution.articles``).
        threshold: the similarity (0-100) two claims need to be the same claim; higher is stricter.
        linkage: the share of pairs between two groups that must reach ``threshold`` for them to merge.
        min_articles: the fewest articles a group must span to be returned.
        window_days: when every article has a date, compare only claims at most this many days apart
            (``None``: compare all).
        min_words: claims with fewer content words and numbers are too short to trace and left out.
        weights: how much shared or conflicting numbers, names and sources count.
        max_block: blocking: a word or number shared by more claims than this (within a window) is not
            used to find candidate pairs, only to score them.
        block_keys: blocking: each claim is indexed by this many of its rarest words and numbers, and
            claims sharing two of them are compared.
        rules: another trace lexicon (a ``TraceRules`` or a YAML/JSON file in the format of
            ``data/trace.yaml``).

    Returns:
        ``Traces``, most outlets first (then most articles, then earliest), ids 0, 1, ...
    """
    if not 0 < threshold <= 100:
        raise ValueError(f"threshold is a similarity from 0 to 100, got {threshold!r}")
    if not 0 < linkage <= 1:
        raise ValueError(f"linkage is a share from 0 to 1, got {linkage!r}")
    if isinstance(rules, (str, Path)):
        rules = load_rules(TraceRules, rules)
    lexicon = _Lexicon(rules) if rules is not None else _default_lexicon()
    articles, _ = read_articles(results)
    nodes = _nodes(articles, lexicon, min_words)
    window = window_days if window_days and all(a.date for a in articles) else None
    frequency = Counter(t for node in nodes for t in node.features.tokens)
    idf = {t: math.log((len(nodes) + 1) / (count + 1)) + 1 for t, count in frequency.items()}
    totals = [sum(idf[t] for t in node.features.tokens) for node in nodes]
    edges: dict[tuple[int, int], float] = {}
    for a, b in _candidates(nodes, window, max_block, block_keys, min_shared=2):
        score = similarity(nodes[a].features, nodes[b].features, weights, idf, (totals[a], totals[b]))
        if score >= threshold:
            edges[(a, b)] = score
    # A node of identical tellings is already a group: its inner pairs count as linked.
    roots = _cluster(len(nodes), edges, [len(node.members) for node in nodes], linkage)
    groups: dict[int, list[int]] = defaultdict(list)
    for n, root in enumerate(roots):
        groups[root].append(n)
    inner: dict[int, list[float]] = defaultdict(list)
    for (a, b), score in edges.items():
        if roots[a] == roots[b]:
            inner[roots[a]].append(score)

    found = []
    for root, group in groups.items():
        members = sorted((m for n in group for m in nodes[n].members), key=lambda m: _order(articles, m))
        if len({articles[p].index for p, _ in members}) < min_articles:
            continue
        scores = inner.get(root, [])
        origin_votes: Counter[str] = Counter()
        first_seen: dict[str, Source] = {}
        for p, i in members:
            for source in _roots(articles[p].claims[i]):
                origin_votes[source.id] += 1
                first_seen.setdefault(source.id, source)
        original = max(origin_votes, key=lambda sid: (origin_votes[sid], -list(first_seen).index(sid))) \
            if origin_votes else None
        items = [_item(articles[p], i, p, original) for p, i in members]
        lead = next((item for item in items if item.claim.sources), items[0])
        found.append((items, lead.claim.text, first_seen.get(original) if original else None,
                      sum(scores) / len(scores) if scores else 100.0))
    found.sort(key=lambda f: (-len({i.outlet for i in f[0]}), -len({i.article for i in f[0]}),
                              f[0][0].date is None, f[0][0].date or _dt.date.min, f[0][0].article))
    return Traces(Trace(id=rank, text=text, original_source=source, items=items, score=round(score, 1))
                  for rank, (items, text, source, score) in enumerate(found))
