"""``superoffice-async``: the command line.

Configuration comes from flags and environment variables. Secrets come from the environment
only (so they never sit in a shell history or a process list) and are never printed:
``SUPEROFFICE_URL``, ``SUPEROFFICE_USER`` + ``SUPEROFFICE_PASSWORD`` (Basic),
``SUPEROFFICE_TICKET`` (SOTicket), ``SUPEROFFICE_ACCESS_TOKEN`` (Bearer),
``SUPEROFFICE_XSRF_TOKEN``, ``SUPEROFFICE_APP_TOKEN``, ``SUPEROFFICE_LANGUAGE``.

Exit codes: 0 all done; 1 some items failed; 2 bad usage, configuration or input;
3 the call failed; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ._generated.models import User
from .auth import Auth, BasicAuth, BearerAuth, SOTicketAuth, XsrfTokenAuth
from .bulk import BulkClient, BulkRun, SaveUserByName
from .client import SuperOfficeClient
from .errors import ConfigurationError, InvalidArgumentError, SuperOfficeError
from .options import CallOptions
from .patch import UserPatch
from .sync_files import RecordReader, RecordWriter, SourceRecord, record_format

__all__ = ["main"]

EXIT_OK, EXIT_FAILED_ITEMS, EXIT_USAGE, EXIT_CALL_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="superoffice-async",
        description="SuperOffice User API from the command line (secrets: see environment).",
    )
    parser.add_argument("--url", default=os.environ.get("SUPEROFFICE_URL"), help="site URL")
    parser.add_argument("--user", default=os.environ.get("SUPEROFFICE_USER"), help="Basic user")
    parser.add_argument("--language", default=os.environ.get("SUPEROFFICE_LANGUAGE"))
    parser.add_argument("--culture", default=None)
    parser.add_argument("--time-zone", default=None)
    parser.add_argument("--timeout", type=float, default=None, help="seconds per attempt phase")
    commands = parser.add_subparsers(dest="command", required=True)

    sync = commands.add_parser("sync", help="create or update users by user name from a file")
    sync.add_argument("file", type=Path, help="JSON Lines (.jsonl) or CSV (.csv) records")
    sync.add_argument("--format", choices=["jsonl", "csv"], default=None)
    sync.add_argument("--concurrency", type=int, default=16)
    sync.add_argument("--failed", type=Path, default=None, help="where failed items go")
    sync.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)

    get = commands.add_parser("get", help="print a user as JSON")
    get.add_argument("user_id", type=int)
    get.add_argument("--select", default=None)
    by_name = commands.add_parser("get-by-name", help="print a user, found by user name")
    by_name.add_argument("user_name")
    update = commands.add_parser("update", help="change fields of a user (JSON Patch)")
    update.add_argument("user_id", type=int)
    update.add_argument("--set", dest="changes", action="append", default=[], metavar="PATH=VALUE")
    command = commands.add_parser("command", help="run a custom command on a user")
    command.add_argument("user_id", type=int)
    command.add_argument("name")
    command.add_argument("--action-result", default=None)
    listing = commands.add_parser("list", help="print users of the OData list, one JSON a line")
    listing.add_argument("--select", default=None)
    listing.add_argument("--filter", default=None)
    listing.add_argument("--order-by", default="associateDbId")
    listing.add_argument("--limit", type=int, default=None)

    sandbox = commands.add_parser("sandbox", help="serve the local sandbox on 127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8000)
    sandbox.add_argument("--tenant", default=None)
    sandbox.add_argument("--max-seconds", type=float, default=None)
    return parser


def _auth() -> Auth:
    env = os.environ
    if env.get("SUPEROFFICE_TICKET"):
        return SOTicketAuth(env["SUPEROFFICE_TICKET"])
    if env.get("SUPEROFFICE_ACCESS_TOKEN"):
        return BearerAuth(env["SUPEROFFICE_ACCESS_TOKEN"])
    if env.get("SUPEROFFICE_XSRF_TOKEN"):
        return XsrfTokenAuth(env["SUPEROFFICE_XSRF_TOKEN"])
    raise ConfigurationError(
        "no credentials: set SUPEROFFICE_USER and SUPEROFFICE_PASSWORD, SUPEROFFICE_TICKET, "
        "SUPEROFFICE_ACCESS_TOKEN or SUPEROFFICE_XSRF_TOKEN"
    )


def _client(args: argparse.Namespace) -> SuperOfficeClient:
    if not args.url:
        raise ConfigurationError("no site: pass --url or set SUPEROFFICE_URL")
    password = os.environ.get("SUPEROFFICE_PASSWORD")
    if args.user:
        if password is None:
            raise ConfigurationError("--user needs SUPEROFFICE_PASSWORD in the environment")
        auth: Auth = BasicAuth(args.user, password)
    else:
        auth = _auth()
    options: CallOptions = {}
    for name in ("language", "culture", "time_zone", "timeout"):
        value = getattr(args, name)
        if value is not None:
            options[name] = value
    return SuperOfficeClient(
        args.url, auth=auth, app_token=os.environ.get("SUPEROFFICE_APP_TOKEN"), **options
    )


def _print(value: Any) -> None:
    data = value.to_dict() if hasattr(value, "to_dict") else value
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


async def _single(args: argparse.Namespace) -> int:
    async with _client(args) as so:
        if args.command == "get":
            _print(await so.users.get(args.user_id, select=args.select))
        elif args.command == "get-by-name":
            user = await so.user_agent.get_user_from_name(args.user_name)
            if user is None:
                print(f"no user named {args.user_name!r}", file=sys.stderr)
                return EXIT_CALL_FAILED
            _print(user)
        elif args.command == "update":
            _print(await so.users.patch(args.user_id, _patch(args.changes)))
        elif args.command == "command":
            result = await so.users.execute_command(
                args.user_id, args.name, action_result=args.action_result
            )
            _print(result)
            return EXIT_OK if result.success else EXIT_CALL_FAILED
        elif args.command == "list":
            async for row in so.users.list(
                select=args.select, filter=args.filter, order_by=args.order_by, limit=args.limit
            ):
                print(json.dumps(row.to_dict(), ensure_ascii=False, default=str))
    return EXIT_OK


def _patch(changes: Sequence[str]) -> UserPatch:
    if not changes:
        raise InvalidArgumentError("update needs at least one --set PATH=VALUE")
    patch = UserPatch()
    for change in changes:
        path, sep, text = change.partition("=")
        if not sep:
            raise InvalidArgumentError(f"--set {change!r}: expected PATH=VALUE")
        try:
            value = json.loads(text)
        except ValueError:
            value = text  # plain text needs no JSON quotes
        patch.replace(path, value)
    return patch


class _SyncItem:
    """A record to save by name; the outcome gives the record back for the failed file."""

    __slots__ = ("source",)

    def __init__(self, source: SourceRecord) -> None:
        self.source = source

    async def run(self, client: BulkClient) -> Any:
        record, line = self.source.record, self.source.line
        if self.source.problem is not None:
            raise InvalidArgumentError(self.source.problem)
        name = record.get("UserName")
        if not isinstance(name, str) or not name.strip():
            raise InvalidArgumentError(f"line {line}: the record has no UserName")
        try:
            user = User.from_dict(record)
        except (TypeError, ValueError, KeyError) as exc:
            raise InvalidArgumentError(f"line {line}: not a User record ({exc})") from None
        return await SaveUserByName(name, user).run(client)


def _sync_paths(args: argparse.Namespace) -> tuple[str, Path]:
    """The input's format and where failed items go (never the input itself)."""
    path: Path = args.file
    kind = record_format(path, args.format)
    failed_path: Path = args.failed or path.with_name(
        f"{path.stem}.failed{path.suffix or '.jsonl'}"
    )
    if failed_path.resolve() == path.resolve():
        raise InvalidArgumentError("--failed must not be the input file")
    if not path.is_file():
        raise InvalidArgumentError(f"{path}: no such file")
    return kind, failed_path


