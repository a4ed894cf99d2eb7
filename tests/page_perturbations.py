"""Metamorphic page tests: a real annotated page with scraped clutter put in must read as
it did without it.

Each kind of clutter that Vietnamese news and ministry pages carry (an image's file name,
a contact line, a related-article teaser, an outlet's tag glued to the lead, a byline over
the lead, share buttons, a breadcrumb, a date line, a photo and its caption, a list of
other headlines, tags, a footer, a comment prompt) is put where pages put it, one at a
time or several at once, into a TUNING article of ../shared/gold. The reading expected is
the article's annotation: the same title, first and last sentence, captions (with the one
added, if any), byline, no added line in the body; and the same participants, declarations
and commitments as the page read without clutter. Every wording here is invented.

Shared by tests/test_page_robustness.py (a fixed sample) and
benchmarks/page_robustness.py (all of it).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.evaluate.gold import Annotation, read_annotations, read_split
from briefgen.extract import extract_facts, sentences_of
from briefgen.ingest import read_bytes
from briefgen.ingest.outlets import lead_tag
from briefgen.records import ArticleFacts, Document, Role

SENTENCE_END = (".", "!", "?", "…", '"', "”", ")")

# Where a page puts each kind of clutter.
TOP = "top of the page"
OVER_TITLE = "over the headline"
UNDER_TITLE = "under the headline"
OVER_LEAD = "over the lead"
LEAD = "glued to the lead"
BETWEEN = "between paragraphs"
UNDER_STORY = "under the last paragraph"
AFTER = "at the page's end"
PLACES = (TOP, OVER_TITLE, UNDER_TITLE, OVER_LEAD, LEAD, BETWEEN, UNDER_STORY, AFTER)


@dataclass(frozen=True)
class Clutter:
    """One piece of clutter: the lines put in at ``place`` (or the ``tag`` glued to the
    lead), and what a reader should make of it: a caption's text, a byline's name."""

    kind: str
    place: str
    lines: tuple[str, ...] = ()
    tag: str = ""
    caption: str | None = None
    """The caption text the reader should find; the line that carries it is no clutter."""
    caption_line: str | None = None
    byline: str | None = None
    """The author's name the reader may give as the byline (one line of ``lines``)."""

    @property
    def clutter_lines(self) -> tuple[str, ...]:
        return tuple(t for t in self.lines if t != self.caption_line)


# -- invented wordings ---------------------------------------------------------------------

HEADLINES = (
    "Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt",
    "Việt Nam dự Hội nghị Quan chức cao cấp ASEAN tại Viêng Chăn",
    "Tăng cường hợp tác giáo dục Việt Nam - Hàn Quốc",
    "Phó Chủ tịch nước tiếp đoàn doanh nghiệp Singapore",
    "ASEAN thúc đẩy kết nối hạ tầng số trong khu vực",
    "Bộ trưởng Ngoại giao điện đàm với người đồng cấp Brunei",
    "Khai mạc Tuần lễ Văn hóa ASEAN năm 2024",
    "Hai nước ký Bản ghi nhớ về hợp tác lao động",
)
DATES = ("12/10/2023", "05/6/2024", "28/02/2022", "3/11/2021")


def _image_name(rng: random.Random) -> str:
    shapes = (
        lambda: f"{rng.getrandbits(64):016x}.jpg",
        lambda: f"{rng.getrandbits(128):032x}.png",
        lambda: f"anh-{rng.randint(1, 9)}-{rng.randint(10**12, 10**13 - 1)}.webp",
        lambda: f"img-{rng.getrandbits(32):08x}.jpeg",
        lambda: f"{rng.getrandbits(64):016x}.jpg?width=800&height=533",
        lambda: f"2024_06_05_{rng.getrandbits(24):06x}_hoi-nghi.JPG",
        lambda: f"https://cdn.baomoi.vn/images/{rng.getrandbits(40):010x}.jpg",
        lambda: (
            f"thumb_{rng.randint(100, 999)}x{rng.randint(100, 999)}_{rng.getrandbits(32):x}.png"
        ),
        lambda: "Ảnh 1",
    )
    return rng.choice(shapes)()


def _headline(rng: random.Random) -> str:
    return rng.choice(HEADLINES)


def image_file(rng: random.Random, place: str) -> Clutter:
    return Clutter("image file name", place, (_image_name(rng),))


