"""The web app (`briefgen serve`) through HTTP: upload → job → progress → review → downloads,
with the tiny random model; every download is opened with an independent reader."""

from __future__ import annotations

import io
import json
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")

from click.testing import CliRunner
from docx import Document as DocxDocument
from lxml import etree
from starlette.testclient import TestClient

from briefgen.cli import cli
from briefgen.ingest import read_document
from briefgen.web.app import create_app
from briefgen.web.config import WebConfig
from briefgen.web.engine import Engine, EngineSettings, ModelSlot
from briefgen.web.jobs import JobFile, JobStore, State
from briefgen.web.uploads import article_suffix, safe_name

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "accsm-21-chairmanship-2021.txt"


def csrf(client: TestClient) -> str:
    client.get("/")
    return client.cookies["briefgen_csrf"]


def submit(client: TestClient, files, **fields) -> object:
    data = {"csrf": csrf(client), "builtin": "on", **fields}
    return client.post("/jobs", data=data, files=files, follow_redirects=False)


def wait_done(client: TestClient, job_id: str, timeout: float = 180) -> list[str]:
    """Poll the progress fragment until the job ends; the texts it showed on the way."""
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        html = client.get(f"/jobs/{job_id}/progress").text
        seen.append(html)
        if 'class="card progress state-done"' in html or "state-failed" in html:
            return seen
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish: {seen[-1]}")


def job_id_of(response) -> str:
    assert response.status_code == 303, response.text
    return response.headers["location"].rsplit("/", 1)[1]


def test_upload_translate_review_and_download_everything(web_config):
    article = SAMPLE.read_bytes()
    with TestClient(create_app(web_config)) as client:
        response = submit(client, [("files", ("../../etc/chủ tịch.txt", article, "text/plain"))])
        job_id = job_id_of(response)
        seen = wait_done(client, job_id)
        assert "state-done" in seen[-1]

        # the job page now sends the reader to the review; a reload shows it again
        assert client.get(f"/jobs/{job_id}", follow_redirects=False).status_code == 303
        page = client.get(f"/jobs/{job_id}/review").text
        assert "chủ tịch.txt" in page and "../" not in page.split("<main>")[1][:2000]
        marks = re.findall(r'<mark class="term[^"]*" data-vi="([^"]+)" data-en="([^"]+)"', page)
        assert ("ASEAN", "ASEAN") in marks or len(marks) > 3
        hover = re.search(r'<mark class="term[^"]*"[^>]* title="([^"]+)"', page).group(1)
        assert "→" in hover and "glossary entry" in hover
        keys = re.findall(r'name="keep-(a0-c\d+)"', page)
        assert keys, "the sample's commitments are listed for review"
        assert re.search(r'href="#f0-b\d+" class="source-link"', page)

        # each download, opened with its own reader
        brief = DocxDocument(io.BytesIO(client.get(f"/jobs/{job_id}/brief.docx").content))
        assert any(p.text.strip() for p in brief.paragraphs)
        # the review cites each point's source as the brief does ("1.2"), not by line
        cited = re.findall(r'class="source-link">([^<]+)</a>', page)
        text = "\n".join(
            [p.text for p in brief.paragraphs]
            + [c.text for t in brief.tables for r in t.rows for c in r.cells]
        )
        assert cited and all(re.search(rf"(?<![\d.]){re.escape(r)}(?![\d])", text) for r in cited)
        assert re.search(r'<td class="num">1\.\d+</td>', page)
        facts = client.get(f"/jobs/{job_id}/facts.json").json()
        assert facts["articles"][0]["commitments"]
        translation = client.get(f"/jobs/{job_id}/files/0/translation")
        assert translation.headers["content-type"].startswith("text/plain")
        assert 'filename="chu tich.en.txt"' in translation.headers["content-disposition"]
        assert len(translation.text.splitlines()) == len(SAMPLE.read_text("utf-8").splitlines())
        bilingual = DocxDocument(
            io.BytesIO(client.get(f"/jobs/{job_id}/files/0/bilingual").content)
        )
        assert bilingual.tables
        xliff = etree.fromstring(client.get(f"/jobs/{job_id}/files/0/xliff").content)
        assert xliff.xpath("//*[local-name()='segment' or local-name()='trans-unit']")

        # untick the first commitment, correct the second, and download the brief
        first, second = keys[0], keys[1]
        data = {"csrf": client.cookies["briefgen_csrf"], "action": "brief"}
        for key in re.findall(r'name="keep-([^"]+)"', page):
            if key != first:
                data[f"keep-{key}"] = "on"
        data[f"en-{second}"] = "Corrected pledge wording 4711"
        edited = client.post(f"/jobs/{job_id}/facts", data=data)
        assert edited.status_code == 200, edited.text
        doc = DocxDocument(io.BytesIO(edited.content))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        text = "\n".join([*(p.text for p in doc.paragraphs), *cells])
        assert "Corrected pledge wording 4711" in text
        edited_facts = client.get(f"/jobs/{job_id}/facts.json").json()["articles"][0]
        assert len(edited_facts["commitments"]) == len(facts["articles"][0]["commitments"]) - 1
        dropped = facts["articles"][0]["commitments"][0]["source_sentence"]
        assert dropped not in [c["source_sentence"] for c in edited_facts["commitments"]]
        # the review remembers the choices
        again = client.get(f"/jobs/{job_id}/review").text
        assert f'id="keep-{first}" ' in again and not re.search(
            rf'id="keep-{first}" checked', again
        )


