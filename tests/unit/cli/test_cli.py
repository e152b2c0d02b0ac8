"""The command line as a script would use it: ids, JSON, one-line errors, exit codes."""

import json
import subprocess
import sys

import pytest

from mgi_desktop import __version__
from mgi_desktop.cli import main


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"MGI Desktop {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("questionnaire", "assessment", "answer", "evidence", "backup"):
        assert command in out


@pytest.mark.slow  # a new Python process: seconds
def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "mgi_desktop", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"MGI Desktop {__version__}"


def test_assessment_round_trip(run, tmp_path):
    out, _ = run("assessment", "new", "--framework", "mgi-local", "--country", "KGZ", "--locality", "Bishkek")
    aid = out.strip()
    assert len(aid) == 36
    run("answer", "set", aid[:8], "L1.1.1.a", "partially", "--justification", "Ordinance 12 covers some")
    document = tmp_path / "ordinance.txt"
    document.write_text("Ordinance 12")
    out, _ = run("evidence", "add", aid[:8], "L1.1.1.a", "--kind", "regulation", "--title", "Ordinance 12",
                 "--year", "2020", "--file", str(document), "--json")
    evidence_id = json.loads(out)["id"]

    out, _ = run("assessment", "list", "--json")
    (listed,) = json.loads(out)
    assert (listed["id"], listed["place"], listed["level"], listed["answered"]) == (
        aid, "Bishkek, Kyrgyzstan", "local", 1)

    out, _ = run("assessment", "show", aid[:6], "--json")
    shown = json.loads(out)
    assert [d["number"] for d in shown["domains"]] == [1, 2, 3, 4, 5, 6]
    assert shown["domains"][0]["partially"] == 1
    assert "not an official MGI score" in shown["completion_label"]

    out, _ = run("answer", "list", aid, "--json")
    rows = {r["code"]: r for r in json.loads(out)}
    assert rows["L1.1.1.a"]["value"] == "partially" and rows["L1.1.1.a"]["evidence"] == 1
    assert rows["L1.1.1.a"]["justification"] == "Ordinance 12 covers some"

    out, _ = run("evidence", "list", aid, "--json")
    assert json.loads(out)[0]["file"] == "ordinance.txt"
    run("evidence", "remove", aid, evidence_id[:8])
    out, _ = run("evidence", "list", aid, "--json")
    assert json.loads(out) == []


def test_multiple_choice_and_sdg_scores(run):
    out, _ = run("assessment", "new", "--framework", "sdg-10-7-2", "--country", "ARM")
    aid = out.strip()
    for letter in "abcde":
        run("answer", "set", aid, f"1{letter}", "yes_legal" if letter in "cd" else "yes_all")
    out, _ = run("assessment", "show", aid, "--json")
    sdg = json.loads(out)["sdg_10_7_2"]
    complete = {"value": 80.0, "category": 3, "category_label": "Meets", "missing": []}
    assert sdg["completeness_aware"]["domains"]["1"] == sdg["official"]["domains"]["1"] == complete
    # domain 2 unanswered: no completeness-aware value, 0 under the official method (missing = 0)
    assert sdg["completeness_aware"]["domains"]["2"]["value"] is None
    assert sdg["official"]["domains"]["2"] | {"missing": []} == {"value": 0.0, "category": 1,
                                                                 "category_label": "Requires further progress",
                                                                 "missing": []}
    assert sdg["official"]["overall"]["value"] == pytest.approx(100 * 4 / 30)
    for out in (run("assessment", "show", aid)[0], run("assessment", "score", aid)[0]):
        assert "Completeness-aware value" in out and "Official-method value" in out
        sdg_table = out[out.index("SDG 10.7.2"):].splitlines()
        line = next(x for x in sdg_table if x.startswith("1 "))
        assert line.count("80 (3 Meets)") == 2
        line = next(x for x in sdg_table if x.startswith("2 "))
        assert "no value (incomplete)" in line and "0 (1 Requires further progress)" in line
        assert "a missing sub-category counts as 0" in out
    out, _ = run("assessment", "score", aid, "--json")
    assert json.loads(out)["official"]["domains"]["1"] == complete


def test_score_of_an_assessment_not_scored_as_sdg(run):
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    _, err = run("assessment", "score", out.strip(), expect=1)
    assert "is not an SDG 10.7.2 assessment" in err


def test_export_sdg_layouts(run, tmp_path):
    out, _ = run("assessment", "new", "--framework", "sdg-10-7-2", "--country", "ARM")
    aid = out.strip()
    run("answer", "set", aid, "3a", "yes")
    target = tmp_path / "indicator_10-7-2.csv"
    out, _ = run("export", "sdg", aid, "--layout", "open-sdg", "-o", str(target), "--year", "2019")
    assert "official value" in out
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == '"Year","Policy area","Value"'
    assert lines[4] == '"2019","Domain 3. Cooperation and partnerships","1"'
    target = tmp_path / "un.csv"
    out, _ = run("export", "sdg", aid, "--layout", "un-global", "-o", str(target), "--method", "completeness-aware",
                 "--json")
    assert json.loads(out)["method"] == "completeness-aware"
    assert target.read_text(encoding="utf-8").startswith("DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA")
    target = tmp_path / "module-iii.xlsx"
    run("export", "sdg", aid, "--layout", "transcription", "-o", str(target))
    assert target.stat().st_size > 0


