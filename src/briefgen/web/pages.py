"""What every page handler shares: the templates, a form read within the upload limit
and its CSRF token checked, and jobs looked up, a missing or unfinished one as an HTTP error.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from briefgen.web.config import WebConfig
from briefgen.web.jobs import JobError, JobStore, State
from briefgen.web.security import CSRF_FIELD, check_csrf
from briefgen.web.worker import Worker

HERE = Path(__file__).parent
MAX_FILES = 20


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


class Pages:
    """The handlers' base, holding the config, the job store, the worker and the templates."""

    def __init__(self, config: WebConfig, store: JobStore, worker: Worker) -> None:
        self.config = config
        self.store = store
        self.worker = worker
        self.env = _environment()

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
