"""One suite, two drivers: what the parity tests need to run the same scenario on both clients.

:class:`Wire` is a token endpoint + API behind an ``httpx.MockTransport`` whose
handler is a plain function, so the same instance serves ``httpx.Client`` and
``httpx.AsyncClient``. :class:`Driver` builds either client with the same
arguments and calls a generated endpoint module through ``asyncio()`` (on its
own event loop) or ``sync()``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
from sinch_provisioning import ProvisioningClient, SyncProvisioningClient

TOKEN_URL = "https://auth.example.test/oauth2/token"
BASE_URL = "https://api.example.test"
PROJECT = "proj-1"
KEY_ID = "key-id-1"
KEY_SECRET = "s3cr3t-KEY-value-0xDEADBEEF"

ApiHandler = Callable[[httpx.Request], httpx.Response]


class Wire:
    """Token endpoint + API; tokens are ``tok-1``, ``tok-2``, ... in issue order. Thread-safe."""

    def __init__(self, *, expires_in: float = 3600, api: ApiHandler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.expires_in = expires_in
        self.issued = 0
        self.token_answers: list[httpx.Response] = []  # answered (in order) before issuing tokens
        self.before_token: Callable[[], object] | None = None  # runs before each token answer
        self.api: ApiHandler = api or ok
        self._lock = threading.Lock()
        self.transport = httpx.MockTransport(self.handle)

    @property
    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) == TOKEN_URL]

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) != TOKEN_URL]

    def handle(self, request: httpx.Request) -> httpx.Response:
        snapshot = httpx.Request(  # an auth replay re-sends the same Request with new headers
            request.method, request.url, headers=request.headers.copy(), content=request.content
        )
        with self._lock:
            self.requests.append(snapshot)
        if str(request.url) == TOKEN_URL:
            return self.token()
        return self.api(request)

    def token(self) -> httpx.Response:
        if self.before_token is not None:
            self.before_token()
        with self._lock:
            if self.token_answers:
                return self.token_answers.pop(0)
            self.issued += 1
            issued = self.issued
        return httpx.Response(
            200, json={"access_token": f"tok-{issued}", "token_type": "bearer", "expires_in": self.expires_in}
        )


def ok(request: httpx.Request) -> httpx.Response:
    """An answer valid for the operations the parity tests call (unknown fields are ignored)."""
    return httpx.Response(201 if request.method == "POST" else 200, json=OK_BODY)


OK_BODY = {
    "totalSize": 0,
    "pageSize": 0,
    "nextPageToken": "",
    "webhooks": [],
    "id": "w1",
    "target": "https://example.com/hook",
    "projectId": PROJECT,
    "triggers": ["ALL"],
    "features": [],
}


def bearer(request: httpx.Request) -> str | None:
    value = request.headers.get("Authorization", "")
    return value[len("Bearer ") :] if value.startswith("Bearer ") else None


class Driver:
    """Builds one kind of client and calls generated endpoint functions with it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: list[Any] = []

    @property
    def is_sync(self) -> bool:
        return self.kind == "sync"

    def client(self, wire: Wire | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("server", BASE_URL)
        if wire is not None:
            kwargs.setdefault("transport", wire.transport)
        kwargs.setdefault("project_id", PROJECT)
        auth = kwargs.get("auth")
        if not isinstance(auth, httpx.Auth):
            kwargs.setdefault("key_id", KEY_ID)
            kwargs.setdefault("key_secret", KEY_SECRET)
        if auth in (None, "oauth2"):
            kwargs.setdefault("token_url", TOKEN_URL)
        cls = SyncProvisioningClient if self.is_sync else ProvisioningClient
        made = cls(**kwargs)
        self._clients.append(made)
        return made

    def call(self, client: Any, op: ModuleType, *args: Any, detailed: bool = False, **kwargs: Any) -> Any:
        if self.is_sync:
            function = op.sync_detailed if detailed else op.sync
            return function(*args, client=client, **kwargs)
        function = op.asyncio_detailed if detailed else op.asyncio
        return self.run(function(*args, client=client, **kwargs))

    def get(self, client: Any, path: str) -> httpx.Response:
        """A plain GET through the client's own httpx client (guards, auth, retries, transport)."""
        if self.is_sync:
            return client.get_httpx_client().get(path)  # type: ignore[no-any-return]
        return self.run(client.get_async_httpx_client().get(path))  # type: ignore[no-any-return]

    def run(self, coroutine: Any) -> Any:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        return self._loop.run_until_complete(coroutine)

    def close(self, client: Any) -> None:
        if self.is_sync:
            client.close()
        else:
            self.run(client.aclose())

    def finish(self) -> None:
        for made in self._clients:
            self.close(made)
        if self._loop is not None:
            self._loop.close()
