"""Batch throughput of the local engine against Ray: files/s and peak memory.

Generates N small Vietnamese documents (one to four sentences drawn from the sample
articles, each numbered so no two are alike), builds a fast tiny Marian model converted to
CTranslate2 int8 (``briefgen.translate.tinymodels``), and runs ``briefgen translate`` on
them in a fresh subprocess per engine: the local engine, then Ray with each ``--workers``
count (each worker one thread, ``--threads 1``). The time is the whole command, Ray's
start-up included; the memory is the peak of the summed resident memory of the command's
process tree (driver, raylet, workers), sampled from /proc, and the CPU time that tree's
(Ray's own processes included). On a machine other jobs share, files per CPU-second is the
steadier figure; ``load`` is the 1-minute load average when the run ended.

    python benchmarks/batch_engines.py --files 1000 10000 --engine local ray --workers 1 2
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from process_tree import descendants, proc_stats  # noqa: E402  (shared with the tests)


def sample_sentences() -> list[str]:
    from briefgen.ingest import read_document
    from briefgen.pipeline import ARTICLE_ROLES
    from briefgen.segment import segment_document

    seen: dict[str, None] = {}
    for path in sorted((ROOT / "samples").glob("*.txt")):
        for segment in segment_document(read_document(path), roles=ARTICLE_ROLES):
            seen.setdefault(segment.text)
    return list(seen)


def build_model(work: Path) -> Path:
    """A tiny random Marian model in CTranslate2 int8: fast, so the engines' overhead shows."""
    from briefgen.glossary import load_glossaries
    from briefgen.translate.tinymodels import build_marian, convert_ct2

    ct2 = work / "ct2"
    if not (ct2 / "model.bin").exists():
        vi = sample_sentences()
        en = [e.en for e in load_glossaries()]
        hf = build_marian(work / "hf", vi, en)
        convert_ct2(hf, ct2)
    return ct2


def make_documents(folder: Path, count: int) -> Path:
    if folder.is_dir() and len(list(folder.rglob("*.txt"))) == count:
        return folder
    pool = sample_sentences()
    rng = random.Random(count)
    for i in range(count):
        path = folder / f"d{i // 1000:03d}" / f"doc-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"{rng.choice(pool)} ({i}.{k})" for k in range(rng.randint(1, 4))]
        path.write_text("\n\n".join(lines) + "\n", "utf-8")
    return folder


TICKS = os.sysconf("SC_CLK_TCK")


def tree_usage(pid: int) -> tuple[int, dict[int, float]]:
    """Resident bytes of ``pid`` and every process below it, and each one's CPU seconds
    so far."""
    stats = proc_stats()
    tree = {pid} | descendants(pid, stats)
    rss = {p: int(fields[21]) * 4096 for p, fields in stats.items()}
    cpu = {p: (int(fields[11]) + int(fields[12])) / TICKS for p, fields in stats.items()}
    return sum(rss.get(p, 0) for p in tree), {p: cpu[p] for p in tree if p in cpu}


def run(docs: Path, out: Path, model: Path, engine: str, workers: int) -> tuple[float, int, float]:
    """Seconds, peak tree memory and CPU seconds of the whole process tree (each process's
    last sample: a process that lives less than a sampling interval is missed) of one
    ``briefgen translate`` of ``docs``."""
    args = [sys.executable, "-m", "briefgen", "translate", str(docs), "-o", str(out)]
    args += ["--model", str(model), "--backend", "ctranslate2", "--beam-size", "1"]
    args += ["--no-tm", "-q"]
    if engine == "ray":
        args += ["--engine", "ray", "--workers", str(workers), "--threads", "1"]
    start = time.monotonic()
    proc = subprocess.Popen(args)
    peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        rss, used = tree_usage(proc.pid)
        peak = max(peak, rss)
        cpu |= used
        time.sleep(0.25)
    seconds = time.monotonic() - start
    if proc.returncode:
        raise SystemExit(f"{engine} run failed with status {proc.returncode}")
    return seconds, peak, sum(cpu.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[1000])
    parser.add_argument("--engine", nargs="+", choices=["local", "ray"], default=["local", "ray"])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--work", type=Path, help="Folder kept between runs (default: temp).")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="briefgen-engines-"))
    model = build_model(work / "model")
    print(
        f"{'files':>6} {'engine':<12} {'seconds':>8} {'files/s':>8} {'CPU s':>8} "
        f"{'files/CPU-s':>11} {'peak MiB':>9} {'load':>5}"
    )
    for count in args.files:
        docs = make_documents(work / f"docs-{count}", count)
        runs = [("local", 1)] if "local" in args.engine else []
        runs += [("ray", n) for n in args.workers] if "ray" in args.engine else []
        for engine, workers in runs:
            name = engine if engine == "local" else f"ray x{workers}"
            out = work / f"out-{count}-{engine}-{workers}"
            subprocess.run(["rm", "-rf", str(out)], check=True)
            seconds, peak, cpu = run(docs, out, model, engine, workers)
            print(
                f"{count:>6} {name:<12} {seconds:>8.1f} {count / seconds:>8.1f} {cpu:>8.1f} "
                f"{count / cpu:>11.1f} {peak / 2**20:>9.0f} {os.getloadavg()[0]:>5.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
