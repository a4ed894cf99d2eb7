"""Documents, commitments and participants on the invented sentences of
tests/data/sectoral_sentences.tsv: the failure classes that ten invented whole sectoral
articles revealed (frameworks, bracketed years and glosses, a vision as a goal, documents
listed one per line, toolkits and recommendations; wishes about relations, sentences that
only announce points, calls after "Theo X,"; a rank before a name, a title with a
bracketed short name). Each row must give exactly what it lists; one the rules still get
wrong ("open: why") must fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.evaluate.sentence_tables import expected_pairs
from briefgen.extract import extract_facts
from briefgen.extract.commitments import extract_commitments
from briefgen.extract.declarations import extract_declarations
from extracted import participant_names
from sentence_rows import document, rows

SENTENCES = Path(__file__).parent / "data" / "sectoral_sentences.tsv"
ROWS = rows(SENTENCES)


def _rows_of(prefix: str) -> list:
    return [row for row in ROWS if row.values[0].startswith(prefix)]


def test_the_file_covers_each_extractor_with_positives_and_negatives():
    cells = {what: [row.values[2] for row in _rows_of(what)] for what in ("doc", "commit")}
    assert len(cells["doc"]) >= 25 and cells["doc"].count("none") >= 5
    assert len(cells["commit"]) >= 8 and cells["commit"].count("none") >= 3
    assert len(_rows_of("people")) >= 4


@pytest.mark.parametrize(("what", "text", "cell"), _rows_of("doc"), ids=range(len(_rows_of("doc"))))
def test_each_document_is_named_once_with_its_status(what, text, cell, glossary):
    facts = extract_facts(document(what.removeprefix("doc-"), text), glossary)
    assert sorted((d.name.vi, d.status) for d in facts.declarations) == sorted(expected_pairs(cell))


@pytest.mark.parametrize(
    ("what", "text", "cell"), _rows_of("commit"), ids=range(len(_rows_of("commit")))
)
def test_only_the_sentences_that_bind_an_actor_are_commitments(what, text, cell):
    sentences = text.split(" || ")
    found = extract_commitments(sentences, participant_names(sentences), event_year=2026)
    assert sorted(c.text.vi for c in found) == (
        [] if cell == "none" else sorted(cell.split(" ;; "))
    )


@pytest.mark.parametrize(
    ("what", "text", "cell"), _rows_of("people"), ids=range(len(_rows_of("people")))
)
def test_each_person_gets_the_title_printed_with_the_name(what, text, cell):
    people = extract_facts(document("body", text)).participants
    assert sorted((p.name.vi, p.role.vi) for p in people) == sorted(expected_pairs(cell))


def test_a_document_listed_on_a_line_of_its_own_cites_that_line():
    lines = [
        "Hội nghị đã thông qua các văn kiện, gồm:",
        "- Tuyên bố Manila về an ninh y tế;",
        "- Kế hoạch hành động ASEAN về y tế số giai đoạn 2026-2030.",
    ]
    found = extract_declarations(lines)
    assert [(d.name.vi, d.status, d.source_sentence) for d in found] == [
        ("Tuyên bố Manila về an ninh y tế", "adopted", lines[1]),
        ("Kế hoạch hành động ASEAN về y tế số giai đoạn 2026-2030", "adopted", lines[2]),
    ]
