"""``make bench``: the SDK against raw clients, measured in one run, as ratios.

1. Client CPU per PUT User call (process CPU, not wall) at concurrency 32 and 8: the SDK vs raw
   ``httpx.AsyncClient`` (dict body, ``response.json()``) and vs raw aiohttp (targets: SDK <= 0.3x
   raw httpx and <= 1.5x raw aiohttp at both).
2. Bulk: 10,000 calls at concurrency 64, wall time: the SDK bulk API vs raw httpx + Semaphore.
3. Carrier cost: parse and serialize the seed UserWithLinks, SDK models vs pydantic v2.
4. Peak memory of 100,000-item bulk runs against the sandbox (and of a smaller one, to see
   whether it grows with the item count).
5. Import time in a fresh interpreter of the package and of what a program imports to make a
   call (target <= 100 ms), beside ``import asyncio`` as a yardstick for the machine.

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
        [sys.executable, str(HERE / "server.py"), "--max-seconds", "900"],
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


async def cpu_per_call(url: str, calls: int, concurrency: int, rounds: int) -> dict[str, float]:
    """Median process-CPU microseconds per PUT User round trip, per client.

    The three clients take turns round by round, so a noisy moment on the machine hits all of
    them alike instead of one.
    """
    user = User.from_dict(REQUEST)
    body = REQUEST
    basic = "Basic " + base64.b64encode(":".join(AUTH).encode()).decode()
    limits = httpx.Limits(max_connections=100)
    async with (
        SuperOfficeClient(url, auth=BasicAuth(*AUTH)) as so,
        httpx.AsyncClient(base_url=url, auth=AUTH, limits=limits) as client,
        aiohttp.ClientSession(url, headers={"Authorization": basic}) as session,
    ):

        async def sdk(n: int) -> Any:
            return await so.users.put(539, user, replace=True)  # a complete user, as raw

        async def raw_httpx(n: int) -> Any:
            response = await client.put("/api/v1/User/539", json=body)
            response.raise_for_status()
            return response.json()

        async def raw_aiohttp(n: int) -> Any:
            async with session.put("/api/v1/User/539", json=body) as response:
                response.raise_for_status()
                return await response.json()

        kinds = {"sdk": sdk, "httpx": raw_httpx, "aiohttp": raw_aiohttp}
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
    """Wall seconds for ``calls`` PUTs at ``concurrency``."""
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
    limits = httpx.Limits(max_connections=100)
    async with httpx.AsyncClient(base_url=url, auth=AUTH, limits=limits) as client:
        gate = asyncio.Semaphore(concurrency)

        async def one(n: int) -> Any:
            async with gate:
                response = await client.put(
                    "/api/v1/User/539", json={**REQUEST, "Tooltip": f"t{n}"}
                )
                response.raise_for_status()
                return response.json()

        started = time.perf_counter()
        await asyncio.gather(*(one(n) for n in range(calls)))
        return time.perf_counter() - started


def carrier_costs() -> dict[str, float]:
    """Microseconds per parse (json + model) and per serialize (model + json)."""
    sys.path.insert(0, str(HERE))
    from pydantic_carriers import UserWithLinksModel as PydanticUser

    raw = json.dumps(SAMPLE).encode()
    sdk_model = UserWithLinks.from_dict(orjson.loads(raw))
    pyd_model = PydanticUser.model_validate_json(raw)
    number = 2000
    cases = {
        # The SDK decodes answers and encodes bodies with orjson (calls/answer.py, prepare.py).
        "sdk_parse": lambda: UserWithLinks.from_dict(orjson.loads(raw)),
        "pydantic_parse": lambda: PydanticUser.model_validate_json(raw),
        "sdk_serialize": lambda: orjson.dumps(sdk_model.to_dict()),
        "pydantic_serialize": lambda: pyd_model.model_dump_json(by_alias=True),
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


def verdict(value: float, target: float) -> str:
    return "meets target" if value <= target else "MISSES target"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bulk-calls", type=int, default=10_000)
    parser.add_argument("--memory-items", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    args = parser.parse_args()

    rows: list[str] = []
    with fast_server() as url:
        cpu: dict[tuple[str, int], float] = {}
        for concurrency in (32, 8):
            measured = asyncio.run(cpu_per_call(url, args.calls, concurrency, args.rounds))
            for kind, micros in measured.items():
                cpu[(kind, concurrency)] = micros
                print(f"cpu {kind} c={concurrency}: {micros:.0f} us", flush=True)
        for concurrency in (32, 8):
            sdk, raw, floor = (cpu[(k, concurrency)] for k in ("sdk", "httpx", "aiohttp"))
            rows.append(
                f"| CPU per PUT User, concurrency {concurrency} | SDK {sdk:.0f} us, raw httpx "
                f"{raw:.0f} us | SDK / raw httpx = **{sdk / raw:.2f}** (target <= 0.3: "
                f"{verdict(sdk / raw, 0.3)}) |"
            )
            rows.append(
                f"| | SDK {sdk:.0f} us, raw aiohttp {floor:.0f} us | SDK / raw aiohttp = "
                f"**{sdk / floor:.2f}** (target <= 1.5: {verdict(sdk / floor, 1.5)}) |"
            )
        sdk_bulk = asyncio.run(bulk_wall("sdk", url, args.bulk_calls, 64))
        raw_bulk = asyncio.run(bulk_wall("httpx", url, args.bulk_calls, 64))
        print(f"bulk sdk {sdk_bulk:.2f} s, httpx {raw_bulk:.2f} s", flush=True)
        rows.append(
            f"| Bulk, {args.bulk_calls:,} calls at concurrency 64, wall | SDK bulk "
            f"{sdk_bulk:.2f} s, raw httpx + Semaphore {raw_bulk:.2f} s | SDK / raw = "
            f"**{sdk_bulk / raw_bulk:.2f}** (target <= 0.5: {verdict(sdk_bulk / raw_bulk, 0.5)}) |"
        )
    costs = carrier_costs()
    print(json.dumps(costs), flush=True)
    for what in ("parse", "serialize"):
        sdk, ref = costs[f"sdk_{what}"], costs[f"pydantic_{what}"]
        rows.append(
            f"| Carrier {what}, seed UserWithLinks | SDK {sdk:.1f} us, pydantic v2 {ref:.1f} us "
            f"| SDK / pydantic = **{sdk / ref:.2f}** (target <= 2: {verdict(sdk / ref, 2)}) |"
        )
    small = max(1000, args.memory_items // 5)
    small_mb, big_mb = peak_memory(small), peak_memory(args.memory_items)
    print(f"memory {small}: {small_mb:.1f} MB, {args.memory_items}: {big_mb:.1f} MB", flush=True)
    flat = big_mb / small_mb < 1.15
    memory_verdict = verdict(big_mb, 150) if flat else "MISSES target (grows)"
    rows.append(
        f"| Peak RSS of a bulk run against the sandbox | {small:,} items {small_mb:.1f} MB, "
        f"{args.memory_items:,} items {big_mb:.1f} MB | growth x{big_mb / small_mb:.2f} "
        f"(target < 150 MB and flat: {memory_verdict}) |"
    )
    package = import_ms("import superoffice_async")
    client = import_ms("from superoffice_async import SuperOfficeClient, BasicAuth")
    yardstick = import_ms("import asyncio")
    print(f"import: package {package:.0f} ms, client {client:.0f} ms, asyncio {yardstick:.0f} ms")
    rows.append(
        f"| Import, fresh interpreter, median of 9 | `import superoffice_async` {package:.0f} ms;"
        f" `from superoffice_async import SuperOfficeClient, BasicAuth` {client:.0f} ms "
        f"(`import asyncio` alone: {yardstick:.0f} ms) | target <= 100 ms: "
        f"{verdict(client, 100)} |"
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
            " the three clients taking turns; the server runs in another process on 127.0.0.1",
            "- carrier rows: best of 9 interleaved timings of 2,000 operations each",
            "",
            "| measure | figures | ratio (same run) |",
            "|---|---|---|",
            *rows,
            "",
        ]
    )
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
