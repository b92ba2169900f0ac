"""What an endpoint function needs from its ``client=`` argument.

The stock generator writes two concrete client classes here. This SDK's clients
are the hand-written :class:`sinch_provisioning.ProvisioningClient` (async) and
its blocking twin (auth, token refresh, retries, E.164 guard), so the names the
endpoint modules import are structural protocols instead: any object with these
members is accepted, and mypy checks the clients against them. The ``sync*``
functions only need :class:`SyncClient`, so a blocking client need not carry
any async machinery.
"""

from __future__ import annotations

from typing import Protocol

import httpx

__all__ = [
    "AuthenticatedClient",
    "BaseClient",
    "Client",
    "ProjectClient",
    "SyncClient",
    "SyncProjectClient",
]


class BaseClient(Protocol):
    """What reading an answer needs, whichever way it was sent."""

    @property
    def raise_on_unexpected_status(self) -> bool:
        """Raise ``errors.UnexpectedStatus`` for a status the spec does not document."""
        ...


class SyncClient(BaseClient, Protocol):
    """The members the blocking ``sync*`` functions use."""

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` the ``sync*`` functions send with."""
        ...


class Client(SyncClient, Protocol):
    """The members every endpoint function uses."""

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The configured ``httpx.AsyncClient`` the ``asyncio*`` functions send with."""
        ...


#: The generator distinguishes secured endpoints; here every client carries its auth.
AuthenticatedClient = Client


class ProjectClient(Client, Protocol):
    """A client bound to one project, as the async resource classes in ``api/`` need."""

    @property
    def project_id(self) -> str:
        """The project every ``/v1/projects/{projectId}/...`` call is made for."""
        ...


class SyncProjectClient(SyncClient, Protocol):
    """A blocking client bound to one project, as the ``Sync*Resource`` classes in ``api/`` need."""

    @property
    def project_id(self) -> str:
        """The project every ``/v1/projects/{projectId}/...`` call is made for."""
        ...
