"""Hostile and oversized input (issue 15): each case ends in one line and a non-zero exit,
within bounded memory, and leaves no partial or corrupt output behind.

Memory bounds are checked by running briefgen in a child process under
``resource.setrlimit(RLIMIT_AS)``, so a regression shows as a MemoryError there instead of
swapping the test machine.
"""

from __future__ import annotations

import errno
import io
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import docx_sample
from cli_run import run

TEXT = "Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính."


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
import time
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


def damaged_deflate(docx: bytes, name: str = "word/document.xml") -> bytes:
    """The .docx with ``name`` deflated and its stream's first block type set to the
    reserved one, so inflating it fails in zlib (not in zipfile's own checks)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as src,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    data = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(name)
    name_length, extra_length = (
        int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little"),
        int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little"),
    )
    data[info.header_offset + 30 + name_length + extra_length] = 0x07  # BFINAL, BTYPE 11
    return bytes(data)


def test_a_damaged_deflate_stream_is_one_line(sample_docx, tiny_marian, tmp_path):
    damaged = damaged_deflate(sample_docx)
    source = tmp_path / "in" / "damaged.docx"
    source.parent.mkdir()
    source.write_bytes(damaged)
    out = tmp_path / "out"
    result = run(
        "translate", source, "-o", out, "--model", tiny_marian, "--beam-size", "1", "--no-tm"
    )
    assert result.exit_code == 2
    assert "not a valid .docx (word/document.xml: error)" in one_line(result)
    assert not out.exists() or not files_in(out)
    template = tmp_path / "template.docx"
    template.write_bytes(damaged)
    result = run("brief", ARTICLE, "-o", tmp_path / "b.docx", "--template", template)
    assert result.exit_code == 2
    assert "cannot be read as .docx" in one_line(result)
    assert not (tmp_path / "b.docx").exists()


# --- quadratic and cubic paths -----------------------------------------------------------
# Each bound is generous on a loaded machine, and hours away from the old growth.


def test_block_translation_of_a_long_document_is_linear():
    from briefgen.records import (
        Block,
        Document,
        DocumentTranslation,
        Provenance,
        Role,
        Segment,
        SegmentTranslation,
    )

    n = 50_000
    blocks = tuple(Block(i, f"câu {i}.", Role.BODY, (f"câu {i}.",)) for i in range(n))
    document = Document(Path("a.txt"), "txt", blocks)
    segments = tuple(SegmentTranslation(Segment(i, 0, f"câu {i}."), f"line {i}.") for i in range(n))
    result = DocumentTranslation(document, segments, Provenance("0", "echo", "echo"))
    start = time.perf_counter()
    english = [result.block_translation(i) for i in range(n)]
    assert time.perf_counter() - start < 5  # was a scan of every segment per block: ~minutes
    assert english[123] == "line 123." and english[-1] == f"line {n - 1}."


def test_term_claiming_in_a_long_unpunctuated_sentence_is_fast():
    from briefgen.glossary import load_glossaries
    from briefgen.glossary.enforce import check

    words = ["Hội", "nghị", "ASEAN", "lần", "thứ", "21", "tại", "Hà", "Nội"] * 2_000  # 16,000 words
    sentence = " ".join(words)
    english = " ".join(["ASEAN", "Summit", "21st", "in", "Hanoi"] * 1_000)
    start = time.perf_counter()
    checks = check(sentence, english, load_glossaries())
    assert time.perf_counter() - start < 30  # cubic before: 13,600 words took 296 s
    assert sum(c.satisfied for c in checks) >= 1_000
    assert not all(c.satisfied for c in checks)  # only 1,000 of 2,000 "Hà Nội" are there


def test_glossary_check_of_a_very_long_term_is_fast(tmp_path):
    long_vi = " ".join(["Hội nghị Bộ Nội vụ"] * 500)  # 2,000 syllables
    path = tmp_path / "g.tsv"
    path.write_text(
        "vi\ten\tvariants\tcategory\tcase\tnote\tsource_variants\n"
        "Bộ Nội vụ\tMinistry of Home Affairs\t\tministry\tpreserve\t\t\n"
        f"{long_vi}\tA very long meeting\t\t\t\t\t\n",
        encoding="utf-8",
    )
    start = time.perf_counter()
    result = run("glossary", "check", path)
    assert time.perf_counter() - start < 10  # cubic before: 29 s
    assert result.exit_code == 1
    assert "contains 'Bộ Nội vụ' (line 2)" in result.output


@pytest.mark.parametrize("tag", ["b", "div"])
def test_html_nested_past_the_parser_depth_is_refused_not_emptied(tiny_marian, tmp_path, tag):
    source = tmp_path / "in" / "deep.html"
    source.parent.mkdir()
    deep = f"<{tag}>" * 100_000 + TEXT + f"</{tag}>" * 100_000
    source.write_text(f"<html><body><p>{TEXT}</p><p>{deep}</p></body></html>", "utf-8")
    out = tmp_path / "out"
    result = run("translate", source, "-o", out, "--model", tiny_marian, "--no-tm")
    assert result.exit_code != 0
    assert "nested more than 256 deep" in one_line(result)
    assert not [p for p in files_in(out) if p.suffix == ".html"]


def test_an_endless_sentence_is_cut_into_pieces_a_model_can_translate():
    from briefgen.segment import MAX_SENTENCE_CHARS, split_sentences

    words = ("Hội nghị ASEAN lần thứ 21, tại Hà Nội " * 2_000).split()
    start = time.perf_counter()
    pieces = split_sentences(" ".join(words))
    assert time.perf_counter() - start < 5
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert " ".join(pieces).split() == words  # nothing lost, nothing cut mid-word
    assert all(p.endswith(",") for p in pieces[:-1])  # cut after a comma where one fits


@pytest.mark.parametrize(
    "paragraph",
    [
        "“" + "Đây là câu. " * 50_000 + "”",  # a quotation open over 50,000 boundaries
        "a. " * 100_000,  # 100,000 false boundaries (lower-case continuations)
    ],
    ids=["open-quote", "false-boundaries"],
)
def test_segmenting_a_pathological_paragraph_is_linear(paragraph):
    from briefgen.segment import split_sentences

    start = time.perf_counter()
    pieces = split_sentences(paragraph)
    assert time.perf_counter() - start < 10
    assert "".join(pieces).replace(" ", "") == paragraph.replace(" ", "")


# --- templates ---------------------------------------------------------------------------

ARTICLE = Path(__file__).resolve().parents[1] / "samples" / "accsm-21-chairmanship-2021.txt"
SHORT = (
    "Bộ Nội vụ chủ trì Hội nghị ASEAN\n\n"
    "Ngày 21/3, tại Hà Nội, Bộ Nội vụ chủ trì Hội nghị ASEAN về cải cách hành chính.\n"
)


def brief_with_template(tmp_path: Path, template_text: str) -> list[str]:
    import docx

    template = tmp_path / "t.docx"
    own = docx.Document()
    own.add_paragraph(template_text)
    own.save(template)
    out = tmp_path / "b.docx"
    return ["brief", ARTICLE, "-o", out, "--template", template, "-m", tmp_path / "no-model"]


@pytest.mark.parametrize(
    ("template_text", "message"),
    [
        ("{{ 'A' * 10**9 }}", "over 50,000,000"),
        ("{{ 'A'|center(10**9) }}", "over 50,000,000"),
        ("{{ 'A'.ljust(10**9) }}", "over 50,000,000"),
        ("{{ '{:>999999999}'.format(1) }}", "format width"),
        ("{{ 2 ** (10 ** 10) }}", "exponent"),
        ("{{ range(10**9)|list }}", "over 50,000,000"),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "loops over 1,000,000 items",
        ),
        ("{% include 'other.docx' %}", "cannot include, extend or import"),
        ("{% extends 'base.docx' %}", "cannot include, extend or import"),
        ("{% import 'macros.docx' as m %}", "cannot include, extend or import"),
        ("{{ '{0}'.format_map({}) }}", "rendering failed"),
    ],
)
def test_hostile_template_is_one_line_before_translating(tmp_path, template_text, message):
    args = brief_with_template(tmp_path, template_text)
    start = time.perf_counter()
    result = run(*args)
    assert time.perf_counter() - start < 60
    assert result.exit_code == 2
    assert message in one_line(result)
    assert not (tmp_path / "b.docx").exists()


def test_template_bomb_stays_in_bounded_memory(tmp_path):
    args = brief_with_template(tmp_path, "{{ 'A' * 10**9 }}")
    child = run_limited(
        "import sys\nfrom briefgen.cli import main\nsys.argv = ['briefgen', *sys.argv[1:]]\nmain()",
        1500,
        *args,
    )
    assert child.returncode == 2, child.stderr[-2000:]
    assert "over 50,000,000" in child.stderr
    assert len(child.stderr.strip().splitlines()) == 1


# --- writes that fail: a file in the way, a full disk ------------------------------------

GLOSSARY_TSV = (
    "vi\ten\tvariants\tcategory\tcase\tnote\tsource_variants\n"
    "Bộ Nội vụ\tMinistry of Home Affairs\t\tministry\tpreserve\t\t\n"
)


@pytest.fixture(scope="module")
def translated_txt(tiny_marian, tmp_path_factory) -> tuple[Path, Path]:
    """A sample article translated with --xliff: its source and the XLIFF."""
    folder = tmp_path_factory.mktemp("xliff")
    source = folder / "bai.txt"
    source.write_text(SHORT, "utf-8")
    out = folder / "out"
    result = run(
        "translate", source, "-o", out, "--model", tiny_marian, "--beam-size", "1", "--xliff"
    )
    assert result.exit_code == 0, result.output
    return source, out / "bai.en.xlf"


def writing_commands(tiny_marian, translated_txt, tmp_path: Path, out: Path) -> dict:
    source, xliff = translated_txt
    glossary = tmp_path / "g.tsv"
    glossary.write_text(GLOSSARY_TSV, "utf-8")
    model = ["--model", tiny_marian, "--beam-size", "1"]
    tm = ["--tm", tmp_path / "tm.sqlite3"]
    return {
        "translate": ["translate", source, "-o", out, *model, *tm],
        "brief": ["brief", source, "-o", out / "b.docx", *model, *tm],
        "glossary-import": ["glossary", "import", glossary, "-o", out / "g.tsv"],
        "glossary-export": ["glossary", "export", "-o", out / "g.csv"],
        "apply-xliff": ["translate", "--apply-xliff", xliff, "-o", out],
    }


COMMANDS = ["translate", "brief", "glossary-import", "glossary-export", "apply-xliff"]


@pytest.mark.parametrize("command", COMMANDS)
def test_output_below_a_regular_file_is_one_line(tiny_marian, translated_txt, tmp_path, command):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", "utf-8")
    args = writing_commands(tiny_marian, translated_txt, tmp_path, blocker / "out")[command]
    result = run(*args)
    assert result.exit_code == 2, result.output
    line = one_line(result)
    assert "a-file" in line and ("Not a directory" in line or "File exists" in line)
    assert blocker.read_text("utf-8") == "in the way"


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("command", COMMANDS)
def test_disk_full_is_one_line_and_leaves_nothing(
    tiny_marian, translated_txt, tmp_path, monkeypatch, command
):
    out = tmp_path / "out"
    args = writing_commands(tiny_marian, translated_txt, tmp_path, out)[command]
    monkeypatch.setattr("briefgen.formats.files.os.fsync", no_space)
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "No space left on device" in one_line(result)
    assert [p.name for p in files_in(out) if not p.name.startswith(".briefgen-manifest")] == []
    assert not list(tmp_path.glob("tm.sqlite3-*"))  # no -wal or -shm left behind


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_under_the_manifest_ends_the_batch_in_one_line(
    tiny_marian, tmp_path, monkeypatch
):
    from briefgen.batch.manifest import Manifest

    def appender(self):  # the manifest's lines go to /dev/full: every write is ENOSPC
        if self._out is None:
            self._out = open("/dev/full", "ab")  # noqa: SIM115 - the manifest closes it
        return self._out

    monkeypatch.setattr(Manifest, "_appender", appender)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(SHORT, "utf-8")
    out = tmp_path / "out"
    tm = tmp_path / "tm.sqlite3"
    args = ["translate", folder, "-o", out, "--model", tiny_marian, "--beam-size", "1"]
    result = run(*args, "--tm", tm, "--quiet")
    assert result.exit_code == 2, result.output
    line = one_line(result)
    assert "No space left on device" in line
    assert not list(tmp_path.glob("tm.sqlite3-*"))


# --- silent loss -------------------------------------------------------------------------


def test_xliff_without_a_target_is_refused_not_applied_blank(translated_txt, tmp_path):
    _, xliff = translated_txt
    text = xliff.read_text("utf-8")
    stripped = tmp_path / xliff.name
    stripped.write_text(re.sub(r"<target>.*?</target>", "", text, count=1, flags=re.S), "utf-8")
    assert stripped.read_text("utf-8") != text
    out = tmp_path / "out"
    result = run("translate", "--apply-xliff", stripped, "-o", out)
    assert result.exit_code == 2
    assert "has no <target>" in one_line(result)
    assert files_in(out) == []


# --- broken UTF-8 is named as such, not as a legacy encoding ------------------------------

UTF8 = TEXT.encode("utf-8")
CUT = UTF8.index("ộ".encode()) + 1  # inside the three bytes of "ộ"


@pytest.mark.parametrize(
    "data, byte",
    [
        pytest.param(
            UTF8 + b"\n" + UTF8[:-2] + "ữ".encode()[:2], len(UTF8) * 2 - 1, id="cut-at-end"
        ),
        pytest.param(UTF8[:CUT] + UTF8[CUT + 2 :], CUT - 1, id="cut-mid-character"),
        pytest.param(UTF8[:10] + b"\xff" + UTF8[10:], 10, id="stray-byte"),
    ],
)
def test_broken_utf8_says_where_not_a_legacy_encoding(tiny_marian, tmp_path, data, byte):
    source = tmp_path / "in" / "broken.txt"
    source.parent.mkdir()
    source.write_bytes(data)
    out = tmp_path / "out"
    result = run("translate", source, "-o", out, "--model", tiny_marian, "--no-tm")
    assert result.exit_code == 2
    line = one_line(result)
    assert f"not valid UTF-8 at byte {byte}" in line
    assert "1258" not in line
    assert files_in(out) == []


# --- control characters XML cannot hold ---------------------------------------------------

CONTROLS = [
    pytest.param(f"{TEXT}\x07\x1b[31m Hà\x08 Nội.\n\n{TEXT} Đoạn hai về ASEAN.\n", id="bel-esc-bs"),
    pytest.param("(05/07/2022) 0\x08\x80È \n\n" + TEXT + "\n", id="hypothesis-minimal"),
]


def translated_controls(tmp_path: Path, model, text: str, *options: str) -> Path:
    """The output folder of ``text`` (as ctl.txt) translated with ``options``."""
    source = tmp_path / "in" / "ctl.txt"
    source.parent.mkdir()
    source.write_text(text, "utf-8")
    out = tmp_path / "out"
    result = run(
        "translate", source, "-o", out, "--model", model, "--beam-size", "1", "--no-tm", *options
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("text", CONTROLS)
@pytest.mark.parametrize("version", ["2.0", "1.2"])
def test_control_characters_are_dropped_from_the_xliff(tiny_marian, tmp_path, text, version):
    xliff = (
        translated_controls(tmp_path, tiny_marian, text, "--xliff", "--xliff-version", version)
        / "ctl.en.xlf"
    )
    tree = etree.parse(str(xliff))  # well-formed XML, read by lxml
    sources = "".join(e.xpath("string()") for e in tree.iter("{*}source"))
    assert "Nội" in sources and "ASEAN" in sources
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", sources)
    if version == "2.0":  # kept as <cp hex="…"/>, XLIFF 2.0's escape for them
        assert [e.get("hex") for e in tree.iter("{*}cp")][:1] == [
            "0007" if "\x07" in text else "0008"
        ]
    applied = tmp_path / "applied"
    result = run("translate", "--apply-xliff", xliff, "-o", applied)
    assert result.exit_code == 0, result.output
    assert (applied / "ctl.en.txt").read_text("utf-8").strip()


@pytest.mark.parametrize("text", CONTROLS)
def test_control_characters_are_dropped_from_the_bilingual_docx(tiny_marian, tmp_path, text):
    out = translated_controls(tmp_path, tiny_marian, text, "--bilingual")
    with zipfile.ZipFile(out / "ctl.bilingual.docx") as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    cells = "".join(body.itertext())
    assert "Nội" in cells and "ASEAN" in cells
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", cells)


# --- an output folder that is the input folder --------------------------------------------

ENGLISH = "The Ministry of Home Affairs chaired the ASEAN conference on administrative reform.\n"


def test_translating_a_folder_into_itself_can_be_run_again(tiny_marian, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bai.txt").write_text(SHORT, "utf-8")
    args = ["translate", folder, "-o", folder, "--model", tiny_marian, "--beam-size", "1"]
    args += ["--no-tm", "--bilingual", "--xliff"]
    first = run(*args)
    assert first.exit_code == 0, first.output
    written = sorted(p.name for p in folder.iterdir())
    assert {"bai.en.txt", "bai.bilingual.docx", "bai.en.xlf"} <= set(written)
    second = run(*args)
    assert second.exit_code == 0, second.output
    assert sorted(p.name for p in folder.iterdir()) == written  # nothing read back as input


def test_brief_of_a_folder_skips_briefgens_own_outputs(tiny_marian, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bai.txt").write_text(SHORT, "utf-8")
    (folder / "bai.en.txt").write_text(ENGLISH, "utf-8")  # would be refused as English
    out = tmp_path / "brief.docx"
    result = run("brief", folder, "-o", out, "--model", tiny_marian, "--no-tm")
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out)
    named = run("brief", folder / "bai.en.txt", "-o", tmp_path / "named.docx", "--no-tm")
    assert named.exit_code == 2
    assert "reads as English" in one_line(named)
