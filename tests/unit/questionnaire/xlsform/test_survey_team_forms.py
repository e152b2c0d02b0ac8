"""XLSForms as survey teams write them: groups, four languages, a cascading choice filter, metadata
the app does not keep, and mistakes, each reported with its cell and all at once."""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.questionnaire.xlsform.read import check_xlsform

from .conftest import MakeForm

LANGS = ["English (en)", "Français (fr)", "Español (es)", "العربية (ar)"]
HEADER = ["type", "name", *[f"label::{lang}" for lang in LANGS], *[f"hint::{lang}" for lang in LANGS],
          "required", "relevant", "constraint", "constraint_message::English (en)", "choice_filter", "appearance"]


def row(type_: str, name: str = "", labels: tuple[str, ...] = (), hints: tuple[str, ...] = (), required: str = "",
        relevant: str = "", constraint: str = "", message: str = "", choice_filter: str = "",
        appearance: str = "") -> list[str]:
    return [type_, name, *(list(labels) + [""] * 4)[:4], *(list(hints) + [""] * 4)[:4], required, relevant,
            constraint, message, choice_filter, appearance]


SURVEY = [
    HEADER,
    row("start", "start"),
    row("end", "end"),
    row("begin group", "rights", ("Migrants' rights", "Droits des migrants", "Derechos de los migrantes",
                                  "حقوق المهاجرين")),
    row("begin group", "services", ("Access to services", "Accès aux services", "Acceso a servicios",
                                    "الوصول إلى الخدمات")),
    row("begin group", "health", ("Health", "Santé", "Salud", "الصحة")),
    row("select_one yn", "hc", ("Do migrants have access to health care?", "Les migrants ont-ils accès aux soins ?",
                                "¿Tienen los migrantes acceso a la salud?", "هل يحصل المهاجرون على الرعاية الصحية؟"),
        ("Emergency care counts.", "Les urgences comptent.", "Cuenta la urgencia.", "الطوارئ تُحتسب."),
        required="yes", appearance="horizontal"),
    row("select_one region", "region", ("Which region?", "Quelle région ?", "¿Qué región?", "أي منطقة؟"),
        required="yes", relevant="${hc} = 'yes'"),
    row("select_multiple city", "cities", ("Which cities?", "Quelles villes ?", "¿Qué ciudades?", "أي مدن؟"),
        relevant="${hc} = 'yes'", choice_filter="region = ${region}", constraint="count-selected(.) <= 2",
        message="Two cities at most."),
    row("integer", "staff", ("How many staff?", "Combien d'agents ?", "¿Cuántos agentes?", "كم عدد الموظفين؟"),
        required="yes", constraint=". >= 0", message="A count is never negative."),
    row("text", "notes", ("Notes", "Notes", "Notas", "ملاحظات"),
        relevant="${hc} != '' and not(${hc} = 'no')", constraint="string-length(.) < 500",
        message="Keep it short."),
    row("date", "adopted", ("Adopted on", "Adoptée le", "Adoptada el", "اعتمدت في")),
    row("decimal", "share", ("Share of budget", "Part du budget", "Parte del presupuesto", "حصة الميزانية")),
    row("end group"), row("end group"), row("end group"),
]
CHOICES = [
    ["list_name", "name", *[f"label::{lang}" for lang in LANGS], "region"],
    ["yn", "yes", "Yes", "Oui", "Sí", "نعم", ""],
    ["yn", "no", "No", "Non", "No", "لا", ""],
    ["yn", "dont_know", "Don't know", "Ne sait pas", "No sabe", "لا أعرف", ""],
    ["region", "north", "North", "Nord", "Norte", "الشمال", ""],
    ["region", "south", "South", "Sud", "Sur", "الجنوب", ""],
    ["city", "n1", "Northtown", "Nordville", "Norteña", "مدينة الشمال", "north"],
    ["city", "n2", "Hilltop", "Colline", "Colina", "التل", "north"],
    ["city", "s1", "Southport", "Port-Sud", "Puerto Sur", "ميناء الجنوب", "south"],
]
SETTINGS = [["form_title", "form_id", "version", "default_language", "mgi_level"],
            ["Health access", "health-access", "2024011501", "English (en)", "national"]]


