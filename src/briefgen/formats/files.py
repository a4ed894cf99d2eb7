"""Write translated documents: atomically, and never over an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from briefgen.errors import InputError
from briefgen.records import DocumentTranslation, Role


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def output_path(source: Path, outdir: Path, suffix: str = ".en.txt") -> Path:
    """``OUTDIR/<stem><suffix>``, refusing to point at the source itself."""
    target = outdir / f"{source.stem}{suffix}"
    if target.resolve() == source.resolve():
        raise InputError(f"{target}: output would overwrite its input; choose another -o folder")
    return target


def render_text(result: DocumentTranslation, *, article_only: bool = False) -> str:
    """The translation as plain text.

    By default line N of the output is the translation of line N of the input and blanks
    stay blank. With ``article_only`` it is the title and then each body paragraph,
    separated by blank lines; captions, bylines and page clutter are left out.
    """
    if article_only:
        blocks = result.document.with_role(Role.TITLE, Role.BODY)
        paragraphs = [result.block_translation(b.index) for b in blocks]
        return "\n\n".join(p for p in paragraphs if p) + "\n"
    lines = [
        "" if block.role is Role.BLANK else result.block_translation(block.index)
        for block in result.document.blocks
    ]
    return "\n".join(lines) + "\n"
