"""Write the hostile packages of this folder: ``uv run python tests/data/hostile/make.py [NAME.mgi ...]``
(with names, only those).

Each file breaks one rule; ``tests/unit/exchange/test_hostile.py`` checks that
each is refused with its reason and that the database does not change.  They
are built from a sound package of ``tests/data/mini.yaml``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINI = HERE.parent / "mini.yaml"


def sound_package(folder: Path) -> bytes:
    os.environ["MGI_DATA_DIR"] = str(folder / "data")
    from mgi_desktop.exchange import send
    from mgi_desktop.questionnaire.loader import load_file
    from mgi_desktop.services import answers, assessments, evidence
    from mgi_desktop.storage.db import Database

    db = Database.open(folder / "source.sqlite")
    db.set_user("Hostile Sender", "Nowhere", "focal_point")
    aid = assessments.create(db, load_file(MINI), country="KGZ").id
    answers.set_answer(db, aid, "Q1", "yes", justification="law")
    answers.set_answer(db, aid, "Q3", 5)
    attached = folder / "law.txt"
    attached.write_bytes(b"the law")
    evidence.add(db, aid, "Q1", kind="law", title="Law", file=attached)
    path = send.export_package(db, aid, folder / "sound.mgi").path
    db.close()
    return path.read_bytes()


def members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(parts: dict[str, bytes] | list[tuple[str, bytes]], *, checksums: bool = True) -> bytes:
    items = list(parts.items()) if isinstance(parts, dict) else list(parts)
    if checksums:
        manifest = json.loads(dict(items)["manifest.json"])
        manifest["members"] = {n: hashlib.sha256(c).hexdigest() for n, c in items if n != "manifest.json"}
        items = [(n, json.dumps(manifest).encode() if n == "manifest.json" else c) for n, c in items]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in items:
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def edit_json(parts: dict[str, bytes], name: str, change: Callable[[dict], None]) -> dict[str, bytes]:
    data = json.loads(parts[name])
    change(data)
    return parts | {name: json.dumps(data).encode()}


def build(sound: bytes) -> dict[str, bytes]:
    m = members(sound)
    files: dict[str, bytes] = {}
    files["not-a-zip.mgi"] = b"Dear colleague, please find the assessment attached.\n"
    files["empty.mgi"] = b""
    files["truncated.mgi"] = sound[: len(sound) // 2]
    files["wrong-checksum.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["answers"][0].update(
        justification="tampered")), checksums=False)
    files["newer-format.mgi"] = rezip(edit_json(m, "manifest.json", lambda d: d.update(format_version=99)))
    files["unknown-format.mgi"] = rezip(edit_json(m, "manifest.json", lambda d: d.update(format_version="one")))
    files["path-traversal.mgi"] = rezip([*m.items(), ("../../evil.txt", b"x")], checksums=False)
    files["absolute-path.mgi"] = rezip([*m.items(), ("/etc/cron.d/evil", b"x")], checksums=False)
    files["drive-path.mgi"] = rezip([*m.items(), ("C:/Windows/evil.dll", b"x")], checksums=False)
    files["backslash-path.mgi"] = rezip([*m.items(), ("attachments\\..\\..\\evil", b"x")], checksums=False)
    files["unexpected-member.mgi"] = rezip([*m.items(), ("run-me.exe", b"MZ")])
    files["duplicate-member.mgi"] = rezip([*m.items(), ("data.json", m["data.json"])], checksums=False)
    files["missing-member.mgi"] = rezip({n: c for n, c in m.items() if n != "data.json"})
    files["unlisted-member.mgi"] = rezip([*m.items(), ("attachments/" + "0" * 64, b"x")], checksums=False)
    files["oversized-member.mgi"] = rezip([*m.items(), ("attachments/" + "1" * 64, bytes(65 * 1024 * 1024))])
    files["zip-bomb.mgi"] = rezip([*m.items(), ("attachments/" + "2" * 64, bytes(8 * 1024 * 1024))])
    files["malformed-json.mgi"] = rezip(m | {"data.json": b'{"assessment": {"id": '})
    files["malformed-manifest.mgi"] = rezip(m | {"manifest.json": b"\xff\xfe not json"}, checksums=False)
    files["invalid-data.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["answers"][0].update(sql="DROP")))
    files["invalid-answer.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["answers"][0].update(value="maybe")))
    files["unknown-question.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["answers"][0].update(code="Q99")))
    files["questionnaire-hash-mismatch.mgi"] = rezip(m | {"questionnaire.yaml": m["questionnaire.yaml"] + b"\n# x\n"})
    broken = b"id: mini\nversion: '1.0'\ndomains: 12\n"
    broken_sha = hashlib.sha256(broken).hexdigest()

    def point_at_broken(parts: dict[str, bytes]) -> dict[str, bytes]:
        parts = edit_json(parts, "manifest.json", lambda d: d["framework"].update(sha256=broken_sha))
        return edit_json(parts, "data.json", lambda d: d["assessment"].update(questionnaire_sha256=broken_sha))

    files["invalid-questionnaire.mgi"] = rezip(point_at_broken(m | {"questionnaire.yaml": broken}))
    files["orphan-attachment.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["evidence"][0].update(
        file_sha256=None)))
    files["deep-json.mgi"] = rezip(m | {"data.json": b"[" * 100_000 + b"]" * 100_000})
    # times and closed sets are typed: a year 9999, a time without a zone, a status the workflow lacks
    files["bad-time.mgi"] = rezip(edit_json(m, "manifest.json", lambda d: d.update(created_at="9999")))
    files["far-time.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["assessment"].update(
        updated_at="9999-12-31T23:59:59Z")))
    files["naive-time.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["answers"][0].update(
        updated_at="2026-01-01T00:00:00")))
    files["unknown-status.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["assessment"].update(
        status="approved_by_myself")))
    # text that is not Unicode: json.dumps writes a lone surrogate as the escape "\\udcff", which
    # json.loads turns back into one (text from a program that used another encoding)
    files["invalid-text.mgi"] = rezip(edit_json(m, "data.json", lambda d: d["answers"][0].update(
        justification="law\udcff")))
    files["invalid-text-manifest.mgi"] = rezip(edit_json(m, "manifest.json", lambda d: d["sender"].update(
        name="Hostile \ud800Sender")))
    return files


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        sound = sound_package(Path(temp))
    only = set(sys.argv[1:])  # names given: write only those (the others keep their bytes)
    if only:
        for name, content in build(sound).items():
            if name in only:
                (HERE / name).write_bytes(content)
        return
    for old in HERE.glob("*.mgi"):
        old.unlink()
    for name, content in build(sound).items():
        (HERE / name).write_bytes(content)
    # sent with the password "correct horse battery"; the test tries another
    with tempfile.TemporaryDirectory() as temp:
        os.environ["MGI_DATA_DIR"] = str(Path(temp) / "data")
        from mgi_desktop.exchange import package

        contents = package.read_bytes(sound, "sound")
        fields = contents.manifest.model_dump(exclude={"format_version", "members"})
        _, protected = package.build(fields, contents.data, contents.questionnaire_text, contents.attachments,
                                     password="correct horse battery")
        (HERE / "wrong-password.mgi").write_bytes(protected)


if __name__ == "__main__":
    main()
