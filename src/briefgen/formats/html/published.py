"""The publication date a saved web page declares in its markup, for a page whose visible
text shows none: news sites tag it for search engines and social networks, so a scraped
article nearly always carries it, and "Ngày 4/7", "hôm nay" take their year and day
from it.

Read, in this order: schema.org's ``datePublished`` in JSON-LD, Open Graph's
``article:published_time``, then any ``meta``/``time`` element that names the publication
date (``itemprop="datePublished"``, ``name="pubdate"``, Dublin Core's issued date) or a
``<time pubdate datetime=…>``. A time with an offset is taken to Vietnam's day (UTC+7),
the day a Vietnamese reader saw it published.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))
_KEYS = frozenset(
    {
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date.issued",
        "dcterms.issued",
    }
)


def declared_publication(root) -> date | None:
    """The publication date ``root`` (an lxml page tree) declares, or None."""
    for value in (*_json_ld(root), *_marked(root)):
        found = _day(value)
        if found is not None:
            return found
    return None


def _marked(root) -> Iterator[str]:
    """Values of elements marked as the publication time, Open Graph's first."""
    metas = [m for m in root.iter("meta") if _key(m) in _KEYS]
    metas.sort(key=lambda m: _key(m) != "article:published_time")
    yield from (m.get("content") or "" for m in metas)
    for time in root.iter("time"):
        if _key(time) in _KEYS or time.get("pubdate") is not None:
            yield time.get("datetime") or ""


def _key(element) -> str:
    return (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()


def _json_ld(root) -> Iterator[str]:
    """``datePublished`` of the JSON-LD objects (nested in lists and ``@graph`` too)."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:  # a site's broken JSON-LD says nothing
            continue
        yield from _published_in(data)


def _published_in(data) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _published_in(item)
    elif isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            yield data["datePublished"]
        yield from _published_in(data.get("@graph"))


def _day(value: str) -> date | None:
    """The day of an ISO 8601 date or time ("2024-01-05", "2024-01-04T23:30:00Z"), in
    Vietnam where it has an offset; None where it is no such thing."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return (moment.astimezone(VIETNAM) if moment.tzinfo else moment).date()
