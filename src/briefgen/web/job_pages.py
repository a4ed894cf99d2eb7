"""The pages that start a job and follow it: the upload form, the uploads checked and
stored before the job is queued, the job list and each job's progress.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from briefgen.errors import BriefgenError, InputError
from briefgen.formats.files import atomic_write_bytes
from briefgen.glossary import builtin_path, load
from briefgen.ingest import read_document
from briefgen.web.jobs import JobFile, State
from briefgen.web.pages import MAX_FILES, Pages
from briefgen.web.uploads import article_suffix, glossary_suffix, named_as_uploaded, safe_name


class JobPages(Pages):
    """New jobs from uploads, and where each job stands."""

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
