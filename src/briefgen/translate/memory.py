"""Translation memory: a SQLite store of segments already translated, and a wrapper that
reuses them, so reruns and repeated boilerplate cost no model calls.

A stored translation is reused only for the same source text under the same
:class:`~briefgen.translate.signature.Signature`: tool version, backend, model (a local
folder also by the size and date of its files), decoding options and glossary checksum.
The store is safe to share between concurrent runs and survives being killed: WAL
journal, a busy timeout, one transaction per batch and ``INSERT OR IGNORE``, so a batch
is stored whole or not at all.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.cachedir import cache_root
from briefgen.errors import BriefgenError
from briefgen.translate.base import DecodeOptions, TokenLink, Translator
from briefgen.translate.signature import Signature, model_fingerprint
from briefgen.version import __version__

__all__ = [
    "CacheError",
    "CachedTranslator",
    "LayeredMemory",
    "MemoryStats",
    "TranslationMemory",
    "default_tm_path",
    "model_fingerprint",  # re-exported: it lived here first
]

log = logging.getLogger(__name__)

TM_FILENAME = "tm.sqlite3"
BUSY_TIMEOUT_S = 60.0
_SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    settings TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (settings, source)
) WITHOUT ROWID
"""


class CacheError(BriefgenError):
    """The translation memory file cannot be opened or written."""


def default_tm_path() -> Path:
    """``tm.sqlite3`` in briefgen's cache folder (see :func:`briefgen.cachedir.cache_root`)."""
    return cache_root() / TM_FILENAME


def _enable_wal(db: sqlite3.Connection) -> None:
    """Switch to WAL, retrying while another process holds the file: the journal-mode
    switch is the one statement SQLite's busy timeout does not wait on, so two runs that
    create the memory at the same moment would otherwise fail with "database is locked"."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class TranslationMemory:
    """A SQLite file of (settings, source) → target; one connection per process."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _enable_wal(self._db)
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(
                f"{self.path}: cannot open the translation memory ({exc}); "
                "pass --tm PATH elsewhere or --no-tm"
            ) from exc

    def lookup(self, settings: str, sources: Sequence[str]) -> dict[str, str]:
        """Stored targets for those of ``sources`` that have one."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(sources))
        for start in range(0, len(unique), 500):  # stay under SQLite's variable limit
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT source, target FROM segments WHERE settings = ? AND source IN ({marks})",
                (settings, *chunk),
            )
            found.update(rows)
        return found

    def store(self, settings: str, pairs: dict[str, str]) -> None:
        """Add translations in one transaction; an existing entry is kept as it is."""
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT OR IGNORE INTO segments (settings, source, target) VALUES (?, ?, ?)",
                    [(settings, s, t) for s, t in pairs.items()],
                )
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot write the translation memory ({exc})") from exc

    def absorb(self, other: Path) -> int:
        """Add every entry of the memory file ``other`` (existing entries are kept) in one
        transaction; how many rows it held. A batch worker's own file is merged this way."""
        try:
            self._db.execute("ATTACH DATABASE ? AS other", (str(other),))
            try:
                with self._db:
                    self._db.execute("BEGIN IMMEDIATE")
                    self._db.execute(
                        "INSERT OR IGNORE INTO segments (settings, source, target) "
                        "SELECT settings, source, target FROM other.segments"
                    )
                return self._db.execute("SELECT COUNT(*) FROM other.segments").fetchone()[0]
            finally:
                self._db.execute("DETACH DATABASE other")
        except sqlite3.Error as exc:
            raise CacheError(f"{self.path}: cannot merge {other} into it ({exc})") from exc

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM segments").fetchone()[0]

    def close(self) -> None:
        self._db.close()


class LayeredMemory(TranslationMemory):
    """A memory file of one's own in front of a shared one that is only read: a batch
    worker finds what any earlier run stored and records its new sentences without taking
    the shared file's write lock, so many workers never wait on each other."""

    def __init__(self, path: str | Path, shared: str | Path) -> None:
        super().__init__(path)
        self.shared = TranslationMemory(shared)

    def lookup(self, settings: str, sources: Sequence[str]) -> dict[str, str]:
        found = self.shared.lookup(settings, sources)
        rest = [s for s in sources if s not in found]
        if rest:
            found.update(super().lookup(settings, rest))
        return found

    def close(self) -> None:
        super().close()
        self.shared.close()


@dataclass
class MemoryStats:
    """Segments served from the memory (``hits``) and sent to the model (``translated``)."""

    hits: int = 0
    translated: int = 0


class CachedTranslator(Translator):
    """Any :class:`Translator`, answering from a :class:`TranslationMemory` when it can.

    Wrap the outermost translator whose output should be remembered (e.g. the glossary
    enforcer) and pass the run's ``signature`` (see :func:`briefgen.translate.stack.open_stack`),
    so a changed model, decoding or glossary never reuses translations made under the old
    one. Without it the key is the inner translator's backend and model, with no glossary.
    """

    def __init__(
        self, inner: Translator, memory: TranslationMemory, *, signature: Signature | None = None
    ) -> None:
        self.inner = inner
        self.memory = memory
        self.signature = signature or Signature(
            __version__, inner.backend, inner.model_id, model_fingerprint(inner.model_id)
        )
        self.backend = inner.backend
        self.model_id = inner.model_id
        self.stats = MemoryStats()

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        settings = self.signature.with_options(options).digest()
        known = self.memory.lookup(settings, texts)
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = dict(
                zip(missing, self.inner.translate_batch(missing, options=options), strict=True)
            )
            self.memory.store(settings, fresh)
            known.update(fresh)
        self.stats.translated += len(missing)
        self.stats.hits += len(texts) - len(missing)
        log.debug(
            "translation memory: %d hits, %d translated", len(texts) - len(missing), len(missing)
        )
        return [known[t] for t in texts]

    def align(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[TokenLink]]:
        return self.inner.align(sources, targets)

    def close(self) -> None:
        self.inner.close()
        self.memory.close()
