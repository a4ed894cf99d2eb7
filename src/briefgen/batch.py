"""Batch runs: translate many files into a mirrored output tree, and survive real use.

A run is planned first (:func:`plan`: every input → output pair, checked before any work),
then files are processed in order (:func:`run`), small ones packed together so they fill
the model's batches: one bad file is reported and the rest go on. Outputs are written
atomically and each finished file is appended to a manifest in the output folder (JSON
lines), so a run that was interrupted, even by ``kill -9``, is finished by running it
again: files whose outputs (side outputs included) are complete, newer than the input and
made with the same settings are skipped. A run keeps per-file tallies, never the
translations, so its memory stays flat however many files it has.
"""

from __future__ import annotations

import glob
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from briefgen.errors import BriefgenError, InputError
from briefgen.formats import supported_suffixes
from briefgen.formats.output import side_outputs, translated_suffix, write_outputs
from briefgen.glossary.report import report_entry, tally
from briefgen.ingest import read_document
from briefgen.manifest import Manifest
from briefgen.pipeline import ARTICLE_ROLES, remember_facts, translate_documents
from briefgen.records import Document
from briefgen.segment import segment_document
from briefgen.translate.base import Translator
from briefgen.translate.signature import Signature
from briefgen.translate.stack import Stack

log = logging.getLogger(__name__)

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Job:
    """One input file and the output it becomes."""

    source: Path
    target: Path


# --- planning ---------------------------------------------------------------------------


def output_suffix(source: Path) -> str:
    """What replaces an input's suffix in its output's name (the format registry's)."""
    return translated_suffix(source)


def _is_glob(raw: str) -> bool:
    return any(ch in raw for ch in _GLOB_CHARS)


def _glob_base(pattern: str) -> Path:
    """The folder a pattern's matches are mirrored from: its parts before the first wildcard."""
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(i for i, p in enumerate(parts) if _is_glob(p))]]
    return Path(*fixed) if fixed else Path()


def _documents(paths: Iterable[Path], root: Path, outdir: Path) -> list[Path]:
    """The supported files among ``paths`` (found under ``root``), leaving out those in an
    output folder inside ``root`` (``-o articles/en``), so a rerun does not read them."""
    out = outdir.resolve()
    nested = out != root.resolve() and out.is_relative_to(root.resolve())
    suffixes = supported_suffixes()
    return sorted(
        p
        for p in paths
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not (nested and p.resolve().is_relative_to(out))
    )


def expand(raw: str, outdir: Path) -> list[tuple[Path, Path]]:
    """The files one command-line input names, each with the folder it is mirrored from.

    Raises:
        InputError: a missing file, or a folder or pattern with no documents.
    """
    if _is_glob(raw) and not Path(raw).exists():
        base = _glob_base(raw)
        found = _documents(map(Path, glob.glob(raw, recursive=True)), base, outdir)
        if not found:
            raise InputError(f"{raw}: no {'/'.join(supported_suffixes())} files match this pattern")
        return [(p, base) for p in found]
    path = Path(raw)
    if path.is_dir():
        found = _documents(path.rglob("*"), path, outdir)
        if not found:
            raise InputError(f"{path}: no {'/'.join(supported_suffixes())} files in this folder")
        return [(p, path) for p in found]
    if not path.exists():
        raise InputError(f"{path}: no such file")
    return [(path, path.parent)]


def plan(
    inputs: Sequence[str], outdir: Path, *, suffix: Callable[[Path], str] = output_suffix
) -> list[Job]:
    """Input → output pairs for files, folders (recursive) and glob patterns.

    Each output sits at the input's path relative to the folder it was found in (the
    folder or the pattern's fixed part; a file's own folder), under ``outdir``.

    Raises:
        InputError: no inputs, an output that would overwrite an input, or two inputs
            that would write the same output.
    """
    if not inputs:
        raise InputError("no inputs given")
    jobs: dict[Path, Job] = {}
    seen: set[Path] = set()
    for raw in inputs:
        for source, base in expand(raw, outdir):
            if source.resolve() in seen:
                continue
            seen.add(source.resolve())
            relative = source.relative_to(base) if base != Path() else source
            target = outdir / relative.parent / f"{source.stem}{suffix(source)}"
            key = target.resolve()
            if key in jobs:
                raise InputError(
                    f"{source} and {jobs[key].source} would both be written to {target}; "
                    "translate them in separate runs"
                )
            jobs[key] = Job(source, target)
    clash = seen & jobs.keys()
    if clash:
        target = next(iter(clash))
        raise InputError(f"{target}: output would overwrite an input; choose another -o folder")
    return list(jobs.values())


# --- resume -----------------------------------------------------------------------------


def resume_settings(signature: Signature, *, article_only: bool, formats: dict) -> str:
    """What decides whether an existing output can be kept: the run's translation
    signature and its output options (``article_only``, the side formats…)."""
    return signature.digest(article_only=article_only, formats=formats)


