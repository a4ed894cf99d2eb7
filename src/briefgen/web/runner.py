"""Run one web job: translate each file, then build the brief, reporting progress.

Outputs go into the job's folder as they are made: per file its translation in its own
format, the bilingual .docx and the XLIFF; for the job the brief's facts (``brief.pickle``,
the frozen records the downloads are rendered from after staff edits) and the review
page's data (``review.json``).
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from briefgen.formats import format_named
from briefgen.formats.bilingual import render_bilingual
from briefgen.formats.files import atomic_write_bytes
from briefgen.formats.xliff import render_xliff
from briefgen.ingest import read_document
from briefgen.records import Brief
from briefgen.web.engine import Engine, EngineSettings, ModelSlot
from briefgen.web.jobs import Job, JobStore
from briefgen.web.review import paragraphs

BRIEF_FILE = "brief.pickle"
REVIEW_FILE = "review.json"


def output_dir(store: JobStore, job_id: str, n: int) -> Path:
    return store.folder(job_id) / "out" / str(n)


def run_job(job: Job, store: JobStore, models: ModelSlot | None = None) -> None:
    """Translate ``job``'s files and write its outputs; raises what the pipeline raises.

    ``models`` keeps the model loaded between jobs (the web worker passes its slot).
    """
    engine = Engine(EngineSettings.from_dict(job.settings), models)
    try:
        review = []
        for n, upload in enumerate(job.files):
            store.progress(
                job.id, stage="translating", file_index=n, sentences_done=0, sentences_total=0
            )

            def report(done: int, total: int) -> None:
                store.progress(job.id, sentences_done=done, sentences_total=total)

            document = read_document(upload.path)
            result = engine.translate(document, report)
            out = output_dir(store, job.id, n)
            out.mkdir(parents=True, exist_ok=True)
            suffix = f".{format_named(document.format).writes}"  # a PDF's is a .docx
            atomic_write_bytes(out / f"translation{suffix}", engine.render_translation(result))
            atomic_write_bytes(out / "bilingual.docx", render_bilingual(result))
            atomic_write_bytes(out / "translation.xlf", render_xliff(result))
            review.append(
                {"name": upload.name, "paragraphs": paragraphs(result, engine.glossary, f"f{n}")}
            )
        store.progress(
            job.id,
            stage="extracting",
            file_index=len(job.files),
            sentences_done=0,
            sentences_total=0,
        )
        brief = engine.brief([Path(f.path) for f in job.files])  # mostly from the memory
        folder = store.folder(job.id)
        atomic_write_bytes(folder / BRIEF_FILE, pickle.dumps(brief))
        data = json.dumps({"files": review}, ensure_ascii=False)
        atomic_write_bytes(folder / REVIEW_FILE, data.encode("utf-8"))
    finally:
        engine.close()


def load_brief(store: JobStore, job_id: str) -> Brief:
    """The brief a finished job made (a file this app wrote in its own cache folder)."""
    return pickle.loads((store.folder(job_id) / BRIEF_FILE).read_bytes())


def load_review(store: JobStore, job_id: str) -> dict:
    return json.loads((store.folder(job_id) / REVIEW_FILE).read_text("utf-8"))


def translation_file(store: JobStore, job_id: str, n: int) -> Path | None:
    """The translated document of file ``n`` (its suffix is its format)."""
    found = sorted(output_dir(store, job_id, n).glob("translation.*"))
    return next((p for p in found if p.suffix != ".xlf"), None)
