"""Plan a batch: every input file and the output it becomes, checked before any work.

Inputs are files, folders (read recursively), archives (read like folders, see
:mod:`briefgen.batch.archives`) and glob patterns; the output folder mirrors the folder
each was found in (an archive's members: ``<archive stem>/<member path>``).
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.batch.archives import ArchiveLimits, is_archive, is_staged, stage
from briefgen.errors import InputError
from briefgen.formats import supported_suffixes
from briefgen.formats.output import is_own_output, translated_suffix

log = logging.getLogger(__name__)

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Job:
    """One input file and the output it becomes.

    The paths are kept as strings: a plan of 100,000 jobs then holds two short strings
    each, a third of what two Path objects (with their cached parts) take.
    """

    source_name: str
    target_name: str

    @property
    def source(self) -> Path:
        return Path(self.source_name)

    @property
    def target(self) -> Path:
        return Path(self.target_name)


def output_suffix(source: Path) -> str:
    """What replaces an input's suffix in its output's name (the format registry's)."""
    return translated_suffix(source)


def _is_glob(raw: str) -> bool:
    return any(ch in raw for ch in _GLOB_CHARS)


def _glob_base(pattern: str) -> Path:
    """The folder a pattern's matches are mirrored from: its parts before the first wildcard."""
    parts = Path(pattern).parts
    fixed = [p for p in parts[: next(i for i, p in enumerate(parts) if _is_glob(p))]]
    return Path(*fixed) if fixed else Path()


def _documents(paths: Iterable[Path], root: Path, outdir: Path) -> tuple[list[Path], list[Path]]:
    """The supported files among ``paths`` (found under ``root``), leaving out those in an
    output folder inside ``root`` (``-o articles/en``), briefgen's own outputs
    (``-o articles``) and archives staged there, so a rerun does not read them; and, in
    the same pass, the archives among them, which are opened only when named."""
    out = outdir.resolve()
    nested = out != root.resolve() and out.is_relative_to(root.resolve())
    suffixes = supported_suffixes()
    found, archives = [], []
    for p in paths:
        if not p.is_file() or is_staged(p) or (nested and p.resolve().is_relative_to(out)):
            continue
        if p.suffix.lower() in suffixes and not is_own_output(p):
            found.append(p)
        elif is_archive(p):
            archives.append(p)
    return sorted(found), archives


def _unopened(folder: Path, archives: list[Path]) -> str:
    """What to say of the archives a folder holds: they are read only when named."""
    if not archives:
        return ""
    shown = ", ".join(str(a.relative_to(folder)) for a in sorted(archives)[:3])
    more = f" and {len(archives) - 3} more" if len(archives) > 3 else ""
    return f"it holds archives ({shown}{more}), read only when each is named as an input"


def expand(
    raw: str, outdir: Path, *, limits: ArchiveLimits | None = None
) -> list[tuple[Path, Path]]:
    """The files one command-line input names, each with the folder it is mirrored from.

    An archive's documents are staged under ``outdir`` first (within ``limits``, by
    default :meth:`ArchiveLimits.from_environment`) and named there.

    Raises:
        InputError: a missing file, a folder, pattern or archive with no documents, or a
            broken or unsafe archive.
    """
    if _is_glob(raw) and not Path(raw).exists():
        base = _glob_base(raw)
        found, _ = _documents(map(Path, glob.glob(raw, recursive=True)), base, outdir)
        if not found:
            raise InputError(f"{raw}: no {'/'.join(supported_suffixes())} files match this pattern")
        return [(p, base) for p in found]
    path = Path(raw)
    if path.is_dir():
        found, archives = _documents(path.rglob("*"), path, outdir)
        unopened = _unopened(path, archives)
        if not found:
            kinds = "/".join(supported_suffixes())
            raise InputError(
                f"{path}: no {kinds} files in this folder" + (f"; {unopened}" if unopened else "")
            )
        if unopened:
            log.warning("%s: %s", path, unopened)
        return [(p, path) for p in found]
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if is_archive(path):
        base, staged = stage(path, outdir, limits)
        return [(p, base) for p in staged]
    return [(path, path.parent)]


def _other_format_of(source: Path, other: Path) -> bool:
    """Whether ``source`` is the same document as ``other`` in another format: the same
    folder and stem, another suffix (an archive's report.pdf beside report.docx)."""
    return (
        source.parent == other.parent
        and source.stem == other.stem
        and source.suffix.lower() != other.suffix.lower()
    )


def plan(
    inputs: Sequence[str],
    outdir: Path,
    *,
    suffix: Callable[[Path], str] = output_suffix,
    limits: ArchiveLimits | None = None,
) -> list[Job]:
    """Input → output pairs for files, folders (recursive), archives and glob patterns.

    Each output sits at the input's path relative to the folder it was found in (the
    folder or the pattern's fixed part; a file's own folder; for an archive's member,
    ``<archive stem>/<member path>``), under ``outdir``. One document in two formats whose
    outputs would share a name (``report.pdf`` and ``report.docx``) are both translated:
    the later, in sorted order, keeps its own suffix in its output's name
    (``report.pdf.en.docx``).

    Raises:
        InputError: no inputs, an input :func:`expand` refuses, an output that would
            overwrite an input, or two inputs that would write the same output.
    """
    if not inputs:
        raise InputError("no inputs given")
    jobs: dict[str, Job] = {}  # by resolved output; strings, lighter than Paths at scale
    seen: set[str] = set()
    for raw in inputs:
        for source, base in expand(raw, outdir, limits=limits):
            resolved = str(source.resolve())
            if resolved in seen:
                continue
            seen.add(resolved)
            relative = source.relative_to(base) if base != Path() else source
            target = outdir / relative.parent / f"{source.stem}{suffix(source)}"
            key = str(target.resolve())
            if key in jobs and _other_format_of(source, jobs[key].source):
                # report.pdf beside report.docx: the later keeps its format in its name
                target = outdir / relative.parent / f"{source.name}{suffix(source)}"
                key = str(target.resolve())
            if key in jobs:
                raise InputError(
                    f"{source} and {jobs[key].source} would both be written to {target}; "
                    "translate them in separate runs"
                )
            jobs[key] = Job(str(source), str(target))
    clash = seen & jobs.keys()
    if clash:
        target = next(iter(clash))
        raise InputError(f"{target}: output would overwrite an input; choose another -o folder")
    return list(jobs.values())
