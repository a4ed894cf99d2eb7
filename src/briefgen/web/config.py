"""What ``briefgen serve`` was started with: models, engine settings, folders, limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefgen.glossary import builtin_path
from briefgen.translate.base import DEFAULT_MODEL
from briefgen.web.security import LOOPBACK_NAMES


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
