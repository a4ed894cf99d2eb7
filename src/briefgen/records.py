"""Plain data passed between the pipeline stages: ingest → segment → glossary → translate →
extract → render. Every stage takes and returns these frozen dataclasses, so stages can be
tested alone and the pipeline reads as the order in which they are called."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path


class Role(StrEnum):
    """What a line of the source is, so output can keep it, drop it or map it back."""

    TITLE = "title"
    DATELINE = "dateline"
    BODY = "body"
    CAPTION = "caption"
    BYLINE = "byline"
    CLUTTER = "clutter"
    BLANK = "blank"


@dataclass(frozen=True)
class Block:
    """One line (.txt) or paragraph (.docx, .html) of the source, in source order.

    ``index`` is the block's position in the source (0-based line number for .txt), so
    every later stage can point back to where its text came from. ``text`` is the line as
    written; ``sentences`` is what the block says in its role: a body paragraph without a
    leading "NDO - " source tag or a caption run into it, a caption without its photo credit.
    """

    index: int
    text: str
    role: Role
    sentences: tuple[str, ...] = ()
    style: str | None = None
    formatted: bool = False
    """The block mixes inline formatting (bold, links…) that a writer must place on the
    matching words of the translation, so its sentences are word-aligned when translated."""


@dataclass(frozen=True)
class Document:
    """A source article after ingest: every block with its role, plus the metadata found."""

    source: Path
    format: str
    blocks: tuple[Block, ...]
    title: str | None = None
    published: date | None = None
    byline: str | None = None
    # Photo captions as a reader sees them (credits removed), including any that a
    # scrape ran into a body line.
    caption_texts: tuple[str, ...] = ()
    # The file as read, so a writer rebuilds the output from it without reopening the
    # source (which may have changed or gone since).
    data: bytes = field(default=b"", repr=False, compare=False)

    def with_role(self, *roles: Role) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role in roles)

    @property
    def body(self) -> tuple[Block, ...]:
        return self.with_role(Role.BODY)

    @property
    def captions(self) -> tuple[Block, ...]:
        return self.with_role(Role.CAPTION)


@dataclass(frozen=True)
class Segment:
    """The unit of translation: one sentence of one block."""

    block: int
    index: int
    text: str
    formatted: bool = False
    """Its block has inline formatting: the translation is word-aligned to place it."""


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a Vietnamese term and the English it must come out as."""

    vi: str
    en: str
    variants: tuple[str, ...] = ()
    category: str = ""
    case: str = "preserve"
    note: str = ""
    source_variants: tuple[str, ...] = ()
    origin: str = ""
    source: str = ""  # where the English comes from: a URL or a citation


@dataclass(frozen=True)
class TermMatch:
    """A glossary entry found in a source text, at ``text[start:end]``."""

    entry: Entry
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Requirement:
    """A rendering the English of a sentence must contain: a glossary term's English, or a
    name, number or acronym kept as written. ``source`` is ``sentence[start:end]``;
    ``kind`` is ``term`` for glossary entries (``name``, ``number``… otherwise)."""

    start: int
    end: int
    source: str
    target: str
    kind: str
    case: str = "preserve"


@dataclass(frozen=True)
class TermCheck:
    """Whether a required rendering (glossary term, name, number…) is in the output."""

    source: str
    target: str
    kind: str
    satisfied: bool


@dataclass(frozen=True)
class TokenLink:
    """One target subword of a translation and the source subword it attends to most.

    Spans are character offsets into the target and source *strings*, so code that uses
    alignments (glossary repair, formatting projection) never sees a backend's tokenizer.
    """

    target_start: int
    target_end: int
    source_start: int
    source_end: int


@dataclass(frozen=True)
class SegmentTranslation:
    """A sentence's translation, the glossary checks on it, and, for a formatted sentence
    whose backend can align, the word alignment computed while translating."""

    segment: Segment
    target: str
    checks: tuple[TermCheck, ...] = ()
    links: tuple[TokenLink, ...] | None = None
    codes: tuple[tuple[int, int, int], ...] | None = None
    """Inline formatting a post-editor placed in the target (``(start, end, label)``, see
    :func:`briefgen.formats.project.code_labels`); writers follow it instead of aligning."""


