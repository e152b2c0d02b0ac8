"""The profile report in each of its formats: the one entry point of the command line and the window.

PDF and DOCX need Qt's painter (`ui.export.pdf`: the PDF's pages, the wheel's picture), imported only for
them, so an HTML export, or the command line's HTML export, starts no Qt at all.
"""

from __future__ import annotations

from pathlib import Path

from mgi_desktop.errors import ValidationError
from mgi_desktop.export.profile import Profile
from mgi_desktop.export.profile_docx import write_docx
from mgi_desktop.export.profile_formats import PROFILE_FORMATS
from mgi_desktop.export.profile_html import write_html
from mgi_desktop.messages import Template

__all__ = ["PROFILE_FORMATS", "write_profile"]
NOT_A_FORMAT = Template("profile.not_a_format", "{format} is not a profile format ({formats})")


def write_profile(profile: Profile, fmt: str, target: Path) -> Path:
    """Write `profile` as `fmt` to `target` (atomically).  Qt is imported only for PDF and DOCX
    (the PDF's page and the wheel's picture), so an HTML export starts no Qt at all."""
    if fmt == "html":
        return write_html(profile, target)
    if fmt not in PROFILE_FORMATS:
        raise ValidationError(NOT_A_FORMAT(format=repr(fmt), formats=list(PROFILE_FORMATS)))
    from mgi_desktop.ui.export import pdf as qt

    if fmt == "pdf":
        return qt.write_pdf(profile, target)
    return write_docx(profile, target, wheel_png=qt.wheel_png(profile), thumbnail_png=qt.title_thumbnail(profile))
