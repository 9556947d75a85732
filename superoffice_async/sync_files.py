"""User records in JSON Lines or CSV files, for the command line's ``sync``.

A record is a User carrier as JSON (``{"UserName": ..., "Tooltip": ...}``). In CSV the header
names carrier properties, ``/`` for nested ones (``Person/Firstname``); each cell is converted to
the property's type from the spec, and an empty cell means "not sent". Records are read lazily
and can be written back in the same format, so failed items form a file that re-runs as is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ._generated.spec_facts import CARRIER_PROPERTIES, PROPERTY_SHAPES
from .errors import InvalidArgumentError

__all__ = ["RecordReader", "RecordWriter", "SourceRecord", "record_format"]

Record = dict[str, Any]
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}


def record_format(path: Path, given: str | None = None) -> str:
    """``jsonl`` or ``csv``: as given, else from the file name."""
    kind = given or ("csv" if path.suffix.lower() == ".csv" else "jsonl")
    if kind not in ("jsonl", "csv"):
        raise InvalidArgumentError(f"unknown record format {kind!r}; use jsonl or csv")
    return kind


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One record, where it came from, and (CSV) its cells as read."""

    line: int
    record: Record
    raw: dict[str, str] | None = None
    """CSV: the row's cells as read."""
    text: str | None = None
    """JSON Lines: the line as read."""
    problem: str | None = None
    """Why the record could not be read; the item fails with it, the rest goes on."""


class RecordReader:
    """Reads records one at a time; ``columns`` is the CSV header once known."""

    def __init__(self, stream: TextIO, kind: str) -> None:
        self.kind = kind
        self._stream = stream
        self._csv = csv.DictReader(stream) if kind == "csv" else None
        self.columns: list[str] | None = None

    def __iter__(self) -> Iterator[SourceRecord]:
        if self._csv is not None:
            for row in self._csv:
                self.columns = list(self._csv.fieldnames or [])
                line = self._csv.line_num
                raw = {k: v or "" for k, v in row.items() if k}
                try:
                    yield SourceRecord(line, _from_csv(row, line), raw)
                except InvalidArgumentError as exc:
                    yield SourceRecord(line, {}, raw, problem=str(exc))
            return
        for number, text in enumerate(self._stream, start=1):
            if not text.strip():
                continue
            yield _from_json(number, text.rstrip("\r\n"))


def _from_json(number: int, text: str) -> SourceRecord:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return SourceRecord(number, {}, text=text, problem=f"line {number}: not JSON ({exc.msg})")
    if not isinstance(record, dict):
        return SourceRecord(number, {}, text=text, problem=f"line {number}: not a JSON object")
    return SourceRecord(number, record, text=text)


def _from_csv(row: dict[str | None, str | None], line: int) -> Record:
    if None in row:
        raise InvalidArgumentError(f"line {line}: more cells than columns")
    record: Record = {}
    for column, cell in row.items():
        if column is None or cell is None or cell == "":
            continue
        _put(record, "User", column.split("/"), cell, line)
    return record


def _put(target: Record, carrier: str, path: list[str], cell: str, line: int) -> None:
    shapes = PROPERTY_SHAPES[carrier]
    name = {p.lower(): p for p in shapes}.get(path[0].strip().lower())
    if name is None:
        raise InvalidArgumentError(f"line {line}: {carrier} has no property {path[0]!r}")
    shape = shapes[name]
    if shape == "object" and len(path) > 1:
        nested = CARRIER_PROPERTIES[carrier][name]
        assert nested is not None
        _put(target.setdefault(name, {}), nested, path[1:], cell, line)
    elif shape == "map" and len(path) == 2:
        target.setdefault(name, {})[path[1]] = cell
    elif len(path) == 1 and shape not in ("object", "array", "map"):
        target[name] = _convert(cell, shape, f"line {line}: {name}")
    else:
        raise InvalidArgumentError(f"line {line}: column {'/'.join(path)!r} cannot be a CSV cell")


def _convert(cell: str, shape: str, where: str) -> Any:
    text = cell.strip()
    if shape == "integer":
        try:
            return int(text)
        except ValueError:
            raise InvalidArgumentError(f"{where} must be an integer, got {cell!r}") from None
    if shape == "number":
        try:
            return float(text)
        except ValueError:
            raise InvalidArgumentError(f"{where} must be a number, got {cell!r}") from None
    if shape == "boolean":
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise InvalidArgumentError(f"{where} must be true or false, got {cell!r}")
    return cell


class RecordWriter:
    """Writes records in the input's format; the file is made on the first record only."""

    def __init__(self, path: Path, kind: str, columns: list[str] | None = None) -> None:
        self.path = path
        self.kind = kind
        self.columns = columns
        self.count = 0
        self._stream: TextIO | None = None
        self._csv: csv.DictWriter[str] | None = None

    def write(self, source: SourceRecord) -> None:
        """Append one record, as it was read."""
        if self._stream is None:
            self._stream = self.path.open("w", encoding="utf-8", newline="")
            if self.kind == "csv":
                columns = self.columns or list(source.raw or source.record)
                self._csv = csv.DictWriter(self._stream, fieldnames=columns)
                self._csv.writeheader()
        if self._csv is not None:
            self._csv.writerow(source.raw or {})
        else:
            self._stream.write(
                (source.text or json.dumps(source.record, ensure_ascii=False)) + "\n"
            )
        self.count += 1

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
