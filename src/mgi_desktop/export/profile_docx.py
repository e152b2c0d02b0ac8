"""The profile report as a Word document with Word's own styles (Title,
Heading 1-3, List Bullet, List Number, Table Grid), so IOM editors can go on
working on it in Word.

The document says its language (the core properties and the styles' default,
so Word checks the spelling in it); in a right-to-left language (Arabic)
every paragraph is a right-to-left paragraph (``w:bidi``), every run
right-to-left text (``w:rtl``) and every table right-to-left (``w:bidiVisual``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from mgi_desktop import atomic, wording
from mgi_desktop.export import labels as L
from mgi_desktop.export import profile as P
from mgi_desktop.export.profile import Profile
from mgi_desktop.export.xlsx_safe import clean_text

_BLUE = RGBColor(0x00, 0x33, 0xA0)
_WARNING = RGBColor(0x9C, 0x00, 0x06)


def _text(value: str) -> str:
    return clean_text(value)  # Word's XML forbids the same control characters as Excel's


def _paragraphs(doc: Any, text: str) -> None:
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if block:
            doc.add_paragraph(_text(block), style="Normal")


def _bullets(doc: Any, items: list[str], none: str) -> None:
    if not items:
        doc.add_paragraph(none, style="Normal")
    for item in items:
        doc.add_paragraph(_text(item), style="List Bullet")


def _page_break(doc: Any) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _language(doc: Any, language: str) -> None:
    """The language of the text, for Word's proofing tools: the styles' default (and the core properties)."""
    doc.core_properties.language = language
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
    properties = run.find(qn("w:rPr")) if run is not None else None
    if properties is None:
        return
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:bidi" if wording.is_rtl(language) else "w:val"), language)


def _right_to_left(doc: Any) -> None:
    """Every paragraph and run of the body, and every table, right to left."""
    body = doc.element.body
    for paragraph in body.iter(qn("w:p")):
        ppr = paragraph.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            _insert_in_order(ppr, OxmlElement("w:bidi"), _PPR_AFTER_BIDI)
    for run in body.iter(qn("w:r")):
        rpr = run.get_or_add_rPr()
        if rpr.find(qn("w:rtl")) is None:
            _insert_in_order(rpr, OxmlElement("w:rtl"), _RPR_AFTER_RTL)
    for table in body.iter(qn("w:tbl")):
        tblpr = table.tblPr
        if tblpr.find(qn("w:bidiVisual")) is None:
            _insert_in_order(tblpr, OxmlElement("w:bidiVisual"), _TBLPR_AFTER_BIDI)


#: what follows the element in its parent, in the order of the schema (Word refuses elements out of order)
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                   "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_RPR_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_TBLPR_AFTER_BIDI = ("w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                     "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _insert_in_order(parent: Any, element: Any, after: tuple[str, ...]) -> None:
    for child in parent:
        if child.tag in {qn(name) for name in after}:
            child.addprevious(element)
            return
    parent.append(element)


def render_docx(profile: Profile, *, wheel_png: bytes | None = None) -> bytes:
    say = profile.say
    doc = Document()
    doc.core_properties.title = _text(profile.title)
    doc.core_properties.subject = say(L.MGI)
    _language(doc, profile.language)
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
        section.left_margin = section.right_margin = Cm(2.2)
        if profile.draft:  # a section's header is repeated on each of its pages
            mark = section.header.paragraphs[0]
            mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = mark.add_run(_text(profile.draft_mark))
            run.bold = True
            run.font.color.rgb = _WARNING
    for name in ("Heading 1", "Heading 2", "Title"):
        doc.styles[name].font.color.rgb = _BLUE

    kicker = doc.add_paragraph(say(L.MGI), style="Subtitle")
    if profile.direction == "ltr":  # a right-to-left paragraph starts on the right by itself
        kicker.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph(_text(profile.title), style="Title")
    doc.add_paragraph(_text(profile.subtitle), style="Subtitle")
    doc.add_paragraph(_text(say(P.PLACE_ROUND, place=profile.place, n=profile.round)), style="Normal")
    doc.add_paragraph(_text(say(P.QUESTIONNAIRE, framework=profile.framework_label)), style="Normal")
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

    doc.add_heading(say(P.ABOUT_HEADING), level=1)
    _paragraphs(doc, profile.about)
    doc.add_heading(say(P.INTRODUCTION_HEADING), level=1)
    _paragraphs(doc, profile.introduction)
    _page_break(doc)
    doc.add_heading(say(P.DOMAINS_HEADING), level=1)
    if wheel_png:
        doc.add_picture(io.BytesIO(wheel_png), width=Cm(9))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for domain in profile.domains:
        # "List Number" numbers the paragraphs itself (1. to 6., in domain order)
        doc.add_paragraph(_text(domain.long_title), style="List Number")

    none = say(P.NONE_RECORDED)
    for domain in profile.domains:
        _page_break(doc)
        doc.add_heading(_text(say(P.DOMAIN_HEADING, n=domain.number, title=domain.title)), level=1)
        if domain.long_title != domain.title:
            doc.add_paragraph(_text(domain.long_title), style="Subtitle")
        _paragraphs(doc, domain.description)
        doc.add_heading(say(P.WELL_DEVELOPED_HEADING), level=2)
        _bullets(doc, domain.well_developed, none)
        doc.add_heading(say(P.POTENTIAL_HEADING), level=2)
        _bullets(doc, domain.potential, none)

    if profile.follow_up:
        _page_break(doc)
        doc.add_heading(say(P.DEVELOPMENTS_HEADING), level=1)
        known = profile.previous_round
        if not profile.previous_available:
            doc.add_paragraph(say(P.PREVIOUS_MISSING), style="Normal")
        elif not profile.developments:
            doc.add_paragraph(say(P.UNCHANGED_SINCE, round=known) if known else say(P.UNCHANGED), style="Normal")
        else:
            n = len(profile.developments)
            doc.add_paragraph(say(P.CHANGED_SINCE, n=n, round=known) if known else say(P.CHANGED, n=n),
                              style="Normal")
            table = doc.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            previous = say(P.ROUND_COLUMN, round=known) if known else say(P.PREVIOUS_COLUMN)
            headers = (say(L.DOMAIN), say(L.QUESTION), say(P.TEXT_COLUMN), previous, say(P.NOW_COLUMN))
            for cell, text in zip(table.rows[0].cells, headers, strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].bold = True
            for d in profile.developments:
                cells = table.add_row().cells
                for cell, text in zip(cells, (str(d.domain), d.code, d.question, d.before, d.now), strict=True):
                    cell.text = _text(text)

    _page_break(doc)
    doc.add_heading(say(P.SOURCES_HEADING), level=1)
    if not profile.sources:
        doc.add_paragraph(none, style="Normal")
    titles = {d.number: d.title for d in profile.domains}
    for number in sorted(profile.sources):
        doc.add_heading(_text(say(P.DOMAIN_HEADING, n=number, title=titles.get(number, ""))), level=2)
        for source in profile.sources[number]:
            text = source.text + (f" {source.url}" if source.url else "")
            doc.add_paragraph(_text(text), style="List Bullet")

    if wording.is_rtl(profile.language):
        _right_to_left(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_docx(profile: Profile, target: Path, *, wheel_png: bytes | None = None) -> Path:
    atomic.write_bytes(Path(target), render_docx(profile, wheel_png=wheel_png))
    return Path(target)
