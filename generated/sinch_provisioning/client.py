"""What an endpoint function needs from its ``client=`` argument.

The stock generator writes two concrete client classes here. This SDK's client
is the hand-written :class:`sinch_provisioning.ProvisioningClient` (auth, token
refresh, retries, E.164 guard), so the names the endpoint modules import are
structural protocols instead: any object with these members is accepted, and
mypy checks ``ProvisioningClient`` against them.
"""

from __future__ import annotations

from typing import Protocol

import httpx

__all__ = ["AuthenticatedClient", "Client", "ProjectClient"]


class Client(Protocol):
    """The members every endpoint function uses."""

    @property
    def raise_on_unexpected_status(self) -> bool:
        """Raise ``errors.UnexpectedStatus`` for a status the spec does not document."""
        ...

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The configured ``httpx.AsyncClient`` the ``asyncio*`` functions send with."""
        ...

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` the ``sync*`` functions send with."""
        ...


#: The generator distinguishes secured endpoints; here every client carries its auth.
AuthenticatedClient = Client


class ProjectClient(Client, Protocol):
    """A client bound to one project, as the resource classes in ``api/`` need."""

    @property
    def project_id(self) -> str:
        """The project every ``/v1/projects/{projectId}/...`` call is made for."""
        ...
