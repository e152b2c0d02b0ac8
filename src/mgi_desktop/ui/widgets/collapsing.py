"""A list that folds to nothing when empty, without being hidden.

Showing a hidden widget lays out all its ancestors at once and lays its items out again: for the
evidence and comment lists of the question page that was the dearest part of moving to a question
that has some.  A folded list keeps its place at no height, out of the tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QBoxLayout


def fold(view: QAbstractItemView, layout: QBoxLayout, folded: bool, height: int) -> None:
    """Fold `view` (in `layout`, at most `height` high when open) to no height, or open it."""
    if view.property("folded") == folded:
        return
    view.setProperty("folded", folded)
    view.setMaximumHeight(0 if folded else height)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus if folded else Qt.FocusPolicy.StrongFocus)
    view.setFrameShape(view.Shape.NoFrame if folded else view.Shape.StyledPanel)
    layout.setSpacing(0 if folded else -1)  # -1: the style's spacing; none beside a folded list
