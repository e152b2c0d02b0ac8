from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from mgi_desktop.export import profile as profile_model
from mgi_desktop.export import profile_docx, profile_html, sources
from mgi_desktop.export.profile import build_profile, profile_for
from mgi_desktop.export.wheel import wheel_svg
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence, findings
from mgi_desktop.storage.db import Database

DATA = Path(__file__).resolve().parents[2] / "data"
SEEDS = Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds"
SEED_PROFILE = SEEDS / "mgi-profile-kyrgyzstan-2023.txt"
# the headings in English, the profile's default language
WELL_DEVELOPED_HEADING = profile_model.WELL_DEVELOPED_HEADING.text
POTENTIAL_HEADING = profile_model.POTENTIAL_HEADING.text
DEVELOPMENTS_HEADING = profile_model.DEVELOPMENTS_HEADING.text
SOURCES_HEADING = profile_model.SOURCES_HEADING.text


def parse_seed(text: str) -> list[dict[str, Any]]:
    """The seed profile's key findings: per domain, in order, its two bullet lists."""
    out = []
    for block in text.split("Key findings\n")[2:]:  # the first two blocks are the wheel page and the introduction
        lines = block.splitlines()
        well: list[str] = []
        potential: list[str] = []
        current: list[str] | None = None
        for line in lines[1:]:
            line = line.strip()
            if line.startswith("Migration Governance: examples of well-developed areas"):
                current = well
            elif line.startswith("Areas with potential for further development"):
                current = potential
            elif line.startswith("•") and current is not None:
                current.append(" ".join(line.lstrip("•").split()))
        out.append({"title": lines[0].strip(), "well_developed": well, "potential": potential})
    return out


def seed_findings() -> list[dict[str, Any]]:
    return json.loads((DATA / "seed_findings.json").read_text(encoding="utf-8"))["domains"]  # type: ignore[no-any-return]


@pytest.mark.skipif(not SEED_PROFILE.exists(), reason="the shared seeds folder is not next to the repository")
def test_the_test_data_is_a_faithful_copy_of_the_seed() -> None:
    seed = parse_seed(SEED_PROFILE.read_text(encoding="utf-8"))
    copied = seed_findings()
    assert len(seed) == 6
    assert [{k: d[k] for k in ("title", "well_developed", "potential")} for d in copied] == seed


def docx_blocks(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs if p.text.strip()]


def sections(blocks: list[tuple[str, str]]) -> dict[str, dict[str, list[str]]]:
    """Per 'Domain N: title' heading, the bullets under each of its sub-headings, in document order."""
    result: dict[str, dict[str, list[str]]] = {}
    domain = sub = None
    for style, text in blocks:
        if style == "Heading 1":
            domain = text if text.startswith("Domain ") else None
            if domain:
                result[domain] = {}
        elif style == "Heading 2" and domain:
            sub = text
            result[domain][sub] = []
        elif style == "List Bullet" and domain and sub:
            result[domain][sub].append(text)
    return result


def test_seed_findings_come_out_in_the_seed_order(db: Database, national: Framework, tmp_path: Path) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    seed = seed_findings()
    for domain in seed:  # entered through the services, as the window and the CLI do
        for text in domain["well_developed"]:
            findings.add(db, aid, domain["number"], "well-developed", text)
        for text in reversed(domain["potential"]):
            findings.add(db, aid, domain["number"], "potential", text, position=0)
    profile = profile_for(db, aid)
    assert [d.number for d in profile.domains] == [1, 2, 3, 4, 5, 6]
    for got, want in zip(profile.domains, seed, strict=True):
        assert (got.well_developed, got.potential) == (want["well_developed"], want["potential"])

    target = profile_docx.write_docx(profile, tmp_path / "kgz.docx")
    got_sections = sections(docx_blocks(target))
    titles = [f"Domain {d.number}: {d.title}" for d in national.model.domains]
    assert list(got_sections) == titles
    for title, want in zip(titles, seed, strict=True):
        assert got_sections[title] == {WELL_DEVELOPED_HEADING: want["well_developed"],
                                       POTENTIAL_HEADING: want["potential"]}

    html = profile_html.render_html(profile)
    positions = [html.index(_escaped(text)) for d in seed for text in d["well_developed"] + d["potential"]]
    assert positions == sorted(positions)


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)


@pytest.fixture
def follow_up(db: Database, mini: Framework) -> tuple[str, str]:
    first = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, first, "Q1", "no")
    answers.set_answer(db, first, "Q7", "yes")
    answers.set_answer(db, first, "Q3", 10)
    second = assessments.create(db, mini, country="KGZ", previous_id=first).id
    answers.set_answer(db, second, "Q1", "yes", justification="The 2024 Health Law covers all migrants.")
    answers.set_answer(db, second, "Q7", "yes")
    answers.set_answer(db, second, "Q3", 12)
    answers.set_answer(db, second, "Q6", 2023)
    evidence.add(db, second, "Q1", kind="law", title="Health Law", reference="No. 6", year=2024,
                 url="https://example.org/law")
    evidence.add(db, second, "Q1b", kind="law", title="Health  law", reference="no. 6", year=2024,
                 url="https://example.org/law/")  # the same source cited again: listed once
    evidence.add(db, second, "Q3", kind="interview", title="Ministry of Labour", date="2024-05-02")
    evidence.add(db, second, "Q6", kind="policy", title="Migration Strategy 2023-2030", issuing_body="Cabinet")
    findings.draft(db, second)
    findings.set_introduction(db, second, "Our own introduction.\n\nA second paragraph.")
    findings.set_domain_description(db, second, 2, "Institutions, edited for this profile.")
    return first, second


