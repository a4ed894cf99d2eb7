"""``briefgen serve``: the web app for staff who do not use a terminal."""

from __future__ import annotations

import errno
import secrets
import socket
from pathlib import Path

import click

from briefgen.cli.common import UserError, decoding_options
from briefgen.translate.base import DEFAULT_MODEL
from briefgen.web import INSTALL_HINT


def _require_web_extra() -> None:
    try:
        import multipart  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise UserError(
            f"the web app needs packages that are not installed ({exc.name}): {INSTALL_HINT}"
        ) from exc


def _check_port(host: str, port: int) -> None:
    """Refuse a port another program holds before announcing a link to it: uvicorn would
    fail only after the link was printed, in its own words."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        why = (
            "the port is in use (is briefgen already running?)"
            if exc.errno == errno.EADDRINUSE
            else exc.strerror or str(exc)
        )
        message = f"cannot listen on {host}:{port}: {why}; choose another with --port"
        raise UserError(message) from exc


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--model",
    "-m",
    "models",
    multiple=True,
    envvar="BRIEFGEN_MODEL",
    help=f"Model staff may choose (repeatable; default: {DEFAULT_MODEL}, env BRIEFGEN_MODEL).",
)
@decoding_options
@click.option(
    "--glossary-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Glossary TSV the glossary page adds to, and every job applies "
    "(default: the built-in one).",
)
@click.option(
    "--max-upload-mb",
    type=click.IntRange(1, 1024),
    default=20,
    show_default=True,
    help="Largest upload (all files of one form together).",
)
@click.option(
    "--token",
    envvar="BRIEFGEN_TOKEN",
    help="Access token every request must carry; required to listen beyond this machine.",
)
@click.option(
    "--token-file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Read the access token from this file.",
)
def serve(
    host,
    port,
    models,
    backend,
    beam_size,
    threads,
    glossary_file,
    max_upload_mb,
    token,
    token_file,
) -> None:
    """Start the web app: upload articles, follow the jobs, review, download the brief.

    It listens on 127.0.0.1 only unless --host says otherwise, and then needs --token or
    --token-file (`--token generate` makes one). Jobs are kept beside the translation
    memory (env BRIEFGEN_CACHE)."""
    _require_web_extra()
    import uvicorn

    from briefgen.translate.modelinfo import available_here
    from briefgen.web.app import create_app
    from briefgen.web.config import WebConfig
    from briefgen.web.security import is_loopback

    if token_file is not None:
        token = token_file.read_text("utf-8").strip()
    if token == "generate":
        token = secrets.token_urlsafe(24)
    if token is not None and len(token) < 16:
        raise click.UsageError("the access token needs at least 16 characters")
    if not is_loopback(host) and not token:
        raise click.UsageError(
            f"--host {host} lets other machines in: give --token (or --token-file) too"
        )
    config = WebConfig(
        models=tuple(models) or (DEFAULT_MODEL,),
        backend=backend,
        beam_size=beam_size,
        threads=threads,
        glossary_file=glossary_file,
        max_upload_bytes=max_upload_mb * 1024 * 1024,
        token=token,
    )
    _check_port(host, port)
    for model in config.models:
        if not available_here(model):
            click.echo(
                f"note: model {model!r} is neither a folder here nor in the model caches; "
                "jobs that choose it will download it, and fail without network access",
                err=True,
            )
    app = create_app(config)
    shown = "localhost" if is_loopback(host) else host
    suffix = f"/?token={token}" if token else "/"
    click.echo(f"briefgen is at http://{shown}:{port}{suffix}  (Ctrl+C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
