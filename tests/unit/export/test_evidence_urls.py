"""An evidence address with another scheme than http, https or mailto, already in a database (put there
with raw SQL, as a database older than the check at entry may hold it), is never a live link in any
export: plain escaped text in the HTML profile (both the browser's and the one the PDF is drawn from),
in the PDF, the DOCX and the workbook, while an https address stays a link where there are links (the
DOCX's too)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document

from mgi_desktop.export import profile_docx, profile_html, sources, summary_xlsx
from mgi_desktop.export.profile import profile_for
from mgi_desktop.export.xlsx_safe import clean_text
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments, evidence
from mgi_desktop.storage.db import Database

from .helpers import read_xlsx, table

HOSTILE = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JaVaScRiPt:alert(2)",
           "   javascript:alert(3)", "\x01\x1f javascript:alert(4)", "java\tscript:alert(5)", "vbscript:msgbox(1)",
           "file:///etc/passwd", "www.example.org"]
GOOD = "https://example.org/law"


@pytest.fixture
def aid(db: Database, mini: Framework) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    evidence.add(db, aid, "Q1", kind="law", title="Good law", url=GOOD)
    for number, url in enumerate(HOSTILE):
        evidence.add(db, aid, "Q1", kind="law", title=f"Source {number}", url="https://example.org/placeholder")
        with db.sql_transaction() as sql:
            sql.execute("UPDATE evidence SET url = :url WHERE title = :title",
                        {"url": url, "title": f"Source {number}"})
    assert sorted(e.url for _, e in evidence.for_assessment(db, aid)) == sorted([GOOD, *HOSTILE])
    return aid


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str | None] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value for name, value in attrs if name in ("href", "src", "action", "formaction")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("for_qt", [False, True], ids=["browser", "for-the-pdf"])
def test_html_shows_them_as_text_and_links_only_the_web_address(db: Database, aid: str, for_qt: bool) -> None:
    html = profile_html.render_html(profile_for(db, aid), for_qt=for_qt)
    parser = _Links()
    parser.feed(html)
    assert [h for h in parser.hrefs if h != profile_html.WHEEL_RESOURCE] == [GOOD]
    assert "<script>" not in html
    text = "".join(parser.text)
    for url in HOSTILE:
        assert escape(url.strip()) in html  # shown, escaped, after its citation
        assert url.strip() in text
    assert html.count("<a ") == 1


def test_docx_links_only_the_web_address(db: Database, aid: str, tmp_path: Path) -> None:
    target = profile_docx.write_docx(profile_for(db, aid), tmp_path / "p.docx")
    with zipfile.ZipFile(target) as archive:
        xml = {name: archive.read(name).decode("utf-8") for name in archive.namelist()
               if name.endswith((".xml", ".rels"))}
    document = xml["word/document.xml"]
    assert document.count("<w:hyperlink") == 1 and "HYPERLINK" not in document  # one element, never the field
    rels = "".join(content for name, content in xml.items() if name.endswith(".rels"))
    assert re.findall(r'Target="([^"]*)" TargetMode="External"', rels) == [GOOD]
    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    for url in HOSTILE:  # shown as plain text after the citation
        assert any(p.endswith(" " + clean_text(url.strip())) for p in paragraphs), url


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_pdf_links_only_the_web_address(db: Database, aid: str, tmp_path: Path) -> None:
    from mgi_desktop.ui.export import pdf as pdf_writer

    target = pdf_writer.write_pdf(profile_for(db, aid), tmp_path / "p.pdf")
    raw = target.read_bytes()
    assert re.findall(rb"/URI\s*\(([^)]*)\)", raw) == [GOOD.encode()]  # Qt writes each <a href> as one
    assert b"/JavaScript" not in raw and b"/Launch" not in raw
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    for shown in ("javascript:alert(1)", "JaVaScRiPt:alert(2)", "vbscript:msgbox(1)", "file:///etc/passwd"):
        assert shown in text.replace("ﬁ", "fi")  # the font's ligature


def test_the_workbook_holds_them_as_text_without_hyperlinks(db: Database, aid: str, tmp_path: Path) -> None:
    target = summary_xlsx.write_summary(sources.from_database(db, aid), tmp_path / "s.xlsx")
    with zipfile.ZipFile(target) as archive:
        parts = {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}
    # (the document properties' <HyperlinksChanged>false</HyperlinksChanged> says there are none)
    assert not [name for name, content in parts.items()
                if "hyperlink" in content.replace("<HyperlinksChanged>false</HyperlinksChanged>", "").lower()]
    rows = table(read_xlsx(target)["Evidence"])
    assert sorted(r["URL"] for r in rows) == sorted(clean_text(u) for u in [GOOD, *HOSTILE])
