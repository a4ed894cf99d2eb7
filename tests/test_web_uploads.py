"""What web staff upload, as they have it: a PDF is read as `briefgen translate` reads one,
and a refused upload is named as the user's file, not by where the server stored it."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")

from docx import Document as DocxDocument
from starlette.testclient import TestClient

from briefgen.web.app import create_app
from pdf_sample import write_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"


def submit(client: TestClient, files, **fields):
    client.get("/")
    data = {"csrf": client.cookies["briefgen_csrf"], "builtin": "on", **fields}
    return client.post("/jobs", data=data, files=files, follow_redirects=False)


def alert(response) -> str:
    """The message the page shows the user."""
    return re.search(r'role="alert"[^>]*>(.*?)</', response.text, re.S).group(1).strip()


def test_a_pdf_upload_is_translated_into_a_word_file(web_config, tmp_path):
    paragraphs = [line for line in SAMPLE.read_text("utf-8").splitlines() if line.strip()]
    pdf = write_pdf(tmp_path / "report.pdf", paragraphs)
    with TestClient(create_app(web_config)) as client:
        response = submit(client, [("files", ("report.pdf", pdf.read_bytes(), "application/pdf"))])
        assert response.status_code == 303, alert(response)
        job_id = response.headers["location"].rsplit("/", 1)[1]
        deadline = time.monotonic() + 180
        while "state-done" not in (html := client.get(f"/jobs/{job_id}/progress").text):
            assert "state-failed" not in html and time.monotonic() < deadline, html
            time.sleep(0.1)
        review = client.get(f"/jobs/{job_id}/review")
        assert review.status_code == 200 and "report.pdf" in review.text
        translation = client.get(f"/jobs/{job_id}/files/0/translation")
        assert 'filename="report.en.docx"' in translation.headers["content-disposition"]
        document = DocxDocument(io.BytesIO(translation.content))
        assert len([p for p in document.paragraphs if p.text.strip()]) >= len(paragraphs) - 1
        brief = DocxDocument(io.BytesIO(client.get(f"/jobs/{job_id}/brief.docx").content))
        assert any("report.pdf" in p.text for p in brief.paragraphs)


def zip_bomb_docx() -> bytes:
    """A .docx whose document part inflates to 3 MB of spaces from a few kilobytes."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (3 << 20) + b"</x>")
    return data.getvalue()


@pytest.mark.parametrize(
    ("field", "name", "data", "expected"),
    [
        ("files", "bomb.docx", zip_bomb_docx(), "bomb.docx: part word/document.xml inflates"),
        ("files", "notes.txt", b"Minutes of the meeting, in English only.\n" * 5, "notes.txt: "),
        ("glossary", "office.tsv", b"vi\ten\nBo Noi vu\n", "office.tsv:2: expected"),
    ],
)
def test_a_refused_upload_is_named_as_the_user_named_it(
    web_config, monkeypatch, field, name, data, expected
):
    monkeypatch.setenv("BRIEFGEN_DOCX_MAX_XML_MB", "1")
    files = [("files", ("a.txt", SAMPLE.read_bytes(), "text/plain"))] if field != "files" else []
    files.append((field, (name, data, "application/octet-stream")))
    with TestClient(create_app(web_config), raise_server_exceptions=False) as client:
        response = submit(client, files)
    assert response.status_code == 400
    message = alert(response)
    assert message.startswith(expected), message
    assert str(web_config.data_dir) not in response.text and "web-jobs" not in response.text


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path, monkeypatch):
    """A second `briefgen serve` (or another program on port 8000) must not announce a
    link that leads to something else, then fail in uvicorn's words."""
    import socket

    from click.testing import CliRunner

    from briefgen.cli import cli

    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path))
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port), "--model", "m"])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == (
        f"Error: cannot listen on 127.0.0.1:{port}: the port is in use (is briefgen already "
        "running?); choose another with --port"
    )


def test_serve_notes_a_model_it_cannot_load_without_the_network(tmp_path, monkeypatch):
    """Whoever starts the server learns at once that a job choosing this model will need
    to download it, not from a failed job later; a model folder here gets no note."""
    import socket

    import uvicorn
    from click.testing import CliRunner

    from briefgen.cli import cli

    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    started = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(kw))
    here = tmp_path / "model"
    here.mkdir()
    (here / "config.json").write_text("{}", encoding="utf-8")
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # free once closed
    args = ["serve", "--port", str(port), "--model", "nosuch-model", "--model", str(here)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "'nosuch-model'" in notes[0] and "network" in notes[0]
    assert started, "the server still starts"
