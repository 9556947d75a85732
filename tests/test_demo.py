"""``make demo`` (``python -m superoffice_async.demo``): exits 0 with the same story every run."""

from __future__ import annotations

import subprocess
import sys


def test_the_demo_exits_0_and_tells_the_same_story() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "superoffice_async.demo"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert "4. PUT user 9 met an injected 503 and succeeded after 2 attempts" in out
    # Expiry and the move are triggered at fixed items: the counts do not depend on speed.
    assert "800 saves in " in out
    assert "0 failed; the tickets expired 2 times, so the SDK signed in 3 times" in out
    assert "the tenant moved to sod3" in out
    assert "2 status lookups" in out
    assert "WARNING slow call: v1User_PutUser PUT /api/v1/User/{id} took " in out  # step 5
    # (a loaded machine may add slow calls of its own: their count is not asserted)
    assert out.rstrip().endswith("slow-call warning, 3 system user sign-ins, exit code 0")
