"""Generate ``superoffice_async/_generated`` from the OpenAPI document.

Runs the pinned openapi-python-client with the project's config and custom templates for the
carriers (``models/``, ``types.py``), fails on any generator warning, then writes from the spec:
``operations.py`` (each operation's facts), ``resources.py`` (the typed methods),
``bindings.py`` (the client's resource attributes, apart so that importing the client is cheap),
``spec_facts.py`` (carrier property tables) and ``select_fields.py`` (typed ``$select`` paths).

Usage: ``python tools/generate.py [OUTPUT_DIR]`` (default: superoffice_async/_generated).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from codegen_operations import (
    CodegenError,
    collect,
    render_bindings,
    render_operations,
    render_resources,
    resources,
)
from spec_reader import HTTP_METHODS, Schema, UnresolvedReferenceError, carriers, read_properties

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "superoffice-user.yaml"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "templates"
DEFAULT_OUTPUT = ROOT / "superoffice_async" / "_generated"
DEFAULT_REFERENCE = ROOT / "docs" / "reference"
REFERENCE_PAGES = ("models.md", "enums.md")
"""The docs site's pages that list every carrier and enum: written here, never by hand."""


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


def _properties(spec: dict[str, Any], name: str) -> dict[str, str | None]:
    """JSON property name -> nested carrier name (or None) of one component, allOf merged."""
    return {prop: _carrier_of(sub) for prop, sub in _read_properties(spec, name).items()}


def _carrier_of(schema: Schema) -> str | None:
    """The carrier a property holds (itself or its items), through nullable wrappers."""
    if schema.type == "carrier":
        return schema.name
    if schema.items is not None:
        return _carrier_of(schema.items)
    return next(filter(None, map(_carrier_of, schema.options)), None)


def render_facts(spec: dict[str, Any]) -> str:
    """The source of ``spec_facts.py``."""
    lines = [
        '"""Facts read from openapi/superoffice-user.yaml by tools/generate.py. Do not edit."""',
        "",
        f"DEFAULT_SLOW_MS = {int(spec['info'].get('x-superoffice-default-slow-ms', 2000))}",
        "",
    ]
    lines += _carrier_table(
        spec,
        "CARRIER_PROPERTIES: dict[str, dict[str, str | None]]",
        "carrier -> JSON property name -> nested carrier (None for plain values)",
        _carrier_of,
    )
    lines += _enum_table(spec)
    lines += _carrier_table(
        spec,
        "PROPERTY_SHAPES: dict[str, dict[str, str]]",
        "carrier -> JSON property name -> object | array | map | a JSON type",
        _shape,
    )
    return "\n".join(lines)


def _carrier_table(
    spec: dict[str, Any], declaration: str, comment: str, value: Callable[[Schema], str | None]
) -> list[str]:
    """``NAME = {carrier: {property: value(schema)}}`` for every carrier, as source lines."""
    lines = [f"# {comment}", f"{declaration} = {{"]
    for name, carrier in carriers(spec).items():
        lines.append(f"    {name!r}: {{")
        for prop, sub in read_properties(spec, carrier).items():
            lines.append(f"        {prop!r}: {value(sub)!r},")
        lines.append("    },")
    return [*lines, "}", ""]


def _enum_values(schema: Schema) -> tuple[str, ...] | None:
    """The members of the enum class a property holds (itself or its items), if any."""
    if schema.enum_class:
        return schema.enum
    if schema.items is not None:
        return _enum_values(schema.items)
    return next(filter(None, map(_enum_values, schema.options)), None)


def _enum_table(spec: dict[str, Any]) -> list[str]:
    """``CARRIER_ENUMS``: the enum-valued properties of each carrier and their members."""
    lines = [
        "# carrier -> JSON property name -> the enum's members (what may be sent)",
        "CARRIER_ENUMS: dict[str, dict[str, tuple[str, ...]]] = {",
    ]
    for name, carrier in carriers(spec).items():
        found = {
            prop: values
            for prop, sub in read_properties(spec, carrier).items()
            if (values := _enum_values(sub)) is not None
        }
        if found:
            lines.append(f"    {name!r}: {{")
            lines += [f"        {prop!r}: {values!r}," for prop, values in found.items()]
            lines.append("    },")
    return [*lines, "}", ""]


def _read_properties(spec: dict[str, Any], name: str) -> dict[str, Schema]:
    """JSON property name -> its schema, allOf merged, of the carrier ``name``."""
    return read_properties(spec, Schema("carrier", ref=f"#/components/schemas/{name}"))


_SHAPES = {"array": "array", "carrier": "object", "object": "map"}


