"""Compare the spec with SuperOffice's own Swagger files; fail on any unexplained difference.

``python tools/spec_drift.py [--spec PATH] [--swagger DIR] [--deviations PATH]``

Both documents are reduced to the same facts: each operation (method and path) with its
operationId, its parameters (name, place, type, required), its request body and its success
answer (status and body), and each carrier with its properties' types and enum members. Types
are written the same way on both sides (``integer/int32``, ``array<User>``, ``map<string>``,
``enum``). Error answers (4xx) are not compared: the Swagger files list none for the Agents.

Every difference is one line. A difference is accepted only when ``openapi/deviations.yaml``
lists it (an exact line or an ``fnmatch`` pattern) with its reason, or when a rule listed there
removes it (rules are named normalisations such as ``nullable``, each with its reason). A
listed deviation that no longer occurs is an error too, so the file never hides anything.
Exit status: 0 when every difference is explained, 1 otherwise.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spec_reader import (
    Schema,
    UnresolvedReferenceError,
    operations,
    read_properties,
    read_schema,
    resolve,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "superoffice-user.yaml"
SWAGGER_DIR = ROOT / "openapi" / "swagger"
DEVIATIONS = ROOT / "openapi" / "deviations.yaml"

RULES = {
    "nullable": "nullable spec types of properties, parameters and bodies ('T?') compare as T",
    "open-enums": "spec types 'enum|string' (an open enum) compare as 'enum'",
    "app-token-header": "the Swagger's SO-AppToken header parameter is left out",
}
"""The normalisations a deviations file may switch on, by name."""

Json = dict[str, Any]


class DriftError(Exception):
    """The inputs cannot be read or compared."""


@dataclass
class Facts:
    """One document reduced to what is compared."""

    operations: dict[str, Json] = field(default_factory=dict)
    """"METHOD path" -> {operationId, params: {"in name": type}, body, status, answer}"""
    carriers: dict[str, dict[str, str]] = field(default_factory=dict)
    """carrier -> property -> type"""
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """where (``carrier User.Type``, ``param ...``, ``answer ...``) -> enum members"""


class _Reader:
    """Writes the schemas of one document (read by ``spec_reader``) as type strings; records
    carriers and enums."""

    def __init__(self, document: Json, rules: set[str]) -> None:
        self.document = document
        self.rules = rules
        self.facts = Facts()

    def type_of(self, node: Json, where: str) -> str:
        """The type string of the schema ``node``; enums found are recorded under ``where``."""
        return self._text(read_schema(self.document, node), where)

    def _text(self, schema: Schema, where: str) -> str:
        if schema.type == "carrier":
            if schema.ref is None:
                return "object"
            self.carrier(schema)
            text = str(schema.name)
        elif schema.type == "union":
            text = "|".join(self._text(o, where) for o in schema.options)
            if "open-enums" in self.rules and text == "enum|string":
                text = "enum"
        elif schema.enum is not None:
            self.facts.enums[where] = schema.enum
            text = "enum"
        elif schema.items is not None:
            text = f"array<{self._text(schema.items, where + '[]')}>"
        elif schema.values is not None:
            text = f"map<{self._text(schema.values, where + '{}')}>"
        elif schema.type in ("integer", "string", "number") and schema.format:
            text = f"{schema.type}/{schema.format}"
        else:
            text = schema.type
        return self._nullable(text, schema.nullable, where)

    def _nullable(self, text: str, nullable: bool, where: str) -> str:
        """``text?`` for a nullable type; the ``nullable`` rule covers all but answers."""
        if nullable and ("nullable" not in self.rules or where.endswith(" answer")):
            return f"{text}?"
        return text

    def carrier(self, schema: Schema) -> None:
        name = str(schema.name)
        if name in self.facts.carriers:
            return
        self.facts.carriers[name] = {}
        merged = read_properties(self.document, schema)
        self.facts.carriers[name] = {
            prop: self._text(sub, f"carrier {name}.{prop}") for prop, sub in merged.items()
        }


def read_spec(spec: Json, rules: set[str]) -> Facts:
    """The spec's facts (OpenAPI 3.1)."""
    reader = _Reader(spec, rules)
    for path, method, item, raw in operations(spec):
        key = f"{method.upper()} {path}"
        params: dict[str, str] = {}
        for ref in [*item.get("parameters", []), *raw.get("parameters", [])]:
            param = resolve(spec, ref)
            where = f"{param['in']} {param['name']}"
            kind = reader.type_of(param.get("schema", {}), f"{key} param {where}")
            params[where] = kind + ("" if param.get("required") else " (optional)")
        body = None
        if "requestBody" in raw:
            content = resolve(spec, raw["requestBody"]).get("content", {})
            schema = content.get("application/json", {}).get("schema", {})
            body = reader.type_of(schema, f"{key} body")
        status, answer = _success(raw, key, reader.type_of, spec)
        reader.facts.operations[key] = {
            "operationId": raw.get("operationId"),
            "params": params,
            "body": body,
            "status": status,
            "answer": answer,
        }
    return reader.facts