@dataclass(frozen=True)
class Provenance:
    """What produced an output, so a reader can reproduce or question it."""

    tool_version: str
    backend: str
    model: str
    glossaries: tuple[str, ...] = ()
    glossary_sha256: str = ""
    generated: str = ""


@dataclass(frozen=True)
class DocumentTranslation:
    document: Document
    segments: tuple[SegmentTranslation, ...]
    provenance: Provenance

    def block_translation(self, index: int) -> str:
        """The English of one source block: its sentences' translations joined."""
        return " ".join(s.target for s in self.by_block.get(index, ()) if s.target)

    @cached_property
    def by_block(self) -> dict[int, list[SegmentTranslation]]:
        """Block index → its segments in order, blocks in the order their segments come;
        built once, as writers visit every block (a scan of every segment per block is
        quadratic in the document's length). Read it, do not change it."""
        index: dict[int, list[SegmentTranslation]] = {}
        for s in self.segments:
            index.setdefault(s.segment.block, []).append(s)
        return index

    @property
    def checks(self) -> tuple[TermCheck, ...]:
        return tuple(c for s in self.segments for c in s.checks)


# --- extraction (briefings) -------------------------------------------------------------
# Briefing records are walked generically (briefgen.walk): every Bilingual is translated,
# every field goes to the template and the JSON, unless its metadata says otherwise.

ROMANISED = {"english": "romanised"}
"""A person's name: its English is the name without diacritics, never a translation."""
NOT_EXPORTED = {"export": False}
"""Kept for the briefing, left out of the ``--json`` facts."""


@dataclass(frozen=True)
class Bilingual:
    """A Vietnamese string verbatim from the source and its English translation."""

    vi: str
    en: str = ""


@dataclass(frozen=True)
class Participant:
    name: Bilingual = field(metadata=ROMANISED)
    role: Bilingual
    org: Bilingual | None = None
    source_sentence: str = field(default="", metadata=NOT_EXPORTED)


@dataclass(frozen=True)
class Declaration:
    name: Bilingual
    status: str
    source_sentence: str = ""


@dataclass(frozen=True)
class Commitment:
    actor: Bilingual
    text: Bilingual
    kind: str
    source_sentence: str = ""


@dataclass(frozen=True)
class TermUse:
    vi: str
    en: str
    count: int


@dataclass(frozen=True)
class EventDate:
    """The day an event took place, as far as the article tells a reader: the day and
    month always, the year None where neither the text nor the page's publication date
    gives it ("Ngày 4/7, tại Hà Nội, …" on a page with no date), rather than a guess.

    Raises:
        ValueError: no such day in that month (in that year, or in a leap year).
    """

    day: int
    month: int
    year: int | None = None

    def __post_init__(self) -> None:
        date(2000 if self.year is None else self.year, self.month, self.day)  # 2000: leap

    @classmethod
    def of(cls, day: date) -> EventDate:
        return cls(day.day, day.month, day.year)

    @property
    def calendar_date(self) -> date | None:
        """The calendar day; None while the year is unknown."""
        return None if self.year is None else date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        """ "2018-07-04", or "--07-04" without a year (ISO 8601's truncated form, as XML
        Schema's gMonthDay and vCard write a day of an unstated year)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    __str__ = isoformat  # as str(date) is, so "{{ a.event_date }}" in a template reads the same


@dataclass(frozen=True)
class ArticleFacts:
    """What a briefing reports about one article, each item traceable to its sentence."""

    source: str
    title: Bilingual
    event_date: EventDate | None = None
    location: Bilingual | None = None
    events: tuple[Bilingual, ...] = ()
    participants: tuple[Participant, ...] = ()
    organisations: tuple[Bilingual, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    body: tuple[Bilingual, ...] = ()
    terms: tuple[TermUse, ...] = ()
    captions: tuple[str, ...] = field(default=(), metadata=NOT_EXPORTED)


@dataclass(frozen=True)
class Brief:
    """A briefing over one or more articles, ready to render."""

    title: str
    articles: tuple[ArticleFacts, ...]
    provenance: Provenance
