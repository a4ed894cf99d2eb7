"""Retrain briefgen's document-name tagger (src/briefgen/data/document_names.crf).

It learns from annotated text in this repository and beside it: the settled rows of the
invented sentence tables (tests/data/declaration_sentences*.tsv, declaration_kinds.tsv),
the invented articles of tests/data/gold_invented, and the tuning split of ../shared/gold
(tests/data/gold_split.tsv). Never from what is only measured: the held-out split, the
blind invented sets (gold_invented_blind*), tests/data/gold_fresh. Run from the repository root:

    python tools/train_document_tagger.py [--shared ../shared]

Training takes about half a minute on two cores; retrained on the same data the model tags
the same (its file's bytes differ, the attributes being stored in another order).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from briefgen.evaluate.brief import annotated_body
from briefgen.evaluate.gold import Annotation, read_annotations, read_split
from briefgen.evaluate.sentence_tables import expected_pairs, read_sentence_table
from briefgen.extract import sentences_of
from briefgen.extract.document_tagger import MODEL, train
from briefgen.ingest import read_document

DATA = Path("tests/data")


def _sentence_rows() -> Iterator[tuple[str, list[str]]]:
    """Each sentence of the invented tables with the names its row expects. Rows still
    open (the rules get them wrong, or the conventions are unsettled) are left out: they
    are no settled annotation."""
    tables = [*DATA.glob("declaration_sentences*.tsv"), DATA / "declaration_kinds.tsv"]
    for table in sorted(tables):
        for row in read_sentence_table(table):
            if row.open:
                continue
            names = [name for name, _ in expected_pairs(row.expected)]
            for sentence in row.text.split(" || "):
                yield sentence, names


def _tuning(shared: Path) -> list[Annotation]:
    gold = shared / "gold"
    return read_split(DATA / "gold_split.tsv").members(read_annotations(gold, shared), "tuning")


def _article_rows(annotations: list[Annotation]) -> Iterator[tuple[str, list[str]]]:
    for annotation in annotations:
        names = [d.name for d in annotation.declarations]
        body = annotated_body(read_document(annotation.article), annotation)
        for sentence in [annotation.title, *sentences_of(body)]:
            yield sentence, names


@click.command()
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"))
@click.option(
    "--extra",
    nargs=2,
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    metavar="GOLD_DIR ROOT",
    help="More annotated articles to learn from (as for eval-brief); repeatable.",
)
@click.option("--out", type=click.Path(path_type=Path), default=Path("src/briefgen/data") / MODEL)
def main(shared: Path, extra: tuple[tuple[Path, Path], ...], out: Path) -> None:
    annotations = [
        a
        for folder in sorted(DATA.glob("gold_invented/*"))
        for a in read_annotations(folder, DATA / "invented_articles")
    ]
    if (shared / "gold").is_dir():
        annotations += _tuning(shared)
    else:
        click.echo(
            f"{shared / 'gold'}: not found; training without the gold tuning split", err=True
        )
    for gold, root in extra:
        annotations += read_annotations(gold, root)
    examples = [*_sentence_rows(), *_article_rows(annotations)]
    tmp = out.with_suffix(".tmp")
    count = train(examples, tmp)
    tmp.replace(out)
    click.echo(f"{out}: trained on {count} sentences from {len(annotations)} articles", err=True)


if __name__ == "__main__":
    sys.exit(main())
