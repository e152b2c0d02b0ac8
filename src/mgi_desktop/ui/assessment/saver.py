"""How a page hands a change to the assessment view: `Saver(change)` runs it (or keeps what was typed
when it fails), records it for undo and refreshes what changed; the page never calls a service itself."""

from __future__ import annotations

from collections.abc import Callable

from mgi_desktop.services.changes import Changes

Saver = Callable[[Callable[[], Changes]], Changes | None]