def test_errors_are_one_line_without_traceback(run):
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    aid = out.strip()
    _, err = run("answer", "set", aid, "1.1.1.a", "maybe", expect=1)
    assert err.startswith("mgi-desktop: 1.1.1.a: 'maybe' is not one of the answers")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    _, err = run("answer", "set", "ffff", "1.1.1.a", "yes", expect=1)
    assert "no assessment with id 'ffff'" in err
    _, err = run("assessment", "new", "--framework", "nope", "--country", "KGZ", expect=1)
    assert "no questionnaire file or bundled framework named 'nope'" in err


def test_constraint_warning(run, tmp_path):
    from pathlib import Path

    mini = Path(__file__).resolve().parents[2] / "data" / "mini.yaml"
    out, _ = run("assessment", "new", "--framework", str(mini), "--country", "KGZ")
    _, err = run("answer", "set", out.strip(), "Q6", "1900")
    assert "saved, but Q6 breaks a rule: The year must be between 1950 and 2100." in err


def test_database_errors_name_the_file(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("shopping list")
    assert main(["--database", str(bad), "assessment", "list"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"mgi-desktop: {bad}: not an SQLite database (it may be a text file or another format)"


def test_backup_commands(run, db_path):
    run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    out, _ = run("backup", "create", "--json")
    created = json.loads(out)["path"]
    out, _ = run("backup", "list", "--json")
    assert created in [b["path"] for b in json.loads(out)]
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "KAZ", "--json")
    kaz = json.loads(out)["id"]
    run("answer", "set", kaz, "1.1.1.a", "yes")
    out, _ = run("backup", "restore", created, "--dry-run")
    assert "1 answer changed after" in out and "in 1 assessment (" in out
    assert "1 assessment created since the backup will be gone." in out
    out, _ = run("assessment", "list", "--json")
    assert len(json.loads(out)) == 2  # a dry run changes nothing
    out, _ = run("backup", "restore", created)
    assert "will be lost" in out and "Restored" in out
    out, _ = run("assessment", "list", "--json")
    assert [a["country"] for a in json.loads(out)] == ["KGZ"]


def test_unexpected_errors_are_logged_not_dumped(capsys, monkeypatch, data_dir):
    from mgi_desktop.cli import assessment

    def boom(args):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(assessment, "_list", boom)
    assert main(["assessment", "list"]) == 1
    err = capsys.readouterr().err
    assert "unexpected error: RuntimeError: simulated bug" in err and "Traceback" not in err
    log = (data_dir / "logs" / "mgi-desktop.log").read_text()
    assert "Traceback" in log and "simulated bug" in log


@pytest.mark.slow  # a new Python process: seconds
def test_second_process_is_refused_while_the_database_is_open(db, db_path, data_dir):
    import os

    env = os.environ | {"MGI_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-m", "mgi_desktop", "--database", str(db_path), "assessment", "list"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"mgi-desktop: {db_path}: the database is already open in another MGI Desktop "
                                     "window or command; close it there first")


def test_an_argument_that_is_not_unicode_is_refused_naming_its_option(run, data_dir):
    """``--justification $'bad\\xff'`` in a UTF-8 shell: Python passes 'bad\\udcff' (surrogateescape)."""
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    aid = out.strip()
    _, err = run("answer", "set", aid, "1.1.1.a", "yes", "--justification", "bad\udcff", expect=2)
    assert err == ("mgi-desktop: the value of --justification is not valid text (character 4 is not valid "
                   "Unicode; it may have been pasted or passed from a program in another encoding)\n")
    _, err = run("answer", "set", aid, "1.1.1.a", "ye\udcff", expect=2)
    assert err.startswith("mgi-desktop: the value of VALUE is not valid text (character 3 ")
    _, err = run("assessment", "new", "--framework", "mgi-local", "--country", "KGZ", "--locality", "B\udcff",
                 expect=2)
    assert err.startswith("mgi-desktop: the value of --locality is not valid text (character 2 ")
    out, _ = run("answer", "list", aid, "--json")
    answer = {r["code"]: r for r in json.loads(out)}["1.1.1.a"]
    assert (answer["value"], answer["justification"]) == (None, "")  # nothing saved
    out, _ = run("assessment", "list", "--json")
    assert [a["id"] for a in json.loads(out)] == [aid]
    log = data_dir / "logs" / "mgi-desktop.log"
    assert not log.exists() or "UnicodeEncodeError" not in log.read_text()


def test_a_file_name_may_hold_bytes_of_another_encoding_and_printing_it_never_fails(db_path, tmp_path,
                                                                                       monkeypatch):
    """A POSIX file name is any bytes: a Path argument is not refused, the name is logged as a label, and
    an output that cannot encode it (a strict stdout) gets it escaped instead of an unexpected error."""
    import io
    import os
    from pathlib import Path

    try:
        target = tmp_path / os.fsdecode(b"round-\xff.mgi")
        target.touch()
        target.unlink()
    except (UnicodeError, OSError):
        pytest.skip("this file system does not take such a name")
    printed, errors = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(printed, encoding="utf-8", errors="strict", write_through=True)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(errors, encoding="utf-8", errors="strict",
                                                        write_through=True))

    def run(*args):
        start = printed.tell()
        code = main(list(args))
        out.flush()
        assert code == 0, errors.getvalue()
        return printed.getvalue()[start:].decode()

    questionnaire = tmp_path / os.fsdecode(b"mini-\xe9.yaml")  # a string argument naming a file: not refused
    questionnaire.write_bytes((Path(__file__).resolve().parents[2] / "data" / "mini.yaml").read_bytes())
    assert run("--database", str(db_path), "assessment", "new", "--framework", str(questionnaire), "--country",
               "KGZ").strip()
    aid = run("--database", str(db_path), "assessment", "new", "--framework", "mgi-national",
              "--country", "KGZ").strip()
    assert "round-\\udcff.mgi: package 1 of assessment" in run("--database", str(db_path), "package", "export",
                                                                aid, "-o", str(target))
    assert target.is_file()
    assert f"round-\\udcff.mgi: added assessment {aid}" in run("--database", str(tmp_path / "reviewer.sqlite"),
                                                                "package", "import", str(target))


def test_an_assessment_in_another_language(run):
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "SEN", "--language", "fr",
                 "--json")
    created = json.loads(out)
    assert created["language"] == "fr"
    aid = created["id"]
    out, _ = run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ")
    english_id = out.strip()
    out, _ = run("assessment", "show", aid[:8], "--json")
    assert json.loads(out)["language"] == "fr"
    out, _ = run("assessment", "show", aid[:8])
    assert "· language fr" in out
    out, _ = run("assessment", "list", "--json")
    assert {a["id"]: a["language"] for a in json.loads(out)} == {aid: "fr", english_id: "en"}

    run("assessment", "set-language", aid[:8], "es")
    out, _ = run("assessment", "show", aid, "--json")
    assert json.loads(out)["language"] == "es"
    _, err = run("assessment", "set-language", aid, "klingon", expect=1)
    assert err.strip() == "mgi-desktop: 'klingon' is not a language code (give a code such as en, fr, es, ru or ar)"
    _, err = run("assessment", "new", "--framework", "mgi-national", "--country", "KGZ", "--language", "zz",
                 expect=1)
    assert "'zz' is not a language code" in err
    out, _ = run("assessment", "list", "--json")
    assert len(json.loads(out)) == 2  # nothing was created


