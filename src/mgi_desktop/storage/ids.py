"""Row ids: random UUIDs stored as text, so rows keep their identity across exchanged databases."""

from __future__ import annotations


def new_id() -> str:
    import uuid  # imported by the first new row, not by every start (it brings the platform module)

    return str(uuid.uuid4())
