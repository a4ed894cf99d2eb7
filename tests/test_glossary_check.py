"""`briefgen glossary check`: each defect is reported as FILE:LINE and fails the run."""

from __future__ import annotations

import unicodedata

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.glossary import load

HEADER = "vi\ten\tvariants\tcategory\tcase\tnote\tsource_variants\n"
GOOD = "Bộ Nội vụ\tMinistry of Home Affairs\t\tministry\tpreserve\t\t\n"


def check(tmp_path, body: str, name: str = "g.tsv"):
    path = tmp_path / name
    path.write_text(HEADER + GOOD + body, encoding="utf-8")
    return path, CliRunner().invoke(cli, ["glossary", "check", str(path)])


def row(*cells: str) -> str:
    return "\t".join(cells) + "\n"


def test_shipped_glossary_passes():
    result = CliRunner().invoke(cli, ["glossary", "check"])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output


def test_clean_file_passes(tmp_path):
    _, result = check(tmp_path, row("Bộ trưởng Bộ Nội vụ", "Minister of Home Affairs", *[""] * 5))
    assert result.exit_code == 0, result.output


NFD = unicodedata.normalize("NFD", "Bộ Tư pháp")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Bộ Y tế\tMinistry of Health\tministry\n", "expected 7 columns, found 3"),
        (row("", "Ministry of Health", *[""] * 5), "empty Vietnamese term"),
        (row("Bộ Y tế", " ", *[""] * 5), "empty English"),
        (row("Bộ Nội vụ", "Ministry of Home Affairs", *[""] * 5), "duplicate of line 2"),
        (row("bộ nội vụ", "Ministry of Interior", *[""] * 5), "conflicting English"),
        (row("Bộ Y tế", "Ministry of Health", "", "", "", "", "Bộ Nội vụ"), "conflicting English"),
        (
            row("Bộ trưởng Bộ Nội vụ", "Minister of the Interior", *[""] * 5),
            "contains 'Bộ Nội vụ' (line 2)",
        ),
        (row(NFD, "Ministry of Justice", *[""] * 5), "not NFC-normalised"),
        (row("Bộ Y tế ", "Ministry of Health", *[""] * 5), "stray whitespace"),
        (row("Bộ Y tế", "Ministry of  Health", *[""] * 5), "stray whitespace"),
        (row("Bộ Y tế", "Ministry of Health", "MOH | Health Ministry", *[""] * 4), "stray"),
        (row("Bộ Y tế", "Ministry of Health", "", "ministy", *[""] * 3), "unknown category"),
        (row("Bộ Y tế", "Ministry of Health", "", "", "preserv", "", ""), "unknown case"),
    ],
    ids=[
        "columns",
        "empty-vi",
        "empty-en",
        "duplicate",
        "conflict",
        "conflict-source-variant",
        "subterm",
        "nfc",
        "trailing-space",
        "double-space",
        "list-spacing",
        "category-typo",
        "case-typo",
    ],
)
def test_each_defect_is_reported_with_file_and_line(tmp_path, body, message):
    path, result = check(tmp_path, body)
    assert result.exit_code == 1
    assert f"{path}:3: " in result.output
    assert message in result.output


def test_subterm_rule_accepts_inflection_and_distinct_note(tmp_path):
    body = row("Đại sứ", "Ambassador", *[""] * 5) + row(
        "Đại sứ quán", "Embassy", "", "", "", "≠ Đại sứ (Ambassador)", ""
    )
    _, result = check(tmp_path, body)
    assert result.exit_code == 0, result.output


def test_plain_two_column_csv_is_checked(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Bộ Y tế,Ministry of Health\nBộ Y tế,Health Ministry\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: 'Bộ Y tế': conflicting English" in result.output


def test_missing_file_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["glossary", "check", str(tmp_path / "none.tsv")])
    assert result.exit_code == 2
    assert "glossary file not found" in result.output
    assert "Traceback" not in result.output


def test_the_built_in_files_are_checked_together(tmp_path, monkeypatch):
    """A conflict between two built-in files is found: they make one glossary."""
    from briefgen import glossary

    (tmp_path / "a.tsv").write_text(HEADER + GOOD, encoding="utf-8")
    (tmp_path / "b.tsv").write_text(
        HEADER + row("Bộ Nội vụ", "Ministry of Interior", *[""] * 5), encoding="utf-8"
    )
    monkeypatch.setattr(glossary, "builtin_paths", lambda: (tmp_path / "a.tsv", tmp_path / "b.tsv"))
    result = CliRunner().invoke(cli, ["glossary", "check"])
    assert result.exit_code == 1
    assert f"{tmp_path / 'b.tsv'}:2: 'Bộ Nội vụ': conflicting English" in result.output


@pytest.mark.parametrize(
    ("first", "header"),
    [("vi\tvi\n", False), ("source\tnguồn\n", False), ("vi_term\ten_rendering\n", True)],
)
def test_only_a_line_naming_both_term_columns_is_a_header(tmp_path, first, header):
    """A headerless table's first term is data even when it reads like a column name."""
    path = tmp_path / "pairs.tsv"
    path.write_text(first + "Bộ Y tế\tMinistry of Health\n", encoding="utf-8")
    entries = {e.vi: e.en for e in load(path)}
    assert entries.get("Bộ Y tế") == "Ministry of Health"
    assert (first.split("\t")[0] in entries) is not header
