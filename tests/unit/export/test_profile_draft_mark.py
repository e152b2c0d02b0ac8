"""A profile exported before its assessment is validated says so on every page, in its language."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.export import profile_docx, profile_html, sources
from mgi_desktop.export.dataset import AssessmentDataset
from mgi_desktop.export.profile import Profile, build_profile
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database

MARKS = {"en": "DRAFT — not validated", "fr": "PROJET — non validé", "es": "BORRADOR — no validado",
         "ru": "ПРОЕКТ — не утверждён", "ar": "مسودة — لم يُصادَق عليها"}


@pytest.fixture
def dataset(db: Database, national: Framework) -> AssessmentDataset:
    aid = assessments.create(db, national, country="KGZ").id
    for code in national.codes()[:20]:  # about 12% of the questionnaire
        placement = national.placements[code]
        if placement.choices:
            answers.set_answer(db, aid, code, placement.choices[0].code)
    return sources.from_database(db, aid)


def _as(data: AssessmentDataset, status: AssessmentStatus) -> AssessmentDataset:
    return dataclasses.replace(data, meta=dataclasses.replace(data.meta, status=status))


@pytest.mark.parametrize("status", [AssessmentStatus.DRAFT, AssessmentStatus.RETURNED, AssessmentStatus.IN_REVIEW])
def test_a_profile_before_validation_is_a_draft(dataset: AssessmentDataset, status: AssessmentStatus) -> None:
    profile = build_profile(_as(dataset, status))
    assert profile.draft and profile.draft_mark == MARKS["en"]


def test_a_claimed_validation_carries_its_own_warning_not_the_draft_mark(dataset: AssessmentDataset) -> None:
    profile = build_profile(_as(dataset, AssessmentStatus.VALIDATED))  # claimed, not signed: warned of
    assert not profile.draft and profile.draft_mark == "" and profile.validation_warning
    assert MARKS["en"] not in profile_html.render_html(profile)


def _docx_pages(path: Path) -> list[str]:
    """The text of every header a page can get: each section's, and its first page's when it has one."""
    document = Document(str(path))
    return [" ".join(p.text for p in header.paragraphs) for section in document.sections
            for header in ((section.header, section.first_page_header) if section.different_first_page_header_footer
                           else (section.header,))]


@pytest.mark.parametrize("language", sorted(MARKS))
def test_html_and_docx_carry_the_mark_in_the_profile_language(dataset: AssessmentDataset, tmp_path: Path,
                                                              language: str) -> None:
    profile = build_profile(_as(dataset, AssessmentStatus.RETURNED), language=language)
    html = profile_html.render_html(profile)
    assert f'<div class="draft-mark" role="note">{MARKS[language]}</div>' in html
    assert "position: fixed" in html  # printed on every page
    target = profile_docx.write_docx(profile, tmp_path / "p.docx")
    headers = _docx_pages(target)
    assert headers and all(MARKS[language] in header for header in headers)
    assert len(headers) == 2  # the title page's and the others' (with the running title)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_pdf_page_carries_the_mark(dataset: AssessmentDataset, tmp_path: Path, language: str) -> None:
    from mgi_desktop.ui.export import pdf as pdf_writer

    profile: Profile = build_profile(_as(dataset, AssessmentStatus.RETURNED), language=language)
    target = pdf_writer.write_pdf(profile, tmp_path / "p.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) >= 8  # title, about, wheel, six domains, sources
    assert all(MARKS[language] in " ".join(page.split()) for page in pages)
    assert " ".join(profile.title.split()) in " ".join(text.replace("ﬁ", "fi").split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_validated_pdf_has_no_mark(dataset: AssessmentDataset, tmp_path: Path) -> None:
    from mgi_desktop.ui.export import pdf as pdf_writer

    profile = build_profile(_as(dataset, AssessmentStatus.VALIDATED))
    target = pdf_writer.write_pdf(profile, tmp_path / "p.pdf")
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert MARKS["en"] not in " ".join(text.split()), text
    assert profile.title in " ".join(text.replace("ﬁ", "fi").split())
