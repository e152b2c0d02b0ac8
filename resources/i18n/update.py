"""Regenerate the French translation of the window: the .ts source, then the built .qm.

    uv run python resources/i18n/update.py

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string from
   src/mgi_desktop/ui/ into mgi_desktop_fr.ts (translations already in the
   file are kept; strings no longer in the code are dropped).
2. Strings still untranslated in the .ts are filled from fr.json (source text
   -> French), the list translators can also edit in Qt Linguist instead.
3. ``pyside6-lrelease`` builds mgi_desktop_fr.qm, which the app loads.

It prints the strings that remain untranslated; ``--check`` makes that an error.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI = ROOT / "src" / "mgi_desktop" / "ui"
TS = HERE / "mgi_desktop_fr.ts"
QM = HERE / "mgi_desktop_fr.qm"
DICTIONARY = HERE / "fr.json"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def lupdate() -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-source-language", "en", "-target-language", "fr", "-ts", str(TS)], check=True)


def fill() -> list[str]:
    """Fill unfinished translations from fr.json; return the source texts still missing."""
    dictionary: dict[str, str] = json.loads(DICTIONARY.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        done = translation.get("type") not in ("unfinished", "vanished", "obsolete") and translation.text
        if done:
            continue
        if source in dictionary:
            translation.text = dictionary[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    ET.indent(tree, space="    ")
    with TS.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return missing


def lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)


def main() -> int:
    lupdate()
    missing = fill()
    lrelease()
    for source in missing:
        sys.stdout.write(f"untranslated: {source!r}\n")
    sys.stdout.write(f"{TS.name}: {len(missing)} untranslated; built {QM.name}\n")
    return 1 if missing and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
