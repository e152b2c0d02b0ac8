from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mgi_desktop import __version__
from mgi_desktop.export import sources, summary_xlsx
from mgi_desktop.export.xlsx_safe import join_pieces
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.scoring import INDICATIVE_LABEL, progress, sdg_scores
from mgi_desktop.services import answers, assessments, audit, comments, evidence, findings
from mgi_desktop.storage.db import Database

from .helpers import as_time, cell, read_xlsx, table

LONG = "Article 12 of the Law on Health. " * 1500  # about 49,500 characters: split over two cells


@pytest.fixture
def filled(db: Database, mini: Framework) -> str:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q1", "partially", justification=LONG)
    answers.set_answer(db, aid, "Q1b", "regular", justification="=SUM(A1:A9) is not a formula")
    answers.set_answer(db, aid, "Q2", ["law", "website"])
    answers.set_answer(db, aid, "Q3", 250, justification="+996 staff line")
    answers.set_answer(db, aid, "Q5", "2019-03-01")
    answers.set_answer(db, aid, "Q7", "not_applicable", justification="@mention")
    evidence.add(db, aid, "Q1", kind="law", title="Law on Health Protection", reference="No. 6", year=2005,
                 url="http://cbd.minjust.gov.kg/")
    evidence.add(db, aid, "Q3", kind="report", title="-Annual report", date="2024-02-29", note="bell\x07 removed")
    comments.add(db, aid, "Q1", "Which article exactly?")
    findings.draft(db, aid)
    findings.add(db, aid, 2, "well-developed", "The agency has 250 staff.", question_codes=["Q3"])
    return aid


def test_every_sheet_matches_the_database(db: Database, filled: str, tmp_path: Path) -> None:
    data = sources.from_database(db, filled)
    now = dt.datetime(2026, 11, 27, 10, 0, 0, tzinfo=dt.UTC)
    target = summary_xlsx.write_summary(data, tmp_path / "summary.xlsx", now=now)
    sheets = read_xlsx(target)
    assert list(sheets) == ["About", "Summary", "Answers", "Evidence", "Findings", "Comments", "Audit"]

    about = {row[0]: row[1] for row in sheets["About"][1:] if row and row[0]}
    a = assessments.get(db, filled)
    assert about["Assessment id"] == a.id and about["Framework"] == "Mini questionnaire"
    assert about["Framework version"] == "1.0" and about["Exported with"] == f"MGI Desktop {__version__}"
    assert about["Exported (UTC)"] == dt.datetime(2026, 11, 27, 10, 0, 0)
    assert about["Last changed (UTC)"] == as_time(a.updated_at)
    codebook = [(row[0], row[1]) for row in sheets["About"] if row and row[0] == "Answer code"]
    assert ("Answer code", "partially") in codebook and ("Answer code", "not_applicable") in codebook

    # Answers: a row per question, every value as in the database
    views = answers.list_answers(db, filled)
    framework = assessments.framework_of(db, a)
    rows = table(sheets["Answers"])
    assert [r["Code"] for r in rows] == list(views)
    for row in rows:
        view = views[row["Code"]]
        placement = framework.placements[row["Code"]]
        justification = row["Justification"]
        if isinstance(justification, list):
            justification = join_pieces(justification)
        assert cell(row["Domain"]) == placement.domain.number
        assert row["Question"] == str(placement.question.text)
        expected_code = ";".join(view.value) if isinstance(view.value, list) else view.value
        assert cell(row["Answer code"]) == expected_code
        assert (row["Answer label"] or None) == (framework.label_of(row["Code"], view.value) or None)
        assert (justification or "") == view.justification
        assert cell(row["Evidence count"]) == view.evidence_count
        assert cell(row["Comments"]) == view.comment_count
        assert row["Review status"] == view.review_state
        assert (row["Last changed (UTC)"] or None) == as_time(view.updated_at)
        assert (row["Changed by"] or "") == view.updated_by
    assert rows[0]["Justification"][0].endswith("continued in the next row]")  # the visible marker

    evidence_rows = table(sheets["Evidence"])
    items = evidence.for_assessment(db, filled)
    assert [r["Evidence id"] for r in evidence_rows] == [e.id for _, e in items]
    assert [r["Title"] for r in evidence_rows] == ["Law on Health Protection", "-Annual report"]
    assert evidence_rows[1]["Date"] == dt.date(2024, 2, 29) and evidence_rows[1]["Note"] == "bell removed"
    assert cell(evidence_rows[0]["Year"]) == 2005

    listed = findings.list_findings(db, filled)
    finding_rows = table(sheets["Findings"])
    assert [(r["Finding id"], r["Category"], cell(r["Position"]), r["Finding"]) for r in finding_rows] == [
        (f.id, f.category.value, f.position + 1, f.text) for f in listed]
    assert [r["Drafted"] for r in finding_rows] == [f.drafted for f in listed]

    comment_rows = table(sheets["Comments"])
    assert [(r["Question"], r["Comment"], r["Author"]) for r in comment_rows] == [
        ("Q1", "Which article exactly?", "Amina Focal")]

    events = audit.events(db, filled)
    audit_rows = table(sheets["Audit"])
    assert [r["Event id"] for r in audit_rows] == [e.id for e in events]
    assert [r["Time (UTC)"] for r in audit_rows] == [as_time(e.at) for e in events]

    # Summary: the counts of the scoring module, completion labelled indicative
    summary = table(sheets["Summary"])
    tally = progress(framework, assessments.values(db, filled))
    assert summary_xlsx.COMPLETION_HEADER == f"Completion % ({INDICATIVE_LABEL})"
    for row, number in zip(summary, [1, 2], strict=False):
        t = tally.domains[number]
        assert [cell(row[k]) for k in ("Questions", "Relevant", "Answered", "Yes", "Partially", "No")] == [
            t.questions, t.relevant, t.answered, t.yes, t.partially, t.no]
        assert row[summary_xlsx.COMPLETION_HEADER] == pytest.approx(t.completion)
    assert cell(summary[1]["Well-developed findings"]) == 1 and cell(summary[0]["Potential findings"]) == 2
    assert summary[-1]["Domain"] == "All" and cell(summary[-1]["Answered"]) == tally.overall.answered