# (caption line, caption text a reader sees). None names a person or a document: extraction
# reads captions for both, so such a caption would rightly change the facts.
CAPTIONS = (
    ("Quang cảnh hội nghị. (Ảnh: TTXVN)", "Quang cảnh hội nghị."),
    ("Các đại biểu chụp ảnh lưu niệm. Ảnh: VGP/Nhật Bắc", "Các đại biểu chụp ảnh lưu niệm."),
    ("Toàn cảnh phiên họp. Ảnh: Minh Đức", "Toàn cảnh phiên họp."),
    ("Quang cảnh buổi làm việc - Ảnh: Bộ Ngoại giao", "Quang cảnh buổi làm việc"),
    ("Các đại biểu dự lễ khai mạc. (Ảnh: Hải Nguyễn)", "Các đại biểu dự lễ khai mạc."),
    (
        "Các đại biểu nghe báo cáo tại phiên họp. Ảnh: TGVN",
        "Các đại biểu nghe báo cáo tại phiên họp.",
    ),
    ("Toàn cảnh hội nghị trực tuyến. (Nguồn: Bộ Ngoại giao)", "Toàn cảnh hội nghị trực tuyến."),
    ("Các đại biểu tham dự cuộc họp. Ảnh: Đức Tám/TTXVN", "Các đại biểu tham dự cuộc họp."),
    ("Quang cảnh buổi hội đàm (Ảnh: Tuấn Anh)", "Quang cảnh buổi hội đàm"),
    ("(Ảnh: VGP) Quang cảnh lễ khai mạc.", "Quang cảnh lễ khai mạc."),
    ("Ảnh: Quang cảnh phiên thảo luận", "Quang cảnh phiên thảo luận"),
)


def photo_with_caption(rng: random.Random, place: str) -> Clutter:
    """An image's file name, its caption under it, sometimes the credit on a line of its
    own under the caption."""
    line, text = rng.choice(CAPTIONS)
    image = _image_name(rng)
    if rng.random() < 0.3:
        bare = text.rstrip(".")
        return Clutter(
            "photo and caption", place, (image, bare, "Ảnh: TTXVN"), caption=bare, caption_line=bare
        )
    return Clutter("photo and caption", place, (image, line), caption=text, caption_line=line)


def caption_alone(rng: random.Random, place: str) -> Clutter:
    """A caption between paragraphs whose photo left no line, its credit in it."""
    line, text = rng.choice(CAPTIONS)
    return Clutter("caption without image", place, (line,), caption=text, caption_line=line)


CONTACTS = (
    "Liên hệ quảng cáo: 0912 345 678",
    "Liên hệ: Ban Biên tập, số 5 Lý Thường Kiệt, Hà Nội",
    "Hotline: 0987 654 321",
    "Email: toasoan@tinbaothegioi.vn",
    "Điện thoại: (024) 3825 1234 - Fax: (024) 3825 5678",
    "Đường dây nóng: 1900 6868",
    "Liên hệ đặt báo: 024 3933 0000",
    "Liên hệ quảng cáo: quangcao@tinthegioi.vn - 0904 123 456",
    "E-mail: bbt@thoisuquocte.vn",
    "Website: www.hoinhapasean.vn",
)


def contact(rng: random.Random, place: str) -> Clutter:
    return Clutter("contact line", place, (rng.choice(CONTACTS),))


def related_teaser(rng: random.Random, place: str) -> Clutter:
    h = _headline(rng)
    shapes = (
        f"[Video] {h}",
        f"[Infographic] {h}",
        f"Xem thêm: {h}",
        f"(Xem thêm: {h})",
        f">> {h}",
        f"Đọc thêm: {h}",
        f"[Ảnh] {h}",
        f"» {h}",
        f"Video: {h}",
        f"[Infographics] {h}",
        f"Xem thêm >> {h}",
    )
    return Clutter("related-article teaser", place, (rng.choice(shapes),))


def related_box(rng: random.Random, place: str) -> Clutter:
    """A box of two or three related headlines amid the story."""
    heading = rng.choice(("TIN LIÊN QUAN", "Tin liên quan", "Bài liên quan", "Có thể bạn quan tâm"))
    picked = rng.sample(HEADLINES, rng.randint(2, 3))
    return Clutter("related-news box", place, (heading, *picked))