def test_a_survey_teams_form_becomes_a_questionnaire(make_form: MakeForm) -> None:
    result = check_xlsform(make_form(SURVEY, CHOICES, SETTINGS))
    assert result.problems == []
    framework = result.framework
    assert framework is not None
    model = framework.model
    assert (model.id, model.version, model.level.value) == ("health-access", "2024011501", "national")
    assert model.languages == ["en", "fr", "es", "ar"] and model.source_language == "en"
    assert [d.code for d in model.domains] == ["rights"] and model.domains[0].number == 1
    assert framework.codes() == ["hc", "region", "cities", "staff", "notes", "adopted", "share"]
    types = {code: p.question.type for code, p in framework.placements.items()}
    assert types == {"hc": "yes_no", "region": "single_choice", "cities": "multiple_choice", "staff": "integer",
                     "notes": "text", "adopted": "date", "share": "number"}
    hc = framework.placement("hc").question
    assert hc.text.get("ar") == "هل يحصل المهاجرون على الرعاية الصحية؟" and hc.hint is not None
    assert hc.hint.get("es") == "Cuenta la urgencia." and hc.allow_dont_know
    # the team's own labels of yes and no are kept (the app has none in Spanish or Arabic), scores too
    yes = framework.placement("hc").choice("yes")
    assert yes is not None and yes.label.get("ar") == "نعم" and yes.score == 1
    assert hc.required and not framework.placement("adopted").question.required
    # conditions in the app's language, with the XLSForm meanings kept
    assert framework.placement("region").question.relevant == "${hc} = 'yes'"
    assert framework.placement("notes").question.relevant == "answered(${hc}) and not (${hc} = 'no')"
    assert framework.relevance({"hc": "no"})["notes"] is False
    assert framework.relevance({"hc": "yes"})["notes"] is True
    staff = framework.placement("staff").question
    assert [(c.expression, str(c.message)) for c in staff.constraints] == [(". >= 0", "A count is never negative.")]
    assert framework.constraint_messages("staff", -1, {}) != [] and framework.constraint_messages("staff", 3, {}) == []
    assert framework.constraint_messages("notes", "x" * 600, {}) != []
    # the cascading choice filter: each city offered only for its region
    offered = {region: [c.code for c in framework.offered("cities", {"hc": "yes", "region": region})]
               for region in ("north", "south")}
    assert offered == {"north": ["n1", "n2"], "south": ["s1"]}
    assert framework.constraint_messages("cities", ["n1", "n2", "s1"], {"hc": "yes", "region": "north"}) != []
    # what the app reads past is said, not dropped in silence
    notes = [n.code for n in result.notes]
    assert notes.count("xlsform.note_metadata") == 2 and "xlsform.note_column" in notes


def test_repeats_are_refused_clearly(make_form: MakeForm) -> None:
    survey = [
        ["type", "name", "label"],
        ["begin group", "d", "Domain"], ["begin group", "s", "Sub-area"], ["begin group", "i", "Indicator"],
        ["text", "law", "Which law?"],
        ["begin repeat", "agencies", "Agencies"],
        ["text", "agency", "Agency name"],
        ["end repeat"],
        ["end group"], ["end group"], ["end group"],
    ]
    result = check_xlsform(make_form(survey))
    assert result.framework is None
    (problem,) = result.problems
    assert (problem.line, problem.msg.code) == ("survey!A6", "xlsform.repeat")
    assert str(problem).endswith("survey!A6: repeat 'agencies': the app asks each question once per assessment "
                                 "and cannot repeat a group")


