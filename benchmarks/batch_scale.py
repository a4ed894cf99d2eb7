"""Does a batch scale? Translates 1,000 and 10,000 small generated documents and prints,
for each, files per second, peak memory (RSS) and the manifest's size, then the same for
a rerun that finds everything done. Time should grow linearly and memory stay flat.

    PYTHONPATH=src python benchmarks/batch_scale.py [--counts 1000 10000] [--glossary]

The translator is a tiny random Marian model (:mod:`briefgen.translate.tinymodels`),
converted to CTranslate2 and decoded greedily with a short length limit, so the figures
measure the batch machinery (reading, segmenting, packing, translating, writing, the
manifest), not a real model. Each count runs in a fresh process, so its peak RSS is its
own: "loaded" is the RSS once the model is loaded, "peak" the highest RSS while the
files are translated and then skipped, "growth" the difference.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PER_FOLDER = 100


def sample_sentences() -> list[str]:
    from briefgen.segment import split_sentences

    lines = [
        line
        for f in sorted((ROOT / "samples").glob("*.txt"))
        for line in f.read_text("utf-8").splitlines()
    ]
    return [s for line in lines for s in split_sentences(line) if 20 < len(s) < 160]


def make_documents(folder: Path, count: int, sentences: list[str]) -> None:
    """``count`` .txt articles of a title and one or two short paragraphs, 100 a folder."""
    pick = random.Random(count).choice
    for i in range(count):
        path = folder / f"{i // PER_FOLDER:04d}" / f"{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [pick(sentences) for _ in range(1 + i % 3)]
        path.write_text("\n\n".join(lines) + "\n", "utf-8")


def rss_mib(field: str = "VmRSS") -> float:
    """This process's resident memory now (``VmRSS``) or at its peak (``VmHWM``), Linux."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise OSError(f"no {field} in /proc/self/status")


def reset_peak() -> None:
    """Start counting the peak RSS again from now (Linux 4.0+)."""
    Path("/proc/self/clear_refs").write_text("5")


def build_model(folder: Path) -> Path:
    from briefgen.translate.tinymodels import build_marian, convert_ct2

    sentences = sample_sentences()
    build_marian(folder / "hf", sentences, sentences)
    return convert_ct2(folder / "hf", folder / "ct2")


def one_run(model: Path, count: int, work: Path, glossary: bool) -> dict:
    """Generate, translate, then rerun (everything skipped); runs in its own process."""
    from briefgen import batch
    from briefgen.glossary import load_glossaries
    from briefgen.translate import DecodeOptions, load_translator
    from briefgen.translate.stack import StackSettings, open_stack

    inputs, out = work / "in", work / "out"
    make_documents(inputs, count, sample_sentences())
    translator = load_translator(str(model), backend="ctranslate2", threads=1)
    options = DecodeOptions(beam_size=1, max_length=16, max_len_b=4)
    terms = load_glossaries() if glossary else None
    translator.translate_batch(["Xin chào."], options=options)  # warm up
    loaded = rss_mib()
    reset_peak()
    results = {}
    for name in ("translate", "rerun"):
        stack = open_stack(StackSettings(options=options, glossary=terms), model=translator)
        convert = batch.FileTranslator(stack)
        start = time.perf_counter()
        jobs = batch.plan([str(inputs)], out)
        summary = batch.run(jobs, convert, outdir=out, settings="bench")
        seconds = time.perf_counter() - start
        expected = batch.Status.TRANSLATED if name == "translate" else batch.Status.SKIPPED
        assert summary.exit_code == 0 and summary.count(expected) == count
        results[name] = {"seconds": seconds, "files_per_s": count / seconds}
    return {
        "files": count,
        **results,
        "rss_loaded_mib": loaded,
        "rss_peak_mib": rss_mib("VmHWM"),
        "rss_end_mib": rss_mib(),
        "manifest_bytes": (out / batch.MANIFEST_NAME).stat().st_size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--glossary", action="store_true", help="enforce the built-in glossary")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)  # MODEL COUNT WORK
    args = parser.parse_args()
    if args.one:
        model, count, work = args.one
        print(json.dumps(one_run(Path(model), int(count), Path(work), args.glossary)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        model = build_model(Path(tmp) / "model")
        print("translator: tiny random Marian (CTranslate2, int8, greedy, ≤16 subwords)")
        print("glossary: " + ("built-in, enforced" if args.glossary else "none"))
        print(f"{'files':>7} {'files/s':>8} {'rerun/s':>9} loaded  peak  growth (MiB)  manifest")
        for count in args.counts:
            work = Path(tmp) / f"run{count}"
            argv = [sys.executable, __file__, "--one", str(model), str(count), str(work)]
            argv += ["--glossary"] if args.glossary else []
            line = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
            r = json.loads(line.strip().splitlines()[-1])
            growth = r["rss_peak_mib"] - r["rss_loaded_mib"]
            print(
                f"{count:>7} {r['translate']['files_per_s']:>8.0f} "
                f"{r['rerun']['files_per_s']:>9.0f} {r['rss_loaded_mib']:>6.0f} "
                f"{r['rss_peak_mib']:>5.0f} {growth:>7.1f}       "
                f"{r['manifest_bytes'] / 1024:>6.0f} KiB",
                flush=True,
            )


if __name__ == "__main__":
    main()
