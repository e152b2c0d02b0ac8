"""The consolidation's long tables as CSV files, with a Frictionless data package describing them.

For Power BI, R and Stata: one file per table (`consolidate_sheets.csv_tables`),
UTF-8 with a byte order mark (so Excel reads it as UTF-8), RFC 4180 (commas,
CRLF line ends, a field quoted when it holds a comma, a quote or a line break,
quotes doubled), a header row of stable English field names, and
``datapackage.json`` (Frictionless Data Package v1, tabular: each resource's
fields with their types, titles and descriptions in the workbook's language,
primary and foreign keys, each file's size and SHA-256).

Text that a spreadsheet would run as a formula (it starts with = + - @, a tab
or a carriage return) gets a leading apostrophe, as OWASP's CSV injection
guidance says: Excel and LibreOffice then show it as text.  The apostrophe is
in the data (the data package says so, field by field it is only ever the first
character of a text field): strip it on reading where it matters.  Numbers
are written as numbers and never prefixed.

The folder is written whole or not at all: the files are written into a
temporary folder beside the target (same disk, so moving is a rename), flushed
to disk, and only then moved: a new folder in one rename; an existing folder
(one holding nothing but an earlier consolidation's files) file by file, each
file replaced in one rename and ``datapackage.json`` last.  We do not swap
the user's existing folder for ours, which would drop its permissions, shares
and any window open on it; each file is then whole at all times, and the hashes
in ``datapackage.json`` tell a set mixed by a crash during those few renames.
A failure or a cancel before that leaves the target as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from mgi_desktop import atomic, disk, wording
from mgi_desktop.errors import MgiError
from mgi_desktop.export.consolidate_sheets import Table
from mgi_desktop.export.xlsx_safe import FORMULA_PREFIXES, clean_text
from mgi_desktop.messages import Template

NOT_A_FOLDER = Template("consolidate.csv_not_a_folder", "{folder} is a file, not a folder")
FOREIGN_FILES = Template("consolidate.csv_foreign_files",
                         "the folder {folder} holds other files ({files}): choose a new or empty folder")
PACKAGE_TITLE = Template("export.consolidate.package_title", "MGI consolidated assessments")
PACKAGE_ABOUT = Template("export.consolidate.package_about", (
    "Tables of the consolidated Migration Governance Indicators assessments, one CSV file per table, "
    "joined on assessment_id. Text that starts with = + - @, a tab or a carriage return is written with a "
    "leading apostrophe (') so that spreadsheets do not run it as a formula; remove it when reading if needed."))

DATAPACKAGE = "datapackage.json"
ENCODING = "utf-8-sig"  # UTF-8 with a byte order mark
#: what a cell of the key table is joined on
JOIN = "assessment_id"


def csv_value(value: Any) -> str:
    """One cell as CSV text: numbers as numbers, booleans true/false, times ISO 8601 UTC, text made safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = clean_text(str(value))
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def file_names(tables: Sequence[Table]) -> list[str]:
    return [f"{t.name}.csv" for t in tables] + [DATAPACKAGE]


