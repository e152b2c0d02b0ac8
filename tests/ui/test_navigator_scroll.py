"""Moving on scrolls the navigator only when the question's row leaves it, by half a screen (a scrolled
tree is repainted whole: row-by-row scrolling made every move repaint it)."""

from __future__ import annotations

import itertools

import pytest

from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import assessments
from mgi_desktop.storage.db import Database
from mgi_desktop.ui.assessment.assessment_view import AssessmentView

pytestmark = pytest.mark.gui


def test_the_tree_scrolls_only_when_the_row_leaves_it(qtbot, db: Database, national: Framework) -> None:
    aid = assessments.create(db, national, country="KGZ").id
    view = AssessmentView(db, aid)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    tree, bar = view.tree, view.tree.verticalScrollBar()
    view.go_to(national.codes()[0])
    values = []
    for _ in range(60):
        view.go_next()
        index = view._tree_index(view.current_code)
        row = tree.visualRect(index)
        assert row.top() >= 0 and row.bottom() <= tree.viewport().height()  # the current row is in view
        values.append(bar.value())
    steps = [b - a for a, b in itertools.pairwise(values) if b != a]
    assert steps and len(steps) < 15  # a few jumps, not a scroll on every move
    assert tree.hasAutoScroll()  # arrow keys in the tree still keep their row in view