def test_profile_model(db: Database, follow_up: tuple[str, str]) -> None:
    first, second = follow_up
    profile = profile_for(db, second)
    assert profile.follow_up and profile.previous_available and profile.previous_round == 1
    assert profile.round_label == "Second Profile" and profile.title == "Migration Governance Profile: Kyrgyz Republic"
    assert [(d.code, d.before, d.now) for d in profile.developments] == [
        ("Q1", "No", "Yes"), ("Q3", "10 people", "12 people"), ("Q6", "not answered", "2023")]
    assert profile.introduction == "Our own introduction.\n\nA second paragraph."
    assert profile.domains[1].description == "Institutions, edited for this profile."
    assert profile.domains[0].description == "Rights of migrants."
    assert profile.domains[0].well_developed == ["Health: in place. The 2024 Health Law covers all migrants."]
    assert {n: [s.text for s in items] for n, items in profile.sources.items()} == {
        1: ["Health Law, No. 6 (2024)"],
        2: ["Interview: Ministry of Labour (2024-05-02)", "Migration Strategy 2023-2030 (Cabinet)"]}
    assert "not a ranking" in profile.about and "policy and institutional frameworks" in profile.about
    first_profile = profile_for(db, first)
    assert not first_profile.follow_up and first_profile.round_label == "First Profile"


def test_docx_uses_word_styles_in_order(db: Database, follow_up: tuple[str, str], tmp_path: Path) -> None:
    _, second = follow_up
    profile = profile_for(db, second)
    png = b"\x89PNG\r\n\x1a\n" + bytes.fromhex(
        "0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201"
        "a2d0d1f10000000049454e44ae426082")
    target = profile_docx.write_docx(profile, tmp_path / "p.docx", wheel_png=png)
    blocks = docx_blocks(target)
    styles = {s for s, _ in blocks}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet", "List Number"} <= styles
    headings = [t for s, t in blocks if s == "Heading 1"]
    assert headings == ["About the Migration Governance Indicators", "Introduction", "The six domains",
                        "Domain 1: Migrants' rights", "Domain 2: Whole-of-government approach",
                        DEVELOPMENTS_HEADING, SOURCES_HEADING]
    text = [t for _, t in blocks]
    assert text.index("A second paragraph.") > text.index("Our own introduction.")
    document = Document(str(target))
    assert len(document.inline_shapes) == 1
    table = document.tables[0]
    assert [c.text for c in table.rows[1].cells] == ["1", "Q1", "Do migrants have access to health care?", "No",
                                                     "Yes"]
    assert ("List Bullet", "Health Law, No. 6 (2024) https://example.org/law") in blocks


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.parts.append(data.strip())


def test_html_is_self_contained_and_escaped(db: Database, follow_up: tuple[str, str], tmp_path: Path) -> None:
    _, second = follow_up
    findings.add(db, second, 1, "potential", "<script>alert('x')</script> & more")
    target = profile_html.write_html(profile_for(db, second), tmp_path / "p.html")
    html = target.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<svg" in html and "src=\"http" not in html  # the wheel is inline, nothing is fetched
    parser = _Text()
    parser.feed(html)
    text = parser.parts
    order = [text.index(t) for t in ("About the Migration Governance Indicators", "Introduction",
                                     "The six domains", "Domain 1: Migrants' rights", WELL_DEVELOPED_HEADING,
                                     POTENTIAL_HEADING, DEVELOPMENTS_HEADING, SOURCES_HEADING)]
    assert order == sorted(order)
    assert "Kyrgyz Republic" in text[1] or "Kyrgyz Republic" in " ".join(text[:4])  # the official name


def test_wheel_has_six_labelled_segments() -> None:
    svg = wheel_svg([(1, "Migrants' rights"), (2, "Whole-of-government approach"), (3, "Partnerships"),
                     (4, "Well-being of migrants"), (5, "Mobility dimensions of crises"),
                     (6, "Safe, orderly and regular migration")])
    assert svg.count("<path") == 6 and ">Migrants&#x27;<" in svg and ">rights<" in svg
    assert re.search(r">Whole-of-<", svg) and ">government<" in svg


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_pdf_text_in_order(db: Database, follow_up: tuple[str, str], tmp_path: Path) -> None:
    from mgi_desktop.ui.export import pdf as pdf_writer

    _, second = follow_up
    profile = build_profile(sources.from_database(db, second))
    target = pdf_writer.write_pdf(profile, tmp_path / "p.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    expected = ["Migration Governance Profile: Kyrgyz Republic", "Second Profile",
                "About the Migration Governance Indicators", "Institutions, edited for this profile.",
                "Our own introduction.", "The six domains",
                "Domain 1: Migrants' rights", WELL_DEVELOPED_HEADING,
                "The 2024 Health Law covers all migrants.",  # no potential yet: no empty list's heading
                "Domain 2: Whole-of-government approach", DEVELOPMENTS_HEADING, SOURCES_HEADING,
                "Health Law, No. 6 (2024)"]
    positions = [flat.replace("ﬁ", "fi").index(e) for e in expected]
    assert positions == sorted(positions)
    pages = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842", pages)  # A4
    docx_png = pdf_writer.wheel_png(profile, 200)
    assert docx_png.startswith(b"\x89PNG")
