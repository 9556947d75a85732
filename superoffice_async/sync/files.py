"""Files a user relies on: the re-run file, the report and the plan, each written atomically.

Each is written to a temporary file beside the target, flushed to disk, then renamed over it,
with Ctrl-C held off for the moment it takes: a reader sees the old file or the whole new one,
never a part. An earlier run's files stay until this run's replace them (a run that stops on
its configuration leaves them); a run with no row to re-run removes the old re-run file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .source import ERROR_COLUMN, SourceData, SourceRow

__all__ = [
    "default_paths",
    "remove_stale",
    "rerun_text",
    "write_atomic",
    "write_json",
    "write_rerun",
]


def default_paths(source: Path) -> tuple[Path, Path]:
    """The re-run file and the report beside a source: ``hr.failed.csv``, ``hr.report.json``."""
    suffix = source.suffix or ".jsonl"
    return (
        source.with_name(f"{source.stem}.failed{suffix}"),
        source.with_name(f"{source.stem}.report.json"),
    )


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """Ignore Ctrl-C while a file is swapped in (main thread only; elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once (temporary file, fsync, rename)."""
    path = Path(path)
    with _sigint_held():
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


def write_json(path: Path, value: Any) -> None:
    """A JSON document, atomically."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n"
    write_atomic(path, text.encode("utf-8"))


def rerun_text(source: SourceData, rows: Sequence[tuple[SourceRow, str]]) -> str:
    """The rows in the source's own format (CSV dialect, header), with an error column."""
    out = io.StringIO(newline="")
    if source.kind == "csv":
        columns = [c for c in source.columns if c != ERROR_COLUMN]
        writer = csv.writer(out, delimiter=source.delimiter, lineterminator="\r\n")
        writer.writerow([*columns, ERROR_COLUMN])
        for row, error in rows:
            raw = row.raw or {}
            writer.writerow([*(raw.get(c, "") for c in columns), error])
        return ("\ufeff" if source.bom else "") + out.getvalue()
    for row, error in rows:
        try:
            record = json.loads(row.text or "")
        except ValueError:
            record = None
        if isinstance(record, dict):
            record[ERROR_COLUMN] = error
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write((row.text or "") + "\n")  # not JSON: kept as read; the report says why
    return out.getvalue()


def write_rerun(path: Path, source: SourceData, rows: Sequence[tuple[SourceRow, str]]) -> None:
    """The failed-and-unstarted rows, atomically; no rows: no file (an old one removed)."""
    if not rows:
        remove_stale(path)
        return
    write_atomic(path, rerun_text(source, rows).encode("utf-8"))


def remove_stale(*paths: Path) -> list[Path]:
    """Remove an earlier run's files; returns the ones that were there."""
    removed = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            Path(path).unlink()
            removed.append(Path(path))
    return removed
