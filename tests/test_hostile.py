"""Hostile and oversized input (issue 15): each case ends in one line and a non-zero exit,
within bounded memory, and leaves no partial or corrupt output behind.

Memory bounds are checked by running briefgen in a child process under
``resource.setrlimit(RLIMIT_AS)``, so a regression shows as a MemoryError there instead of
swapping the test machine.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import cli

sys.path.insert(0, str(Path(__file__).parent))
import docx_sample

TEXT = "Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính."


def run(*args) -> object:
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_line(result) -> str:
    """The error output, asserted to be a single line with no traceback."""
    lines = result.output.strip().splitlines()
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert len([line for line in lines if line.strip()]) == 1, result.output
    return lines[0]


def run_limited(code: str, limit_mb: int, *args) -> subprocess.CompletedProcess:
    """Run Python ``code`` (given ``args`` in ``sys.argv[1:]``) in a child process whose
    address space is capped at ``limit_mb``."""
    limit = limit_mb * 1024 * 1024
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


READ_DOCUMENT = """
import sys
from briefgen.errors import BriefgenError
from briefgen.ingest import read_document
try:
    read_document(sys.argv[1])
except BriefgenError as exc:
    print(exc)
    sys.exit(2)
"""


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# --- .docx packages ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory) -> bytes:
    return docx_sample.build(tmp_path_factory.mktemp("docx") / "sample.docx").read_bytes()


def with_part(docx: bytes, name: str, write) -> bytes:
    """A copy of the .docx with part ``name`` replaced by what ``write(fh)`` writes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == name:
                with dst.open(zipfile.ZipInfo(name), "w", force_zip64=True) as fh:
                    write(fh)
            else:
                dst.writestr(info, src.read(info), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


DOC_HEAD = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body>"
)
DOC_TAIL = b"</w:body></w:document>"
PARAGRAPH = f"<w:p><w:r><w:t>{TEXT}</w:t></w:r></w:p>".encode()


def zip_bomb(docx: bytes, megabytes: int) -> bytes:
    def write(fh):
        fh.write(DOC_HEAD)
        chunk = PARAGRAPH * (1024 * 1024 // len(PARAGRAPH))
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(DOC_TAIL)

    zipped = io.BytesIO()
    # Deflate at its fastest: the bomb is still thousands of times smaller than it inflates.
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as src,
        zipfile.ZipFile(zipped, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for info in src.infolist():
            if info.filename == "word/document.xml":
                with dst.open("word/document.xml", "w", force_zip64=True) as fh:
                    write(fh)
            else:
                dst.writestr(info.filename, src.read(info))
    return zipped.getvalue()


def test_zip_bomb_docx_is_refused_in_bounded_memory(sample_docx, tmp_path):
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(zip_bomb(sample_docx, 300))
    assert bomb.stat().st_size < 5 * 1024 * 1024
    child = run_limited(READ_DOCUMENT, 1200, bomb)
    assert child.returncode == 2, child.stderr[-2000:]
    assert "zip bomb" in child.stdout and "BRIEFGEN_DOCX_MAX_XML_MB" in child.stdout
    assert len(child.stdout.strip().splitlines()) == 1


def test_docx_size_limit_can_be_raised(sample_docx, tmp_path, monkeypatch):
    from briefgen.ingest import read_document

    big = tmp_path / "big.docx"
    big.write_bytes(zip_bomb(sample_docx, 2))
    monkeypatch.setenv("BRIEFGEN_DOCX_MAX_XML_MB", "1")
    with pytest.raises(Exception, match="inflates past 1 MB"):
        read_document(big)
    monkeypatch.setenv("BRIEFGEN_DOCX_MAX_XML_MB", "4")
    assert len(read_document(big).blocks) > 1000


XXE = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    + f"<w:body><w:p><w:r><w:t>{TEXT} &xxe;</w:t></w:r></w:p></w:body></w:document>".encode()
)
LAUGHS = (
    b"<?xml version='1.0'?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>"
    + DOC_HEAD.split(b"\n", 1)[1]
    + f"<w:p><w:r><w:t>{TEXT} &lol9;</w:t></w:r></w:p>".encode()
    + DOC_TAIL
)


@pytest.mark.parametrize(
    "xml", [XXE, LAUGHS, XXE.decode().encode("utf-16")], ids=["xxe", "laughs", "utf16"]
)
def test_docx_with_a_dtd_is_refused_and_nothing_written(sample_docx, tiny_marian, tmp_path, xml):
    source = tmp_path / "in" / "xxe.docx"
    source.parent.mkdir()
    source.write_bytes(with_part(sample_docx, "word/document.xml", lambda fh: fh.write(xml)))
    out = tmp_path / "out"
    result = run(
        "translate", source, "-o", out, "--model", tiny_marian, "--beam-size", "1", "--no-tm"
    )
    assert result.exit_code != 0
    assert "declares a DTD" in result.output
    assert "Traceback" not in result.output
    assert not [p for p in files_in(out) if p.suffix == ".docx"]
