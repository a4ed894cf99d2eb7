"""Date and place on invented leads of messages, op-eds and speeches
(tests/data/when_where_speeches.tsv), written before the rules were changed for them (they
then got dates 4/8 and places 4/8 right). Read as test_when_where_sentences reads its
files: each lead a page under a headline that says neither."""

from __future__ import annotations

import pytest

from test_when_where_sentences import found, leads

NAME = "when_where_speeches.tsv"


@pytest.mark.parametrize("lead", leads(NAME), ids=lambda lead: lead.id)
def test_date_and_place_of_each_lead(tmp_path, lead):
    assert found(lead, tmp_path) == (lead.date, lead.place)
