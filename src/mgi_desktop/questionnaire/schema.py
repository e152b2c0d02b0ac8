"""The JSON Schema of the questionnaire format, generated from the pydantic models.

The committed copy is ``questionnaires/schema.json`` (editors such as VS Code
use it to check questionnaire files as they are typed); a test keeps it in
sync with the models.  Regenerate with ``mgi-desktop questionnaire schema -o
questionnaires/schema.json``.
"""

from __future__ import annotations

import json
from typing import Any

from mgi_desktop.questionnaire.model import Questionnaire

SCHEMA_ID = "https://iom.int/mgi-desktop/questionnaire.schema.json"


def json_schema() -> dict[str, Any]:
    schema = Questionnaire.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID} | schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
