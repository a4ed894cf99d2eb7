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

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from briefgen.extract.commitments import extract_commitments
from briefgen.extract.participants import extract_participants

DEFAULT = Path(__file__).parent.parent / "tests" / "data" / "commitment_sentences_unseen.tsv"
EVENT_YEAR = 2024


@dataclass(frozen=True)
class Row:
    group: str
    commits: bool
    kind: str
    actors: tuple[str, ...]
    sentence: str


def read_rows(path: Path) -> list[Row]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = list(csv.DictReader((x for x in lines if not x.startswith("#")), delimiter="\t"))
    rows = []
    for i, r in enumerate(records):
        if "label" in r:  # the older two-column file: every sentence alone
            rows.append(Row(f"#{i}", r["label"] == "commits", "-", (), r["sentence"]))
            continue
        group = r["group"] if r["group"] != "-" else f"#{i}"
        actors = tuple(a for a in r["actor"].split("|") if a and a != "-")
        rows.append(Row(group, r["expected"] == "commits", r["kind"], actors, r["sentence"]))
    return rows


def passages(rows: list[Row]) -> list[list[Row]]:
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(row.group, []).append(row)
    return list(grouped.values())


def actor_right(found: str, expected: tuple[str, ...]) -> bool:
    found = found.strip().lower()
    return bool(found) and any(found in e.lower() or e.lower() in found for e in expected)


def measure(path: Path, show_misses: bool = False) -> dict[str, tuple[int, int]]:
    tp = fp = fn = kind_right = actor_ok = actor_asked = 0
    notes = []
    for passage in passages(read_rows(path)):
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
