"""How many published official forms the built-in glossary alone gets right, on corpus
terms it was built from and on terms held out from building it.

Run: ``PYTHONPATH=src python benchmarks/glossary_heldout.py [CORPUS_DIR]`` (default
/work/shared/corpus). The pairs of ``terms.tsv`` are split by pair id, by a fixed hash,
into a build half and a held-out half; a term seen in any build pair is a build term.
New entries may be taken from build terms only. A term counts as right when the glossary
finds one entry covering it (a parenthesised abbreviation after it aside) whose preferred
English or a variant is the published rendering (compared without case, diacritics, 'the'
or parenthesised abbreviations).
Personal names are left out: translation writes them without diacritics, not the glossary.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

from briefgen.glossary import load_glossaries
from briefgen.normalize import strip_diacritics


def held_out(pair_id: str) -> bool:
    return hashlib.sha256(pair_id.encode()).digest()[0] % 2 == 1


def comparable(english: str) -> str:
    text = strip_diacritics(english).lower().replace("\u2019", "'")
    text = re.sub(r"\s*\([^)]*\)", "", text)
    return " ".join(w for w in re.findall(r"[\w'+-]+", text) if w != "the")


def is_name(vi: str, en: str) -> bool:
    words = vi.split()
    return comparable(vi) == comparable(en) and all(w[0].isupper() for w in words)


def main(corpus: Path = Path("/work/shared/corpus")) -> None:
    glossary = load_glossaries()
    with (corpus / "terms.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    scores = {"build": [0, 0], "held-out": [0, 0]}
    misses: dict[str, list[str]] = {"build": [], "held-out": []}
    for row in rows:
        vi, en = row["vi_term"], row["en_rendering"]
        if is_name(vi, en):
            continue
        ids = row["pair_ids"].split(",")
        half = "held-out" if all(held_out(i) for i in ids) else "build"
        found = glossary.find(re.sub(r"\s*\([^)]*\)", "", vi))  # "(ACCSM 21)": its own term
        right = (
            len(found) == 1
            and comparable(en)
            in {comparable(f) for f in (found[0].entry.en, *found[0].entry.variants)}
            and comparable(found[0].surface) == comparable(vi)
        )
        scores[half][0] += right
        scores[half][1] += 1
        if not right:
            got = "; ".join(f"{m.surface} -> {m.entry.en}" for m in found) or "-"
            misses[half].append(f"  {vi} | published: {en} | glossary: {got}")
    print(f"glossary entries: {len(glossary):,}")
    for half, (right, total) in scores.items():
        print(f"{half}: {right}/{total} = {right / max(total, 1):.0%}")
    if "-v" in sys.argv:
        for half, lines in misses.items():
            print(f"{half} misses:", *lines, sep="\n")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(*(Path(a) for a in args[:1]))