def remove_stale_temp_files(target: Path) -> None:
    """Delete what a killed atomic write of ``target`` left behind."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        leftover.unlink(missing_ok=True)


# --- running ----------------------------------------------------------------------------


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
        """One :class:`Outcome` per job, in order, as each file is finished."""


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
    for job in jobs:
        outputs = convert.outputs(job)
        for output in outputs:
            remove_stale_temp_files(output)
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
    return Manifest(outdir).reports(job.target for job in jobs)


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


# --- translating files ------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    job: Job
    document: Document
    segments: int
    seconds: float


class FileTranslator:
    """Reads, translates and writes jobs; loads the model only when first needed, so a
    rerun with nothing left to do, or a run whose only file is bad, never loads it.

    Documents are read ahead until they hold at least one full model batch
    (``options.batch_size`` sentences), then translated together with
    :func:`briefgen.pipeline.translate_documents` and written one by one.
    """

    def __init__(
        self,
        stack: Stack,
        *,
        article_only: bool = False,
        formats: dict | None = None,
        report: bool = False,
    ) -> None:
        self.stack = stack
        self.formats = formats or {}
        self.article_only = article_only
        self.report = report

    def outputs(self, job: Job) -> list[Path]:
        sides = side_outputs(
            job.target,
            job.source,
            bilingual=bool(self.formats.get("bilingual")),
            xliff=bool(self.formats.get("xliff")),
        )
        return [job.target, *sides]

    def __call__(self, jobs: Sequence[Job], observer: Observer) -> Iterator[Outcome]:
        group: list[_Read] = []
        for job in jobs:
            observer.started(job)
            start = time.monotonic()
            try:
                document = read_document(job.source)
            except Exception as exc:
                yield Outcome(job, error=exc, seconds=time.monotonic() - start)
                continue
            roles = ARTICLE_ROLES if self.article_only else None
            count = len(segment_document(document, roles=roles))
            group.append(_Read(job, document, count, time.monotonic() - start))
            if sum(r.segments for r in group) >= self.stack.options.batch_size:
                yield from self._translate(group, observer)
                group = []
        if group:
            yield from self._translate(group, observer)

    def _translate(self, group: Sequence[_Read], observer: Observer) -> Iterator[Outcome]:
        translator = self.stack.translator
        before = _memory_counts(translator)
        start = time.monotonic()
        try:
            results = translate_documents(
                [r.document for r in group],
                self.stack,
                article_only=self.article_only,
                progress=observer.advanced,
            )
        except BriefgenError:
            raise
        except Exception as exc:
            seconds = time.monotonic() - start
            yield from (Outcome(r.job, error=exc, seconds=r.seconds + seconds) for r in group)
            return
        after = _memory_counts(translator)
        for read, result in zip(group, results, strict=True):
            remember_facts(read.document, result, self.stack)  # so a later brief needs no model
        spent = time.monotonic() - start
        hits, translated = (a - b for a, b in zip(after, before, strict=True))
        if getattr(translator, "stats", None) is None:
            hits, translated = 0, sum(len(r.segments) for r in results)
        weights = [r.segments for r in group]
        total = max(1, sum(weights))
        shares = zip(_split(hits, weights), _split(translated, weights), strict=True)
        for read, result, (file_hits, file_translated) in zip(group, results, shares, strict=True):
            share = spent * read.segments / total
            yield self._write(read, result, share, file_hits, file_translated)

    def _write(self, read: _Read, result, spent: float, hits: int, translated: int) -> Outcome:
        start = time.monotonic()
        try:
            paths = write_outputs(
                result,
                read.job.target,
                article_only=self.article_only,
                bilingual=bool(self.formats.get("bilingual")),
                xliff=bool(self.formats.get("xliff")),
                xliff_version=self.formats.get("xliff_version", "2.0"),
            )
        except Exception as exc:
            return Outcome(read.job, error=exc, seconds=time.monotonic() - start)
        terms = tally(result)
        counts = FileCounts(
            len(result.segments),
            hits,
            translated,
            terms.terms_required,
            terms.terms_satisfied,
            tuple(paths),
            report_entry(result) if self.report else None,
        )
        return Outcome(read.job, counts, seconds=read.seconds + spent + time.monotonic() - start)


def _split(total: int, weights: Sequence[int]) -> list[int]:
    """``total`` in whole parts proportional to ``weights`` that add up to it exactly: a
    group's memory hits and model work, shared among its files (largest remainders)."""
    whole = sum(weights)
    if not whole:
        return [total, *[0] * (len(weights) - 1)] if weights else []
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: parts[i] - exact[i])
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _memory_counts(translator: Translator) -> tuple[int, int]:
    stats = getattr(translator, "stats", None)
    return (stats.hits, stats.translated) if stats is not None else (0, 0)
