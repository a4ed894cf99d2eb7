"""Write translated documents: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from briefgen.errors import InputError, write_failure


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never half."""
    with atomic_writer(path, binary=True) as fh:
        fh.write(data)


@contextmanager
def atomic_writer(path: Path, *, binary: bool = False) -> Iterator[IO]:
    """A file to write ``path``'s new content into, bit by bit; it replaces ``path`` when
    the block ends without error, so readers never see half of it.

    Raises:
        OutputError: the folder cannot be made (a file is in the way), the disk is full,
            or writing is not allowed; nothing is left behind.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise write_failure(path, exc) from exc
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise write_failure(path, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_path(source: Path, outdir: Path, suffix: str = ".en.txt") -> Path:
    """``OUTDIR/<stem><suffix>``, refusing to point at the source itself."""
    target = outdir / f"{source.stem}{suffix}"
    if target.resolve() == source.resolve():
        raise InputError(f"{target}: output would overwrite its input; choose another -o folder")
    return target


def refuse_overwriting_inputs(
    outputs: Mapping[str, Path | None], inputs: Iterable[Path | str]
) -> None:
    """Refuse, before any work, an output option that names a file the command reads or
    that another output option names (``--json`` on an article, ``-o`` on the template).

    ``outputs`` maps each option as the user wrote it (``"--json"``) to its path, or None
    when not given.

    Raises:
        InputError: one line naming the file and the option.
    """
    read = {Path(path).resolve() for path in inputs}
    written: dict[Path, str] = {}
    for option, path in outputs.items():
        if path is None:
            continue
        resolved = path.resolve()
        if resolved in read:
            raise InputError(
                f"{path}: {option} would overwrite an input; choose another {option} file"
            )
        if resolved in written:
            raise InputError(
                f"{path}: {option} would overwrite the {written[resolved]} file; "
                f"give {option} another name"
            )
        written[resolved] = option