def test_every_translation_goes_through_the_glossary(web_config, tmp_path):
    """An uploaded glossary's term is guaranteed in the web translation."""
    article = "Hội nghị bàn về hợp tác khu vực.\nĐại biểu thảo luận về hợp tác khu vực.\n"
    terms = "vi\ten\nhợp tác khu vực\tZorblat Cooperation\n".encode()
    with TestClient(create_app(web_config)) as client:
        files = [
            ("files", ("a.txt", article.encode(), "text/plain")),
            ("glossary", ("mine.tsv", terms, "text/tab-separated-values")),
        ]
        job_id = job_id_of(submit(client, files))
        assert "state-done" in wait_done(client, job_id)[-1]
        english = client.get(f"/jobs/{job_id}/files/0/translation").text
        assert english.count("Zorblat Cooperation") == 2
        assert 'data-en="Zorblat Cooperation"' in client.get(f"/jobs/{job_id}/review").text


def test_two_jobs_queue_without_touching_each_other(web_config):
    one = "Việt Nam và Lào ký thỏa thuận hợp tác.\n"
    two = "Bộ Ngoại giao tổ chức hội nghị về ASEAN.\n"
    with TestClient(create_app(web_config)) as client:
        a = job_id_of(submit(client, [("files", ("one.txt", one.encode(), "text/plain"))]))
        b = job_id_of(submit(client, [("files", ("two.txt", two.encode(), "text/plain"))]))
        assert "state-done" in wait_done(client, a)[-1]
        assert "state-done" in wait_done(client, b)[-1]
        jobs = client.get("/jobs").text
        assert "one.txt" in jobs and "two.txt" in jobs
        ta = client.get(f"/jobs/{a}/files/0/translation").text
        tb = client.get(f"/jobs/{b}/files/0/translation").text
        assert "Vietnamese" not in ta  # nothing of the other job leaks in
        assert client.get(f"/jobs/{a}/review").text.count("one.txt") >= 1
        assert "two.txt" not in client.get(f"/jobs/{a}/review").text
        assert ta != tb


def test_a_restart_keeps_finished_jobs_and_resumes_or_fails_cut_off_ones(web_config, tmp_path):
    article = SAMPLE.read_bytes()
    with TestClient(create_app(web_config)) as client:
        done = job_id_of(submit(client, [("files", ("done.txt", article, "text/plain"))]))
        wait_done(client, done)

    store = JobStore(web_config.data_dir)
    # a job that was running when the server stopped, its upload still there …
    cut = store.new_id()
    upload = store.folder(cut) / "in" / "0" / "cut.txt"
    upload.parent.mkdir(parents=True)
    upload.write_bytes(article)
    store.add(cut, dict(store.get(done).settings), [JobFile("cut.txt", str(upload))])
    # … and one whose upload is gone
    lost = store.new_id()
    store.add(lost, dict(store.get(done).settings), [JobFile("lost.txt", str(tmp_path / "x.txt"))])
    assert {store.claim_next().id, store.claim_next().id} == {cut, lost}
    assert store.get(cut).state is State.RUNNING

    with TestClient(create_app(web_config)) as client:
        assert client.get(f"/jobs/{done}/review").status_code == 200
        assert "state-done" in wait_done(client, cut)[-1]
        assert "resumed" in store.get(cut).note
        failed = store.get(lost)
        assert failed.state is State.FAILED
        assert "restart" in failed.error and "submit again" in failed.error
        assert "submit again" in client.get("/jobs").text


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("report.docx", b"%PDF-1.7\n%...", "report.pdf: not a readable PDF"),
        ("empty.txt", b"   \n", "empty"),
        ("fake.docx", b"PK\x03\x04" + b"\x00" * 40, "zip archive"),
        ("english.txt", b"This is an English text about nothing at all.\n" * 5, "Vietnamese"),
    ],
)
def test_a_bad_upload_gets_a_readable_page(web_config, name, data, expected):
    with TestClient(create_app(web_config), raise_server_exceptions=False) as client:
        response = submit(client, [("files", (name, data, "application/octet-stream"))])
        assert response.status_code == 400
        assert expected in response.text
        assert "Traceback" not in response.text and 'role="alert"' in response.text
        assert "No jobs yet" in response.text  # nothing was queued


