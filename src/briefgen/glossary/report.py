"""The terminology report: per segment, what the glossary required and whether the English
has it, so a reader can see the guarantee instead of trusting it.

Checks come from :func:`briefgen.glossary.enforce.check`, a pure function of the source,
the translation and the glossary, so a report can be recomputed without the model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.formats.files import atomic_write_bytes
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


def summary_line(result: DocumentTranslation) -> str:
    """One console line: segments, terms required, terms satisfied."""
    t = tally(result)
    return (
        f"{t.segments} segments, {t.terms_required} terms required, {t.terms_satisfied} satisfied"
    )


def document_report(result: DocumentTranslation) -> dict:
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


def build_report(results: Sequence[DocumentTranslation]) -> dict:
    """The whole report: provenance, totals over all documents, and each document."""
    checks = [c for r in results for c in r.checks]
    segments = sum(len(r.segments) for r in results)
    first = results[0].provenance if results else None
    return {
        "report_version": REPORT_VERSION,
        "tool_version": first.tool_version if first else "",
        "backend": first.backend if first else "",
        "model": first.model if first else "",
        "glossaries": list(first.glossaries) if first else [],
        "glossary_sha256": first.glossary_sha256 if first else "",
        "summary": TermTally.of(segments, checks).as_dict(),
        "documents": [document_report(r) for r in results],
    }


def write_report(results: Sequence[DocumentTranslation], path: Path) -> Path:
    """Write the report as UTF-8 JSON, atomically."""
    data = json.dumps(build_report(results), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(Path(path), data.encode("utf-8"))
    return Path(path)
