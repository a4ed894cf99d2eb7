"""The record of a batch's finished files, kept in its output folder so a rerun resumes.

``.briefgen-manifest.jsonl`` holds one JSON line per finished file: its output (relative
to the folder; the key), source, settings checksum, every file it wrote (side outputs
too), its tallies and, when a report was asked for, its report entry. Lines are only ever
appended: the file is read once when a run starts, and the last line for an output wins.
A line cut short by a kill is skipped; a later run starts on a fresh line.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from briefgen.errors import write_failure
from briefgen.translate.signature import Signature

log = logging.getLogger(__name__)

MANIFEST_NAME = ".briefgen-manifest.jsonl"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a run needs to know of a finished file to skip it (not its report)."""

    source: str
    settings: str
    outputs: tuple[str, ...]
    reported: bool


class Manifest:
    """Which outputs in ``outdir`` are complete, and with which settings they were made."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.path = outdir / MANIFEST_NAME
        self.entries: dict[str, Entry] = {}
        self._out: IO[bytes] | None = None
        for _, record in _records(self.path):
            self.entries[record["output"]] = Entry(
                record["source"],
                sys.intern(record["settings"]),  # one string for a whole run's files
                tuple(record["outputs"]),
                "report" in record,
            )

    def key(self, path: Path) -> str:
        return path.relative_to(self.outdir).as_posix()

    def is_done(
        self, source: Path, outputs: Sequence[Path], settings: str, *, report: bool = False
    ) -> bool:
        """Every one of ``outputs`` (the first is the main one) exists and is newer than
        ``source``, and the last record of it says it was made from ``source`` with
        ``settings`` (and kept its report entry, when ``report``)."""
        entry = self.entries.get(self.key(outputs[0]))
        if entry is None or entry.settings != settings:
            return False
        if entry.source != str(source.resolve()) or (report and not entry.reported):
            return False
        if not {self.key(p) for p in outputs} <= set(entry.outputs):
            return False
        try:
            since = source.stat().st_mtime_ns
            return all(p.stat().st_mtime_ns >= since for p in outputs)
        except OSError:
            return False

    def record(
        self,
        source: Path,
        outputs: Sequence[Path],
        settings: str,
        counts: dict,
        report: dict | None = None,
    ) -> None:
        """Append that ``outputs`` were made from ``source`` with ``settings``."""
        record = {
            "output": self.key(outputs[0]),
            "source": str(source.resolve()),
            "settings": settings,
            "outputs": [self.key(p) for p in outputs],
            "counts": counts,
        }
        if report is not None:
            record["report"] = report
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            out = self._appender()
            out.write(line.encode("utf-8"))
            out.flush()
        except OSError as exc:  # a full disk ends the run in one line; a rerun resumes
            self.close()
            raise write_failure(self.path, exc) from exc
        self.entries[record["output"]] = Entry(
            record["source"], settings, tuple(record["outputs"]), report is not None
        )

    def _appender(self) -> IO[bytes]:
        if self._out is None:
            self.outdir.mkdir(parents=True, exist_ok=True)
            self._out = self.path.open("ab")
            if self._out.tell() and not _ends_with_newline(self.path):
                self._out.write(b"\n")  # a line cut short by a kill stays a line apart
        return self._out

    def close(self) -> None:
        out, self._out = self._out, None
        if out is not None:
            # What could not be flushed was never recorded: the next run redoes it.
            with contextlib.suppress(OSError):
                out.close()


def stored_reports(outdir: Path, outputs: Iterable[Path]) -> Iterator[dict]:
    """The report entries last recorded in ``outdir``'s manifest for ``outputs``, in
    their order; outputs with none are left out. Holds only offsets in memory."""
    path = outdir / MANIFEST_NAME
    latest: dict[str, int] = {}
    for offset, record in _records(path):
        if "report" in record:
            latest[record["output"]] = offset
        else:
            latest.pop(record["output"], None)
    if not latest:
        return
    with path.open("rb") as fh:
        for output in outputs:
            offset = latest.get(output.relative_to(outdir).as_posix())
            if offset is not None:
                fh.seek(offset)
                yield json.loads(fh.readline())["report"]


def _records(path: Path) -> Iterator[tuple[int, dict]]:
    """``(offset, record)`` of every readable line of a manifest, in file order."""
    try:
        fh = path.open("rb")
    except OSError:
        return
    with fh:
        offset = 0
        for line in fh:
            record = _parse(line)
            if record is not None:
                yield offset, record
            offset += len(line)


def _parse(line: bytes) -> dict | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict) or not {"output", "source", "settings"} <= record.keys():
        return None
    record.setdefault("outputs", [record["output"]])
    return record


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, 2)
        return fh.read(1) == b"\n"


def resume_settings(signature: Signature, *, article_only: bool, formats: dict) -> str:
    """What decides whether an existing output can be kept: the run's translation
    signature and its output options (``article_only``, the side formats…)."""
    return signature.digest(article_only=article_only, formats=formats)


def remove_stale_temp_files(target: Path) -> None:
    """Delete what a killed atomic write of ``target`` left behind."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        leftover.unlink(missing_ok=True)


class TempFileSweeper:
    """:func:`remove_stale_temp_files` for many outputs, listing each folder once (not
    once per output, which is quadratic in a flat folder of many files)."""

    def __init__(self) -> None:
        self._parts: dict[Path, list[str]] = {}

    def sweep(self, target: Path) -> None:
        """Delete the partial writes of ``target`` a killed run left."""
        parts = self._parts.get(target.parent)
        if parts is None:
            try:
                names = [e.name for e in os.scandir(target.parent)]
            except OSError:
                names = []
            parts = [n for n in names if n.startswith(".") and n.endswith(".part")]
            self._parts[target.parent] = parts
        prefix = f".{target.name}."
        for name in [n for n in parts if n.startswith(prefix)]:
            (target.parent / name).unlink(missing_ok=True)
            parts.remove(name)
