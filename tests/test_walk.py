"""The generic walks over the briefing records: a new section needs no field lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefgen.records import NOT_EXPORTED, ROMANISED, Bilingual
from briefgen.walk import bilinguals, fill_english, to_json, to_view


@dataclass(frozen=True)
class Visit:
    """A section the walks have never heard of."""

    host: Bilingual = field(metadata=ROMANISED)
    venue: Bilingual | None = None
    topics: tuple[Bilingual, ...] = ()
    day: date | None = None
    source_sentence: str = field(default="", metadata=NOT_EXPORTED)


VISIT = Visit(
    Bilingual("Lê Văn Hà"),
    Bilingual("Hà Nội"),
    (Bilingual("công vụ"), Bilingual("đào tạo", "training")),
    date(2024, 5, 1),
    "Ông Lê Văn Hà đón đoàn tại Hà Nội.",
)


def test_every_bilingual_is_found_with_its_field():
    found = [(b.vi, where.name) for b, where in bilinguals((VISIT,))]
    assert found == [
        ("Lê Văn Hà", "host"),
        ("Hà Nội", "venue"),
        ("công vụ", "topics"),
        ("đào tạo", "topics"),
    ]


def test_english_is_filled_everywhere_and_told_the_field():
    def english(b, where):
        tag = "name" if where.metadata.get("english") == "romanised" else "text"
        return b if b.en else Bilingual(b.vi, f"{tag}:{b.vi}")

    filled = fill_english(VISIT, english)
    assert filled.host.en == "name:Lê Văn Hà"
    assert [t.en for t in filled.topics] == ["text:công vụ", "training"]
    assert filled.venue.en == "text:Hà Nội" and filled.day == VISIT.day


def test_json_and_template_views():
    assert to_json(VISIT) == {
        "host": {"vi": "Lê Văn Hà", "en": ""},
        "venue": {"vi": "Hà Nội", "en": ""},
        "topics": [{"vi": "công vụ", "en": ""}, {"vi": "đào tạo", "en": "training"}],
        "day": "2024-05-01",
    }
    view = to_view(replace_venue(None), lambda sentence: f"ref of {sentence[:3]}")
    assert view == {
        "host": "Lê Văn Hà",
        "host_vi": "Lê Văn Hà",
        "venue": "",
        "venue_vi": "",
        "topics": ["công vụ", "training"],
        "day": date(2024, 5, 1),
        "ref": "ref of Ông",
    }


def replace_venue(venue):
    from dataclasses import replace

    return replace(VISIT, venue=venue)
