"""An in-process fake of the Provisioning API and the OAuth2 token endpoint.

Used by the client, auth, E.164, pagination and resource tests: it is an
``httpx.MockTransport`` that records every request it sees, so a test can
assert what reached the wire (and that nothing did).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

TOKEN_URL = "https://auth.example.test/oauth2/token"
BASE_URL = "https://api.example.test"
PROJECT = "proj-1"
KEY_ID = "key-id-1"
KEY_SECRET = "s3cr3t-KEY-value-0xDEADBEEF"

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


class FakeAPI:
    """Token endpoint + API. Tokens are ``tok-1``, ``tok-2``, ... in issue order."""

    def __init__(self, *, expires_in: float = 3600, api: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.expires_in = expires_in
        self.issued = 0
        self.token_failure: httpx.Response | None = None
        self.token_gate: asyncio.Event | None = None  # holds token answers until set
        self._api = api or self.ok
        self.transport = httpx.MockTransport(self.handle)

    @property
    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) == TOKEN_URL]

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if str(r.url) != TOKEN_URL]

    async def handle(self, request: httpx.Request) -> httpx.Response:
        # A snapshot: an auth replay re-sends the same Request object with new headers.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.content,
                extensions=dict(request.extensions),
            )
        )
        if str(request.url) == TOKEN_URL:
            return await self.token(request)
        return await self._api(request)

    async def token(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let concurrent callers pile up
        if self.token_gate is not None:
            await self.token_gate.wait()
        if self.token_failure is not None:
            return self.token_failure
        self.issued += 1
        return httpx.Response(
            200,
            json={
                "access_token": f"tok-{self.issued}",
                "token_type": "bearer",
                "expires_in": self.expires_in,
                "scope": "",
            },
        )

    async def ok(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True, "path": request.url.path})


def bearer(request: httpx.Request) -> str | None:
    value = request.headers.get("Authorization", "")
    return value[len("Bearer ") :] if value.startswith("Bearer ") else None


def json_body(request: httpx.Request) -> Any:
    return json.loads(request.content)


class RecordingClient:
    """A sync client for the generated endpoint functions: records each request, answers 404.

    No auth and no request hooks: what reaches it is exactly what ``_get_kwargs`` built.
    """

    raise_on_unexpected_status = False

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._http = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(self._answer))

    @property
    def paths(self) -> list[bytes]:
        return [request.url.raw_path for request in self.requests]

    def _answer(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(404)

    def get_httpx_client(self) -> httpx.Client:
        return self._http
