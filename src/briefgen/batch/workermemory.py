"""The translation memory of a batch spread over workers.

Each worker reads the shared memory and writes its new sentences to a file of its own in
``<memory>.parts/`` (a :class:`~briefgen.translate.memory.LayeredMemory`), so no worker
ever waits for another's write lock. The driver merges the files of its run into the
shared memory when the run ends, however it ends; files a killed run left behind are
merged at the start of the next one, once no live worker holds their lock.
"""

from __future__ import annotations

import fcntl
import uuid
from pathlib import Path
from typing import IO

from briefgen.translate.memory import LayeredMemory, TranslationMemory

PART_SUFFIX = ".sqlite3"


def parts_folder(shared: Path) -> Path:
    """Where the workers' own memory files for ``shared`` go."""
    return shared.with_name(f"{shared.name}.parts")


class WorkerMemory(LayeredMemory):
    """A new memory file of one worker's own in front of ``shared``, locked while open so
    a driver starting meanwhile leaves it alone."""

    def __init__(self, shared: Path, run_id: str) -> None:
        folder = parts_folder(shared)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{run_id}-{uuid.uuid4().hex}{PART_SUFFIX}"
        self._lock: IO[bytes] = _lock_path(path).open("wb")
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        super().__init__(path, shared)

    def close(self) -> None:
        super().close()
        self._lock.close()


def merge_parts(shared: Path, *, run_id: str | None = None) -> int:
    """Merge the workers' files into ``shared`` and delete them: those of ``run_id`` (its
    workers are done), or without it those no live worker holds. How many files merged."""
    folder = parts_folder(shared)
    if not folder.is_dir():
        return 0
    pattern = f"{run_id}-*{PART_SUFFIX}" if run_id else f"*{PART_SUFFIX}"
    parts = sorted(folder.glob(pattern))
    if not parts:
        return 0
    memory = TranslationMemory(shared)
    merged = 0
    try:
        for part in parts:
            with _lock_path(part).open("ab") as lock:
                if run_id is None and not _try_lock(lock):
                    continue  # a worker of a run still going
                memory.absorb(part)
                for leftover in (part, *_sqlite_sidecars(part)):
                    leftover.unlink(missing_ok=True)
                _lock_path(part).unlink(missing_ok=True)
                merged += 1
    finally:
        memory.close()
    return merged


def _lock_path(part: Path) -> Path:
    return part.with_name(f"{part.name}.lock")


def _sqlite_sidecars(part: Path) -> tuple[Path, Path]:
    return part.with_name(f"{part.name}-wal"), part.with_name(f"{part.name}-shm")


def _try_lock(lock: IO[bytes]) -> bool:
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
