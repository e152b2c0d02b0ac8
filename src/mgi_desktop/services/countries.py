"""Country names and codes (ISO 3166, from pycountry).

pycountry is imported when a name is first asked for: the window shows an
assessment by its stored title, so its start does not wait for it.
"""

from __future__ import annotations

import functools

from mgi_desktop.errors import ValidationError
from mgi_desktop.messages import Template

NOT_A_COUNTRY = Template("assessment.not_a_country",
                         "{code} is not an ISO 3166 country code (e.g. KGZ for Kyrgyzstan)")


@functools.cache
def country_name(alpha3: str, language: str = "en") -> str:
    """The country's name as people write it in `language` (CLDR's, through babel: "Égypte",
    "Кыргызстан"), else pycountry's English common name, else the code itself."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return alpha3
    english = str(getattr(country, "common_name", None) or country.name)
    if language == "en":
        return english
    from babel import Locale, UnknownLocaleError

    try:
        local = Locale.parse(language.replace("-", "_")).territories.get(str(country.alpha_2))
    except (ValueError, UnknownLocaleError):
        local = None
    return str(local) if local else english


def normalise_country(code: str) -> str:
    import pycountry

    code = code.strip().upper()
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None and len(code) == 2:
        country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise ValidationError(NOT_A_COUNTRY(code=code))
    return str(country.alpha_3)


@functools.cache
def official_name(alpha3: str) -> str | None:
    """The country's official English name when ISO 3166 gives one ("Kyrgyz Republic"), else None."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    name = getattr(country, "official_name", None) if country is not None else None
    return str(name) if name else None
