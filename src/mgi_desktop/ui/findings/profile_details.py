"""The "Profile details" form of the findings page: the profile's title, country name, date, round label and
credits (`services.profile_settings`).

Each field is saved as it is edited, as answers are: a line after a pause in typing, when Enter is pressed
and when focus leaves it (the date only then: a half-typed date is not a date), the credits after a pause and
when focus leaves.  An empty field goes back to the default, which the field shows greyed as its placeholder.
A reload (after a save here or a change elsewhere) never overwrites a field whose typed text is not saved yet.
The labels take no Alt+letter: the findings page's letters are taken, in every language; Tab reaches them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from mgi_desktop.export.profile import title_page
from mgi_desktop.services.views import AssessmentMeta
from mgi_desktop.ui.widgets.plain_text import TYPING_DELAY_MS, PlainText

#: saves some settings; whether they were saved (a refusal was explained to the user)
Save = Callable[[dict[str, str | None]], bool]
#: the setting -> the assessment's column
_COLUMNS = {"title": "profile_title", "country_name": "profile_country_name", "date": "profile_date",
            "round_label": "profile_round_label", "credits": "profile_credits"}


class _Field:
    """One setting's editor, its last saved text, and the pause timer that saves it."""

    def __init__(self, name: str, edit: QLineEdit | PlainText, save: Save, owner: QWidget, *,
                 on_pause: bool = True) -> None:
        self.name, self.edit, self._save = name, edit, save
        self.committed = ""
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        if isinstance(edit, QLineEdit):
            if on_pause:
                edit.textEdited.connect(lambda _text: self.timer.start())
            edit.editingFinished.connect(self.flush)
        else:
            edit.textChanged.connect(self.timer.start)
            edit.focus_lost.connect(self.flush)

    def text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    @property
    def pending(self) -> bool:
        return self.text().strip() != self.committed.strip()

    def show(self, value: str | None, default: str) -> None:
        self.edit.setPlaceholderText(default)
        if self.pending:  # typed and not saved yet: kept, it is saved on its own pause or focus loss
            return
        self.timer.stop()
        text = value or ""
        self.edit.blockSignals(True)
        if isinstance(self.edit, QLineEdit):
            self.edit.setText(text)
            self.edit.setCursorPosition(0)
        else:
            self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.committed = text

    def flush(self) -> None:
        self.timer.stop()
        if self.pending:
            text = self.text()
            if self._save({self.name: text}):  # refused (a wrong date): still typed, still to save
                self.committed = text


class ProfileDetails(QGroupBox):
    """`ProfileDetails(save, parent)`: the form; `load(meta, language)` shows an assessment's settings."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Profile details"), parent)
        self.setObjectName("profile_details")
        self.fields: dict[str, _Field] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(4)

        def line(name: str, label: str, row: int, column: int, span: int = 1, *, on_pause: bool = True) -> None:
            edit = QLineEdit(self)
            edit.setObjectName(f"profile_{name}")
            edit.setAccessibleName(label.replace("&", ""))
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            grid.addWidget(caption, row, column)
            grid.addWidget(edit, row, column + 1, 1, span)
            self.fields[name] = _Field(name, edit, save, self, on_pause=on_pause)

        line("title", self.tr("Title:"), 0, 0, 5)
        line("country_name", self.tr("Country name:"), 1, 0)
        line("date", self.tr("Date:"), 1, 2, on_pause=False)
        line("round_label", self.tr("Round label:"), 1, 4)
        self.fields["date"].edit.setToolTip(self.tr("YYYY-MM or YYYY-MM-DD, e.g. 2023-12; empty: the month of "
                                                    "the last change"))
        credits = PlainText(self)
        credits.setObjectName("profile_credits")
        credits.setAccessibleName(self.tr("Credits"))
        line_height = credits.fontMetrics().lineSpacing()
        credits.setMinimumHeight(line_height * 2)
        credits.setMaximumHeight(line_height * 4)
        caption = QLabel(self.tr("Credits:"), self)
        caption.setBuddy(credits)
        grid.addWidget(caption, 2, 0)
        grid.addWidget(credits, 2, 1, 1, 5)
        self.fields["credits"] = _Field("credits", credits, save, self)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)

    def load(self, meta: AssessmentMeta, language: str) -> None:
        """Show `meta`'s settings; each empty one shows its default greyed."""
        defaults = title_page(dataclasses.replace(meta, profile_title=None, profile_country_name=None,
                                                  profile_date=None, profile_round_label=None,
                                                  profile_credits=None), language)
        own_title = title_page(dataclasses.replace(meta, profile_title=None), language).title
        shown = {"title": own_title, "country_name": defaults.country_name, "date": defaults.date.strftime("%Y-%m"),
                 "round_label": defaults.round_label,
                 "credits": self.tr("The partners to credit (e.g. who funded the assessment and who contributed)")}
        for name, field in self.fields.items():
            field.show(getattr(meta, _COLUMNS[name]), shown[name])

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            field.edit.setReadOnly(read_only)

    def flush(self) -> None:
        """Save typed text still waiting for its pause."""
        for field in self.fields.values():
            field.flush()
