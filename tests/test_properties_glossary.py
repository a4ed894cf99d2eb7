"""Properties of the glossary parsers: TSV/CSV loading and checking, TBX import and
export. A malformed row is one line of GlossaryError naming its file and line; whatever
text an entry holds, export then import gives the entry back; translate-toolkit reads
briefgen's TBX as the same terms."""

from __future__ import annotations

import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path

from hypothesis import assume, example, given
from hypothesis import strategies as st
from translate.storage import tbx as tt_tbx

from briefgen.errors import GlossaryError
from briefgen.formats.xmltext import xml_safe
from briefgen.glossary import load
from briefgen.glossary.check import check_files
from briefgen.glossary.exchange import serialize
from briefgen.glossary.tsv import CASES, CATEGORIES, LIST_SEP, delimiter_for
from briefgen.normalize import fold
from briefgen.records import Entry
from vietnamese_strategies import HOSTILE_CHARS, file_name_char, one_line, vi_word


def cell_text(*, lists: bool = False) -> st.SearchStrategy[str]:
    """Text a cell may hold after import: NFC, trimmed, no list separator in list items."""
    pieces = st.one_of(
        vi_word,
        st.sampled_from([" ", ",", "\t", '"', "'", "#", "“", "\\", ";", "\r", "\n"]),
        st.sampled_from(HOSTILE_CHARS),
        st.characters(blacklist_categories=("Cs",)),  # a file read as UTF-8 holds none
    )
    text = st.lists(pieces, min_size=1, max_size=5).map("".join)
    text = text.map(lambda t: unicodedata.normalize("NFC", t).strip())
    return text.filter(lambda t: t and not (lists and LIST_SEP in t))


def entries_strategy(cell: st.SearchStrategy[str], item: st.SearchStrategy[str]):
    entry = st.builds(
        Entry,
        vi=cell,
        en=cell,
        variants=st.lists(item, max_size=2).map(tuple),
        category=st.sampled_from(("", *CATEGORIES)),
        case=st.sampled_from(CASES),
        note=st.one_of(st.just(""), cell),
        source_variants=st.lists(item, max_size=2).map(tuple),
        source=st.one_of(st.just(""), cell),
    )
    return st.lists(entry, min_size=1, max_size=4, unique_by=lambda e: fold(e.vi)).filter(
        lambda es: all(fold(e.vi) for e in es)
    )


entries = entries_strategy(cell_text(), cell_text(lists=True))


def without_origin(items) -> list[Entry]:
    return [replace(e, origin="") for e in items]


def roundtrip(items: list[Entry], name: str, fmt: str) -> list[Entry]:
    """``items`` exported as ``glossary export`` writes them, then loaded."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(serialize(items, fmt, delimiter=delimiter_for(path)))
        return list(load(path))


@given(entries, st.sampled_from(["g.tsv", "g.csv", "g.txt"]))
@example([Entry("#x", "y")], "g.tsv")
@example([Entry("a\u2028b", "y")], "g.tsv")
@example([Entry("a\rb", "y")], "g.csv")
def test_tsv_export_then_import_gives_the_entries_back(items, name):
    try:
        back = roundtrip(items, name, "tsv")
    except GlossaryError as exc:  # only for what a table cannot hold
        assert one_line(str(exc))
        assert any(c in str(items) for c in "\x00")
        return
    assert without_origin(back) == without_origin(items)


@given(entries)
@example([Entry("\ufeff", "biên")])
def test_pairs_export_then_import_gives_each_form_and_its_english(items):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pairs.csv"
        path.write_bytes(serialize(items, "pairs", delimiter=","))
        back = [(e.vi, e.en) for e in load(path)]
    # a later row with the same folded form overrides an earlier one, as in any glossary
    expected = {}
    for e in items:
        for form in (e.vi, *e.source_variants):
            expected[fold(form)] = (form, e.en)
    assert sorted(back) == sorted(expected.values())


# --- TBX ------------------------------------------------------------------------------

xml_cell = cell_text().map(lambda t: " ".join(t.split())).filter(bool)
xml_item = cell_text(lists=True).map(lambda t: " ".join(t.split())).filter(bool)
tbx_entries = entries_strategy(xml_cell, xml_item)


@given(tbx_entries)
@example([Entry("a\x07", "b")])
def test_tbx_export_reads_back_the_same_in_briefgen_and_translate_toolkit(items):
    try:
        data = serialize(items, "tbx")
    except GlossaryError as exc:  # a character XML cannot hold: refused, not dropped
        assert one_line(str(exc))
        cells = [v for e in items for v in (e.vi, e.en, *e.variants, *e.source_variants)]
        cells += [v for e in items for v in (e.category, e.note, e.source)]
        assert any(xml_safe(v) != v for v in cells)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.tbx"
        path.write_bytes(data)
        back = list(load(path))
    assert without_origin(back) == without_origin(items)
    store = tt_tbx.tbxfile(data)
    assert [(u.source, u.target) for u in store.units] == [(e.vi, e.en) for e in items]


# --- malformed rows -------------------------------------------------------------------

BAD_ROWS = [
    "only-one-column",
    "\tEnglish without a term",
    "term without English\t",
    "   \t   ",
    "x" * 140_000 + "\ty",  # over csv's field size limit
]


@given(
    st.lists(st.tuples(vi_word, vi_word), min_size=0, max_size=6, unique_by=lambda p: p[0]),
    st.sampled_from(BAD_ROWS),
    st.integers(0, 6),
    st.booleans(),
    st.text(alphabet=file_name_char, max_size=8),
)
@example([], "\ty", 0, False, "\n")
def test_a_malformed_row_is_one_line_naming_file_and_line(pairs, bad, at, header, name):
    assume(bad.strip())
    rows = [f"{vi}\t{en}" for vi, en in pairs]
    at = min(at, len(rows))
    rows.insert(at, bad)
    lines = (["vi\ten"] if header else []) + rows
    lineno = at + 1 + header
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}glossary.tsv"
        path.write_bytes(("\n".join(lines) + "\n").encode())
        try:
            load(path)
        except GlossaryError as exc:
            message = str(exc)
        else:
            raise AssertionError(f"line {lineno} ({bad[:20]!r}) was accepted")
        assert one_line(message), message
        assert message.startswith(f"{GlossaryError(str(path))}:{lineno}:"), message
        try:
            problems = check_files([path])
        except GlossaryError as exc:  # a row csv itself cannot read
            assert str(exc) == message
        else:
            assert lineno in [p.line for p in problems]
            assert all(one_line(str(p)) for p in problems)


@given(
    st.lists(st.text(max_size=20), max_size=6).map("\n".join),
    st.sampled_from(["g.tsv", "g.csv", "g.tbx"]),
)
def test_any_text_loads_or_fails_in_one_line(text, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        for action in (load, lambda p: check_files([p])):
            try:
                action(path)
            except GlossaryError as exc:
                assert one_line(str(exc)), str(exc)
