"""Check a .docx's zip package before anything parses it.

A .docx is a zip of XML parts, and a few kilobytes of zip can declare (or, lying about
its sizes, inflate to) gigabytes: python-docx would read every part into memory and lxml
would build a tree of it. So every member is inflated here once, streaming, counting the
bytes it really yields, and the package is refused as soon as a part or the whole passes
a limit no real document reaches. XML parts must not carry a DTD either: Word refuses
them, an entity left unexpanded (XXE, billion laughs) would be written back as a file
that does not open, and expanding them is how those attacks work.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import InputError

MIB = 1024 * 1024
_CHUNK = MIB
# Any spelling of a DTD an XML parser would honour, in the encodings a part may use.
_DTD_MARKS = tuple(
    mark.encode(encoding)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)


@dataclass(frozen=True)
class PackageLimits:
    """Sizes (uncompressed) past which a .docx is refused; raised by environment variables
    ``BRIEFGEN_DOCX_MAX_XML_MB``, ``BRIEFGEN_DOCX_MAX_MB`` and ``BRIEFGEN_DOCX_MAX_PARTS``.

    A 500-page report's ``document.xml`` is about 10 MB, and its whole package with photos
    a few hundred MB at most.
    """

    xml_part: int = 64 * MIB
    total: int = 1024 * MIB
    parts: int = 10_000

    @classmethod
    def from_env(cls) -> PackageLimits:
        default = cls()
        return cls(
            xml_part=_env_int("BRIEFGEN_DOCX_MAX_XML_MB", default.xml_part // MIB) * MIB,
            total=_env_int("BRIEFGEN_DOCX_MAX_MB", default.total // MIB) * MIB,
            parts=_env_int("BRIEFGEN_DOCX_MAX_PARTS", default.parts),
        )


def check_package(data: bytes, source: Path, limits: PackageLimits | None = None) -> None:
    """Refuse a .docx whose parts are too many, too large, or carry a DTD.

    Raises:
        InputError: one line naming the part and the limit (and how to raise it).
    """
    limits = limits or PackageLimits.from_env()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{source}: not a valid .docx ({type(exc).__name__})") from exc
    with archive:
        members = archive.infolist()
        if len(members) > limits.parts:
            raise InputError(
                f"{source}: .docx has {len(members)} parts, over the limit of {limits.parts} "
                "(raise BRIEFGEN_DOCX_MAX_PARTS if it is genuine)"
            )
        total = 0
        for info in members:
            total += _check_member(archive, info, source, limits, total)


def _check_member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    source: Path,
    limits: PackageLimits,
    before: int,
) -> int:
    """The member's real size, read in chunks and refused as soon as it is too large."""
    xml = info.filename.lower().endswith((".xml", ".rels"))
    part_limit = limits.xml_part if xml else limits.total
    _within(info.filename, info.file_size, part_limit, source, xml)
    _within(info.filename, before + info.file_size, limits.total, source, False, whole=True)
    size = 0
    dtd = False
    tail = b""
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                _within(info.filename, size, part_limit, source, xml)
                _within(info.filename, before + size, limits.total, source, False, whole=True)
                if xml and not dtd:  # the overlap finds a mark split across chunks
                    window = tail + chunk
                    dtd = any(mark in window for mark in _DTD_MARKS)
                    tail = window[-32:]
    # A damaged deflate stream raises zlib.error, which is none of zipfile's own errors.
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise InputError(
            f"{source}: not a valid .docx ({info.filename}: {type(exc).__name__})"
        ) from exc
    except zipfile.LargeZipFile as exc:  # pragma: no cover - zip64 is supported by default
        raise InputError(f"{source}: not a valid .docx ({exc})") from exc
    if dtd:
        raise InputError(
            f"{source}: {info.filename} declares a DTD or entities, which Word documents "
            "never do; refusing it (re-save the file in Word)"
        )
    return size


def _within(
    name: str, size: int, limit: int, source: Path, xml: bool, *, whole: bool = False
) -> None:
    if size <= limit:
        return
    what = "the package" if whole else f"part {name}"
    variable = "BRIEFGEN_DOCX_MAX_XML_MB" if xml and not whole else "BRIEFGEN_DOCX_MAX_MB"
    raise InputError(
        f"{source}: {what} inflates past {limit // MIB} MB uncompressed, more than a real "
        f"document holds (a zip bomb?); raise {variable} if it is genuine"
    )


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{name}={raw!r}: expected a whole number") from None
    if value <= 0:
        raise InputError(f"{name}={raw!r}: expected a positive number")
    return value
