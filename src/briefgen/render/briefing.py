"""Render a :class:`~briefgen.records.Brief` to Word (.docx, through a jinja2 template) and
its facts to JSON.

Templates run in jinja2's sandbox with autoescaping always on (a translated "&" or "<"
must not corrupt the document XML) and StrictUndefined (a misspelt variable is an error,
not a blank); their variables are checked against the context before rendering.
"""

from __future__ import annotations

import calendar
import io
import json
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zipfile import BadZipFile

from briefgen.errors import InputError, TemplateError
from briefgen.formats.docx.package import check_package
from briefgen.formats.docx.properties import describe
from briefgen.formats.files import atomic_write_bytes
from briefgen.records import ArticleFacts, Brief, EventDate, Provenance
from briefgen.render.sandbox import BoundedEnvironment
from briefgen.walk import to_json, to_view

KIND_LABELS = {
    "pledge": "Pledge",
    "agreement": "Agreement",
    "proposal": "Proposal",
    "readiness": "Readiness",
    "call": "Call to action",
}


def _flat(text: str) -> str:
    """``text`` with each run of whitespace (no-break spaces, doubled spaces) as one space,
    as sentence splitting leaves it."""
    return " ".join(text.split())


def paragraph_refs(facts: ArticleFacts, n: int) -> dict[str, str]:
    """Paragraph (whitespace flattened) → "n.p", its number in the bilingual annex: how
    the brief, and the web review beside it, cite the source of a point."""
    refs: dict[str, str] = {}
    for p, para in enumerate(facts.body, 1):
        refs.setdefault(_flat(para.vi), f"{n}.{p}")
    for caption in facts.captions:  # not in the annex: cite it as what it is
        refs.setdefault(_flat(caption), f"{n}, photo caption")
    refs.setdefault(_flat(facts.title.vi), f"{n}, headline")  # who only the headline names
    return refs


def source_ref(refs: dict[str, str], sentence: str) -> str:
    """The reference of the paragraph ``sentence`` comes from, however its spaces differ."""
    sentence = _flat(sentence)
    for paragraph, ref in refs.items():
        if sentence and sentence in paragraph:
            return ref
    return ""


KIND_NOUNS = {
    "pledge": ("pledge", "pledges"),
    "agreement": ("agreement", "agreements"),
    "proposal": ("proposal", "proposals"),
    "readiness": ("statement of readiness", "statements of readiness"),
    "call": ("call to action", "calls to action"),
}


def _count(n: int, singular: str, plural: str) -> str:
    """ "1 pledge", "2 pledges"."""
    return f"{n} {singular if n == 1 else plural}"


