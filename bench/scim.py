"""``make scim-bench``: SCIM requests per second through the bridge, and the SuperOffice calls
each costs, against the sandbox.

Three processes on 127.0.0.1, each stopping by itself: the sandbox (300 users), the bridge
(``superoffice-async scim serve``, one uvicorn worker, the Okta mapping: keyed on userName)
and this load generator (16 requests in flight). The SuperOffice calls per request come from
the bridge's own log line (``superoffice_calls=``). Results go to bench/scim-results.md and
to stdout.
"""

from __future__ import annotations

import asyncio
import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2

from superoffice_async.testing import Credentials

ROOT = Path(__file__).resolve().parents[1]
MAPPING = ROOT / "superoffice_async" / "scim" / "okta_mapping.toml"
CONCURRENCY = 16
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(url: str, headers: dict[str, str] | None = None) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx2.get(url, headers=headers or {}).status_code < 500:
                return
        except httpx2.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


async def _run(http: httpx2.AsyncClient, count: int, request: Callable[[int], Any]) -> float:
    """Send ``count`` requests, ``CONCURRENCY`` at a time; returns requests per second."""
    pending = iter(range(count))

    async def worker() -> None:
        for i in pending:
            answer = await request(i)
            if answer.status_code >= 400:
                raise RuntimeError(f"{answer.request.method} {answer.request.url}: {answer.text}")

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return count / (time.perf_counter() - started)


def _calls(log: Path, seen: int) -> tuple[list[int], int]:
    lines = log.read_text().splitlines()
    calls = [
        int(m.group(1))
        for line in lines[seen:]
        if (m := re.search(r"superoffice_calls=(\d+)", line))
    ]
    return calls, len(lines)


