"""The blocking client the two-driver tests use for the ``Sync*Resource`` classes and ``sync*`` functions.

Until ``sinch_provisioning.SyncProvisioningClient`` lands, :class:`StandInSyncClient`
stands in for it: the members :class:`~sinch_provisioning.client.SyncProjectClient`
asks for, over a plain ``httpx.Client``, with the same constructor shape. Every
test constructs :data:`SyncTestClient`, so switching to the real one is the single
line marked ``MERGE`` below.
"""

from __future__ import annotations

from types import TracebackType

import httpx
from sinch_provisioning.api import SyncProjectResources

__all__ = ["StandInSyncClient", "SyncTestClient"]


class StandInSyncClient(SyncProjectResources):
    """A project-bound blocking client: no retries, no token refresh, no E.164 guard."""

    def __init__(
        self,
        project_id: str,
        *,
        server: str,
        auth: httpx.Auth,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._project_id = project_id
        self._http = httpx.Client(base_url=server, auth=auth, transport=transport, timeout=timeout)

    @property
    def project_id(self) -> str:
        return self._project_id

    @property
    def raise_on_unexpected_status(self) -> bool:
        return True

    def get_httpx_client(self) -> httpx.Client:
        return self._http

    def _resource_client(self) -> StandInSyncClient:
        return self

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> StandInSyncClient:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"StandInSyncClient(project_id={self._project_id!r}, base_url={str(self._http.base_url)!r})"


#: The blocking client class every two-driver test constructs (same arguments as the real one).
#: At merge: ``from sinch_provisioning import SyncProvisioningClient as SyncTestClient``.
SyncTestClient = StandInSyncClient  # MERGE: use SyncProvisioningClient
