"""Generic walks over the :mod:`briefgen.records` dataclasses, so that translating facts,
building a template's context and exporting JSON need no list of fields: a new briefing
section is one dataclass, one extractor and the template.

A field opts out or changes treatment through its ``metadata`` (see
:data:`briefgen.records.ROMANISED` and :data:`briefgen.records.NOT_EXPORTED`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import Field, fields, is_dataclass, replace
from datetime import date
from functools import cache
from types import UnionType
from typing import Any, get_args, get_origin, get_type_hints

from briefgen.records import Bilingual, EventDate

English = Callable[[Bilingual, Field | None], Bilingual]
"""Gives a :class:`Bilingual` its English; told the field it sits in (None inside a tuple
of the top-level object's own values)."""


def _is_record(value: object) -> bool:
    return is_dataclass(value) and not isinstance(value, type)


def bilinguals(obj: object, where: Field | None = None) -> Iterator[tuple[Bilingual, Field | None]]:
    """Every :class:`Bilingual` inside ``obj`` (dataclasses and tuples, recursively), with
    the dataclass field that holds it."""
    if isinstance(obj, Bilingual):
        yield obj, where
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from bilinguals(item, where)
    elif _is_record(obj):
        for f in fields(obj):
            yield from bilinguals(getattr(obj, f.name), f)


def fill_english(obj: Any, english: English, where: Field | None = None) -> Any:
    """A copy of ``obj`` in which every :class:`Bilingual` is replaced by ``english(b, field)``."""
    if isinstance(obj, Bilingual):
        return english(obj, where)
    if isinstance(obj, tuple):
        return tuple(fill_english(item, english, where) for item in obj)
    if _is_record(obj):
        changes = {f.name: fill_english(getattr(obj, f.name), english, f) for f in fields(obj)}
        return replace(obj, **changes)
    return obj


def exported(f: Field) -> bool:
    return f.metadata.get("export", True)


def to_json(obj: Any) -> Any:
    """``obj`` as JSON-ready data: a dataclass as an object of its exported fields, a
    :class:`Bilingual` as ``{"vi", "en"}``, a date in ISO form ("--07-04" for a day of an
    unstated year, :meth:`~briefgen.records.EventDate.isoformat`)."""
    if isinstance(obj, Bilingual):
        return {"vi": obj.vi, "en": obj.en}
    if isinstance(obj, tuple | list):
        return [to_json(item) for item in obj]
    if isinstance(obj, date | EventDate):
        return obj.isoformat()
    if _is_record(obj):
        return {f.name: to_json(getattr(obj, f.name)) for f in fields(obj) if exported(f)}
    return obj


@cache
def bilingual_fields(cls: type) -> frozenset[str]:
    """Names of ``cls``'s fields typed ``Bilingual`` (or ``Bilingual | None``)."""
    hints = get_type_hints(cls)

    def bilingual(hint: object) -> bool:
        return hint is Bilingual or (get_origin(hint) is UnionType and Bilingual in get_args(hint))

    return frozenset(f.name for f in dataclasses.fields(cls) if bilingual(hints[f.name]))


def english_of(b: Bilingual | None) -> str:
    """What a reader sees: the English, or the Vietnamese where there is none."""
    return "" if b is None else (b.en or b.vi)


def to_view(obj: Any, ref: Callable[[str], str]) -> Any:
    """``obj`` as a template sees it: a :class:`Bilingual` field ``x`` as its English in
    ``x`` and its Vietnamese in ``x_vi``; a ``source_sentence`` as ``ref``, the annex
    reference ``ref(sentence)`` gives."""
    if isinstance(obj, Bilingual):
        return english_of(obj)
    if isinstance(obj, tuple | list):
        return [to_view(item, ref) for item in obj]
    if not _is_record(obj) or isinstance(obj, EventDate):  # a date stays one: "{{ … }}" is ISO
        return obj
    view: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name == "source_sentence":
            view["ref"] = ref(value)
        elif f.name in bilingual_fields(type(obj)):
            view[f.name] = english_of(value)
            view[f"{f.name}_vi"] = value.vi if value is not None else ""
        else:
            view[f.name] = to_view(value, ref)
    return view
