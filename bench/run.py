"""``make bench``: the SDK against raw clients, measured in one run, each ratio against its target.

The targets are issue 21's (Targets):

1. Client CPU per call (process CPU, not wall), GET and PUT User at concurrency 8 and 32: the SDK
   vs raw aiohttp (target <= 1.3), and the SDK on its httpx transport beside raw
   ``httpx.AsyncClient`` (printed, no target).
2. Bulk: 10,000 PUTs, wall, at concurrency 1, 8, 32, 128 and 512: the SDK bulk API vs raw aiohttp
   with as many workers (target <= 1.5 at each); both pools at their default 100 connections;
   in 5 turns of 2,000 each, the two alternating.
3. Carriers, like with like: decode (JSON bytes -> carrier, as the pipeline does it: straight from
   the bytes, the operation's ``decode``) and encode (carrier -> JSON bytes of what is set) of
   the seed UserWithLinks, SDK vs pydantic v2 with ``exclude_unset`` (target <= 0.5).
4. Import of the client in a fresh interpreter vs ``import asyncio`` (target <= 1.3).
5. Peak RSS of a 100,000-item bulk run against the sandbox, and of one a fifth the size (target
   <= 50 MB, and flat).

The HTTP servers run in their own processes on 127.0.0.1 and stop by themselves. Results go to
bench/results.md (quoted by the README) and to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import orjson

from superoffice_async import BasicAuth, SuperOfficeClient, User
from superoffice_async._generated.operations import V1_USER_PUT_USER
from superoffice_async.bulk import UpdateUser
from superoffice_async.models import UserWithLinks

HERE = Path(__file__).resolve().parent
SAMPLE = json.loads(
    (HERE.parent / "tests" / "data" / "seeds" / "003_b70f638c30fcf8f5.response.json").read_text()
)
REQUEST = json.loads(
    (HERE.parent / "tests" / "data" / "seeds" / "003_b70f638c30fcf8f5.request.json").read_text()
)
AUTH = ("tje0", "Tje0")


@contextmanager
def fast_server() -> Iterator[str]:
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, str(HERE / "server.py"), "--max-seconds", "3600"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


async def _drive(call: Callable[[int], Awaitable[Any]], calls: int, concurrency: int) -> None:
    queue = iter(range(calls))

    async def worker() -> None:
        for n in queue:
            await call(n)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def cpu_per_call(
    url: str, method: str, calls: int, concurrency: int, rounds: int
) -> dict[str, float]:
    """Median process-CPU microseconds per GET or PUT User round trip, per client.

    The clients take turns round by round, so a noisy moment on the machine hits all of them
    alike instead of one.
    """
    user = User.from_dict(REQUEST)
    body = REQUEST
    basic = "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()
    limits = httpx.Limits(max_connections=100)
    async with (
        SuperOfficeClient(url, auth=BasicAuth(*AUTH)) as so,
        SuperOfficeClient(
            url, auth=BasicAuth(*AUTH), transport=httpx.AsyncHTTPTransport(limits=limits)
        ) as so_httpx,
        httpx.AsyncClient(base_url=url, auth=AUTH, limits=limits) as client,
        aiohttp.ClientSession(url, headers={"Authorization": basic}) as session,
    ):
        if method == "PUT":

            async def sdk(n: int) -> Any:
                return await so.users.put(539, user, replace=True)  # a complete user, as raw

            async def sdk_httpx(n: int) -> Any:
                return await so_httpx.users.put(539, user, replace=True)

            async def raw_httpx(n: int) -> Any:
                response = await client.put("/api/v1/User/539", json=body)
                response.raise_for_status()
                return response.json()

            async def raw_aiohttp(n: int) -> Any:
                async with session.put("/api/v1/User/539", json=body) as response:
                    response.raise_for_status()
                    return await response.json()

        else:

            async def sdk(n: int) -> Any:
                return await so.users.get(539)

            async def sdk_httpx(n: int) -> Any:
                return await so_httpx.users.get(539)

            async def raw_httpx(n: int) -> Any:
                response = await client.get("/api/v1/User/539")
                response.raise_for_status()
                return response.json()

            async def raw_aiohttp(n: int) -> Any:
                async with session.get("/api/v1/User/539") as response:
                    response.raise_for_status()
                    return await response.json()

        kinds = {"sdk": sdk, "aiohttp": raw_aiohttp, "sdk_httpx": sdk_httpx, "httpx": raw_httpx}
        for call in kinds.values():  # warm up: connections, caches
            await _drive(call, max(200, calls // 10), concurrency)
        results: dict[str, list[float]] = {kind: [] for kind in kinds}
        for _ in range(rounds):
            for kind, call in kinds.items():
                started = time.process_time()
                await _drive(call, calls, concurrency)
                results[kind].append((time.process_time() - started) / calls * 1e6)
    return {kind: statistics.median(values) for kind, values in results.items()}


async def bulk_wall(kind: str, url: str, calls: int, concurrency: int) -> float:
    """Wall seconds for ``calls`` PUTs at ``concurrency``: the SDK bulk API or raw aiohttp."""
    if kind == "sdk":
        async with SuperOfficeClient(url, auth=BasicAuth(*AUTH)) as so:
            items = (  # a complete user each time: PUT replaces, as the raw calls below
                UpdateUser(539, User.from_dict({**REQUEST, "Tooltip": f"t{n}"}), replace=True)
                for n in range(calls)
            )
            started = time.perf_counter()
            async with so.bulk(items, concurrency=concurrency) as run:
                async for outcome in run:
                    if not outcome.ok:
                        raise RuntimeError(outcome.error)
            return time.perf_counter() - started
    basic = "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()
    async with aiohttp.ClientSession(url, headers={"Authorization": basic}) as session:

        async def one(n: int) -> Any:
            body = {**REQUEST, "Tooltip": f"t{n}"}
            async with session.put("/api/v1/User/539", json=body) as response:
                response.raise_for_status()
                return await response.json()

        started = time.perf_counter()
        await _drive(one, calls, concurrency)
        return time.perf_counter() - started


def carrier_costs() -> dict[str, float]:
    """Microseconds per decode (JSON bytes -> carrier) and per encode (carrier -> JSON bytes)."""
    sys.path.insert(0, str(HERE))
    from pydantic_carriers import UserWithLinksModel as PydanticUser

    raw = json.dumps(SAMPLE).encode()
    sdk_model = UserWithLinks.from_dict(orjson.loads(raw))
    decode = V1_USER_PUT_USER.decode  # what calls/answer.py tries first (the answer fits)
    assert decode is not None
    pyd_model = PydanticUser.model_validate_json(raw)
    number = 2000
    cases = {
        # As calls/answer.py does it: the answer's bytes straight into the carrier; a
        # body is the carrier's to_dict() (what is set), then orjson (calls/prepare.py).
        "sdk_decode": lambda: decode(raw),
        "pydantic_decode": lambda: PydanticUser.model_validate_json(raw),
        "sdk_encode": lambda: orjson.dumps(sdk_model.to_dict()),
        # Like with like: the SDK sends only what is set.
        "pydantic_encode": lambda: pyd_model.model_dump_json(by_alias=True, exclude_unset=True),
    }
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(9):  # interleaved, best of 9: a noisy neighbour hits both sides alike
        for name, statement in cases.items():
            seconds = timeit.timeit(statement, number=number)
            best[name] = min(best[name], seconds / number * 1e6)
    return best


def peak_memory(items: int) -> float:
    """Peak RSS (MB) of a process that runs an ``items``-item bulk against the sandbox."""
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(HERE / "memory.py"), str(items)],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return float(done.stdout.strip().splitlines()[-1])


def import_ms(statement: str, runs: int = 9) -> float:
    """Median milliseconds of the imports ``statement`` makes in a fresh interpreter.

    From ``-X importtime``: the sum of the top-level modules' cumulative times, so the
    interpreter's own start is left out; bytecode cached after one warm-up run.
    """
    # Bytecode cached, as an installed package has it (pip compiles on install); in a cache of
    # its own, so a PYTHONDONTWRITEBYTECODE environment cannot make every run compile anew.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "superoffice-async-bench-pyc")
    times = []
    for run in range(runs + 1):
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-X", "importtime", "-c", statement],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        if run == 0:
            continue  # the warm-up writes the bytecode
        total = 0
        for line in done.stderr.splitlines():
            parts = line.split("|")
            top_level = len(parts) == 3 and parts[2][:1] == " " and parts[2][1:2] != " "
            if top_level and parts[1].strip().isdigit():
                total += int(parts[1])
        times.append(total / 1000.0)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def row(measure: str, figures: str, name: str, ratio: float, target: float | None) -> str:
    """One table row: the ratio in bold, and how it stands against its target."""
    if target is None:
        return f"| {measure} | {figures} | {name} = **{ratio:.2f}** (no target) |"
    verdict = "meets target" if ratio <= target else "MISSES target"
    return f"| {measure} | {figures} | {name} = **{ratio:.2f}** (target <= {target}: {verdict}) |"


CPU_TARGET = 1.3
BULK_TARGET = 1.5
CARRIER_TARGET = 0.5
IMPORT_TARGET = 1.3
MEMORY_TARGET_MB = 50.0
BULK_CONCURRENCY = (1, 8, 32, 128, 512)
BULK_TURNS = 5
"""Each bulk row's calls are run in this many turns, SDK and raw aiohttp alternating."""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bulk-calls", type=int, default=10_000)
    parser.add_argument("--memory-items", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args()

    rows: list[str] = []
    scaling: list[str] = []
    with fast_server() as url:
        for method in ("GET", "PUT"):
            for concurrency in (8, 32):
                cpu = asyncio.run(cpu_per_call(url, method, args.calls, concurrency, args.rounds))
                print(f"cpu {method} c={concurrency}: {json.dumps(cpu)}", flush=True)
                sdk, floor = cpu["sdk"], cpu["aiohttp"]
                rows.append(
                    row(
                        f"CPU per {method} User, concurrency {concurrency}",
                        f"SDK {sdk:.0f} us, raw aiohttp {floor:.0f} us",
                        "SDK / raw aiohttp",
                        sdk / floor,
                        CPU_TARGET,
                    )
                )
                on_httpx, raw_httpx = cpu["sdk_httpx"], cpu["httpx"]
                rows.append(
                    row(
                        "",
                        f"SDK on httpx {on_httpx:.0f} us, raw httpx {raw_httpx:.0f} us",
                        "SDK on httpx / raw httpx",
                        on_httpx / raw_httpx,
                        None,
                    )
                )
        for concurrency in BULK_CONCURRENCY:
            # In turns, as the CPU rows: a noisy moment on the machine hits both alike.
            sdk_bulk = raw_bulk = 0.0
            for _ in range(BULK_TURNS):
                share = args.bulk_calls // BULK_TURNS
                sdk_bulk += asyncio.run(bulk_wall("sdk", url, share, concurrency))
                raw_bulk += asyncio.run(bulk_wall("aiohttp", url, share, concurrency))
            print(
                f"bulk c={concurrency}: sdk {sdk_bulk:.2f} s, aiohttp {raw_bulk:.2f} s", flush=True
            )
            ratio = sdk_bulk / raw_bulk
            verdict = "meets target" if ratio <= BULK_TARGET else "MISSES target"
            scaling.append(
                f"| {concurrency} | {sdk_bulk:.2f} s ({args.bulk_calls / sdk_bulk:,.0f}/s) | "
                f"{raw_bulk:.2f} s ({args.bulk_calls / raw_bulk:,.0f}/s) | **{ratio:.2f}** "
                f"({verdict}) |"
            )
            rows.append(
                row(
                    f"Bulk {args.bulk_calls:,} PUTs, concurrency {concurrency}, wall",
                    f"SDK bulk {sdk_bulk:.2f} s, raw aiohttp {raw_bulk:.2f} s",
                    "SDK / raw aiohttp",
                    ratio,
                    BULK_TARGET,
                )
            )
    costs = carrier_costs()
    print(json.dumps(costs), flush=True)
    for what in ("decode", "encode"):
        sdk, ref = costs[f"sdk_{what}"], costs[f"pydantic_{what}"]
        rows.append(
            row(
                f"Carrier {what}, seed UserWithLinks",
                f"SDK {sdk:.1f} us, pydantic v2 {ref:.1f} us",
                "SDK / pydantic",
                sdk / ref,
                CARRIER_TARGET,
            )
        )
    package = import_ms("import superoffice_async")
    client = import_ms("from superoffice_async import SuperOfficeClient, BasicAuth")
    yardstick = import_ms("import asyncio")
    print(f"import: package {package:.0f} ms, client {client:.0f} ms, asyncio {yardstick:.0f} ms")
    rows.append(
        row(
            "Import, fresh interpreter, median of 9",
            f"`from superoffice_async import SuperOfficeClient, BasicAuth` {client:.0f} ms, "
            f"`import asyncio` {yardstick:.0f} ms (`import superoffice_async` {package:.0f} ms)",
            "client / asyncio",
            client / yardstick,
            IMPORT_TARGET,
        )
    )
    small = max(1000, args.memory_items // 5)
    small_mb, big_mb = peak_memory(small), peak_memory(args.memory_items)
    print(f"memory {small}: {small_mb:.1f} MB, {args.memory_items}: {big_mb:.1f} MB", flush=True)
    flat = big_mb / small_mb < 1.15
    verdict = "meets target" if big_mb <= MEMORY_TARGET_MB and flat else "MISSES target"
    rows.append(
        f"| Peak RSS of a bulk run against the sandbox | {small:,} items {small_mb:.1f} MB, "
        f"{args.memory_items:,} items {big_mb:.1f} MB | growth x{big_mb / small_mb:.2f} "
        f"(target <= {MEMORY_TARGET_MB:.0f} MB and flat: {verdict}) |"
    )
    command = "make bench  (" + " ".join(["python", "bench/run.py", *sys.argv[1:]]) + ")"
    report = "\n".join(
        [
            "# Benchmark results",
            "",
            f"- command: `{command}`",
            f"- machine: {machine()}",
            f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            f"- CPU rows: median of {args.rounds} rounds of {args.calls:,} calls after a warm-up,"
            " the four clients taking turns; the server runs in another process on 127.0.0.1",
            "- carrier rows: best of 9 interleaved timings of 2,000 operations each",
            f"- bulk rows: the calls in {BULK_TURNS} turns, SDK bulk and raw aiohttp alternating"
            " (a fresh client each turn); the wall times of the turns added up",
            "",
            "| measure | figures | ratio (same run) |",
            "|---|---|---|",
            *rows,
            "",
            f"Scaling: {args.bulk_calls:,} PUTs, wall (and throughput), SDK bulk vs raw aiohttp "
            f"with as many workers (target <= {BULK_TARGET} at each)",
            "",
            "| concurrency | SDK bulk | raw aiohttp | SDK / raw |",
            "|---|---|---|---|",
            *scaling,
            "",
        ]
    )
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
