"""`briefgen eval-brief`: figures, misses and errors on a gold folder of two tiny articles.

Article a is extracted right but for one participant the rules miss and a declaration
status; article b's annotation disagrees with the reader's title and leaves out what the
rules find (a participant, a commitment, a place), and the rules miss its signed paper
("văn bản", no document word).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.evaluate.brief import DECLARATION_OVERLAP, pair_up

ARTICLE_A = """\
Hội nghị Bộ trưởng ASEAN về công vụ khai mạc tại Hà Nội
Sáng 5/8/2022, tại Hà Nội, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà chủ trì Hội nghị.
Các nước đã thông qua Tuyên bố Hà Nội về nền công vụ thích ứng.
Việt Nam cam kết tiếp tục hợp tác chặt chẽ với các nước ASEAN.
"""
ARTICLE_B = """\
Chia sẻ
Lào và Việt Nam ký kế hoạch hợp tác về đào tạo cán bộ
Ngày 11/3/2023, tại Viêng Chăn, Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng hội đàm với phía Lào.
Đây là lần thứ ba hai bên gặp nhau trong năm nay.
Hai bên ký văn bản hợp tác về đào tạo cán bộ.
Hai bên nhất trí tăng cường trao đổi đoàn công tác.
Theo TTXVN
"""
MINISTER = {"name": "Phạm Thị Thanh Trà", "role": "Bộ trưởng Bộ Nội vụ", "org": "Bộ Nội vụ"}
UNNAMED = {"name": "Nguyễn Văn An", "role": "Thứ trưởng Bộ Ngoại giao"}
GOLD_A = {
    "file": "news/a.txt",
    "title": "Hội nghị Bộ trưởng ASEAN về công vụ khai mạc tại Hà Nội",
    "published": None,
    "event_date": "2022-08-05",
    "location": "Hà Nội",
    "participants": [MINISTER, UNNAMED],
    "declarations": [
        {"name": "Tuyên bố Hà Nội về nền công vụ thích ứng", "status": "implementing"}
    ],
    "commitments": [{"text": "Việt Nam cam kết tiếp tục hợp tác chặt chẽ với các nước ASEAN."}],
    "body_first": "Sáng 5/8/2022",
    "body_last": "với các nước ASEAN.",
    "byline": None,
    "captions": [],
    "clutter": [],
}
GOLD_B = {
    "file": "b.txt",  # under ROOT/corpus, as gold/corpus mirrors it
    "title": "Lào và Việt Nam ký kế hoạch hợp tác",
    "published": None,
    "event_date": "2023-03-11",
    "location": None,
    "participants": [],
    "declarations": [{"name": "văn bản hợp tác về đào tạo cán bộ", "status": "signed"}],
    "commitments": [],
    "body_first": "Ngày 11/3/2023",
    "body_last": "trao đổi đoàn công tác.",
    "byline": "TTXVN",
    "captions": [],
    "clutter": ["Chia sẻ", "Đây là lần thứ ba hai bên gặp nhau trong năm nay."],
    "notes": "The reader cannot know the line the annotator called clutter is.",
}
SPLIT = "# a made-up split\nfile\tgroup\tset\na.json\tnews\ttuning\n*\tother\theldout\n"

# Both articles together: what the table must say, figure by figure.
EXPECTED_ALL = {
    "participants: recall": "50% (1/2)",
    "participants: precision": "50% (1/2)",
    "participants as read: recall": "50% (1/2)",
    "participants as read: precision": "50% (1/2)",
    "declarations: recall": "50% (1/2)",
    "declarations: precision": "100% (1/1)",
    "declaration status as annotated": "0% (0/1)",
    "commitments: recall": "100% (1/1)",
    "commitments: precision": "50% (1/2)",
    "event date: right of annotated": "100% (2/2)",
    "event date: right of found": "100% (2/2)",
    "event date: day and month right of annotated": "100% (2/2)",
    "place: right of annotated": "100% (1/1)",
    "place: right of found": "50% (1/2)",
    "title right": "50% (1/2)",
    "body start right": "100% (2/2)",
    "body end right": "100% (2/2)",
    "captions right": "100% (2/2)",
    "byline right": "100% (2/2)",
    "publication date right": "100% (2/2)",
    "clutter lines left in the body": "1",
}


def run(*args):
    return CliRunner().invoke(cli, ["eval-brief", *[str(a) for a in args]])


def write_json(path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.fixture
def folders(tmp_path):
    """(gold folder, root folder, split file) of the two articles."""
    root, gold = tmp_path / "articles", tmp_path / "gold"
    (root / "news").mkdir(parents=True)
    (root / "corpus").mkdir()
    (root / "news" / "a.txt").write_text(ARTICLE_A, "utf-8")
    (root / "corpus" / "b.txt").write_text(ARTICLE_B, "utf-8")
    write_json(gold / "a.json", GOLD_A)
    write_json(gold / "corpus" / "b.json", GOLD_B)
    split = tmp_path / "split.tsv"
    split.write_text(SPLIT, "utf-8")
    return gold, root, split


def table(output: str) -> dict[str, list[str]]:
    """The Markdown table's rows by their first cell."""
    rows = [line.strip("|").split(" | ") for line in output.splitlines() if line.startswith("|")]
    return {row[0].strip(): [cell.strip() for cell in row[1:]] for row in rows}