def test_every_mistake_is_reported_with_its_cell_all_at_once(make_form: MakeForm, tmp_path: Path) -> None:
    survey = [
        ["type", "name", "label::English (en)", "relevant", "required"],
        ["begin group", "d1", "Rights"], ["begin group", "s1", "Services"], ["begin group", "i1", "Health"],
        ["select_one yn", "q1", "Access?", "${q2} = 'yes'", "yes"],  # circular with q2 ...
        ["select_one yn", "q2", "A law?", "${q1} = 'yes'", "yes"],  # ... and q2 with q1
        ["slect_one yn", "q3", "A typo in the type"],
        ["text", "q4", "Describe it", "${missing} != ''"],
        ["select_one nolist", "q5", "A list that does not exist"],
        ["integer", "q1", "The same name again"],
        ["text", "q6", "Bad required", "", "sometimes"],
        ["end group"], ["end group"], ["end group"],
    ]
    choices = [["list_name", "name", "label::English (en)"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    form = make_form(survey, choices)
    before = form.read_bytes()
    result = check_xlsform(form)
    assert result.framework is None
    found = [(p.line, p.msg.code) for p in result.problems]
    assert found == [
        ("survey!D5", "questionnaire.cycle"),
        ("survey!A7", "xlsform.unknown_type"),
        ("survey!D8", "xlsform.unknown_name"),
        ("survey!A9", "xlsform.no_such_list"),
        ("survey!B10", "xlsform.duplicate_name"),
        ("survey!E11", "xlsform.not_yes_no"),
    ]
    text = [str(p) for p in result.problems]
    assert text[0] == f"{form}: survey!D5: question q1: cycle in conditions: q1 -> q2 -> q1"
    assert "'slect_one yn'" in text[1] and "${missing}" in text[2] and "'nolist'" in text[3]
    assert text[4].endswith("duplicate name 'q1' (first used in survey!B5)")
    assert form.read_bytes() == before  # reading changes nothing


def test_a_form_that_is_not_a_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "form.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    (problem,) = check_xlsform(fake).problems
    assert problem.msg.code == "xlsform.not_xlsx" and str(problem).startswith(f"{fake}: not an Excel workbook")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert [p.msg.code for p in check_xlsform(old).problems] == ["xlsform.old_xls"]
    assert [p.msg.code for p in check_xlsform(tmp_path / "missing.xlsx").problems] == ["questionnaire.not_found"]


def test_a_workbook_without_a_survey_sheet(make_form: MakeForm, tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "Budget"
    book.save(path)
    (problem,) = check_xlsform(path).problems
    assert problem.msg.code == "xlsform.no_survey" and "Budget" in str(problem)


def test_expressions_the_app_cannot_evaluate_are_refused_with_their_cell(make_form: MakeForm) -> None:
    survey = [
        ["type", "name", "label", "relevant", "constraint"],
        ["begin group", "d"], ["begin group", "s"], ["begin group", "i"],
        ["integer", "a", "A", "", ". mod 2 = 0"],
        ["integer", "b", "B", "today() > '2020-01-01'"],
        ["integer", "c", "C", "/data/d/s/i/a > 1"],
        ["integer", "e", "E", "a > 1"],
        ["calculate", "f", "F"],
        ["note", "g", "A note among the questions"],
        ["end group"], ["end group"], ["end group"],
    ]
    result = check_xlsform(make_form(survey))
    assert [(p.line, p.msg.code) for p in result.problems] == [
        ("survey!E5", "xlsform.unsupported_operator"),
        ("survey!D6", "xlsform.unsupported_function"),
        ("survey!D7", "xlsform.unsupported_path"),
        ("survey!D8", "xlsform.bare_name"),
        ("survey!A9", "xlsform.unsupported_type"),
        ("survey!A10", "xlsform.note_place"),
    ]
    # a form without settings says what it took in their place
    from mgi_desktop.messages import english

    assert sorted(english(n) for n in result.notes if n.code == "xlsform.note_default") == [
        "settings default_language is not given: 'en' is used", "settings form_id is not given: 'form' is used",
        "settings mgi_level is not given: 'national' is used", "settings version is not given: '1' is used"]


def test_structure_mistakes(make_form: MakeForm) -> None:
    survey = [
        ["type", "name", "label", "mgi_level", "mgi_evidence_requird"],
        ["text", "loose", "A question outside any group"],
        ["begin group", "d", "Domain"],
        ["begin group", "i", "Indicator", "indicator"],
        ["end group"],
        ["end group"],
        ["end group"],
        ["begin group", "open", "Never closed"],
    ]
    result = check_xlsform(make_form(survey))
    assert [(p.line, p.msg.code) for p in result.problems] == [
        ("survey!E1", "xlsform.unknown_mgi_column"),
        ("survey!B2", "xlsform.outside_indicator"),
        ("survey!A3", "questionnaire.empty_domain"),  # its indicator group is misplaced
        ("survey!D4", "xlsform.wrong_parent"),
        ("survey!A7", "xlsform.end_without_begin"),
        ("survey!A8", "xlsform.not_closed"),
    ]


def test_a_workbook_with_xml_entities_is_refused_unexpanded(make_form: MakeForm, tmp_path: Path) -> None:
    """A "billion laughs" sheet: the XML parser refuses entities (defusedxml) before expanding one."""
    import zipfile

    plain = make_form([["type", "name", "label"], ["text", "q", "Q"]])
    bomb = tmp_path / "bomb.xlsx"
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 9))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = f"<!DOCTYPE worksheet [{entities}]>{data.decode()}".replace("<t>type", "<t>&l8;", 1).encode()
            target.writestr(item, data)
    result = check_xlsform(bomb)
    assert result.framework is None
    assert [p.msg.code for p in result.problems] == ["xlsform.not_xlsx"]


def test_older_spellings_read_as_pyxform_reads_them(make_form: MakeForm) -> None:
    """``list name``, ``select one from``, namespaced columns: a form from an older tool is read, and what
    the app cannot do is said once, clearly."""
    survey = [
        ["type", "name", "label", "media::image", "bind::odk:length"],
        ["begin_group", "d", "Domain"], ["begin_group", "s", "Sub-area"], ["begin_group", "i", "Indicator"],
        ["select one from yn", "law", "A law?", "law.png", ""],
        ["select all that apply from kinds", "kinds", "Which kinds?"],
        ["select one from yn or specify other", "other", "Other?"],
        ["phone number", "phone"],
        ["end_group"], ["end_group"], ["end_group"],
    ]
    choices = [["list name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"],
               ["kinds", "law", "Law"], ["kinds", "decree", "Decree"]]
    result = check_xlsform(make_form(survey, choices))
    assert [(p.line, p.msg.code) for p in result.problems] == [("survey!A7", "xlsform.or_other")]
    notes = {n.code for n in result.notes}
    assert {"xlsform.note_metadata", "xlsform.note_column"} <= notes  # phone number; media::image

    flat = [["type", "name", "label"], ["text", "a", "A"], ["integer", "b", "B"]]
    result = check_xlsform(make_form(flat, name="flat.xlsx"))
    assert [(p.line, p.msg.code) for p in result.problems] == [("survey!A1", "xlsform.no_groups")]
