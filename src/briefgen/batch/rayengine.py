"""The converter of ``briefgen translate --engine ray``: :class:`FileTranslator` itself, run
by a pool of Ray actors, one translator stack each, over slices of the batch.

The driver (the ``briefgen`` process) plans, skips what is done and alone appends to the
manifest, exactly as in a local run (:func:`briefgen.batch.run`). It cuts the pending jobs
into slices of :data:`~briefgen.batch.translator.GROUP_FILES` files, where a local run
always closes a model batch group too, and keeps each of ``--workers`` actors two slices
ahead (plain Ray actors: Ray Data's executor and helper actors cost about 40% again of
the workers' own CPU time on small documents). An actor runs :class:`FileTranslator` on
each slice: documents read through the format registry, small ones packed into model
batches (the same batches as a local run's, so the same output bytes), outputs written
atomically. Each finished file comes back to the driver as
an :class:`Outcome` (tallies, output paths, report entry, or the exception), in the order
slices finish. So a driver killed mid-run loses only files it had not yet recorded, which
the rerun translates again (their outputs are replaced whole), and a worker that dies has
its slice retried by Ray once the actor is restarted.

Every node must see the inputs, the output folder and the translation memory at the same
paths (one machine, or a shared file system), and have briefgen installed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import pickle
import tempfile
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

from briefgen.batch import translator
from briefgen.batch.manifest import resume_settings
from briefgen.batch.plan import Job, output_suffix
from briefgen.batch.run import FileCounts, Observer, Outcome, run
from briefgen.batch.translator import FileTranslator, job_outputs
from briefgen.batch.workermemory import WorkerMemory, merge_parts
from briefgen.errors import BackendError, BriefgenError, InputError
from briefgen.translate.stack import Stack, StackSettings, open_stack

log = logging.getLogger(__name__)

LOCAL_CLUSTER_CONFIG = {"prestart_worker_first_driver": False, "enable_metrics_collection": False}
"""Ray settings of a cluster started by the run itself (an existing one keeps its own)."""

INSTALL_HINT = "--engine ray needs Ray: pip install 'briefgen[ray]'"


def import_ray():
    """The ``ray`` module, or a one-line error naming the extra that installs it."""
    try:
        import ray
    except ImportError as exc:
        raise BackendError(INSTALL_HINT) from exc
    return ray


class RayTranslator:
    """Reads, translates and writes jobs on a Ray cluster; the :class:`Convert` of a run
    with ``--engine ray``. ``stack`` is the driver's: its settings (with the backend it
    resolved) are what each actor opens; the driver's own model is never loaded."""

    def __init__(
        self,
        stack: Stack,
        *,
        workers: int = 1,
        address: str | None = None,
        article_only: bool = False,
        formats: dict | None = None,
        report: bool = False,
        group_files: int | None = None,
    ) -> None:
        threads = stack.settings.threads or 1
        self.settings = dataclasses.replace(
            stack.settings, backend=stack.signature.backend, threads=threads
        )
        self.workers = workers
        self.address = address
        self.article_only = article_only
        self.formats = formats or {}
        self.report = report
        self.group_files = group_files or translator.GROUP_FILES

    def outputs(self, job: Job) -> list[Path]:
        return job_outputs(job, self.formats)

    def __call__(self, jobs: Sequence[Job], observer: Observer) -> Iterator[Outcome]:
        if not jobs:
            return
        ray = import_ray()
        connect(ray, self.address)
        tm = self.settings.tm
        if tm is not None:
            merge_parts(tm)  # what a killed run's workers recorded
        run_id = uuid.uuid4().hex[:12]
        by_target = {str(job.target): job for job in jobs}
        size = self.group_files
        slices = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        # A killed actor is started again and its slices are run again on it.
        actor = ray.remote(SliceWorker).options(
            num_cpus=self.settings.threads, max_restarts=-1, max_task_retries=-1
        )
        # Held here while the actors live: an actor started again after a kill is given
        # its settings (the glossary is too big to travel inline) from the object store.
        settings = ray.put(self.settings)
        actors = [
            actor.remote(
                settings,
                article_only=self.article_only,
                formats=self.formats,
                report=self.report,
                group_files=size,
                run_id=run_id,
                cache=os.environ.get("BRIEFGEN_CACHE"),
            )
            for _ in range(min(self.workers, len(slices)))
        ]
        try:
            for rows in spread(ray, actors, slices):
                for row in rows:
                    job = by_target[row["target"]]
                    observer.started(job)
                    yield decode(job, row)
        finally:
            # Closed before merging: each worker's memory file is complete and unlocked.
            with contextlib.suppress(Exception):
                ray.get([a.close.remote() for a in actors], timeout=60)
            for a in actors:
                ray.kill(a)
            if tm is not None:
                merge_parts(tm, run_id=run_id)


