"""Connecting to SuperOffice Online: as the app's system user, or as a signed-in user (OAuth).

Each function takes what the Developer Portal and the tenant's administrator hand out, and
returns a client of the tenant; the SDK signs in, renews, and follows the tenant when it moves.
"""

from __future__ import annotations

from pathlib import Path

from superoffice_async import OAuthAuth, SuperOfficeClient, SystemUserAuth, TokenSet


def system_user_client(
    *,
    client_secret: str,
    private_key: str | Path,  # PEM text, the RSAXML form, or a file holding either
    system_user_token: str,
    tenant: str,  # "Cust12345"
    environment: str,  # "sod", "stage" or "online"
) -> SuperOfficeClient:
    """Server to server: the SDK signs the system user token and exchanges it for a ticket."""
    auth = SystemUserAuth(
        client_secret=client_secret,
        private_key=private_key,
        system_user_token=system_user_token,
        tenant=tenant,
        environment=environment,
    )
    return SuperOfficeClient.for_tenant(tenant, environment=environment, auth=auth)


def user_client(
    *,
    client_id: str,
    client_secret: str,
    refresh_token: str,  # from the authorization code flow, stored by your app
    tenant: str,
    environment: str,
    store: list[TokenSet],  # stands for your token store
) -> SuperOfficeClient:
    """A signed-in user: the SDK refreshes the access token and hands each new one to you."""

    async def keep(tokens: TokenSet) -> None:
        store.append(tokens)  # tokens.refresh_token is the rotated one, when it rotated

    auth = OAuthAuth(client_id=client_id, client_secret=client_secret, refresh_token=refresh_token,
                     environment=environment, on_tokens=keep)  # fmt: skip
    return SuperOfficeClient.for_tenant(tenant, environment=environment, auth=auth)