SOURCE_TAGS = (
    "TGVN. ",
    "VOV.VN - ",
    "(VOV5) - ",
    "(Chinhphu.vn) - ",
    "ĐCSVN - ",
    "(PLVN) - ",
    "(TTXVN) - ",
    "NDO - ",
    "(ĐCSVN) - ",
    "Baoquocte.vn. ",
    "HÀ NỘI (TTXVN) - ",
    "(CLO) ",
    "VOV.VN: ",
    "(Dân trí) - ",
    "(NLĐO) - ",
    "VTV.vn - ",
    "(Baohatinh.vn) - ",
    "Hà Nội, 12/10 (TTXVN) - ",
    "QĐND Online - ",
    "Vietnamplus - ",
    "(Vietnam+) - ",
    "(Chinhphu.vn) – ",
)


def source_tag(rng: random.Random, place: str) -> Clutter:
    return Clutter("source tag on the lead", place, tag=rng.choice(SOURCE_TAGS))


# (line, the name a reader gives as the byline)
BYLINES = (
    ("Thu Trang/VOV.VN", "Thu Trang/VOV.VN"),
    ("Minh Hà - Phóng viên TTXVN tại Jakarta", "Minh Hà - Phóng viên TTXVN tại Jakarta"),
    ("Hồng Nhung (TTXVN)", "Hồng Nhung (TTXVN)"),
    ("Bài và ảnh: Ngọc Anh", "Ngọc Anh"),
    ("Phóng viên TTXVN tại Viêng Chăn", "Phóng viên TTXVN tại Viêng Chăn"),
    ("Nguyễn Minh Hà - Trần Thu Hằng", "Nguyễn Minh Hà - Trần Thu Hằng"),
    ("Lan Phương/Báo Quốc tế", "Lan Phương/Báo Quốc tế"),
    ("PV/VOV-Viêng Chăn", "PV/VOV-Viêng Chăn"),
    ("Bài, ảnh: Minh Anh", "Minh Anh"),
    ("Đặc phái viên TTXVN", "Đặc phái viên TTXVN"),
    ("Thu Hằng", "Thu Hằng"),
    ("Minh Châu (TTXVN)", "Minh Châu (TTXVN)"),
)


def byline_over_lead(rng: random.Random, place: str) -> Clutter:
    line, name = rng.choice(BYLINES)
    return Clutter("byline over the lead", place, (line,), byline=name)


BUTTONS = (
    ("Chia sẻ",),
    ("In bài",),
    ("Facebook Zalo Twitter",),
    ("Cỡ chữ",),
    ("Lưu bài",),
    ("Chia sẻ", "In bài"),
    ("Zalo",),
    ("Gửi email", "In trang"),
    ("Nghe đọc bài",),
    ("Tweet",),
    ("Thích 0 | Chia sẻ",),
    ("Lượt xem: 1.234",),
    ("Theo dõi Báo Quốc tế trên Google News",),
    ("Nghe bài viết",),
    ("Chia sẻ Facebook", "Chia sẻ Zalo"),
)


def buttons(rng: random.Random, place: str) -> Clutter:
    return Clutter("share and print buttons", place, rng.choice(BUTTONS))


MENUS = (
    ("Trang chủ > Thời sự > Đối ngoại",),
    ("Thời sự | Chính trị | Đối ngoại | Quốc tế",),
    ("Trang chủ / Chính trị",),
    ("Báo Điện tử Chính phủ", "Thời sự"),
    ("THẾ GIỚI",),
    ("Đối ngoại",),
    ("Trang chủ » Tin tức - Sự kiện",),
    ("Tin tức - Sự kiện",),
    ("Home > ASEAN > Hợp tác kinh tế",),
    ("English | Tiếng Việt | 中文",),
    ("Đăng nhập",),
    ("Cổng Thông tin điện tử Bộ Nội vụ", "Tin tức - Sự kiện"),
    ("Trang chủ", "Thời sự", "Đối ngoại"),
)


def menu(rng: random.Random, place: str) -> Clutter:
    return Clutter("breadcrumb or menu", place, rng.choice(MENUS))


def date_line(rng: random.Random, place: str) -> Clutter:
    d = rng.choice(DATES)
    shapes = (
        f"Thứ Năm, {d} - 14:35",
        f"{d} 08:15",
        f"Cập nhật: 09:20 ngày {d}",
        f"Thứ hai, {d} 10:15 (GMT+7)",
        f"14:35 | {d}",
        f"Ngày đăng: {d}",
        f"Thứ Sáu, ngày {d}",
        f"Hà Nội, ngày {d}",
        f"{d} | 14:35 GMT+7",
        f"(Ngày đăng: {d})",
        f"Cập nhật lúc 14:35, {d}",
    )
    return Clutter("date line", place, (rng.choice(shapes),))


