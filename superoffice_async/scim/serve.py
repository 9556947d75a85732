"""``superoffice-async scim serve``: the bridge on uvicorn, against SuperOffice or the sandbox.

The SuperOffice connection comes from ``SUPEROFFICE_*`` (or ``--url``/``--user``) as for every
command; with none configured the bridge serves against the built-in sandbox (started on
127.0.0.1 in the same process). The bearer token comes from ``SUPEROFFICE_SCIM_TOKEN`` or the
file ``SUPEROFFICE_SCIM_TOKEN_FILE`` names; with the sandbox and no token, one is made and
printed (a demo, never a real tenant).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ..sync import load_mapping
from .auth import TOKEN_ENV, TOKEN_FILE_ENV, BearerToken, token_from_env

__all__ = ["add_scim_parser", "run_scim"]


def add_scim_parser(
    commands: Any, global_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """The ``scim serve`` subcommand's arguments."""
    scim = commands.add_parser("scim", help="the SCIM 2.0 bridge (needs the [scim] extra)")
    global_options(scim)
    actions = scim.add_subparsers(dest="scim_command", required=True, metavar="ACTION")
    serve = actions.add_parser(
        "serve",
        help="serve the SCIM bridge for an identity provider (Okta, Entra ID, ...)",
        description="Serve SCIM 2.0 at http://HOST:PORT/v2 over the users of SUPEROFFICE_* "
        "(the built-in sandbox when none is configured). The identity provider's bearer "
        f"token comes from ${TOKEN_ENV} or the file ${TOKEN_FILE_ENV} names.",
    )
    global_options(serve)
    serve.add_argument("--mapping", type=Path, required=True, help="the mapping file (.toml)")
    serve.add_argument("--host", default="127.0.0.1", help="default: %(default)s")
    serve.add_argument("--port", type=int, default=8080, help="default: %(default)s")
    serve.add_argument(
        "--max-deactivations",
        default="10/60",
        metavar="COUNT/SECONDS",
        help="deactivations allowed per window; more are refused with 429 (default: %(default)s)",
    )
    serve.add_argument(
        "--max-seconds", type=float, default=None, help="stop by itself (default: never)"
    )


def run_scim(args: argparse.Namespace, make_client: Callable[[argparse.Namespace], Any]) -> int:
    """Serve until Ctrl-C (or ``--max-seconds``); configuration problems raise before serving."""
    try:
        import uvicorn

        from .app import create_app, log_requests_to_stderr
        from .guard import parse_rate
    except ModuleNotFoundError as exc:
        raise ConfigurationError(
            f"the SCIM bridge needs the [scim] extra ({exc.name} is missing): from a checkout "
            "of superoffice-async, pip install '.[scim]' (or 'make setup')"
        ) from None

    mapping = load_mapping(args.mapping)
    count, seconds = parse_rate(args.max_deactivations)
    log_requests_to_stderr()
    configured = args.url or any(
        os.environ.get(n) for n in ("SUPEROFFICE_URL", "SUPEROFFICE_TENANT")
    )
    with _superoffice(configured, args, make_client) as client:
        token = _token(os.environ, sandbox=not configured)
        app = create_app(client, mapping, token, max_deactivations=count, per_seconds=seconds)
        config = uvicorn.Config(app, host=args.host, port=args.port, log_level="info",
                                access_log=False, lifespan="on")  # fmt: skip
        server = uvicorn.Server(config)
        print(f"SCIM bridge at http://{args.host}:{args.port}/v2", file=sys.stderr, flush=True)
        with _stopping_after(server, args.max_seconds):
            server.run()
    return 0


def _token(environ: Mapping[str, str], *, sandbox: bool) -> BearerToken:
    if sandbox and not (environ.get(TOKEN_ENV) or environ.get(TOKEN_FILE_ENV)):
        token = secrets.token_urlsafe(32)
        print(f"sandbox demo: bearer token {token}", file=sys.stderr, flush=True)
        return BearerToken(token)
    return token_from_env(environ)


@contextlib.contextmanager
def _superoffice(
    configured: bool, args: argparse.Namespace, make_client: Callable[..., Any]
) -> Iterator[Any]:
    """The client (counting its requests): as configured, or of a sandbox on 127.0.0.1 for the
    time of the block."""
    from .calls import counting_transport

    transport = counting_transport()
    if configured:
        yield make_client(args, transport=transport)
        return
    try:
        from ..testing import Sandbox, SandboxServer
    except ModuleNotFoundError as exc:
        raise ConfigurationError(
            f"no SUPEROFFICE_URL or SUPEROFFICE_TENANT, and the sandbox needs the [sandbox] "
            f"extra ({exc.name} is missing)"
        ) from None
    from .. import BasicAuth, SuperOfficeClient

    with SandboxServer(Sandbox()) as sandbox:
        creds = sandbox.sandbox.credentials
        print(f"no SuperOffice configured: serving the sandbox at {sandbox.url}", file=sys.stderr)
        auth = BasicAuth(creds.username, creds.password)
        yield SuperOfficeClient(sandbox.url, auth=auth, transport=transport)


@contextlib.contextmanager
def _stopping_after(server: Any, seconds: float | None) -> Iterator[None]:
    """Ask the server to stop after ``seconds`` (None: never)."""
    if seconds is None:
        yield
        return
    import threading

    timer = threading.Timer(seconds, lambda: setattr(server, "should_exit", True))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