def test_a_validated_assessment_keeps_its_language(run, db_path, mini, become):
    from mgi_desktop.services import answers, assessments, review
    from mgi_desktop.storage.db import Database

    with Database.open(db_path, backup_on_open=False) as db:
        aid = assessments.create(db, mini, country="KGZ", language="fr").id
        for code, value in (("Q1", "no"), ("Q3", 12), ("Q5", "2001-02-03"), ("Q7", "yes")):
            answers.set_answer(db, aid, code, value)
        assessments.set_status(db, aid, "submitted")
        become(db, "Rita Reviewer", "IOM", "reviewer")
        for code in ("Q1", "Q3", "Q5", "Q7"):
            review.accept(db, aid, code)
        assessments.set_status(db, aid, "validated")
        become(db, "Amina Focal", "Ministry", "focal_point")
    _, err = run("assessment", "set-language", aid, "en", expect=1)
    assert "the assessment is validated" in err
    out, _ = run("assessment", "show", aid, "--json")
    assert json.loads(out)["language"] == "fr"


def test_a_follow_up_round_keeps_the_language_unless_told(run, tmp_path):
    from pathlib import Path

    mini = Path(__file__).resolve().parents[2] / "data" / "mini.yaml"
    out, _ = run("assessment", "new", "--framework", str(mini), "--country", "KGZ", "--language", "ru")
    first = out.strip()
    out, _ = run("assessment", "new", "--framework", str(mini), "--country", "KGZ", "--previous", first, "--json")
    second = json.loads(out)
    assert second["language"] == "ru" and second["plan"]["language"] == "ru"
    _, err = run("assessment", "new", "--framework", str(mini), "--country", "KGZ", "--previous", second["id"],
                 "--language", "nope", expect=1)
    assert "'nope' is not a language code" in err
    out, _ = run("assessment", "new", "--framework", str(mini), "--country", "KGZ", "--previous", second["id"],
                 "--language", "ar", "--json")
    assert json.loads(out)["language"] == "ar"
    out, _ = run("assessment", "list", "--json")
    assert sorted(a["language"] for a in json.loads(out)) == ["ar", "ru", "ru"]