def test_every_figure_over_all_articles(folders):
    gold, root, _ = folders
    result = run(gold, root)
    assert result.exit_code == 0, result.output
    rows = table(result.output)
    assert rows["figure"] == ["all (2)", "target"]
    assert {label: cells[0] for label, cells in rows.items() if label not in ("figure", "---")} == (
        EXPECTED_ALL
    )
    assert rows["participants: recall"][1] == "≥95%"
    assert rows["clutter lines left in the body"][1] == "0"
    assert rows["event date: right of annotated"][1] == ""


def test_sets_of_a_split_side_by_side(folders):
    gold, root, split = folders
    result = run(gold, root, "--split", split, "--set", "tuning", "--set", "heldout")
    assert result.exit_code == 0, result.output
    rows = table(result.output)
    assert rows["figure"] == ["tuning (1)", "heldout (1)", "target"]
    assert rows["participants: recall"][:2] == ["50% (1/2)", "n/a (0/0)"]
    assert rows["title right"][:2] == ["100% (1/1)", "0% (0/1)"]
    assert rows["clutter lines left in the body"][:2] == ["0", "1"]
    # Without --set, every set of the split, in the split's order.
    assert table(run(gold, root, "--split", split).output)["figure"][:2] == [
        "tuning (1)",
        "heldout (1)",
    ]


def test_misses_list_found_against_expected_per_article(folders):
    gold, root, _ = folders
    result = run(gold, root, "--misses")
    assert result.exit_code == 0, result.output
    listing = result.output.split("## all: misses and false hits\n", 1)[1]
    assert listing.strip().split("\n\n") == [
        "news/a.txt (a.json)\n"
        "  missed participant: Nguyễn Văn An | Thứ trưởng Bộ Ngoại giao\n"
        "  declaration status: Tuyên bố Hà Nội về nền công vụ thích ứng: found adopted, "
        "expected implementing",
        "corpus/b.txt (corpus/b.json)\n"
        '  title: found "Lào và Việt Nam ký kế hoạch hợp tác về đào tạo cán bộ", '
        'expected "Lào và Việt Nam ký kế hoạch hợp tác"\n'
        "  clutter in body: Đây là lần thứ ba hai bên gặp nhau trong năm nay.\n"
        "  false participant: Vũ Chiến Thắng | Thứ trưởng Bộ Nội vụ\n"
        "  missed declaration: văn bản hợp tác về đào tạo cán bộ\n"
        "  false commitment: Hai bên nhất trí tăng cường trao đổi đoàn công tác.\n"
        '  place: found "Viêng Chăn", expected none',
    ]


def test_json_for_machines(folders, tmp_path):
    gold, root, split = folders
    out = tmp_path / "scores.json"
    result = run(gold, root, "--split", split, "--set", "heldout", "--json", out)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    assert data["split"] == str(split)
    (heldout,) = data["sets"]
    assert heldout["name"] == "heldout" and heldout["articles"] == 1
    assert heldout["figures"]["place_precision"] == {"hits": 0, "total": 1, "value": 0.0}
    assert heldout["figures"]["participants_recall"]["value"] is None
    assert heldout["figures"]["clutter_lines"] == 1
    (article,) = heldout["per_article"]
    assert article["article"] == "corpus/b.txt" and article["annotation"] == "corpus/b.json"
    assert article["declarations"]["missed"] == ["văn bản hợp tác về đào tạo cán bộ"]
    assert article["title"]["right"] is False


