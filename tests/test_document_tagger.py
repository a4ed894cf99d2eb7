"""The learned document-name tagger: what it adds to the rules, and that it can be retrained.

The sentences are invented. Each names a document in a shape the name grammar does not
read (a master plan, "Quy hoạch"; a kind in title case, "Bản Ghi nhớ"), so only the
tagger lists it; the status still comes from the
clause, as for every other name.
"""

from __future__ import annotations

import pytest

from briefgen.extract.declarations import extract_declarations
from briefgen.extract.document_tagger import tagged_names, tokens, train


@pytest.mark.parametrize(
    ("sentence", "name", "status"),
    [
        (
            "Hai bên rà soát việc thực hiện Quy hoạch tổng thể Hành lang kinh tế Nam - Nam.",
            "Quy hoạch tổng thể Hành lang kinh tế Nam - Nam",
            "implementing",
        ),
        (
            "Hai bên đã ký kết Bản Ghi nhớ Hợp tác Kinh tế (MOU) vào chiều qua.",
            "Bản Ghi nhớ Hợp tác Kinh tế (MOU)",
            "signed",
        ),
        (
            "Hai bên ký Bản Ghi Nhớ Về Hợp Tác Lao Động.",
            "Bản Ghi Nhớ Về Hợp Tác Lao Động",
            "signed",
        ),
    ],
)
def test_a_name_in_a_shape_no_rule_reads_is_listed_with_its_status(sentence, name, status):
    [declaration] = extract_declarations([sentence])
    assert (declaration.name.vi, declaration.status) == (name, status)
    assert declaration.source_sentence == sentence


def test_a_name_the_rules_read_is_theirs_not_the_taggers():
    """Where the grammar reads a name, the tagger proposes nothing over it: the name ends
    where the rules end it, not where the tagger would run on."""
    sentence = (
        "Hội nghị thông qua Tuyên bố chung về an ninh lương thực, đồng thời kêu gọi các nước "
        "tăng cường hợp tác."
    )
    [declaration] = extract_declarations([sentence])
    assert declaration.name.vi == "Tuyên bố chung về an ninh lương thực"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hai bên trao đổi về tình hình khu vực và quốc tế cùng quan tâm.",
        "Bộ trưởng cảm ơn sự đón tiếp nồng hậu của nước chủ nhà.",
        "",
    ],
)
def test_no_document_no_name(sentence):
    assert tagged_names(sentence) == []


def test_each_name_is_a_stretch_of_the_sentence_without_marks_at_its_ends():
    sentence = "Hai bên đã ký kết Bản Ghi nhớ Hợp tác Kinh tế (MOU), vào chiều qua."
    [(start, end)] = tagged_names(sentence)
    assert sentence[start:end] == "Bản Ghi nhớ Hợp tác Kinh tế (MOU)"


def test_retrained_on_other_sentences_it_learns_their_names(tmp_path):
    """The training entry point the tool uses: a model trained on a few sentences tags a
    name of the kind they show in a sentence it never saw."""
    examples = [
        (f"Hai bên ký Hiến chương Hợp tác {place} năm {year}.", [f"Hiến chương Hợp tác {place}"])
        for place in ("Mê Kông", "Biển Đông", "Đông Á", "Nam Á", "Tây Á")
        for year in (2020, 2021, 2022)
    ] + [
        (f"Hai bên gặp nhau tại {place} năm {year}.", [])
        for place in ("Hà Nội", "Viêng Chăn", "Phnôm Pênh")
        for year in (2020, 2021)
    ]
    model = tmp_path / "tagger.crf"
    assert train(examples, model, min_count=1) == len(examples)
    sentence = "Hai bên ký Hiến chương Hợp tác Bắc Á năm 2024."
    [(start, end)] = tagged_names(sentence, str(model))
    assert sentence[start:end] == "Hiến chương Hợp tác Bắc Á"


def test_tokens_stand_where_the_text_has_them():
    sentence = "Kế hoạch 2026-2030 (APAEC) của ASEAN."
    assert [(t, sentence[a:b]) for t, a, b in tokens(sentence)] == [
        (t, t) for t in ["Kế", "hoạch", "2026-2030", "(", "APAEC", ")", "của", "ASEAN", "."]
    ]
