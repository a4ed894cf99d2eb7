"""How well commitments are found on invented sentences: precision, recall, and of the
commitments found the kind and actor right.

Run: ``PYTHONPATH=src python benchmarks/commitment_sentences.py [TSV] [--misses]`` (default
tests/data/commitment_sentences_unseen.tsv). The TSV has either the columns ``label
sentence`` (tests/data/commitment_sentences.tsv: ``commits`` or ``none``) or ``group
expected kind actor sentence``; rows sharing a group other than ``-`` are read together,
in order, as a passage. People named in a passage come from participant extraction, as in
a briefing. An actor is right when, without case, it contains one of the ``|``-separated
expected actors or one of them contains it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.evaluate.sentence_tables import read_commitment_passages
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.participants import extract_participants

DEFAULT = Path(__file__).parent.parent / "tests" / "data" / "commitment_sentences_unseen.tsv"
EVENT_YEAR = 2024


def actor_right(found: str, expected: tuple[str, ...]) -> bool:
    found = found.strip().lower()
    return bool(found) and any(found in e.lower() or e.lower() in found for e in expected)


def measure(path: Path, show_misses: bool = False) -> dict[str, tuple[int, int]]:
    tp = fp = fn = kind_right = actor_ok = actor_asked = 0
    notes = []
    for passage in read_commitment_passages(path):
        sentences = [r.sentence for r in passage]
        people = [p.name.vi for p in extract_participants(sentences)]
        found = {c.text.vi: c for c in extract_commitments(sentences, people, EVENT_YEAR)}
        for row in passage:
            c = found.get(row.sentence)
            if c is None and row.commits:
                fn += 1
                notes.append(f"missed   [{row.kind}] {row.sentence}")
            elif c is not None and not row.commits:
                fp += 1
                notes.append(f"false    [{c.kind}] ({c.actor.vi}) {row.sentence}")
            elif c is not None:
                tp += 1
                if row.kind in ("-", c.kind):
                    kind_right += 1
                else:
                    notes.append(f"kind     {c.kind} for {row.kind}: {row.sentence}")
                if row.actors:
                    actor_asked += 1
                    if actor_right(c.actor.vi, row.actors):
                        actor_ok += 1
                    else:
                        notes.append(
                            f"actor    {c.actor.vi!r} for {'|'.join(row.actors)}: {row.sentence}"
                        )
    if show_misses:
        print("\n".join(sorted(notes)))
    return {
        "recall": (tp, tp + fn),
        "precision": (tp, tp + fp),
        "kind right of found": (kind_right, tp),
        "actor right of found": (actor_ok, actor_asked),
    }


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv if not a.startswith("--")] or [DEFAULT]
    for path in paths:
        print(f"## {path.name}")
        for name, (n, d) in measure(path, "--misses" in argv).items():
            print(f"{name}: {100 * n / d if d else 0:.0f}% ({n}/{d})")


if __name__ == "__main__":
    main(sys.argv[1:])
