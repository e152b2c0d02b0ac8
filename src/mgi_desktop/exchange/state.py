"""What this database remembers about exchanges: its replica id and the package log.

The base of a three-way merge is the newest package, in this database's own
log, that both sides are known to hold: either the last package received
from the sender, or the package of ours that the sender says it imported last
(``Manifest.received``), whichever came later here.
"""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from mgi_desktop.enums import Direction
from mgi_desktop.exchange.format import Manifest, PackageData
from mgi_desktop.storage.tables import ExchangePackage, Replica

SENT, RECEIVED = Direction.SENT, Direction.RECEIVED


def peek_replica_id(session: Session) -> str | None:
    row = session.get(Replica, 1)
    return row.replica_id if row else None


def replica_id(session: Session) -> str:
    """This database's id in exchanges, created on first use."""
    row = session.get(Replica, 1)
    if row is None:
        row = Replica(id=1)
        session.add(row)
        session.flush()
    return row.replica_id


def next_sequence(session: Session, assessment_id: str, me: str) -> int:
    last = session.exec(select(func.max(ExchangePackage.sequence)).where(
        ExchangePackage.assessment_id == assessment_id, ExchangePackage.sender_id == me,
        ExchangePackage.direction == SENT)).one()
    return int(last or 0) + 1


def received_map(session: Session, assessment_id: str) -> dict[str, int]:
    """The newest sequence imported from each peer, for this assessment."""
    rows = session.exec(select(ExchangePackage.sender_id, func.max(ExchangePackage.sequence))
                        .where(ExchangePackage.assessment_id == assessment_id,
                               ExchangePackage.direction == RECEIVED)
                        .group_by(col(ExchangePackage.sender_id))).all()
    return {sender: int(seq) for sender, seq in rows}


def last_received(session: Session, assessment_id: str, sender_id: str) -> ExchangePackage | None:
    return session.exec(select(ExchangePackage).where(
        ExchangePackage.assessment_id == assessment_id, ExchangePackage.sender_id == sender_id,
        ExchangePackage.direction == RECEIVED).order_by(col(ExchangePackage.sequence).desc())).first()


def known_package(session: Session, package_id: str) -> ExchangePackage | None:
    return session.exec(select(ExchangePackage).where(ExchangePackage.id == package_id)).first()


def base_for(session: Session, manifest: Manifest, me: str | None) -> PackageData | None:
    candidates: list[ExchangePackage] = []
    received = last_received(session, manifest.assessment_id, manifest.sender.replica_id)
    if received is not None:
        candidates.append(received)
    acknowledged = manifest.received.get(me) if me else None
    if acknowledged is not None and me is not None:
        sent = session.exec(select(ExchangePackage).where(
            ExchangePackage.assessment_id == manifest.assessment_id, ExchangePackage.sender_id == me,
            ExchangePackage.direction == SENT, ExchangePackage.sequence == acknowledged)).first()
        if sent is not None:
            candidates.append(sent)
    if not candidates:
        return None
    newest = max(candidates, key=lambda row: row.seq or 0)
    return PackageData.model_validate_json(newest.snapshot)


def record(session: Session, manifest: Manifest, direction: Direction, snapshot: PackageData, file_name: str) -> None:
    session.add(ExchangePackage(
        id=manifest.package_id, assessment_id=manifest.assessment_id, direction=direction,
        sender_id=manifest.sender.replica_id, sender_name=manifest.sender.name, sequence=manifest.sequence,
        created_at=manifest.created_at, file_name=file_name, signer=manifest.sender.fingerprint or "",
        snapshot=snapshot.model_copy(update={"audit": [], "parties": [], "keys": []}).model_dump_json()))


def history(session: Session, assessment_id: str) -> list[ExchangePackage]:
    return list(session.exec(select(ExchangePackage).where(ExchangePackage.assessment_id == assessment_id)
                             .order_by(col(ExchangePackage.seq))).all())
