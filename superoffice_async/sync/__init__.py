"""Desired-state user sync from an HR source: mapping, source, plan, apply, report.

From code::

    mapping = load_mapping("mapping.toml")
    source = read_source("hr.csv", mapping)
    async with SuperOfficeClient(url, auth=auth) as so:
        directory = ClientDirectory(so, mapping, concurrency=32)
        plan = await plan_sync(mapping, source, directory)      # reads only
        print(plan.render())
        plan.check_adoption(allow_adopt=False)                  # AdoptionError: --adopt
        plan.check_retire_limit()                               # RetireLimitError if too many
        report = await apply_plan(plan, directory, concurrency=32)
        print(report.summary())

The command line's ``sync FILE --mapping M`` is this, plus progress, Ctrl-C and files. The
same mapping and engine serve any other front (a SCIM bridge): ``load_mapping`` /
``SyncMapping.from_dict``, ``plan_sync`` (or ``check_names`` + ``make_plan`` over users you
read yourself), ``apply_plan`` over any ``Directory``.
"""

from __future__ import annotations

from .apply import SyncApplier, apply_plan, is_run_wide
from .client_directory import ClientDirectory
from .directory import CurrentUser, DesiredUser, Directory, FieldChange, Lookups, Ref, Written
from .errors import (
    AdoptionError,
    MappingError,
    NotFoundAnswerError,
    RetireLimitError,
    SourceError,
    SourceHeaderError,
    SyncError,
)
from .mapping import RetireLimit, StatusRule, SyncMapping, load_mapping
from .plan import Action, PlannedAction, SyncPlan, check_names, make_plan, plan_sync
from .report import ActionResult, Outcome, SyncReport
from .source import SourceData, SourceRow, read_source

__all__ = [
    "Action",
    "ActionResult",
    "AdoptionError",
    "ClientDirectory",
    "CurrentUser",
    "DesiredUser",
    "Directory",
    "FieldChange",
    "Lookups",
    "MappingError",
    "NotFoundAnswerError",
    "Outcome",
    "PlannedAction",
    "Ref",
    "RetireLimit",
    "RetireLimitError",
    "SourceData",
    "SourceError",
    "SourceHeaderError",
    "SourceRow",
    "StatusRule",
    "SyncApplier",
    "SyncError",
    "SyncMapping",
    "SyncPlan",
    "SyncReport",
    "Written",
    "apply_plan",
    "check_names",
    "is_run_wide",
    "load_mapping",
    "make_plan",
    "plan_sync",
    "read_source",
]
