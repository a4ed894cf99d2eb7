"""Peak memory and CPU time of ``briefgen translate`` on a 2,000-word article, end to end:
reading, segmenting, the CTranslate2 int8 model, the glossary guarantee, writing.

The model is the opus-mt-vi-en-shaped random model of ``translate_speed.py`` (same
architecture and vocabulary size as the real one), converted to int8. The article is the
longest seed article in ../shared/seeds, topped up to 2,000 words with the next one's
paragraphs. A random model never ends a sentence, so every translation runs to the
product's own length cap (twice the source plus 10 subwords): the worst case for memory.

Peak RSS is the child process's ``ru_maxrss``, which other processes on the machine do
not change; CPU time is steadier than wall time on a shared machine.

    python benchmarks/article_memory.py --workdir /tmp/models
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
TARGET_MB = 600


def article(words: int) -> str:
    """The longest seed article, then paragraphs of the next longest, up to ``words``."""
    seeds = sorted(SEEDS.glob("*.txt"), key=lambda p: -len(p.read_text("utf-8").split()))
    if not seeds:
        sys.exit(f"no seed articles in {SEEDS}")
    lines = seeds[0].read_text("utf-8").rstrip("\n").split("\n")
    count = sum(len(line.split()) for line in lines)
    for extra in seeds[1:]:
        for line in extra.read_text("utf-8").split("\n")[1:]:  # not its title
            if count >= words:
                return "\n".join(lines) + "\n"
            lines.append(line)
            count += len(line.split())
    return "\n".join(lines) + "\n"


def main() -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from translate_speed import build_ct2

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--workdir", type=Path, help="keep the built models here (reused)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        _, model = build_ct2(work)
        source = Path(tmp) / "article.txt"
        text = article(args.words)
        source.write_text(text, "utf-8")
        command = [sys.executable, "-m", "briefgen", "translate", str(source)]
        command += ["-o", str(Path(tmp) / "out"), "-m", str(model), "--backend", "ctranslate2"]
        command += ["--no-tm", "--threads", str(args.threads), "--beam-size", str(args.beam_size)]
        command += ["--quiet"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"briefgen translate failed:\n{done.stderr[-2000:]}")
        cpu = (usage.ru_utime - before.ru_utime) + (usage.ru_stime - before.ru_stime)
        peak_mb = usage.ru_maxrss / 1024
        verdict = "under" if peak_mb < TARGET_MB else "OVER"
        print(
            f"{len(text.split())} words, beam {args.beam_size}, {args.threads} threads: "
            f"{seconds:.1f} s wall, {cpu:.1f} s CPU, peak {peak_mb:.0f} MB "
            f"({verdict} the {TARGET_MB} MB target)"
        )


if __name__ == "__main__":
    main()
