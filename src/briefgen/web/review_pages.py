"""The review page of a finished job, the staff's edits to its facts, and the downloads:
the brief and facts rendered through the same functions as the CLI, and the translated files.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from briefgen.errors import BriefgenError, InputError
from briefgen.formats.files import atomic_write_bytes
from briefgen.normalize import strip_diacritics
from briefgen.web import review as review_data
from briefgen.web.pages import Pages
from briefgen.web.review import apply_edits
from briefgen.web.runner import load_brief, load_review, output_dir, translation_file
from briefgen.web.uploads import is_docx

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MEDIA = {".docx": DOCX, ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}


def _attachment(data: bytes, name: str, media_type: str) -> Response:
    plain = strip_diacritics(name).encode("ascii", "replace").decode()
    ascii_name = plain.replace("?", "_").replace('"', "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


class ReviewPages(Pages):
    """A finished job's review page, the edits saved from it, and its downloads."""

    async def review(self, request: Request) -> Response:
        job = self.finished_job(request.path_params["job_id"])
        data = load_review(self.store, job.id)
        brief = load_brief(self.store, job.id)
        rows = [f["paragraphs"] for f in data["files"]]
        return self.page(
            request,
            "review.html",
            job=job,
            files=data["files"],
            brief=brief,
            items=review_data.items(brief, rows),
            refs=review_data.row_refs(brief, rows),
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
