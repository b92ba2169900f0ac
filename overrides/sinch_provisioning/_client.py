"""``ProvisioningClient``: the one object an asyncio service holds.

It is a valid ``client=`` for every generated endpoint function (it satisfies
the ``Client`` protocol in ``client.py``), and it exposes the API as
project-bound resources: ``client.<tag>.<operation>(...)``.

Layers, outermost first, for every request:

1. E.164 guard -- ``_HTTPClient.send`` checks path and body numbers (no I/O yet);
2. auth -- an ``httpx.Auth`` flow (OAuth2 with single-flight refresh, Basic or bearer);
3. retries -- ``RetryTransport`` wraps the transport (``request.extensions["sinch_max_retries"]``
   carries the client's or ``with_options``' budget);
4. the transport -- owned ``httpx.AsyncHTTPTransport``, or the one (or the
   ``httpx.AsyncClient``) you passed in. The OAuth2 token request uses it too.
"""

from __future__ import annotations

import os
from typing import Literal

import attrs
import httpx

from ._auth import BasicAuth, OAuth2ClientCredentials, TokenSender
from ._e164 import check_request
from ._errors import ConfigurationError, ProvisioningError
from ._paths import path_segment
from ._retry import RetryTransport
from ._servers import Server, check_credentials_url, resolve_server
from .api import ProjectResources

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRIES_EXTENSION",
    "ProvisioningClient",
]

#: 5 s to connect, 30 s for everything else; override per client or with ``with_options``.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
#: ``request.extensions`` key carrying the retry budget of one call to the retry layer.
MAX_RETRIES_EXTENSION = "sinch_max_retries"

ENV_PROJECT_ID = "SINCH_PROJECT_ID"
ENV_KEY_ID = "SINCH_KEY_ID"
ENV_KEY_SECRET = "SINCH_KEY_SECRET"  # noqa: S105 - the variable's name, not a secret


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


_NOT_GIVEN = _NotGiven()


class _BorrowedTransport(httpx.AsyncBaseTransport):
    """Forwards to a transport owned elsewhere; closing it leaves that transport open."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class _ClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's ``httpx.AsyncClient``: its proxies, TLS settings and pool."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: the SDK's auth already ran; the caller's client must not add its own.
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        return None  # the caller closes their client


class _HTTPClient(httpx.AsyncClient):
    """The ``httpx.AsyncClient`` generated functions send with: E.164 guard + retry budget."""

    def __init__(self, *, max_retries: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.max_retries = max_retries

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: httpx._types.AuthTypes | httpx._client.UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | httpx._client.UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        check_request(request)  # before auth: a bad number costs no token fetch, no request
        request.extensions.setdefault(MAX_RETRIES_EXTENSION, self.max_retries)
        return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)


@attrs.define(eq=False, repr=False)
class _Pool:
    """What ``with_options`` copies share: the transport, the auth (token cache) and the owner's duty."""

    transport: httpx.AsyncBaseTransport  # retry-wrapped; every client borrows it
    owned: httpx.AsyncBaseTransport | None  # the transport this SDK created, closed with the client
    auth: httpx.Auth
    token_client: httpx.AsyncClient | None
    closed: bool = False


