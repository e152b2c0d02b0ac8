"""Country names for the window in a language, sorted as that language sorts (accents and all)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator, QLocale

from mgi_desktop.services.countries import country_name


@functools.cache
def names(language: str = "en") -> list[tuple[str, str]]:
    """(alpha-3 code, name) for every country, sorted by name in that language: QCollator (ICU) puts
    "Égypte" after "Équateur"'s neighbours, not after "Zimbabwe" as a code-point sort would."""
    import pycountry

    collator = QCollator(QLocale(language))
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    result = [(str(c.alpha_3), country_name(str(c.alpha_3), language)) for c in pycountry.countries]
    return sorted(result, key=lambda item: collator.sortKey(item[1]))


def name(code: str, language: str = "en") -> str:
    return country_name(code, language)
