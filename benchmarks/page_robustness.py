"""How often a real page reads the same once scraped clutter is put in it (metamorphic test).

Run: ``python benchmarks/page_robustness.py [--gold ../shared/gold] [--root ../shared]
[--variants 3] [--mixes 4] [--failures N]``. Every TUNING article of the gold split (never a
held-out one) gets each kind of clutter at each place pages put it, ``--variants``
wordings each, then ``--mixes`` mixes of four kinds and one page with every kind at once
(see tests/page_perturbations.py). A trial is unchanged when title, first and last
sentence, captions (the added one too), byline, participants, declarations and
commitments are as without the clutter, and no added line is in the body. Prints the
share unchanged per kind and place, and the first failures.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from page_perturbations import (  # noqa: E402  (shared with the tests)
    combined_trials,
    run_trial,
    single_trials,
    tuning_pages,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--root", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--split", type=Path, default=ROOT / "tests" / "data" / "gold_split.tsv")
    parser.add_argument("--variants", type=int, default=3)
    parser.add_argument("--mixes", type=int, default=4)
    parser.add_argument("--failures", type=int, default=15, help="how many failures to list")
    args = parser.parse_args()

    pages = tuning_pages(args.gold, args.root, args.split)
    trials = [
        t
        for source in (
            single_trials(pages, args.variants),
            combined_trials(pages, args.mixes),
        )
        for page, clutters, seed in source
        if (t := run_trial(page, clutters, seed)) is not None
    ]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for t in trials:
        key = t.kinds if len(t.clutters) == 1 else "mix of kinds"
        if len(t.clutters) == len(trials[-1].clutters) and len(t.clutters) > 4:
            key = "every kind at once"
        by_kind[key].append(not t.failures)
    unchanged = sum(not t.failures for t in trials)
    print(f"pages: {len(pages)} tuning articles read as annotated")
    print(f"trials: {len(trials)}; read unchanged: {unchanged / len(trials):.1%}")
    print()
    print("| clutter (place) | trials | unchanged |")
    print("| --- | ---: | ---: |")
    for key, results in by_kind.items():
        print(f"| {key} | {len(results)} | {sum(results) / len(results):.0%} |")
    failed = [t for t in trials if t.failures]
    if failed and args.failures:
        print()
        for t in failed[: args.failures]:
            print(f"- {t.page.annotation.path} [{t.kinds}]: {'; '.join(t.failures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
