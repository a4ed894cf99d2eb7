"""Whether participants hold on names and titles the rules were never written against.

Metamorphic test: every TUNING article of ../shared/gold (tests/data/gold_split.tsv) is
varied once per pool of tests/name_substitution.py, its annotated participants replaced by
people of that pool (Lao, Bruneian, Russian with initials, Japanese in family-given order,
…), their roles too where the annotated role is written before the name (long ministry
titles with commas, two titles joined, ASEAN offices, ambassadors, appositions). The varied
article must yield exactly the replaced participants: recall counts replaced people found
with a role sharing half its words; precision counts found people that are replaced ones
(names the unvaried article already yields wrongly are not counted again).

Run: ``PYTHONPATH=src python benchmarks/name_robustness.py [SHARED_DIR] [--seeds N]
[--misses]`` (default ../shared, 1 seed).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from briefgen.evaluate.brief import annotated_body
from briefgen.extract import extract_facts
from briefgen.ingest import read_document
from briefgen.normalize import fold
from name_substitution import POOLS, check, make_variant, tuning_annotations


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}% ({a}/{b})" if b else "n/a"


def _actors(unvaried, outcome) -> tuple[int, list[tuple[str, str]]]:
    """Commitments the unvaried article gives a replaced person as actor: how many the
    variant gives the replacement, and (was, now) for the others. Commitments are paired
    in order; a variant with another count of them is not compared."""
    replaced = {fold(k): v for k, v in outcome.variant.originals.items()}
    before, after = unvaried.commitments, outcome.facts.commitments
    if len(before) != len(after):
        return 0, []
    kept, lost = 0, []
    for b, a in zip(before, after, strict=True):
        new = replaced.get(fold(b.actor.vi))
        if new is None:
            continue
        if fold(a.actor.vi) == fold(new):
            kept += 1
        else:
            lost.append((b.actor.vi, a.actor.vi))
    return kept, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", nargs="?", type=Path, default=Path("../shared"))
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    annotations = [a for a in tuning_annotations(args.shared) if a.participants]
    totals = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # expected, hits, found, right, exact, n
    actors = defaultdict(lambda: [0, 0])  # commitments by a replaced person: kept, all
    crashes: list[str] = []
    for annotation in annotations:
        gold = {fold(p.name) for p in annotation.participants}
        unvaried = extract_facts(annotated_body(read_document(annotation.article), annotation))
        wrong = [p.name.vi for p in unvaried.participants if fold(p.name.vi) not in gold]
        for pool in POOLS:
            for seed in range(args.seeds):
                variant = make_variant(annotation, pool, seed)
                try:
                    outcome = check(variant, wrong)
                except Exception as exc:  # a crash is a finding: count it, go on
                    crashes.append(f"{annotation.path} [{pool} {seed}]: {exc!r}")
                    for key in (pool, "all"):
                        totals[key][0] += len(variant.expected)
                        totals[key][5] += 1
                    continue
                expected = len(outcome.variant.expected)
                found = len(outcome.facts.participants) - sum(
                    fold(p.name.vi) in {fold(w) for w in wrong} for p in outcome.facts.participants
                )
                for key in (pool, "all"):
                    t = totals[key]
                    t[0] += expected
                    t[1] += expected - len(outcome.missed)
                    t[2] += found
                    t[3] += found - len(outcome.extra)
                    t[4] += outcome.roles_exact
                    t[5] += 1
                kept, lost = _actors(unvaried, outcome)
                for key in (pool, "all"):
                    actors[key][0] += kept
                    actors[key][1] += kept + len(lost)
                if args.misses:
                    for was, now in lost:
                        print(f"{annotation.path} [{pool} {seed}] actor: {now!r} (was {was!r})")
                if args.misses and (outcome.missed or outcome.extra):
                    print(f"{annotation.path} [{pool} {seed}]")
                    for e in outcome.missed:
                        print(f"  missed: {e.name} | {e.role}  (was {e.original})")
                    for x in outcome.extra:
                        print(f"  extra:  {x}")
    print("| pool | variants | recall | precision | role word for word | commitment actor |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for key in [*POOLS, "all"]:
        e, h, f, r, x, n = totals[key]
        a = _pct(*actors[key])
        print(f"| {key} | {n} | {_pct(h, e)} | {_pct(r, f)} | {_pct(x, e)} | {a} |")
    e = totals["all"][0]
    print(f"\nsubstitutions tried: {e} participants in {totals['all'][5]} variants")
    print(f"variants whose extraction raised: {len(crashes)}")
    for crash in crashes[:5]:
        print(f"  {crash}")


if __name__ == "__main__":
    main()
