"""Batch runs: translate many files into a mirrored output tree, and survive real use.

A run is planned first (:func:`plan`: every input → output pair, checked before any work),
then files are processed in order (:func:`run`), small ones packed together so they fill
the model's batches: one bad file is reported and the rest go on. Outputs are written
atomically and each finished file is appended to a manifest in the output folder (JSON
lines), so a run that was interrupted, even by ``kill -9``, is finished by running it
again: files whose outputs (side outputs included) are complete, newer than the input and
made with the same settings are skipped. A run keeps per-file tallies, never the
translations, so its memory stays flat however many files it has.
"""

from briefgen.batch.manifest import (
    MANIFEST_NAME,
    Manifest,
    remove_stale_temp_files,
    resume_settings,
)
from briefgen.batch.plan import Job, expand, output_suffix, plan
from briefgen.batch.run import (
    Convert,
    FileCounts,
    FileEvent,
    Observer,
    Outcome,
    Status,
    Summary,
    failure_reason,
    reports,
    run,
)
from briefgen.batch.translator import FileTranslator

__all__ = [
    "MANIFEST_NAME",
    "Convert",
    "FileCounts",
    "FileEvent",
    "FileTranslator",
    "Job",
    "Manifest",
    "Observer",
    "Outcome",
    "Status",
    "Summary",
    "expand",
    "failure_reason",
    "output_suffix",
    "plan",
    "remove_stale_temp_files",
    "reports",
    "resume_settings",
    "run",
]
