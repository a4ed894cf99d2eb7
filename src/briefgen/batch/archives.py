"""Archives as batch inputs: stage an archive's documents where the output folder is.

A ``.zip`` or ``.tar`` (plain, ``.gz``, ``.bz2``, ``.xz``) given as input is read like a
folder: its supported documents are copied into a hidden staging folder under the output
folder (``OUT/.briefgen-archives/``), where every process of a run sees them (Ray workers
too, since they already share the output folder), and planned from there, so its outputs
mirror ``<archive stem>/<member path>``. The archive is only read. Members are read
defensively: a name that climbs out (``../``, absolute, a drive letter), a link or a
device refuses the whole archive, and so do more members or more uncompressed bytes than
the limits allow (archive bombs). The staging is rebuilt only when the archive changes,
and each staged file keeps its member's time, so a rerun skips the outputs already done.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import lzma
import os
import re
import shutil
import stat
import tarfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from briefgen.errors import InputError, write_failure
from briefgen.formats import supported_suffixes
from briefgen.formats.output import is_own_output

STAGING_NAME = ".briefgen-archives"
"""The hidden folder under the output folder that holds staged archive members."""

ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
ARCHIVE_SUFFIXES = ZIP_SUFFIXES + TAR_SUFFIXES
"""The archives read as inputs (.7z and .rar are not: the user unpacks them)."""

MAX_BYTES_VARIABLE = "BRIEFGEN_ARCHIVE_MAX_BYTES"
MAX_MEMBERS_VARIABLE = "BRIEFGEN_ARCHIVE_MAX_MEMBERS"

_JUNK = frozenset({"__macosx", "thumbs.db", "desktop.ini"})
_DRIVE = re.compile(r"^[A-Za-z]:")
_STAMP_VERSION = 1
_CHUNK = 1 << 20
# What a damaged or unsupported archive raises while it is read, beyond OSError
# (gzip.BadGzipFile is one) and EOFError.
_BROKEN = (zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError, EOFError)


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """How much one archive may unpack to: what it stages in bytes, and its members
    (files, folders, links: every entry) in number. Past either, it is refused as a
    possible archive bomb."""

    max_bytes: int = 8 * 2**30
    max_members: int = 1_000_000

    @classmethod
    def from_environment(cls) -> ArchiveLimits:
        """The defaults, or ``$BRIEFGEN_ARCHIVE_MAX_BYTES`` / ``$BRIEFGEN_ARCHIVE_MAX_MEMBERS``
        where set, for the rare archive larger than them.

        Raises:
            InputError: a variable that is not a positive whole number.
        """
        default = cls()
        return cls(
            _positive(MAX_BYTES_VARIABLE, default.max_bytes),
            _positive(MAX_MEMBERS_VARIABLE, default.max_members),
        )


def _positive(variable: str, default: int) -> int:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) == 0:
        raise InputError(f"${variable}={raw}: give a positive whole number")
    return int(raw)


def is_archive(path: Path) -> bool:
    """True for a name ending in a suffix of :data:`ARCHIVE_SUFFIXES`."""
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def archive_stem(path: Path) -> str:
    """The archive's name without its archive suffix (``a.tar.gz`` → ``a``): the folder
    its members' outputs are mirrored under."""
    name = path.name
    suffix = next(s for s in ARCHIVE_SUFFIXES if name.lower().endswith(s))
    return name[: -len(suffix)] or name


def is_staged(path: Path) -> bool:
    """True for a path inside a staging folder: never an input or output of its own."""
    return STAGING_NAME in path.parts


@dataclass(frozen=True, slots=True)
class Member:
    """One regular file of an archive: its safe relative path, size and time."""

    path: PurePosixPath
    size: int
    mtime: float
    encrypted: bool = False


Opener = Callable[[], AbstractContextManager[IO[bytes]]]
"""Opens one member's bytes for reading."""


