"""How much glossary enforcement costs: time to translate the seed sentences with and
without it, on the same randomly initialised Marian model, and the ratio (target ≤ 1.3).

    PYTHONPATH=src python benchmarks/glossary_overhead.py [--size tiny|mid] [--beam 4]

The model is random, so almost every sentence with a term needs repair: the worst case.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from briefgen.glossary import load_glossaries
from briefgen.glossary.enforce import check, enforce_terms
from briefgen.segment import split_sentences
from briefgen.translate import DecodeOptions, load_translator
from briefgen.translate.tinymodels import TinySize, build_marian

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"tiny": TinySize(), "mid": TinySize(d_model=256, layers=3, heads=4, ffn=1024)}


def seed_sentences() -> list[str]:
    folder = ROOT.parent / "shared" / "seeds"
    files = sorted(folder.glob("*.txt")) or sorted((ROOT / "samples").glob("*.txt"))
    return [
        s
        for f in files
        for line in f.read_text("utf-8").splitlines()
        for s in split_sentences(line)
    ]


def timed(translator, sentences, options) -> tuple[float, list[str]]:
    start = time.perf_counter()
    out = translator.translate_batch(sentences, options=options)
    return time.perf_counter() - start, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="mid")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    sentences = seed_sentences()
    glossary = load_glossaries()
    with tempfile.TemporaryDirectory() as tmp:
        build_marian(Path(tmp), sentences, [e.en for e in glossary] + sentences, SIZES[args.size])
        plain = load_translator(tmp, threads=args.threads)
        enforced = enforce_terms(plain, glossary)
        options = DecodeOptions(beam_size=args.beam, max_length=args.max_length)
        timed(plain, sentences[:8], options)  # warm up
        base, _ = timed(plain, sentences, options)
        constrained, out = timed(enforced, sentences, options)
    checks = [c for s, o in zip(sentences, out, strict=True) for c in check(s, o, glossary)]
    terms = [c for c in checks if c.kind == "term"]
    print(f"{len(sentences)} seed sentences, {args.size} random Marian, beam {args.beam}")
    print(f"glossary terms required {len(terms)}, satisfied {sum(c.satisfied for c in terms)}")
    print(
        f"names/numbers kept {sum(c.satisfied for c in checks) - sum(c.satisfied for c in terms)}"
        f"/{len(checks) - len(terms)}"
    )
    print(
        f"unconstrained {base:.2f}s  constrained {constrained:.2f}s  "
        f"ratio {constrained / base:.2f} (target ≤ 1.30)"
    )


if __name__ == "__main__":
    main()
