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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", nargs="?", type=Path, default=Path("../shared"))
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    annotations = [a for a in tuning_annotations(args.shared) if a.participants]
    totals = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # expected, hits, found, right, exact, n
    for annotation in annotations:
        gold = {fold(p.name) for p in annotation.participants}
        unvaried = extract_facts(annotated_body(read_document(annotation.article), annotation))
        wrong = [p.name.vi for p in unvaried.participants if fold(p.name.vi) not in gold]
        for pool in POOLS:
            for seed in range(args.seeds):
                outcome = check(make_variant(annotation, pool, seed), wrong)
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
                if args.misses and (outcome.missed or outcome.extra):
                    print(f"{annotation.path} [{pool} {seed}]")
                    for e in outcome.missed:
                        print(f"  missed: {e.name} | {e.role}  (was {e.original})")
                    for x in outcome.extra:
                        print(f"  extra:  {x}")
    print("| pool | variants | recall | precision | role word for word |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for key in [*POOLS, "all"]:
        e, h, f, r, x, n = totals[key]
        print(f"| {key} | {n} | {_pct(h, e)} | {_pct(r, f)} | {_pct(x, e)} |")
    e = totals["all"][0]
    print(f"\nsubstitutions tried: {e} participants in {totals['all'][5]} variants")


if __name__ == "__main__":
    main()
