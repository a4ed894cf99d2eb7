"""Hand annotations of articles ("gold"), and a split of them into named sets.

An annotation is one JSON file that names its article and says what a careful reader finds
in it: the page's structure (title, where the body starts and ends, captions, byline,
clutter) and the facts a briefing reports (participants, declarations, commitments, date,
place). :data:`ANNOTATION_SCHEMA` is the whole format; the README documents it for
offices that annotate their own articles.

A split file fixes, before any rule is tuned, which annotations a rule may be written
against and which are only measured: a rule that fixes one article and nothing else shows
up as a gap between the sets.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jsonschema

from briefgen.errors import InputError

_TEXT = {"type": "string", "minLength": 1}
_OPTIONAL_TEXT = {"type": ["string", "null"]}
_OPTIONAL_DATE = {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_TEXTS = {"type": "array", "items": {"type": "string"}}


def _items(required: dict, optional: dict | None = None) -> dict:
    return {
        "type": "array",
        "items": {
            "type": "object",
            "required": list(required),
            "properties": {**required, **(optional or {})},
        },
    }


ANNOTATION_SCHEMA = {
    "type": "object",
    "required": [
        "file",
        "title",
        "published",
        "event_date",
        "location",
        "participants",
        "declarations",
        "commitments",
        "body_first",
        "body_last",
        "byline",
        "captions",
        "clutter",
    ],
    "properties": {
        "file": _TEXT,
        "title": _TEXT,
        "published": _OPTIONAL_DATE,
        "event_date": _OPTIONAL_DATE,
        "location": _OPTIONAL_TEXT,
        "participants": _items({"name": _TEXT, "role": _TEXT}, {"org": _OPTIONAL_TEXT}),
        "declarations": _items({"name": _TEXT, "status": _TEXT}, {"evidence": _OPTIONAL_TEXT}),
        "commitments": _items({"text": _TEXT}, {"actor": _OPTIONAL_TEXT, "kind": _OPTIONAL_TEXT}),
        "body_first": _TEXT,
        "body_last": _TEXT,
        "byline": _OPTIONAL_TEXT,
        "captions": _TEXTS,
        "clutter": _TEXTS,
        "events": _TEXTS,
        "organisations": _TEXTS,
        "notes": {"type": "string"},
    },
}
"""JSON Schema of one annotation. ``events``, ``organisations`` and ``notes`` are for the
annotator and other uses; nothing is scored against them."""


@dataclass(frozen=True)
class GoldParticipant:
    name: str
    role: str


@dataclass(frozen=True)
class GoldDeclaration:
    name: str
    status: str


@dataclass(frozen=True)
class Annotation:
    """One annotated article, as its annotation file gives it."""

    path: str
    """The annotation file, relative to the gold folder (``corpus/pairs-001.json``)."""
    file: str
    """The article, relative to the root folder (``corpus/pairs/001.vi.txt``)."""
    article: Path
    """The article the annotation names, found under the root folder."""
    title: str
    published: date | None
    event_date: date | None
    location: str | None
    participants: tuple[GoldParticipant, ...]
    declarations: tuple[GoldDeclaration, ...]
    commitments: tuple[str, ...]
    body_first: str
    body_last: str
    byline: str | None
    captions: tuple[str, ...]
    clutter: tuple[str, ...]


def _folder(path: Path, what: str) -> Path:
    path = Path(path)
    if not path.is_dir():
        raise InputError(f"{path}: no such folder ({what})")
    return path


def _date(value: str | None, where: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _article(name: str, annotation: Path, gold_dir: Path, root: Path) -> Path:
    """``name`` under ``root``, or under the folder of ``root`` that mirrors the
    annotation's folder in ``gold_dir`` (gold/corpus/x.json naming pairs/001.vi.txt is
    root/corpus/pairs/001.vi.txt)."""
    mirrored = root / annotation.parent.relative_to(gold_dir) / name
    for candidate in (root / name, mirrored):
        if candidate.is_file():
            return candidate
    raise InputError(f"{annotation}: its article {name!r} is not under {root}")


def read_annotation(path: Path, gold_dir: Path, root: Path) -> Annotation:
    """One annotation file, checked against :data:`ANNOTATION_SCHEMA`.

    Raises:
        InputError: the file is not JSON, breaks the schema, or names a missing article.
    """
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a JSON annotation ({exc})") from None
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(ANNOTATION_SCHEMA).iter_errors(data)
    )
    if error is not None:
        message = error.message if len(error.message) <= 120 else error.message[:119] + "…"
        raise InputError(f"{path}: {error.json_path}: {message}")
    article = _article(data["file"], path, gold_dir, root)
    return Annotation(
        path=path.relative_to(gold_dir).as_posix(),
        file=article.relative_to(root).as_posix() if article.is_relative_to(root) else str(article),
        article=article,
        title=data["title"],
        published=_date(data["published"], f"{path}: published"),
        event_date=_date(data["event_date"], f"{path}: event_date"),
        location=data["location"],
        participants=tuple(GoldParticipant(p["name"], p["role"]) for p in data["participants"]),
        declarations=tuple(GoldDeclaration(d["name"], d["status"]) for d in data["declarations"]),
        commitments=tuple(c["text"] for c in data["commitments"]),
        body_first=data["body_first"],
        body_last=data["body_last"],
        byline=data["byline"],
        captions=tuple(data["captions"]),
        clutter=tuple(data["clutter"]),
    )


def read_annotations(gold_dir: Path, root: Path) -> list[Annotation]:
    """Every ``*.json`` under ``gold_dir`` (subfolders included), in path order.

    Raises:
        InputError: a folder is missing, holds no annotation, or an annotation is bad.
    """
    gold_dir, root = _folder(gold_dir, "annotations"), _folder(root, "articles")
    files = sorted(gold_dir.rglob("*.json"))
    if not files:
        raise InputError(f"{gold_dir}: no annotation files (*.json) in this folder")
    return [read_annotation(path, gold_dir, root) for path in files]


ANY_OTHER = "*"
"""The ``file`` of the split row whose set holds every annotation the split does not list."""


@dataclass(frozen=True)
class Split:
    """Annotation path (relative to the gold folder) → set name."""

    sets: dict[str, str]

    @property
    def names(self) -> tuple[str, ...]:
        """The set names in the order the file first gives them."""
        return tuple(dict.fromkeys(self.sets.values()))

    def set_of(self, annotation: Annotation) -> str | None:
        return self.sets.get(annotation.path, self.sets.get(ANY_OTHER))

    def members(self, annotations: list[Annotation], name: str) -> list[Annotation]:
        """The annotations of set ``name``.

        Raises:
            InputError: the split has no such set, or none of its files is annotated here.
        """
        if name not in self.names:
            raise InputError(f"no set named {name!r} in the split (sets: {', '.join(self.names)})")
        chosen = [a for a in annotations if self.set_of(a) == name]
        if not chosen:
            raise InputError(f"set {name!r} holds none of these annotations")
        return chosen


def read_split(path: Path) -> Split:
    """A tab-separated split file: a header naming at least ``file`` and ``set``, one row
    per annotation, ``#`` comments; a row with file ``*`` names the set of the rest.

    Raises:
        InputError: the file is missing or lacks the columns.
    """
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: cannot read the split ({getattr(exc, 'strerror', exc)})"
        ) from None
    rows = list(
        csv.DictReader(
            (ln for ln in lines if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
    )
    if not rows or not {"file", "set"} <= set(rows[0]):
        raise InputError(f"{path}: a split needs a header with 'file' and 'set' columns")
    if any(not row["file"] or not row["set"] for row in rows):
        raise InputError(f"{path}: every row needs a file and a set")
    return Split({row["file"]: row["set"] for row in rows})
