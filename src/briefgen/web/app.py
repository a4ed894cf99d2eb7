"""The web app's pages and downloads: request handling only, the work is the library's.

Handlers store uploads and add job rows (the worker runs them), read job state and
finished outputs, and render downloads through the same functions as the CLI. Every
error a user can cause becomes a readable page, never a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from briefgen.errors import BriefgenError, InputError
from briefgen.formats.files import atomic_write_bytes
from briefgen.glossary import builtin_path, load, load_glossaries
from briefgen.glossary.exchange import add_entry, new_entry
from briefgen.ingest import read_document
from briefgen.normalize import strip_diacritics
from briefgen.translate.base import DEFAULT_MODEL
from briefgen.web import review as review_data
from briefgen.web.engine import ModelSlot
from briefgen.web.jobs import JobError, JobFile, JobStore, State
from briefgen.web.review import apply_edits
from briefgen.web.runner import (
    load_brief,
    load_review,
    output_dir,
    run_job,
    translation_file,
)
from briefgen.web.security import CSRF_FIELD, LOOPBACK_NAMES, Guard, check_csrf
from briefgen.web.uploads import (
    article_suffix,
    glossary_suffix,
    is_docx,
    named_as_uploaded,
    safe_name,
)
from briefgen.web.worker import Worker

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
MAX_FILES = 20
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA = {".docx": DOCX, ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


@dataclass(frozen=True)
class WebConfig:
    """What ``briefgen serve`` was started with."""

    models: tuple[str, ...] = (DEFAULT_MODEL,)
    backend: str = "auto"
    beam_size: int = 4
    threads: int = 0
    data_dir: Path | None = None
    tm: Path | None = None
    glossary_file: Path | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
    token: str | None = None
    hosts: tuple[str, ...] = LOOPBACK_NAMES
    """Host names the app answers to without a token (a token lets any name in)."""

    @property
    def edited_glossary(self) -> Path:
        """The glossary the glossary page adds to (like ``glossary add``: the built-in)."""
        return self.glossary_file or builtin_path()


def _timestamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")


def _basename(path: str) -> str:
    """The last part of a model folder or glossary origin (``…/asean.tsv:12``)."""
    return Path(str(path)).name or str(path)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals["csrf_field"] = CSRF_FIELD
    env.filters["timestamp"] = _timestamp
    env.filters["basename"] = _basename
    return env


def _attachment(data: bytes, name: str, media_type: str) -> Response:
    plain = strip_diacritics(name).encode("ascii", "replace").decode()
    ascii_name = plain.replace("?", "_").replace('"', "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


class WebApp:
    """The handlers, holding the config, the job store, the worker and the templates."""

    def __init__(self, config: WebConfig, store: JobStore, worker: Worker) -> None:
        self.config = config
        self.store = store
        self.worker = worker
        self.env = _environment()

    # --- helpers ------------------------------------------------------------------------

    def page(self, request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        context.setdefault("message", "")
        html = self.env.get_template(name).render(
            request=request, csrf=request.state.csrf, config=self.config, **context
        )
        return HTMLResponse(html, status_code=status)

    async def form(self, request: Request) -> FormData:
        limit = self.config.max_upload_bytes
        too_large = HTTPException(
            413, f"The upload is too large: at most {limit // (1024 * 1024)} MB in all."
        )
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:  # refused before anything is read
            raise too_large
        form = await request.form(max_files=MAX_FILES + 5, max_fields=500, max_part_size=limit)
        sizes = [v.size or 0 for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if sum(sizes) > limit:  # a body sent without its length
            raise too_large
        check_csrf(request, form)
        return form

    def job(self, job_id: str):
        try:
            return self.store.get(job_id)
        except JobError as exc:
            raise HTTPException(404, str(exc)) from exc

    def finished_job(self, job_id: str):
        job = self.job(job_id)
        if job.state is not State.DONE:
            raise HTTPException(409, f"job {job_id} is {job.state}; its outputs are not ready")
        return job

    # --- new job ------------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        return self.page(request, "index.html", jobs=self.store.recent(8))

    async def create_job(self, request: Request) -> Response:
        form = await self.form(request)
        job_id = self.store.new_id()
        try:
            settings, files = await self._accept(form, self.store.folder(job_id))
        except BriefgenError as exc:
            shutil.rmtree(self.store.folder(job_id), ignore_errors=True)
            return self.page(
                request, "index.html", 400, jobs=self.store.recent(8), message=str(exc)
            )
        self.store.add(job_id, settings, files)
        self.worker.wake()
        return RedirectResponse(f"/jobs/{job_id}", status_code=303)

    async def _accept(self, form: FormData, folder: Path) -> tuple[dict, list[JobFile]]:
        """Store and check the uploads; the job's settings and files.

        Raises:
            BriefgenError: no article, an unreadable article or glossary, an unknown model.
        """
        model = str(form.get("model") or self.config.models[0])
        if model not in self.config.models:
            raise InputError(f"unknown model {model!r}; choose one from the list")
        uploads = [u for u in form.getlist("files") if isinstance(u, UploadFile) and u.filename]
        pasted = str(form.get("text") or "")
        if len(uploads) > MAX_FILES:
            raise InputError(f"at most {MAX_FILES} articles per job")
        articles: list[tuple[str, bytes]] = [(u.filename or "", await u.read()) for u in uploads]
        if pasted.strip():
            articles.append(("pasted text.txt", pasted.encode("utf-8")))
        if not articles:
            raise InputError("choose at least one article to upload, or paste one")
        files = []
        for n, (name, data) in enumerate(articles):
            shown = safe_name(name)
            path = folder / "in" / str(n) / f"{shown}{article_suffix(data, shown)}"
            path.parent.mkdir(parents=True)
            atomic_write_bytes(path, data)
            with named_as_uploaded(path, path.name):
                read_document(path)  # a bad article is refused now, not after the queue
            files.append(JobFile(path.name, str(path)))
        glossaries = []
        edited = self.config.edited_glossary
        if edited != builtin_path() and edited.is_file():
            glossaries.append(str(edited))
        extra = [u for u in form.getlist("glossary") if isinstance(u, UploadFile) and u.filename]
        for n, upload in enumerate(extra):
            data, shown = await upload.read(), safe_name(upload.filename or "", "glossary")
            path = folder / "glossary" / f"{n}-{shown}{glossary_suffix(data, shown)}"
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, data)
            with named_as_uploaded(path, f"{shown}{path.suffix}"):
                load(path)
            glossaries.append(str(path))
        settings = {
            "model": model,
            "backend": self.config.backend,
            "beam_size": self.config.beam_size,
            "threads": self.config.threads,
            "glossaries": glossaries,
            "builtin_glossary": form.get("builtin") == "on",
            "tm": str(self.config.tm) if self.config.tm else None,
        }
        return settings, files

    # --- jobs ---------------------------------------------------------------------------

    async def jobs(self, request: Request) -> Response:
        return self.page(request, "jobs.html", jobs=self.store.recent(500))

    async def show_job(self, request: Request) -> Response:
        job = self.job(request.path_params["job_id"])
        if job.state is State.DONE:
            return RedirectResponse(f"/jobs/{job.id}/review", status_code=303)
        return self.page(request, "job.html", job=job, ahead=self._ahead(job))

    async def progress(self, request: Request) -> Response:
        job = self.job(request.path_params["job_id"])
        response = self.page(request, "_progress.html", job=job, ahead=self._ahead(job))
        if job.state is State.DONE and request.headers.get("hx-request"):
            response.headers["HX-Redirect"] = f"/jobs/{job.id}/review"
        return response

    def _ahead(self, job) -> int:
        if job.state is not State.QUEUED:
            return 0
        return sum(1 for j in self.store.recent(1000) if j.active and j.created < job.created)

    # --- review and downloads -----------------------------------------------------------

    async def review(self, request: Request) -> Response:
        job = self.finished_job(request.path_params["job_id"])
        data = load_review(self.store, job.id)
        brief = load_brief(self.store, job.id)
        items = review_data.items(brief, [f["paragraphs"] for f in data["files"]])
        return self.page(
            request, "review.html", job=job, files=data["files"], brief=brief, items=items
        )

    async def save_facts(self, request: Request) -> Response:
        job = self.finished_job(request.path_params["job_id"])
        form = await self.form(request)
        brief = load_brief(self.store, job.id)
        items = review_data.items(brief, [])
        edits = {
            "drop": [i["key"] for i in items if form.get(f"keep-{i['key']}") != "on"],
            "en": {
                i["key"]: str(form.get(f"en-{i['key']}")).strip()
                for i in items
                if str(form.get(f"en-{i['key']}") or "").strip() not in ("", i["en"])
            },
        }
        self.store.save_edits(job.id, edits)
        action = form.get("action")
        if action == "json":
            return self._facts_json(job.id, edits)
        if action == "brief":
            template = form.get("template")
            data = await template.read() if isinstance(template, UploadFile) else b""
            try:
                return self._brief_docx(job, edits, data)
            except BriefgenError as exc:
                return self.page(request, "error.html", 400, message=str(exc), job=job)
        return RedirectResponse(f"/jobs/{job.id}/review#facts", status_code=303)

    def _brief_docx(self, job, edits: dict, template: bytes = b"") -> Response:
        from briefgen.render.briefing import check_template, render_docx
        from briefgen.render.templates import find_template

        path = find_template("default")
        if template:
            if not is_docx(template):
                raise InputError("the template is not a Word .docx document")
            path = self.store.folder(job.id) / "template.docx"
            atomic_write_bytes(path, template)
            check_template(path)  # the same sandbox check as `briefgen brief --template`
        brief = apply_edits(load_brief(self.store, job.id), edits)
        return _attachment(render_docx(brief, path), f"{self._stem(job)}.brief.docx", DOCX)

    def _facts_json(self, job_id: str, edits: dict) -> Response:
        from briefgen.render.briefing import facts_json

        brief = apply_edits(load_brief(self.store, job_id), edits)
        text = json.dumps(facts_json(brief), ensure_ascii=False, indent=2) + "\n"
        return _attachment(
            text.encode("utf-8"), f"{self._stem(self.job(job_id))}.facts.json", "application/json"
        )

    @staticmethod
    def _stem(job) -> str:
        return Path(job.files[0].name).stem if len(job.files) == 1 else f"digest-{job.id}"

    async def brief_download(self, request: Request) -> Response:
        job = self.finished_job(request.path_params["job_id"])
        return self._brief_docx(job, job.edits)

    async def facts_download(self, request: Request) -> Response:
        job = self.finished_job(request.path_params["job_id"])
        return self._facts_json(job.id, job.edits)

    async def file_download(self, request: Request) -> Response:
        job = self.finished_job(request.path_params["job_id"])
        n, kind = request.path_params["n"], request.path_params["kind"]
        if not 0 <= n < len(job.files):
            raise HTTPException(404, f"job {job.id} has no file {n}")
        stem = Path(job.files[n].name).stem
        if kind == "translation":
            path = translation_file(self.store, job.id, n)
            if path is None:
                raise HTTPException(404, "this translation is missing from the job's folder")
            return _attachment(path.read_bytes(), f"{stem}.en{path.suffix}", MEDIA[path.suffix])
        if kind == "bilingual":
            path = output_dir(self.store, job.id, n) / "bilingual.docx"
            return _attachment(path.read_bytes(), f"{stem}.bilingual.docx", DOCX)
        if kind == "xliff":
            path = output_dir(self.store, job.id, n) / "translation.xlf"
            return _attachment(path.read_bytes(), f"{stem}.en.xlf", "application/xliff+xml")
        raise HTTPException(404, f"no download {kind!r}")

    # --- glossary -----------------------------------------------------------------------

    def _glossary(self):
        edited = self.config.edited_glossary
        extra = [edited] if edited != builtin_path() and edited.is_file() else []
        return load_glossaries(extra)

    async def glossary(self, request: Request, message: str = "", status: int = 200) -> Response:
        query = request.query_params.get("q", "").strip()
        needle = strip_diacritics(query).casefold()
        entries = [
            e
            for e in self._glossary()
            if needle
            in strip_diacritics(
                " | ".join((e.vi, e.en, *e.variants, *e.source_variants, e.category))
            ).casefold()
        ]
        return self.page(
            request,
            "glossary.html",
            status,
            query=query,
            entries=entries[:300],
            total=len(entries),
            message=message,
            status_ok=status == 200,
            target=self.config.edited_glossary,
        )

    async def add_term(self, request: Request) -> Response:
        form = await self.form(request)

        def listed(name: str) -> tuple[str, ...]:
            return tuple(v.strip() for v in str(form.get(name) or "").split(";") if v.strip())

        try:
            entry = new_entry(
                str(form.get("vi") or ""),
                str(form.get("en") or ""),
                variants=listed("variants"),
                source_variants=listed("source_variants"),
                category=str(form.get("category") or ""),
                case=str(form.get("case") or "preserve"),
                note=str(form.get("note") or ""),
            )
            if entry.case not in ("preserve", "sentence"):
                raise InputError("case is 'preserve' or 'sentence'")
            outcome = add_entry(self.config.edited_glossary, entry, force=form.get("force") == "on")
        except BriefgenError as exc:
            return await self.glossary(request, str(exc), 400)
        except OSError as exc:  # e.g. the built-in glossary of a read-only install
            target = self.config.edited_glossary
            message = f"{target}: cannot write ({exc.strerror}); start with --glossary-file"
            return await self.glossary(request, message, 400)
        return await self.glossary(request, f"{outcome} {entry.vi!r} → {entry.en!r}")


def create_app(config: WebConfig = WebConfig(), *, store: JobStore | None = None) -> Starlette:
    """The ASGI app; its lifespan starts and stops the background worker."""
    store = store or JobStore(config.data_dir)
    models = ModelSlot()
    worker = Worker(store, functools.partial(run_job, models=models))
    web = WebApp(config, store, worker)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        worker.start()
        try:
            yield
        finally:
            if worker.stop():
                models.close()

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = exc.detail
        if not hasattr(request.state, "csrf"):
            request.state.csrf = ""
        return web.page(request, "error.html", exc.status_code, message=detail)

    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error on %s", request.url.path, exc_info=exc)
        if not hasattr(request.state, "csrf"):
            request.state.csrf = ""
        message = "Something went wrong on the server; the details are in its log."
        return web.page(request, "error.html", 500, message=message)

    routes = [
        Route("/", web.index),
        Route("/jobs", web.jobs),
        Route("/jobs", web.create_job, methods=["POST"]),
        Route("/jobs/{job_id:str}", web.show_job),
        Route("/jobs/{job_id:str}/progress", web.progress),
        Route("/jobs/{job_id:str}/review", web.review),
        Route("/jobs/{job_id:str}/facts", web.save_facts, methods=["POST"]),
        Route("/jobs/{job_id:str}/brief.docx", web.brief_download),
        Route("/jobs/{job_id:str}/facts.json", web.facts_download),
        Route("/jobs/{job_id:str}/files/{n:int}/{kind:str}", web.file_download),
        Route("/glossary", web.glossary),
        Route("/glossary", web.add_term, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(Guard, token=config.token, hosts=config.hosts)],
        exception_handlers={HTTPException: http_error, Exception: crash},
        lifespan=lifespan,
    )
