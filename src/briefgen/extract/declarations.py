"""Declarations: the formal documents an article names, each with its status.

A document is a name that starts with a document-type word ("Kế hoạch làm việc ACCSM giai
đoạn 2021-2025"); its status comes from the verbs of the clause it is in. This module
reads each sentence, the headline and the captions, and lists each document once: the
grammar of names is document_names, titles document_titles, status document_status, and
which names are one document document_identity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefgen.extract.complete_sentences import is_complete
from briefgen.extract.document_identity import (
    JOINT_STATEMENT,
    bare_statement,
    document_key,
    issued_statement,
    retold,
    same_document,
)
from briefgen.extract.document_names import (
    ADOPTED_LOWER_DOCUMENT,
    DEED_THEN_LOWER_DOCUMENT,
    DEED_THEN_QUOTE,
    DOCUMENT_NAME,
    GOVERNED_DOCUMENT_NAME,
    KIND_THEN_CODE,
    KIND_THEN_QUOTE,
    LOWER_INSTRUMENT,
    LOWER_NAMED_PLAN,
    LOWER_PERIOD_DOCUMENT,
    PERIOD,
    QUOTE_MARK,
    SIGNED_LOWER_DOCUMENT,
    WEAK_DOCUMENT_NAME,
    clean_name,
    end_with_subtitle,
    shared_heads,
)
from briefgen.extract.document_status import (
    ADOPTING_HEADLINE,
    DEEDS,
    LIST_GAP,
    acted_on,
    after_deed,
    by_way_of,
    carried_out,
    list_intro_status,
    means_through,
    status_around,
    under_way,
)
from briefgen.extract.document_titles import (
    KIND_FOR,
    NOT_DOCUMENT,
    PROPER_MARK,
    counted,
    declare_verb,
    governed_title,
    in_body_name,
    named_by_deed,
    names_event,
    strategic_adjective,
    titled_by_topic,
    weak_titled,
)
from briefgen.extract.known_documents import KnownDocuments, is_type_only
from briefgen.extract.lexicon import WEAK_DOCUMENT_WORDS
from briefgen.normalize import fold
from briefgen.records import Bilingual, Declaration


def _blank(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """``sentence`` with the given spans replaced by spaces (offsets kept)."""
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the part of ``sentence`` between the semicolons around ``start:end``."""
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", end)
    return left, right if right >= 0 else len(sentence)


def _upgrade(
    found: dict[str, Declaration], key: str, status: str, known=frozenset(), ids=None
) -> None:
    """Give the document ``key`` names again ``status``, if it was only mentioned so far:
    named first in passing ("Tuyên bố chung … nêu rõ"), then what was done with it ("Hội
    nghị đã ra Tuyên bố chung"), the deed is its status."""
    same = same_document(key, found, known, ids)
    if same is not None and found[same].status == "referenced" and status in DEEDS:
        found[same] = replace(found[same], status=status)


# How much a status says of what was done with a document: a deed more than drafting or
# carrying it out, either more than a mention.
_STRENGTH = {"referenced": 0, "implementing": 1, "proposed": 1, "signed": 2, "adopted": 2}


def _strengthen(found: dict[str, Declaration], key: str, status: str) -> None:
    """Give the document found under ``key`` the ``status`` a later mention acts on it
    with, where that says more: named in passing ("Theo Chiến lược …"), then carried out
    ("triển khai hiệu quả Chiến lược …"); drafted ("dự thảo Hiệp định …"), then signed
    ("đã ký Hiệp định …")."""
    if _STRENGTH[status] > _STRENGTH[found[key].status]:
        found[key] = replace(found[key], status=status)


