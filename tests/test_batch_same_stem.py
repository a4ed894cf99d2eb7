"""An archive often holds one document in two formats (report.pdf beside report.docx): both
are translated, the second keeping its format in its name, instead of the whole folder
being refused."""

from __future__ import annotations

from pathlib import Path

from briefgen import batch
from cli_run import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"


def html(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<!doctype html><html><body><article>{paragraphs}</article></body></html>"


def test_one_document_in_two_formats_is_translated_twice(tmp_path, tiny_marian_ct2):
    folder = tmp_path / "archive"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    (folder / "report.htm").write_text(html(text), "utf-8")
    (folder / "report.html").write_text(html(text), "utf-8")
    (folder / "other.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    args = ("translate", folder, "-o", out, "-m", tiny_marian_ct2, "--beam-size", 1)
    first = run(*args)
    assert first.exit_code == 0, first.output
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert written == ["other.en.txt", "report.en.html", "report.html.en.html"]
    for name in ("report.en.html", "report.html.en.html"):
        assert 'lang="en"' in (out / name).read_text("utf-8")
    again = run(*args)
    assert again.exit_code == 0 and "3 skipped" in again.output


def test_the_same_name_from_two_folders_is_still_refused(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(SAMPLE.read_text("utf-8"), "utf-8")
    result = run("translate", tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", "-o", "out")
    assert result.exit_code == 2
    assert "would both be written" in result.output


def test_a_pdf_beside_its_word_file_gets_its_own_name(tmp_path):
    (tmp_path / "report.docx").write_bytes(b"")
    (tmp_path / "report.pdf").write_bytes(b"")
    targets = sorted(job.target.name for job in batch.plan([str(tmp_path)], tmp_path / "out"))
    assert targets == ["report.en.docx", "report.pdf.en.docx"]
