"""How time and memory grow with input size, for each input family that once grew
quadratically or worse (issue 15); near-linear growth shows as a steady time per unit.

    PYTHONPATH=src python benchmarks/scaling.py [--family lines] [--max 100000]

Each run reads, translates and writes through the real pipeline (reader, segmenter,
glossary guarantee with the built-in glossary, writer) with an instant echo translator, so
only briefgen's own work is timed. Each size runs in a fresh process, whose peak resident
memory is reported.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from briefgen.translate.base import DecodeOptions, Translator

SENTENCE = "Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính ngày 21/3."
WORDS = ["Hội", "nghị", "ASEAN", "lần", "thứ", "21", "tại", "Hà", "Nội"]


class Echo(Translator):
    """Returns each sentence as its own translation, instantly."""

    backend = "echo"
    model_id = "echo"

    def translate_batch(
        self, texts: Sequence[str], *, options: DecodeOptions = DecodeOptions()
    ) -> list[str]:
        return list(texts)


def _translate(name: str, data: bytes) -> Callable[[], None]:
    """Reading, translating and writing ``data`` as a file called ``name``, to time."""
    return lambda: _pipeline(name, data)


def _pipeline(name: str, data: bytes) -> None:
    from briefgen.formats import format_named
    from briefgen.glossary import load_glossaries
    from briefgen.ingest import read_bytes
    from briefgen.pipeline import translate_document
    from briefgen.translate.stack import StackSettings, open_stack

    settings = StackSettings(model="echo", glossary=load_glossaries())
    with open_stack(settings, model=Echo()) as stack:
        document = read_bytes(data, name)
        result = translate_document(document, stack)
        format_named(document.format).render(result)


def lines(n: int) -> Callable[[], None]:
    return _translate("a.txt", ("\n".join([SENTENCE] * n) + "\n").encode())


def sentence(n: int) -> Callable[[], None]:
    """One unpunctuated sentence of ``n`` words, full of terms and numbers."""
    words = (WORDS * (n // len(WORDS) + 1))[:n]
    return _translate("a.txt", (" ".join(words) + "\n").encode())


def term(n: int) -> Callable[[], None]:
    """``glossary check`` of a term ``n`` syllables long made of other terms."""
    from briefgen.glossary import load_glossaries
    from briefgen.glossary.check import check_entries
    from briefgen.records import Entry

    entries = list(load_glossaries())
    long_vi = " ".join(("Hội nghị ASEAN " * (n // 3 + 1)).split()[:n])
    return lambda: check_entries([*entries, Entry(long_vi, "A very long meeting")])


def _docx(paragraphs: int, runs: int) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.add_paragraph(SENTENCE)
    for _ in range(paragraphs):
        p = document.add_paragraph()
        for i in range(runs):
            run = p.add_run(WORDS[i % len(WORDS)] + " ")
            run.font.size = Pt(8 + i % 20)  # distinct formatting, run after run
            run.bold = bool(i % 2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def runs(n: int) -> Callable[[], None]:
    return _translate("a.docx", _docx(1, n))


def paragraphs(n: int) -> Callable[[], None]:
    return _translate("a.docx", _docx(n, 1))


def html_unclosed(n: int) -> Callable[[], None]:
    body = f"<p>{SENTENCE}" + f"<p>{SENTENCE}<span>" * n
    return _translate("a.html", f"<html><body><h1>{SENTENCE}</h1>{body}</body></html>".encode())


def html_nested(n: int) -> Callable[[], None]:
    body = "<b>" * n + SENTENCE + "</b>" * n
    return _translate(
        "a.html", f"<html><body><p>{SENTENCE}</p><p>{body}</p></body></html>".encode()
    )


FAMILIES: dict[str, tuple[Callable[[int], Callable[[], None]], tuple[int, ...]]] = {
    "lines": (lines, (1_000, 10_000, 40_000, 100_000)),
    "sentence": (sentence, (1_000, 3_400, 10_000)),
    "term": (term, (250, 1_000, 2_000)),
    "runs": (runs, (1_000, 5_000, 20_000, 50_000)),
    "paragraphs": (paragraphs, (1_000, 10_000, 50_000)),
    "html-unclosed": (html_unclosed, (1_000, 10_000, 100_000)),
    "html-nested": (html_nested, (100, 1_000, 100_000)),
}


def measure(family: str, size: int) -> dict:
    """Run one size in this process: seconds (building the input not counted) and peak
    resident MiB."""
    work = FAMILIES[family][0](size)
    start = time.perf_counter()
    error = None
    try:
        work()
    except Exception as exc:  # a refusal is a result too: it must be fast and small
        error = f"{type(exc).__name__}: {exc}"[:100]
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"family": family, "size": size, "seconds": seconds, "peak_mib": peak, "error": error}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", choices=FAMILIES, action="append")
    parser.add_argument("--max", type=int, default=None, help="skip sizes above this")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]))))
        return
    print(f"{'family':<14} {'size':>8} {'seconds':>8} {'µs/unit':>8} {'peak MiB':>9}  note")
    for family in args.family or FAMILIES:
        for size in FAMILIES[family][1]:
            if args.max and size > args.max:
                continue
            try:
                child = subprocess.run(
                    [sys.executable, __file__, "--one", family, str(size)],
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                )
                row = json.loads(child.stdout.strip().splitlines()[-1])
            except subprocess.TimeoutExpired:
                print(f"{family:<14} {size:>8} {'>' + str(int(args.timeout)):>8}")
                continue
            per_unit = row["seconds"] / size * 1e6
            note = row["error"] or ""
            print(
                f"{family:<14} {size:>8} {row['seconds']:>8.2f} {per_unit:>8.1f} "
                f"{row['peak_mib']:>9.0f}  {note}",
                flush=True,
            )


if __name__ == "__main__":
    main()
