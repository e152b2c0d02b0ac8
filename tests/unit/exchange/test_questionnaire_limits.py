"""A package whose questionnaire member is an alias bomb or nested 100,000 deep is refused through the
real import (`receive.preview_import`, as the window and the command line call it), within 2 s and
200 MB, and nothing changes.

The packages are signed packages rebuilt around the hostile questionnaire (its hash put in the manifest
and the data, the members' checksums recomputed) and signed again by the sender's own key: the
questionnaire is parsed only after the signature verified, so a sender whose key is trusted is
the attacker here.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import receive, send
from mgi_desktop.identity.keys import Identity, Purpose, b64
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.services import answers, assessments
from mgi_desktop.storage.db import Database

from .conftest import file_hash

BILLION_LAUGHS = "\n".join(
    ["id: mini", "version: '1.0'", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
     *(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)), "domains: *a8", ""])
DEEP = "id: mini\nversion: '1.0'\ndomains: " + "{a: " * 100_000 + "1" + "}" * 100_000 + "\n"


def with_questionnaire(sound: Path, target: Path, text: str, signer: Identity) -> Path:
    """`sound` with its questionnaire member replaced by `text`, consistent in every other respect."""
    with zipfile.ZipFile(sound) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["questionnaire.yaml"] = text.encode("utf-8")
    sha = hashlib.sha256(members["questionnaire.yaml"]).hexdigest()
    manifest = json.loads(members["manifest.json"])
    data = json.loads(members["data.json"])
    manifest["framework"]["sha256"] = data["assessment"]["questionnaire_sha256"] = sha
    members["data.json"] = json.dumps(data).encode()
    manifest["members"] = {n: hashlib.sha256(c).hexdigest() for n, c in members.items()
                           if n not in ("manifest.json", "signature.json")}
    members["manifest.json"] = json.dumps(manifest).encode()
    signature = json.loads(members["signature.json"])
    signature["signature"] = b64(signer.sign_bytes(Purpose.PACKAGE, members["manifest.json"]))
    members["signature.json"] = json.dumps(signature).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    target.write_bytes(buffer.getvalue())
    return target


@pytest.fixture
def sound(db: Database, mini: Framework, tmp_path: Path) -> Path:
    aid = assessments.create(db, mini, country="KGZ").id
    answers.set_answer(db, aid, "Q3", 7)
    return send.export_package(db, aid, tmp_path / "sound.mgi").path


HOSTILE = {"alias-bomb": (BILLION_LAUGHS, "questionnaire.alias"), "deep": (DEEP, "questionnaire.too_deep")}

BOUNDED = """\
from pathlib import Path
from mgi_desktop.errors import ExchangeError
from mgi_desktop.exchange import receive
from mgi_desktop.storage.db import Database

db = Database.open(Path({database!r}), backup_on_open=False)
db.set_user("Rita Reviewer", "IOM", "reviewer")

def measured():
    try:
        receive.preview_import(db, Path({package!r}))
    except ExchangeError as exc:
        problem = exc.msg.params["reason"].params["problem"]
        return [exc.code, exc.msg.params["reason"].code, problem.params["message"].code]
    return "imported"
"""


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_questionnaire_member_is_refused_and_changes_nothing(name: str, sound: Path, db: Database,
                                                                      tmp_path: Path) -> None:
    text, code = HOSTILE[name]
    hostile = with_questionnaire(sound, tmp_path / f"{name}.mgi", text, db.own_key.identity)
    before = file_hash(db.path)
    for attempt in (lambda: receive.preview_import(db, hostile),
                    lambda: receive.apply_import(db, hostile, {})):
        with pytest.raises(ExchangeError) as refused:
            attempt()
        assert refused.value.code == "exchange.refused"
        reason = refused.value.msg.params["reason"]
        assert reason.code == "receive.bad_questionnaire"
        assert reason.params["problem"].params["message"].code == code
        message = refused.value.message
        assert f"{hostile} (questionnaire in the package):" in message and "nothing was imported" in message
    assert file_hash(db.path) == before
    assert len(assessments.list_all(db)) == 1


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_refused_within_2_seconds_and_200_mb(name: str, sound: Path, db: Database, tmp_path: Path,
                                            template_db: Path, run_bounded) -> None:
    text, code = HOSTILE[name]
    hostile = with_questionnaire(sound, tmp_path / f"{name}.mgi", text, db.own_key.identity)
    database = tmp_path / "receiver" / "mgi.sqlite"
    database.parent.mkdir()
    shutil.copyfile(template_db, database)
    refused = run_bounded(BOUNDED.format(database=str(database), package=str(hostile)))
    assert refused.result == ["exchange.refused", "receive.bad_questionnaire", code]