class CsvFolder:
    """The CSV files of one consolidation, written row by row into a temporary folder (`commit`, `discard`)."""

    def __init__(self, target: Path, tables: Sequence[Table], language: str = "en") -> None:
        self.target = Path(target)
        self.tables = [t for t in tables if t.csv]
        self.language = language
        parent = self.target.parent if str(self.target.parent) else Path(".")
        if not parent.is_dir():
            raise MgiError(atomic.NO_FOLDER(self.target, folder=parent))
        if self.target.exists():
            if not self.target.is_dir():
                raise MgiError(NOT_A_FOLDER(self.target, folder=self.target))
            ours = set(file_names(self.tables))
            foreign = sorted(p.name for p in self.target.iterdir() if p.name not in ours)
            if foreign:
                raise MgiError(FOREIGN_FILES(self.target, folder=self.target, files=", ".join(foreign[:5])))
        try:
            self.temp = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=atomic.PART, dir=parent))
        except OSError as exc:
            raise self._error(exc) from None
        self._handles: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        self.rows: dict[str, int] = {}
        try:
            for table in self.tables:
                handle = (self.temp / f"{table.name}.csv").open("w", encoding=ENCODING, newline="")
                self._handles[table.name] = handle
                self._writers[table.name] = csv.writer(handle, lineterminator="\r\n")
                self._writers[table.name].writerow([f.name for f in table.fields])
                self.rows[table.name] = 0
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None
        except BaseException:
            self.discard()
            raise

    def _error(self, exc: OSError) -> MgiError:
        parent = self.target.parent if str(self.target.parent) else Path(".")
        if disk.is_disk_full(exc):
            return disk.disk_full(parent, atomic.NOTHING_WRITTEN(file=self.target.name), subject=self.target)
        return MgiError(atomic.CANNOT_WRITE(self.target, reason=exc.strerror or str(exc)))

    def write(self, table: str, row: Sequence[Any]) -> None:
        try:
            self._writers[table].writerow([csv_value(v) for v in row])
        except OSError as exc:
            raise self._error(exc) from None
        self.rows[table] += 1

    def commit(self, created: dt.datetime) -> Path:
        """Close the files, write the data package and move the folder's files into place."""
        try:
            files: dict[str, tuple[int, str]] = {}
            for name, handle in self._handles.items():
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
                files[name] = _size_and_hash(self.temp / f"{name}.csv")
            self._handles = {}
            descriptor = json.dumps(self.descriptor(created, files), ensure_ascii=False, indent=1) + "\n"
            with (self.temp / DATAPACKAGE).open("w", encoding="utf-8", newline="\n") as handle:
                handle.write(descriptor)
                handle.flush()
                os.fsync(handle.fileno())
            self._move()
        except OSError as exc:
            self.discard()
            raise self._error(exc) from None
        except BaseException:
            self.discard()
            raise
        return self.target

    def _move(self) -> None:
        names = file_names(self.tables)  # datapackage.json last
        if not self.target.exists():
            self.temp.chmod(0o777 & ~_umask())  # mkdtemp's folder is private; a new folder of the user's is not
            os.rename(self.temp, self.target)
        else:
            for name in names:
                os.replace(self.temp / name, self.target / name)
            self.temp.rmdir()
        _sync_folder(self.target.parent if str(self.target.parent) else Path("."))

    def discard(self) -> None:
        """Close and remove the temporary folder (the target is left as it was)."""
        for handle in self._handles.values():
            try:
                handle.close()
            except OSError:
                pass
        self._handles = {}
        shutil.rmtree(self.temp, ignore_errors=True)

    def descriptor(self, created: dt.datetime, files: dict[str, tuple[int, str]]) -> dict[str, Any]:
        """The Frictionless data package (v1, tabular) describing the files."""
        lang = self.language
        resources = []
        for table in self.tables:
            fields = []
            for f in table.fields:
                column = f.column(lang)
                item: dict[str, Any] = {"name": f.name, "title": column.header, "type": f.type}
                if column.description:
                    item["description"] = column.description
                if f.type == "boolean":
                    item["trueValues"], item["falseValues"] = ["true"], ["false"]
                if f.values:
                    item["constraints"] = {"enum": list(f.values)}
                fields.append(item)
            schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
            if table.primary_key:
                schema["primaryKey"] = list(table.primary_key)
            if table is not self.tables[0] and JOIN in {f.name for f in table.fields}:
                schema["foreignKeys"] = [{"fields": JOIN, "reference": {"resource": self.tables[0].name,
                                                                         "fields": JOIN}}]
            size, sha = files[table.name]
            resources.append({
                "profile": "tabular-data-resource", "name": table.name, "path": f"{table.name}.csv",
                "title": wording.text(table.sheet, lang), "description": wording.text(table.about, lang),
                "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "bytes": size, "hash": f"sha256:{sha}",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True,
                            "header": True},
                "schema": schema,
            })
        from mgi_desktop import __version__

        return {"profile": "tabular-data-package", "name": "mgi-consolidation",
                "title": wording.text(PACKAGE_TITLE, lang), "description": wording.text(PACKAGE_ABOUT, lang),
                "created": created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if created.tzinfo
                else created.isoformat() + "Z",
                "contributors": [{"title": f"MGI Desktop {__version__}", "role": "author"}],
                "resources": resources}


def _size_and_hash(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX; Windows has no folder handles to flush, and needs none)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
