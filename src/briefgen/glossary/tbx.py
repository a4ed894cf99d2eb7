"""Read and write TBX-Basic glossaries (ISO 30042), the terminology exchange format that
CAT tools and terminology databases import.

One ``termEntry`` per entry (a concept); a ``langSec`` per language; the preferred term
and each variant in its own ``termSec``, told apart by ``administrativeStatus``. The
category is the entry's ``subjectField``, the note its ``note``, and the case handling a
``note`` on the preferred English term (``case: preserve``), so nothing is lost on a
round trip. The reader also accepts TBX 2019 ``conceptEntry`` elements.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from briefgen.errors import GlossaryError
from briefgen.normalize import nfc
from briefgen.records import Entry

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
CASE_PREFIX = "case: "


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrib) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NS}}}{tag}", **attrib)
    element.text = text
    return element


def _lang_sec(entry_el: etree._Element, lang: str, terms: list[tuple[str, str]]) -> None:
    section = _el(entry_el, "langSec", **{XML_LANG: lang})
    for index, (term, note) in enumerate(terms):
        term_sec = _el(section, "termSec")
        _el(term_sec, "term", term)
        status = ADMITTED if index else PREFERRED
        _el(term_sec, "termNote", status, type="administrativeStatus")
        if note:
            _el(term_sec, "note", note)


def to_tbx(entries: Iterable[Entry], *, title: str = "briefgen glossary") -> bytes:
    """A TBX-Basic document holding ``entries``, UTF-8 with an XML declaration."""
    root = etree.Element(
        f"{{{NS}}}tbx", nsmap={None: NS}, type="TBX-Basic", style="dca", **{XML_LANG: "en"}
    )
    header = _el(_el(_el(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    _el(header, "p", title)
    body = _el(_el(root, "text"), "body")
    for number, entry in enumerate(entries, start=1):
        entry_el = _el(body, "termEntry", id=f"e{number}")
        if entry.category:
            _el(entry_el, "descrip", entry.category, type="subjectField")
        if entry.note:
            _el(entry_el, "note", entry.note)
        _lang_sec(entry_el, "vi", [(t, "") for t in (entry.vi, *entry.source_variants)])
        english = [(entry.en, CASE_PREFIX + entry.case), *((v, "") for v in entry.variants)]
        _lang_sec(entry_el, "en", english)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if _local(c) == name]


def _terms(section: etree._Element) -> tuple[list[str], str]:
    """A langSec's terms, preferred first, and the case note of its preferred term."""
    preferred: list[str] = []
    others: list[str] = []
    case = ""
    for term_sec in _children(section, "termSec"):
        term = "".join(t.text or "" for t in _children(term_sec, "term")).strip()
        if not term:
            continue
        statuses = [n.text for n in _children(term_sec, "termNote")]
        notes = [n.text or "" for n in _children(term_sec, "note")]
        (preferred if PREFERRED in statuses and not preferred else others).append(nfc(term))
        case = case or next((n[len(CASE_PREFIX) :] for n in notes if n.startswith(CASE_PREFIX)), "")
    return preferred + others, case


def _entry(path: Path, entry_el: etree._Element) -> Entry:
    langs: dict[str, tuple[list[str], str]] = {}
    for section in _children(entry_el, "langSec"):
        lang = (section.get(XML_LANG) or "").lower().split("-")[0]
        langs.setdefault(lang, _terms(section))
    vi, _ = langs.get("vi", ([], ""))
    en, case = langs.get("en", ([], ""))
    if not vi or not en:
        raise GlossaryError(
            f"{path}:{entry_el.sourceline}: entry needs a Vietnamese and an English term"
        )
    fields = {d.get("type"): (d.text or "").strip() for d in _children(entry_el, "descrip")}
    note = " ".join((n.text or "").strip() for n in _children(entry_el, "note"))
    return Entry(
        vi=vi[0],
        en=en[0],
        variants=tuple(en[1:]),
        category=nfc(fields.get("subjectField", "")),
        case=case or "preserve",
        note=nfc(note),
        source_variants=tuple(vi[1:]),
        origin=f"{path}:{entry_el.sourceline}",
    )


def read_tbx(path: Path) -> list[Entry]:
    """Entries of a TBX file; raises GlossaryError (file:line) when it is not usable TBX."""
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()
    except OSError:
        raise GlossaryError(f"{path}: glossary file not found") from None
    except etree.XMLSyntaxError as exc:
        raise GlossaryError(f"{path}:{exc.lineno}: not well-formed XML: {exc.msg}") from None
    if _local(root) not in ("tbx", "martif"):
        raise GlossaryError(f"{path}: not a TBX file (root element <{_local(root)}>)")
    found = [e for e in root.iter() if _local(e) in ("termEntry", "conceptEntry")]
    return [_entry(path, e) for e in found]