def related_list(rng: random.Random, place: str) -> Clutter:
    heading = rng.choice(("Tin khác", "Tin liên quan", "Các tin khác", "TIN CÙNG CHUYÊN MỤC"))
    picked = rng.sample(HEADLINES, rng.randint(3, 5))
    if rng.random() < 0.5:
        picked = [f"{h} ({rng.choice(DATES)})" for h in picked]
    return Clutter("other-news list", place, (heading, *picked))


def tags(rng: random.Random, place: str) -> Clutter:
    shapes = (
        ("Từ khóa: ASEAN, hợp tác, ngoại giao",),
        ("Tags: ASEAN Hội nghị Việt Nam",),
        ("#ASEAN #ngoaigiao #hoptac",),
        ("Từ khóa", "ASEAN", "hợp tác quốc tế"),
        ("Chủ đề: Hội nhập quốc tế",),
        ("Tags", "ASEAN", "Việt Nam", "Hội nghị cấp cao"),
        ("#ASEAN", "#VietNam"),
    )
    return Clutter("tag list", place, rng.choice(shapes))


FOOTERS = (
    ("© Bản quyền thuộc về Báo Thế giới và Việt Nam",),
    ("Copyright © 2024 Đài Tiếng nói Việt Nam",),
    ("Giấy phép số 123/GP-BTTTT cấp ngày 15/3/2021", "Tổng Biên tập: Nguyễn Văn Nam"),
    ("Tòa soạn: 46 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",),
    ("Cơ quan chủ quản: Bộ Ngoại giao",),
    ("Ghi rõ nguồn khi phát hành lại thông tin từ website này",),
    ("Bản quyền thuộc Bộ Nội vụ",),
    ("Chịu trách nhiệm nội dung: Trần Văn Minh", "Địa chỉ: 8 Tôn Thất Thuyết, Hà Nội"),
    ("Về đầu trang",),
)


def footer(rng: random.Random, place: str) -> Clutter:
    return Clutter("footer", place, rng.choice(FOOTERS))


COMMENTS = (
    "Bình luận (0)",
    "Gửi bình luận",
    "Hãy là người đầu tiên bình luận bài viết này!",
    "Ý kiến bạn đọc",
    "Bạn nghĩ gì về bài viết này?",
    "Viết bình luận của bạn",
    "Gửi ý kiến",
    "Ý kiến của bạn",
    "Đăng nhập để bình luận",
    "0 bình luận",
)


# A source or author closing the story: (line, name a reader gives as the byline)
CLOSING_CREDITS = (
    ("Minh Anh", "Minh Anh"),
    ("Theo TTXVN", "TTXVN"),
    ("Hồng Nhung (TTXVN)", "Hồng Nhung (TTXVN)"),
    ("Thu Trang/VOV.VN", "Thu Trang/VOV.VN"),
    ("Nguồn: Báo Quốc tế", "Báo Quốc tế"),
    ("PV", "PV"),
    ("Lan Hương - Minh Đức", "Lan Hương - Minh Đức"),
)


def closing_credit(rng: random.Random, place: str) -> Clutter:
    line, name = rng.choice(CLOSING_CREDITS)
    return Clutter("byline after the story", place, (line,), byline=name)


def comment_prompt(rng: random.Random, place: str) -> Clutter:
    return Clutter("comment prompt", place, (rng.choice(COMMENTS),))


PLAYERS = (
    ("Nghe bài viết", "00:00 / 04:35"),
    ("Giọng đọc: Nữ miền Bắc",),
    ("Nghe audio",),
    ("Tốc độ đọc: 1x",),
    ("0:00",),
)


def audio_player(rng: random.Random, place: str) -> Clutter:
    return Clutter("audio player", place, rng.choice(PLAYERS))


ADS = (
    ("Quảng cáo",),
    ("ADVERTISEMENT",),
    ("Bài viết được tài trợ",),
    ("Tải ứng dụng Báo Quốc tế trên điện thoại",),
    ("Hà Nội 28°C",),
)


def advert(rng: random.Random, place: str) -> Clutter:
    return Clutter("advert or widget", place, rng.choice(ADS))


def timed_list(rng: random.Random, place: str) -> Clutter:
    """The latest news, each headline after its time ("14:35 Thủ tướng tiếp …")."""
    heading = rng.choice(("Tin mới nhất", "Tin mới", "Đọc nhiều"))
    picked = rng.sample(HEADLINES, 3)
    times = ("14:35", "09:12", "20:05", "07:40")
    return Clutter(
        "latest-news list", place, (heading, *(f"{rng.choice(times)} {h}" for h in picked))
    )


