"""Reading .txt sources: encodings, refusals with one-line errors, and article-only output."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.ingest import read_document
from briefgen.normalize import TONE_MARKS
from briefgen.records import Role

TEXT = (
    "Bộ trưởng Bộ Nội vụ chủ trì Hội nghị những người đứng đầu nền công vụ các nước "
    "ASEAN tại Hà Nội. Việt Nam sẵn sàng hợp tác với các nước đối tác."
)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def cp1258(text: str) -> bytes:
    """Windows-1258 as legacy software writes it: base letters plus combining tone marks."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


# TCVN3 (ABC): one byte per Vietnamese letter in the Latin-1 range.
TCVN3 = (
    b"h\xe9i ngh\xde c\xb8c n\xadc asean t\xb9i h\xb5 n\xe9i vi\xd6t nam s\xbdn s\xb5ng "
    b"h\xeep t\xb8c. b\xe9 tr\xad\xebng b\xe9 n\xe9i v\xf4 ch\xf1 tr\xd7 h\xe9i ngh\xde."
)
# VNI as it reads when opened as Latin-1: "Hoäi nghò caùc nhaø laõnh ñaïo …"
VNI = (
    "Hoäi nghò caùc nhaø laõnh ñaïo ASEAN hoïp taïi Haø Noäi. "
    "Vieät Nam saün saøng hôïp taùc vôùi caùc nöôùc ñoái taùc."
).encode("cp1252")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"\xef\xbb\xbf  \n\n", "empty", id="bom-only"),
        pytest.param(b"\x00\x01\x02binary\x00", "binary", id="binary"),
        pytest.param(cp1258(TEXT), "Windows-1258", id="windows-1258"),
        pytest.param(TCVN3, "TCVN3", id="tcvn3"),
        pytest.param(VNI, "VNI", id="vni"),
        pytest.param(b"caf\xe9 cr\xe8me \xff\xfe\xfd", "not a recognised", id="unknown"),
        pytest.param(
            b"The minister chaired the meeting of the heads of civil service in Hanoi.",
            "English",
            id="english",
        ),
        pytest.param(
            "Le ministre a présidé la réunion à Hanoï après le café.".encode(),
            "not look like Vietnamese",
            id="french",
        ),
        pytest.param("部长在河内主持了会议。".encode(), "not look like Vietnamese", id="chinese"),
    ],
)
def test_unreadable_input_is_one_line_exit_2(tmp_path, content, message):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    result = run("translate", path, "-o", tmp_path / "out", "--model", tmp_path)
    assert result.exit_code == 2
    assert message in result.output
    assert str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: t.encode("utf-8-sig"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: unicodedata.normalize("NFD", t).encode(), id="decomposed"),
    ],
)
def test_readable_encodings_give_the_same_nfc_document(tmp_path, encode):
    path = tmp_path / "doc.txt"
    path.write_bytes(encode("Hội nghị ASEAN\n\n" + TEXT + "\n"))
    document = read_document(path)
    assert document.title == "Hội nghị ASEAN"
    assert document.body[0].sentences[0] == TEXT.split(". ")[0] + "."
    assert [b.role for b in document.blocks] == [Role.TITLE, Role.BLANK, Role.BODY]


PAGE = """\
Hà Nội, Ngày 11/08/2022
Hội nghị bàn tròn ASEAN – Hàn Quốc
Ngày đăng: 26/11/2019 16:18
Ngày 26/11, Hội nghị khai mạc tại Busan. Các nước tham dự.

Quang cảnh Hội nghị

Thứ trưởng đề nghị tăng cường hợp tác./.
Thanh Tuấn
Tin khác
Hà Nội tổng kết cải cách hành chính
"""


def test_article_only_is_title_and_body_paragraphs(tiny_marian, tmp_path):
    source = tmp_path / "page.txt"
    source.write_text(PAGE, "utf-8")
    document = read_document(source)
    article = document.with_role(Role.TITLE, Role.BODY)
    assert [b.index for b in article] == [1, 3, 7]
    result = run(
        "translate", source, "-o", tmp_path / "out", "--article-only",
        "--model", tiny_marian, "--beam-size", "1",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    # Only the title's and the body's sentences were translated: 1 + 2 + 1.
    assert "(4 segments," in result.output
    paragraphs = (tmp_path / "out" / "page.en.txt").read_text("utf-8").rstrip("\n").split("\n\n")
    assert len(paragraphs) == len(article)
    assert all(p.strip() and "\n" not in p for p in paragraphs)
