"""Archives as inputs of `briefgen translate` and `briefgen brief`: read like folders,
defensively (traversal, links, bombs, broken and empty archives), resumable."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import stat
import tarfile
import time
import zipfile
from pathlib import Path

import docx
import pytest

from briefgen import batch
from briefgen.errors import InputError
from cli_run import run

ARTICLES = {
    "a.txt": "Bộ Nội vụ chủ trì Hội nghị.\n\nCác đại biểu thảo luận về hợp tác ASEAN.\n",
    "x/b.txt": "Việt Nam và Lào nhất trí tăng cường hợp tác.\n\nHai bên ký kết bản ghi nhớ.\n",
    "x/y/c.txt": "Thứ trưởng dẫn đầu đoàn.\n\nCác nước tiếp tục cải cách hành chính.\n",
}
JUNK = {
    "__MACOSX/x/._b.txt": "AppleDouble",
    ".DS_Store": "Finder",
    "x/.hidden.txt": "Bộ Nội vụ.",
    "notes.md": "# not a document",
}
TAR_MODES = {".tar": "w", ".tar.gz": "w:gz", ".tgz": "w:gz", ".tar.bz2": "w:bz2", ".tar.xz": "w:xz"}


def pack(path: Path, members: dict[str, str | bytes], *, newer: str = "") -> Path:
    """A zip or tar (by ``path``'s suffix) of ``members``, by name, as given; a tar's
    members are an hour old but ``newer``, a minute ahead."""
    items = {name: d.encode() if isinstance(d, str) else d for name, d in members.items()}
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in items.items():
                zf.writestr(name, data)
        return path
    mode = next(m for s, m in TAR_MODES.items() if path.name.endswith(s))
    with tarfile.open(path, mode) as tar:
        for name, data in items.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = int(time.time()) + (60 if name == newer else -3600)
            tar.addfile(info, io.BytesIO(data))
    return path


def translate(*args: object, model: Path):
    return run("translate", *args, "--model", model, "--beam-size", "1", "--threads", "1")


def statuses(output: str) -> list[str]:
    events = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return [e["status"] for e in events if e["event"] == "file"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", [".zip", *TAR_MODES])
def test_an_archive_is_translated_like_a_folder(tiny_marian, tmp_path, suffix):
    archive = pack(tmp_path / f"articles{suffix}", {**ARTICLES, **JUNK})
    before = digest(archive)
    out = tmp_path / "out"
    result = translate(archive, "-o", out, "--log-json", model=tiny_marian)
    assert result.exit_code == 0, result.output
    assert statuses(result.output) == ["translated"] * 3
    outputs = sorted(
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and not p.relative_to(out).parts[0].startswith(".")
    )
    assert outputs == ["articles/a.en.txt", "articles/x/b.en.txt", "articles/x/y/c.en.txt"]
    for name in outputs:
        assert len((out / name).read_text("utf-8").splitlines()) == 3
    assert digest(archive) == before


def test_a_brief_of_an_archive_has_each_article(tiny_marian, tmp_path):
    archive = pack(tmp_path / "articles.zip", {**ARTICLES, **JUNK})
    result = run("brief", archive, "-o", tmp_path / "b.docx", "-m", tiny_marian, "--beam-size", 1)
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "b.docx")
    assert document.paragraphs[0].text == "Digest of 3 articles"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert sum(h.startswith("Article ") for h in headings) == 3


def zip_with(path: Path, info: zipfile.ZipInfo, data: bytes = b"x") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", ARTICLES["a.txt"])
        zf.writestr(info, data)
    return path


def tar_with(path: Path, info: tarfile.TarInfo) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        data = ARTICLES["a.txt"].encode()
        good = tarfile.TarInfo("a.txt")
        good.size = len(data)
        tar.addfile(good, io.BytesIO(data))
        tar.addfile(info)
    return path


def zip_link(path: Path) -> Path:
    info = zipfile.ZipInfo("link.txt")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return zip_with(path, info, b"/etc/passwd")


def tar_link(path: Path, kind: bytes) -> Path:
    info = tarfile.TarInfo("link.txt")
    info.type, info.linkname = kind, "../../outside.txt"
    return tar_with(path, info)


def tar_device(path: Path) -> Path:
    info = tarfile.TarInfo("tty.txt")
    info.type = tarfile.CHRTYPE
    return tar_with(path, info)


def encrypted(path: Path) -> Path:
    """A zip whose one member says it is encrypted (general purpose flag bit 0)."""
    pack(path, {"secret.txt": ARTICLES["a.txt"]})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + offset] |= 0x1
    path.write_bytes(bytes(data))
    return path


def truncated(path: Path) -> Path:
    pack(path, ARTICLES)
    path.write_bytes(path.read_bytes()[:60])
    return path


BAD = {
    "traversal": (
        lambda p: pack(p / "t.zip", {"../evil.txt": "x"}),
        "member '../evil.txt' would be written outside its folder; refusing the archive",
    ),
    "absolute": (
        lambda p: pack(p / "t.tar", {"/etc/evil.txt": "x"}),
        "member '/etc/evil.txt' would be written outside its folder",
    ),
    "drive letter": (
        lambda p: pack(p / "t.zip", {"C:/evil.txt": "x"}),
        "member 'C:/evil.txt' would be written outside its folder",
    ),
    "backslashes": (
        lambda p: pack(p / "t.zip", {"x\\..\\..\\evil.txt": "x"}),
        "would be written outside its folder",
    ),
    "zip symlink": (
        lambda p: zip_link(p / "t.zip"),
        "member 'link.txt' is a link, which briefgen does not read",
    ),
    "tar symlink": (
        lambda p: tar_link(p / "t.tgz", tarfile.SYMTYPE),
        "member 'link.txt' is a link",
    ),
    "tar hard link": (
        lambda p: tar_link(p / "t.tgz", tarfile.LNKTYPE),
        "member 'link.txt' is a link",
    ),
    "device": (lambda p: tar_device(p / "t.tgz"), "member 'tty.txt' is a device or special"),
    "declared size": (
        lambda p: pack(p / "t.zip", {"big.txt": b"\0" * 5000}),
        "unpacks to more than 1,000 bytes; refused as a possible archive bomb "
        "(set $BRIEFGEN_ARCHIVE_MAX_BYTES to allow more)",
    ),
    "total size": (
        lambda p: pack(p / "t.tar.xz", {f"{i}.txt": b"\0" * 400 for i in range(3)}),
        "unpacks to more than 1,000 bytes",
    ),
    "member count": (
        lambda p: pack(p / "t.tgz", {f"{i}.md": "" for i in range(6)}),
        "holds more than 5 members; refused as a possible archive bomb "
        "(set $BRIEFGEN_ARCHIVE_MAX_MEMBERS to allow more)",
    ),
    "garbage": (
        lambda p: (p / "t.zip").write_bytes(b"PK\x03\x04 not really") and p / "t.zip",
        "t.zip: not a readable archive (File is not a zip file)",
    ),
    "truncated": (lambda p: truncated(p / "t.tar.gz"), "t.tar.gz: not a readable archive ("),
    "encrypted": (
        lambda p: encrypted(p / "t.zip"),
        "secret.txt is encrypted; unpack it with its password",
    ),
    "empty": (lambda p: pack(p / "t.zip", {}), "t.zip: no .txt/.docx/.html/.htm/.pdf files in"),
    "only junk": (
        lambda p: pack(p / "t.tar.bz2", JUNK),
        "t.tar.bz2: no .txt/.docx/.html/.htm/.pdf files in this archive",
    ),
}


@pytest.mark.parametrize("case", BAD)
@pytest.mark.parametrize("command", ["translate", "brief"])
def test_a_bad_archive_is_one_line_and_status_2(tmp_path, monkeypatch, case, command):
    monkeypatch.setenv("BRIEFGEN_ARCHIVE_MAX_BYTES", "1000")
    monkeypatch.setenv("BRIEFGEN_ARCHIVE_MAX_MEMBERS", "5")
    make, message = BAD[case]
    archive = make(tmp_path)
    before = digest(archive)
    out = tmp_path / "out"
    target = out if command == "translate" else out / "b.docx"
    result = run(command, archive, "-o", target, "-m", tmp_path / "no-model")
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {archive}: ")
    assert message in result.output
    assert not out.exists()  # refused before anything is written
    assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "evil.txt").exists()
    assert digest(archive) == before


def test_a_bad_limit_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_ARCHIVE_MAX_BYTES", "10MB")
    result = run("translate", pack(tmp_path / "a.zip", ARTICLES), "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert (
        result.output == "Error: $BRIEFGEN_ARCHIVE_MAX_BYTES=10MB: give a positive whole number\n"
    )


def test_an_interrupted_archive_run_resumes(tiny_marian, tmp_path, monkeypatch):
    archive = pack(tmp_path / "articles.tgz", ARTICLES)
    out = tmp_path / "out"
    real = batch.FileTranslator.__call__

    def first_then_interrupted(self, jobs, observer):
        for outcome in real(self, jobs, observer):
            yield outcome
            raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(batch.FileTranslator, "__call__", first_then_interrupted)
        cut = translate(archive, "-o", out, "--log-json", model=tiny_marian)
    assert cut.exit_code == 130, cut.output
    assert statuses(cut.output) == ["translated"]

    rerun = translate(archive, "-o", out, "--log-json", model=tiny_marian)
    assert rerun.exit_code == 0, rerun.output
    assert statuses(rerun.output) == ["skipped", "translated", "translated"]

    # an archive touched but not changed: the staging is rebuilt, the outputs are kept
    archive.touch()
    again = translate(archive, "-o", out, "--log-json", model=tiny_marian)
    assert statuses(again.output) == ["skipped"] * 3
    # a member changed since (newer than its output): that one alone is translated again
    changed = {**ARTICLES, "x/b.txt": ARTICLES["x/b.txt"].replace("Lào", "Campuchia")}
    pack(archive, changed, newer="x/b.txt")
    last = translate(archive, "-o", out, "--log-json", model=tiny_marian)
    events = [json.loads(line) for line in last.output.splitlines() if line.startswith("{")]
    translated = [e["output"] for e in events if e.get("status") == "translated"]
    assert translated == [str(out / "articles" / "x" / "b.en.txt")]
    assert "Cambodia" in (out / "articles" / "x" / "b.en.txt").read_text("utf-8")


def test_staged_members_are_never_read_as_inputs(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "d.txt").write_text(ARTICLES["a.txt"].replace("ASEAN", "Lào"), "utf-8")
    archive = pack(folder / "articles.zip", ARTICLES)
    first = translate(archive, folder, "-o", folder, "--log-json", model=tiny_marian)
    assert first.exit_code == 0, first.output
    assert statuses(first.output) == ["translated"] * 4
    assert (folder / "articles" / "x" / "y" / "c.en.txt").is_file()
    assert (folder / "d.en.txt").is_file()
    again = translate(folder, archive, "-o", folder, "--log-json", model=tiny_marian)
    assert statuses(again.output) == ["skipped"] * 4
    only_folder = translate(folder, "-o", folder, "--log-json", model=tiny_marian)
    assert statuses(only_folder.output) == ["skipped"]


def test_archives_inside_a_folder_are_named_not_skipped_silently(tmp_path, caplog):
    """A folder's archives are read only when named: the user is told which, both when
    the folder has articles beside them and when it has none."""
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "more.zip", "w") as archive:
        archive.writestr("b.txt", "Hai bên nhất trí tăng cường hợp tác.")
    with pytest.raises(
        InputError, match=r"in: no .* in this folder; it holds archives \(more.zip\)"
    ):
        batch.plan([str(folder)], tmp_path / "out")
    (folder / "a.txt").write_text("Hai bên nhất trí tăng cường hợp tác.", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="briefgen.batch.plan"):
        jobs = batch.plan([str(folder)], tmp_path / "out")
    assert [job.source.name for job in jobs] == ["a.txt"]
    assert "it holds archives (more.zip), read only when each is named" in caplog.text