def extract_declarations(
    sentences: Iterable[str],
    glossary=None,
    *,
    headline: str | None = None,
    captions: Sequence[str] = (),
) -> tuple[Declaration, ...]:
    """Each named document once, in order of first mention, with the status of that mention.

    Names come from the document-word pattern, and from the glossary's named documents
    (which also catches names the pattern cuts short). A document the ``headline`` or the
    photo ``captions`` alone name ("Hội nghị … ra Tuyên bố chung") is listed after those of
    the body.
    """
    if headline and headline.isupper():
        # a headline in capitals is read in sentence case, as its words are written
        headline = headline[:1] + headline[1:].lower()
    found: dict[str, Declaration] = {}
    ids: dict[str, frozenset[str]] = {}  # the glossary documents each found one is
    glossary_documents = KnownDocuments(glossary) if glossary is not None else None
    # The headline and the photo captions show what the meeting did in a few words, often
    # naming a document the body does not ("Hai Bộ trưởng ký Bản ghi nhớ về …" under the
    # photo of the ceremony): both are read alike, after the body.
    shown = [*([headline] if headline else []), *(c for c in captions if c.strip())]
    read = [(s, False) for s in sentences] + [(s, True) for s in shown]
    for sentence, is_shown in read:
        previous: tuple[int, str] | None = None  # end and status of the last name here
        pattern = [
            (m.start(), end_with_subtitle(sentence, m.end()))
            for m in DOCUMENT_NAME.finditer(sentence)
        ]
        pattern += [
            (m.start(), end_with_subtitle(sentence, m.end()))
            for m in WEAK_DOCUMENT_NAME.finditer(sentence)
            if is_shown
            or QUOTE_MARK.search(m.group())
            or after_deed(sentence, m.start())
            # (or drafted, proposed: "đề xuất Sáng kiến ASEAN về …", "xây dựng Tầm nhìn …")
            or carried_out(sentence[: m.start()], ("proposed",))
            or list_intro_status(sentence, m.start(), loose=True)
            # a vision or guideline carried out, that gives the period it covers ("triển
            # khai hiệu quả Tầm nhìn chung … đến năm 2030"), is a document, not a goal
            or (carried_out(sentence[: m.start()]) and bool(PERIOD.search(m.group())))
            or weak_titled(sentence, m.start(), m.group())
        ]
        if is_shown:
            pattern += [(m.start(1), m.end()) for m in DEED_THEN_LOWER_DOCUMENT.finditer(sentence)]
        # a kind of document that is as often a common noun, named and acted on
        governed = {
            (m.start(), end_with_subtitle(sentence, m.end()))
            for m in GOVERNED_DOCUMENT_NAME.finditer(sentence)
            if governed_title(sentence, m.start(), m.end("kind"), clean_name(m.group()))
        }
        pattern += list(governed)
        signed_lower = {m.span(1) for m in SIGNED_LOWER_DOCUMENT.finditer(sentence)} | {
            m.span(1)
            for m in ADOPTED_LOWER_DOCUMENT.finditer(sentence)
            if not means_through(sentence, m.start())
        }
        signed_lower |= {
            m.span()
            for pattern_ in (LOWER_INSTRUMENT, LOWER_NAMED_PLAN)
            for m in pattern_.finditer(sentence)
            if carried_out(sentence[: m.start()], ("implementing", "proposed", *DEEDS))
            # or an item of the papers a verb acts on ("Các văn kiện được ký gồm …")
            or list_intro_status(sentence, m.start(), loose=True) is not None
        }
        pattern += list(signed_lower)
        pattern += [
            m.span(1)
            for m in KIND_THEN_QUOTE.finditer(sentence)
            if not by_way_of(sentence, m.start())
        ]
        pattern += [
            m.span(1)
            for m in DEED_THEN_QUOTE.finditer(sentence)
            if not means_through(sentence, m.start())
        ]
        pattern += [
            (m.start(), end_with_subtitle(sentence, m.end()))
            for m in LOWER_PERIOD_DOCUMENT.finditer(sentence)
            if PERIOD.search(m.group())
        ]
        pattern = [
            (a, b)
            for a, b in pattern
            if not (
                in_body_name(sentence, a)
                or counted(sentence, a)
                or names_event(sentence, a, b)
                or strategic_adjective(sentence, a)
                or declare_verb(sentence, a, b)
            )
        ]
        mentions = glossary_documents.mentions(sentence) if glossary_documents else []
        known = [(m.start, m.end) for m in mentions if not in_body_name(sentence, m.start)]
        goals = {(m.start, m.end) for m in mentions if m.maybe_goal}
        # a code names its programme as surely as the glossary names a document
        known += [m.span(1) for m in KIND_THEN_CODE.finditer(sentence)]
        # a list sharing one document word is its documents, whatever else was read there
        shared = shared_heads(sentence, glossary_documents)
        shared_names = {(a, b): name for _, _, documents in shared for a, b, name in documents}
        pattern, known = (
            [(a, b) for a, b in read if not any(x <= a < y for x, y, _ in shared)]
            for read in (pattern, known)
        )
        known += list(shared_names)
        # Of two overlapping names the longer wins ("… hợp tác năm 2012" over "… hợp tác").
        spans = [
            (start, end, (start, end) in known)
            for start, end in pattern + known
            if not any(
                (a <= start and end < b) or (a < start and end <= b) for a, b in pattern + known
            )
        ]
        for start, end, is_known in sorted(set(spans)):
            name = clean_name(shared_names.get((start, end), sentence[start:end]))
            words = name.split()
            quoted = sentence[:start].rstrip().endswith(("“", '"'))
            proper = (
                is_known
                or PROPER_MARK.search(name)
                or quoted
                or (
                    name[0].islower()
                    and len(words) >= 6
                    and not is_type_only(name)
                    and not KIND_FOR.match(name)
                )
                or titled_by_topic(sentence, start, name)
                or (start, end) in governed
            )
            if (len(words) < 3 and not is_known) or NOT_DOCUMENT.search(name):
                continue
            cut = not is_shown and not is_complete(sentence)
            if cut and not sentence[end:].strip():
                continue  # cut mid-word by a scraped excerpt ("… Tuyên bố tầm nhìn chun")
            identity = glossary_documents.identities(name) if glossary_documents else frozenset()
            left, right = _clause(sentence, start, end)
            listed = previous and LIST_GAP.fullmatch(sentence[previous[0] : start])
            # The verbs in another document's name ("Kế hoạch xây dựng Cộng đồng …") say
            # nothing of what was done with this one.
            others = _blank(
                sentence,
                [(a, b) for a, b, _ in spans if (a, b) != (start, end)]
                + [span for span in [by_way_of(sentence, start)] if span],
            )
            status = status_around(
                others[left:start], others[end:right], previous[1] if listed else None
            )
            introduced = list_intro_status(others, start)
            if introduced and status == "referenced":
                status = introduced
            if is_shown and status == "referenced" and ADOPTING_HEADLINE.match(sentence):
                status = "adopted"
            if is_shown and status == "referenced" and JOINT_STATEMENT.match(fold(name)):
                # a headline naming a joint statement ("Toàn văn Tuyên bố chung Việt Nam -
                # Trung Quốc", "Thông cáo chung Hội nghị … lần thứ 58") reports its issue
                status = "adopted"
                _upgrade(found, document_key(name), status, identity, ids)
            if name.startswith(WEAK_DOCUMENT_WORDS) and not (
                is_known or QUOTE_MARK.search(name) or weak_titled(sentence, start, name)
            ):
                proper = False  # "Sáng kiến của Việt Nam", "Tầm nhìn Cộng đồng ASEAN …"
            if (start, end) in goals and not (
                status in DEEDS or (status == "implementing" and under_way(others[left:start]))
            ):
                continue  # "hướng tới Tầm nhìn …", unlike "thông qua/triển khai Tầm nhìn …"
            # a document the meeting signs, adopts, drafts or carries out, right before its
            # name ("sẽ ký kết Hiệp định về …", "tiếp tục thực hiện Thỏa thuận về …", "đàm
            # phán Hiệp định về …")
            planned = acted_on(others[left:start], planned=True) or carried_out(
                others[left:start], ("implementing", "proposed")
            )
            listed_deed = bool(listed) and previous[1] in DEEDS
            deed = named_by_deed(sentence, start, "signed" if planned else status)
            # a meeting's joint statement is what it issues, named or not, in whichever case
            # ("ra Tuyên bố chung", "thông qua tuyên bố chung", "thông qua Thông cáo báo chí
            # chung về kết quả chuyến thăm"); written with a capital, it is that statement
            # even in passing ("Tuyên bố chung nêu rõ …")
            joint = JOINT_STATEMENT.match(fold(name)) and (status in DEEDS or name[0].isupper())
            by_deed = (
                deed
                and (
                    is_shown
                    or (len(words) >= 4 and not is_type_only(name) and (planned or listed_deed))
                )
            ) or (
                ((start, end) in signed_lower or introduced is not None)
                and len(words) >= 4
                and not is_type_only(name)
            )
            if not (proper or joint or by_deed):
                if deed:  # "Hội nghị đã ra Tuyên bố chung" after its full name
                    _upgrade(found, document_key(name), status, identity, ids)
                continue
            previous = (end, status)
            if is_type_only(name) and status not in DEEDS and not joint:
                continue  # "các Khuôn khổ, Kế hoạch hành động": kinds of document, no name
            key = document_key(name)
            if is_shown:
                key = retold(key, found)
            same = same_document(key, found, identity, ids)
            if same is None and JOINT_STATEMENT.match(key):
                same = issued_statement(name, status, found)
                if same is not None and status == "adopted":
                    found[same] = replace(found[same], status=status)
            if same is None:
                found[key] = Declaration(Bilingual(name), status, sentence)
                ids[key] = identity
            else:
                if bare_statement(found[same].name.vi) and not bare_statement(name):
                    # "ra Thông cáo chung", then "Tuyên bố chung của Hội nghị … lần thứ 58":
                    # the statement is listed by its full name
                    found[same] = replace(found[same], name=Bilingual(name))
                if acted_on(others[left:start]) or carried_out(
                    others[left:start], ("implementing", "proposed")
                ):
                    # the strongest mention gives the status, where a verb acts on the name
                    # ("thông qua Tuyên bố …", "triển khai Kế hoạch …"), not a passive after
                    # it ("Tuyên bố … (đã được thông qua năm 2020)")
                    _strengthen(found, same, status)
    # "bản ghi nhớ" after "Biên bản ghi nhớ hợp tác năm 2012" is that memorandum again.
    return tuple(
        d
        for key, d in found.items()
        if not (is_type_only(d.name.vi) and any(key in k and key != k for k in found))
    )
