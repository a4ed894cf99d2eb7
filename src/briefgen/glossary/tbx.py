"""Read and write TBX glossaries (ISO 30042), the terminology exchange format that CAT
tools and terminology databases import.

The writer produces TBX-Basic in the 2008 form (``martif``, ``termEntry``, ``langSet``,
``tig``), valid against ``TBXBasiccoreStructV02.dtd``: the form translate-toolkit, OmegaT
and most CAT tools read. One ``termEntry`` per entry; a ``langSet`` per language; the
preferred term and each variant in its own ``tig``, told apart by
``administrativeStatus``. The category is the entry's ``subjectField``, the source an
``admin type="source"``, the note a ``note``, and the case handling a ``note`` on the
preferred English term (``case: preserve``), so nothing is lost on a round trip.

The reader takes that form (with or without a namespace, ``tig`` or ``ntig``) and TBX
2019 (``tbx``, ``conceptEntry``, ``langSec``, ``termSec``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from briefgen.errors import GlossaryError
from briefgen.formats.xmltext import xml_safe
from briefgen.normalize import nfc
from briefgen.records import Entry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'
XCS = "TBXBasicXCSV02.xcs"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
CASE_PREFIX = "case: "
ENTRY_TAGS = ("termEntry", "conceptEntry")
LANG_TAGS = ("langSet", "langSec")
TERM_TAGS = ("tig", "ntig", "termSec")


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrib) -> etree._Element:
    element = etree.SubElement(parent, tag, **attrib)
    element.text = text
    return element


def _lang_set(entry_el: etree._Element, lang: str, terms: list[tuple[str, str]]) -> None:
    section = _el(entry_el, "langSet", **{XML_LANG: lang})
    for index, (term, note) in enumerate(terms):
        tig = _el(section, "tig")
        _el(tig, "term", term)
        status = ADMITTED if index else PREFERRED
        _el(tig, "termNote", status, type="administrativeStatus")
        if note:
            _el(tig, "note", note)


def to_tbx(entries: Iterable[Entry], *, title: str = "briefgen glossary") -> bytes:
    """A TBX-Basic document holding ``entries``, UTF-8 with an XML declaration."""
    root = etree.Element("martif", type="TBX-Basic", **{XML_LANG: "en"})
    header = _el(root, "martifHeader")
    _el(_el(_el(header, "fileDesc"), "sourceDesc"), "p", title)
    _el(_el(header, "encodingDesc"), "p", XCS, type="XCSURI")
    body = _el(_el(root, "text"), "body")
    for number, entry in enumerate(entries, start=1):
        _check_xml_text(entry)
        entry_el = _el(body, "termEntry", id=f"e{number}")
        if entry.category:
            _el(entry_el, "descrip", entry.category, type="subjectField")
        if entry.source:
            _el(entry_el, "admin", entry.source, type="source")
        if entry.note:
            _el(entry_el, "note", entry.note)
        _lang_set(entry_el, "vi", [(t, "") for t in (entry.vi, *entry.source_variants)])
        english = [(entry.en, CASE_PREFIX + entry.case), *((v, "") for v in entry.variants)]
        _lang_set(entry_el, "en", english)
    return etree.tostring(
        etree.ElementTree(root),
        xml_declaration=True,
        encoding="UTF-8",
        pretty_print=True,
        doctype=DOCTYPE,
    )


def _check_xml_text(entry: Entry) -> None:
    """Refuse an entry holding a character XML cannot (a control character pasted into
    the TSV): dropping it would export a term other than the glossary's."""
    cells = (entry.vi, entry.en, *entry.variants, *entry.source_variants)
    for cell in (*cells, entry.category, entry.note, entry.source):
        bad = next((ch for ch in cell if not xml_safe(ch)), None)
        if bad is not None:
            raise GlossaryError(
                f"{entry.origin or entry.vi}: {cell!r} holds U+{ord(bad):04X}, which TBX "
                "cannot hold; remove it from the glossary"
            )


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, *names: str) -> list[etree._Element]:
    return [c for c in element if _local(c) in names]


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _typed(element: etree._Element, name: str) -> dict[str, str]:
    """``type`` → text of ``element``'s ``name`` children, also inside ``…Grp`` wrappers."""
    found: dict[str, str] = {}
    for child in _children(element, name, f"{name}Grp"):
        target = child if _local(child) == name else next(iter(_children(child, name)), None)
        if target is not None:
            found.setdefault(target.get("type") or "", _text(target))
    return found


def _terms(section: etree._Element) -> tuple[list[str], str]:
    """A language section's terms, preferred first, and the case note of its preferred
    term. A ``tig``/``termSec`` holds its term directly, an ``ntig`` inside ``termGrp``."""
    preferred: list[str] = []
    others: list[str] = []
    case = ""
    for holder in _children(section, *TERM_TAGS):
        group = next(iter(_children(holder, "termGrp")), holder)
        term = " ".join(_text(t) for t in _children(group, "term")).strip()
        if not term:
            continue
        status = _typed(group, "termNote").get("administrativeStatus", "")
        notes = [_text(n) for n in _children(holder, "note")]
        is_first_preferred = status.startswith("preferredTerm") and not preferred
        (preferred if is_first_preferred else others).append(nfc(term))
        case = case or next((n[len(CASE_PREFIX) :] for n in notes if n.startswith(CASE_PREFIX)), "")
    return preferred + others, case


def _entry(path: Path, entry_el: etree._Element) -> Entry:
    langs: dict[str, tuple[list[str], str]] = {}
    for section in _children(entry_el, *LANG_TAGS):
        lang = (section.get(XML_LANG) or "").lower().split("-")[0].split("_")[0]
        langs.setdefault(lang, _terms(section))
    vi, _ = langs.get("vi", ([], ""))
    en, case = langs.get("en", ([], ""))
    if not vi or not en:
        raise GlossaryError(
            f"{path}:{entry_el.sourceline}: entry needs a Vietnamese and an English term"
        )
    note = " ".join(_text(n) for n in _children(entry_el, "note"))
    return Entry(
        vi=vi[0],
        en=en[0],
        variants=tuple(en[1:]),
        category=nfc(_typed(entry_el, "descrip").get("subjectField", "")),
        case=case or "preserve",
        note=nfc(note),
        source_variants=tuple(vi[1:]),
        origin=f"{path}:{entry_el.sourceline}",
        source=nfc(_typed(entry_el, "admin").get("source", "")),
    )


def read_tbx(path: Path) -> list[Entry]:
    """Entries of a TBX file (2008 ``martif`` or 2019 ``tbx``); raises GlossaryError
    (file:line) when it is not usable TBX."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(str(path), parser).getroot()
    except OSError:
        raise GlossaryError(f"{path}: glossary file not found") from None
    except etree.XMLSyntaxError as exc:
        raise GlossaryError(f"{path}:{exc.lineno}: not well-formed XML: {exc.msg}") from None
    if _local(root) not in ("tbx", "martif"):
        raise GlossaryError(f"{path}: not a TBX file (root element <{_local(root)}>)")
    found = [e for e in root.iter() if _local(e) in ENTRY_TAGS]
    return [_entry(path, e) for e in found]
