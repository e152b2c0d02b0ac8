"""The consolidated workbook as analysts use it: 20+ assessments, one archived, one found twice.

Filters (status, archived), the long tables (justifications, evidence, findings), the country
summary and domain totals, the About sheet, and the same tables as CSV with their data package;
the slow test converts the workbook with LibreOffice and reads the PDF back.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from mgi_desktop.enums import AssessmentStatus
from mgi_desktop.errors import MgiError, ValidationError
from mgi_desktop.exchange import send
from mgi_desktop.export.consolidate import consolidate
from mgi_desktop.export.consolidate_filters import Filters, parse_statuses
from mgi_desktop.progress import Cancelled
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.scoring import progress
from mgi_desktop.services import answers, assessments, evidence, findings
from mgi_desktop.storage.db import Database

from .helpers import cell, read_xlsx, table

COUNTRIES = ["KGZ", "KAZ", "UZB", "TJK", "ARM", "GEO", "ALB", "CRI", "IRQ", "PHL", "MEX", "GHA", "MAR", "TUN",
             "SEN", "NGA", "KEN", "PER", "COL", "ECU", "MDA", "SRB", "MNG"]


@dataclass
class Corpus:
    db: Path
    package: Path
    ids: dict[str, str]  # by country
    archived: str
    draft: str
    duplicate: str


def _validate(db: Database, aid: str) -> None:
    # older data: a status set without a signed step (the validation column then says "unsigned")
    with db.sql_transaction() as sql:
        sql.execute("UPDATE assessment SET status = 'validated' WHERE id = :id", {"id": aid})


def build(db: Database, framework: Framework, tmp_path: Path, per: int = 6) -> Corpus:
    """23 assessments: 21 validated, one archived (validated too), one draft; one also in a package."""
    kinds = {c: framework.placements[c].question.type for c in framework.codes()}
    codes = [c for c, kind in kinds.items() if kind in ("yes_partial_no", "yes_no")]
    spread = codes[::max(1, len(codes) // per)][:per]  # questions of every domain
    ids: dict[str, str] = {}
    for n, country in enumerate(COUNTRIES):
        aid = assessments.create(db, framework, country=country).id
        ids[country] = aid
        for k, code in enumerate(spread):
            value = ("yes", "partially", "no")[(n + k) % 3]
            if value == "partially" and kinds[code] == "yes_no":
                value = "yes"
            answers.set_answer(db, aid, code, value, justification=f"Law {n}.{k} of {country}, article {k + 1}."
                               if k % 2 == 0 else None)
        evidence.add(db, aid, codes[0], kind="law", title=f"Migration Law of {country}", reference="No. 12",
                     year=2010 + n % 10, url=f"https://example.org/{country.lower()}/law")
        evidence.add(db, aid, codes[0], kind="policy", title="=HYPERLINK(\"http://evil\")")
        findings.draft(db, aid)
    duplicate = ids["KGZ"]
    package = send.export_package(db, duplicate, tmp_path / "kgz.mgi").path  # revision r, draft
    answers.set_justification(db, duplicate, codes[0], "Revised after the package was sent.")  # a newer revision
    draft, archived = ids["MNG"], ids["SRB"]
    for aid in ids.values():
        if aid != draft:
            _validate(db, aid)
    assessments.set_archived(db, archived)
    db.close()
    return Corpus(db.path, package, ids, archived, draft, duplicate)


@pytest.fixture
def corpus(db: Database, mini: Framework, tmp_path: Path) -> Corpus:
    return build(db, mini, tmp_path)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def about_of(sheets: dict[str, list[list[object]]]) -> dict[str, object]:
    return {str(row[0]): row[1] for row in sheets["About"][1:] if row and row[0]}


def test_archived_and_unvalidated_are_left_out_and_the_duplicate_kept_once(corpus: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    report = consolidate([corpus.db, corpus.package], target)
    assert report.assessments == 21
    assert (report.excluded.archived, report.excluded.status, report.excluded.total) == (1, 1, 2)
    assert [d.id for d in report.duplicates] == [corpus.duplicate]
    assert report.duplicates[0].kept_from == str(corpus.db)  # the latest revision, validated

    sheets = read_xlsx(target)
    countries = table(sheets["Country summary"])
    listed = [r["Assessment id"] for r in countries]
    assert len(listed) == 21 and len(set(listed)) == 21 and listed.count(corpus.duplicate) == 1
    assert corpus.archived not in listed and corpus.draft not in listed
    assert {r["Status"] for r in countries} == {"validated"}
    assert {cell(r["Archived"]) for r in countries} == {False}
    for name in ("Answers (long)", "Justifications", "Evidence", "Findings", "Matrix (wide)", "Domain summary"):
        ids = {r["Assessment id"] for r in table(sheets[name])}
        assert corpus.archived not in ids and corpus.draft not in ids, name
        assert len(ids) == 21, name

    about = about_of(sheets)
    assert about["Filter: statuses included"] == "validated, approved"
    assert about["Filter: archived assessments"] == "excluded"
    assert (cell(about["Excluded by status"]), cell(about["Excluded as archived"]),
            cell(about["Excluded by the filters"])) == (1, 1, 2)
    assert about["Input"] == f"{corpus.package} (package)"  # the last input listed (one row each)
    assert f"{corpus.db} (database)" in [row[1] for row in sheets["About"]]
    assert cell(about["Assessments"]) == 21
    for sheet in ("Country summary", "Justifications", "Evidence", "Findings", "Domain totals"):
        assert f"Sheet: {sheet}" in about
    assert about["D1"] and about["D2"]  # the domains' titles, for the D1... headers
    inputs = table(sheets["Inputs"])
    assert [(cell(r["Assessments found"]), cell(r["Assessments used"]), cell(r["Duplicates not used"]),
             cell(r["Excluded by the filters"])) for r in inputs] == [(23, 21, 0, 2), (1, 0, 1, 0)]

    again = consolidate([corpus.db, corpus.package], tmp_path / "with-archived.xlsx",
                        filters=Filters(include_archived=True))
    assert again.assessments == 22 and again.excluded.total == 1
    rows = table(read_xlsx(tmp_path / "with-archived.xlsx")["Country summary"])
    assert {r["Assessment id"]: cell(r["Archived"]) for r in rows}[corpus.archived] is True
    assert corpus.draft not in {r["Assessment id"] for r in rows}

    drafts = consolidate([corpus.db], tmp_path / "drafts.xlsx", filters=Filters(frozenset({AssessmentStatus.DRAFT})))
    assert drafts.assessments == 1 and set(drafts.validations) == {corpus.draft}
    assert consolidate([corpus.db], tmp_path / "every.xlsx", filters=Filters.everything()).assessments == 23


def test_the_long_tables_hold_every_item_with_the_assessment_keys(corpus: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    consolidate([corpus.db], target)
    sheets = read_xlsx(target)
    keys = ["Assessment id", "Country", "Country name", "Official name", "Locality", "Level", "Round",
            "Assessment title"]
    for name in ("Answers (long)", "Justifications", "Evidence", "Findings", "Country summary", "Domain summary"):
        assert [str(h) for h in sheets[name][0][:8]] == keys, name

    with Database.open_read_only(corpus.db) as db:
        kgz = assessments.get(db, corpus.duplicate)
        views = answers.list_answers(db, kgz.id)
        items = [e for _, e in evidence.for_assessment(db, kgz.id)]
        found = findings.list_findings(db, kgz.id)
        tally = progress(assessments.framework_of(db, kgz), assessments.values(db, kgz.id))

    justifications = [r for r in table(sheets["Justifications"]) if r["Assessment id"] == kgz.id]
    assert [(r["Question code"], r["Justification"]) for r in justifications] == [
        (code, v.justification) for code, v in views.items() if v.justification]
    first = justifications[0]
    assert (first["Country"], first["Country name"], first["Official name"], first["Level"], cell(first["Round"]),
            first["Assessment title"]) == ("KGZ", "Kyrgyzstan", "Kyrgyz Republic", "national", 1, kgz.title)

    rows = [r for r in table(sheets["Evidence"]) if r["Assessment id"] == kgz.id]
    assert [(r["Kind"], r["Title"], cell(r["Reference"]), cell(r["Year"]), cell(r["URL"])) for r in rows] == [
        (str(e.kind), e.title, e.reference or None, e.year, e.url or None) for e in items]
    assert rows[1]["Title"] == '=HYPERLINK("http://evil")'  # text, not a formula
    with zipfile.ZipFile(target) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
        rels = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".rels"))
    assert "<f>" not in xml and "<hyperlink" not in xml and "relationships/hyperlink" not in rels
    with zipfile.ZipFile(target) as archive:
        charts = [archive.read(n).decode() for n in sorted(archive.namelist()) if n.startswith("xl/charts/chart")]
    # per domain (Domain totals) and per assessment (Country summary), in the answers' fixed colours
    assert len(charts) == 2 and all(c in chart for chart in charts for c in ("2E7D32", "F9A825", "C62828"))
    assert "'Domain totals'!$B$2:$B$3" in charts[0] or "'Domain totals'!$B$2:$B$3" in charts[1]

    got = [(cell(r["Domain"]), r["Category"], cell(r["Position"]), r["Finding"])
           for r in table(sheets["Findings"]) if r["Assessment id"] == kgz.id]
    order = {"well_developed": 0, "potential": 1}
    expected = sorted(((f.domain_number, str(f.category), f.position + 1, f.text) for f in found),
                      key=lambda x: (x[0], order[x[1]], x[2]))
    assert got == expected and got  # by domain, well-developed first, in the profile's order

    country = next(r for r in table(sheets["Country summary"]) if r["Assessment id"] == kgz.id)
    for n, t in tally.domains.items():
        assert (cell(country[f"D{n} yes"]), cell(country[f"D{n} partially"]), cell(country[f"D{n} no"])) == (
            t.yes, t.partially, t.no)
        assert country[f"D{n} compl. %"] == pytest.approx(t.completion)
    domain = next(r for r in table(sheets["Domain summary"]) if r["Assessment id"] == kgz.id)
    assert (domain["Country name"], domain["Level"]) == ("Kyrgyzstan", "national")

    totals = table(sheets["Domain totals"])
    countries = table(sheets["Country summary"])
    for row in totals:
        n = cell(row["Domain"])
        assert cell(row["Yes"]) == sum(cell(r[f"D{n} yes"]) or 0 for r in countries)
        assert cell(row["No"]) == sum(cell(r[f"D{n} no"]) or 0 for r in countries)
        assert row["Domain title"]


def test_the_csv_files_and_their_data_package(corpus: Corpus, tmp_path: Path) -> None:
    target, folder = tmp_path / "all.xlsx", tmp_path / "csv"
    report = consolidate([corpus.db, corpus.package], target, csv_folder=folder)
    assert report.csv_folder == folder
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package"
    names = [r["name"] for r in package["resources"]]
    assert names == ["country_summary", "answers", "justifications", "evidence", "findings", "domain_summary"]
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{n}.csv" for n in names] + ["datapackage.json"])
    sheets = read_xlsx(target)
    sheet_of = {"country_summary": "Country summary", "answers": "Answers (long)", "justifications": "Justifications",
                "evidence": "Evidence", "findings": "Findings", "domain_summary": "Domain summary"}
    for resource in package["resources"]:
        path = folder / resource["path"]
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # UTF-8 with BOM, CRLF (RFC 4180)
        assert resource["bytes"] == len(raw) and resource["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest()
        rows = read_csv(path)
        fields = resource["schema"]["fields"]
        assert rows[0] == [f["name"] for f in fields]
        assert all(f["type"] in ("string", "integer", "number", "boolean", "date") and f["title"] for f in fields)
        assert all(len(row) == len(fields) for row in rows)
        sheet_rows = table(sheets[sheet_of[resource["name"]]])
        if resource["name"] == "domain_summary":  # the CSV leaves out the all-domains rows
            sheet_rows = [r for r in sheet_rows if r["Domain"] != "All"]
        assert len(rows) - 1 == len(sheet_rows), resource["name"]
        for f, value in zip(fields, rows[1], strict=True):
            if f["type"] == "integer" and value:
                int(value)
            if f["type"] == "boolean":
                assert value in ("true", "false")
        if resource["name"] != "country_summary":
            assert resource["schema"]["foreignKeys"][0]["reference"] == {"resource": "country_summary",
                                                                         "fields": "assessment_id"}
    header, *body = read_csv(folder / "evidence.csv")
    evidence_rows = [dict(zip(header, row, strict=True)) for row in body]
    assert {r["evidence_title"] for r in evidence_rows if r["kind"] == "policy"} == {"'=HYPERLINK(\"http://evil\")"}
    assert all(r["url"].startswith("https://example.org/") for r in evidence_rows if r["kind"] == "law")
    status = next(f for f in package["resources"][0]["schema"]["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"][-2:] == ["validated", "approved"]

    # written again into the same folder: replaced whole; a folder holding other files is refused
    consolidate([corpus.db], target, csv_folder=folder, filters=Filters(include_archived=True))
    assert len(read_csv(folder / "country_summary.csv")) == 1 + 22
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(MgiError, match=r"notes\.txt"):
        consolidate([corpus.db], tmp_path / "x.xlsx", csv_folder=folder)
    assert not (tmp_path / "x.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_cancelled_consolidation_leaves_no_csv_folder(corpus: Corpus, tmp_path: Path) -> None:
    before = sorted(tmp_path.iterdir())
    with pytest.raises(Cancelled):
        consolidate([corpus.db], tmp_path / "all.xlsx", csv_folder=tmp_path / "csv",
                    progress=lambda done, total: done < 5)
    assert sorted(tmp_path.iterdir()) == before  # no workbook, no folder, no temporary folder


def test_statuses_as_typed() -> None:
    assert parse_statuses(["validated,approved"]) == {AssessmentStatus.VALIDATED, AssessmentStatus.APPROVED}
    assert parse_statuses(["in-review", "draft"]) == {AssessmentStatus.IN_REVIEW, AssessmentStatus.DRAFT}
    assert parse_statuses(["all"]) == frozenset(AssessmentStatus)
    with pytest.raises(ValidationError) as caught:
        parse_statuses(["validated,finished"])
    assert caught.value.msg.params["status"] == "finished"
    with pytest.raises(ValidationError):
        parse_statuses([" , "])


@pytest.mark.slow
def test_the_workbook_of_22_national_assessments_opens_in_libreoffice(db: Database, national: Framework,
                                                                      tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or poppler is not installed")
    corpus = build(db, national, tmp_path, per=12)
    target = tmp_path / "all.xlsx"
    report = consolidate([corpus.db, corpus.package], target)
    assert report.assessments == 21 and len(report.duplicates) == 1
    out = tmp_path / "pdf"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--convert-to", "pdf", "--outdir", str(out), str(target)],
                   check=True, capture_output=True, timeout=300)
    pdf = out / "all.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Filter: statuses included" in text and "Kyrgyz Republic" in text
    assert "Migration Law of KGZ" in text and "https://example.org/kgz/law" in text
    assert corpus.archived not in text and corpus.draft not in text


def test_the_command_line_filters_and_writes_csv(corpus: Corpus, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from mgi_desktop.cli import main

    target, folder = tmp_path / "all.xlsx", tmp_path / "csv"
    own = ["--database", str(tmp_path / "mine.sqlite")]  # no database of the user's: signers not checked
    assert main([*own, "consolidate", str(corpus.db), str(corpus.package), "-o", str(target),
                 "--csv", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "21 assessments" in out and "Left out 2 assessments: 1 not validated,approved (--status), 1 archived" in out
    assert (folder / "datapackage.json").is_file()
    assert main([*own, "consolidate", str(corpus.db), "-o", str(target), "--include-archived",
                 "--status", "validated,approved", "--status", "draft", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["assessments"] == 23 and report["excluded"] == {"archived": 0, "status": 0, "total": 0}
    assert report["filters"] == {"statuses": ["draft", "validated", "approved"], "include_archived": True}
    assert main([*own, "consolidate", str(corpus.db), "-o", str(target), "--status", "finished"]) != 0
    assert "finished is not an assessment status" in capsys.readouterr().err
