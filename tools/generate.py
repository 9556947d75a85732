"""Generate ``superoffice_async/_generated`` from the OpenAPI document.

Runs the pinned openapi-python-client with the project's config and custom templates, fails on
any generator warning, then writes ``spec_facts.py``: the per-operation facts (vendor
extensions) and carrier property names that the hand-written layer reads.

Usage: ``python tools/generate.py [OUTPUT_DIR]`` (default: superoffice_async/_generated).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "superoffice-user.yaml"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "templates"
DEFAULT_OUTPUT = ROOT / "superoffice_async" / "_generated"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class GenerationError(Exception):
    """The generator failed or warned."""


def run_generator(output: Path) -> None:
    """Run openapi-python-client into ``output``; any output besides its banner is a failure."""
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    if shutil.which("ruff", path=env["PATH"]) is None:
        raise GenerationError("ruff is not installed next to this Python; run `make setup`")
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(SPEC),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(output),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    chatter = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if line.strip() and not line.startswith("Generating ")
    ]
    if done.returncode != 0 or chatter:
        raise GenerationError("openapi-python-client failed or warned:\n" + "\n".join(chatter))


def _ref_name(schema: dict[str, Any]) -> str | None:
    """The component a property refers to, through anyOf/allOf and arrays."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "allOf", "oneOf"):
        for sub in schema.get(key, []):
            name = _ref_name(sub)
            if name is not None:
                return name
    if "items" in schema:
        return _ref_name(schema["items"])
    return None


def _properties(schemas: dict[str, Any], name: str) -> dict[str, str | None]:
    """JSON property name -> nested carrier name (or None) of one component, allOf merged."""
    schema = schemas[name]
    result: dict[str, str | None] = {}
    for part in schema.get("allOf", []):
        if "$ref" in part:
            result.update(_properties(schemas, _ref_name(part) or ""))
        for prop, sub in part.get("properties", {}).items():
            result[prop] = _carrier_of(schemas, sub)
    for prop, sub in schema.get("properties", {}).items():
        result[prop] = _carrier_of(schemas, sub)
    return result


def _carrier_of(schemas: dict[str, Any], sub: dict[str, Any]) -> str | None:
    """The carrier (a component with properties) a property holds, through nullable wrappers."""
    name = _ref_name(sub)
    if name is None:
        return None
    target = schemas[name]
    if "properties" in target or "allOf" in target:
        return name
    return _carrier_of(schemas, target) if "anyOf" in target else None


def render_facts(spec: dict[str, Any]) -> str:
    """The source of ``spec_facts.py``."""
    schemas = spec["components"]["schemas"]
    lines = [
        '"""Facts read from openapi/superoffice-user.yaml by tools/generate.py. Do not edit."""',
        "",
        "from dataclasses import dataclass",
        "",
        "",
        "@dataclass(frozen=True, slots=True)",
        "class OperationFacts:",
        '    """What the SDK needs to know about one operation, from its vendor extensions."""',
        "",
        "    operation_id: str",
        "    method: str",
        "    path: str",
        "    idempotent: bool",
        "    slow_ms: int | None",
        "    select_carrier: str | None",
        "",
        "",
        f"DEFAULT_SLOW_MS = {int(spec['info'].get('x-superoffice-default-slow-ms', 2000))}",
        "",
        "OPERATIONS: tuple[OperationFacts, ...] = (",
    ]
    for path, item in sorted(spec["paths"].items()):
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            for key in ("x-superoffice-idempotent", "x-superoffice-slow-ms"):
                if key not in op:
                    raise GenerationError(f"{method.upper()} {path}: missing {key}")
            lines += [
                "    OperationFacts(",
                f"        operation_id={op['operationId']!r},",
                f"        method={method.upper()!r},",
                f"        path={path!r},",
                f"        idempotent={bool(op['x-superoffice-idempotent'])!r},",
                f"        slow_ms={op.get('x-superoffice-slow-ms')!r},",
                f"        select_carrier={op.get('x-superoffice-select-carrier')!r},",
                "    ),",
            ]
    lines += [")", "", "# carrier -> JSON property name -> nested carrier (None for plain values)"]
    lines.append("CARRIER_PROPERTIES: dict[str, dict[str, str | None]] = {")
    for name in sorted(schemas):
        if "properties" not in schemas[name] and "allOf" not in schemas[name]:
            continue
        lines.append(f"    {name!r}: {{")
        for prop, nested in _properties(schemas, name).items():
            lines.append(f"        {prop!r}: {nested!r},")
        lines.append("    },")
    lines += ["}", ""]
    return "\n".join(lines)


def render_select_fields(spec: dict[str, Any]) -> str:
    """The source of ``select_fields.py``: typed ``$select`` paths, one class per carrier."""
    schemas = spec["components"]["schemas"]
    carriers = [n for n in sorted(schemas) if "properties" in schemas[n] or "allOf" in schemas[n]]
    lines = [
        '"""Typed $select paths, from openapi/superoffice-user.yaml by tools/generate.py."""',
        "",
        "from __future__ import annotations",
        "",
        "",
        "class Field(str):",
        '    """A property path of a carrier, as ``$select`` names it (``Person/Firstname``)."""',
        "",
        "    __slots__ = ()",
        "    carrier: str = ''",
        "",
        "    def _child(self, name: str) -> str:",
        '        return f"{self}/{name}" if self else name',
        "",
    ]
    for name in carriers:
        lines += ["", f"class {name}Fields(Field):", f'    """$select paths of {name}."""', ""]
        lines += ["    __slots__ = ()", f"    carrier = {name!r}", ""]
        for prop, nested in _properties(schemas, name).items():
            kind = f"{nested}Fields" if nested else "Field"
            attr = prop if prop.isidentifier() and not prop.startswith("_") else prop.lstrip("_")
            lines += [
                "    @property",
                f"    def {attr}(self) -> {kind}:",
                f"        return {kind}(self._child({prop!r}))",
                "",
            ]
    lines += [
        "",
        "class Fields:",
        '    """The root of each carrier\'s paths: ``fields.User.Person.Firstname``."""',
        "",
    ]
    for name in carriers:
        lines.append(f"    {name} = {name}Fields()")
    lines += ["", "", "fields = Fields()", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    output = Path(argv[1]).resolve() if len(argv) > 1 else DEFAULT_OUTPUT
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    if not re.fullmatch(r"3\.1\.\d+", str(spec.get("openapi", ""))):
        raise GenerationError("the spec must be OpenAPI 3.1")
    run_generator(output)
    facts = output / "spec_facts.py"
    facts.write_text(render_facts(spec), encoding="utf-8")
    select_fields = output / "select_fields.py"
    select_fields.write_text(render_select_fields(spec), encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"
    command = [str(ruff), "format", "--isolated", "--no-cache", "--quiet"]
    command += [str(facts), str(select_fields)]
    subprocess.run(command, check=True)  # noqa: S603
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except GenerationError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        sys.exit(1)
