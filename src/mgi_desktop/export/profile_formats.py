"""The profile report's file formats: a name the command line offers without loading any renderer."""

from __future__ import annotations

PROFILE_FORMATS = ("html", "pdf", "docx")