def read_swagger(documents: list[Json], rules: set[str]) -> Facts:
    """The facts of one or more Swagger 2.0 files."""
    definitions: Json = {}
    for document in documents:
        definitions.update(document.get("definitions", {}))
    merged = {"definitions": definitions}  # the files refer to each other's definitions
    facts = Facts()
    for document in documents:
        reader = _Reader(merged, rules)
        reader.facts = facts
        for path, method, _, raw in operations(document):
            key = f"{method.upper()} {path}"
            params: dict[str, str] = {}
            body = None
            for param in raw.get("parameters", []):
                if param["in"] == "body":
                    body = reader.type_of(param.get("schema", {}), f"{key} body")
                    continue
                if "app-token-header" in rules and param["name"] == "SO-AppToken":
                    continue
                where = f"{param['in']} {param['name']}"
                kind = reader.type_of(param, f"{key} param {where}")
                params[where] = kind + ("" if param.get("required") else " (optional)")
            status, answer = _success(raw, key, reader.type_of, None)
            facts.operations[key] = {
                "operationId": raw.get("operationId"),
                "params": params,
                "body": body,
                "status": status,
                "answer": answer,
            }
    return facts


def _success(
    raw: Json, key: str, type_of: Callable[[Json, str], str], spec: Json | None
) -> tuple[str, str | None]:
    """The documented 2xx status and its body type (None: no body)."""
    responses = raw.get("responses", {})
    codes = sorted(str(c) for c in responses if str(c).startswith("2"))
    if not codes:
        return "none", None
    code = codes[0]
    answer = responses[codes[0]]
    if spec is not None:
        answer = resolve(spec, answer)
        schema = answer.get("content", {}).get("application/json", {}).get("schema")
    else:
        schema = answer.get("schema")
    if schema is None:
        return code, None
    return code, str(type_of(schema, f"{key} answer"))


def compare(spec: Facts, swagger: Facts) -> list[str]:
    """Every difference, one line each, sorted."""
    lines: list[str] = []
    for key in sorted(set(spec.operations) | set(swagger.operations)):
        ours, theirs = spec.operations.get(key), swagger.operations.get(key)
        label = f"{key}: operation only in the {{side}}"
        if not _in_both(lines, label, ours, theirs) or ours is None or theirs is None:
            continue
        for fact in ("operationId", "body", "status", "answer"):
            if ours[fact] != theirs[fact]:
                lines.append(f"{key}: {fact}: spec {ours[fact]}, Swagger {theirs[fact]}")
        for where in sorted(set(ours["params"]) | set(theirs["params"])):
            mine, other = ours["params"].get(where), theirs["params"].get(where)
            label = f"{key}: parameter {where} only in the {{side}}"
            if _in_both(lines, label, mine, other) and mine != other:
                lines.append(f"{key}: parameter {where}: spec {mine}, Swagger {other}")
    for name in sorted(set(spec.carriers) | set(swagger.carriers)):
        ours_c, theirs_c = spec.carriers.get(name), swagger.carriers.get(name)
        label = f"carrier {name}: only in the {{side}}"
        if not _in_both(lines, label, ours_c, theirs_c) or ours_c is None or theirs_c is None:
            continue
        for prop in sorted(set(ours_c) | set(theirs_c)):
            mine, other = ours_c.get(prop), theirs_c.get(prop)
            label = f"carrier {name}.{prop}: only in the {{side}} ({{value}})"
            if _in_both(lines, label, mine, other) and mine != other:
                lines.append(f"carrier {name}.{prop}: spec {mine}, Swagger {other}")
    for where in sorted(set(spec.enums) & set(swagger.enums)):
        mine_e, other_e = set(spec.enums[where]), set(swagger.enums[where])
        if mine_e - other_e:
            lines.append(f"{where}: enum members only in the spec: {sorted(mine_e - other_e)}")
        if other_e - mine_e:
            lines.append(f"{where}: enum members only in the Swagger: {sorted(other_e - mine_e)}")
    return lines


