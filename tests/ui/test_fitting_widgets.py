"""The widgets that let a page be narrower than its longest sentence: a wrapping button row and a
wrapping check box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from mgi_desktop.ui.widgets.flow_layout import FlowLayout
from mgi_desktop.ui.widgets.wrap_check import WrapCheckBox

pytestmark = pytest.mark.gui

LONG = "Soumettre &malgré les problèmes restants (expliquez pourquoi dans la note au réviseur)"


def row_of_buttons(qtbot, direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> tuple[QWidget, list]:
    page = QWidget()
    page.setLayoutDirection(direction)
    qtbot.addWidget(page)
    flow = FlowLayout()
    buttons = [QPushButton(f"Déplacer vers l'autre liste {n}", page) for n in range(5)]
    for button in buttons:
        flow.addWidget(button)
    QVBoxLayout(page).addLayout(flow)
    page.show()
    return page, buttons


def test_a_row_of_buttons_wraps_instead_of_widening_the_page(qtbot) -> None:
    page, buttons = row_of_buttons(qtbot)
    widest = max(b.sizeHint().width() for b in buttons)
    assert page.minimumSizeHint().width() < widest * 2  # not the whole row's width
    page.resize(widest * 5 + 80, 200)
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1  # room for one line: one line
    page.resize(widest * 2 + 40, 300)
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 3  # two a line
    assert all(page.rect().contains(b.geometry()) for b in buttons)
    # the page asks for the height of its three lines at this width
    assert page.heightForWidth(page.width()) >= buttons[-1].geometry().bottom() - buttons[0].y()


def test_the_row_starts_on_the_right_in_arabic(qtbot) -> None:
    page, buttons = row_of_buttons(qtbot, Qt.LayoutDirection.RightToLeft)
    page.resize(buttons[0].sizeHint().width() * 5 + 80, 200)
    QApplication.processEvents()
    assert buttons[0].x() > buttons[1].x() > buttons[2].x()


def test_a_long_check_box_wraps_and_every_line_toggles_it(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    box = WrapCheckBox(LONG, page)
    QVBoxLayout(page).addWidget(box)
    page.show()
    one_line = box.sizeHint().width()
    assert page.minimumSizeHint().width() < one_line // 2
    page.resize(one_line // 3, 200)
    QApplication.processEvents()
    assert box.width() < one_line and box.height() >= 3 * box.fontMetrics().height()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() - 4))
    assert box.isChecked()  # a click on its last line
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert not box.grab().isNull()  # it paints wrapped
