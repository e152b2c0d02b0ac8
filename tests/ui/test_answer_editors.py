"""Every registered answer type has an editor in the window, made from its registry entry."""

from __future__ import annotations

import pytest

from mgi_desktop.questionnaire import answer_types
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.ui.assessment.answer_widgets import EDITORS, make_editor

pytestmark = pytest.mark.gui


def test_each_type_names_an_editor_that_exists() -> None:
    assert {answer_types.kind(name).editor for name in answer_types.names()} <= set(EDITORS)


def test_each_question_of_mini_gets_the_editor_its_type_names(qtbot, mini: Framework) -> None:
    for placement in mini.placements.values():
        editor = make_editor(placement, "en")
        qtbot.addWidget(editor)
        assert type(editor) is EDITORS[placement.kind.editor]
        editor.set_value(placement.kind.example(placement, placement.position))
