"""Translation speed and memory: transformers (PyTorch fp32) against CTranslate2 int8.

No real weights are available offline, so the script builds a randomly initialised model
with exactly the architecture of Helsinki-NLP/opus-mt-vi-en (Marian, d_model 512, 6+6
layers, 8 heads, FFN 2048, shared vocabulary of 53,685 entries as in the published
config.json), so the compute per token is the real model's. A random model never emits
end-of-sentence, so both backends decode to the same length cap
(``briefgen.translate.batching.max_target_length``) and throughput counts the target
subwords actually produced.

Each backend runs in its own subprocess (one model in memory, peak RSS from
``resource.getrusage``), on the same sentences segmented from the sample articles, with
the same beam size, with and without the glossary guarantee.

    python benchmarks/translate_speed.py --sentences 200 --beam-size 2
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPUS_MT_VI_EN_VOCAB = 53685
RUNS = [
    ("transformers", False),
    ("ctranslate2", False),
    ("transformers", True),
    ("ctranslate2", True),
]


def sentences(limit: int) -> list[str]:
    """Title and body sentences of the sample articles (and ../shared/seeds), in order."""
    from briefgen.ingest import read_document
    from briefgen.pipeline import ARTICLE_ROLES
    from briefgen.segment import segment_document

    files = sorted((ROOT / "samples").glob("*.txt")) + sorted(
        (ROOT.parent / "shared" / "seeds").glob("*.txt")
    )
    seen: dict[str, None] = {}
    for path in files:
        for segment in segment_document(read_document(path), roles=ARTICLE_ROLES):
            seen.setdefault(segment.text)
    return list(seen)[:limit]


def build_models(work: Path) -> tuple[Path, Path]:
    """The opus-mt-vi-en-shaped random model, and its CTranslate2 int8 conversion."""
    from briefgen.glossary import load_glossaries
    from briefgen.modelcache import convert
    from briefgen.tinymodels import TinySize, build_marian

    hf, ct2 = work / "hf", work / "ct2-int8"
    if not (hf / "config.json").exists():
        vi = [line for p in sorted((ROOT / "samples").glob("*.txt")) for line in p.open()]
        en = (ROOT / "tests" / "data" / "english.txt").read_text("utf-8").splitlines()
        en += [e.en for e in load_glossaries()]
        size = TinySize(d_model=512, layers=6, heads=8, ffn=2048, vocab_size=4000)
        build_marian(hf, vi, en, size, pad_vocab_to=OPUS_MT_VI_EN_VOCAB)
    if not (ct2 / "model.bin").exists():
        convert(str(hf), ct2, quantization="int8", force=True)
    return hf, ct2


def enforcer():
    """The glossary guarantee wrapper, when this checkout has it."""
    if importlib.util.find_spec("briefgen.glossary.enforce") is None:
        return None
    from briefgen.glossary import enforce

    return getattr(enforce, "enforce_terms", None)


class Counter:
    """Counts the subwords a backend generates (the decoded gibberish of a random model
    does not re-tokenize to the same count), by wrapping its decoding call."""

    def __init__(self, translator) -> None:
        self.tokens = 0
        if translator.backend == "ctranslate2":
            engine = translator.translator
            translator.translator = self
            self._ct2 = engine
        else:
            model = translator.model
            generate = model.generate
            pad = model.config.pad_token_id

            def counted(*a, **kw):
                out = generate(*a, **kw)
                self.tokens += int((out[:, 1:] != pad).sum())
                return out

            model.generate = counted

    def translate_batch(self, source, target_prefix=None, **kwargs):
        results = self._ct2.translate_batch(source, target_prefix, **kwargs)
        if target_prefix and max(len(p) for p in target_prefix) > 1:
            return results  # forced decoding of a whole draft, for alignment: not output
        prefix = len(target_prefix[0]) if target_prefix else 0
        if kwargs.get("asynchronous"):
            return [Counted(r, self, prefix) for r in results]
        self.tokens += sum(len(r.hypotheses[0]) - prefix for r in results)
        return results


class Counted:
    """A queued CTranslate2 result whose tokens count once it is collected."""

    def __init__(self, waiting, counter: Counter, prefix: int) -> None:
        self.waiting, self.counter, self.prefix = waiting, counter, prefix

    def result(self):
        result = self.waiting.result()
        self.counter.tokens += len(result.hypotheses[0]) - self.prefix
        return result


def child(args: argparse.Namespace) -> None:
    """One backend in this process: load, warm up, translate, report JSON on stdout."""
    from briefgen.glossary import load_glossaries
    from briefgen.translate import DecodeOptions, load_translator

    texts = json.loads(Path(args.sentences_file).read_text("utf-8"))
    start = time.perf_counter()
    base = load_translator(args.model, backend=args.backend, threads=args.threads)
    translator = enforcer()(base, load_glossaries()) if args.glossary else base
    loaded = time.perf_counter() - start
    options = DecodeOptions(beam_size=args.beam_size, max_length=args.max_length)
    translator.translate_batch(texts[:2], options=options)  # warm-up, not timed
    counter = Counter(base)
    cpu, start = cpu_seconds(), time.perf_counter()
    translator.translate_batch(texts, options=options)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"seconds": seconds, "cpu": cpu, "tokens": counter.tokens, "peak_mb": peak_mb}
    print(json.dumps(result | {"load": loaded}))


def cpu_seconds() -> float:
    """CPU time of this process: on a shared machine it varies less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(backend: str, model: Path, glossary: bool, text_file: Path, args) -> dict:
    command = [sys.executable, __file__, "--child", "--backend", backend, "--model", str(model)]
    command += ["--sentences-file", str(text_file), "--beam-size", str(args.beam_size)]
    command += ["--threads", str(args.threads), "--max-length", str(args.max_length)]
    command += ["--glossary"] if glossary else []
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{backend} run failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: dict, n: int, args) -> None:
    base = results[("transformers", False)]
    base_tps = base["tokens"] / base["seconds"]
    print(
        f"\n{n} sentences, beam {args.beam_size}, {args.threads} threads, "
        f"length cap min({args.max_length}, 2×source+10)\n"
    )
    header = f"{'run':<28}{'tokens':>8}{'s':>8}{'tok/s':>9}{'sent/s':>8}{'×tf':>7}"
    print(header + f"{'gloss×':>8}{'cpu s':>8}{'peak MB':>9}{'load s':>8}")
    for (backend, glossary), r in results.items():
        tps = r["tokens"] / r["seconds"]
        name = f"{backend} {'int8' if backend == 'ctranslate2' else 'fp32'}"
        name += " + glossary" if glossary else ""
        plain = results.get((backend, False))
        overhead = f"{r['seconds'] / plain['seconds']:.2f}" if glossary else "-"
        print(
            f"{name:<28}{r['tokens']:>8}{r['seconds']:>8.1f}{tps:>9.1f}{n / r['seconds']:>8.2f}"
            f"{tps / base_tps:>7.2f}{overhead:>8}{r['cpu']:>8.1f}{r['peak_mb']:>9.0f}"
            f"{r['load']:>8.1f}"
        )


def main() -> None:
    from briefgen.translate.batching import default_threads

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=300, help="how many sentences")
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--max-length", type=int, default=256, help="decoding length cap")
    parser.add_argument("--workdir", type=Path, help="keep the built models here (reused)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--backend", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--sentences-file", help=argparse.SUPPRESS)
    parser.add_argument("--glossary", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        hf, ct2 = build_models(work)
        texts = sentences(args.sentences)
        text_file = Path(tmp) / "sentences.json"
        text_file.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
        runs = RUNS if enforcer() else RUNS[:2]
        if not enforcer():
            print("glossary runs: unavailable (briefgen.glossary.enforce is not in this checkout)")
        results = {}
        for backend, glossary in runs:
            model = ct2 if backend == "ctranslate2" else hf
            results[(backend, glossary)] = measure(backend, model, glossary, text_file, args)
            print(f"done: {backend}{' + glossary' if glossary else ''}", file=sys.stderr)
        report(results, len(texts), args)


if __name__ == "__main__":
    main()