def _shape(schema: Schema) -> str:
    """value, object (a carrier), array or map (string keys), through nullable wrappers."""
    for option in schema.options:
        shape = _shape(option)
        if shape != "value":
            return shape
    if schema.type in _SHAPES:
        return _SHAPES[schema.type]
    if schema.type == "string" and schema.format == "date-time":
        return "date-time"
    if schema.type in ("integer", "number", "boolean", "string"):
        return schema.type
    return "value"


def _select_carriers(spec: dict[str, Any]) -> set[str]:
    """The carriers ``$select`` can name: the operations' select carriers and what they nest."""
    todo = [
        op["x-superoffice-select-carrier"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS and "x-superoffice-select-carrier" in op
    ]
    found: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += [n for n in _properties(spec, name).values() if n is not None]
    return found


def render_select_fields(spec: dict[str, Any]) -> str:
    """The source of ``select_fields.py``: typed ``$select`` paths, one class per carrier."""
    carriers = sorted(_select_carriers(spec))
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
        for prop, nested in _properties(spec, name).items():
            kind = f"{nested}Fields" if nested else "Field"
            attr = re.sub(r"\W", "_", prop).lstrip("_")
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


def model_names(models: Path) -> list[str]:
    """The names the generated ``models`` package exports (its ``__all__``), sorted."""
    init = (models / "__init__.py").read_text(encoding="utf-8")
    return sorted(re.findall(r'^    "(\w+)",$', init.split("__all__", 1)[1], re.MULTILINE))


def render_reference(models: Path, names: list[str]) -> dict[str, str]:
    """The reference pages of the carriers and enums: the page's intro (``templates/reference``)
    and one entry for each generated name, so a new carrier needs no hand-kept docs line."""
    enums = set()
    for module in models.glob("*.py"):
        enums.update(re.findall(r"^class (\w+)\(OpenStrEnum\):", module.read_text("utf-8"), re.M))
    pages = {}
    for page, wanted in zip(REFERENCE_PAGES, (False, True), strict=True):
        intro = (TEMPLATES / "reference" / page).read_text(encoding="utf-8")
        entries = [f"::: superoffice_async.models.{n}" for n in names if (n in enums) is wanted]
        pages[page] = "\n\n".join([intro.rstrip("\n"), *entries]) + "\n"
    return pages


def main(argv: list[str]) -> int:
    output = Path(argv[1]).resolve() if len(argv) > 1 else DEFAULT_OUTPUT
    reference = Path(argv[2]).resolve() if len(argv) > 2 else DEFAULT_REFERENCE
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    if not re.fullmatch(r"3\.1\.\d+", str(spec.get("openapi", ""))):
        raise GenerationError("the spec must be OpenAPI 3.1")
    with tempfile.TemporaryDirectory() as scratch:
        # A fresh folder each time: nothing stale survives, and nothing half-made replaces
        # the committed output when generation fails.
        fresh = Path(scratch) / output.name
        run_generator(fresh)
        # The SDK makes its calls itself from the operation facts; the generator's own HTTP
        # client and per-operation httpx functions are not part of it.
        shutil.rmtree(fresh / "api")
        (fresh / "client.py").unlink()
        (fresh / "errors.py").unlink()
        names = model_names(fresh / "models")  # every generated class, multi-line imports too
        ops = collect(spec, set(names))
        default_slow_ms = int(spec["info"].get("x-superoffice-default-slow-ms", 2000))
        written = {
            "spec_facts.py": render_facts(spec),
            "select_fields.py": render_select_fields(spec),
            "operations.py": render_operations(ops, default_slow_ms),
            "resources.py": render_resources(ops, resources(spec)),
            "bindings.py": render_bindings(resources(spec)),
        }
        for name, source in written.items():
            (fresh / name).write_text(source, encoding="utf-8")
        ruff = Path(sys.executable).parent / "ruff"
        files = [str(fresh / name) for name in written]
        fix = [str(ruff), "check", "--isolated", "--no-cache", "--fix-only", "--quiet"]
        subprocess.run([*fix, "--select", "I,F401", *files], check=True)  # noqa: S603
        command = [str(ruff), "format", "--isolated", "--no-cache", "--quiet"]
        subprocess.run([*command, *files], check=True)  # noqa: S603
        pages = render_reference(fresh / "models", names)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(fresh, output)
        reference.mkdir(parents=True, exist_ok=True)
        for page, text in pages.items():
            (reference / page).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (GenerationError, CodegenError, UnresolvedReferenceError) as exc:
        print(f"generate: {exc}", file=sys.stderr)
        sys.exit(1)
