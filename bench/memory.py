"""A bulk run of N items against the sandbox (in its own process); prints this process's peak RSS.

Usage: python bench/memory.py N. Prints the summary to stderr and the peak RSS in MB last.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from superoffice_async import BasicAuth, SuperOfficeClient, User
from superoffice_async.bulk import UpdateUser


def items(count: int) -> Iterator[UpdateUser]:
    for n in range(count):
        yield UpdateUser(n % 300 + 1, User(tooltip=f"bulk {n}"))


async def run(url: str, count: int) -> None:
    async with SuperOfficeClient(url, auth=BasicAuth("tje0", "Tje0")) as so:
        async with so.bulk(items(count), concurrency=64) as bulk:
            async for outcome in bulk:
                if not outcome.ok:
                    raise RuntimeError(outcome.error)
        print(f"{count} items: {bulk.summary}", file=sys.stderr)


def main() -> int:
    count = int(sys.argv[1])
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "superoffice_async.testing", "--port", "0", "--max-seconds", "1800"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        url = sandbox.stdout.readline().rsplit(" ", 1)[-1].strip()
        asyncio.run(run(url, count))
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
        if sandbox.stdout is not None:
            sandbox.stdout.close()
    print(f"{peak_rss_mb():.1f}")
    return 0


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not getrusage: on Linux ru_maxrss survives
    exec, so a child started from a big parent would report the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
