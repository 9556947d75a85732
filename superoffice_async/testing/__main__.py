"""``python -m superoffice_async.testing``: serve the sandbox on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from .extra import missing_sandbox_module, sandbox_missing


def main(argv: list[str] | None = None) -> int:
    try:
        from .app import Credentials, Sandbox
        from .data import seed_users
        from .server import SandboxServer
        from .state import SandboxState
    except ModuleNotFoundError as exc:
        missing = missing_sandbox_module(exc)
        if missing is None:
            raise
        print(f"superoffice-async sandbox: {sandbox_missing(missing)}", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(
        prog="python -m superoffice_async.testing",
        description="Serve a local SuperOffice User API sandbox on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8000, help="port (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address")
    parser.add_argument("--tenant", default=None, help="serve under /TENANT, like Cust12345")
    parser.add_argument("--users", type=int, default=300, help="how many users to seed")
    parser.add_argument("--app-token", default=None, help="require SO-AppToken with tickets")
    parser.add_argument(
        "--max-seconds", type=float, default=None, help="stop by itself after this long"
    )
    args = parser.parse_args(argv)
    sandbox = Sandbox(
        credentials=Credentials(app_token=args.app_token),
        state=SandboxState(seed_users(args.users)),
        tenant=args.tenant,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with SandboxServer(sandbox, host=args.host, port=args.port) as server:
            creds = sandbox.credentials
            print(f"sandbox serving {len(sandbox.state)} users at {server.url}", flush=True)
            print(f"  Basic {creds.username}:{creds.password} | SOTicket {creds.ticket}")
            print(f"  Bearer {creds.access_token} | X-XSRF-TOKEN {creds.xsrf_token}", flush=True)
            stop.wait(args.max_seconds)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
