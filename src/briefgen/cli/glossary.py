"""``briefgen glossary …``: the glossary maintainers' commands."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from briefgen.cli.common import glossary_options, open_glossary
from briefgen.errors import GlossaryError
from briefgen.glossary.tsv import CASES, CATEGORIES

FILE = click.Path(dir_okay=False, path_type=Path)


@click.group()
def glossary() -> None:
    """Check, search, edit and convert terminology glossaries."""


@glossary.command()
@click.argument("path", type=FILE, required=False)
def check(path: Path | None) -> None:
    """Validate a glossary (default: the built-in files together); lists FILE:LINE problems."""
    from briefgen.glossary import builtin_paths
    from briefgen.glossary.check import check_files

    paths = [path] if path else list(builtin_paths())
    problems = check_files(paths)
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        raise click.exceptions.Exit(1)
    click.echo(f"{path or ', '.join(p.name for p in paths)}: OK")


@glossary.command()
@click.argument("document", type=click.Path(dir_okay=False, allow_dash=True))
@glossary_options
def find(document: str, glossaries: tuple[Path, ...], no_builtin_glossary: bool) -> None:
    """List the glossary terms in DOCUMENT (- for stdin), most frequent first."""
    text = sys.stdin.read() if document == "-" else _document_text(Path(document))
    named = "stdin" if document == "-" else document
    if not text.strip():  # a file's emptiness is the reader's error; a pipe's is this one
        raise GlossaryError(f"{named}: nothing to read")
    counts = Counter(m.entry for m in open_glossary(glossaries, no_builtin_glossary).find(text))
    for entry, count in counts.most_common():
        click.echo(f"{count}\t{entry.vi}\t{entry.en}")
    if not counts:  # on stderr, so that stdout stays the table a script reads
        click.echo(f"no glossary term in {named}", err=True)


def _document_text(path: Path) -> str:
    from briefgen.ingest import read_document

    return "\n".join(block.text for block in read_document(path).blocks)


@glossary.command()
@click.argument("vi")
@click.argument("en")
@click.option("--variant", multiple=True, help="Other accepted English; repeatable.")
@click.option("--source-variant", multiple=True, help="Other Vietnamese form; repeatable.")
@click.option("--category", type=click.Choice(CATEGORIES), help="What kind of term it is.")
@click.option("--case", "case_", type=click.Choice(CASES), default="preserve", show_default=True)
@click.option("--note", default="")
@click.option("--source", default="", help="Where the English comes from: a URL or citation.")
@click.option("--file", "path", type=FILE, help="Glossary to edit (default: the built-in one).")
@click.option("--force", is_flag=True, help="Replace an entry with other English.")
def add(vi, en, variant, source_variant, category, case_, note, source, path, force) -> None:
    """Add the entry VI = EN to a glossary TSV, keeping its other lines as they are; for
    an entry already there with the same English, add the new variants to it."""
    from briefgen.glossary import builtin_path
    from briefgen.glossary.exchange import add_entry, new_entry

    entry = new_entry(
        vi,
        en,
        variants=variant,
        source_variants=source_variant,
        category=category or "",
        case=case_,
        note=note,
        source=source,
    )
    target = path or builtin_path()
    click.echo(f"{target}: {add_entry(target, entry, force=force)} {entry.vi!r}")


@glossary.command("coverage")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--min-count", type=click.IntRange(1), default=2, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@glossary_options
def coverage_(folder, min_count, limit, glossaries, no_builtin_glossary) -> None:
    """List frequent names of bodies, meetings and documents in FOLDER's articles that the
    glossary lacks: count, candidate, an example sentence."""
    from briefgen.formats import supported_suffixes
    from briefgen.glossary.coverage import coverage

    suffixes = supported_suffixes()
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in suffixes)
    if not files:
        raise GlossaryError(f"{folder}: no {'/'.join(suffixes)} files in this folder")
    texts = list(_readable_texts(files))
    if not texts:
        raise GlossaryError(
            f"{folder}: none of its {len(files)} files reads as a Vietnamese article"
        )
    found = coverage(texts, open_glossary(glossaries, no_builtin_glossary), min_count=min_count)
    for candidate in found[:limit]:
        click.echo(f"{candidate.count}\t{candidate.term}\t{candidate.example}")
    if not found:  # on stderr, so that stdout stays the table a script reads
        read = f"{len(texts)} file{'s' if len(texts) > 1 else ''} read"
        click.echo(
            f"no name seen at least {min_count} time{'s' if min_count > 1 else ''} is missing "
            f"from the glossary ({read})",
            err=True,
        )


def _readable_texts(files: list[Path]):
    """The texts of ``files``, skipping (with a note) those that are not Vietnamese."""
    from briefgen.errors import InputError

    for path in files:
        try:
            yield _document_text(path)
        except InputError as exc:
            click.echo(f"skipped {exc}", err=True)


def _convert(source: Path | None, output: Path | None, fmt: str | None, force: bool, default: str):
    """Write the glossary at ``source`` (None: the built-in files) to ``output`` or stdout."""
    from briefgen.glossary import load, load_glossaries
    from briefgen.glossary.exchange import PAIRS_DROP, guess_format, serialize, write_glossary

    if source is not None and not source.exists():
        raise GlossaryError(f"{source}: glossary file not found")
    entries = list(load(source) if source is not None else load_glossaries())
    if output is None:
        sys.stdout.buffer.write(serialize(entries, fmt or default))
        return
    fmt = fmt or guess_format(output)
    write_glossary(entries, output, fmt, force=force)
    dropped = f" (two columns: {PAIRS_DROP} left out)" if fmt == "pairs" else ""
    click.echo(f"{output}: {len(entries)} entries{dropped}", err=True)


FORMAT = click.Choice(["tsv", "pairs", "tbx"])


@glossary.command("import")
@click.argument("source", type=FILE)
@click.option("-o", "--output", type=FILE, help="Write here (default: stdout).")
@click.option("--format", "fmt", type=FORMAT, help="Output format (default: tsv).")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
def import_(source: Path, output: Path | None, fmt: str | None, force: bool) -> None:
    """Turn a two-column CSV/TSV or a TBX file into briefgen's TSV."""
    _convert(source, output, fmt or "tsv", force, "tsv")


@glossary.command()
@click.argument("source", type=FILE, required=False)
@click.option("-o", "--output", type=FILE, help="Write here (default: stdout).")
@click.option("--format", "fmt", type=FORMAT, help="pairs, tbx or tsv (default: by suffix).")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
def export(source: Path | None, output: Path | None, fmt: str | None, force: bool) -> None:
    """Write a glossary (default: the built-in one) as two-column pairs (.csv, .tsv) or
    TBX-Basic (.tbx) for translation services and CAT tools; ``--format tsv`` keeps every
    column, also in a .csv."""
    if fmt is None and output is not None and output.suffix.lower() in (".tsv", ".txt"):
        fmt = "pairs"
    _convert(source, output, fmt, force, "pairs")
