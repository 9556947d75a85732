"""``make scim-demo``: a SCIM client provisions users through the bridge on the sandbox, and
the sandbox's users are printed after each step (everything on 127.0.0.1; stops by itself)."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from .server import sandbox_bridge

USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


def main() -> int:
    with sandbox_bridge() as bridge:
        print(f"SCIM bridge at {bridge.url} over the sandbox")

        def step(title: str, method: str, path: str, body: Any = None) -> Any:
            """One SCIM request (the standard library's HTTP client: no extra dependency)."""
            url = bridge.url + urllib.parse.quote(path, safe="/?=&")
            data = None if body is None else json.dumps(body).encode()
            headers = {"Authorization": f"Bearer {bridge.token}",
                       "Content-Type": "application/scim+json"}  # fmt: skip
            request = urllib.request.Request(url, data, headers, method=method)  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310
                    status, content = answer.status, answer.read()
            except urllib.error.HTTPError as error:
                status, content = error.code, error.read()
            print(f"\n{method} {path} -> {status}  ({title})")
            return json.loads(content) if content else None

        def show(user_id: int) -> None:
            user = bridge.sandbox.state.users.get(user_id) or {}
            licenses = sorted(
                m["Name"] for o in user.get("LicenseOwners") or []
                for k in ("RestrictedModuleLicenses", "UnrestrictedModuleLicenses")
                for m in o.get(k) or [] if m.get("Assigned")
            )  # fmt: skip
            person = user.get("Person") or {}
            group = (user.get("UserGroup") or {}).get("Value")
            print(f"  SuperOffice user {user_id}: {user.get('UserName')} "
                  f"{person.get('Firstname')} {person.get('Lastname')}, "
                  f"title {person.get('Title')!r}, group {group}, "
                  f"role {(user.get('Role') or {}).get('Value')}, licenses {licenses}, "
                  f"retired {user.get('Deleted')}")  # fmt: skip

        step("Entra looks the user up first", "GET", '/Users?filter=externalId eq "E1001"')
        created = step("create", "POST", "/Users", {
            "schemas": [USER, ENTERPRISE], "externalId": "E1001",
            "userName": "kari.nordmann@example.com", "title": "Sales Manager",
            "name": {"givenName": "Kari", "familyName": "Nordmann"},
            "emails": [{"value": "kari.nordmann@example.com", "type": "work", "primary": True}],
            ENTERPRISE: {"department": "Sales"},
        })  # fmt: skip
        user_id = int(created["id"])
        show(user_id)
        title = {"op": "Replace", "path": "title", "value": "Consultant"}
        step("change the title", "PATCH", f"/Users/{user_id}",
             {"schemas": [PATCH], "Operations": [title]})  # fmt: skip
        show(user_id)
        step("deactivate (Entra's string 'False')", "PATCH", f"/Users/{user_id}",
             {"schemas": [PATCH], "Operations": [
                 {"op": "Replace", "path": "active", "value": "False"}]})  # fmt: skip
        show(user_id)
        step("re-activate", "PATCH", f"/Users/{user_id}", {"schemas": [PATCH],
             "Operations": [{"op": "replace", "value": {"active": True}}]})  # fmt: skip
        show(user_id)
        step("move to the Support group", "PATCH", "/Groups/2", {"schemas": [PATCH],
             "Operations": [{"op": "add", "path": "members",
                             "value": [{"value": str(user_id)}]}]})  # fmt: skip
        show(user_id)
        step("delete (the mapping retires)", "DELETE", f"/Users/{user_id}")
        show(user_id)
    print("\nstopped: the bridge and the sandbox are shut down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