def test_confidence_resamples_articles(folders, tmp_path):
    """Article a has its title right and b has not: resampling the two articles gives
    every share from 0 to 1; b annotates no participant, so their recall stays a's 1/2."""
    gold, root, split = folders
    out = tmp_path / "scores.json"
    result = run(gold, root, "--confidence", "--json", out)
    assert result.exit_code == 0, result.output
    rows = table(result.output)
    assert rows["title right"][0] == "50% (1/2) [0–100]"
    assert rows["participants: recall"][0] == "50% (1/2) [50–50]"
    assert rows["body start right"][0] == "100% (2/2) [100–100]"
    assert rows["clutter lines left in the body"][0] == "1"
    assert run(gold, root, "--confidence").output == result.output  # seeded: same intervals
    figures = json.loads(out.read_text("utf-8"))["sets"][0]["figures"]
    assert figures["title"]["interval"] == {"low": 0.0, "high": 1.0}
    # A set with nothing to count has no interval.
    run(gold, root, "--split", split, "--set", "heldout", "--confidence", "--json", out)
    figures = json.loads(out.read_text("utf-8"))["sets"][0]["figures"]
    assert figures["participants_recall"]["interval"] is None
    assert figures["title"]["interval"] == {"low": 0.0, "high": 0.0}


def test_confidence_needs_a_resample(folders):
    gold, root, _ = folders
    result = run(gold, root, "--confidence", "--confidence-n", 0)
    assert result.exit_code == 2
    assert "Error: Invalid value for '--confidence-n'" in result.output


def one_line_error(result) -> str:
    assert result.exit_code != 0
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert len(lines[0]) < 300, "a line, not a page"
    return lines[0]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda gold, root, split: (root.parent / "nowhere", root), "nowhere: no such folder"),
        (lambda gold, root, split: (gold, root.parent / "nowhere"), "nowhere: no such folder"),
        (lambda gold, root, split: (root / "news", root), "no annotation files"),
        (
            lambda gold, root, split: (gold, root, (gold / "a.json").write_text("{", "utf-8")),
            "a.json: not a JSON annotation",
        ),
        (
            lambda gold, root, split: (gold, root, write_json(gold / "c.json", {"file": "a"})),
            "c.json: $: 'title' is a required property",
        ),
        (
            lambda gold, root, split: (
                gold,
                root,
                write_json(gold / "c.json", {**GOLD_A, "participants": [{"name": "An"}]}),
            ),
            "c.json: $.participants[0]: 'role' is a required property",
        ),
        (
            lambda gold, root, split: (
                gold,
                root,
                write_json(gold / "c.json", {**GOLD_A, "published": "5/8/2022"}),
            ),
            "c.json: $.published: '5/8/2022' does not match",
        ),
        (
            lambda gold, root, split: (gold, root, write_json(gold / "c.json", [GOLD_A] * 9)),
            "c.json: $: [{'file': 'news/a.txt', 'title'",
        ),
        (
            lambda gold, root, split: (gold, root, (root / "news" / "a.txt").unlink()),
            "a.json: its article 'news/a.txt' is not under",
        ),
    ],
    ids=[
        "no-gold",
        "no-root",
        "no-annotations",
        "bad-json",
        "missing-key",
        "missing-role",
        "bad-date",
        "not-an-object",
        "missing-article",
    ],
)
def test_bad_input_is_one_line(folders, damage, message):
    gold, root, split = folders
    args = damage(gold, root, split)[:2]
    assert message in one_line_error(run(*args))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--set", "tuning"], "--set needs --split"),
        (["--split", "{split}", "--set", "dev"], "no set named 'dev' in the split (sets: tuning"),
        (["--split", "{tmp}/none.tsv"], "none.tsv: cannot read the split"),
        (["--split", "{tmp}/a.tsv"], "a.tsv: a split needs a header with 'file' and 'set'"),
        (["--split", "{tmp}"], "cannot read the split (Is a directory)"),
        (["--json", "{tmp}"], "is a folder; --json needs a file name"),
    ],
)
def test_bad_split_is_one_line(folders, tmp_path, options, message):
    gold, root, split = folders
    (tmp_path / "a.tsv").write_text("name\tgroup\na.json\tx\n", "utf-8")
    options = [o.format(split=split, tmp=tmp_path) for o in options]
    assert message in one_line_error(run(gold, root, *options))