def spread(ray, actors: Sequence, slices: Sequence[Sequence[Job]]) -> Iterator[list[dict]]:
    """The rows of each slice as it finishes, every actor kept two slices ahead so it never
    waits for the driver between them."""
    todo = deque(slices)
    running: dict = {}

    def submit(actor) -> None:
        if todo:
            pairs = [(str(j.source), str(j.target)) for j in todo.popleft()]
            running[actor.translate.remote(pairs)] = actor

    for actor in actors:
        submit(actor)
        submit(actor)
    while running:
        [done], _ = ray.wait(list(running), num_returns=1)
        submit(running.pop(done))
        yield ray.get(done)


def remember_on_ray(
    files: Sequence[Path], stack: Stack, *, workers: int = 1, address: str | None = None
) -> None:
    """Translate ``files`` on Ray into ``stack``'s translation memory (the sentences and the
    strings a briefing needs), so a :func:`~briefgen.pipeline.build_brief` of them then
    needs no model time: ``briefgen brief --engine ray``. A file that cannot be read is
    left for the briefing to report.

    Raises:
        InputError: the stack has no translation memory to fill.
    """
    if stack.settings.tm is None:
        raise InputError("--engine ray writes a briefing from the translation memory; drop --no-tm")
    with tempfile.TemporaryDirectory(prefix="briefgen-ray-") as scratch:
        outdir = Path(scratch)
        jobs = [
            Job(source, outdir / f"{i:06d}{output_suffix(source)}")
            for i, source in enumerate(files)
        ]
        convert = RayTranslator(stack, workers=workers, address=address)
        settings = resume_settings(stack.signature, article_only=False, formats={})
        with contextlib.suppress(InputError):  # a lone unreadable file: the briefing says why
            run(jobs, convert, outdir=outdir, settings=settings)


def connect(ray, address: str | None) -> None:
    """Join the cluster at ``address`` (``auto``: the one ``ray start`` runs here), or
    start a local one; a process already connected stays so."""
    if ray.is_initialized():
        return
    logging.getLogger("ray").setLevel(logging.ERROR)  # its notices would drown our lines
    # A cluster this process starts is only this batch's: no idle workers started ahead
    # (the actors start their own) and no metrics nobody collects; idle, Ray then uses a
    # third less CPU, which on a small machine is taken from the workers.
    local_only = {} if address else {"_system_config": LOCAL_CLUSTER_CONFIG}
    ray.init(
        address=address,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
        **local_only,
    )


class _Quiet:
    """A worker's observer: progress stays on the worker."""

    def planned(self, pending: Sequence[Job]) -> None: ...

    def started(self, job: Job) -> None: ...

    def advanced(self, done: int, total: int) -> None: ...

    def finished(self, event) -> None: ...


