"""A check box whose text wraps onto further lines, as a word-wrapped label does.

A `QCheckBox` is as wide as its whole sentence, and a long one (in Russian above
all) widens the page past the screen; this one asks for about twenty characters
and takes the height its text needs at the width it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QStyleOptionFocusRect, QWidget

MIN_CHARACTERS = 20
_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred,
                             QSizePolicy.ControlType.CheckBox)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _indicator_width(self) -> int:
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def minimumSizeHint(self) -> QSize:
        width = self._indicator_width() + self.fontMetrics().averageCharWidth() * MIN_CHARACTERS
        return QSize(min(width, super().sizeHint().width()), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text_width = max(1, width - self._indicator_width() - 2)
        bound = self.fontMetrics().boundingRect(QRect(0, 0, text_width, 10_000), int(_FLAGS), self.text())
        return max(super().sizeHint().height(), bound.height() + 4)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # every line of the text, not only the first

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= super().sizeHint().width():  # one line: as any check box
            super().paintEvent(event)
            return
        painter = QPainter(self)
        style = self.style()
        option = self._option()
        text = option.text
        option.text = ""  # the indicator (and focus) drawn by the style, the text wrapped here
        indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        indicator.moveTop(2)
        box = QStyleOptionButton(option)
        box.rect = indicator
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, self)
        left = self._indicator_width()
        area = QRect(left, 2, self.width() - left, self.height() - 2)
        if self.isRightToLeft():
            area.moveLeft(0)
        alignment = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        style.drawItemText(painter, area, int(alignment | Qt.AlignmentFlag.AlignTop) | int(_FLAGS), self.palette(),
                           self.isEnabled(), text, self.foregroundRole())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = style.itemTextRect(self.fontMetrics(), area, int(alignment) | int(_FLAGS), True, text)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)
        painter.end()
