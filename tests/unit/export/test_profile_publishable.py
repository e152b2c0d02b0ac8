"""The publishable profile, as the seed (`shared/seeds/mgi-profile-kyrgyzstan-2023.txt`) was published:
the seed's findings entered into a Kyrgyzstan assessment, its title, country name, date and round label set,
exported to PDF and DOCX; its structure, running header, page numbers, draft mark before the validation and
none after, the DOCX's properties, links and thumbnail."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from mgi_desktop.export import profile_docx
from mgi_desktop.export.profile import profile_for
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence, findings, profile_settings, review
from mgi_desktop.storage.db import Database

DATA = Path(__file__).resolve().parents[2] / "data"
TITLE = "Migration Governance Second Profile: The Kyrgyz Republic (Kyrgyzstan)"
CREDITS = ("The Migration Governance Indicators are a policy-benchmarking programme led by the International "
           "Organization for Migration. Funding is provided by IOM Member States. See https://www.iom.int/mgi.")
DRAFT = "DRAFT — not validated"
ABOUT = "About the Migration Governance Indicators"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def _seed() -> list[dict[str, Any]]:
    return json.loads((DATA / "seed_findings.json").read_text(encoding="utf-8"))["domains"]  # type: ignore[no-any-return]


@pytest.fixture
def kyrgyzstan(db: Database, national: Framework) -> str:
    aid = assessments.create(db, national, country="KGZ").id
    assessments.update_metadata(db, aid, institution="State Migration Service")
    for domain in _seed():
        for category in ("well_developed", "potential"):
            for text in domain[category]:
                findings.add(db, aid, domain["number"], category, text)
    code = national.codes()[0]
    answers.set_answer(db, aid, code, national.placements[code].choices[0].code)
    evidence.add(db, aid, code, kind="law", title="Law on External Labour Migration", year=2006,
                 url="https://example.org/kg/labour-migration")
    profile_settings.set_profile(db, aid, title=TITLE, country_name="The Kyrgyz Republic (Kyrgyzstan)",
                                 date="2023-12", round_label="Second Profile", credits=CREDITS)
    return aid


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def _validate(db: Database, aid: str, become: Any) -> None:
    assessments.set_status(db, aid, "submitted")
    become(db, "Rita Reviewer", "IOM", "reviewer")
    for code, view in answers.list_answers(db, aid).items():
        if view.value is not None:
            review.accept(db, aid, code)
    assessments.set_status(db, aid, "validated")


def test_the_settings_make_the_seeds_title_page(db: Database, kyrgyzstan: str) -> None:
    profile = profile_for(db, kyrgyzstan)
    assert profile.title == TITLE and profile.date_label == "December 2023"
    assert profile.round_label == "Second Profile" and profile.country_name == "The Kyrgyz Republic (Kyrgyzstan)"
    assert profile.subtitle == "National MGI · Second Profile · December 2023"
    assert profile.credits == CREDITS and profile.author == "State Migration Service"
    # the About section: the six domains as the national level frames them
    assert [d.title for d in profile.domains][:2] == ["Migrants' rights", "Whole-of-government approach"]
    assert all("country" in d.description or "countr" in d.description for d in profile.domains[1:4])


@needs_poppler
def test_pdf_has_the_seeds_structure_page_numbers_and_the_draft_mark_until_validated(
        db: Database, kyrgyzstan: str, tmp_path: Path, become: Any) -> None:
    from mgi_desktop.ui.export import pdf as pdf_writer

    before = _pages(pdf_writer.write_pdf(profile_for(db, kyrgyzstan), tmp_path / "draft.pdf"))
    total = len(before)
    assert total >= 10  # title, about (two pages), introduction, wheel, six domains, sources
    for number, page in enumerate(before, 1):
        assert DRAFT in page
        assert f"Page {number} of {total}" in page
        if number > 1:  # the running header: the title, after the title page
            assert TITLE in page
    flat = " ".join(before)
    seed = _seed()
    order = [TITLE, "December 2023", ABOUT, "Migrants' rights", "Safe, orderly and regular migration",
             "Introduction", "Funding is provided by IOM Member States", "The six domains",
             "Domain 1: Migrants' rights", seed[0]["well_developed"][0], seed[0]["potential"][-1],
             "Domain 6: Safe, orderly and regular migration", seed[5]["potential"][-1], "Annex: key sources"]
    positions = [flat.index(text) for text in order]
    assert positions == sorted(positions)
    assert "None recorded." not in flat and "No findings have been recorded" not in flat

    _validate(db, kyrgyzstan, become)
    profile = profile_for(db, kyrgyzstan)
    assert not profile.draft
    after = _pages(pdf_writer.write_pdf(profile, tmp_path / "validated.pdf"))
    assert after and not any(DRAFT in page for page in after)
    assert all(f"Page {n} of {len(after)}" in page for n, page in enumerate(after, 1))


def _docx_xml(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_docx_has_the_structure_header_footer_properties_links_and_thumbnail(
        db: Database, kyrgyzstan: str, tmp_path: Path, become: Any) -> None:
    from mgi_desktop.ui.export.profile_files import write_profile

    target = write_profile(profile_for(db, kyrgyzstan), "docx", tmp_path / "kgz.docx")
    document = Document(str(target))
    props = document.core_properties
    assert props.title == TITLE and props.author == "State Migration Service"
    assert "python-docx" not in (props.author + props.last_modified_by + props.comments)
    assert props.created is not None and props.created.year >= 2026 and props.language == "en"
    app = _docx_xml(target, "docProps/app.xml")
    assert "<Application>MGI Desktop</Application>" in app and "<Company>State Migration Service</Company>" in app
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == [ABOUT, "Introduction", "The six domains"]
    assert [h for h in headings if h.startswith("Domain ")] == [
        f"Domain {d['number']}: {t}" for d, t in zip(_seed(), (
            "Migrants' rights", "Whole-of-government approach", "Partnerships", "Well-being of migrants",
            "Mobility dimensions of crises", "Safe, orderly and regular migration"), strict=True)]
    about = [p.text for p in document.paragraphs if p.style.name == "Heading 2"][:6]
    assert about[0] == "Migrants' rights" and len(about) == 6
    assert all("None recorded." != p.text for p in document.paragraphs)

    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert DRAFT in section.first_page_header.paragraphs[0].text
    assert [p.text for p in section.header.paragraphs] == [DRAFT, TITLE]
    footer = _docx_xml(target, "word/footer1.xml") + _docx_xml(target, "word/footer2.xml")
    assert footer.count(" PAGE ") == 2 and footer.count(" NUMPAGES ") == 2  # "Page n of N" on every page

    rels = _docx_xml(target, "word/_rels/document.xml.rels")
    assert 'Target="https://example.org/kg/labour-migration" TargetMode="External"' in rels
    assert 'Target="https://www.iom.int/mgi" TargetMode="External"' in rels  # a link inside the credits
    assert "<w:hyperlink" in _docx_xml(target, "word/document.xml")
    package_rels = _docx_xml(target, "_rels/.rels")
    assert 'relationships/metadata/thumbnail" Target="docProps/thumbnail.png"' in package_rels
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        thumbnail = archive.read("docProps/thumbnail.png")
        types = archive.read("[Content_Types].xml").decode()
    assert "docProps/thumbnail.jpeg" not in names and thumbnail.startswith(b"\x89PNG")
    assert 'Extension="png" ContentType="image/png"' in types or "thumbnail.png" in types
    from PySide6.QtGui import QImage

    image = QImage.fromData(thumbnail)
    assert image.width() == 256 and image.height() > image.width()
    colours = {image.pixelColor(x, y).name() for x in range(0, 256, 4) for y in range(0, image.height(), 4)}
    assert len(colours) > 3  # drawn, not a blank page

    _validate(db, kyrgyzstan, become)
    validated = Document(io.BytesIO(profile_docx.render_docx(profile_for(db, kyrgyzstan))))
    texts = [p.text for s in validated.sections for h in (s.header, s.first_page_header) for p in h.paragraphs]
    assert not any(DRAFT in t for t in texts) and TITLE in texts


def test_a_link_only_for_web_addresses_with_a_safe_scheme(db: Database, kyrgyzstan: str) -> None:
    findings.add(db, kyrgyzstan, 1, "potential", "See javascript:alert(1) and https://example.org/a).")
    rels = zipfile.ZipFile(io.BytesIO(profile_docx.render_docx(profile_for(db, kyrgyzstan)))).read(
        "word/_rels/document.xml.rels").decode()
    assert "javascript" not in rels and re.search(r'Target="https://example.org/a"', rels)


def test_a_domain_without_findings_prints_one_line(db: Database, national: Framework) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    findings.add(db, aid, 2, "potential", "Only this one.")
    document = Document(io.BytesIO(profile_docx.render_docx(profile_for(db, aid))))
    texts = [p.text for p in document.paragraphs]
    assert texts.count("No findings have been recorded for this domain yet.") == 5
    assert "None recorded." not in texts[: texts.index("Annex: key sources")]
    assert "Migration governance: examples of well-developed areas" not in texts  # no empty list's heading


def test_texts_left_as_the_questionnaire_has_them_follow_the_profile_language(db: Database,
                                                                              national: Framework) -> None:
    """An English assessment's profile printed in Arabic: the introduction and the domain descriptions the
    author did not edit are the questionnaire's Arabic; the one the author edited is printed as written."""
    aid = assessments.create(db, national, country="ARM").id
    edited = "Our own words about migrants' rights."
    findings.set_domain_description(db, aid, 1, edited)
    english = profile_for(db, aid, language="en")
    arabic = profile_for(db, aid, language="ar")
    assert arabic.domains[0].description == edited
    for en, ar in zip(english.domains[1:], arabic.domains[1:], strict=True):
        assert en.description == findings.default_description(national, en.number, "en")
        assert ar.description == findings.default_description(national, ar.number, "ar") != en.description
    assert arabic.introduction == findings.default_introduction(national, "ar") != english.introduction