async def _sync(args: argparse.Namespace, kind: str, failed_path: Path) -> int:
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    with args.file.open(encoding="utf-8", newline="") as stream:
        reader = RecordReader(stream, kind)
        records = iter(reader)
        writer = RecordWriter(failed_path, kind)
        items = (_SyncItem(source) for source in records)
        interrupted = False
        input_error: InvalidArgumentError | None = None
        async with _client(args) as so:
            run = so.bulk(items, concurrency=args.concurrency, progress=progress)
            try:
                async with run:
                    async for outcome in run:
                        if not outcome.ok:
                            writer.columns = reader.columns
                            writer.write(outcome.item.source)
                            line = outcome.item.source.line
                            print(f"line {line}: {outcome.error}", file=sys.stderr)
            except asyncio.CancelledError:
                interrupted = True
            except InvalidArgumentError as exc:  # the file itself could not be read on
                input_error = exc
        _write_unfinished(run, reader, records, writer, read_rest=input_error is None)
        writer.close()
    summary = run.summary
    print(f"sync: {summary}", file=sys.stderr)
    if writer.count:
        print(f"sync: {writer.count} item(s) to re-run written to {failed_path}", file=sys.stderr)
    if input_error is not None:
        print(f"sync: {input_error}", file=sys.stderr)
        return EXIT_USAGE
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if summary.failed == 0 and summary.complete else EXIT_FAILED_ITEMS


def _write_unfinished(
    run: BulkRun,
    reader: RecordReader,
    rest: Iterator[SourceRecord],
    writer: RecordWriter,
    *,
    read_rest: bool,
) -> None:
    """After a stop: what failed unreported, was cancelled in flight, or never started."""
    writer.columns = writer.columns or reader.columns
    for outcome in run.summary.unreported:
        if not outcome.ok:
            writer.write(outcome.item.source)
    for _, item in sorted(run.cancelled_items.items()):
        writer.write(item.source)
    if read_rest and not run.summary.complete:
        for source in rest:
            writer.write(source)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``superoffice-async`` console script."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "sandbox":
            from .testing.__main__ import main as serve

            extra = ["--port", str(args.port)]
            extra += ["--tenant", args.tenant] if args.tenant else []
            extra += ["--max-seconds", str(args.max_seconds)] if args.max_seconds else []
            return serve(extra)
        if args.command == "sync":
            kind, failed_path = _sync_paths(args)
            return asyncio.run(_sync(args, kind, failed_path))
        return asyncio.run(_single(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (ConfigurationError, InvalidArgumentError, OSError) as exc:
        print(f"superoffice-async: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SuperOfficeError as exc:
        print(f"superoffice-async: {exc}", file=sys.stderr)
        return EXIT_CALL_FAILED


if __name__ == "__main__":
    sys.exit(main())
