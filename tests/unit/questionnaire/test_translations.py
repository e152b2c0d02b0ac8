"""Translation files: keys, fingerprints, outdated texts, the status report, and where they are found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mgi_desktop.errors import QuestionnaireError
from mgi_desktop.questionnaire import loader, texts, translations
from mgi_desktop.questionnaire.translations import Entry, Status, TranslationFile

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def mini_file(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    target = folder / "mini.yaml"
    shutil.copyfile(DATA / "mini.yaml", target)
    return target


def _translate(framework: object, language: str, keys: dict[str, str],
               status: Status = Status.DRAFT) -> TranslationFile:
    known = texts.by_key(framework.source_model)  # type: ignore[attr-defined]
    return TranslationFile("mini", language, {
        key: Entry(text, texts.fingerprint(known[key].source("en")), status) for key, text in keys.items()})


def test_every_text_has_one_key_that_names_its_owner(mini: object) -> None:
    found = list(texts.iter_texts(mini.source_model))  # type: ignore[attr-defined]
    keys = [t.key for t in found]
    assert len(keys) == len(set(keys))
    assert {"questionnaire:title", "domain:D1:title", "sub_area:D1.1:title", "indicator:D1.1.1:title",
            "question:Q1:text", "question:Q1:guidance", "list:access:all:label", "choice:Q2:law:label"} <= set(keys)
    q1 = next(t for t in found if t.key == "question:Q1:text")
    assert (q1.owner, q1.field, q1.source("en")) == ("question Q1", "text", "Do migrants have access to health care?")


def test_map_texts_changes_only_what_it_is_asked_to(mini: object) -> None:
    model = mini.source_model  # type: ignore[attr-defined]
    assert texts.map_texts(model, lambda t: t.value) is model
    shouted = texts.map_texts(model, lambda t: type(t.value)({"en": t.source("en").upper()}))
    assert shouted.domains[0].sub_areas[0].indicators[0].questions[0].text.get("en") == \
        "DO MIGRANTS HAVE ACCESS TO HEALTH CARE?"
    assert [t.key for t in texts.iter_texts(shouted)] == [t.key for t in texts.iter_texts(model)]


def test_a_fingerprint_ignores_rewrapping_but_not_rewording() -> None:
    assert texts.fingerprint("Do migrants\n  have access?") == texts.fingerprint("Do migrants have access?")
    assert texts.fingerprint("Do migrants have access?") != texts.fingerprint("Do refugees have access?")


def test_a_translation_file_beside_the_questionnaire_is_shown_and_counted(mini_file: Path) -> None:
    framework = loader.load_file(mini_file)
    layer = _translate(framework, "es", {"question:Q1:text": "¿Tienen los migrantes acceso a la salud?",
                                         "domain:D1:title": "Derechos de los migrantes"}, Status.REVIEWED)
    translations.write_file(layer, mini_file.parent / "translations" / "mini.es.json", framework.source_model)

    again = loader.load_file(mini_file)
    assert "es" in again.model.languages
    assert again.placement("Q1").question.text.get("es") == "¿Tienen los migrantes acceso a la salud?"
    assert again.placement("Q3").question.text.get("es", "en") == "How many staff work in the migration agency?"
    assert again.sha256 == framework.sha256  # a translation is no part of the questionnaire's identity
    report = {c.language: c for c in translations.coverage(again.source_model, again.translations)}
    total = len(list(texts.iter_texts(again.source_model)))
    assert (report["es"].translated, report["es"].reviewed, report["es"].draft, report["es"].outdated) == (2, 2, 0, 0)
    assert report["es"].missing == total - 2
    assert report["fr"].inline > 0 and report["fr"].translated == report["fr"].inline  # mini.yaml's own French


def test_a_changed_source_text_makes_its_translation_outdated_and_shows_the_source(mini_file: Path) -> None:
    framework = loader.load_file(mini_file)
    layer = _translate(framework, "es", {"question:Q1:text": "¿Acceso a la salud?", "question:Q3:text": "¿Cuántos?"})
    translations.write_file(layer, mini_file.parent / "translations" / "mini.es.json")
    mini_file.write_text(mini_file.read_text(encoding="utf-8").replace(
        "How many staff work in the migration agency?", "How many people work in the migration agency?"),
        encoding="utf-8")

    changed = loader.load_file(mini_file)
    assert changed.placement("Q3").question.text.get("es", "en") == "How many people work in the migration agency?"
    assert changed.placement("Q1").question.text.get("es") == "¿Acceso a la salud?"
    (report,) = [c for c in translations.coverage(changed.source_model, changed.translations) if c.language == "es"]
    assert (report.translated, report.outdated, report.outdated_keys, report.draft) == (1, 1, ("question:Q3:text",), 1)


def test_the_users_folder_replaces_the_apps_translation_of_a_language(mini_file: Path, data_dir: Path) -> None:
    framework = loader.load_file(mini_file)
    beside = _translate(framework, "es", {"question:Q1:text": "uno", "question:Q3:text": "tres"})
    translations.write_file(beside, mini_file.parent / "translations" / "mini.es.json")
    mine = _translate(framework, "es", {"question:Q1:text": "mío"})
    translations.write_file(mine, data_dir / "translations" / "mini.es.json")
    again = loader.load_file(mini_file)
    # the folder beside a file comes last: it is the one a translator of that file works in
    assert again.placement("Q1").question.text.get("es") == "uno"
    assert translations.folders(mini_file.parent)[-1] == (mini_file.parent / "translations").resolve()


@pytest.mark.parametrize(("body", "expected"), [
    ('{"format": 1, "questionnaire": "mini", "language": "es", "texts": {"question:Q1:text": '
     '{"source": "abc", "status": "draft", "text": "x"}}}', "translations.bad_entry"),
    ('{"format": 1, "questionnaire": "mini", "language": "es", "texts": {"question:Q1:text": '
     '{"source": "0123456789ab", "status": "done", "text": "x"}}}', "translations.bad_entry"),
    ('{"format": 1, "questionnaire": "mini", "language": "es", "texts": {"question:Q1:text": '
     '{"source": "0123456789ab", "status": "draft", "text": "   "}}}', "translations.bad_entry"),
    ('{"format": 1, "questionnaire": "mini", "language": "es", "colour": "red", "texts": {}}',
     "translations.unknown_field"),
    ('{"format": 1, "questionnaire": "mini", "language": "pt", "texts": {}}', "translations.wrong_name"),
    ('{"format": 1, "questionnaire": "mini", "language": "es", "language": "es", "texts": {}}',
     "translations.key_twice"),
    ('["just", "a list"]', "translations.not_a_mapping"),
    ('{"format": 1, "questionnaire": "mini",\n "texts": {"a": [\n', "translations.not_json"),
    ("", "questionnaire.empty_file"),
])
def test_a_broken_translation_file_is_named_with_its_problem_and_left_out(
        mini_file: Path, body: str, expected: str) -> None:
    path = mini_file.parent / "translations" / "mini.es.json"
    path.parent.mkdir()
    path.write_text(body, encoding="utf-8")
    translation, problems = translations.check_file(path)
    assert translation is None
    assert expected in [p.msg.code for p in problems]
    assert all(p.file == str(path) for p in problems)
    assert all(p.line in (None, 3) for p in problems)  # a JSON error knows its line (here: the end)
    with pytest.raises(QuestionnaireError):
        translations.read_file(path)
    framework = loader.load_file(mini_file)  # the questionnaire still opens, untranslated
    assert "es" not in framework.model.languages


def test_a_translation_file_reads_back_as_written(mini: object, tmp_path: Path) -> None:
    layer = _translate(mini, "ru", {"question:Q1:text": "Имеют ли мигранты доступ?\nВторая строка"})
    layer.origin = "test"
    path = tmp_path / "mini.ru.json"
    translations.write_file(layer, path, mini.source_model)  # type: ignore[attr-defined]
    back = translations.read_file(path)
    assert (back.entries, back.origin, back.language) == (layer.entries, "test", "ru")
