"""The terminology report: per segment, what the glossary required and whether the English
has it, so a reader can see the guarantee instead of trusting it.

Checks come from :func:`briefgen.glossary.enforce.check`, a pure function of the source,
the translation and the glossary, so a report can be recomputed without the model.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.formats.files import atomic_writer
from briefgen.records import DocumentTranslation, TermCheck

REPORT_VERSION = 1
TERM = "term"


@dataclass(frozen=True)
class TermTally:
    """How many required renderings a text had and how many its English contains."""

    segments: int
    terms_required: int
    terms_satisfied: int
    preserved_required: int
    preserved_satisfied: int

    @property
    def term_accuracy(self) -> float | None:
        """Share of glossary terms present (WMT 2021 exact match); None when none."""
        return self.terms_satisfied / self.terms_required if self.terms_required else None

    @classmethod
    def of(cls, segments: int, checks: Sequence[TermCheck]) -> TermTally:
        terms = [c for c in checks if c.kind == TERM]
        kept = [c for c in checks if c.kind != TERM]
        return cls(
            segments,
            len(terms),
            sum(c.satisfied for c in terms),
            len(kept),
            sum(c.satisfied for c in kept),
        )

    def as_dict(self) -> dict:
        return {
            "segments": self.segments,
            "terms_required": self.terms_required,
            "terms_satisfied": self.terms_satisfied,
            "term_accuracy": self.term_accuracy,
            "preserved_required": self.preserved_required,
            "preserved_satisfied": self.preserved_satisfied,
        }


def tally(result: DocumentTranslation) -> TermTally:
    return TermTally.of(len(result.segments), result.checks)


def document_report(result: DocumentTranslation) -> dict:
    """One document's ``--report`` entry: its tally, and each segment's required terms and
    whether they appear, so a reviewer sees which sentences to check."""
    return {
        "source": str(result.document.source),
        "summary": tally(result).as_dict(),
        "segments": [
            {
                "block": s.segment.block,
                "index": s.segment.index,
                "source": s.segment.text,
                "translation": s.target,
                "terms": [
                    {"vi": c.source, "en": c.target, "kind": c.kind, "present": c.satisfied}
                    for c in s.checks
                ],
            }
            for s in result.segments
        ],
    }


def report_entry(result: DocumentTranslation) -> dict:
    """What the report needs of one document, as plain JSON data: a batch keeps it in its
    manifest, so the report of a resumed run still covers the files done before."""
    p = result.provenance
    return {
        "provenance": {
            "tool_version": p.tool_version,
            "backend": p.backend,
            "model": p.model,
            "glossaries": list(p.glossaries),
            "glossary_sha256": p.glossary_sha256,
        },
        "document": document_report(result),
    }


def write_report(entries: Iterable[dict], path: Path) -> Path:
    """Write the report of :func:`report_entry` entries as UTF-8 JSON, atomically:
    provenance (the first document's), totals over all documents, and each document.

    Documents are streamed through a spool file, so a batch of any size is reported in
    bounded memory.
    """
    totals = [0] * 5
    provenance: dict = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for n, entry in enumerate(entries):
            provenance = provenance or entry["provenance"]
            summary = entry["document"]["summary"]
            for k, key in enumerate(_COUNTS):
                totals[k] += summary[key]
            document = json.dumps(entry["document"], ensure_ascii=False)
            spool.write(("" if n == 0 else ",\n") + "    " + document)
        header = {
            "report_version": REPORT_VERSION,
            "tool_version": provenance.get("tool_version", ""),
            "backend": provenance.get("backend", ""),
            "model": provenance.get("model", ""),
            "glossaries": provenance.get("glossaries", []),
            "glossary_sha256": provenance.get("glossary_sha256", ""),
            "summary": TermTally(*totals).as_dict(),
        }
        spool.seek(0)
        with atomic_writer(Path(path)) as out:
            out.write(json.dumps(header, ensure_ascii=False, indent=2)[:-2])
            out.write(',\n  "documents": [\n')
            shutil.copyfileobj(spool, out)
            out.write("\n  ]\n}\n")
    return Path(path)


_COUNTS = (
    "segments",
    "terms_required",
    "terms_satisfied",
    "preserved_required",
    "preserved_satisfied",
)
