"""Regenerate ``templates/default.docx``, the default briefing template.

Run ``python templates/build_default.py`` after changing it. The output is an ordinary
Word document with docxtpl/jinja2 tags ({{ … }}, {%p … %} paragraph tags and {%tr … %}
table-row tags): copy it, restyle it and reorder its sections in Word to make an
organisation's own template.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent


def tag(doc, text: str) -> None:
    """A paragraph holding only a {%p … %} tag; docxtpl removes it when rendering."""
    doc.add_paragraph(text)


def unless_empty(doc, items: str, none: str, section) -> None:
    """``section(doc)`` when ``items`` has any, else one line saying the source has none
    (never a table with only its header row)."""
    tag(doc, f"{{%p if {items} %}}")
    section(doc)
    tag(doc, "{%p else %}")
    doc.add_paragraph(none)
    tag(doc, "{%p endif %}")


def table(doc, headers: list[str], loop: str, cells: list[str], widths: list[float]) -> None:
    """A real Word table: a bold header row, then one row per item of ``loop``."""
    t = doc.add_table(rows=4, cols=len(headers))
    t.style = "Table Grid"
    for i, header in enumerate(headers):
        cell = t.rows[0].cells[i]
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    t.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for i, cell in enumerate(cells):
        t.rows[2].cells[i].text = cell
    t.rows[3].cells[0].text = "{%tr endfor %}"
    _repeat_header(t.rows[0])
    t.autofit = False
    for i, width in enumerate(widths):  # the grid, which LibreOffice reads
        t.columns[i].width = Cm(width)
    for row in t.rows:  # and each cell, which Word reads
        for i, width in enumerate(widths):
            row.cells[i].width = Cm(width)


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def page_number_footer(section) -> None:
    """ "Page N of M" in the footer, as Word fields so they stay right after editing."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def build(target: Path) -> Path:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    section.header.paragraphs[0].text = "Briefing · {{ title }}"
    page_number_footer(section)

    doc.add_heading("{{ title }}", level=0)
    doc.add_paragraph("Date: {{ date }}    Place: {{ place }}")
    doc.add_paragraph("Generated {{ provenance.generated }} from:")
    tag(doc, "{%p for s in sources %}")
    doc.add_paragraph("{{ s.name }}: {{ s.title_vi }} ({{ s.title }})", style="List Number")
    tag(doc, "{%p endfor %}")

    doc.add_heading("Key points", level=1)
    tag(doc, "{%p for point in summary %}")
    doc.add_paragraph("{{ point }}", style="List Bullet")
    tag(doc, "{%p endfor %}")

    doc.add_heading("Participants", level=1)
    unless_empty(
        doc,
        "participants",
        "{{ none_reported }}",
        lambda doc: table(
            doc,
            ["Name", "Role", "Organisation or country", "Source"],
            "p in participants",
            ["{{ p.name }}", "{{ p.role }}", "{{ p.org }}", "{{ p.ref }}"],
            [3.5, 5.7, 4.4, 2.0],
        ),
    )

    doc.add_heading("Commitments", level=1)
    unless_empty(
        doc,
        "commitments",
        "{{ none_reported }}",
        lambda doc: table(
            doc,
            ["Actor", "Commitment", "Kind", "Source"],
            "c in commitments",
            ["{{ c.actor }}", "{{ c.text }}", "{{ c.kind }}", "{{ c.ref }}"],
            [3.0, 8.3, 2.3, 2.0],
        ),
    )

    doc.add_heading("Terminology used", level=1)
    unless_empty(
        doc,
        "terms",
        "No glossary term appears in the text.",
        lambda doc: table(
            doc,
            ["Vietnamese", "English", "Uses"],
            "t in terms",
            ["{{ t.vi }}", "{{ t.en }}", "{{ t.count }}"],
            [6.5, 6.5, 2.0],
        ),
    )

    tag(doc, "{%p for a in articles %}")
    doc.add_heading("Article {{ a.n }}: {{ a.title }}", level=1)
    doc.add_paragraph("Source: {{ a.source }} · Date: {{ a.date }} · Place: {{ a.place }}")
    for heading, items, line in (
        ("Events", "e in a.events", "{{ e }}"),
        (
            "Declarations and documents",
            "d in a.declarations",
            "{{ d.name }} ({{ d.status }}) [{{ d.ref }}]",
        ),
        (
            "Commitments in this article",
            "c in a.commitments",
            "{{ c.actor }} ({{ c.kind }}): {{ c.text }} [{{ c.ref }}]",
        ),
    ):
        doc.add_heading(heading, level=2)
        tag(doc, f"{{%p for {items} %}}")
        doc.add_paragraph(line, style="List Bullet")
        tag(doc, "{%p else %}")
        doc.add_paragraph("The article reports none.")
        tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")

    doc.add_heading("Annex: source and translation", level=1)
    doc.add_paragraph(
        "Each paragraph of the source beside its English translation; the numbers in "
        "square brackets above point here."
    )
    tag(doc, "{%p for a in articles %}")
    doc.add_heading("[{{ a.n }}] {{ a.title_vi }}", level=2)
    table(
        doc,
        ["Vietnamese source", "English translation"],
        "r in a.annex",
        ["[{{ r.ref }}] {{ r.vi }}", "{{ r.en }}"],
        [8.3, 8.3],
    )
    tag(doc, "{%p endfor %}")

    doc.add_heading("Provenance", level=1)
    for line in (
        "Model: {{ provenance.model }} ({{ provenance.backend }} backend)",
        "Glossary: {{ provenance.glossaries }}",
        "Glossary SHA-256: {{ provenance.glossary_sha256 }}",
        "Generated: {{ provenance.generated }} by briefgen {{ provenance.tool_version }}",
    ):
        doc.add_paragraph(line)
    doc.save(target)
    return target


if __name__ == "__main__":
    print(build(HERE / "default.docx"))
