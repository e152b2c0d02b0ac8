"""The exports in the assessment's working language: the profile (HTML, DOCX), the Excel summary, the
consolidated workbook and the round comparison, their fixed words from the shipped message catalogues."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from mgi_desktop import wording
from mgi_desktop.enums import AssessmentStatus, EvidenceKind
from mgi_desktop.export import consolidate, profile_docx, profile_html, round_comparison, sources, summary_xlsx
from mgi_desktop.export import labels as L
from mgi_desktop.export import profile as P
from mgi_desktop.export.consolidate_filters import Filters
from mgi_desktop.export.profile import build_profile
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments, evidence, findings, rounds
from mgi_desktop.storage.db import Database

from .helpers import read_xlsx, sheet_xml

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
#: the profile's headings and fixed lines (no placeholders): none of them may stay English in another language
HEADINGS = [P.WELL_DEVELOPED_HEADING, P.POTENTIAL_HEADING, P.DEVELOPMENTS_HEADING, P.SOURCES_HEADING,
            P.ABOUT_HEADING, P.DOMAINS_HEADING, P.NONE_RECORDED, P.ABOUT_MGI, L.MGI]
#: the English words of the templates with values, up to their first value
ENGLISH_LEADS = ["Migration Governance Profile", "National MGI", "Domain 1:", "Domain 2:", "— round",
                 "Questionnaire:", "answers changed since", "Second Profile", "Interview:"]


@pytest.fixture
def make_assessment(db: Database, mini: Framework) -> Callable[..., str]:
    """As tests/ui/conftest.py's: a new assessment of mini.yaml (Kyrgyzstan) with those answers saved."""

    def make(values: dict[str, Any] | None = None, *, framework: Framework | None = None,
             country: str = "KGZ", previous_id: str | None = None) -> str:
        aid = assessments.create(db, framework or mini, country=country, previous_id=previous_id).id
        for code, value in (values or {}).items():
            answers.set_answer(db, aid, code, value)
        return aid

    return make


@pytest.fixture
def answered(make_assessment: Callable[..., str]) -> str:
    """A draft with some answers: Q1 yes, Q1b all, Q3 12, Q7 no."""
    return make_assessment({"Q1": "yes", "Q1b": "all", "Q3": 12, "Q7": "no"})


@pytest.fixture
def follow_up(db: Database, make_assessment: Callable[..., str]) -> str:
    """A second round of mini.yaml with findings, evidence (an interview too) and two answers changed."""
    first = make_assessment({"Q1": "no", "Q7": "yes", "Q3": 10})
    second = make_assessment({"Q1": "yes", "Q7": "yes", "Q3": 12}, previous_id=first)
    evidence.add(db, second, "Q1", kind="law", title="Health Law", reference="No. 6", year=2024)
    evidence.add(db, second, "Q3", kind="interview", title="Ministry of Labour", date="2024-05-02")
    findings.add(db, second, 1, "well-developed", "The 2024 Health Law covers all migrants.")
    findings.add(db, second, 2, "potential", "A migration data strategy could be adopted.")
    return second


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.parts.append(" ".join(data.split()))


