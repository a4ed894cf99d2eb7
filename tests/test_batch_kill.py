"""A batch killed with SIGKILL mid-run is finished by running the same command again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from briefgen.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
FILES = 6


def make_inputs(folder: Path) -> int:
    """Six articles of distinct Vietnamese sentences; returns how many sentences."""
    sentences = [
        s
        for sample in sorted((ROOT / "samples").glob("*.txt"))
        for s in split_sentences(sample.read_text("utf-8").replace("\n", " "))
        if 20 < len(s) < 250 and split_sentences(s) == [s]
    ]
    lines = list(dict.fromkeys(sentences))
    per_file = 4
    assert len(lines) >= FILES * per_file
    for i in range(FILES):
        sub = folder / ("early" if i < 3 else "late")
        sub.mkdir(parents=True, exist_ok=True)
        chunk = lines[i * per_file : (i + 1) * per_file]
        (sub / f"{i}.txt").write_text("\n".join(chunk) + "\n", "utf-8")
    return FILES * per_file


def command(folder: Path, out: Path, tm: Path, model: Path) -> list[str]:
    return [
        sys.executable, "-m", "briefgen", "translate", str(folder), "-o", str(out),
        "--model", str(model), "--tm", str(tm), "--log-json", "--threads", "1",
        "--beam-size", "1",
    ]  # fmt: skip


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def test_rerun_after_kill_finishes_without_redoing(tiny_marian, tmp_path):
    folder, out, tm = tmp_path / "in", tmp_path / "out", tmp_path / "tm.sqlite3"
    sentences = make_inputs(folder)
    argv = command(folder, out, tm, tiny_marian)

    first = subprocess.Popen(argv, env=environment(), stdout=subprocess.PIPE, text=True)
    event = json.loads(first.stdout.readline())  # the first file is written and recorded
    first.send_signal(signal.SIGKILL)
    first.wait()
    first.stdout.close()
    assert event["status"] == "translated" and first.returncode == -signal.SIGKILL
    done_before = len(list(out.rglob("*.en.txt")))
    assert 1 <= done_before < FILES
    lines = {ln for f in folder.rglob("*.txt") for ln in f.read_text("utf-8").splitlines()}
    stored = {row[0] for row in sqlite3.connect(tm).execute("SELECT source FROM segments")}
    remembered = len(lines & stored)  # the memory also keeps what a later brief would need

    rerun = subprocess.run(argv, env=environment(), capture_output=True, text=True, timeout=400)
    assert rerun.returncode == 0, rerun.stderr
    events = [json.loads(line) for line in rerun.stdout.splitlines()]
    files = [e for e in events if e["event"] == "file"]
    summary = events[-1]
    assert summary["skipped"] >= 1 and summary["translated"] == FILES - summary["skipped"]
    assert len({e["file"] for e in files}) == FILES

    outputs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert outputs == [".briefgen-manifest.jsonl"] + [
        f"{'early' if i < 3 else 'late'}/{i}.en.txt" for i in range(FILES)
    ]  # every output once, no temp file left behind
    for i in range(FILES):
        sub = "early" if i < 3 else "late"
        source = (folder / sub / f"{i}.txt").read_text("utf-8").splitlines()
        lines = (out / sub / f"{i}.en.txt").read_text("utf-8").splitlines()
        assert len(lines) == len(source) and all(lines)

    # the model saw only what the killed run had not stored: fewer calls than a full run
    assert summary["translated_segments"] == sentences - remembered
    assert summary["translated_segments"] < sentences
