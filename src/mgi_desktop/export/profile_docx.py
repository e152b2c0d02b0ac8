"""The profile report as a Word document with Word's own styles (Title,
Heading 1-3, List Bullet, List Number, Table Grid), so IOM editors can go on
working on it in Word.

The document says its language (the core properties and the styles' default,
so Word checks the spelling in it); in a right-to-left language (Arabic)
every paragraph is a right-to-left paragraph (``w:bidi``), every run
right-to-left text (``w:rtl``) and every table right-to-left (``w:bidiVisual``).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from mgi_desktop import atomic, wording
from mgi_desktop.export import labels as L
from mgi_desktop.export import profile as P
from mgi_desktop.export.profile import Profile
from mgi_desktop.export.xlsx_safe import clean_text
from mgi_desktop.links import href

_BLUE = RGBColor(0x00, 0x33, 0xA0)
_WARNING = RGBColor(0x9C, 0x00, 0x06)
_GREY = RGBColor(0x55, 0x55, 0x55)


def _text(value: str) -> str:
    return clean_text(value)  # Word's XML forbids the same control characters as Excel's


#: a web address inside a text (ends before a space or a closing bracket or quote; trailing punctuation
#: belongs to the sentence)
_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"'\)\]]+[^\s<>\"'\)\].,;:!?]")


def _with_links(paragraph: Any, text: str) -> None:
    """Add `text` to `paragraph`, each web address in it a live hyperlink (`links.href` decides)."""
    text = _text(text)
    at = 0
    for match in _URL.finditer(text):
        target = href(match.group())
        if target is None:
            continue
        if match.start() > at:
            paragraph.add_run(text[at:match.start()])
        _hyperlink(paragraph, target, match.group())
        at = match.end()
    if at < len(text) or not text:
        paragraph.add_run(text[at:])


def _hyperlink(paragraph: Any, target: str, shown: str) -> None:
    """A ``w:hyperlink`` to `target` (an external relationship of the part), in Word's Hyperlink look."""
    rid = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(colour)
    rpr.append(underline)
    run.append(rpr)
    piece = OxmlElement("w:t")
    piece.text = shown
    piece.set(qn("xml:space"), "preserve")
    run.append(piece)
    link.append(run)
    paragraph._p.append(link)


def _paragraphs(doc: Any, text: str, style: str = "Normal") -> None:
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if block:
            _with_links(doc.add_paragraph(style=style), block)


def _bullets(doc: Any, items: list[str]) -> None:
    for item in items:
        _with_links(doc.add_paragraph(style="List Bullet"), item)


def _field(paragraph: Any, instruction: str) -> None:
    """A field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice compute when they lay the pages out."""
    def char(kind: str) -> Any:
        run = OxmlElement("w:r")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        run.append(mark)
        return run

    paragraph._p.append(char("begin"))
    code = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code.append(text)
    paragraph._p.append(code)
    paragraph._p.append(char("separate"))
    shown = OxmlElement("w:r")
    number = OxmlElement("w:t")
    number.text = "1"
    shown.append(number)
    paragraph._p.append(shown)
    paragraph._p.append(char("end"))


def _page_number(paragraph: Any, profile: Profile) -> None:
    """"Page {n} of {total}" in the profile's language, {n} and {total} Word's PAGE and NUMPAGES fields."""
    label = profile.page_label("\x00", "\x01")
    for piece in re.split("([\x00\x01])", label):
        if piece == "\x00":
            _field(paragraph, "PAGE")
        elif piece == "\x01":
            _field(paragraph, "NUMPAGES")
        elif piece:
            paragraph.add_run(piece)


def _headers_and_footers(section: Any, profile: Profile) -> None:
    """Every page: the draft mark until validated, and the page number; after the title page also the
    running header (the title)."""
    section.different_first_page_header_footer = True
    for header, running in ((section.first_page_header, False), (section.header, True)):
        first = header.paragraphs[0]
        if profile.draft:
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = first.add_run(_text(profile.draft_mark))
            run.bold = True
            run.font.color.rgb = _WARNING
        if running:
            line = header.add_paragraph() if profile.draft else first
            run = line.add_run(_text(profile.running_header))
            run.font.size = Pt(8)
            run.font.color.rgb = _GREY
    for footer in (section.first_page_footer, section.footer):
        line = footer.paragraphs[0]
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_number(line, profile)
        for run in line.runs:
            run.font.size = Pt(8)


def _properties(doc: Any, profile: Profile) -> None:
    """The document's core properties from the assessment, none of python-docx's template left (its
    author "python-docx", its 2013 dates)."""
    props = doc.core_properties
    props.title = _text(profile.title)
    props.subject = _text(profile.say(L.MGI))
    props.author = _text(profile.author)
    props.last_modified_by = _text(profile.author)
    props.comments = ""
    props.keywords = _text(f"MGI; {profile.country_name}; {profile.round_label}")
    props.category = _text(profile.level_label)
    props.revision = 1
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.created = _naive(profile.created) or now
    props.modified = _naive(profile.modified) or now


