"""The web app: its routes, error pages and background worker, over the page handlers.

Request handling only, the work is the library's: handlers store uploads and add job rows
(the worker runs them), read job state and finished outputs, and render downloads through
the same functions as the CLI. Every error a user can cause becomes a readable page, never
a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from briefgen.web.config import WebConfig
from briefgen.web.engine import ModelSlot
from briefgen.web.glossary_page import GlossaryPages
from briefgen.web.job_pages import JobPages
from briefgen.web.jobs import JobStore
from briefgen.web.pages import HERE
from briefgen.web.review_pages import ReviewPages
from briefgen.web.runner import run_job
from briefgen.web.security import Guard
from briefgen.web.worker import Worker

log = logging.getLogger(__name__)


class WebApp(JobPages, ReviewPages, GlossaryPages):
    """Every page of the app: each group of handlers is a :class:`~briefgen.web.pages.Pages`."""


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
