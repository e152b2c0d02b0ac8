"""Regenerate the French translation of the window: the .ts source, then the built .qm.

    uv run python resources/i18n/update.py

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string from
   src/mgi_desktop/ui/ into mgi_desktop_fr.ts (translations already in the
   file are kept; strings no longer in the code are dropped).
2. Strings still untranslated in the .ts are filled from fr.json (source text
   -> French), the list translators can also edit in Qt Linguist instead.
3. The core's messages (`mgi_desktop.messages`: a code, an English template,
   and a plural for counts) are written into the ``Messages`` context, with
   the code as disambiguation, translated from fr-messages.json (code ->
   French, or [singular, plural] for a template with a count): lupdate cannot
   see them, as the window translates them by code at run time.
4. ``pyside6-lrelease`` builds mgi_desktop_fr.qm, which the app loads.

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
MESSAGES = HERE / "fr-messages.json"
CONTEXT = "Messages"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def lupdate() -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-source-language", "en", "-target-language", "fr", "-ts", str(TS)], check=True)


def _write(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    with TS.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


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
    _write(tree)
    return missing


def core_messages() -> list[tuple[str, str, bool]]:
    """(code, source text, has plural) for every template of the core, by code."""
    sys.path.insert(0, str(ROOT / "src"))
    from mgi_desktop import messages
    from mgi_desktop.ui.messages import source_text

    return [(code, source_text(t), t.plural is not None) for code, t in sorted(messages.load_all(window=True).items())]


def add_messages() -> list[str]:
    """Write the Messages context; return the codes still untranslated."""
    translations: dict[str, str | list[str]] = json.loads(MESSAGES.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    root = tree.getroot()
    for old in [c for c in root.iter("context") if c.findtext("name") == CONTEXT]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for code, source, plural in core_messages():
        message = ET.SubElement(context, "message", {"numerus": "yes"} if plural else {})
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "comment").text = code
        translation = ET.SubElement(message, "translation")
        french = translations.get(code)
        if french is None or (plural and not (isinstance(french, list) and len(french) == 2)):
            translation.set("type", "unfinished")
            missing.append(code)
        elif plural:
            for form in french:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = str(french)
    _write(tree)
    return missing


def lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)


def main() -> int:
    lupdate()
    missing = fill()
    missing += [f"[message {code}]" for code in add_messages()]
    lrelease()
    for source in missing:
        sys.stdout.write(f"untranslated: {source!r}\n")
    sys.stdout.write(f"{TS.name}: {len(missing)} untranslated; built {QM.name}\n")
    return 1 if missing and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
