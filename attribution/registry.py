"""Source registry: known sources with canonical names, kinds and aliases, loaded from YAML or JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .models import SourceKind
from .names import NameIndex, normalize
from .errors import RegistryError, RuleFileError
from .rules import packaged, read_data

SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class RegistryEntry(BaseModel):
    """One known source.

    >>> RegistryEntry(id="astra", name="Astra", kind="media", aliases=["Astra channel"], roles=["channel"]).name
    'Astra'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: SourceId = Field(description="Stable lowercase id: letters, digits and hyphens.")
    name: NonEmpty = Field(description="Canonical display name.")
    kind: SourceKind = Field(description="What sort of source it is.")
    aliases: tuple[NonEmpty, ...] = Field(default=(), description="Other names that mean this source.")
    roles: tuple[NonEmpty, ...] = Field(default=(), description="Common nouns by which an article refers back to it (\"the ministry\").")
    country: NonEmpty | None = Field(default=None, description="The country it belongs to, named as in the mention "
                                     "rules' country_forms (\"russia\"), so that \"the Russian president\" is never "
                                     "Ukraine's.")


class SourceRegistry:
    """Known sources, looked up by exact then fuzzy name.

    >>> registry = SourceRegistry([RegistryEntry(id="astra", name="Astra", kind="media")])
    >>> registry.lookup("ASTRA").id
    'astra'
    """

    def __init__(self, entries: Iterable[RegistryEntry | dict] = (), *, fuzzy_cutoff: float = 90.0,
                 origin: str = "registry") -> None:
        self.fuzzy_cutoff = fuzzy_cutoff
        self.origin = origin  # the file (or "registry") errors about these entries name
        self._entries: dict[str, RegistryEntry] = {}
        self._index = NameIndex(cutoff=fuzzy_cutoff)
        self.add_all(entries, origin=origin)

    @classmethod
    def from_file(cls, path: Path | str, *, fuzzy_cutoff: float = 90.0) -> SourceRegistry:
        """Load a registry file: a YAML or JSON list of entries (or a mapping with a ``sources`` list)."""
        data = read_data(path)
        if isinstance(data, dict) and "sources" in data:
            data = data["sources"]
        if not isinstance(data, list):
            raise RegistryError(f"{path}: file: expected a list of sources, got {type(data).__name__}")
        return cls(data, fuzzy_cutoff=fuzzy_cutoff, origin=str(path))

    @classmethod
    def default(cls) -> SourceRegistry:
        """A fresh copy of the registry shipped with the package."""
        return cls(_packaged_entries(), origin=str(packaged("sources.yaml")))

    def add(self, entry: RegistryEntry | dict, *, origin: str = "registry", position: int | None = None) -> RegistryEntry:
        """Add one source; an id already present is replaced by the new entry (``extend`` merges instead)."""
        label = f"entry {position}" if position is not None else "entry"
        if isinstance(entry, dict):
            name = entry.get("id") or entry.get("name")
            if name:
                label += f" ({name})"
            try:
                entry = RegistryEntry.model_validate(entry)
            except ValidationError as error:
                problems = [f"{origin}: {label}: field {'.'.join(map(str, p['loc'])) or '?'}: {p['msg']}"
                            for p in error.errors()]
                raise RegistryError("\n".join(problems)) from None
        elif position is not None:
            label += f" ({entry.id})"
        if entry.id in self._entries:
            self._drop(entry.id)
        for name in (entry.name, *entry.aliases):
            holder = self._index.exact(name)
            if holder is not None and holder != entry.id:
                raise RegistryError(f"{origin}: {label}: field aliases: {name!r} already names "
                                    f"source {holder!r}")
        self._entries[entry.id] = entry
        for name in (entry.name, *entry.aliases):
            self._index.add(name, entry.id)
        return entry

    def add_all(self, entries: Iterable[RegistryEntry | dict], *, origin: str = "registry") -> None:
        seen: set[str] = set()
        for position, entry in enumerate(entries):
            if not isinstance(entry, (RegistryEntry, dict)):
                raise RegistryError(f"{origin}: entry {position}: expected a mapping, got {type(entry).__name__}")
            entry_id = entry.id if isinstance(entry, RegistryEntry) else entry.get("id")
            if isinstance(entry_id, str):  # any other id (a list, a mapping) is reported by validation
                if entry_id in seen:
                    raise RegistryError(f"{origin}: entry {position} ({entry_id}): field id: duplicate id {entry_id!r}")
                seen.add(entry_id)
            self.add(entry, origin=origin, position=position)

    def extend(self, other: SourceRegistry | Iterable[RegistryEntry | dict] | Path | str) -> SourceRegistry:
        """Add another registry's entries (or a file's) to this one, and return this registry.

        A new id is added as it is. An id that is already here updates that source instead of replacing
        it (see :func:`merge_entries`): the new name and kind win, and every name the source had (its
        old name, aliases and role nouns) is kept, so the mentions that found it before still do and its
        id stays the same in every article. A name or alias that already belongs to *another* source
        raises :class:`RegistryError` naming the file and entry. To replace a source outright, use
        :meth:`add`; to use a file without the packaged sources, ``SourceRegistry.from_file``.
        """
        if isinstance(other, (str, Path)):
            other = SourceRegistry.from_file(other)
        origin = getattr(other, "origin", "registry")
        if not isinstance(other, SourceRegistry):
            # Validated on their own first: a bad field or a duplicate id is reported as in a file of its own.
            other = SourceRegistry(other, fuzzy_cutoff=self.fuzzy_cutoff, origin=origin)
        for position, entry in enumerate(other):  # no duplicate ids, so positions are the input's
            current = self._entries.get(entry.id)
            self.add(entry if current is None else merge_entries(current, entry), origin=origin, position=position)
        return self

    def _drop(self, entry_id: str) -> None:
        del self._entries[entry_id]
        self._index = NameIndex(cutoff=self.fuzzy_cutoff)
        for entry in self._entries.values():
            for name in (entry.name, *entry.aliases):
                self._index.add(name, entry.id)

    def lookup(self, name: str) -> RegistryEntry | None:
        """The entry a name refers to: exact alias first, then a fuzzy match that only forgives spelling."""
        entry_id = self._index.find(name)
        return self._entries[entry_id] if entry_id is not None else None

    def search(self, query: str, limit: int = 10) -> list[RegistryEntry]:
        """Entries whose id, name or aliases contain the query (for browsing)."""
        needle = normalize(query)
        hits = [e for e in self._entries.values()
                if needle in e.id or any(needle in normalize(n) for n in (e.name, *e.aliases))]
        return hits[:limit]

    def get(self, entry_id: str) -> RegistryEntry | None:
        return self._entries.get(entry_id)

    def __iter__(self) -> Iterator[RegistryEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __repr__(self) -> str:
        return f"SourceRegistry({len(self)} sources)"


def merge_entries(current: RegistryEntry, update: RegistryEntry) -> RegistryEntry:
    """One source from an entry and an update with the same id: the update's name and kind, every name of both.

    The current name stays an alias when the update renames the source, and aliases and role nouns are
    the union of both (the update's first), so that extending a registry never loses a way of finding a
    source; a country the update does not give is kept.

    >>> old = RegistryEntry(id="ru-mod", name="Russian Ministry of Defense", kind="government", aliases=["Russian MoD"])
    >>> new = RegistryEntry(id="ru-mod", name="Ministry of Defence of Russia", kind="government")
    >>> merge_entries(old, new).aliases
    ('Russian Ministry of Defense', 'Russian MoD')
    """
    if current.id != update.id:
        raise ValueError(f"cannot merge {current.id!r} with {update.id!r}")
    aliases = dict.fromkeys(alias for alias in (*update.aliases, current.name, *current.aliases) if alias != update.name)
    roles = dict.fromkeys((*update.roles, *current.roles))
    return update.model_copy(update={"aliases": tuple(aliases), "roles": tuple(roles),
                                      "country": update.country or current.country})


@cache
def _packaged_entries() -> tuple[RegistryEntry, ...]:
    path = packaged("sources.yaml")
    return tuple(SourceRegistry.from_file(path))
