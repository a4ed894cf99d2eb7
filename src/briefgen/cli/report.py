"""How a batch run shows itself: progress bars on a terminal, plain lines when piped,
JSON lines for scripts, or nothing but errors with ``--quiet``."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import click

from briefgen.batch import FileEvent, Job, Status, Summary


class Lines:
    """One line per file on stdout, failures on stderr, a summary at the end."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    def planned(self, pending: Sequence[Job]) -> None: ...

    def started(self, job: Job) -> None: ...

    def advanced(self, done: int, total: int) -> None: ...

    def finished(self, event: FileEvent) -> None:
        if event.status is Status.FAILED:
            self.write(f"error: {event.error}", err=True)
        elif not self.quiet:
            detail = (
                "up to date, skipped"
                if event.status is Status.SKIPPED
                else f"{event.segments} segments, {event.terms_required} terms required, "
                f"{event.terms_satisfied} satisfied"
            )
            self.write(f"{event.job.source} → {event.job.target} ({detail})")

    def write(self, line: str, *, err: bool = False) -> None:
        click.echo(line, err=err)

    def summary(self, summary: Summary) -> None:
        if not self.quiet and (summary.total > 1 or summary.failed):
            counts = ", ".join(f"{summary.count(s)} {s}" for s in Status)
            click.echo(counts, err=True)

    def close(self) -> None: ...


class Bars(Lines):
    """:class:`Lines`, with an overall bar (by input size, with time left) and a bar for
    the file being translated (by segment) on stderr."""

    def planned(self, pending: Sequence[Job]) -> None:
        from tqdm import tqdm

        sizes = {job: _size(job) for job in pending}
        self.sizes, self.count, self.done = sizes, len(pending), 0
        self.overall = tqdm(
            total=sum(sizes.values()), unit="B", unit_scale=True, position=0, file=sys.stderr
        )
        self.current = tqdm(total=0, unit="seg", position=1, leave=False, file=sys.stderr)

    def started(self, job: Job) -> None:
        self.overall.set_description(f"{self.done + 1}/{self.count} files")
        self.current.reset(total=0)
        self.current.set_description(job.source.name)

    def advanced(self, done: int, total: int) -> None:
        if self.current.total != total:
            self.current.reset(total=total)
        self.current.update(done - self.current.n)

    def finished(self, event: FileEvent) -> None:
        super().finished(event)
        if event.status is not Status.SKIPPED and hasattr(self, "overall"):
            self.done += 1
            self.overall.update(self.sizes.get(event.job, 0))

    def write(self, line: str, *, err: bool = False) -> None:
        from tqdm import tqdm

        tqdm.write(line, file=sys.stderr if err else sys.stdout)

    def close(self) -> None:
        for bar in (getattr(self, "current", None), getattr(self, "overall", None)):
            if bar is not None:
                bar.close()


class JsonLines(Lines):
    """One JSON object per file on stdout (file, status, segments, seconds, error…), and
    one for the summary; failures are also one line on stderr."""

    def finished(self, event: FileEvent) -> None:
        click.echo(json.dumps({"event": "file", **event.as_dict()}, ensure_ascii=False))
        if event.status is Status.FAILED:
            click.echo(f"error: {event.error}", err=True)

    def summary(self, summary: Summary) -> None:
        click.echo(json.dumps(summary.as_dict()))


def _size(job: Job) -> int:
    try:
        return job.source.stat().st_size
    except OSError:
        return 0


def reporter(*, quiet: bool, log_json: bool) -> Lines:
    """The view a run asked for; bars only when stderr is a terminal."""
    if log_json:
        return JsonLines()
    if quiet:
        return Lines(quiet=True)
    return Bars() if sys.stderr.isatty() else Lines()