def test_a_set_none_of_whose_files_is_annotated(folders, tmp_path):
    gold, root, _ = folders
    split = tmp_path / "other.tsv"
    split.write_text("file\tset\nelsewhere.json\tdev\n", "utf-8")
    assert "set 'dev' holds none of these annotations" in one_line_error(
        run(gold, root, "--split", split)
    )


# Two leads dated by day and month only: one page states when it was published, the
# other does not (its annotator took the year from elsewhere, which a user cannot).
DATED_PAGE = """\
Việt Nam và Lào ký kế hoạch hợp tác đào tạo cán bộ
Thứ Sáu, 05/01/2024 09:30 (GMT+7)
Ngày 28/12, tại Viêng Chăn, Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng hội đàm với phía Lào.
Hai bên nhất trí tăng cường trao đổi đoàn công tác.
"""
UNDATED_PAGE = """\
Bộ Nội vụ tổ chức Hội nghị về công vụ
Sáng 4/7, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị về cải cách công vụ.
Các đại biểu thảo luận về chuyển đổi số trong nền công vụ.
"""


def _gold(file, title, published, event_date, first, last) -> dict:
    return {
        **GOLD_A,
        "file": file,
        "title": title,
        "published": published,
        "event_date": event_date,
        "location": None,
        "participants": [],
        "declarations": [],
        "commitments": [],
        "body_first": first,
        "body_last": last,
    }


@pytest.fixture
def dated_folders(tmp_path):
    root, gold = tmp_path / "articles", tmp_path / "gold"
    root.mkdir()
    (root / "dated.txt").write_text(DATED_PAGE, "utf-8")
    (root / "undated.txt").write_text(UNDATED_PAGE, "utf-8")
    first_lines = [DATED_PAGE.splitlines()[0], UNDATED_PAGE.splitlines()[0]]
    write_json(
        gold / "dated.json",
        _gold("dated.txt", first_lines[0], "2024-01-05", "2023-12-28", "Ngày 28/12", "công tác."),
    )
    write_json(
        gold / "undated.json",
        _gold("undated.txt", first_lines[1], None, "2018-07-04", "Sáng 4/7", "nền công vụ."),
    )
    return gold, root


def test_a_year_from_the_page_counts_and_a_day_without_one_is_right_as_far_as_it_goes(
    dated_folders,
):
    """The page's own publication date gives "28/12" its year (the year before, as it was
    published in January); the undated page's "4/7" is found as 4 July of no stated year:
    right as far as it goes, but not the annotated day."""
    result = run(*dated_folders, "--misses")
    assert result.exit_code == 0, result.output
    rows = table(result.output)
    assert rows["event date: right of annotated"][0] == "50% (1/2)"
    assert rows["event date: right of found"][0] == "100% (2/2)"
    assert rows["event date: day and month right of annotated"][0] == "100% (2/2)"
    assert rows["publication date right"][0] == "100% (2/2)"
    listing = result.output.split("misses and false hits\n", 1)[1].splitlines()
    assert [line for line in listing if "event date" in line] == [
        '  event date: found "--07-04", expected "2018-07-04"'
    ]


def test_a_day_with_the_wrong_year_is_wrong(dated_folders):
    gold, root = dated_folders
    write_json(
        gold / "dated.json",
        _gold("dated.txt", DATED_PAGE.splitlines()[0], "2024-01-05", "2024-12-28", "Ngày", "tác."),
    )
    rows = table(run(gold, root).output)
    assert rows["event date: right of found"][0] == "50% (1/2)"
    assert rows["event date: day and month right of annotated"][0] == "50% (1/2)"


