"""Web jobs kept in SQLite beside the translation memory, so a restart loses none.

A job is a row (its settings, state and progress) and a folder (its uploads and, once
done, its outputs). Rows change only through this module; the worker thread writes
progress and the request handlers read it, each through its own short connection.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from briefgen.cachedir import cache_root
from briefgen.errors import BriefgenError

DB_NAME = "web-jobs.sqlite3"
FOLDER_NAME = "web-jobs"
BUSY_TIMEOUT_S = 30.0
INTERRUPTED = "interrupted by a restart of briefgen serve"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    finished REAL,
    state TEXT NOT NULL,
    settings TEXT NOT NULL,
    files TEXT NOT NULL,
    stage TEXT NOT NULL DEFAULT '',
    file_index INTEGER NOT NULL DEFAULT 0,
    sentences_done INTEGER NOT NULL DEFAULT 0,
    sentences_total INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    edits TEXT NOT NULL DEFAULT '{}'
)
"""


class JobError(BriefgenError):
    """The job store cannot be opened, or a job does not exist."""


class State(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class JobFile:
    """One uploaded article: the name shown to staff and where it is stored."""

    name: str
    path: str


@dataclass(frozen=True)
class Job:
    id: str
    created: float
    finished: float | None
    state: State
    settings: dict
    files: tuple[JobFile, ...]
    stage: str
    file_index: int
    sentences_done: int
    sentences_total: int
    error: str
    note: str
    edits: dict

    @property
    def active(self) -> bool:
        return self.state in (State.QUEUED, State.RUNNING)


def _job(row: sqlite3.Row) -> Job:
    return Job(
        id=row["id"],
        created=row["created"],
        finished=row["finished"],
        state=State(row["state"]),
        settings=json.loads(row["settings"]),
        files=tuple(JobFile(**f) for f in json.loads(row["files"])),
        stage=row["stage"],
        file_index=row["file_index"],
        sentences_done=row["sentences_done"],
        sentences_total=row["sentences_total"],
        error=row["error"],
        note=row["note"],
        edits=json.loads(row["edits"]),
    )


class JobStore:
    """The jobs table and the job folders under ``root`` (default: briefgen's cache)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_root()
        self.db_path = self.root / DB_NAME
        self.folders = self.root / FOLDER_NAME
        try:
            self.folders.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.execute("PRAGMA journal_mode = WAL")
                db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise JobError(f"{self.db_path}: cannot open the job store ({exc})") from exc

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.db_path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            yield db
        finally:
            db.close()

    def folder(self, job_id: str) -> Path:
        return self.folders / job_id

    def new_id(self) -> str:
        """A fresh job id, also the name of its (created) folder."""
        job_id = secrets.token_hex(8)
        self.folder(job_id).mkdir(parents=True)
        return job_id

    def add(self, job_id: str, settings: dict, files: list[JobFile]) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO jobs (id, created, state, settings, files) VALUES (?, ?, ?, ?, ?)",
                (
                    job_id,
                    time.time(),
                    State.QUEUED,
                    json.dumps(settings),
                    json.dumps([f.__dict__ for f in files]),
                ),
            )

    def get(self, job_id: str) -> Job:
        with self._connect() as db:
            row = db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise JobError(f"no job {job_id!r}; it may have been made on another machine")
        return _job(row)

    def recent(self, limit: int = 100) -> list[Job]:
        with self._connect() as db:
            rows = db.execute("SELECT * FROM jobs ORDER BY created DESC LIMIT ?", (limit,))
            return [_job(r) for r in rows]

    def claim_next(self) -> Job | None:
        """Mark the oldest queued job running and return it (None when none waits)."""
        with self._connect() as db:
            row = db.execute(
                "UPDATE jobs SET state = ?, stage = 'starting' WHERE id = ("
                " SELECT id FROM jobs WHERE state = ? ORDER BY created LIMIT 1"
                ") RETURNING *",
                (State.RUNNING, State.QUEUED),
            ).fetchone()
        return _job(row) if row is not None else None

    def progress(self, job_id: str, **fields: int | str) -> None:
        """Update any of stage, file_index, sentences_done, sentences_total."""
        allowed = {"stage", "file_index", "sentences_done", "sentences_total"}
        if not fields.keys() <= allowed:
            raise ValueError(f"not progress fields: {sorted(fields.keys() - allowed)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._connect() as db:
            db.execute(f"UPDATE jobs SET {assignments} WHERE id = ?", (*fields.values(), job_id))

    def finish(self, job_id: str) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE jobs SET state = ?, stage = 'done', finished = ? WHERE id = ?",
                (State.DONE, time.time(), job_id),
            )

    def fail(self, job_id: str, error: str) -> None:
        with self._connect() as db:
            db.execute(
                "UPDATE jobs SET state = ?, error = ?, finished = ? WHERE id = ?",
                (State.FAILED, error, time.time(), job_id),
            )

    def save_edits(self, job_id: str, edits: dict) -> None:
        with self._connect() as db:
            db.execute("UPDATE jobs SET edits = ? WHERE id = ?", (json.dumps(edits), job_id))

    def recover(self) -> list[str]:
        """After a restart: requeue each job that was running (the translation memory
        makes the sentences it had done free), or fail it when its uploads are gone.
        Returns the ids requeued."""
        with self._connect() as db:
            rows = db.execute("SELECT * FROM jobs WHERE state = ?", (State.RUNNING,)).fetchall()
        requeued = []
        for job in map(_job, rows):
            if all(Path(f.path).is_file() for f in job.files):
                with self._connect() as db:
                    db.execute(
                        "UPDATE jobs SET state = ?, stage = '', note = ? WHERE id = ?",
                        (State.QUEUED, f"{INTERRUPTED}; resumed", job.id),
                    )
                requeued.append(job.id)
            else:
                self.fail(job.id, f"{INTERRUPTED}, and its uploaded files are gone; submit again")
        return requeued
