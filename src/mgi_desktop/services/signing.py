"""What the user's key signs besides packages: review decisions and status steps.

A decision or a status step travels from database to database inside
packages signed by whoever sends them (the focal point passes the
reviewer's decisions back, for instance), so each carries its own signature
by the key that made it.  A receiver accepts a decision, a return or a
validation only when that signature verifies and the key is one of the
assessment's reviewers: who sent the package does not matter.

A status statement also signs a digest of every answer (code, value and
justification) at that moment: an answer changed after validation no
longer matches, and consolidation says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from mgi_desktop import utc
from mgi_desktop.identity.keys import Identity, PublicKey, Purpose, b64, canonical, unb64


def answers_digest(answers: Iterable[tuple[str, Any, str]]) -> str:
    """SHA-256 of the answers as (code, value, justification), in code order; unanswered ones left out."""
    rows = sorted([code, value, justification or ""] for code, value, justification in answers
                  if value is not None or justification)
    return hashlib.sha256(canonical(rows)).hexdigest()


def stored_answers(rows: Iterable[tuple[str, str | None, str]]) -> list[tuple[str, Any, str]]:
    """(code, value_json, justification) rows of the answer table as `answers_digest` takes them."""
    return [(code, None if value is None else json.loads(value), justification) for code, value, justification in rows]


def decision_statement(assessment_id: str, decision_id: str, question: str, decision: str, reason: str,
                       decided_at: dt.datetime) -> dict[str, Any]:
    return {"assessment_id": assessment_id, "id": decision_id, "question": question, "decision": str(decision),
            "reason": reason, "decided_at": utc.text(decided_at)}


def status_statement(assessment_id: str, attestation_id: str, status: str, at: dt.datetime,
                     digest: str) -> dict[str, Any]:
    return {"assessment_id": assessment_id, "id": attestation_id, "status": str(status), "at": utc.text(at),
            "answers_digest": digest}


def sign(identity: Identity, purpose: Purpose, statement: dict[str, Any]) -> tuple[str, str]:
    """(signer fingerprint, signature in base64) of `statement`."""
    return identity.fingerprint, b64(identity.sign(purpose, statement))


def verifies(public: PublicKey | None, purpose: Purpose, statement: dict[str, Any], signature: str) -> bool:
    if public is None or not signature:
        return False
    try:
        raw = unb64(signature, 64)
    except ValueError:
        return False
    return public.verify(purpose, statement, raw)