def bulleted_box(rng: random.Random, place: str) -> Clutter:
    picked = rng.sample(HEADLINES, 2)
    return Clutter(
        "bulleted related box", place, ("Bài viết liên quan:", *(f"- {h}" for h in picked))
    )


@dataclass(frozen=True)
class Kind:
    name: str
    make: Callable[[random.Random, str], Clutter]
    places: tuple[str, ...]


KINDS = (
    Kind("image file name", image_file, (BETWEEN, OVER_LEAD, AFTER)),
    Kind("photo and caption", photo_with_caption, (BETWEEN, UNDER_TITLE)),
    Kind("caption without image", caption_alone, (BETWEEN,)),
    Kind("contact line", contact, (AFTER, BETWEEN)),
    Kind("related-article teaser", related_teaser, (BETWEEN, AFTER)),
    Kind("related-news box", related_box, (BETWEEN,)),
    Kind("source tag on the lead", source_tag, (LEAD,)),
    Kind("byline over the lead", byline_over_lead, (UNDER_TITLE,)),
    Kind("share and print buttons", buttons, (UNDER_TITLE, UNDER_STORY, AFTER)),
    Kind("breadcrumb or menu", menu, (TOP, OVER_TITLE)),
    Kind("date line", date_line, (TOP, OVER_TITLE, UNDER_TITLE)),
    Kind("other-news list", related_list, (AFTER,)),
    Kind("tag list", tags, (AFTER,)),
    Kind("footer", footer, (AFTER,)),
    Kind("comment prompt", comment_prompt, (UNDER_STORY, AFTER)),
    Kind("byline after the story", closing_credit, (UNDER_STORY,)),
    Kind("audio player", audio_player, (UNDER_TITLE, OVER_LEAD)),
    Kind("advert or widget", advert, (BETWEEN, TOP, AFTER)),
    Kind("latest-news list", timed_list, (AFTER,)),
    Kind("bulleted related box", bulleted_box, (BETWEEN, AFTER)),
)


