"""A nightly job: make SuperOffice's users match the HR export.

``python hr_sync.py hr.csv hr.toml`` prints the plan and applies it; ``--dry-run`` only
prints it. The site and the credentials come from the ``SUPEROFFICE_*`` variables.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from superoffice_async import (
    ClientDirectory,
    RetireLimitError,
    SuperOfficeClient,
    SuperOfficeError,
    SyncReport,
    apply_plan,
    load_mapping,
    plan_sync,
    read_source,
)
from superoffice_async.sync import AdoptionError


async def sync_users(source_file: Path, mapping_file: Path, *, dry_run: bool) -> SyncReport | None:
    """Read, plan, print the plan, and (unless ``dry_run``) apply it; the report of the run."""
    mapping = load_mapping(mapping_file)  # MappingError names what is wrong, before any call
    source = read_source(source_file, mapping)  # SourceHeaderError: unknown or missing columns
    async with SuperOfficeClient.from_env() as so:
        directory = ClientDirectory(so, mapping, concurrency=16)
        plan = await plan_sync(mapping, source, directory)  # reads only
        print(plan.render())
        if dry_run:
            return None
        plan.check_adoption(allow_adopt=False)  # unmarked users to take over: AdoptionError
        plan.check_retire_limit()  # too many leavers: RetireLimitError, nothing written
        report = await apply_plan(plan, directory, concurrency=16)
    print(report.summary())
    return report


def main(argv: list[str]) -> int:
    dry_run = "--dry-run" in argv
    source_file, mapping_file = (Path(a) for a in argv if a != "--dry-run")
    try:
        report = asyncio.run(sync_users(source_file, mapping_file, dry_run=dry_run))
    except (AdoptionError, RetireLimitError) as error:
        print(f"stopped before writing: {error}", file=sys.stderr)
        return 2
    except SuperOfficeError as error:  # a run-wide failure (credentials, server down)
        print(f"stopped: {error}", file=sys.stderr)
        return 3
    return 1 if report is not None and report.counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