def _flat(text: str) -> str:
    """Spaces as spaces: French puts no-break spaces before its colons, babel narrow ones in dates."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def _html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts)


def _docx_text(data: bytes, tmp_path: Path) -> tuple[Any, str]:
    path = tmp_path / "profile.docx"
    path.write_bytes(data)
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n" + "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return document, _flat(text)


def _no_english(text: str) -> None:
    left = [t.text for t in HEADINGS if t.text in text] + [lead for lead in ENGLISH_LEADS if lead in text]
    assert left == []


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_the_profile_comes_out_in_the_assessment_language(db: Database, follow_up: str, tmp_path: Path,
                                                          language: str) -> None:
    profile = build_profile(sources.from_database(db, follow_up), language=language)
    say = profile.say
    assert profile.language == language and profile.round_label == say(P._ORDINALS[2])
    html = profile_html.render_html(profile)
    assert f'<html lang="{language}" dir="ltr">' in html
    text = _html_text(html)
    expected = [say(P.WELL_DEVELOPED_HEADING), say(P.POTENTIAL_HEADING), say(P.DEVELOPMENTS_HEADING),
                say(P.SOURCES_HEADING), say(P.ABOUT_HEADING), say(P.DOMAINS_HEADING), profile.subtitle,
                say(P.CHANGED_SINCE, n=2, round=1), say(P.INTERVIEW, citation="Ministry of Labour (2024-05-02)")]
    assert [e for e in expected if " ".join(e.split()) not in text] == []  # the parser joins babel's narrow spaces
    _no_english(text)
    # the headings as IOM's profiles word them, and the country's name in the language
    heading = {"fr": "Gouvernance des migrations : exemples de domaines bien développés",
               "ru": "Управление миграцией: примеры хорошо развитых областей"}[language]
    assert heading in text and "Kyrgyzstan" not in text
    assert {"fr": "Kirghizstan", "ru": "Киргизия"}[language] in profile.title

    document, docx_text = _docx_text(profile_docx.render_docx(profile), tmp_path)
    assert heading in docx_text and say(P.DEVELOPMENTS_HEADING) in docx_text
    _no_english(docx_text)
    assert document.core_properties.language == language


def test_questionnaire_texts_and_dates_follow_the_language(db: Database, follow_up: str) -> None:
    import datetime as dt

    data = sources.from_database(db, follow_up)
    french = build_profile(data, language="fr", date=dt.date(2023, 12, 5))
    assert french.domains[0].title == "Droits des migrants"  # mini.yaml's French title
    assert french.date_label == "décembre 2023" and french.subtitle.endswith("· décembre 2023")
    assert next((d.code, d.question, d.before, d.now) for d in french.developments) == (
        "Q1", "Les migrants ont-ils accès aux soins ?", "Non", "Oui")
    russian = build_profile(data, language="ru", date=dt.date(2023, 12, 5))
    assert russian.date_label == "декабрь 2023\u202fг."  # CLDR's narrow no-break space
    english = build_profile(data, date=dt.date(2023, 12, 5))
    assert english.date_label == "December 2023" and english.domains[0].title == "Migrants' rights"
    assert english.title == "Migration Governance Profile: Kyrgyz Republic" and english.round_label == "Second Profile"


def test_arabic_profile_is_right_to_left(db: Database, follow_up: str, tmp_path: Path) -> None:
    profile = build_profile(sources.from_database(db, follow_up), language="ar")
    html = profile_html.render_html(profile)
    assert '<html lang="ar" dir="rtl">' in html and '<body lang="ar" dir="rtl"' in html
    assert profile.say(P.WELL_DEVELOPED_HEADING) == "حوكمة الهجرة: أمثلة على المجالات المتطورة جيداً"
    _no_english(_html_text(html))
    qt = profile_html.render_html(profile, for_qt=True)  # QTextDocument takes the direction per block
    assert re.search(r'<h2 class="newpage" dir="rtl">', qt)

    document, _ = _docx_text(profile_docx.render_docx(profile), tmp_path)
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    assert paragraphs and all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in paragraphs)
    runs = [r for p in paragraphs for r in p.runs]
    assert runs and all(r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in runs)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)
    lang = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
        qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar"


def test_an_english_profile_is_left_to_right_without_bidi(db: Database, follow_up: str, tmp_path: Path) -> None:
    profile = build_profile(sources.from_database(db, follow_up))
    assert '<html lang="en" dir="ltr">' in profile_html.render_html(profile)
    document, text = _docx_text(profile_docx.render_docx(profile), tmp_path)
    assert P.WELL_DEVELOPED_HEADING.text in text
    assert not any(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in document.paragraphs)


def test_the_excel_summary_in_french(db: Database, answered: str, tmp_path: Path) -> None:
    evidence.add(db, answered, "Q1", kind="law", title="Loi sur la santé")
    findings.add(db, answered, 1, "well-developed", "La loi de 2024 couvre tous les migrants.")
    target = summary_xlsx.write_summary(sources.from_database(db, answered), tmp_path / "s.xlsx", language="fr")
    sheets = read_xlsx(target)
    assert list(sheets) == ["À propos", "Synthèse", "Réponses", "Sources", "Constats", "Commentaires",
                            "Journal d'audit"]
    answers_header = sheets["Réponses"][0]
    assert answers_header[:5] == ["Domaine", "Sous-domaine", "Indicateur", "Code", "Question"]
    assert {"Justification", "Code de réponse", "Libellé de la réponse", "Statut d'examen"} <= set(answers_header)
    summary_header = sheets["Synthèse"][0]
    assert summary_header[:10] == ["Domaine", "Titre du domaine", "Questions", "Pertinentes", "Répondues", "Oui",
                                   "Partiellement", "Non", "Ne sait pas", "Sans objet"]
    english = {h.header.text for h in summary_xlsx.ANSWER_COLUMNS + summary_xlsx.SUMMARY_COLUMNS} - {
        "Code", "Question", "Questions", "Justification"}  # the same word in French
    assert english.isdisjoint(answers_header + summary_header)
    rows = {row[3]: row for row in sheets["Réponses"][1:]}
    assert rows["Q1"][4] == "Les migrants ont-ils accès aux soins ?" and rows["Q1"][7] == "Oui"
    assert sheets["Synthèse"][1][1] == "Droits des migrants" and sheets["Synthèse"][-1][:2] == [
        "Tous", "Tous les domaines"]
    about = {row[0]: row[1] for row in sheets["À propos"][1:] if row and row[0]}
    assert about["Pays"] == "Kirghizstan" and about["Statut"] == "Brouillon" and about["Langue"] == "fr"
    assert sheets["Sources"][1][2] == "Loi"
    codebook = [row for row in sheets["À propos"] if row and row[0] == "Code de réponse"]
    assert ["Code de réponse", "dont_know", "Ne sait pas"] in codebook
    assert not any('rightToLeft' in xml for xml in sheet_xml(target).values())


def test_arabic_sheets_are_right_to_left(db: Database, answered: str, tmp_path: Path) -> None:
    target = summary_xlsx.write_summary(sources.from_database(db, answered), tmp_path / "s.xlsx", language="ar")
    views = sheet_xml(target)
    assert len(views) == 7 and all('rightToLeft="1"' in xml for xml in views.values())
    assert read_xlsx(target)["الإجابات"][0][4] == "السؤال"


def test_the_consolidated_workbook_in_russian(db: Database, answered: str, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    consolidate.consolidate([sources.DatasetSource("one.mgi", [sources.from_database(db, answered)])], target,
                            language="ru", filters=Filters.everything())
    sheets = read_xlsx(target)
    assert {"Сведения", "Ответы (длинный формат)", "Матрица (широкий формат)", "Сводка по областям"} <= set(sheets)
    long = sheets["Ответы (длинный формат)"]
    assert long[0][:3] == ["Идентификатор оценки", "Страна", "Название страны"] and long[1][2] == "Киргизия"
    about = {row[0]: row[1] for row in sheets["Сведения"][1:] if row and row[0]}
    assert about["Язык"] == "ru" and "Подтверждение: signed" in about


def test_the_round_comparison_in_french(db: Database, follow_up: str, tmp_path: Path) -> None:
    first = assessments.get(db, follow_up).previous_id
    assert first is not None
    comparison = rounds.compare(db, first, follow_up, "fr")
    html = tmp_path / "rounds.html"
    round_comparison.export(comparison, html, "fr")
    page = _flat(html.read_text(encoding="utf-8"))
    assert '<html lang="fr" dir="ltr">' in page and "Answer (earlier round)" not in page
    assert "Réponse (cycle antérieur)" in page and "Les migrants ont-ils accès aux soins ?" in page
    changed = sum(r.changed for r in comparison.rows)
    assert f"Questions modifiées : {changed} sur {len(comparison.rows)} (surlignées)." in page
    book = tmp_path / "rounds.xlsx"
    round_comparison.export(comparison, book, "fr")
    sheets = read_xlsx(book)
    assert list(sheets) == ["Cycles 1 et 2", "À propos"] and sheets["Cycles 1 et 2"][0][0] == "Domaine"


def test_the_command_line_exports_in_the_language_asked(db: Database, answered: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from mgi_desktop.cli import main

    path = db.path
    db.close()
    target = tmp_path / "s.xlsx"
    assert main(["--database", str(path), "export", "xlsx", answered, "-o", str(target), "--language", "es",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "es"
    assert read_xlsx(target)["Respuestas"][0][:2] == ["Dominio", "Subdominio"]
    html = tmp_path / "p.html"
    assert main(["--database", str(path), "export", "profile", answered, "-o", str(html)]) == 0
    assert '<html lang="en" dir="ltr">' in html.read_text(encoding="utf-8")  # no language: the assessment's, en


# -- the renderer -----------------------------------------------------------------------------------

COUNTED = P.CHANGED_SINCE  # "{n} answer(s) changed since round {round} ..."


def _forms(language: str, code: str) -> list[str]:
    forms = json.loads((I18N / f"{language}-messages.json").read_text(encoding="utf-8"))[code]
    assert isinstance(forms, list)
    return forms


def test_russian_plurals_take_qt_s_three_forms() -> None:
    one, few, many = _forms("ru", COUNTED.code)
    got = {n: wording.text(COUNTED, "ru", n=n, round=1) for n in (1, 2, 5, 21)}
    assert got == {1: one.replace("%n", "1").replace("{round}", "1"), 2: few.replace("%n", "2").replace("{round}", "1"),
                   5: many.replace("%n", "5").replace("{round}", "1"),
                   21: one.replace("%n", "21").replace("{round}", "1")}
    assert got[1].startswith("С цикла 1 изменился 1 ответ ") and "2 ответа " in got[2] and "5 ответов " in got[5]
    assert "изменился 21 ответ " in got[21]
    assert [wording.plural_index(n, "ru") for n in (1, 2, 5, 21, 11, 12, 111, 0)] == [0, 1, 2, 0, 2, 2, 2, 2]


def test_arabic_plurals_take_qt_s_six_forms() -> None:
    forms = _forms("ar", COUNTED.code)
    assert len(forms) == 6
    expected = dict(zip((0, 1, 2, 3, 11, 100), range(6), strict=True))  # zero, one, two, few, many, other
    for n, index in expected.items():
        assert wording.plural_index(n, "ar") == index, n
        assert wording.text(COUNTED, "ar", n=n, round=1) == forms[index].replace("%n", str(n)).replace("{round}", "1")
    assert wording.text(COUNTED, "ar", n=2, round=1).startswith("تغيرت إجابتان ")
    assert "11 إجابةً" in wording.text(COUNTED, "ar", n=11, round=1)
    assert [wording.plural_index(n, "ar") for n in (4, 10, 99, 102, 103, 111)] == [3, 3, 4, 5, 3, 4]


def test_french_and_english_plurals() -> None:
    assert [wording.plural_index(n, "fr") for n in (0, 1, 2, 1_000_000)] == [0, 0, 1, 1]
    assert wording.text(COUNTED, "fr", n=1, round=2).startswith("1 réponse a changé depuis le cycle 2 ")
    assert wording.text(COUNTED, "fr", n=3, round=2).startswith("3 réponses ont changé ")
    assert wording.text(COUNTED, "en", n=1, round=2).startswith("1 answer changed since round 2 ")
    assert wording.text(COUNTED, "en", n=12_000, round=2).startswith("12,000 answers changed")
    assert wording.text(COUNTED, "fr", n=12_000, round=2).startswith("12\u202f000 réponses")  # babel's French


def test_a_missing_code_falls_back_to_english() -> None:
    from mgi_desktop.messages import _REGISTRY, Template

    template = Template("test_only.untranslated", "{n} thing is missing", plural="{n} things are missing",
                        count="n")
    try:
        assert template.code not in wording.catalogue("fr")
        assert wording.text(template, "fr", n=1) == "1 thing is missing"
        assert wording.text(template, "ru", n=3) == "3 things are missing"
    finally:
        _REGISTRY.pop(template.code)
    # a language without a catalogue, and a catalogue that cannot be read: English throughout
    assert wording.text(P.WELL_DEVELOPED_HEADING, "xx") == P.WELL_DEVELOPED_HEADING.text
    assert wording.text(P.WELL_DEVELOPED_HEADING, "fr-CA") == wording.text(P.WELL_DEVELOPED_HEADING, "fr")


def test_values_are_rendered_in_the_language() -> None:
    from mgi_desktop.services.workflow import NOT_EDITABLE

    message = NOT_EDITABLE(status=AssessmentStatus.RETURNED)
    assert "« renvoyée »" in wording.translate(message, "fr") and "returned" not in wording.translate(message, "fr")
    assert wording.label(EvidenceKind.POLICY, "es") == "Política o estrategia"
    assert wording.label(EvidenceKind.POLICY, "en") == "Policy or strategy"
    assert wording.value(12.5, "fr") == "12,5" and wording.value(12.5, "en") == "12.5"
    assert wording.value(["a", "b"], "ar") == "a، b"
    assert wording.is_rtl("ar") and not wording.is_rtl("ru") and wording.direction("ar") == "rtl"


def test_every_export_label_is_translated_with_its_placeholders() -> None:
    from mgi_desktop import messages

    placeholder = re.compile(r"\{[a-z_]+\}")
    codes = {c: t for c, t in messages.load_all().items() if c.startswith(("export.", "label."))}
    assert len(codes) > 250
    for language in ("fr", "es", "ru", "ar"):
        shipped = wording.catalogue(language)
        for code, template in codes.items():
            assert code in shipped, (language, code)
            found = shipped[code]
            forms = found if isinstance(found, list) else [found]
            if template.plural is not None:
                assert isinstance(found, list) and len(found) == len(wording.plural_forms(language)), (language, code)
            expected = sorted(set(placeholder.findall(template.text)) - {f"{{{template.count}}}"})
            assert all(sorted(set(placeholder.findall(f))) == expected for f in forms), (language, code)
