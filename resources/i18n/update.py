"""Regenerate the window's translations: for each language, the .ts source, then the built .qm.

    uv run python resources/i18n/update.py [LANGUAGE...]

For each language xx of `LANGUAGES` (or those named):

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string from
   src/mgi_desktop/ui/ into mgi_desktop_xx.ts (translations already in the
   file are kept; strings no longer in the code are dropped).
2. Strings still untranslated in the .ts are filled from xx.json (source text
   -> translation), the list translators can also edit in Qt Linguist instead.
3. The core's messages (`mgi_desktop.messages`: a code, an English template,
   and a plural for counts) are written into the ``Messages`` context, with
   the code as disambiguation, translated from xx-messages.json (code ->
   text, or the list of plural forms for a template with a count, as many as
   the language has in Qt's order: 2 for French and Spanish, 3 for Russian,
   6 for Arabic): lupdate cannot see them, as the window translates them by
   code at run time.
4. ``pyside6-lrelease`` builds mgi_desktop_xx.qm, which the app loads.

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
CONTEXT = "Messages"
#: the languages the window is translated into, and how many plural forms each has in Qt
LANGUAGES = {"fr": 2, "es": 2, "ru": 3, "ar": 6}


def ts_file(language: str) -> Path:
    return HERE / f"mgi_desktop_{language}.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def lupdate(language: str) -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-source-language", "en", "-target-language", language, "-ts", str(ts_file(language))],
                   check=True)


def _write(tree: ET.ElementTree, language: str) -> None:
    ET.indent(tree, space="    ")
    with ts_file(language).open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def fill(language: str) -> list[str]:
    """Fill unfinished translations from xx.json; return the source texts still missing."""
    dictionary: dict[str, str] = json.loads((HERE / f"{language}.json").read_text(encoding="utf-8"))
    tree = ET.parse(ts_file(language))
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
    _write(tree, language)
    return missing


def core_messages() -> list[tuple[str, str, bool]]:
    """(code, source text, has plural) for every template of the core, by code."""
    sys.path.insert(0, str(ROOT / "src"))
    from mgi_desktop import messages
    from mgi_desktop.ui.messages import source_text

    return [(code, source_text(t), t.plural is not None) for code, t in sorted(messages.load_all(window=True).items())]


def add_messages(language: str) -> list[str]:
    """Write the Messages context; return the codes still untranslated."""
    path = HERE / f"{language}-messages.json"
    translations: dict[str, str | list[str]] = json.loads(path.read_text(encoding="utf-8"))
    forms = LANGUAGES[language]
    tree = ET.parse(ts_file(language))
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
        text = translations.get(code)
        if text is None or (plural and not (isinstance(text, list) and len(text) == forms)):
            translation.set("type", "unfinished")
            missing.append(code)
        elif plural:
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = str(text)
    _write(tree, language)
    return missing


def lrelease(language: str) -> Path:
    qm = HERE / f"mgi_desktop_{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    wanted = [a for a in sys.argv[1:] if not a.startswith("-")] or list(LANGUAGES)
    failed = False
    for language in wanted:
        lupdate(language)
        missing = fill(language)
        missing += [f"[message {code}]" for code in add_messages(language)]
        qm = lrelease(language)
        for source in missing:
            sys.stdout.write(f"{language}: untranslated: {source!r}\n")
        sys.stdout.write(f"{ts_file(language).name}: {len(missing)} untranslated; built {qm.name}\n")
        failed = failed or bool(missing)
    return 1 if failed and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