class SliceWorker:
    """One Ray actor: a translator stack, and a :class:`FileTranslator` run on each slice
    of jobs it is given. New sentences go to a memory file of its own
    (:class:`~briefgen.batch.workermemory.WorkerMemory`), merged by the driver."""

    def __init__(
        self,
        settings: StackSettings,
        *,
        article_only: bool,
        formats: dict,
        report: bool,
        group_files: int,
        run_id: str,
        cache: str | None = None,
    ) -> None:
        if cache:
            os.environ["BRIEFGEN_CACHE"] = cache  # converted models, as the driver sees them
        self.settings = settings
        self.run_id = run_id
        self.options = {
            "article_only": article_only,
            "formats": formats,
            "report": report,
            "group_files": group_files,
        }
        self.stack: Stack | None = None
        self.convert: FileTranslator | None = None

    def translate(self, pairs: list[tuple[str, str]]) -> list[dict]:
        """One row per job of the slice ``pairs`` (source, target), as :func:`encode`
        makes it."""
        jobs = [Job(Path(s), Path(t)) for s, t in pairs]
        convert = self._converter()
        remove_temp_files([p for job in jobs for p in convert.outputs(job)])
        return [encode(outcome) for outcome in self._outcomes(jobs)]

    def close(self) -> None:
        """Release the model and the memory file (the driver merges it next)."""
        stack, self.stack, self.convert = self.stack, None, None
        if stack is not None:
            stack.close()

    def _converter(self) -> FileTranslator:
        """The stack, opened on the first slice: Ray calls an actor on another thread than
        the one that built it, and a SQLite connection stays on its thread."""
        if self.convert is None:
            tm = self.settings.tm
            memory = WorkerMemory(tm, self.run_id) if tm is not None else None
            self.stack = open_stack(self.settings, memory=memory)
            self.convert = FileTranslator(self.stack, **self.options)
        return self.convert

    def _outcomes(self, jobs: list[Job]) -> Iterator[Outcome]:
        """:class:`FileTranslator`'s outcomes; an error that ends the run (the model will
        not load…) becomes every remaining job's outcome, for the driver to raise."""
        done: set[Job] = set()
        try:
            for outcome in self._converter()(jobs, _Quiet()):
                done.add(outcome.job)
                yield outcome
        except BriefgenError as exc:  # raised by _converter() too: a memory it cannot open
            yield from (Outcome(job, error=exc) for job in jobs if job not in done)

    def __del__(self) -> None:
        if getattr(self, "stack", None) is not None:
            self.stack.close()


def remove_temp_files(outputs: Sequence[Path]) -> None:
    """Delete the half-written temporary files of ``outputs``: what an earlier try of this
    slice left when its worker was killed mid-write (Ray then runs the slice again). Each
    folder is listed once, and other slices' temporary files are left alone."""
    by_folder: dict[Path, set[str]] = {}
    for path in outputs:
        by_folder.setdefault(path.parent, set()).add(path.name)
    for folder, names in by_folder.items():
        for leftover in folder.glob(".*.part") if folder.is_dir() else ():
            if leftover.name[1:].rsplit(".", 2)[0] in names:
                leftover.unlink(missing_ok=True)


def encode(outcome: Outcome) -> dict:
    """An outcome as one row of plain columns (JSON tallies, the pickled exception)."""
    counts = outcome.counts
    return {
        "target": str(outcome.job.target),
        "counts": ""
        if counts is None
        else json.dumps(
            {
                **counts.as_dict(),
                "outputs": [str(p) for p in counts.outputs],
                "report": counts.report,
            },
            ensure_ascii=False,
        ),
        "error": b"" if outcome.error is None else _pickled(outcome.error),
        "seconds": outcome.seconds,
    }


def decode(job: Job, row: dict) -> Outcome:
    """The :class:`Outcome` a worker's row stands for."""
    error = pickle.loads(row["error"]) if len(row["error"]) else None
    if not row["counts"]:
        return Outcome(job, error=error, seconds=float(row["seconds"]))
    raw = json.loads(row["counts"])
    outputs = tuple(Path(p) for p in raw.pop("outputs"))
    counts = FileCounts(**raw, outputs=outputs)
    return Outcome(job, counts, seconds=float(row["seconds"]))


def _pickled(exc: BaseException) -> bytes:
    """``exc`` pickled, or, when it cannot make the trip, an error saying what it was."""
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)
    except Exception:
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
    return data
