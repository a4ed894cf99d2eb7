"""Measure translation quality on a folder of Vietnamese/English article pairs: chrF and
BLEU (sacrebleu, corpus level, one segment per article since the pairs are not
sentence-aligned) and exact-match term accuracy (WMT 2021 terminology task: the share of
glossary terms found in the source whose English appears in the output)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from briefgen.errors import InputError
from briefgen.formats.txt.writer import render_text
from briefgen.glossary.report import TermTally, tally
from briefgen.ingest import read_document
from briefgen.pipeline import translate_document
from briefgen.translate.stack import Stack

_PAIR = re.compile(r"^(?P<id>.+)\.vi\.txt$")


@dataclass(frozen=True)
class PairScore:
    id: str
    segments: int
    terms_required: int
    terms_satisfied: int
    chrf: float


@dataclass(frozen=True)
class EvalResult:
    pairs: tuple[PairScore, ...]
    bleu: float
    chrf: float
    terms: TermTally
    bleu_signature: str
    chrf_signature: str

    def as_dict(self) -> dict:
        return {
            "pairs": len(self.pairs),
            "bleu": self.bleu,
            "chrf": self.chrf,
            **self.terms.as_dict(),
            "signatures": {"bleu": self.bleu_signature, "chrf": self.chrf_signature},
            "per_pair": [asdict(p) for p in self.pairs],
        }


def find_pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """``(id, vi, en)`` for every ``ID.vi.txt`` with an ``ID.en.txt`` beside it.

    Raises:
        InputError: the folder is missing or holds no pairs.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    pairs = []
    for vi in sorted(folder.glob("*.vi.txt")):
        en = vi.with_name(vi.name.replace(".vi.txt", ".en.txt"))
        match = _PAIR.match(vi.name)
        if match and en.is_file():
            pairs.append((match["id"], vi, en))
    if not pairs:
        raise InputError(f"{folder}: no NNN.vi.txt / NNN.en.txt pairs in this folder")
    return pairs


def _flat(text: str) -> str:
    return " ".join(text.split())


def evaluate(folder: Path, stack: Stack) -> EvalResult:
    """Translate every pair's Vietnamese through ``stack`` (terms enforced when it has a
    glossary) and score it against the English."""
    import sacrebleu

    hyps, refs, scores, results = [], [], [], []
    for pair_id, vi, en in find_pairs(folder):
        result = translate_document(read_document(vi), stack)
        hyp, ref = _flat(render_text(result)), _flat(en.read_text(encoding="utf-8"))
        hyps.append(hyp)
        refs.append(ref)
        results.append(result)
        t = tally(result)
        chrf = sacrebleu.sentence_chrf(hyp, [ref]).score
        scores.append(PairScore(pair_id, t.segments, t.terms_required, t.terms_satisfied, chrf))
    bleu = sacrebleu.metrics.BLEU()
    chrf = sacrebleu.metrics.CHRF()
    return EvalResult(
        tuple(scores),
        bleu.corpus_score(hyps, [refs]).score,
        chrf.corpus_score(hyps, [refs]).score,
        TermTally.of(sum(s.segments for s in scores), [c for r in results for c in r.checks]),
        str(bleu.get_signature()),
        str(chrf.get_signature()),
    )
