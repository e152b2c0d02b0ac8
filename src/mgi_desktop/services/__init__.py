"""Use cases of the app, called by the window, the command line and the exchange code.

Each function takes the open `Database` first, runs one short transaction,
checks the rules (answer types, roles, states) and returns what it changed.
No Qt here.

Two ways to the database, one rule for imports.  What the window reads to
show an assessment, and what ``answer set`` reads and writes, is plain SQL
on the database's own connection (`Database.query`, `sql_transaction`:
`storage.sql`), so that a start or a short command never imports SQLAlchemy
(about as long as everything else such a start does).  Everything else uses
the ORM (`Database.transaction`, `storage.tables`).  The modules on those two
paths (`HOT_PATH_MODULES`, checked by tests/unit/test_hot_paths.py) import
SQLAlchemy, SQLModel and `storage.tables` inside the functions that use the
ORM, never at module level; the other modules import them at the top.  The
window imports the ORM in the background once the assessment is shown
(`ui.shell.warm_up`), so the first ORM action does not wait for it.
"""

#: The modules that the window's start and ``answer set`` import: no ORM at module level.
HOT_PATH_MODULES = (
    "mgi_desktop.services.answer_state",
    "mgi_desktop.services.answers",
    "mgi_desktop.services.assessments",
    "mgi_desktop.services.audit",
    "mgi_desktop.services.changes",
    "mgi_desktop.services.checks",
    "mgi_desktop.services.comments",
    "mgi_desktop.services.countries",
    "mgi_desktop.services.evidence",
    "mgi_desktop.services.frameworks",
    "mgi_desktop.services.review",
    "mgi_desktop.services.views",
    "mgi_desktop.services.workflow",
)
