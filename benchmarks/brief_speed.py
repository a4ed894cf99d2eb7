"""Time ``brief`` of a 5-article digest against ``translate`` of the same articles.

Issue 13 asks for a digest of five ~2,000-character articles in under 60 s (CTranslate2,
beam 4, 2 cores, a model of opus-mt-vi-en's size); issue 20 asks ``brief`` within 1.2×
the time of ``translate`` of the same text. The model is the random one
``benchmarks/translate_speed.py`` builds, with exactly opus-mt-vi-en's architecture and
vocabulary size, converted to CTranslate2 int8; decoding is capped where a real model
would stop (``--max-len-a 1.25 --max-len-b 0``, see that script's docstring).

The articles are the sample articles (or ``../shared/seeds``) cut to their first whole
paragraphs up to ``--chars`` characters; with ``--article-words N``, one article of N
words instead (the longest seed article topped up, as ``article_memory.py`` makes it),
for issue 20's single-article ratio. Both commands run in this process through the
library, exactly as the CLI runs them (``batch.run`` with ``FileTranslator``;
``build_brief`` and ``write_docx``), without a translation memory so neither answers
from the other's work, alternating, ``--repeat`` times each; the best time of each is
kept. The model is loaded (and warmed up) once, outside the timings. On a machine others
are using, compare the ratio printed by one run, not seconds across runs.

    python benchmarks/brief_speed.py --workdir /tmp/brief-models
    python benchmarks/brief_speed.py --article-words 2000 --repeat 1
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from article_memory import article  # noqa: E402  (sibling scripts)
from translate_speed import build_ct2  # noqa: E402


def articles(folder: Path, count: int, chars: int) -> list[Path]:
    """``count`` articles of about ``chars`` characters each: the first whole lines of the
    sample articles (title first), written to ``folder``."""
    sources = sorted((ROOT / "samples").glob("*.txt")) or sorted(
        (ROOT.parent / "shared" / "seeds").glob("*.txt")
    )
    written = []
    for source in sources[:count]:
        kept: list[str] = []
        for line in source.read_text("utf-8").splitlines():
            if kept and sum(len(k) + 1 for k in kept) + len(line) > chars:
                break
            kept.append(line)
        target = folder / source.name
        target.write_text("\n".join(kept) + "\n", "utf-8")
        written.append(target)
    return written


def cpu_seconds() -> float:
    """CPU time of this process, CTranslate2's threads included: on a machine others are
    using it varies far less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_translate(stack, files: list[Path], outdir: Path) -> None:
    """``briefgen translate FILES -o OUTDIR --overwrite``."""
    from briefgen import batch

    jobs = batch.plan([str(f) for f in files], outdir)
    convert = batch.FileTranslator(stack)
    settings = batch.resume_settings(stack.signature, article_only=False, formats={})
    summary = batch.run(jobs, convert, outdir=outdir, settings=settings, overwrite=True)
    assert summary.exit_code == 0, summary.failed


def run_brief(stack, files: list[Path], target: Path) -> None:
    """``briefgen brief FILES -o TARGET``."""
    from briefgen.pipeline import build_brief
    from briefgen.render.briefing import write_docx
    from briefgen.render.templates import find_template

    write_docx(build_brief(files, stack), find_template("default"), target)


def main() -> None:
    from briefgen.glossary import load_glossaries
    from briefgen.translate import DecodeOptions
    from briefgen.translate.stack import StackSettings, open_stack

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--chars", type=int, default=2000, help="characters per article")
    parser.add_argument(
        "--article-words", type=int, help="one article of this many words instead of a digest"
    )
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-len-a", type=float, default=1.25, help="cap: a × source + b")
    parser.add_argument("--max-len-b", type=int, default=0, help="cap: a × source + b")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each command")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one brief here")
    parser.add_argument("--workdir", type=Path, help="keep the built model here (reused)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        _, model = build_ct2(work)
        folder = Path(tmp) / "articles"
        folder.mkdir()
        if args.article_words:
            files = [folder / "article.txt"]
            files[0].write_text(article(args.article_words), "utf-8")
        else:
            files = articles(folder, args.articles, args.chars)
        sizes = [len(f.read_text("utf-8")) for f in files]
        words = sum(len(f.read_text("utf-8").split()) for f in files)
        options = DecodeOptions(
            beam_size=args.beam_size, max_len_a=args.max_len_a, max_len_b=args.max_len_b
        )
        settings = StackSettings(
            str(model),
            backend="ctranslate2",
            options=options,
            threads=args.threads,
            glossary=load_glossaries(),
        )
        with open_stack(settings) as stack:
            start = time.perf_counter()
            stack.translator.translate_batch(["Hội nghị ASEAN."], options=options)  # load
            load = time.perf_counter() - start
            times: dict[str, list[float]] = {"translate": [], "brief": []}
            cpu: dict[str, list[float]] = {"translate": [], "brief": []}
            for i in range(args.repeat):
                for name in ("translate", "brief"):
                    start, used = time.perf_counter(), cpu_seconds()
                    if name == "translate":
                        run_translate(stack, files, Path(tmp) / f"en{i}")
                    else:
                        run_brief(stack, files, Path(tmp) / f"brief{i}.docx")
                    times[name].append(time.perf_counter() - start)
                    cpu[name].append(cpu_seconds() - used)
                    print(
                        f"{name}: {times[name][-1]:.1f} s, {cpu[name][-1]:.1f} s CPU",
                        file=sys.stderr,
                    )
            if args.profile:
                import cProfile

                cProfile.runctx(
                    "run_brief(stack, files, target)",
                    globals(),
                    {"stack": stack, "files": files, "target": Path(tmp) / "p.docx"},
                    str(args.profile),
                )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    best = {name: min(t) for name, t in times.items()}
    least = {name: min(t) for name, t in cpu.items()}
    print(
        f"{len(files)} article(s) of {', '.join(map(str, sizes))} characters "
        f"({words} words), CTranslate2 int8, beam "
        f"{args.beam_size}, {args.threads} threads, cap {args.max_len_a}×source+{args.max_len_b}"
    )
    print(f"model load and warm-up: {load:.1f} s (not in the times below)")
    for name in ("translate", "brief"):
        print(
            f"{name + ':':<11}{best[name]:6.1f} s wall, {least[name]:6.1f} s CPU "
            f"(best of {args.repeat}; CPU / {args.threads} threads ≈ wall on an idle machine)"
        )
    print(
        f"brief / translate: {best['brief'] / best['translate']:.2f}× wall, "
        f"{least['brief'] / least['translate']:.2f}× CPU"
    )
    print(f"peak RSS: {peak:.0f} MB; 1-minute load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