def stage(
    archive: Path, outdir: Path, limits: ArchiveLimits | None = None
) -> tuple[Path, list[Path]]:
    """Stage ``archive``'s supported documents under ``outdir``; returns the folder they
    are mirrored from and the staged files (under ``<folder>/<archive stem>/``).

    The staging is reused while the archive's size and time are unchanged and its files
    are all there; otherwise it is built again beside it and swapped in.

    Raises:
        InputError: the archive is broken, encrypted, unsafe (traversal, links, devices),
            over ``limits``, or holds no supported documents.
        OutputError: the staging folder cannot be written.
    """
    limits = limits or ArchiveLimits.from_environment()
    source = archive.resolve()
    key = f"{archive_stem(archive)}-{hashlib.sha256(str(source).encode()).hexdigest()[:10]}"
    root = outdir / STAGING_NAME
    base, stamp_path = root / key, root / f"{key}.json"
    info = source.stat()
    identity = {
        "version": _STAMP_VERSION,
        "archive": str(source),
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
    }
    staged = _reusable(base, stamp_path, identity)
    if staged is None:
        try:
            staged = _build(archive, base, limits)
            stamp_path.write_text(json.dumps({**identity, "members": staged}), "utf-8")
        except OSError as exc:
            raise write_failure(root, exc) from exc
    return base, [base / member for member in staged]


def _reusable(base: Path, stamp_path: Path, identity: dict) -> list[str] | None:
    """The staged members' relative paths, if the stamp matches ``identity`` and all
    of them are still there."""
    try:
        stamp = json.loads(stamp_path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamp, dict) or {k: stamp.get(k) for k in identity} != identity:
        return None
    members = stamp.get("members")
    if not isinstance(members, list) or not all((base / m).is_file() for m in members):
        return None
    return members


def _build(archive: Path, base: Path, limits: ArchiveLimits) -> list[str]:
    """Unpack into a fresh ``<base>.partial-<pid>`` folder, then swap it in for ``base``;
    an archive refused leaves no folder behind that was not there before."""
    root = base.parent
    created = [folder for folder in (root.parent, root) if not folder.exists()]
    root.mkdir(parents=True, exist_ok=True)
    for leftover in root.glob(f"{base.name}.partial-*"):  # from a run that was interrupted
        shutil.rmtree(leftover, ignore_errors=True)
    partial = root / f"{base.name}.partial-{os.getpid()}"
    top = PurePosixPath(archive_stem(archive))
    staged: list[str] = []
    budget = _Budget(archive, limits.max_bytes)
    try:
        for member, opener in _documents(archive, limits):
            budget.declare(member.size)
            relative = top / member.path
            target = partial / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with ExitStack() as files:
                with _reading(archive):
                    data = files.enter_context(opener())
                out = files.enter_context(open(target, "wb"))
                while chunk := _read(archive, data):
                    budget.spend(len(chunk))
                    out.write(chunk)
            os.utime(target, (member.mtime, member.mtime))
            staged.append(relative.as_posix())
        if not staged:
            raise InputError(
                f"{archive}: no {'/'.join(supported_suffixes())} files in this archive"
            )
        shutil.rmtree(base, ignore_errors=True)
        partial.rename(base)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
        raise
    return sorted(staged)


class _Budget:
    """The bytes an archive may still unpack to: checked against what each member
    declares before it is read and what it really yields (it may declare less)."""

    def __init__(self, archive: Path, max_bytes: int) -> None:
        self.archive, self.max_bytes = archive, max_bytes
        self.declared = self.spent = 0

    def declare(self, size: int) -> None:
        self.declared += size
        self._check(self.declared)

    def spend(self, size: int) -> None:
        self.spent += size
        self._check(self.spent)

    def _check(self, total: int) -> None:
        if total > self.max_bytes:
            raise InputError(
                f"{self.archive}: unpacks to more than {self.max_bytes:,} bytes; refused as a "
                f"possible archive bomb (set ${MAX_BYTES_VARIABLE} to allow more)"
            )


def _read(archive: Path, data: IO[bytes]) -> bytes:
    with _reading(archive):
        return data.read(_CHUNK)


@contextmanager
def _reading(archive: Path) -> Iterator[None]:
    """Turns what a damaged or unsupported archive raises while read into one line."""
    try:
        yield
    except _BROKEN as exc:
        raise _broken(archive, exc) from exc
    except NotImplementedError as exc:  # a zip compression method Python does not read
        raise _broken(archive, exc) from exc
    except RuntimeError as exc:  # zipfile: an encrypted member without a password
        raise _broken(archive, exc) from exc
    except OSError as exc:  # only reading happens inside: the archive's own failure
        raise _broken(archive, exc) from exc