class ProvisioningClient(ProjectResources):
    """Async client for the Sinch Provisioning API, bound to one project.

    ``project_id``, ``key_id`` and ``key_secret`` default to ``SINCH_PROJECT_ID``,
    ``SINCH_KEY_ID`` and ``SINCH_KEY_SECRET``. ``server`` is a :class:`Server` or a
    base URL. ``auth`` is ``"oauth2"`` (client credentials, the default),
    ``"basic"``, or any ``httpx.Auth`` such as :class:`BearerToken`. Pass
    ``http_client`` (an ``httpx.AsyncClient``, e.g. with a proxy) or ``transport``
    to control how requests are sent; the SDK never closes what you pass in.
    """

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        server: Server | str = Server.PRODUCTION,
        auth: Literal["oauth2", "basic"] | httpx.Auth = "oauth2",
        token_url: str | None = None,
        token_refresh_skew: float = 60.0,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        raise_on_unexpected_status: bool = True,
        headers: dict[str, str] | None = None,
    ) -> None:
        project_id = _setting(project_id, ENV_PROJECT_ID, "project_id")
        if project_id is None:
            raise ConfigurationError(f"project_id is required: pass project_id=... or set {ENV_PROJECT_ID}")
        path_segment("project_id", project_id)  # every route starts with it: "..", "." would leave it
        base_url, default_token_url = resolve_server(server)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        _check_max_retries(max_retries)
        self._timeout = _timeout(timeout)

        owned: httpx.AsyncBaseTransport | None = None
        if transport is not None:
            inner = transport
        elif http_client is not None:
            inner = _ClientTransport(http_client)
        else:
            inner = owned = httpx.AsyncHTTPTransport()
        shared = RetryTransport(inner, max_retries=max_retries)

        token_client: httpx.AsyncClient | None = None
        resolved_auth: httpx.Auth
        if isinstance(auth, httpx.Auth):
            resolved_auth = auth
        elif auth in ("oauth2", "basic"):
            key_id = _setting(key_id, ENV_KEY_ID, "key_id")
            key_secret = _setting(key_secret, ENV_KEY_SECRET, "key_secret")
            missing = [
                name for name, value in (("key_id", key_id), ("key_secret", key_secret)) if value is None
            ]
            if missing or key_id is None or key_secret is None:
                raise ConfigurationError(
                    f"{' and '.join(missing)} required for auth={auth!r}: pass them or set "
                    f"{ENV_KEY_ID} and {ENV_KEY_SECRET}"
                )
            if auth == "basic":
                resolved_auth = BasicAuth(key_id, key_secret)
            else:
                url = token_url or default_token_url
                if url is None:
                    raise ConfigurationError(
                        f"no OAuth2 token URL is published for {_describe(server)}: pass token_url=... "
                        "(or use auth='basic')"
                    )
                check_credentials_url(url, what="token")
                token_client = httpx.AsyncClient(transport=_BorrowedTransport(shared), trust_env=False)
                resolved_auth = OAuth2ClientCredentials(
                    key_id,
                    key_secret,
                    url,
                    send=self._token_sender(token_client),
                    refresh_skew=token_refresh_skew,
                )
        else:
            raise ConfigurationError(f"auth must be 'oauth2', 'basic' or an httpx.Auth, not {auth!r}")
        if token_url is not None and token_client is None:
            raise ConfigurationError("token_url only applies to auth='oauth2'")

        self._project_id = project_id
        self._base_url = base_url
        self._max_retries = max_retries
        self._headers = {"User-Agent": "sinch-provisioning-python", **(headers or {})}
        self._raise_on_unexpected_status = raise_on_unexpected_status
        self._pool = _Pool(transport=shared, owned=owned, auth=resolved_auth, token_client=token_client)
        self._owner = True
        self._http = self._build_http()

    def _token_sender(self, token_client: httpx.AsyncClient) -> TokenSender:
        async def send(request: httpx.Request) -> httpx.Response:
            request.extensions.setdefault("timeout", self._timeout.as_dict())
            request.extensions.setdefault(MAX_RETRIES_EXTENSION, self._max_retries)
            return await token_client.send(request)

        return send

    def _build_http(self) -> _HTTPClient:
        return _HTTPClient(
            base_url=self._base_url,
            auth=self._pool.auth,
            timeout=self._timeout,
            headers=self._headers,
            transport=_BorrowedTransport(self._pool.transport),
            trust_env=False,
            follow_redirects=False,
            max_retries=self._max_retries,
        )

    # --- the Client protocol ---------------------------------------------------------------------

    @property
    def project_id(self) -> str:
        """The project every call is made for."""
        return self._project_id

    @property
    def raise_on_unexpected_status(self) -> bool:
        return self._raise_on_unexpected_status

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` the generated ``asyncio*`` functions send with."""
        if self._pool.closed:
            raise ProvisioningError("this ProvisioningClient is closed")
        return self._http

    def get_httpx_client(self) -> httpx.Client:
        """Not available: the SDK is async-only. Use the ``asyncio*`` functions."""
        raise ProvisioningError(
            "ProvisioningClient is async-only: use the generated asyncio()/asyncio_detailed() functions "
            "or the client.<tag>.<operation>() methods"
        )

    def _resource_client(self) -> ProvisioningClient:
        return self

    # --- options and lifecycle -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def auth(self) -> httpx.Auth:
        return self._pool.auth

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | _NotGiven | None = _NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ProvisioningClient:
        """A copy with another timeout and/or retry budget, sharing this client's pool and token.

        ``await client.with_options(timeout=5, max_retries=0).webhooks.list_webhooks()``.
        Closing the copy does not close the pool; closing the original does.
        """
        if max_retries is not None:
            _check_max_retries(max_retries)
        copy = object.__new__(ProvisioningClient)
        copy._project_id = self._project_id
        copy._base_url = self._base_url
        copy._headers = self._headers
        copy._raise_on_unexpected_status = self._raise_on_unexpected_status
        copy._pool = self._pool
        copy._owner = False
        copy._timeout = self._timeout if isinstance(timeout, _NotGiven) else _timeout(timeout)
        copy._max_retries = self._max_retries if max_retries is None else max_retries
        copy._http = copy._build_http()
        return copy

    async def aclose(self) -> None:
        """Close the connection pool, if this client created it. Copies from ``with_options`` do nothing."""
        if not self._owner or self._pool.closed:
            return
        self._pool.closed = True
        await self._http.aclose()
        if self._pool.token_client is not None:
            await self._pool.token_client.aclose()
        if self._pool.owned is not None:
            await self._pool.owned.aclose()

    async def __aenter__(self) -> ProvisioningClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"ProvisioningClient(project_id={self._project_id!r}, server={self._base_url!r}, "
            f"auth={self._pool.auth!r})"
        )


def _setting(value: str | None, env: str, name: str) -> str | None:
    if value is None:
        value = os.environ.get(env)
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string")
    return value or None


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _check_max_retries(value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, not {value!r}")


def _describe(server: Server | str) -> str:
    return f"Server.{server.name}" if isinstance(server, Server) else f"server {server!r}"
