"""Vocabulary maps for CTranslate2 (``vmap.txt`` in a converted model folder).

Scoring every target subword at every decoding step is the costliest part of a Marian
decoder on a CPU: opus-mt-vi-en has 53,685 of them. A vocabulary map lists, for each
source subword, the target subwords a translation of it may use; CTranslate2 then scores
only the union of those for the sentences in a batch, a few thousand.

The map is built the way lexical shortlists are, from parallel text tokenised with the
model's own tokenizer: for each source piece, the target pieces that co-occur with it
most strongly (Dice coefficient over sentence pairs), and the piece itself and its
unaccented form (names and numbers are copied across). The most frequent target pieces
and every piece of every glossary term's English are always candidates, so a map never
stops the model from writing the glossary's English.

Families that force a target language token (NLLB, mBART-50) cannot use a map: CTranslate2
(checked up to 4.8.5) never forgets the output position it gave a token under an earlier
batch's map (``Decoder::update_output_layer`` adds to ``_to_output_word_id`` without
clearing it), so from the second batch on the forced token points at the wrong entry:
decoding crashes (``vector::_M_range_check``) or silently starts with another token. End
and start tokens of Marian and T5 are the lowest ids, which keep their position in every
map, so those families are safe. :func:`check_vmap_supported` refuses the others.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError, ModelError
from briefgen.normalize import nfc, strip_diacritics
from briefgen.records import Entry
from briefgen.translate.families.base import ModelFamily
from briefgen.translate.subwords import Subwords

VMAP_FILE = "vmap.txt"


def check_vmap_supported(family: ModelFamily) -> None:
    """Refuse a vocabulary map for a family CTranslate2 decodes wrongly with one (see the
    module docstring).

    Raises:
        ModelError: the family forces a target language token.
    """
    if family.target_prefix():
        raise ModelError(
            f"{family.name} models cannot use a vocabulary map: CTranslate2 forces their "
            f"target language token ({' '.join(family.target_prefix())}) to a stale position "
            "after the first batch (a CTranslate2 bug); vocabulary maps work with "
            "marian and t5 models"
        )


@dataclass(frozen=True)
class VocabMap:
    """Always-allowed target pieces, and the target pieces each source piece allows."""

    always: tuple[str, ...]
    rules: dict[str, tuple[str, ...]]

    def candidates(self, sources: Iterable[Sequence[str]]) -> set[str]:
        """The target pieces CTranslate2 scores for a batch of tokenised sources."""
        found = set(self.always)
        for pieces in sources:
            for piece in pieces:
                found.update(self.rules.get(piece, ()))
        return found

    def text(self) -> str:
        """CTranslate2's format: ``source<TAB>target target …``; an empty source is the
        line of pieces that are always allowed."""
        lines = ["\t" + " ".join(self.always)]
        lines += [f"{s}\t{' '.join(t)}" for s, t in sorted(self.rules.items())]
        return "\n".join(lines) + "\n"

    @classmethod
    def read(cls, path: Path) -> VocabMap:
        """A map in CTranslate2's format, as :meth:`text` writes it (one-token keys)."""
        always: tuple[str, ...] = ()
        rules = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            source, _, targets = line.partition("\t")
            if source:
                rules[source] = tuple(targets.split())
            else:
                always += tuple(targets.split())
        return cls(always, rules)


def build_vocab_map(
    pairs: Iterable[tuple[str, str]],
    subwords: Subwords,
    vocabulary: Iterable[str],
    *,
    glossary: Iterable[Entry] = (),
    per_source: int = 50,
    common: int = 500,
) -> VocabMap:
    """A map from Vietnamese/English sentence pairs and a glossary.

    Args:
        pairs: (source, target) sentences that translate each other.
        subwords: the model's tokenizer.
        vocabulary: the model's target vocabulary; pieces outside it are left out.
        glossary: entries whose English pieces are always allowed; their pairs count
            as parallel text too.
        per_source: target pieces kept for each source piece.
        common: most frequent target pieces, always allowed.
    """
    known = set(vocabulary)
    source_count: Counter[str] = Counter()
    target_count: Counter[str] = Counter()
    together: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def count(source: str, target: str) -> set[str]:
        """Count one pair; its target pieces."""
        src = set(subwords.source(source)) - subwords.special
        tgt = {p for p in subwords.target(target) if p in known} - subwords.special
        source_count.update(src)
        target_count.update(tgt)
        for piece in src:
            together[piece].update(tgt)
        return tgt

    for source, target in pairs:
        count(source, target)
    glossary_pieces = {
        piece
        for entry in glossary
        for english in (entry.en, *entry.variants)
        for piece in count(entry.vi, english)
    }
    if not source_count:
        raise InputError("no parallel text to build a vocabulary map from")
    # Ties broken by the piece itself: counts come from sets, whose order changes from run
    # to run, and the same text must give the same map.
    ranked = sorted(target_count.items(), key=lambda item: (-item[1], item[0]))
    always = [p for p, _ in ranked[:common]]
    always += sorted(glossary_pieces - set(always))
    rules = {}
    for piece, counts in together.items():
        dice = {t: 2 * n / (source_count[piece] + target_count[t]) for t, n in counts.items()}
        best = sorted(dice, key=lambda t: (-dice[t], t))[:per_source]
        copies = [c for c in dict.fromkeys([piece, strip_diacritics(piece)]) if c in known]
        rules[piece] = tuple(dict.fromkeys([*copies, *best]))
    return VocabMap(tuple(always), rules)


def read_parallel(path: Path) -> Iterator[tuple[str, str]]:
    """Sentence pairs from a TSV file: Vietnamese, a tab, English, one pair a line.

    Raises:
        InputError: the file is missing, not UTF-8, or a line has no tab.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (UnicodeDecodeError, IsADirectoryError):
        raise InputError(f"{path}: not a UTF-8 text file") from None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        source, tab, target = line.partition("\t")
        if not tab or not source.strip() or not target.strip():
            raise InputError(f"{path}:{lineno}: expected Vietnamese<TAB>English")
        yield nfc(source.strip()), nfc(target.split("\t")[0].strip())


def target_vocabulary(folder: Path) -> list[str]:
    """The target vocabulary of a converted model folder.

    Raises:
        ModelError: the folder has no vocabulary file.
    """
    for name in ("target_vocabulary.json", "shared_vocabulary.json"):
        path = folder / name
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    for name in ("target_vocabulary.txt", "shared_vocabulary.txt"):
        path = folder / name
        if path.exists():
            return path.read_text(encoding="utf-8").splitlines()
    raise ModelError(f"{folder} has no CTranslate2 vocabulary; is it a converted model?")
