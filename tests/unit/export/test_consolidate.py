from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mgi_desktop.errors import MgiError
from mgi_desktop.export import sources
from mgi_desktop.export.consolidate import consolidate
from mgi_desktop.export.consolidate_filters import Filters
from mgi_desktop.export.sources import DatasetSource
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.scoring import progress
from mgi_desktop.services import answers, assessments, evidence, findings
from mgi_desktop.storage.db import Database

from .helpers import cell, read_xlsx, table


def fill(db: Database, framework: Framework, country: str, values: dict[str, object],
         locality: str | None = None) -> str:
    aid = assessments.create(db, framework, country=country, locality=locality).id
    for code, value in values.items():
        answers.set_answer(db, aid, code, value)
    return aid


@pytest.fixture
def two_databases(db: Database, db_path: Path, mini: Framework, sdg: Framework, tmp_path: Path
                  ) -> tuple[Path, Path, dict[str, str]]:
    kgz = fill(db, mini, "KGZ", {"Q1": "yes", "Q1b": "all", "Q3": 12, "Q7": "no"})
    evidence.add(db, kgz, "Q1", kind="law", title="Health Law")
    evidence.add(db, kgz, "Q1", kind="policy", title="=Strategy")
    findings.draft(db, kgz)
    kaz = fill(db, mini, "KAZ", {"Q1": "no", "Q2": ["law", "policy"], "Q5": "2020-01-31"})
    arm = fill(db, sdg, "ARM", {"1a": "yes_all", "2a": "yes"})
    db.close()
    second = tmp_path / "second.sqlite"
    shutil.copy(db_path, second)
    other = Database.open(second)
    answers.set_answer(other, kgz, "Q3", 13)  # a newer revision of KGZ lives in the second database
    other.close()
    first = Database.open(db_path)  # the fixture closes `db`; keep the first file readable
    first.close()
    return db_path, second, {"KGZ": kgz, "KAZ": kaz, "ARM": arm}


