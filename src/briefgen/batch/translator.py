"""The converter of ``briefgen translate``: read, translate and write files, small ones
packed together so they fill the model's batches."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.batch.plan import Job
from briefgen.batch.run import FileCounts, Observer, Outcome
from briefgen.errors import BriefgenError
from briefgen.formats.output import side_outputs, write_outputs
from briefgen.glossary.report import report_entry, tally
from briefgen.ingest import read_document
from briefgen.pipeline import ARTICLE_ROLES, remember_facts, translate_documents
from briefgen.records import Document
from briefgen.segment import segment_document
from briefgen.translate.base import Translator
from briefgen.translate.stack import Stack


def job_outputs(job: Job, formats: dict) -> list[Path]:
    """Every file a job writes: the translation, then the side outputs ``formats`` asks for
    (whose absence makes a finished job run again)."""
    sides = side_outputs(
        job.target,
        job.source,
        bilingual=bool(formats.get("bilingual")),
        xliff=bool(formats.get("xliff")),
    )
    return [job.target, *sides]


GROUP_FILES = 64
"""A group always closes after every this many jobs (counted from the first, unreadable
ones included), whatever sentences it holds: the Ray engine cuts a batch into slices of
this many files, and each slice's model batches are then the local run's, with no
pass over the files beforehand to count their sentences. A closed group costs at most one
part-filled model batch per 64 files."""


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
    (``options.batch_size`` sentences) or ``group_files`` jobs end (see
    :data:`GROUP_FILES`), then translated together with
    :func:`briefgen.pipeline.translate_documents` and written one by one.
    """

    def __init__(
        self,
        stack: Stack,
        *,
        article_only: bool = False,
        formats: dict | None = None,
        report: bool = False,
        group_files: int | None = None,
    ) -> None:
        self.stack = stack
        self.formats = formats or {}
        self.article_only = article_only
        self.report = report
        self.group_files = group_files or GROUP_FILES

    def outputs(self, job: Job) -> list[Path]:
        return job_outputs(job, self.formats)

    def __call__(self, jobs: Sequence[Job], observer: Observer) -> Iterator[Outcome]:
        group: list[_Read] = []
        sentences = 0
        roles = ARTICLE_ROLES if self.article_only else None
        for position, job in enumerate(jobs, 1):
            observer.started(job)
            start = time.monotonic()
            try:
                document = read_document(job.source)
            except Exception as exc:
                yield Outcome(job, error=exc, seconds=time.monotonic() - start)
            else:
                count = len(segment_document(document, roles=roles))
                group.append(_Read(job, document, count, time.monotonic() - start))
                sentences += count
            full = sentences >= self.stack.options.batch_size
            if group and (full or position % self.group_files == 0):
                yield from self._translate(group, observer)
                group, sentences = [], 0
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
        # so that a later brief of these files needs no model
        remember_facts([r.document for r in group], results, self.stack)
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
                to=self.formats.get("to"),
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
