"""``superoffice-async``: the command line.

Configuration comes from flags and environment variables. Secrets come from the environment
only (so they never sit in a shell history or a process list) and are never printed; the
variables (``SUPEROFFICE_URL`` or ``SUPEROFFICE_TENANT``, each kind of credential,
``SUPEROFFICE_APP_TOKEN``, ``SUPEROFFICE_LOG``, ...) are listed in ``superoffice_async.config``.

Exit codes: 0 all done; 1 some items failed; 2 bad usage, configuration or input;
3 the call failed; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from .client import SuperOfficeClient
from .config import client_from_env
from .errors import ConfigurationError, InvalidArgumentError, SuperOfficeError
from .options import CallOptions
from .patch import UserPatch
from .sync.command import add_sync_parser, prepare_sync, run_sync

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

    add_sync_parser(commands)

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


def _client(args: argparse.Namespace) -> SuperOfficeClient:
    options: CallOptions = {}
    for name in ("language", "culture", "time_zone", "timeout"):
        value = getattr(args, name)
        if value is not None:
            options[name] = value
    return client_from_env(os.environ, url=args.url, user=args.user, **options)


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
                print(json.dumps(row, ensure_ascii=False, default=str))
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
            job = prepare_sync(args)
            return asyncio.run(run_sync(args, job, _client))
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
