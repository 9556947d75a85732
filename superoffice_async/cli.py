"""``superoffice-async``: the command line.

Configuration comes from flags and environment variables (``--help`` lists them, the exit
codes and the defaults); global options go before or after the command. Secrets come from the
environment only (so they never sit in a shell history or a process list) and are never printed;
every ``SUPEROFFICE_*`` variable is described in ``superoffice_async.config``.

Exit codes: 0 all done; 1 some items failed; 2 bad usage, configuration or input;
3 the call failed; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from ._version import __version__
from .client import SuperOfficeClient
from .errors import ConfigurationError, InvalidArgumentError, SuperOfficeError
from .options import CallOptions
from .patch import UserPatch
from .sync.command import add_sync_parser, prepare_sync, run_sync

__all__ = ["main"]

EXIT_OK, EXIT_FAILED_ITEMS, EXIT_USAGE, EXIT_CALL_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


_ENVIRONMENT = """\
environment (secrets only from here, never printed):
  SUPEROFFICE_URL             the site URL (default of --url), or instead:
  SUPEROFFICE_TENANT          the Online tenant (Cust12345), found through the status API, with
  SUPEROFFICE_ENVIRONMENT     sod, stage or online (default: online)
  SUPEROFFICE_USER            Basic user (default of --user); SUPEROFFICE_PASSWORD its password
  SUPEROFFICE_TICKET          SOTicket credentials
  SUPEROFFICE_ACCESS_TOKEN    Bearer credentials (with SUPEROFFICE_REFRESH_TOKEN,
                              SUPEROFFICE_CLIENT_ID and SUPEROFFICE_CLIENT_SECRET: renewed)
  SUPEROFFICE_SYSTEM_USER_TOKEN  system user sign-in (Online), with SUPEROFFICE_CLIENT_SECRET
                              and SUPEROFFICE_PRIVATE_KEY (PEM or RSAXML) or _PRIVATE_KEY_FILE
  SUPEROFFICE_XSRF_TOKEN      XSRF token credentials
  SUPEROFFICE_APP_TOKEN       SO-AppToken, sent with the credentials above
  SUPEROFFICE_LANGUAGE        default of --language
  SUPEROFFICE_LOG             info or debug: the SDK's log on stderr (never a secret)

exit codes:
  0    all done
  1    some items failed (sync)
  2    bad usage, configuration or input
  3    the call failed
  130  interrupted
