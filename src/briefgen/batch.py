"""Batch runs: translate many files into a mirrored output tree, and survive real use.

A run is planned first (:func:`plan`: every input → output pair, checked before any work),
then each file is processed alone (:func:`run`): one bad file is reported and the rest go
on. Outputs are written atomically and recorded in a small manifest in the output folder,
so a run that was interrupted, even by ``kill -9``, is finished by running it again: files
whose output is complete, newer than the input and made with the same settings are
skipped.
"""

from __future__ import annotations

import glob
import json
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from briefgen.errors import BriefgenError, InputError
from briefgen.formats.files import atomic_write_bytes
from briefgen.glossary.report import tally
from briefgen.ingest import SUPPORTED_SUFFIXES
from briefgen.records import DocumentTranslation
from briefgen.translate.base import Translator
from briefgen.translate.signature import Signature
from briefgen.translate.stack import Stack

log = logging.getLogger(__name__)

MANIFEST_NAME = ".briefgen-manifest.json"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Job:
    """One input file and the output it becomes."""

    source: Path
    target: Path


# --- planning ---------------------------------------------------------------------------


def output_suffix(source: Path) -> str:
    """What replaces an input's suffix in its output's name (the format follows the input's)."""
    from briefgen.formats.output import translated_suffix

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
    return sorted(
        p
        for p in paths
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
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
            raise InputError(f"{raw}: no {'/'.join(SUPPORTED_SUFFIXES)} files match this pattern")
        return [(p, base) for p in found]
    path = Path(raw)
    if path.is_dir():
        found = _documents(path.rglob("*"), path, outdir)
        if not found:
            raise InputError(f"{path}: no {'/'.join(SUPPORTED_SUFFIXES)} files in this folder")
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


class Manifest:
    """Which outputs in a folder are complete and with which settings they were made.

    Kept as ``.briefgen-manifest.json`` in the output folder and rewritten atomically
    after every file, so it is never half-written.
    """

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.path = outdir / MANIFEST_NAME
        self.files = self._read()

    def _read(self) -> dict[str, dict]:
        try:
            files = json.loads(self.path.read_text("utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError):
            return {}
        return files if isinstance(files, dict) else {}

    def _key(self, job: Job) -> str:
        return job.target.relative_to(self.outdir).as_posix()

    def is_done(self, job: Job, settings: str) -> bool:
        """The output exists, is newer than its input and was made with ``settings``."""
        entry = self.files.get(self._key(job), {})
        try:
            fresh = job.target.stat().st_mtime_ns >= job.source.stat().st_mtime_ns
        except OSError:
            return False
        return fresh and entry == {"source": str(job.source.resolve()), "settings": settings}

    def record(self, job: Job, settings: str) -> None:
        """Mark ``job`` done, keeping what other runs recorded meanwhile."""
        self.files = {**self._read(), **self.files}
        self.files[self._key(job)] = {"source": str(job.source.resolve()), "settings": settings}
        data = json.dumps({"version": 1, "files": self.files}, ensure_ascii=False, indent=1)
        atomic_write_bytes(self.path, data.encode("utf-8"))


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
    events: list[FileEvent] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for e in self.events if e.status is status)

    @property
    def failed(self) -> list[FileEvent]:
        return [e for e in self.events if e.status is Status.FAILED]

    @property
    def exit_code(self) -> int:
        """0 when every file is done, 1 when any failed."""
        return 1 if self.failed else 0

    def as_dict(self) -> dict:
        return {
            "event": "summary",
            **{str(s): self.count(s) for s in Status},
            "tm_hits": sum(e.tm_hits for e in self.events),
            "translated_segments": sum(e.translated_segments for e in self.events),
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


@dataclass(frozen=True)
class FileCounts:
    segments: int
    tm_hits: int
    translated_segments: int
    terms_required: int = 0
    terms_satisfied: int = 0


Convert = Callable[[Job, Callable[[int, int], None]], FileCounts]


def run(
    jobs: Sequence[Job],
    convert: Convert,
    *,
    outdir: Path,
    settings: str,
    overwrite: bool = False,
    observer: Observer | None = None,
) -> Summary:
    """Process ``jobs`` one by one with ``convert``, skipping outputs already complete
    (unless ``overwrite``) and recording each new one in ``outdir``'s manifest.

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
        remove_stale_temp_files(job.target)
        if not overwrite and manifest.is_done(job, settings):
            event = FileEvent(job, Status.SKIPPED)
            summary.events.append(event)
            observer.finished(event)
        else:
            pending.append(job)
    observer.planned(pending)
    for job in pending:
        observer.started(job)
        event = _process(job, convert, observer.advanced, lone=len(jobs) == 1)
        if event.status is Status.TRANSLATED:
            manifest.record(job, settings)
        summary.events.append(event)
        observer.finished(event)
    return summary


def _process(
    job: Job, convert: Convert, advanced: Callable[[int, int], None], *, lone: bool
) -> FileEvent:
    start = time.monotonic()
    try:
        counts = convert(job, advanced)
    except BriefgenError as exc:
        if lone or not isinstance(exc, InputError):
            raise
        return FileEvent(job, Status.FAILED, seconds=time.monotonic() - start, error=str(exc))
    except Exception as exc:  # a reader or writer bug must not end a batch of hundreds
        if lone:
            raise
        log.debug("failed on %s", job.source, exc_info=True)
        reason = failure_reason(job, exc)
        return FileEvent(job, Status.FAILED, seconds=time.monotonic() - start, error=reason)
    return FileEvent(
        job,
        Status.TRANSLATED,
        counts.segments,
        time.monotonic() - start,
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


# --- translating one file ---------------------------------------------------------------


class FileTranslator:
    """Reads, translates and writes one job through a translator stack, whose model loads
    only when first needed: a rerun with nothing left to do, one answered from the
    translation memory, or a run whose only file is bad, never loads it."""

    def __init__(
        self,
        stack: Stack,
        *,
        article_only: bool = False,
        formats: dict | None = None,
    ) -> None:
        self.stack = stack
        self.formats = formats or {}
        self.article_only = article_only
        self.results: list[DocumentTranslation] = []  # for the terminology report

    def __call__(self, job: Job, advanced: Callable[[int, int], None]) -> FileCounts:
        from briefgen.formats.output import write_outputs
        from briefgen.ingest import read_document
        from briefgen.pipeline import translate_document

        document = read_document(job.source)
        translator = self.stack.translator
        before = _memory_counts(translator)
        result = translate_document(
            document, self.stack, article_only=self.article_only, progress=advanced
        )
        self.results.append(result)
        write_outputs(
            result,
            job.target,
            translator=translator,
            article_only=self.article_only,
            **self.formats,
        )
        hits, translated = (a - b for a, b in zip(_memory_counts(translator), before, strict=True))
        if getattr(translator, "stats", None) is None:
            translated = len(result.segments)
        terms = tally(result)
        return FileCounts(
            len(result.segments), hits, translated, terms.terms_required, terms.terms_satisfied
        )


def _memory_counts(translator: Translator) -> tuple[int, int]:
    stats = getattr(translator, "stats", None)
    return (stats.hits, stats.translated) if stats is not None else (0, 0)
