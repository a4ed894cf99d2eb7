"""The one fingerprint of a run's translation settings, in the manner of sacrebleu's
``Signature``: what decides the English, recorded in a brief's provenance, keying the
translation memory and deciding whether a batch output can be kept.

It is computed from settings alone (the model folder's files, not the loaded model), so a
run answered entirely from the translation memory never needs the model.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.records import Provenance
from briefgen.translate.base import DecodeOptions, looks_like_path
from briefgen.translate.converted import find_ct2

SPEED_ONLY = frozenset({"batch_size", "max_batch_tokens"})
"""Decoding options that change speed, not output: left out of the digest."""


def model_fingerprint(model_id: str) -> str:
    """``model_id``, plus the names, sizes and dates of the files of its local folder and
    of its converted copy in the cache, so a model rebuilt, reconverted or given a
    vocabulary map does not reuse the old one's output."""
    if not model_id:
        return ""
    local = Path(model_id).expanduser()
    folders = [f for f in dict.fromkeys([local, find_ct2(model_id)]) if f and f.is_dir()]
    if not folders:
        return model_id
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            stat = path.stat()
            name = path.relative_to(folder)
            digest.update(f"{folder}\t{name}\t{stat.st_size}\t{stat.st_mtime_ns}\n".encode())
    return f"{model_id}@{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class Signature:
    """Everything besides the source text that decides a translation.

    ``backend`` is the engine that runs (``auto`` resolved); ``model_fingerprint`` stands
    for the model's files; ``glossaries`` are the glossary files' names, shown to readers
    but left out of the digest, which holds the entries' checksum instead (a glossary
    moved elsewhere is the same glossary).
    """

    tool_version: str
    backend: str
    model: str
    model_fingerprint: str = ""
    options: DecodeOptions = field(default_factory=DecodeOptions)
    glossaries: tuple[str, ...] = ()
    glossary_sha256: str = ""

    def decoding(self) -> dict:
        """The decoding options that change the output."""
        return {k: v for k, v in vars(self.options).items() if k not in SPEED_ONLY}

    def with_options(self, options: DecodeOptions) -> Signature:
        return replace(self, options=options)

    def digest(self, **outputs: object) -> str:
        """A stable short checksum; ``outputs`` adds per-run output options (a batch's
        ``article_only``, formats…) to it, for deciding whether outputs can be kept."""
        parts = {
            "version": self.tool_version,
            "backend": self.backend,
            "model": self.model_fingerprint or self.model,
            "decoding": self.decoding(),
            "glossary": self.glossary_sha256,
            **({"outputs": outputs} if outputs else {}),
        }
        text = json.dumps(parts, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def __str__(self) -> str:
        """One line a person can read and compare: ``briefgen:0.1|backend:…|beam:4|…``."""
        o = self.options
        glossary = "none"
        if self.glossary_sha256:
            names = "+".join(Path(g).name for g in self.glossaries) or "unnamed"
            glossary = f"{names}@{self.glossary_sha256[:12]}"
        return "|".join(
            [
                f"briefgen:{self.tool_version}",
                f"backend:{self.backend}",
                f"model:{self.model_fingerprint or self.model}",
                f"beam:{o.beam_size}",
                f"len:{o.max_len_a}x+{o.max_len_b}<={o.max_length}",
                f"glossary:{glossary}",
            ]
        )

    def provenance(self, generated: str = "", *, by_name: bool = False) -> Provenance:
        """What a brief or a translation records about how it was made.

        Args:
            generated: when, as an ISO timestamp.
            by_name: name files (a local model folder, glossaries) by name, not path, in
                what is sent to readers elsewhere: they have no use for this machine's
                paths, which may say more than the sender means to.
        """
        model, glossaries = self.model, self.glossaries
        if by_name:
            glossaries = tuple(Path(g).name for g in glossaries)
        if by_name and (looks_like_path(model) or Path(model).expanduser().is_dir()):
            model = Path(model).expanduser().name
            if "@" in self.model_fingerprint:
                model += "@" + self.model_fingerprint.rsplit("@", 1)[1]
        return Provenance(
            tool_version=self.tool_version,
            backend=self.backend,
            model=model,
            glossaries=glossaries,
            glossary_sha256=self.glossary_sha256,
            generated=generated,
        )