def _application(doc: Any, profile: Profile) -> None:
    """The extended properties (``docProps/app.xml``) say this app made the file, for the institution,
    not the template's "Microsoft Macintosh Word"."""
    from xml.sax.saxutils import escape

    for part in doc.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            xml = part.blob.decode("utf-8")
            xml = re.sub(r"<Application>[^<]*</Application>", "<Application>MGI Desktop</Application>", xml)
            company = f"<Company>{escape(_text(profile.author))}</Company>" if profile.author else "<Company/>"
            xml = re.sub(r"<Company/>|<Company>[^<]*</Company>", company, xml)
            part._blob = xml.encode("utf-8")


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    """A UTC time without its zone, as python-docx writes W3CDTF."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _thumbnail(doc: Any, png: bytes) -> None:
    """``docProps/thumbnail.png`` (the title page's picture) in place of the template's blank JPEG, so a
    file browser shows the document's first page, not a white square."""
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    package.relate_to(Part(PackURI("/docProps/thumbnail.png"), "image/png", png, package), RT.THUMBNAIL)


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
    """Every paragraph and run of the body, the headers and the footers, and every table, right to left."""
    body = doc.element.body
    margins = [part._element for section in doc.sections for part in (
        section.header, section.footer, section.first_page_header, section.first_page_footer)]
    for root in (body, *margins):
        for paragraph in root.iter(qn("w:p")):
            ppr = paragraph.get_or_add_pPr()
            if ppr.find(qn("w:bidi")) is None:
                _insert_in_order(ppr, OxmlElement("w:bidi"), _PPR_AFTER_BIDI)
        for run in root.iter(qn("w:r")):
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


def render_docx(profile: Profile, *, wheel_png: bytes | None = None, thumbnail_png: bytes | None = None) -> bytes:
    say = profile.say
    doc = Document()
    _properties(doc, profile)
    _application(doc, profile)
    _language(doc, profile.language)
    if thumbnail_png:
        _thumbnail(doc, thumbnail_png)
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
        section.left_margin = section.right_margin = Cm(2.2)
        _headers_and_footers(section, profile)  # a section's header is repeated on each of its pages
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
    for domain in profile.domains:  # the six domains as this level frames them (national or local)
        doc.add_heading(_text(domain.title), level=2)
        _paragraphs(doc, domain.description)
    _page_break(doc)
    doc.add_heading(say(P.INTRODUCTION_HEADING), level=1)
    _paragraphs(doc, profile.introduction)
    if profile.credits:
        for block in (b.strip() for b in profile.credits.replace("\r\n", "\n").split("\n\n")):
            if block:
                paragraph = doc.add_paragraph(style="Normal")
                _with_links(paragraph, block)
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    _page_break(doc)
    doc.add_heading(say(P.DOMAINS_HEADING), level=1)
    if wheel_png:
        doc.add_picture(io.BytesIO(wheel_png), width=Cm(9))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for domain in profile.domains:
        # "List Number" numbers the paragraphs itself (1. to 6., in domain order)
        doc.add_paragraph(_text(domain.long_title), style="List Number")

    for domain in profile.domains:
        _page_break(doc)
        doc.add_heading(_text(say(P.DOMAIN_HEADING, n=domain.number, title=domain.title)), level=1)
        if domain.long_title != domain.title:
            doc.add_paragraph(_text(domain.long_title), style="Subtitle")
        if not domain.well_developed and not domain.potential:  # one sober line, not two empty lists
            doc.add_paragraph(say(P.NO_FINDINGS), style="Normal")
        for heading, items in ((P.WELL_DEVELOPED_HEADING, domain.well_developed),
                               (P.POTENTIAL_HEADING, domain.potential)):
            if items:
                doc.add_heading(say(heading), level=2)
                _bullets(doc, items)

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
        doc.add_paragraph(say(P.NONE_RECORDED), style="Normal")
    titles = {d.number: d.title for d in profile.domains}
    for number in sorted(profile.sources):
        doc.add_heading(_text(say(P.DOMAIN_HEADING, n=number, title=titles.get(number, ""))), level=2)
        for source in profile.sources[number]:
            item = doc.add_paragraph(style="List Bullet")
            item.add_run(_text(source.text))
            if source.url:
                target = href(source.url)
                item.add_run(" ")
                if target is None:  # javascript:, file:... or no scheme: plain text, never a live link
                    item.add_run(_text(source.url))
                else:
                    _hyperlink(item, target, _text(source.url))

    if wording.is_rtl(profile.language):
        _right_to_left(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_docx(profile: Profile, target: Path, *, wheel_png: bytes | None = None,
               thumbnail_png: bytes | None = None) -> Path:
    atomic.write_bytes(Path(target), render_docx(profile, wheel_png=wheel_png, thumbnail_png=thumbnail_png))
    return Path(target)