def _and(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _moment(iso: str) -> str:
    """When the brief was made, as a person writes it: "6 December 2026, 21:45 UTC" for
    the provenance's ISO 8601 time (kept as it is in the JSON; anything else as given)."""
    try:
        moment = datetime.fromisoformat(iso).astimezone(UTC)
    except ValueError:
        return iso
    return f"{moment.day} {calendar.month_name[moment.month]} {moment.year}, {moment:%H:%M} UTC"


def _day_and_month(day: EventDate) -> str:
    """ "26 November", what every date a briefing writes starts with."""
    return f"{day.day} {calendar.month_name[day.month]}"


def _day(day: EventDate) -> str:
    """ "26 November 2019" as a briefing writes a date, or "4 July (year not stated)"
    where the article gives no year."""
    if day.year is None:
        return f"{_day_and_month(day)} (year not stated)"
    return f"{_day_and_month(day)} {day.year}"


def _dates(days: list[EventDate]) -> str:
    """When the articles of a digest took place: "26 November 2019", "26 November 2019 to
    4 March 2021", with the days of unstated years after them ("…; 4 July (year not
    stated)"), or "Dates not stated"."""
    full = sorted({d for d in days if d.year is not None}, key=lambda d: d.calendar_date)
    partial = list(dict.fromkeys(d for d in days if d.year is None))
    said = []
    if full:
        first, last = _day(full[0]), _day(full[-1])
        said.append(first if first == last else f"{first} to {last}")
    if partial:
        said.append(
            _and([_day_and_month(d) for d in partial])
            + (" (year not stated)" if len(partial) == 1 else " (years not stated)")
        )
    return "; ".join(said) or "Dates not stated"


def when_and_where(day: EventDate | None, place: str) -> str:
    """When and where an article's event took place, in words: "26 November 2019, Busan",
    "26 November 2019; place not stated", "Busan; date not stated" or "Date and place not
    stated"; a day without its year says so ("4 July (year not stated), Vientiane")."""
    if day and place:
        return f"{_day(day)}, {place}"
    if day:
        return f"{_day(day)}; place not stated"
    if place:
        return f"{place}; date not stated"
    return "Date and place not stated"


def article_context(facts: ArticleFacts, n: int) -> dict:
    """One article as plain strings (see :func:`briefgen.walk.to_view`), every item with
    the annex reference of its sentence."""
    refs = paragraph_refs(facts, n)
    context = to_view(facts, lambda sentence: source_ref(refs, sentence))
    kinds = Counter(c["kind"] for c in context["commitments"])
    for c in context["commitments"]:
        c["actor"] = c["actor"] or "Not stated"  # as "Date and place not stated" reads
        c["kind"] = KIND_LABELS.get(c["kind"], c["kind"])
    return {
        **context,
        "n": n,
        "source": Path(facts.source).name,
        "date": _day(facts.event_date) if facts.event_date else "not stated",
        "place": context["location"] or "not stated",
        "when": when_and_where(facts.event_date, context["location"]),
        "commitment_kinds": [
            (count, *KIND_NOUNS.get(kind, (kind, kind))) for kind, count in kinds.most_common()
        ],
        "annex": [{"ref": f"{n}.{p}", "vi": b.vi, "en": b.en} for p, b in enumerate(facts.body, 1)],
    }


def _key_points(articles: list[dict]) -> list[str]:
    """A few sentences per article: what, when and where, who, what was adopted, what was
    committed; in a digest each ends with the number of the article it comes from."""
    points = []
    for a in articles:
        what = a["events"][0] if a["events"] else a["title"]
        lines = [f"{what.rstrip('.')} ({_lower_first(a['when'])})."]
        if a["participants"]:
            people = "; ".join(f"{p['name']}, {p['role']}" for p in a["participants"][:4])
            more = len(a["participants"]) - 4
            lines.append(f"Participants: {people}" + (f"; and {more} more." if more > 0 else "."))
        settled = [d for d in a["declarations"] if d["status"] in ("adopted", "signed")]
        if settled:
            names = _and([f"{d['name']} ({d['status']})" for d in settled])
            lines.append(f"Adopted or signed: {names}.")
        if a["commitments"]:
            lines.append(_commitments_line(len(a["commitments"]), a["commitment_kinds"]))
        points += [f"{line} [{a['n']}]" for line in lines] if len(articles) > 1 else lines
    return points


def _commitments_line(total: int, kinds: list[tuple[int, str, str]]) -> str:
    """ "1 commitment: a pledge.", "3 commitments, all pledges.", "3 commitments: 2 pledges
    and 1 statement of readiness." """
    if total == 1:
        noun = kinds[0][1]
        return f"1 commitment: {'an' if noun[0] in 'aeiou' else 'a'} {noun}."
    if len(kinds) == 1:
        return f"{total} commitments, all {kinds[0][2]}."
    return f"{total} commitments: " + _and([_count(*kind) for kind in kinds]) + "."


def _lower_first(text: str) -> str:
    """ "Date and place not stated" inside a sentence; dates and places keep their case."""
    return text[0].lower() + text[1:] if text.startswith("Date and") else text


def brief_context(brief: Brief) -> dict:
    """Everything a template may use: per-article sections and the combined tables."""
    articles = [article_context(f, n) for n, f in enumerate(brief.articles, 1)]
    people: dict[str, dict] = {}
    for a in articles:
        for p in a["participants"]:
            people.setdefault(p["name_vi"], p)
    terms: dict[str, dict] = {}
    for f in brief.articles:
        for t in f.terms:
            entry = terms.setdefault(t.vi, {"vi": t.vi, "en": t.en, "count": 0})
            entry["count"] += t.count
    first = articles[0] if articles else {}
    prov = brief.provenance
    return {
        "title": brief.title,
        "date": first.get("date", ""),
        "place": first.get("place", ""),
        "when": first.get("when", "")
        if len(articles) == 1
        else _dates([f.event_date for f in brief.articles if f.event_date]),
        "sources": [
            {"n": a["n"], "name": a["source"], "title": a["title"], "title_vi": a["title_vi"]}
            for a in articles
        ],
        "summary": _key_points(articles),
        "none_reported": "The source reports none."
        if len(articles) == 1
        else "The sources report none.",
        "articles": articles,
        "participants": list(people.values()),
        "commitments": [c for a in articles for c in a["commitments"]],
        "terms": sorted(terms.values(), key=lambda t: (-t["count"], t["vi"])),
        "provenance": {
            "model": prov.model,
            "backend": prov.backend,
            "glossaries": ", ".join(prov.glossaries) or "none",
            "glossary_sha256": prov.glossary_sha256 or "none",
            "generated": _moment(prov.generated),
            "tool_version": prov.tool_version,
        },
    }


def _environment():
    return BoundedEnvironment()


def check_template(template_path: Path) -> None:
    """Fail fast, before any translation: a trial render of an empty briefing.

    Raises:
        TemplateError: the template is unreadable, uses variables briefings lack, or
            does what the sandbox forbids.
    """
    _render(Brief("", (), Provenance("", "", "")), template_path)


def render_docx(brief: Brief, template_path: Path) -> bytes:
    """The briefing as .docx bytes.

    Raises:
        TemplateError: the template is unreadable, uses unknown variables or fails.
    """
    template = _render(brief, template_path)
    describe(template.docx.core_properties, title=brief.title, made=_made(brief))
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def _made(brief: Brief) -> datetime | None:
    try:
        return datetime.fromisoformat(brief.provenance.generated).astimezone(UTC)
    except ValueError:
        return None


def _render(brief: Brief, template_path: Path):
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError as JinjaError

    from briefgen.render.templates import check_variables

    context = brief_context(brief)
    env = _environment()
    try:
        # a template comes from outside (an upload too): checked as an article's .docx is
        check_package(template_path.read_bytes(), template_path)
        template = DocxTemplate(template_path)
        check_variables(template, context, env)
    except InputError as exc:
        why = str(exc).removeprefix(f"{template_path}: ")
        raise TemplateError(f"template {template_path}: cannot be read as .docx ({why})") from exc
    except JinjaError as exc:
        raise TemplateError(f"template {template_path}: {exc}") from exc
    except (
        KeyError,
        ValueError,
        OSError,
        BadZipFile,
        zlib.error,
        PackageNotFoundError,
        AttributeError,  # parts python-docx finds but cannot make sense of
        TypeError,
    ) as exc:
        raise TemplateError(f"template {template_path}: cannot be read as .docx ({exc})") from exc
    try:
        template.render(context, env, autoescape=True)
    except JinjaError as exc:
        raise TemplateError(f"template {template_path}: {_one_line(exc)}") from exc
    except (
        ArithmeticError,
        LookupError,
        TypeError,
        ValueError,
        MemoryError,
        RecursionError,
    ) as exc:
        # The template's own code failed ('{0}'.format_map({}), a huge allocation…).
        raise TemplateError(
            f"template {template_path}: rendering failed ({type(exc).__name__}: {_one_line(exc)})"
        ) from exc
    return template


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def write_docx(brief: Brief, template_path: Path, target: Path) -> Path:
    atomic_write_bytes(target, render_docx(brief, template_path))
    return target


def facts_json(brief: Brief) -> dict:
    """The extracted facts in the documented ``--json`` schema (:func:`briefgen.walk.to_json`)."""
    return {"articles": to_json(brief.articles)}


def write_json(brief: Brief, target: Path) -> Path:
    text = json.dumps(facts_json(brief), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(target, text.encode("utf-8"))
    return target
