"""Translation speed and memory: transformers (PyTorch fp32) against CTranslate2 int8.

No real weights are available offline, so the script builds a randomly initialised model
with exactly the architecture of Helsinki-NLP/opus-mt-vi-en (Marian, d_model 512, 6+6
layers, 8 heads, FFN 2048, shared vocabulary of 53,685 entries as in the published
config.json), so the compute per token is the real model's. A random model never emits
end-of-sentence, so both backends decode to the same length cap
(``briefgen.translate.batching.max_target_length``) and throughput counts the target
subwords actually produced. The cap is set where a real model would stop: the published
English of the corpus articles translated sentence by sentence is 1.06-1.39 times as
long as the Vietnamese in this tokenizer's subwords (``--max-len-a 1.25 --max-len-b 0``).
Decoding a random model on to the product's own cap, twice the source plus 10, makes
every translation about 1.7 times too long, and the attention over that extra length
costs both backends more per token than real translations would.

Each backend runs in its own subprocess (one model in memory, peak RSS from
``resource.getrusage``), on the same sentences segmented from the sample articles, with
the same beam size, with and without the glossary guarantee. On a machine other jobs
share, ``--repeat N`` runs every configuration N times in alternating rounds and keeps the
fastest wall time and the least CPU time of each, so the ratios printed compare runs'
own costs rather than the load each happened to meet.

CTranslate2 also runs with a vocabulary map (``briefgen model vmap``). Its speed depends
only on how many target subwords each batch may use, so the map is sized like one built
from a large corpus: each source subword allows 50 target subwords drawn at random from
the whole vocabulary, and 500 more are always allowed. Real maps overlap more (frequent
words recur across source subwords), so this errs towards larger candidate sets, that
is, slower decoding. The report gives the mean candidate set per batch.

Any family of :mod:`briefgen.translate.tinymodels` can be measured the same way at a
published checkpoint's size (``--family``, ``--size``; see ``PRESETS``). The real-sized
presets take minutes and several GB to build and run; ``tiny`` (every family),
``nllb-200-distilled-600M`` and ``vinai-vi2en`` have been run end to end (README).

    python benchmarks/translate_speed.py --sentences 200 --beam-size 2
    python benchmarks/translate_speed.py --sentences 60 --max-length 64 --repeat 3
    python benchmarks/translate_speed.py --family mbart --size vinai-vi2en --sentences 6 \
        --beam-size 1 --no-glossary
    python benchmarks/translate_speed.py --family t5 --size tiny --sentences 20
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Preset:
    """A model size: layer sizes, the SentencePiece vocabulary trained on the test text,
    and the published vocabulary size the embeddings and output layer are padded to."""

    family: str | None  # None: any family
    d_model: int
    layers: int
    heads: int
    ffn: int
    vocabulary: int | None  # published vocabulary size; None: the trained pieces only
    trained_pieces: int = 4000


PRESETS = {
    "tiny": Preset(
        None, d_model=32, layers=1, heads=2, ffn=64, vocabulary=None, trained_pieces=1000
    ),
    # Helsinki-NLP/opus-mt-vi-en config.json: d_model 512, encoder/decoder_layers 6,
    # attention_heads 8, ffn_dim 2048, vocab_size 53685.
    "opus-mt-vi-en": Preset("marian", 512, 6, 8, 2048, 53685),
    # facebook/nllb-200-distilled-600M config.json (M2M100): d_model 1024, layers 12+12,
    # attention_heads 16, ffn_dim 4096, vocab_size 256206.
    "nllb-200-distilled-600M": Preset("nllb", 1024, 12, 16, 4096, 256206),
    # vinai/vinai-translate-vi2en-v2 (mBART large): d_model 1024, layers 12+12,
    # attention_heads 16, ffn_dim 4096, as the config.json of a fine-tune naming it as its
    # base gives them; its own config was not reachable. Not mBART-50's 250,054 entries:
    # the fp32 weights are 1.69 GB, about 422 M parameters, which these layers make with a
    # (tied) vocabulary of about 66,000, so that is the size used (an estimate).
    "vinai-vi2en": Preset("mbart", 1024, 12, 16, 4096, 66000),
    # VietAI/envit5-translation config.json (T5 v1.1 base, gated-gelu): d_model 768,
    # num_layers 12+12, num_heads 12, d_ff 2048, vocab_size 50048.
    "envit5-base": Preset("t5", 768, 12, 12, 2048, 50048),
}
"""Sizes by name; the real ones from each checkpoint's published ``config.json``."""
DEFAULT_SIZE = {p.family: name for name, p in PRESETS.items() if p.family}
RUNS = [
    ("transformers", False),
    ("ctranslate2 raw", False),
    ("ctranslate2", False),
    ("ctranslate2 vmap", False),
    ("transformers", True),
    ("ctranslate2", True),
    ("ctranslate2 vmap", True),
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


def build_ct2(work: Path, family: str = "marian", size: str = "opus-mt-vi-en") -> tuple[Path, Path]:
    """A random ``family`` model of the preset ``size`` and its CTranslate2 int8 conversion
    (reused from ``work`` when there)."""
    from briefgen.glossary import load_glossaries
    from briefgen.translate.converted import convert
    from briefgen.translate.tinymodels import BUILDERS, TinySize

    hf, ct2 = work / f"{family}-{size}" / "hf", work / f"{family}-{size}" / "ct2-int8"
    if not (hf / "config.json").exists():
        vi = [line for p in sorted((ROOT / "samples").glob("*.txt")) for line in p.open()]
        en = (ROOT / "tests" / "data" / "english.txt").read_text("utf-8").splitlines()
        en += [e.en for e in load_glossaries()]
        p = PRESETS[size]
        layers = TinySize(p.d_model, p.layers, p.heads, p.ffn, vocab_size=p.trained_pieces)
        BUILDERS[family](hf, vi, en, layers, pad_vocab_to=p.vocabulary)
    if not (ct2 / "model.bin").exists():
        convert(str(hf), ct2, quantization="int8", force=True)
    return hf, ct2


def build_models(work: Path, family: str, size: str) -> dict[str, Path]:
    """The models of :func:`build_ct2`, and a copy of the conversion with a vocabulary map
    where the family can use one (see :func:`briefgen.translate.vocabmap.check_vmap_supported`)."""
    from briefgen.errors import ModelError
    from briefgen.translate.families import family_by_name
    from briefgen.translate.vocabmap import check_vmap_supported

    hf, ct2 = build_ct2(work, family, size)
    models = {"transformers": hf, "ctranslate2": ct2, "ctranslate2 raw": ct2}
    try:
        check_vmap_supported(family_by_name(family))
    except ModelError as exc:
        print(f"vmap runs: left out ({exc})", file=sys.stderr)
        return models
    vmap = ct2.with_name("ct2-int8-vmap")
    if not (vmap / "vmap.txt").exists():
        shutil.rmtree(vmap, ignore_errors=True)
        shutil.copytree(ct2, vmap)
        (vmap / "vmap.txt").write_text(large_corpus_map(vmap).text(), encoding="utf-8")
    return models | {"ctranslate2 vmap": vmap}


def large_corpus_map(folder: Path, per_source: int = 50, common: int = 500):
    """A map built by ``build_vocab_map`` from the test pairs and the glossary, then
    filled up to the size a large corpus gives (see the module docstring)."""
    from briefgen.glossary import load_glossaries
    from briefgen.translate.subwords import load_subwords
    from briefgen.translate.vocabmap import (
        VocabMap,
        build_vocab_map,
        read_parallel,
        target_vocabulary,
    )

    vocabulary = target_vocabulary(folder)
    subwords = load_subwords(folder)
    pairs = list(read_parallel(ROOT / "tests" / "data" / "parallel.tsv"))
    built = build_vocab_map(pairs, subwords, vocabulary, glossary=load_glossaries())
    pick = random.Random(0)
    source_pieces = {p for text in sentences(10_000) for p in subwords.source(text)}
    rules = {}
    for piece in source_pieces | set(built.rules):
        allowed = list(built.rules.get(piece, ()))
        allowed += (
            pick.sample(vocabulary, per_source - len(allowed)) if len(allowed) < per_source else []
        )
        rules[piece] = tuple(dict.fromkeys(allowed))
    always = list(built.always) + pick.sample(vocabulary, common)
    return VocabMap(tuple(dict.fromkeys(always)), rules)


def mean_candidates(folder: Path, texts: list[str], options) -> float:
    """Mean size of the target vocabulary a batch decodes over, batches made as the
    backend makes them."""
    from briefgen.translate.ct2 import CT2Translator
    from briefgen.translate.subwords import load_subwords
    from briefgen.translate.vocabmap import VocabMap

    vmap = VocabMap.read(folder / "vmap.txt")
    subwords = load_subwords(folder)
    tokens = [subwords.source(t) for t in texts]
    sizes = [
        len(vmap.candidates(tokens[i] for i in batch))
        for batch in CT2Translator.batches([len(t) for t in tokens], options)
    ]
    return sum(sizes) / len(sizes)


def enforcer():
    """The glossary guarantee wrapper, when this checkout has it."""
    if importlib.util.find_spec("briefgen.glossary.enforce") is None:
        return None
    from briefgen.glossary import enforce

    return getattr(enforce, "enforce_terms", None)


class Counter:
    """Counts the subwords a backend generates (the decoded gibberish of a random model
    does not re-tokenize to the same count), by wrapping its decoding call."""

    def __init__(self, translator, prefix: int = 0) -> None:
        """``prefix``: forced target tokens (a language code) that are not output."""
        self.tokens = 0
        if translator.backend == "ctranslate2":
            engine = translator.translator
            translator.translator = self
            self._ct2 = engine
        else:
            model = translator.model
            generate = model.generate
            eos = model.config.eos_token_id

            def counted(*a, **kw):
                # Up to and with the end token that generate forces at the length cap (the
                # counts then equal CTranslate2's); not by leaving out padding, since T5's
                # pad id is a token a random model emits.
                out = generate(*a, **kw)
                for row in out[:, 1 + prefix :].tolist():
                    self.tokens += row.index(eos) + 1 if eos in row else len(row)
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


def raw_child(args: argparse.Namespace, texts: list[str]) -> None:
    """Raw CTranslate2, the floor briefgen's path is measured against: the same
    pre-tokenised sentences, batches, beam, length caps, threads and worker layout,
    straight into ``Translator.translate_batch`` with nothing returned but hypotheses."""
    import ctranslate2

    from briefgen.translate.batching import max_target_length, split_threads
    from briefgen.translate.ct2 import CT2Translator
    from briefgen.translate.subwords import load_subwords

    start = time.perf_counter()
    subwords = load_subwords(Path(args.model))
    inter, intra = split_threads(args.threads)
    engine = ctranslate2.Translator(
        args.model, compute_type="int8", inter_threads=inter, intra_threads=intra
    )
    loaded = time.perf_counter() - start
    options = decode_options(args)
    prefix = list(subwords.family.target_prefix())

    def run(tokens: list[list[str]]) -> int:
        pending = []
        for idx in CT2Translator.batches([len(t) for t in tokens], options):
            batch = [tokens[i] for i in idx]
            pending += engine.translate_batch(
                batch,
                [prefix] * len(batch) if prefix else None,
                beam_size=options.beam_size,
                max_decoding_length=max_target_length(max(map(len, batch)), options),
                max_input_length=options.max_length,
                asynchronous=True,
            )
        return sum(len(p.result().hypotheses[0]) - len(prefix) for p in pending)

    tokens = [subwords.source(t)[: options.max_length] for t in texts]
    run(tokens[:2])  # warm-up, not timed
    cpu, start = cpu_seconds(), time.perf_counter()
    produced = run(tokens)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    peak_mb = peak_rss_mb()
    result = {"seconds": seconds, "cpu": cpu, "tokens": produced, "peak_mb": peak_mb}
    print(json.dumps(result | {"load": loaded}))


def child(args: argparse.Namespace) -> None:
    """One backend in this process: load, warm up, translate, report JSON on stdout."""
    from briefgen.glossary import load_glossaries
    from briefgen.translate import load_translator
    from briefgen.translate.families import family_by_name

    texts = json.loads(Path(args.sentences_file).read_text("utf-8"))
    if args.backend == "raw":
        raw_child(args, texts)
        return
    start = time.perf_counter()
    base = load_translator(args.model, backend=args.backend, threads=args.threads)
    translator = enforcer()(base, load_glossaries()) if args.glossary else base
    loaded = time.perf_counter() - start
    options = decode_options(args)
    translator.translate_batch(texts[:2], options=options)  # warm-up, not timed
    counter = Counter(base, len(family_by_name(args.family).target_prefix()))
    cpu, start = cpu_seconds(), time.perf_counter()
    translator.translate_batch(texts, options=options)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    peak_mb = peak_rss_mb()
    result = {"seconds": seconds, "cpu": cpu, "tokens": counter.tokens, "peak_mb": peak_mb}
    print(json.dumps(result | {"load": loaded}))


def decode_options(args: argparse.Namespace):
    from briefgen.translate import DecodeOptions

    return DecodeOptions(
        beam_size=args.beam_size,
        max_length=args.max_length,
        max_len_a=args.max_len_a,
        max_len_b=args.max_len_b,
        max_batch_tokens=args.max_batch_tokens or None,
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory. ``ru_maxrss`` survives ``exec``, so a child
    started by a parent that had just built a large model would report the parent's peak;
    Linux's ``VmHWM`` starts afresh with the new program."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process: on a shared machine it varies less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(backend: str, model: Path, glossary: bool, text_file: Path, args) -> dict:
    engine = "raw" if backend.endswith(" raw") else backend.split()[0]
    command = [sys.executable, __file__, "--child", "--backend", engine, "--model", str(model)]
    command += ["--family", args.family]
    command += ["--sentences-file", str(text_file), "--beam-size", str(args.beam_size)]
    command += ["--threads", str(args.threads), "--max-length", str(args.max_length)]
    command += ["--max-len-a", str(args.max_len_a), "--max-len-b", str(args.max_len_b)]
    command += ["--max-batch-tokens", str(args.max_batch_tokens)]
    command += ["--glossary"] if glossary else []
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{backend} run failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def best_of(kept: dict | None, new: dict) -> dict:
    """The fastest wall time and the least CPU time of a run's repeats: what other jobs on
    a shared machine added is the part that varies, so the minimum is the run's own cost."""
    if kept is None:
        return new
    fastest = min(kept, new, key=lambda r: r["seconds"])
    return fastest | {
        "cpu": min(kept["cpu"], new["cpu"]),
        "peak_mb": max(kept["peak_mb"], new["peak_mb"]),
    }


def report(results: dict, n: int, args) -> None:
    """One row per run. ``×raw`` and ``cpu ×raw`` compare with raw CTranslate2 in wall
    and in CPU time; on a machine other processes share, CPU time is the steadier."""
    base = results[("transformers", False)]
    base_tps = base["tokens"] / base["seconds"]
    raw = results.get(("ctranslate2 raw", False))
    print(
        f"\n{args.family} at {args.size} size: "
        f"{n} sentences, beam {args.beam_size}, {args.threads} threads, "
        f"length cap min({args.max_length}, {args.max_len_a}×source+{args.max_len_b})\n"
    )
    header = f"{'run':<35}{'tokens':>8}{'s':>8}{'tok/s':>9}{'tok/cpu-s':>10}{'×tf':>7}"
    print(
        header + f"{'×raw':>7}{'cpu ×raw':>9}{'gloss×':>8}{'cpu s':>8}{'peak MB':>9}{'load s':>8}"
    )
    for (backend, glossary), r in results.items():
        tps = r["tokens"] / r["seconds"]
        cpu_tps = r["tokens"] / r["cpu"]
        engine, *extra = backend.split()
        name = f"{engine} {'fp32' if engine == 'transformers' else 'int8'}"
        name += "".join(f" {'+ ' if e == 'vmap' else ''}{e}" for e in extra)
        name += " + glossary" if glossary else ""
        plain = results.get((backend, False))
        overhead = f"{r['seconds'] / plain['seconds']:.2f}" if glossary else "-"
        versus_raw = versus_raw_cpu = "-"
        if raw is not None and engine == "ctranslate2":
            versus_raw = f"{tps / (raw['tokens'] / raw['seconds']):.2f}"
            versus_raw_cpu = f"{cpu_tps / (raw['tokens'] / raw['cpu']):.2f}"
        print(
            f"{name:<35}{r['tokens']:>8}{r['seconds']:>8.1f}{tps:>9.1f}{cpu_tps:>10.1f}"
            f"{tps / base_tps:>7.2f}{versus_raw:>7}{versus_raw_cpu:>9}{overhead:>8}"
            f"{r['cpu']:>8.1f}{r['peak_mb']:>9.0f}{r['load']:>8.1f}"
        )


def main() -> None:
    from briefgen.translate.batching import default_threads
    from briefgen.translate.vocabmap import target_vocabulary

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=300, help="how many sentences")
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--max-length", type=int, default=256, help="decoding length cap")
    parser.add_argument(
        "--max-batch-tokens", type=int, default=0, help="per batch (0: each backend's own)"
    )
    parser.add_argument("--max-len-a", type=float, default=1.25, help="cap: a × source + b")
    parser.add_argument("--max-len-b", type=int, default=0, help="cap: a × source + b")
    parser.add_argument(
        "--family",
        choices=sorted({"marian", "nllb", "mbart", "t5"}),
        default=None,
        help="model family (default: marian)",
    )
    parser.add_argument(
        "--size",
        choices=list(PRESETS),
        help="a published checkpoint's layer and vocabulary sizes (default: the family's "
        "own, opus-mt-vi-en for marian); the real sizes take minutes and GBs to build, "
        "only 'tiny' was checked end to end for every family",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds of every run, alternating; the best wall and CPU time of each is kept",
    )
    parser.add_argument("--workdir", type=Path, help="keep the built models here (reused)")
    parser.add_argument(
        "--no-glossary",
        action="store_true",
        help="leave out the runs with the glossary guarantee (halves a real size's time)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--backend", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--sentences-file", help=argparse.SUPPRESS)
    parser.add_argument("--glossary", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    preset_family = PRESETS[args.size].family if args.size else None
    args.family = args.family or preset_family or "marian"
    args.size = args.size or DEFAULT_SIZE[args.family]
    if preset_family not in (None, args.family):
        parser.error(f"--size {args.size} is a {preset_family} model, not {args.family}")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        models = build_models(work, args.family, args.size)
        texts = sentences(args.sentences)
        text_file = Path(tmp) / "sentences.json"
        text_file.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
        with_glossary = enforcer() is not None and not args.no_glossary
        runs = [run for run in RUNS if run[0] in models and (with_glossary or not run[1])]
        if not enforcer():
            print("glossary runs: unavailable (briefgen.glossary.enforce is not in this checkout)")
        results: dict = {}
        loads = [os.getloadavg()[0]]
        for round_ in range(args.repeat):
            for backend, glossary in runs:
                result = measure(backend, models[backend], glossary, text_file, args)
                results[(backend, glossary)] = best_of(results.get((backend, glossary)), result)
                loads.append(os.getloadavg()[0])
                print(
                    f"done: {backend}{' + glossary' if glossary else ''} (round {round_ + 1})",
                    file=sys.stderr,
                )
        report(results, len(texts), args)
        print(
            f"\nbest of {args.repeat} round(s) each, runs alternating; 1-minute load average "
            f"{min(loads):.1f}-{max(loads):.1f} over the runs ({os.cpu_count()} CPUs)"
        )
        vmap = models.get("ctranslate2 vmap")
        if vmap is None:
            return
        options = decode_options(args)
        print(
            f"\nvmap: {mean_candidates(vmap, texts, options):,.0f} candidate target subwords "
            f"per batch on average, of {len(target_vocabulary(vmap)):,}"
        )


if __name__ == "__main__":
    main()