def test_frozen_filtered_header_and_chart(db: Database, filled: str, tmp_path: Path) -> None:
    from .helpers import sheet_xml

    target = summary_xlsx.write_summary(sources.from_database(db, filled), tmp_path / "s.xlsx")
    xml = sheet_xml(target)
    answers_xml = xml["xl/worksheets/sheet3.xml"]
    assert 'topLeftCell="A2"' in answers_xml and "<autoFilter" in answers_xml
    import zipfile

    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert any(n.startswith("xl/charts/chart") for n in names)
        assert 'wrapText="1"' in archive.read("xl/styles.xml").decode()
        assert "<f>" not in "".join(archive.read(n).decode() for n in names if n.startswith("xl/worksheets/"))
        chart = archive.read(next(n for n in names if n.startswith("xl/charts/chart"))).decode()
    # the domains by name along the axis (column B of the Summary, not the numbers 1-6), stacked, and the
    # answers in their fixed colours: yes green, partially amber, no red, the others grey
    assert '<c:grouping val="stacked"/>' in chart
    assert chart.count("<c:cat><c:strRef><c:f>Summary!$B$2:$B$") == 5
    titles = re.findall(r"<c:pt idx=\"\d+\"><c:v>([^<]*)</c:v>", chart.split("<c:cat>")[1].split("</c:cat>")[0])
    model = assessments.framework_of(db, assessments.get(db, filled)).model
    assert titles == [d.title.get("en") for d in model.domains]
    fills = re.findall(r'<c:tx><c:strRef><c:f>Summary!\$(\w)\$1</c:f>.*?<a:srgbClr val="(\w+)"/>', chart)
    assert fills == [("F", "2E7D32"), ("G", "F9A825"), ("H", "C62828"), ("I", "9E9E9E"), ("J", "CFCFCF")]
    headers = read_xlsx(target)["Summary"][0]
    assert headers[5:10] == ["Yes", "Partially", "No", "Don't know", "Not applicable"]


def test_sdg_values_and_categories(db: Database, sdg: Framework, tmp_path: Path) -> None:
    aid = assessments.create(db, sdg, country="ARM").id
    for code in ("1a", "1b", "1c", "1d", "1e"):
        answers.set_answer(db, aid, code, "yes_all" if code != "1c" else "yes_legal")
    for code in ("2a", "2b", "2c", "2d", "2e"):
        answers.set_answer(db, aid, code, "yes" if code != "2e" else "no")
    target = summary_xlsx.write_summary(sources.from_database(db, aid), tmp_path / "sdg.xlsx")
    summary = table(read_xlsx(target)["Summary"])
    scores = sdg_scores(sdg, assessments.values(db, aid))
    aware = "Completeness-aware value (MGI Desktop)"
    official = "Official-method value (missing = 0)"
    assert summary[0][aware] == pytest.approx(scores.domains[1].value) == pytest.approx(90.0)
    assert cell(summary[0]["Completeness-aware category"]) == 3
    assert summary[0]["Completeness-aware category name"] == "Meets"
    assert summary[1][aware] == pytest.approx(80.0)
    assert summary[0][official] == pytest.approx(90.0)  # complete domains: both methods agree
    assert cell(summary[2][aware]) is None  # domain 3 not answered: no value...
    assert summary[2][official] == pytest.approx(0.0)  # ...but 0 by the UN's method (missing = 0)
    assert cell(summary[2]["Official-method category"]) == 1
