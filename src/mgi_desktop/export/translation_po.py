"""A questionnaire's texts for a translator, as a gettext PO file (Poedit, Weblate, Crowdin...).

One entry per text: ``msgctxt`` is its key (`questionnaire.texts`), ``msgid`` its source wording and
``msgstr`` the translation in force, if any.  A draft translation and one whose source has changed
since (outdated) are marked *fuzzy*, the flag every PO tool shows as "needs review"; a translator
clears it to say the text is reviewed.  `questionnaire.translation_import` reads the file back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib

from mgi_desktop import atomic, utc
from mgi_desktop.export import xlsx_safe
from mgi_desktop.questionnaire import texts, translations
from mgi_desktop.questionnaire.framework import Framework
from mgi_desktop.questionnaire.translations import PO_QUESTIONNAIRE_HEADER, Status

OUTDATED_NOTE = "outdated: the source text changed after this was translated"


@dataclass(frozen=True)
class PoWritten:
    path: Path
    language: str
    entries: int
    translated: int
    fuzzy: int


def po_file(framework: Framework, language: str) -> polib.POFile:
    model = framework.source_model
    source = model.source_language
    layer = framework.translations.get(language)
    po = polib.POFile(wrapwidth=0)  # no re-wrapping: a diff of two exports shows changed texts only
    po.metadata = {
        "Project-Id-Version": f"{model.id} {model.version}",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "POT-Creation-Date": utc.now().strftime("%Y-%m-%d %H:%M+0000"),
        "X-Generator": "MGI Desktop",
        "X-Source-Language": source,
        PO_QUESTIONNAIRE_HEADER: model.id,
    }
    for text in texts.iter_texts(model):
        inline = text.value.values.get(language, "")
        entry = polib.POEntry(msgctxt=text.key, msgid=text.source(source), msgstr="")
        notes = [f"{text.owner}: {text.field}"]
        found = layer.entries.get(text.key) if layer else None
        if found is not None:
            entry.msgstr = found.text
            outdated = translations.applicable(layer, text, source) is None if layer else False
            if outdated:
                notes.append(OUTDATED_NOTE)
            if outdated or found.status is Status.DRAFT:
                entry.flags.append("fuzzy")
            if found.origin:
                notes.append(f"origin: {found.origin}")
        elif inline:
            entry.msgstr = inline
        entry.comment = "\n".join(notes)
        po.append(entry)
    return po


def write_po(framework: Framework, language: str, target: Path) -> PoWritten:
    """Write the PO file for `language` to `target` (atomically)."""
    xlsx_safe.check_target(target)
    po = po_file(framework, language)
    atomic.write_text(target, po.__unicode__() + "\n")
    return PoWritten(target, language, len(po), sum(1 for e in po if e.msgstr),
                     sum(1 for e in po if "fuzzy" in e.flags))