def _broken(archive: Path, exc: BaseException) -> InputError:
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    detail = message.splitlines()[0].rstrip(": ") if message else type(exc).__name__
    return InputError(f"{archive}: not a readable archive ({detail})")


def _documents(archive: Path, limits: ArchiveLimits) -> Iterator[tuple[Member, Opener]]:
    """Each supported, non-junk document of ``archive`` with a way to read it, after
    checking every member (supported or not) is safe and their number within ``limits``."""
    is_zip = archive.name.lower().endswith(ZIP_SUFFIXES)
    suffixes = supported_suffixes()
    with _reading(archive):
        entries = _zip_entries(archive) if is_zip else _tar_entries(archive)
        for count, entry in enumerate(entries, start=1):
            if count > limits.max_members:
                raise InputError(
                    f"{archive}: holds more than {limits.max_members:,} members; refused as a "
                    f"possible archive bomb (set ${MAX_MEMBERS_VARIABLE} to allow more)"
                )
            if entry is None:
                continue
            member, opener = entry
            path = member.path
            if _is_junk(path) or path.suffix.lower() not in suffixes:
                continue
            if is_own_output(Path(path)):
                continue
            if member.encrypted:
                raise InputError(f"{archive}: {path} is encrypted; unpack it with its password")
            yield member, opener


def _is_junk(path: PurePosixPath) -> bool:
    """Hidden files and folders and the ones operating systems add (``__MACOSX/``,
    ``.DS_Store``, ``._name``, ``Thumbs.db``)."""
    return any(part.startswith(".") or part.lower() in _JUNK for part in path.parts)


def _safe_path(archive: Path, name: str) -> PurePosixPath:
    """``name`` as a relative path inside the archive.

    Raises:
        InputError: a name that is absolute, starts with a drive letter or climbs out.
    """
    unified = name.replace("\\", "/")
    parts = [p for p in unified.split("/") if p not in ("", ".")]
    if unified.startswith("/") or _DRIVE.match(unified) or ".." in parts or "\x00" in name:
        raise InputError(
            f"{archive}: member {name!r} would be written outside its folder; refusing the archive"
        )
    return PurePosixPath(*parts)


def _special(archive: Path, name: str, what: str) -> InputError:
    return InputError(
        f"{archive}: member {name!r} is {what}, which briefgen does not read; refusing the archive"
    )


def _zip_entries(archive: Path) -> Iterator[tuple[Member, Opener] | None]:
    """Every entry of a zip: a regular file with its opener, or None for a folder.

    Raises:
        InputError: an unsafe name, a link or a special file.
    """
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            path = _safe_path(archive, info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise _special(archive, info.filename, "a link")
            if info.is_dir() or stat.S_ISDIR(mode):
                yield None
                continue
            if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                raise _special(archive, info.filename, "a device or special file")
            encrypted = bool(info.flag_bits & 0x1)
            member = Member(path, info.file_size, _zip_time(info, archive), encrypted)
            yield member, functools.partial(zf.open, info)


def _zip_time(info: zipfile.ZipInfo, archive: Path) -> float:
    try:
        return time.mktime((*info.date_time, 0, 0, -1))
    except (OverflowError, ValueError):
        return archive.stat().st_mtime


def _tar_entries(archive: Path) -> Iterator[tuple[Member, Opener] | None]:
    """Every entry of a tar, read in order (one pass through a compressed stream).

    Raises:
        InputError: an unsafe name, a link or a special file.
    """
    with tarfile.open(archive, "r:*") as tar:
        for info in tar:
            path = _safe_path(archive, info.name)
            if info.issym() or info.islnk():
                raise _special(archive, info.name, "a link")
            if info.isdir():
                yield None
                continue
            if not info.isreg():
                raise _special(archive, info.name, "a device or special file")
            yield (
                Member(path, info.size, float(info.mtime)),
                functools.partial(_tar_stream, tar, info),
            )


@contextmanager
def _tar_stream(tar: tarfile.TarFile, info: tarfile.TarInfo) -> Iterator[IO[bytes]]:
    stream = tar.extractfile(info)
    assert stream is not None  # a regular file always has one
    with stream:
        yield stream