# -- pages ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """A tuning article, its annotation, and the anchors clutter is put at (line indices
    of its reading without clutter)."""

    annotation: Annotation
    lines: tuple[str, ...]
    facts: tuple
    title: range | None
    lead: int
    paragraphs: tuple[int, ...]
    """Body lines with another body line after them: a gap between paragraphs."""
    last: int
    """The last body line."""


def tuning_pages(gold_dir: Path, root: Path, split: Path) -> list[Page]:
    """Every tuning article of the gold folder whose reading is as annotated (a page the
    reader already gets wrong proves nothing about clutter)."""
    annotations = read_split(split).members(read_annotations(gold_dir, root), "tuning")
    pages = []
    for a in annotations:
        text = a.article.read_text("utf-8")
        document = read_bytes(text.encode(), a.article.name)
        if problems(a, document, Clutter("none", TOP)):
            continue
        body = [b.index for b in document.body]
        titles = [b.index for b in document.with_role(Role.TITLE)]
        pages.append(
            Page(
                a,
                tuple(text.splitlines()),
                facts_key(extract_facts(document)),
                range(titles[0], titles[-1] + 1) if titles else None,
                body[0],
                tuple(body[:-1]),
                body[-1],
            )
        )
    return pages


def facts_key(facts: ArticleFacts) -> tuple:
    """What must not change: participants, declarations, commitments."""
    return (
        sorted((p.name.vi, p.role.vi) for p in facts.participants),
        sorted(d.name.vi for d in facts.declarations),
        sorted(c.text.vi for c in facts.commitments),
    )


def _anchor(page: Page, place: str, rng: random.Random) -> int | None:
    """The line index clutter at ``place`` goes before (``len(lines)``: at the end)."""
    if place == TOP:
        return 0
    if place == OVER_TITLE:
        return page.title.start if page.title else None
    if place == UNDER_TITLE:
        return page.title.stop if page.title else None
    if place == OVER_LEAD:
        return page.lead
    if place == BETWEEN:
        return rng.choice(page.paragraphs) + 1 if page.paragraphs else None
    if place == UNDER_STORY:
        return page.last + 1
    if place == AFTER:
        return len(page.lines)
    return None


def perturb(page: Page, clutters: Sequence[Clutter], seed: int) -> list[str] | None:
    """The page's lines with ``clutters`` put in, or None where the page has no such place
    (no headline, one paragraph) or the lead already carries a tag."""
    rng = random.Random(seed)
    lines = list(page.lines)
    inserts: list[tuple[int, int, int, tuple[str, ...]]] = []
    for order, c in enumerate(clutters):
        if c.place == LEAD:
            if lead_tag(lines[page.lead]):
                return None
            lines[page.lead] = c.tag + lines[page.lead]
            continue
        at = _anchor(page, c.place, rng)
        if at is None or (c.byline and c.place == UNDER_STORY and page.annotation.byline):
            return None  # (a story has one closing credit)
        inserts.append((at, PLACES.index(c.place), order, c.lines))
    # from the bottom, so anchors hold; at one anchor, in the order of PLACES
    for at, *_, new in sorted(inserts, reverse=True):
        lines[at:at] = new
    return lines


def problems(annotation: Annotation, document: Document, *clutters: Clutter) -> list[str]:
    """How the reading of a page with ``clutters`` differs from its annotation."""
    found: list[str] = []
    if document.title != annotation.title:
        found.append(f"title {document.title!r}")
    sentences = sentences_of(document)
    first = sentences[0] if sentences else ""
    expected = annotation.body_first
    untagged = expected[len(lead_tag(expected)) :]
    if not (first.startswith(expected) or (untagged and first.startswith(untagged))):
        found.append(f"first sentence {first[:60]!r}")
    complete = [s for s in sentences if s.endswith(SENTENCE_END)]
    if not complete or not complete[-1].endswith(annotation.body_last):
        found.append(f"last sentence {(complete or [''])[-1][-60:]!r}")
    captions = list(document.caption_texts)
    for c in clutters:
        if c.caption is None:
            continue
        if c.caption in captions:
            captions.remove(c.caption)
        else:
            found.append(f"caption {c.caption!r} not found")
    if tuple(captions) != annotation.captions:
        found.append(f"captions {captions!r}")
    bylines = {annotation.byline} | {c.byline for c in clutters if c.byline}
    if document.byline not in bylines or (document.byline is None) != (bylines == {None}):
        found.append(f"byline {document.byline!r}")
    body = {b.text.strip() for b in document.body} | set(sentences)
    for c in clutters:
        for line in c.clutter_lines:
            glued = len(line.split()) >= 4 and any(line in s for s in sentences)
            if line in body or glued:  # (a word or two may be the story's own too)
                found.append(f"in the body: {line!r}")
            if line in captions:
                found.append(f"a caption: {line!r}")
        if c.tag and any(s.startswith(c.tag.strip()) for s in sentences):
            found.append(f"tag in the body: {c.tag!r}")
    return found


@dataclass(frozen=True)
class Trial:
    page: Page
    clutters: tuple[Clutter, ...]
    seed: int
    failures: tuple[str, ...] = field(default=())

    @property
    def kinds(self) -> str:
        return " + ".join(f"{c.kind} ({c.place})" for c in self.clutters)


def run_trial(page: Page, clutters: Sequence[Clutter], seed: int) -> Trial | None:
    """Read the page with ``clutters`` in it; None where it has no place for them."""
    lines = perturb(page, clutters, seed)
    if lines is None:
        return None
    document = read_bytes("\n".join(lines).encode(), page.annotation.article.name)
    failures = problems(page.annotation, document, *clutters)
    if not failures and facts_key(extract_facts(document)) != page.facts:
        failures.append("participants, declarations or commitments changed")
    return Trial(page, tuple(clutters), seed, tuple(failures))


def seed_of(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:8], "big")


def single_trials(pages: Sequence[Page], variants: int) -> Iterator[tuple[Page, tuple, int]]:
    """Every page x kind x place, ``variants`` wordings each."""
    for page in pages:
        for kind in KINDS:
            for place in kind.places:
                for v in range(variants):
                    seed = seed_of(page.annotation.path, kind.name, place, v)
                    yield page, (kind.make(random.Random(seed), place),), seed


def combined_trials(pages: Sequence[Page], per_page: int, size: int = 4):
    """``per_page`` mixes of ``size`` kinds (one place each) per page, and one page dressed
    in every place at once."""
    for page in pages:
        for n in range(per_page + 1):
            seed = seed_of(page.annotation.path, "mix", n)
            rng = random.Random(seed)
            kinds = KINDS if n == per_page else rng.sample(KINDS, size)
            yield page, tuple(k.make(rng, rng.choice(k.places)) for k in kinds), seed