@pytest.mark.parametrize("tag", ["VOV.VN - ", "Dân trí - ", "TTXVN: "])
def test_an_agencys_tag_the_annotation_copied_with_the_lead(tmp_path, tag):
    """The annotator copies the lead as printed, "VOV.VN - " and all; the reader leaves the
    tag out of the first sentence, and that is the body's start all the same."""
    root, gold = tmp_path / "articles", tmp_path / "gold"
    (root / "news").mkdir(parents=True)
    tagged = ARTICLE_A.replace("Sáng 5/8/2022", f"{tag}Sáng 5/8/2022")
    (root / "news" / "a.txt").write_text(tagged, "utf-8")
    write_json(gold / "a.json", {**GOLD_A, "body_first": f"{tag}Sáng 5/8/2022"})
    assert table(run(gold, root).output)["body start right"][0] == "100% (1/1)"
    write_json(gold / "a.json", {**GOLD_A, "body_first": f"{tag}Chiều 5/8/2022"})
    assert table(run(gold, root).output)["body start right"][0] == "0% (0/1)"


def test_items_pair_one_to_one_so_that_as_many_as_can_match_do():
    # "Kế hoạch hành động" matches both plans found; taken first-come it would leave the
    # climate plan, which only the first one matches, with nothing
    annotated = ["Kế hoạch hành động", "Kế hoạch hành động về khí hậu"]
    found = ["Kế hoạch hành động về khí hậu", "Kế hoạch hành động của Bộ Nội vụ"]
    assert pair_up(annotated, found, DECLARATION_OVERLAP) == {0: 1, 1: 0}
    assert pair_up(annotated, found[1:], DECLARATION_OVERLAP) == {0: 0}


def test_of_two_names_that_hold_each_others_words_the_closer_pairs():
    annotated = ["Tuyên bố ASEAN về nền công vụ", "Đề án triển khai Tuyên bố ASEAN về nền công vụ"]
    found = ["Đề án triển khai Tuyên bố ASEAN về nền công vụ", "Tuyên bố ASEAN về nền công vụ"]
    assert pair_up(annotated, found, DECLARATION_OVERLAP) == {0: 1, 1: 0}


ARTICLE_C = """\
Việt Nam và Indonesia ra Tuyên bố chung
Tối 14/4/2026, tại Hà Nội, Chủ tịch nước Lương Đình Khải hội đàm với Tổng thống Indonesia.
Hai nhà lãnh đạo đánh giá cao việc triển khai Chương trình hành động thực hiện quan hệ Đối \
tác chiến lược Việt Nam - Indonesia giai đoạn 2024-2028.
Hai bên đã ra Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược Việt Nam - Indonesia.
"""


def test_each_annotated_document_is_compared_with_the_most_similar_found(tmp_path):
    """Two documents whose names share most words: the joint statement annotated first is
    scored against itself, not against the action programme found before it, so both are
    found and the statement's status is its own."""
    root, gold = tmp_path / "articles", tmp_path / "gold"
    (root / "news").mkdir(parents=True)
    (root / "news" / "c.txt").write_text(ARTICLE_C, "utf-8")
    statement = "Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược Việt Nam - Indonesia"
    programme = (
        "Chương trình hành động thực hiện quan hệ Đối tác chiến lược Việt Nam - Indonesia"
        " giai đoạn 2024-2028"
    )
    annotation = {
        **GOLD_A,
        "file": "news/c.txt",
        "title": "Việt Nam và Indonesia ra Tuyên bố chung",
        "participants": [],
        "commitments": [],
        "declarations": [
            {"name": statement, "status": "adopted"},
            {"name": programme, "status": "implementing"},
        ],
    }
    write_json(gold / "c.json", annotation)
    rows = table(run(gold, root).output)
    assert rows["declarations: recall"][0] == "100% (2/2)"
    assert rows["declaration status as annotated"][0] == "100% (2/2)"


def test_a_lead_that_ends_as_the_story_does_still_leaves_the_whole_story_measured(tmp_path):
    """The lead repeats the story's last sentence: items from the paragraphs between them
    are found, since the body runs to the last paragraph ending with the annotated end."""
    root, gold = tmp_path / "articles", tmp_path / "gold"
    (root / "news").mkdir(parents=True)
    article = ARTICLE_A.replace(
        "Sáng 5/8/2022, tại Hà Nội,",
        "Các nước cam kết tiếp tục hợp tác chặt chẽ với các nước ASEAN.\n"
        "Sáng 5/8/2022, tại Hà Nội,",
    )
    (root / "news" / "a.txt").write_text(article, "utf-8")
    write_json(gold / "a.json", {**GOLD_A, "body_first": "Các nước cam kết"})
    rows = table(run(gold, root).output)
    assert rows["declarations: recall"][0] == "100% (1/1)"
