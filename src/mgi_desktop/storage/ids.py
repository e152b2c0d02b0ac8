"""Row ids: random UUIDs stored as text, so rows keep their identity across exchanged databases."""

from __future__ import annotations

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