def test_an_oversized_upload_is_refused_with_a_readable_page(web_config):
    big = ("Hội nghị ASEAN. " * 200_000).encode()  # > 2 MB
    with TestClient(create_app(web_config), raise_server_exceptions=False) as client:
        response = submit(client, [("files", ("big.txt", big, "text/plain"))])
        assert response.status_code == 413
        assert "too large" in response.text and "2 MB" in response.text
        assert "Traceback" not in response.text


def test_posts_need_the_csrf_token_and_pages_escape_what_users_send(web_config):
    with TestClient(create_app(web_config), raise_server_exceptions=False) as client:
        files = [("files", ("a.txt", SAMPLE.read_bytes(), "text/plain"))]
        response = client.post("/jobs", data={"builtin": "on"}, files=files)
        assert response.status_code == 403 and "security token" in response.text
        forged = client.post(
            "/jobs",
            data={"csrf": csrf(client)},
            files=files,
            headers={"origin": "http://evil.example"},
        )
        assert forged.status_code == 403
        page = client.get("/glossary", params={"q": "<script>alert(1)</script>"}).text
        assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
        headers = client.get("/").headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"
        assert client.get("/jobs/nope/review").status_code == 404


def test_only_this_machine_s_names_are_answered_without_a_token(tiny_marian, tmp_path):
    app = create_app(WebConfig(models=(str(tiny_marian),), data_dir=tmp_path))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/").status_code == 200
    with TestClient(app, base_url="http://localhost:8000") as client:
        assert client.get("/glossary").status_code == 200
    with TestClient(app, base_url="http://rebound.attacker.example") as client:
        response = client.get("/")
        assert response.status_code == 400 and "localhost" in response.text


def test_hostile_file_names_are_cleaned():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\windows\\system32\\evil.docx") == "evil"
    assert safe_name('Hội nghị: "ASEAN" *2026*.docx') == "Hội nghị_ _ASEAN_ _2026"
    assert safe_name(".hidden") == "hidden"
    assert safe_name("\x00\x1f") == "article"
    assert len(safe_name("a" * 500 + ".txt")) == 80
    page = b"<!DOCTYPE html><html><body><p>Xin chao</p></body></html>"
    assert article_suffix(page, "x") == ".html"
    assert article_suffix("Xin chào".encode(), "x.docx") == ".txt"  # the name does not decide


def test_an_access_token_guards_every_request(web_config):
    app = create_app(replace(web_config, token="s3cret-token-for-tests"))
    with TestClient(app) as client:
        assert client.get("/").status_code == 401
        assert client.get("/static/htmx.min.js").status_code == 401
        response = client.get("/?token=s3cret-token-for-tests", follow_redirects=False)
        assert response.status_code == 307 and "token" not in response.headers["location"]
        assert client.get("/").status_code == 200  # the cookie now carries it
    with TestClient(app) as client:
        headers = {"authorization": "Bearer s3cret-token-for-tests"}
        assert client.get("/jobs", headers=headers).status_code == 200


def test_glossary_page_searches_and_adds_with_the_cli_checks(web_config):
    with TestClient(create_app(web_config)) as client:
        page = client.get("/glossary", params={"q": "bo ngoai giao"}).text
        assert "Ministry of Foreign Affairs" in page and "Foreign Ministry" in page
        assert "asean.tsv" in page  # where the entry comes from
        token = csrf(client)
        added = client.post(
            "/glossary",
            data={
                "csrf": token,
                "vi": "Sở Tư pháp",
                "en": "Department of Justice",
                "variants": "Justice Department; DOJ",
                "category": "department",
            },
        )
        assert added.status_code == 200 and "added" in added.text
        assert "Sở Tư pháp\tDepartment of Justice\tJustice Department|DOJ" in (
            web_config.glossary_file.read_text("utf-8")
        ) or "Sở Tư pháp" in web_config.glossary_file.read_text("utf-8")
        assert "Department of Justice" in client.get("/glossary", params={"q": "tu phap"}).text
        clash = client.post("/glossary", data={"csrf": token, "vi": "Sở Tư pháp", "en": "Other"})
        assert clash.status_code == 400 and "already there" in clash.text
        empty = client.post("/glossary", data={"csrf": token, "vi": "Sở", "en": "  "})
        assert empty.status_code == 400 and "needs a Vietnamese term and its English" in empty.text