def _cpu_seconds(pid: int) -> float:
    """The process's user + system CPU time (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _measure(
    url: str, token: str, log: Path, bridge_pid: int
) -> list[tuple[str, float, float, float]]:
    headers = {"Authorization": f"Bearer {token}"}
    rows: list[tuple[str, float, float, float]] = []
    async with httpx2.AsyncClient(base_url=url, headers=headers, timeout=120) as http:
        users = (await http.get("/Users", params={"count": "1000"})).json()["Resources"]
        ids = [u["id"] for u in users]
        names = [u["userName"] for u in users]
        _, seen = _calls(log, 0)
        created: list[str] = []

        async def create(i: int) -> Any:
            answer = await http.post(
                "/Users",
                json={
                    "schemas": [USER],
                    "userName": f"bench{i}@corp.example",
                    "name": {"givenName": "B", "familyName": str(i)},
                },
            )
            created.append(answer.json().get("id"))
            return answer

        def active(value: bool) -> Callable[[int], Any]:
            op = {"op": "replace", "value": {"active": value}}
            return lambda i: http.patch(
                f"/Users/{created[i]}", json={"schemas": [PATCH], "Operations": [op]}
            )

        scenarios: list[tuple[str, int, Callable[[int], Any]]] = [
            ("GET /Users/{id}", 600, lambda i: http.get(f"/Users/{ids[i % len(ids)]}")),
            (
                'GET /Users?filter=userName eq "..."',
                600,
                lambda i: http.get(
                    "/Users", params={"filter": f'userName eq "{names[i % len(names)]}"'}
                ),
            ),
            (
                "PATCH /Users/{id} (title)",
                300,
                lambda i: http.patch(
                    f"/Users/{ids[i % len(ids)]}",
                    json={
                        "schemas": [PATCH],
                        "Operations": [{"op": "replace", "path": "title", "value": f"T{i}"}],
                    },
                ),
            ),
            ("POST /Users (create)", 200, create),
            ("PATCH active false (retire)", 200, active(False)),
            ("PATCH active true (re-hire)", 200, active(True)),
            (
                "GET /Groups?excludedAttributes=members",
                300,
                lambda i: http.get("/Groups", params={"excludedAttributes": "members"}),
            ),
            (
                "PATCH /Groups/{id} (add a member: every user read)",
                4,
                lambda i: http.patch(
                    "/Groups/2",
                    json={
                        "schemas": [PATCH],
                        "Operations": [
                            {"op": "add", "path": "members", "value": [{"value": created[i]}]}
                        ],
                    },
                ),
            ),
            (
                "GET /Users?count=100 (no filter: every user read)",
                16,
                lambda i: http.get("/Users", params={"count": "100"}),
            ),
        ]
        for title, count, request in scenarios:
            cpu = _cpu_seconds(bridge_pid)
            rate = await _run(http, count, request)
            cpu_ms = (_cpu_seconds(bridge_pid) - cpu) * 1000 / count
            calls, seen = _calls(log, seen)
            rows.append((title, rate, sum(calls) / max(len(calls), 1), cpu_ms))
            print(
                f"{title}: {rate:.0f} req/s, {rows[-1][2]:.1f} SuperOffice calls each, "
                f"bridge CPU {cpu_ms:.1f} ms each",
                flush=True,
            )
    return rows


def _rate(rate: float) -> str:
    return f"{rate:.0f}" if rate >= 10 else f"{rate:.2g}"


def main() -> int:
    creds = Credentials()
    token = "bench-token-" + "x" * 32
    sandbox_port, bridge_port = _free_port(), _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "bridge.log"
        env = {
            **os.environ,
            "SUPEROFFICE_PASSWORD": creds.password,
            "SUPEROFFICE_SCIM_TOKEN": token,
        }
        for name in ("SUPEROFFICE_URL", "SUPEROFFICE_TENANT", "SUPEROFFICE_LOG"):
            env.pop(name, None)
        sandbox = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "superoffice_async.testing",
                "--port",
                str(sandbox_port),
                "--max-seconds",
                "600",
            ],
            stdout=subprocess.DEVNULL,
        )
        with log.open("w") as sink:
            bridge = subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "superoffice_async.cli",
                    "scim",
                    "serve",
                    "--mapping",
                    str(MAPPING),
                    "--url",
                    f"http://127.0.0.1:{sandbox_port}",
                    "--user",
                    creds.username,
                    "--port",
                    str(bridge_port),
                    "--max-deactivations",
                    "100000/60",
                    "--max-seconds",
                    "600",
                ],
                env=env,
                stderr=sink,
                stdout=subprocess.DEVNULL,
            )
            try:
                _wait(f"http://127.0.0.1:{sandbox_port}/api/v1/User/1")
                url = f"http://127.0.0.1:{bridge_port}/v2"
                _wait(f"{url}/ServiceProviderConfig")
                rows = asyncio.run(_measure(url, token, log, bridge.pid))
            finally:
                bridge.terminate()
                sandbox.terminate()
                bridge.wait(30)
                sandbox.wait(30)
    lines = [
        "# SCIM bridge: requests per second against the sandbox",
        "",
        f"`make scim-bench` on {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs; sandbox, bridge (one uvicorn worker) and load generator in three "
        f"processes on one machine (load average {os.getloadavg()[0]:.1f} at the end: other work "
        f"shared it), {CONCURRENCY} requests in flight, 300 users, Okta mapping.",
        "",
        "| SCIM request | requests/s | SuperOffice calls each | bridge CPU ms each |",
        "| --- | ---: | ---: | ---: |",
        *(f"| {t} | {_rate(rate)} | {calls:.1f} | {cpu:.1f} |" for t, rate, calls, cpu in rows),
        "",
        "requests/s is end to end (the sandbox, a Python server on the same CPUs, is most of the",
        "time of the calls); the bridge's own cost is its CPU per request: one worker holds about",
        "1000 / (CPU ms) requests per second of a kind when SuperOffice answers fast enough.",
        "",
    ]
    (ROOT / "bench" / "scim-results.md").write_text("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
