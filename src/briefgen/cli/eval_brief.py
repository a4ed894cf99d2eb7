"""``briefgen eval-brief``: how the reader and the extractors agree with hand annotations."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path

import click

from briefgen.cli.common import UserError, glossary_options, open_glossary
from briefgen.evaluate.brief import ABOUT, ArticleScore, Check, Ratio, SetScore, score_set
from briefgen.evaluate.confidence import RESAMPLES, Interval, bootstrap_intervals
from briefgen.evaluate.gold import read_annotations, read_split
from briefgen.formats.files import atomic_write_bytes


@click.command("eval-brief")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.argument("root", type=click.Path(path_type=Path))
@click.option(
    "--split",
    "split_path",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Tab-separated file putting each annotation in a set (file, set columns).",
)
@click.option(
    "--set",
    "set_names",
    multiple=True,
    metavar="NAME",
    help="A set of the split to measure; repeatable, one column each [default: every set].",
)
@click.option("--misses", is_flag=True, help="List each miss and false hit, article by article.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Also write every figure and each article's score as JSON to this file.",
)
@click.option(
    "--confidence",
    is_flag=True,
    help="Add a 95% bootstrap interval to each figure, resampling the set's articles.",
)
@click.option(
    "--confidence-n",
    type=click.IntRange(min=1),
    default=RESAMPLES,
    show_default=True,
    metavar="N",
    help="Resamples for --confidence.",
)
@glossary_options
def eval_brief(
    gold_dir, root, split_path, set_names, misses, json_path, confidence, confidence_n, **glossary
) -> None:
    """Score what a briefing is made of against the annotations in GOLD_DIR (*.json, any
    depth), each naming its article under ROOT: participants, declarations and
    commitments (recall, precision), date, place, title, body start and end, captions,
    byline, publication date, and clutter left in the body."""
    if set_names and split_path is None:
        raise UserError("--set needs --split: the sets are named in the split file")
    if json_path is not None and json_path.is_dir():
        raise UserError(f"{json_path}: is a folder; --json needs a file name")
    annotations = read_annotations(gold_dir, root)
    if split_path is None:
        chosen = {"all": annotations}
    else:
        split = read_split(split_path)
        chosen = {name: split.members(annotations, name) for name in set_names or split.names}
    used = open_glossary(glossary["glossaries"], glossary["no_builtin_glossary"])
    scores = [score_set(name, members, used) for name, members in chosen.items()]
    intervals = (
        [bootstrap_intervals(s.articles, resamples=confidence_n) for s in scores]
        if confidence
        else None
    )
    click.echo(figures_table(scores, intervals))
    if misses:
        for score in scores:
            click.echo(f"\n## {score.name}: misses and false hits")
            for article in score.articles:
                if lines := article_misses(article):
                    click.echo(f"\n{article.article} ({article.annotation})")
                    click.echo("\n".join(f"  {line}" for line in lines))
    if json_path:
        data = {
            "gold": str(gold_dir),
            "root": str(root),
            "split": str(split_path) if split_path else None,
            "sets": [
                as_json(score, intervals[i] if intervals else None)
                for i, score in enumerate(scores)
            ],
        }
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        atomic_write_bytes(json_path, text.encode("utf-8"))


def _cell(value: Ratio | int, interval: Interval | None = None) -> str:
    if isinstance(value, int):
        return str(value)
    if value.value is None:
        return "n/a (0/0)"
    cell = f"{100 * value.value:.0f}% ({value.hits}/{value.total})"
    if interval is not None:
        cell += f" [{100 * interval.low:.0f}–{100 * interval.high:.0f}]"
    return cell


def _target(target: float | None) -> str:
    if target is None:
        return ""
    return f"≥{100 * target:.0f}%" if isinstance(target, float) else str(target)


def figures_table(
    scores: list[SetScore], intervals: list[dict[str, Interval | None]] | None = None
) -> str:
    """Every figure, one column per set, as a Markdown table (the README's is this one),
    with each set's bootstrap interval after the figure where ``intervals`` are given."""
    head = ["figure", *(f"{s.name} ({len(s.articles)})" for s in scores), "target"]
    rows = [head, ["---", *["---:"] * (len(head) - 1)]]
    for name, about in ABOUT.items():
        cells = [
            _cell(getattr(s.figures, name), intervals[i].get(name) if intervals else None)
            for i, s in enumerate(scores)
        ]
        rows.append([about.label, *cells, _target(about.target)])
    return "\n".join(f"| {' | '.join(row)} |" for row in rows)


def _shown(value: str | None) -> str:
    return "none" if value is None else f'"{value}"'


def article_misses(article: ArticleScore) -> list[str]:
    """One line per miss or false hit in ``article``: found against expected."""
    lines = []
    for part in ("title", "body_start", "body_end", "captions", "byline", "published"):
        check: Check = getattr(article, part)
        if not check.right:
            lines.append(f"{part}: found {_shown(check.found)}, expected {_shown(check.expected)}")
    lines += [f"clutter in body: {c}" for c in article.clutter_in_body]
    for kind, matching in (
        ("participant", article.participants),
        ("declaration", article.declarations),
        ("commitment", article.commitments),
    ):
        lines += [f"missed {kind}: {m}" for m in matching.missed]
        lines += [f"false {kind}: {f}" for f in matching.false_hits]
    # As read, the reader's body and captions may gain or lose people: only the difference.
    lines += [
        f"missed participant as read: {m}"
        for m in article.participants_as_read.missed
        if m not in article.participants.missed
    ]
    lines += [
        f"false participant as read: {f}"
        for f in article.participants_as_read.false_hits
        if f not in article.participants.false_hits
    ]
    lines += [
        f"declaration status: {s.declaration}: found {s.found}, expected {s.expected}"
        for s in article.statuses
        if s.found != s.expected
    ]
    for part, label in (("date", "event date"), ("place", "place")):
        check = getattr(article, part)
        if not check.right:
            lines.append(f"{label}: found {_shown(check.found)}, expected {_shown(check.expected)}")
    return lines


def as_json(score: SetScore, intervals: dict[str, Interval | None] | None = None) -> dict:
    """A set's figures (each ratio with its counts and value, and its interval when
    asked) and each article's score, for ``--json``: figures tracked across runs."""
    figures = {}
    for f in fields(score.figures):
        value = getattr(score.figures, f.name)
        if not isinstance(value, Ratio):
            figures[f.name] = value
            continue
        figures[f.name] = {**asdict(value), "value": value.value}
        if intervals is not None:
            interval = intervals.get(f.name)
            figures[f.name]["interval"] = asdict(interval) if interval else None
    return {
        "name": score.name,
        "articles": len(score.articles),
        "figures": figures,
        "per_article": [asdict(a) for a in score.articles],
    }
