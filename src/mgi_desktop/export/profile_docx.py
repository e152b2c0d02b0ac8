"""The profile report as a Word document with Word's own styles (Title,
Heading 1-3, List Bullet, List Number, Table Grid), so IOM editors can go on
working on it in Word."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

from mgi_desktop import atomic
from mgi_desktop.export.profile import (
    DEVELOPMENTS_HEADING,
    POTENTIAL_HEADING,
    SOURCES_HEADING,
    WELL_DEVELOPED_HEADING,
    Profile,
)
from mgi_desktop.export.xlsx_safe import clean_text

NONE_RECORDED = "None recorded."
_BLUE = RGBColor(0x00, 0x33, 0xA0)
_WARNING = RGBColor(0x9C, 0x00, 0x06)


def _text(value: str) -> str:
    return clean_text(value)  # Word's XML forbids the same control characters as Excel's


def _paragraphs(doc: Any, text: str) -> None:
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if block:
            doc.add_paragraph(_text(block), style="Normal")


def _bullets(doc: Any, items: list[str]) -> None:
    if not items:
        doc.add_paragraph(NONE_RECORDED, style="Normal")
    for item in items:
        doc.add_paragraph(_text(item), style="List Bullet")


def _page_break(doc: Any) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def render_docx(profile: Profile, *, wheel_png: bytes | None = None) -> bytes:
    doc = Document()
    doc.core_properties.title = _text(profile.title)
    doc.core_properties.subject = "Migration Governance Indicators"
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
        section.left_margin = section.right_margin = Cm(2.2)
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.color.rgb = _BLUE

    kicker = doc.add_paragraph("Migration Governance Indicators", style="Subtitle")
    kicker.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph(_text(profile.title), style="Title")
    doc.add_paragraph(_text(f"{profile.level_label} MGI · {profile.round_label} · {profile.date_label}"),
                      style="Subtitle")
    doc.add_paragraph(_text(f"{profile.place} — round {profile.round}"), style="Normal")
    doc.add_paragraph(_text(f"Questionnaire: {profile.framework_label}"), style="Normal")
    if profile.validation_line:
        line = doc.add_paragraph(style="Normal").add_run(_text(profile.validation_line))
        if profile.validation_warning:  # a warning must not read as one more line of the title page
            line.bold = True
            line.font.color.rgb = _WARNING
    if profile.notice:
        note = doc.add_paragraph(style="Normal")
        run = note.add_run(_text(profile.notice))
        run.italic = True
        run.font.size = Pt(9)
    _page_break(doc)

    doc.add_heading("About the Migration Governance Indicators", level=1)
    _paragraphs(doc, profile.about)
    doc.add_heading("Introduction", level=1)
    _paragraphs(doc, profile.introduction)
    _page_break(doc)
    doc.add_heading("The six domains", level=1)
    if wheel_png:
        doc.add_picture(io.BytesIO(wheel_png), width=Cm(9))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for domain in profile.domains:
        # "List Number" numbers the paragraphs itself (1. to 6., in domain order)
        doc.add_paragraph(_text(domain.long_title), style="List Number")

    for domain in profile.domains:
        _page_break(doc)
        doc.add_heading(_text(f"Domain {domain.number}: {domain.title}"), level=1)
        if domain.long_title != domain.title:
            doc.add_paragraph(_text(domain.long_title), style="Subtitle")
        _paragraphs(doc, domain.description)
        doc.add_heading(WELL_DEVELOPED_HEADING, level=2)
        _bullets(doc, domain.well_developed)
        doc.add_heading(POTENTIAL_HEADING, level=2)
        _bullets(doc, domain.potential)

    if profile.follow_up:
        _page_break(doc)
        doc.add_heading(DEVELOPMENTS_HEADING, level=1)
        previous = f"round {profile.previous_round}" if profile.previous_round else "the previous round"
        if not profile.previous_available:
            doc.add_paragraph("The previous round is not in this database, so the answers cannot be compared "
                              "here.", style="Normal")
        elif not profile.developments:
            doc.add_paragraph(f"No answer changed since {previous}.", style="Normal")
        else:
            doc.add_paragraph(f"Answers that changed since {previous} (previous answer, then the answer now):",
                              style="Normal")
            table = doc.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Domain", "Question", "Text", previous.capitalize(),
                                                        "Now"), strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
            for d in profile.developments:
                cells = table.add_row().cells
                for cell, text in zip(cells, (str(d.domain), d.code, d.question, d.before, d.now), strict=True):
                    cell.text = _text(text)

    _page_break(doc)
    doc.add_heading(SOURCES_HEADING, level=1)
    if not profile.sources:
        doc.add_paragraph(NONE_RECORDED, style="Normal")
    titles = {d.number: d.title for d in profile.domains}
    for number in sorted(profile.sources):
        doc.add_heading(_text(f"Domain {number}: {titles.get(number, '')}"), level=2)
        for source in profile.sources[number]:
            text = source.text + (f" {source.url}" if source.url else "")
            doc.add_paragraph(_text(text), style="List Bullet")

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_docx(profile: Profile, target: Path, *, wheel_png: bytes | None = None) -> Path:
    atomic.write_bytes(Path(target), render_docx(profile, wheel_png=wheel_png))
    return Path(target)
