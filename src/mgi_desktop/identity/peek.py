"""The user's key fingerprint read from the key file without loading cryptography.

Saving an answer asks whose key is acting (`services.parties.my_role`) and
must stay light (no cryptography, no ORM: see tests/unit/test_hot_paths.py).
The fingerprint written beside the keys is enough to look up a role here;
anything signed loads and checks the keys themselves (`identity.own`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

FILE_NAME = "identity.json"


def fingerprint(folder: Path) -> str | None:
    """The fingerprint in ``identity.json``, or None if there is no usable one (then load the key)."""
    try:
        data = json.loads((folder / FILE_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    value = data.get("fingerprint") if isinstance(data, dict) else None
    return value if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value) else None