def _in_both(lines: list[str], label: str, mine: Any, other: Any) -> bool:
    """True when both documents have the fact; else a line saying which one has it (``label``
    names the ``{side}`` and may show the ``{value}``)."""
    if mine is None:
        lines.append(label.replace("{side}", "Swagger").replace("{value}", str(other)))
    elif other is None:
        lines.append(label.replace("{side}", "spec").replace("{value}", str(mine)))
    return mine is not None and other is not None


@dataclass
class Deviations:
    """The committed list of deliberate differences."""

    rules: dict[str, str]
    differences: list[tuple[str, str]]
    """(exact line or fnmatch pattern, reason)"""


def load_deviations(path: Path) -> Deviations:
    """Read and check the deviations file: every entry needs a reason, rules must be known."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DriftError(f"cannot read {path}: {exc}") from exc
    rules: dict[str, str] = {}
    for entry in data.get("rules", []):
        name, reason = entry.get("rule"), entry.get("reason")
        if name not in RULES:
            raise DriftError(f"{path}: unknown rule {name!r}; known: {', '.join(RULES)}")
        if not isinstance(reason, str) or not reason.strip():
            raise DriftError(f"{path}: rule {name!r} needs a reason")
        rules[name] = reason
    differences: list[tuple[str, str]] = []
    for entry in data.get("differences", []):
        line, reason = entry.get("difference"), entry.get("reason")
        if not isinstance(line, str) or not line.strip():
            raise DriftError(f"{path}: a difference entry without 'difference': {entry}")
        if not isinstance(reason, str) or not reason.strip():
            raise DriftError(f"{path}: difference {line!r} needs a reason")
        differences.append((line, reason))
    return Deviations(rules, differences)


def run(spec_path: Path, swagger_dir: Path, deviations_path: Path) -> tuple[int, list[str]]:
    """(exit status, report lines)."""
    deviations = load_deviations(deviations_path)
    rules = set(deviations.rules)
    try:
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        files = sorted(swagger_dir.glob("*.json"))
        documents = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise DriftError(f"cannot read the inputs: {exc}") from exc
    if not documents:
        raise DriftError(f"no Swagger files (*.json) in {swagger_dir}")
    try:
        spec_facts = read_spec(spec, rules)
        swagger_facts = read_swagger(documents, rules)
    except UnresolvedReferenceError as exc:
        raise DriftError(str(exc)) from None
    differences = compare(spec_facts, swagger_facts)
    used: set[str] = set()
    report = [
        f"spec-drift: {spec_path.name} against {', '.join(p.name for p in files)}",
        f"  operations: spec {len(spec_facts.operations)}, Swagger {len(swagger_facts.operations)}"
        f"; carriers: spec {len(spec_facts.carriers)}, Swagger {len(swagger_facts.carriers)}",
    ]
    report += [f"  rule {name}: {reason.strip()}" for name, reason in deviations.rules.items()]
    drift: list[str] = []
    explained = 0
    for line in differences:
        match = next((d for d in deviations.differences if fnmatch.fnmatchcase(line, d[0])), None)
        if match is None:
            drift.append(line)
        else:
            used.add(match[0])
            explained += 1
    stale = [d for d, _ in deviations.differences if d not in used]
    report.append(f"  {explained} listed deviations, {len(drift)} unexplained differences")
    report += [f"DRIFT {line}" for line in drift]
    report += [f"STALE deviation no longer occurs: {line}" for line in stale]
    status = 1 if drift or stale else 0
    report.append("spec-drift: OK" if status == 0 else "spec-drift: FAILED")
    return status, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--swagger", type=Path, default=SWAGGER_DIR)
    parser.add_argument("--deviations", type=Path, default=DEVIATIONS)
    args = parser.parse_args(argv)
    try:
        status, report = run(args.spec, args.swagger, args.deviations)
    except DriftError as exc:
        print(f"spec-drift: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report))
    return status


if __name__ == "__main__":
    sys.exit(main())