def test_an_uploaded_template_gets_the_cli_sandbox_check(web_config, tmp_path):
    from docx import Document as NewDocx

    hostile = NewDocx()
    hostile.add_paragraph("{{ title.__class__.__mro__ }}")
    buffer = io.BytesIO()
    hostile.save(buffer)
    with TestClient(create_app(web_config), raise_server_exceptions=False) as client:
        job_id = job_id_of(submit(client, [("files", ("a.txt", SAMPLE.read_bytes(), "t/p"))]))
        wait_done(client, job_id)
        data = {"csrf": client.cookies["briefgen_csrf"], "action": "brief"}
        files = [("template", ("org.docx", buffer.getvalue(), "application/octet-stream"))]
        response = client.post(f"/jobs/{job_id}/facts", data=data, files=files)
        assert response.status_code == 400 and "template" in response.text
        assert "Traceback" not in response.text
        notdocx = [("template", ("org.docx", b"hello", "application/octet-stream"))]
        response = client.post(f"/jobs/{job_id}/facts", data=data, files=notdocx)
        assert response.status_code == 400 and "not a Word .docx" in response.text


def test_serve_without_the_extra_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "starlette", None)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code != 0
    assert 'pip install "briefgen[web]"' in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_serve_listens_beyond_loopback_only_with_a_token():
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--token" in result.output
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--token", "short"])
    assert result.exit_code == 2 and "16 characters" in result.output


def test_facts_json_download_after_edits_is_valid_json(web_config):
    with TestClient(create_app(web_config)) as client:
        job_id = job_id_of(submit(client, [("files", ("a.txt", SAMPLE.read_bytes(), "t/p"))]))
        wait_done(client, job_id)
        data = {"csrf": client.cookies["briefgen_csrf"], "action": "json"}  # everything unticked
        response = client.post(f"/jobs/{job_id}/facts", data=data)
        facts = json.loads(response.content)
        assert facts["articles"][0]["commitments"] == []
        assert facts["articles"][0]["declarations"] == []


def test_a_job_reports_progress_by_file_and_by_sentence(web_config):
    """What the worker writes to the job row while it runs, as the progress page reads it."""

    class Recording(JobStore):
        def __init__(self, root):
            super().__init__(root)
            self.seen: list[dict] = []

        def progress(self, job_id, **fields):
            super().progress(job_id, **fields)
            self.seen.append(fields)

    store = Recording(web_config.data_dir)
    with TestClient(create_app(web_config, store=store)) as client:
        files = [
            ("files", ("one.txt", SAMPLE.read_bytes(), "text/plain")),
            ("files", ("two.txt", "Bộ Ngoại giao họp về ASEAN.\n".encode(), "text/plain")),
        ]
        job_id = job_id_of(submit(client, files))
        assert "state-done" in wait_done(client, job_id)[-1]
    stages = [f["stage"] for f in store.seen if "stage" in f]
    assert stages == ["translating", "translating", "extracting"]
    assert [f["file_index"] for f in store.seen if "file_index" in f] == [0, 1, 2]
    sentences = [f for f in store.seen if f.get("sentences_total")]
    assert sentences[0]["sentences_done"] == 0
    assert any(f["sentences_done"] == f["sentences_total"] > 5 for f in sentences)
    row = store.get(job_id)
    assert row.state is State.DONE and row.file_index == 2


def test_the_pages_and_static_files_ship_in_the_wheel():
    import tomllib
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["briefgen.web"]
    web = ROOT / "src" / "briefgen" / "web"
    files = [
        p.relative_to(web).as_posix() for d in ("templates", "static") for p in (web / d).iterdir()
    ]
    assert files and all(any(fnmatch(f, pat) for pat in patterns) for f in files), files


def test_the_worker_keeps_its_model_loaded_between_jobs(tiny_marian, tmp_path):
    """A queue of jobs loads the model once; each job still gets its own glossary stack."""
    settings = EngineSettings(model=str(tiny_marian), backend="transformers", beam_size=1)
    slot = ModelSlot()
    model = slot.get(settings)
    assert slot.get(replace(settings, beam_size=4, glossaries=("x.tsv",))) is model
    document = read_document(SAMPLE)

    def english(engine: Engine) -> list[str]:
        try:
            return [s.target for s in engine.translate(document, lambda *_: None).segments]
        finally:
            engine.close()

    kept = english(Engine(replace(settings, tm=str(tmp_path / "a.sqlite3")), slot))
    fresh = english(Engine(replace(settings, tm=str(tmp_path / "b.sqlite3"))))
    assert kept == fresh and any(kept)
    assert slot.get(settings) is model, "closing a job's engine leaves the slot's model open"
    other = slot.get(replace(settings, threads=1))
    assert other is not model
    slot.close()
