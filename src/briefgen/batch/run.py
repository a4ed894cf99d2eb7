"""Run a planned batch: skip what is done, convert the rest, record each finished file.

One bad file is reported and the rest go on. A run keeps running totals, never per-file
results, so its memory stays flat however many files it has.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from briefgen.batch.manifest import Manifest, TempFileSweeper, stored_reports
from briefgen.batch.plan import Job
from briefgen.errors import BriefgenError, InputError

log = logging.getLogger(__name__)


class Status(StrEnum):
    TRANSLATED = "translated"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class FileCounts:
    """A translated file's tallies, every file it wrote (the main output first) and, when
    a report was asked for, its report entry."""

    segments: int
    tm_hits: int
    translated_segments: int
    terms_required: int = 0
    terms_satisfied: int = 0
    outputs: tuple[Path, ...] = ()
    report: dict | None = None

    def as_dict(self) -> dict:
        return {
            "segments": self.segments,
            "tm_hits": self.tm_hits,
            "translated_segments": self.translated_segments,
            "terms_required": self.terms_required,
            "terms_satisfied": self.terms_satisfied,
        }


@dataclass(frozen=True)
class Outcome:
    """What a converter made of one job: its counts, or the exception it failed with."""

    job: Job
    counts: FileCounts | None = None
    error: BaseException | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class FileEvent:
    """What happened to one file; ``as_dict`` is its JSON log line."""

    job: Job
    status: Status
    segments: int = 0
    seconds: float = 0.0
    error: str = ""
    tm_hits: int = 0
    translated_segments: int = 0
    terms_required: int = 0
    terms_satisfied: int = 0

    def as_dict(self) -> dict:
        return {
            "file": str(self.job.source),
            "output": str(self.job.target),
            "status": str(self.status),
            "segments": self.segments,
            "seconds": round(self.seconds, 3),
            "error": self.error or None,
            "tm_hits": self.tm_hits,
            "translated_segments": self.translated_segments,
        }


@dataclass
class Summary:
    """Running totals of a batch: counts per status and the failures, never per-file
    results, so a run of 100,000 files holds no more than a run of ten."""

    counts: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(Status, 0))
    tm_hits: int = 0
    translated_segments: int = 0
    failed: list[FileEvent] = field(default_factory=list)

    def add(self, event: FileEvent) -> None:
        self.counts[event.status] += 1
        self.tm_hits += event.tm_hits
        self.translated_segments += event.translated_segments
        if event.status is Status.FAILED:
            self.failed.append(event)

    def count(self, status: Status) -> int:
        return self.counts[status]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def exit_code(self) -> int:
        """0 when every file is done, 1 when any failed."""
        return 1 if self.failed else 0

    def as_dict(self) -> dict:
        return {
            "event": "summary",
            **{str(s): self.count(s) for s in Status},
            "tm_hits": self.tm_hits,
            "translated_segments": self.translated_segments,
        }


class Observer(Protocol):
    """Receives progress; the CLI draws bars or writes JSON lines from it."""

    def planned(self, pending: Sequence[Job]) -> None: ...

    def started(self, job: Job) -> None: ...

    def advanced(self, done: int, total: int) -> None: ...

    def finished(self, event: FileEvent) -> None: ...


class _Silent:
    def planned(self, pending: Sequence[Job]) -> None: ...

    def started(self, job: Job) -> None: ...

    def advanced(self, done: int, total: int) -> None: ...

    def finished(self, event: FileEvent) -> None: ...


class Convert(Protocol):
    """Turns jobs into outputs: :class:`FileTranslator`, or a test's stand-in."""

    def outputs(self, job: Job) -> list[Path]:
        """Every file ``job`` writes, its main output first."""

    def __call__(self, jobs: Sequence[Job], observer: Observer) -> Iterator[Outcome]:
        """One :class:`Outcome` per job as each file is finished (a converter that packs
        files together may report a file it could not read before those it holds)."""


def run(
    jobs: Sequence[Job],
    convert: Convert,
    *,
    outdir: Path,
    settings: str,
    overwrite: bool = False,
    observer: Observer | None = None,
    report: bool = False,
) -> Summary:
    """Process ``jobs`` with ``convert``, skipping files already complete (unless
    ``overwrite``; with ``report``, only those whose report entry was kept) and appending
    each new one to ``outdir``'s manifest.

    A file whose input is bad (:class:`InputError`), unreadable or unwritable, or that
    breaks a reader, fails alone; any other :class:`BriefgenError` (model, backend,
    translation memory) concerns the whole run and is raised. A run of a single file is
    not a batch: that file's failure is raised too.
    """
    observer = observer or _Silent()
    summary = Summary()
    manifest = Manifest(outdir)
    pending: list[Job] = []
    sweeper = TempFileSweeper()
    for job in jobs:
        outputs = convert.outputs(job)
        for output in outputs:
            sweeper.sweep(output)
        if not overwrite and manifest.is_done(job.source, outputs, settings, report=report):
            _finish(FileEvent(job, Status.SKIPPED), summary, observer)
        else:
            pending.append(job)
    observer.planned(pending)
    try:
        for outcome in convert(pending, observer):
            event = _event(outcome, lone=len(jobs) == 1)
            if outcome.counts is not None:
                counts = outcome.counts
                manifest.record(
                    outcome.job.source, counts.outputs, settings, counts.as_dict(), counts.report
                )
            _finish(event, summary, observer)
    finally:
        manifest.close()
    return summary


def reports(jobs: Sequence[Job], outdir: Path) -> Iterator[dict]:
    """The report entries the manifest keeps for ``jobs``' outputs (translated in this
    run or an earlier one), in job order; see :func:`briefgen.glossary.report.write_report`."""
    return stored_reports(outdir, (job.target for job in jobs))


def _finish(event: FileEvent, summary: Summary, observer: Observer) -> None:
    summary.add(event)
    observer.finished(event)


def _event(outcome: Outcome, *, lone: bool) -> FileEvent:
    """The file's event; raises the failures that must end the run."""
    job, exc, counts = outcome.job, outcome.error, outcome.counts
    if isinstance(exc, BriefgenError) and (lone or not isinstance(exc, InputError)):
        raise exc
    if isinstance(exc, InputError):
        return FileEvent(job, Status.FAILED, seconds=outcome.seconds, error=str(exc))
    if exc is not None:  # a reader or writer bug must not end a batch of hundreds
        if lone or not isinstance(exc, Exception):
            raise exc
        log.debug("failed on %s", job.source, exc_info=exc)
        return FileEvent(
            job, Status.FAILED, seconds=outcome.seconds, error=failure_reason(job, exc)
        )
    assert counts is not None
    return FileEvent(
        job,
        Status.TRANSLATED,
        counts.segments,
        outcome.seconds,
        tm_hits=counts.tm_hits,
        translated_segments=counts.translated_segments,
        terms_required=counts.terms_required,
        terms_satisfied=counts.terms_satisfied,
    )


def failure_reason(job: Job, exc: Exception) -> str:
    """One line saying why ``job`` failed."""
    if isinstance(exc, OSError):
        return f"{exc.filename or job.source}: {exc.strerror or exc}"
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{job.source}: {type(exc).__name__}: {first}"