"""


_SEE_MAIN_HELP = "environment variables and exit codes: superoffice-async --help"


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's layout."""


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The options every command takes, before or after its name.

    A subcommand's copy has no defaults (SUPPRESS), so a value given before the subcommand
    is not reset by the subcommand's parser.
    """

    def default(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    env = os.environ
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--url", default=default(env.get("SUPEROFFICE_URL")), help="site URL ($SUPEROFFICE_URL)"
    )
    group.add_argument(
        "--user",
        default=default(env.get("SUPEROFFICE_USER")),
        help="Basic user ($SUPEROFFICE_USER; the password from $SUPEROFFICE_PASSWORD)",
    )
    group.add_argument(
        "--language",
        default=default(env.get("SUPEROFFICE_LANGUAGE")),
        help="SO-Language of every call ($SUPEROFFICE_LANGUAGE; default: the user's own)",
    )
    group.add_argument(
        "--culture", default=default(None), help="SO-Culture of every call (default: none)"
    )
    group.add_argument(
        "--time-zone", default=default(None), help="SO-TimeZone of every call (default: none)"
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=default(None),
        help="seconds for each network phase of a call (default: 30)",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default(False),
        help="log the SDK's calls and retries to stderr (debug; never a secret)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="superoffice-async",
        description="SuperOffice User API from the command line.",
        epilog=_ENVIRONMENT,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, *, calls: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help, epilog=_SEE_MAIN_HELP)
        if calls:  # the sandbox makes no calls: the client's options would do nothing there
            _global_options(sub, defaults=False)
        return sub

    add_sync_parser(commands)
    sync = commands.choices["sync"]
    sync.epilog = _SEE_MAIN_HELP
    _global_options(sync, defaults=False)

    get = command("get", "print a user as JSON")
    get.add_argument("user_id", type=int)
    get.add_argument(
        "--select", default=None, help="comma separated properties (Name,Person/Firstname)"
    )
    by_name = command("get-by-name", "print a user, found by user name")
    by_name.add_argument("user_name")
    update = command("update", "change fields of a user (JSON Patch)")
    update.add_argument("user_id", type=int)
    update.add_argument("--set", dest="changes", action="append", default=[], metavar="PATH=VALUE")
    custom = command("command", "run a custom command on a user")
    custom.add_argument("user_id", type=int)
    custom.add_argument("name")
    custom.add_argument("--action-result", default=None)
    listing = command("list", "print users of the OData list, one JSON a line")
    listing.add_argument("--select", default=None, help="comma separated archive columns")
    listing.add_argument("--filter", default=None)
    listing.add_argument("--order-by", default="associateDbId", help="default: %(default)s")
    listing.add_argument("--limit", type=int, default=None, help="default: all rows")

    sandbox = command(
        "sandbox", "serve the local sandbox on 127.0.0.1 (needs the [sandbox] extra)", calls=False
    )
    sandbox.add_argument("--port", type=int, default=8000, help="default: %(default)s")
    sandbox.add_argument("--tenant", default=None, help="serve under /TENANT (default: /)")
    sandbox.add_argument(
        "--max-seconds", type=float, default=None, help="stop by itself (default: never)"
    )
    from .scim.serve import add_scim_parser  # argparse only: the [scim] extra loads on use

    add_scim_parser(commands, lambda sub: _global_options(sub, defaults=False))
    return parser


def _client(args: argparse.Namespace, **settings: Any) -> SuperOfficeClient:
    options: CallOptions = {}
    for name in ("language", "culture", "time_zone", "timeout"):
        value = getattr(args, name)
        if value is not None:
            options[name] = value
    return SuperOfficeClient.from_env(
        os.environ, url=args.url, user=args.user, **options, **settings
    )


def _print(value: Any, select: str | None = None) -> None:
    data = value.to_dict() if hasattr(value, "to_dict") else value
    if select and isinstance(data, dict):
        data = _selected(data, [path.strip() for path in select.split(",") if path.strip()])
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _selected(data: dict[str, Any], paths: Sequence[str]) -> dict[str, Any]:
    """Only the properties ``paths`` name (``Person/Firstname``, any case), as nested objects.

    ``$select`` nulls every property it does not name; those nulls are not printed.
    """
    out: dict[str, Any] = {}
    for path in paths:
        source: Any = data
        target = out
        names = [name for name in path.split("/") if name]
        for depth, name in enumerate(names):
            if not isinstance(source, dict):
                break
            key = next((k for k in source if k.lower() == name.lower()), None)
            if key is None:
                break
            if depth == len(names) - 1 or not isinstance(source[key], dict):
                target[key] = source[key]
                break
            target = target.setdefault(key, {})
            source = source[key]
    return out


async def _single(args: argparse.Namespace) -> int:
    async with _client(args) as so:
        if args.command == "get":
            _print(await so.users.get(args.user_id, select=args.select), args.select)
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


def _log_to_stderr() -> None:
    """``--verbose``: the SDK's log (calls, retries, slow calls; never a secret) on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("superoffice_async")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def _exiting_on_ctrl_c() -> None:
    """Stopped by Ctrl-C, the files written: a further Ctrl-C while the process exits must not
    kill it by SIGINT instead of exit 130 (``sys.exit`` and shutdown run after ``main``).
    Main thread only; nothing else runs after this in the console script."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``superoffice-async`` console script."""
    args = _parser().parse_args(argv)
    if getattr(args, "verbose", False):
        _log_to_stderr()
    try:
        if args.command == "sandbox":
            from .testing.__main__ import main as serve  # says what is missing, if anything

            extra = ["--port", str(args.port)]
            extra += ["--tenant", args.tenant] if args.tenant else []
            extra += ["--max-seconds", str(args.max_seconds)] if args.max_seconds else []
            return serve(extra)
        if args.command == "scim":
            from .scim.serve import run_scim  # says what is missing, if anything

            return run_scim(args, _client)
        if args.command == "sync":
            job = prepare_sync(args)
            code = asyncio.run(run_sync(args, job, _client))
            if code == EXIT_INTERRUPTED:
                _exiting_on_ctrl_c()
            return code
        return asyncio.run(_single(args))
    except KeyboardInterrupt:
        _exiting_on_ctrl_c()
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``get 5 | head``): what it read was printed; say nothing more,
        # and keep Python's flush at exit from failing on the closed pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (ConfigurationError, InvalidArgumentError, OSError) as exc:
        print(f"superoffice-async: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SuperOfficeError as exc:
        print(f"superoffice-async: {exc}", file=sys.stderr)
        return EXIT_CALL_FAILED


if __name__ == "__main__":
    sys.exit(main())
