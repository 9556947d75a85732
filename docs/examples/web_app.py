"""An async web app (Starlette) that serves SuperOffice users.

One client for the whole app, made in the lifespan and closed with it; every request shares
its connection pool. Run it with ``uvicorn web_app:app`` and the ``SUPEROFFICE_*`` variables
(for the sandbox: ``SUPEROFFICE_URL=http://127.0.0.1:8000/Cust12345``,
``SUPEROFFICE_USER=tje0``, ``SUPEROFFICE_PASSWORD=Tje0``).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import TypedDict

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from superoffice_async import (
    NotFoundError,
    Select,
    SuperOfficeClient,
    SuperOfficeError,
    User,
    fields,
)

# At most this many calls to SuperOffice at once; more concurrent web requests wait for a free
# connection (that wait is reported apart: it is not a slow call).
MAX_CONNECTIONS = 20
ONLY = Select(User, fields.User.AssociateId, fields.User.Name, fields.User.Person.Firstname)


class State(TypedDict):
    superoffice: SuperOfficeClient


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[State]:
    # Made here, in the server's event loop, and closed when the app stops.
    client = SuperOfficeClient.from_env(
        max_connections=MAX_CONNECTIONS,
        timeout=10,  # seconds for each network phase
        deadline=20,  # seconds for a whole call, retries included
    )
    async with client:
        yield {"superoffice": client}


async def user(request: Request) -> JSONResponse:
    so: SuperOfficeClient = request.state.superoffice
    try:
        found = await so.users.get(request.path_params["user_id"], select=ONLY)
    except NotFoundError:
        return JSONResponse({"error": "no such user"}, status_code=404)
    except SuperOfficeError as error:  # typed: the SDK raises nothing else
        return JSONResponse({"error": type(error).__name__}, status_code=502)
    firstname = found.person.firstname if found.person else None
    return JSONResponse({"id": found.associate_id, "name": found.name, "firstname": firstname})


app = Starlette(routes=[Route("/users/{user_id:int}", user)], lifespan=lifespan)
