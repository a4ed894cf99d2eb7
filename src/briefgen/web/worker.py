"""The background worker: one thread that runs queued jobs one after another.

Request handlers only add rows and wake it; a job never runs in a request. One job at a
time means two submitted together queue, each with its own folder and row, and the model
and translation memory are never shared between threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from briefgen.errors import BriefgenError
from briefgen.web.jobs import Job, JobStore
from briefgen.web.runner import run_job

log = logging.getLogger(__name__)

Run = Callable[[Job, JobStore], None]


class Worker:
    def __init__(self, store: JobStore, run: Run = run_job, *, poll_s: float = 2.0) -> None:
        self.store = store
        self.run = run
        self.poll_s = poll_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Requeue what a restart cut off, then start working through the queue."""
        for job_id in self.store.recover():
            log.warning("job %s was cut off by a restart; resuming it", job_id)
        self._thread = threading.Thread(target=self._loop, name="briefgen-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to stop after its current job (a job cut off is resumed later);
        whether it has stopped within ``timeout``."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _loop(self) -> None:
        while not self._stop.is_set():
            job = self.store.claim_next()
            if job is None:
                self._wake.wait(self.poll_s)
                self._wake.clear()
                continue
            self._process(job)

    def _process(self, job: Job) -> None:
        try:
            self.run(job, self.store)
        except BriefgenError as exc:
            self.store.fail(job.id, str(exc))
        except Exception as exc:  # a bug must fail its job, not the worker
            log.exception("job %s failed", job.id)
            self.store.fail(job.id, f"internal error ({type(exc).__name__}); see the server log")
        else:
            self.store.finish(job.id)
