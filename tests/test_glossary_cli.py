"""`briefgen glossary find|add|import|export` as a maintainer uses them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.glossary import load, load_glossaries

HEADER = "vi\ten\tvariants\tcategory\tcase\tnote\tsource_variants\n"
TABLE = (
    HEADER
    + "# ministries\n"
    + "Bộ Nội vụ\tMinistry of Home Affairs\t\tministry\tpreserve\t\t\n"
    + "\n"
    + "Bộ Y tế\tMinistry of Health\t\tministry\tpreserve\t\t\n"
)


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, ["glossary", *map(str, args)], input=stdin)


def test_find_counts_terms_in_a_file(tmp_path):
    doc = tmp_path / "article.txt"
    doc.write_text(
        "Bộ Nội vụ tổ chức hội nghị\n\nBộ trưởng Bộ Nội vụ và Bộ Nội vụ Lào ký kết.\n",
        encoding="utf-8",
    )
    result = run("find", doc)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "1\tBộ Nội vụ\tMinistry of Home Affairs" in lines
    assert "1\tBộ trưởng Bộ Nội vụ\tMinister of Home Affairs" in lines
    assert "1\tBộ Nội vụ Lào\tMinistry of Home Affairs of the Lao PDR" in lines


def test_find_reads_stdin_and_sorts_by_count():
    result = run("find", "-", stdin="Việt Nam, Lào và Việt Nam; ASEAN.")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "2\tViệt Nam\tViet Nam",
        "1\tLào\tLao PDR",
        "1\tASEAN\tASEAN",
    ]


def test_find_says_when_it_finds_nothing_or_reads_nothing():
    """Silence after `glossary find` cannot be told from a wrong file or an empty pipe."""
    empty = run("find", "-", stdin="")
    assert empty.exit_code == 2 and empty.output.strip() == "Error: stdin: nothing to read"
    none = CliRunner().invoke(cli, ["glossary", "find", "-"], input="Hello, nothing here.")
    assert none.exit_code == 0 and none.stdout == ""
    assert none.stderr.strip() == "no glossary term in stdin"


def test_find_with_user_glossary_only(tmp_path):
    user = tmp_path / "mine.csv"
    user.write_text("đề án,scheme\n", encoding="utf-8")
    result = run("find", "-", "--glossary", user, "--no-builtin-glossary", stdin="Đề án 161")
    assert result.output.splitlines() == ["1\tđề án\tscheme"]


def test_add_appends_and_keeps_every_other_line(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(TABLE, encoding="utf-8")
    args = ["Bộ Tư pháp", "Ministry of Justice", "--variant", "MOJ", "--category", "ministry"]
    result = run("add", *args, "--file", path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text == TABLE + "Bộ Tư pháp\tMinistry of Justice\tMOJ\tministry\tpreserve\t\t\n"
    assert load(path).get("bộ tư pháp").variants == ("MOJ",)


def test_add_refuses_a_conflict_unless_forced(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(TABLE, encoding="utf-8")
    result = run("add", "bộ nội vụ", "Interior Ministry", "--file", path)
    assert result.exit_code == 2
    assert f"{path}:3: 'Bộ Nội vụ' is already there as 'Ministry of Home Affairs'" in result.output
    assert path.read_text(encoding="utf-8") == TABLE

    result = run("add", "Bộ Nội vụ", "Interior Ministry", "--file", path, "--force")
    assert result.exit_code == 0, result.output
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[2].startswith("Bộ Nội vụ\tInterior Ministry\t")
    assert lines[:2] + lines[3:] == TABLE.splitlines()[:2] + TABLE.splitlines()[3:]


def test_add_to_plain_two_column_file_stays_two_columns(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Bộ Y tế,Ministry of Health", encoding="utf-8")
    assert run("add", "Bộ Công an", "Ministry of Public Security", "--file", path).exit_code == 0
    assert path.read_text(encoding="utf-8") == (
        "Bộ Y tế,Ministry of Health\nBộ Công an,Ministry of Public Security\n"
    )


def test_add_refuses_empty_terms(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(TABLE, encoding="utf-8")
    result = run("add", " ", "Ministry", "--file", path)
    assert result.exit_code == 2
    assert "needs a Vietnamese term" in result.output


def test_export_pairs_lists_source_variants_without_header(tmp_path):
    path = tmp_path / "pairs.csv"
    assert run("export", "-o", path).exit_code == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "Bộ trưởng Bộ Nội vụ,Minister of Home Affairs" in lines
    assert "Bộ trưởng Nội vụ,Minister of Home Affairs" in lines
    labour = "Ministry of Labour, Invalids and Social Affairs"
    assert f'Bộ Lao động - Thương binh và Xã hội,"{labour}"' in lines  # quoted: has a comma
    assert not lines[0].startswith("vi,")


def test_export_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text("keep\n", encoding="utf-8")
    result = run("export", "-o", path)
    assert result.exit_code == 2
    assert path.read_text(encoding="utf-8") == "keep\n"


def test_import_plain_pairs_to_briefgen_tsv(tmp_path):
    source = tmp_path / "deepl.tsv"
    source.write_text("Bộ Y tế\tMinistry of Health\nđề án\tproject\n", encoding="utf-8")
    result = run("import", source)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        HEADER.rstrip("\n") + "\tsource",
        "Bộ Y tế\tMinistry of Health\t\t\tpreserve\t\t\t",
        "đề án\tproject\t\t\tpreserve\t\t\t",
    ]


def test_coverage_lists_frequent_uncovered_names_with_an_example(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Mạng lưới Nghiên cứu Biển ASEAN họp tại Hà Nội.\n"
        "Ban Thư ký ASEAN và Bộ trưởng Phạm Thị Thanh Trà dự họp.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Sáng nay, Mạng lưới Nghiên cứu Biển ASEAN đã ra mắt.\nBan Thư ký ASEAN chúc mừng.\n",
        encoding="utf-8",
    )
    result = run("coverage", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "2\tMạng lưới Nghiên cứu Biển ASEAN\tMạng lưới Nghiên cứu Biển ASEAN họp tại Hà Nội."
    ]


def test_coverage_says_so_when_the_glossary_lacks_nothing(tmp_path):
    """A maintainer who sees no output cannot tell "nothing missing" from "nothing read"."""
    (tmp_path / "a.txt").write_text(
        "Ban Thư ký ASEAN họp tại Hà Nội.\nBan Thư ký ASEAN chúc mừng.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["glossary", "coverage", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # stdout stays the table a script reads
    assert result.stderr.strip() == (
        "no name seen at least 2 times is missing from the glossary (1 file read)"
    )


def test_coverage_of_an_empty_folder_is_an_error(tmp_path):
    result = run("coverage", tmp_path)
    assert result.exit_code == 2
    assert "no .txt" in result.output


def test_add_refuses_to_edit_tbx(tmp_path):
    path = tmp_path / "g.tbx"
    path.write_text("<tbx/>", encoding="utf-8")
    result = run("add", "Bộ Y tế", "Ministry of Health", "--file", path)
    assert result.exit_code == 2
    assert "import the TBX first" in result.output
    assert path.read_text(encoding="utf-8") == "<tbx/>"


def test_add_variant_to_an_existing_entry_adds_it(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(TABLE, encoding="utf-8")
    result = run("add", "Bộ Y tế", "Ministry of Health", "--variant", "MOH", "--file", path)
    assert result.exit_code == 0, result.output
    assert "updated 'Bộ Y tế'" in result.output
    assert load(path).get("Bộ Y tế").variants == ("MOH",)
    again = run("add", "Bộ Y tế", "Ministry of Health", "--variant", "MOH", "--file", path)
    assert "unchanged" in again.output
    assert path.read_text(encoding="utf-8").count("Bộ Y tế") == 1


@pytest.mark.parametrize(("option", "value"), [("--category", "ministy"), ("--case", "preserv")])
def test_add_refuses_unknown_category_and_case(tmp_path, option, value):
    path = tmp_path / "g.tsv"
    path.write_text(TABLE, encoding="utf-8")
    result = run("add", "Bộ Tư pháp", "Ministry of Justice", option, value, "--file", path)
    assert result.exit_code == 2
    assert value in result.output
    assert path.read_text(encoding="utf-8") == TABLE


def test_add_records_the_source(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(HEADER.replace("\n", "\tsource\n"), encoding="utf-8")
    url = "https://moj.gov.vn/en"
    result = run("add", "Bộ Tư pháp", "Ministry of Justice", "--source", url, "--file", path)
    assert result.exit_code == 0, result.output
    assert load(path).get("Bộ Tư pháp").source == url


def test_add_refuses_what_the_table_has_no_column_for(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text(TABLE, encoding="utf-8")
    result = run("add", "Bộ Tư pháp", "Ministry of Justice", "--source", "x", "--file", path)
    assert result.exit_code == 2
    assert "has no source column" in result.output
    assert path.read_text(encoding="utf-8") == TABLE


@pytest.mark.parametrize("name", ["terms.xlsx", "terms.docx", "terms"])
def test_export_refuses_a_name_that_is_not_a_glossary_format(tmp_path, name):
    result = run("export", "-o", tmp_path / name)
    assert result.exit_code == 2
    assert "not a glossary file name" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / name).exists()


def test_csv_pairs_export_says_what_it_drops(tmp_path):
    result = run("export", "-o", tmp_path / "pairs.csv")
    assert result.exit_code == 0
    assert "variants, category, case, note and source left out" in result.output


def test_csv_round_trip_with_format_tsv_keeps_notes_and_checks_clean(tmp_path):
    path = tmp_path / "all.csv"
    assert run("export", "--format", "tsv", "-o", path).exit_code == 0
    assert path.read_text(encoding="utf-8").startswith("vi,en,variants,category,case,note")
    assert run("check", path).exit_code == 0
    entries = {(e.vi, e.en, e.note, e.category, e.source) for e in load(path)}
    assert entries == {(e.vi, e.en, e.note, e.category, e.source) for e in load_glossaries()}


@pytest.mark.parametrize("command", ["check", "import", "find"])
def test_a_cell_over_the_csv_field_limit_is_a_one_line_error(tmp_path, command):
    path = tmp_path / "big.tsv"
    path.write_text(HEADER + "Bộ Y tế\t" + "x" * 140_000 + "\t\t\t\t\t\n", encoding="utf-8")
    args = {"check": [path], "import": [path], "find": ["-", "--glossary", path]}[command]
    result = run(command, *args, stdin="Bộ Y tế")
    assert result.exit_code == 2
    assert f"{path}:2: unreadable row: field larger than field limit" in result.output
    assert "Traceback" not in result.output
