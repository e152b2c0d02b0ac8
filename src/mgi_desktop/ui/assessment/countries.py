"""Country names for the window, in its language (pycountry ships the ISO 3166 translations)."""

from __future__ import annotations

import functools
import gettext

import pycountry

from mgi_desktop.services.assessments import country_name


@functools.cache
def names(language: str = "en") -> list[tuple[str, str]]:
    """(alpha-3 code, name) for every country, sorted by name in that language."""
    translate = None
    if language != "en":
        try:
            translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
        except OSError:
            translate = None
    result = []
    for country in pycountry.countries:
        code = str(country.alpha_3)
        name = country_name(code)
        if translate is not None:
            # The catalogue is keyed by the official short name; prefer it translated when there is one.
            translated = translate(str(country.name))
            name = translated if translated != country.name else name
        result.append((code, name))
    return sorted(result, key=lambda item: item[1].casefold())


def name(code: str, language: str = "en") -> str:
    return dict(names(language)).get(code, code)