def test_long_matrix_and_domains_match_the_databases(two_databases: tuple[Path, Path, dict[str, str]],
                                                      tmp_path: Path) -> None:
    first, second, ids = two_databases
    target = tmp_path / "all.xlsx"
    report = consolidate([first, second], target, filters=Filters.everything())
    assert report.assessments == 3
    assert sorted(d.id for d in report.duplicates) == sorted(ids.values())  # all three are in both
    kept = {d.id: d.kept_from for d in report.duplicates}
    assert kept[ids["KGZ"]] == str(second)  # the latest revision wins
    assert kept[ids["KAZ"]] == str(first)  # equal revisions: the first input

    sheets = read_xlsx(target)
    assert list(sheets) == ["About", "Country summary", "Domain totals", "Answers (long)", "Justifications",
                            "Evidence", "Findings", "Matrix (wide)", "Domain summary", "Inputs", "Duplicates"]
    long = table(sheets["Answers (long)"])
    with Database.open_read_only(second) as db:
        expected = []
        for aid in (ids["ARM"], ids["KAZ"], ids["KGZ"]):  # ordered by country
            a = assessments.get(db, aid)
            framework = assessments.framework_of(db, a)
            for code, view in answers.list_answers(db, aid).items():
                value = ";".join(view.value) if isinstance(view.value, list) else view.value
                expected.append((aid, a.country, a.round, a.framework_id, a.framework_version, code,
                                 value, framework.label_of(code, view.value) or None, view.evidence_count,
                                 view.review_state))
        domains_expected = {}
        for aid in ids.values():
            a = assessments.get(db, aid)
            tally = progress(assessments.framework_of(db, a), assessments.values(db, aid))
            domains_expected[aid] = {n: (t.answered, t.yes, t.no, t.completion) for n, t in tally.domains.items()}
    got = [(r["Assessment id"], r["Country"], cell(r["Round"]), r["Framework"], r["Framework version"],
            r["Question code"], cell(r["Answer code"]), cell(r["Answer label"]), cell(r["Evidence count"]),
            r["Review status"]) for r in long]
    assert got == expected
    assert report.answer_rows == len(long) == 9 + 9 + 30

    matrix = table(sheets["Matrix (wide)"])
    assert [r["Assessment id"] for r in matrix] == [ids["ARM"], ids["KAZ"], ids["KGZ"]]
    header = [str(h) for h in sheets["Matrix (wide)"][0]]
    assert header[:12] == ["Assessment id", "Country", "Country name", "Official name", "Locality", "Level", "Round",
                           "Assessment title", "Status", "Archived", "Framework", "Framework version"]
    assert header[12:15] == ["Validation", "Validation details", "Validation key"]
    assert "Q1" in header and "1a" in header and len(header) == 15 + 9 + 30
    # drafts: nothing to mark, and the workbook says so
    assert {(r["Validation"], r["Validation details"]) for r in matrix} == {
        ("not_validated", "not validated: the assessment is draft")}
    assert {r["Validation"] for r in long} == {"not_validated"}
    kgz = next(r for r in matrix if r["Assessment id"] == ids["KGZ"])
    assert (kgz["Q1"], cell(kgz["Q3"]), kgz["Q7"], cell(kgz["1a"])) == ("yes", 13, "no", None)
    kaz = next(r for r in matrix if r["Assessment id"] == ids["KAZ"])
    assert kaz["Q2"] == "law;policy" and kaz["Q5"] == "2020-01-31"

    domains = table(sheets["Domain summary"])
    for row in domains:
        if row["Domain"] == "All":
            continue
        answered, yes, no, completion = domains_expected[row["Assessment id"]][cell(row["Domain"])]
        assert (cell(row["Answered"]), cell(row["Yes"]), cell(row["No"])) == (answered, yes, no)
        assert row[next(k for k in row if k.startswith("Completion %"))] == pytest.approx(completion)
    arm_rows = [r for r in domains if r["Assessment id"] == ids["ARM"]]
    assert len(arm_rows) == 7 and cell(arm_rows[0]["Completeness-aware value (MGI Desktop)"]) is None
    assert cell(arm_rows[0]["Official-method value (missing = 0)"]) is not None  # 1b-1e unanswered count as 0 there
    kgz_rows = [r for r in domains if r["Assessment id"] == ids["KGZ"]]
    # drafted from Q1 yes and Q1b "all migrants" (domain 1), Q7 no (domain 2)
    assert [(cell(r["Well-developed findings"]), cell(r["Potential findings"])) for r in kgz_rows[:2]] == [
        (2, 0), (0, 1)]
    assert kgz_rows[0]["Completeness-aware value (MGI Desktop)"] in ("", None)

    inputs = table(sheets["Inputs"])
    assert [(r["Input"], cell(r["Assessments found"]), cell(r["Assessments used"]),
             cell(r["Duplicates not used"]), cell(r["Excluded by the filters"])) for r in inputs] == [
        (str(first), 3, 2, 1, 0), (str(second), 3, 1, 2, 0)]
    duplicates = table(sheets["Duplicates"])
    assert sorted(r["Assessment id"] for r in duplicates) == sorted(ids.values())


def test_datasets_from_anywhere_and_bad_inputs(db: Database, mini: Framework, tmp_path: Path) -> None:
    aid = fill(db, mini, "KGZ", {"Q1": "partially"})
    data = sources.from_database(db, aid)
    report = consolidate([DatasetSource("package.mgi", [data])], tmp_path / "one.xlsx", filters=Filters.everything())
    assert report.assessments == 1 and report.inputs[0].kind == "package"
    long = table(read_xlsx(tmp_path / "one.xlsx")["Answers (long)"])
    assert [r["Answer code"] for r in long][:1] == ["partially"]

    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(MgiError, match=r"notes\.txt"):
        consolidate([text], tmp_path / "x.xlsx")
    with pytest.raises(MgiError, match="no such file"):
        consolidate([tmp_path / "missing.sqlite"], tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize("at", [0, 1, 3])
def test_a_cancelled_consolidation_writes_nothing(two_databases: tuple[Path, Path, dict[str, str]],
                                                  tmp_path: Path, at: int) -> None:
    from mgi_desktop.progress import Cancelled

    first, second, _ = two_databases
    out = tmp_path / "out"
    out.mkdir()
    heard: list[tuple[int, int]] = []

    def stop_at(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < at

    with pytest.raises(Cancelled):
        consolidate([first, second], out / "all.xlsx", progress=stop_at, filters=Filters.everything())
    assert list(out.iterdir()) == []  # neither the workbook nor a temporary file
    assert heard[-1][0] == at and heard[-1][1] == 3  # three assessments (duplicates counted once)
    report = consolidate([first, second], out / "all.xlsx", progress=lambda done, total: True,
                         filters=Filters.everything())
    assert report.assessments == 3 and (out / "all.xlsx").exists()
