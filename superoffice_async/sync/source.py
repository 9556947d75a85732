"""Reading the HR source: CSV (dialect and byte-order mark detected) or JSON Lines.

The whole source is read before anything is planned (a desired-state sync needs all of it to
find the leavers). The header is checked once against the mapping: one ``SourceHeaderError``
lists every unknown and every missing column. A row that cannot be read fails alone.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SourceError, SourceHeaderError
from .mapping import SyncMapping

__all__ = ["ERROR_COLUMN", "SourceData", "SourceRow", "read_source", "source_format"]

ERROR_COLUMN = "SyncError"
"""The column (CSV) or key (JSON Lines) the re-run file adds; ignored when read back."""
_DELIMITERS = ",;\t|"


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One record: its values by the mapping's column names, and the record as read."""

    index: int
    """Position among the source's records, from 0."""
    line: int
    values: Mapping[str, Any]
    raw: Mapping[str, str] | None = None
    """CSV: the cells by the file's own header names."""
    text: str | None = None
    """JSON Lines: the line as read."""
    problem: str | None = None
    """Why the record could not be read; it fails alone."""


@dataclass(frozen=True, slots=True)
class SourceData:
    """A source read whole: its rows and what is needed to write rows back the same way."""

    path: str
    kind: str
    rows: tuple[SourceRow, ...]
    columns: tuple[str, ...] = ()
    """CSV: the header as written in the file."""
    delimiter: str = ","
    bom: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)


def source_format(path: str | Path, given: str | None = None) -> str:
    """``csv`` or ``jsonl``: as given, else from the file name (``.csv`` is CSV)."""
    kind = given or ("csv" if Path(path).suffix.lower() in (".csv", ".txt") else "jsonl")
    if kind not in ("csv", "jsonl"):
        raise SourceError(f"unknown source format {kind!r}; use csv or jsonl")
    return kind


def read_source(path: str | Path, mapping: SyncMapping, kind: str | None = None) -> SourceData:
    """Read a source file whole and check it against the mapping."""
    path = Path(path)
    kind = source_format(path, kind)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory, not a file") from None
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: not UTF-8 (byte {exc.start}); save it as UTF-8 (Excel: CSV UTF-8)"
        ) from None
    if kind == "csv":
        return _read_csv(str(path), text, bom, mapping)
    return _read_jsonl(str(path), text, mapping)


def _match_header(path: str, header: list[str], mapping: SyncMapping) -> dict[str, str]:
    """File column -> mapping column; a ``SourceHeaderError`` lists all that do not fit."""
    wanted = {name.casefold(): name for name in mapping.columns}
    ignored = {name.casefold() for name in mapping.ignore_columns} | {ERROR_COLUMN.casefold()}
    matched: dict[str, str] = {}
    unknown: list[str] = []
    seen: set[str] = set()
    for column in header:
        folded = column.strip().casefold()
        if folded in seen:
            raise SourceError(f"{path}: the column {column.strip()!r} appears twice in the header")
        seen.add(folded)
        if folded in wanted:
            matched[column] = wanted[folded]
        elif folded not in ignored:
            unknown.append(column.strip())
    missing = sorted(name for folded, name in wanted.items() if folded not in seen)
    if unknown or missing:
        raise SourceHeaderError(path, unknown, missing)
    return matched


def _delimiter(first_line: str) -> str:
    """The delimiter of a header line: the standard library's sniffer (it understands quoted
    names such as ``"Team, Sub"``) among , ; tab |; the most frequent one when it cannot tell
    (a comma if none)."""
    with contextlib.suppress(csv.Error):
        return csv.Sniffer().sniff(first_line, delimiters=_DELIMITERS).delimiter
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: str, text: str, bom: bool, mapping: SyncMapping) -> SourceData:
    first_line = text.split("\n", 1)[0]
    delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise SourceError(f"{path}: the file is empty (no header)") from None
    except csv.Error as exc:
        raise SourceError(f"{path}: the header is not CSV ({exc})") from None
    matched = _match_header(path, header, mapping)
    rows: list[SourceRow] = []
    try:
        for cells in reader:
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            line = reader.line_num
            raw = dict(zip(header, cells, strict=False))
            for column in header[len(cells) :]:
                raw[column] = ""
            values = {matched[c]: v.strip() for c, v in raw.items() if c in matched}
            problem = None
            if len(cells) > len(header):
                problem = f"line {line}: {len(cells)} cells but {len(header)} columns"
            rows.append(SourceRow(len(rows), line, values, raw=raw, problem=problem))
    except csv.Error as exc:
        raise SourceError(f"{path}: line {reader.line_num}: not CSV ({exc})") from None
    return SourceData(path, "csv", tuple(rows), tuple(header), delimiter, bom)


def _read_jsonl(path: str, text: str, mapping: SyncMapping) -> SourceData:
    rows: list[SourceRow] = []
    matched: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        index = len(rows)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problem = f"line {number}: not JSON ({exc.msg})"
            rows.append(SourceRow(index, number, {}, text=line, problem=problem))
            continue
        if not isinstance(record, dict):
            problem = f"line {number}: not a JSON object"
            rows.append(SourceRow(index, number, {}, text=line, problem=problem))
            continue
        if matched is None:  # the first record's keys are the header
            matched = _match_header(path, list(record), mapping)
        values = {matched[k]: v for k, v in record.items() if k in matched}
        absent = sorted(set(matched.values()) - set(values))
        lacking = f"line {number}: no {', '.join(absent)}" if absent else None
        rows.append(SourceRow(index, number, values, text=line, problem=lacking))
    return SourceData(path, "jsonl", tuple(rows))
