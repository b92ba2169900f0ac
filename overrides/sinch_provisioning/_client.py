"""``ProvisioningClient``: the one object an asyncio service holds.

Its settings are resolved by :func:`._config.client_config`, shared with
``SyncProvisioningClient``; this module only builds the async httpx objects.

It is a valid ``client=`` for every generated endpoint function (it satisfies
the ``Client`` protocol in ``client.py``), and it exposes the API as
project-bound resources: ``client.<tag>.<operation>(...)``.

Layers, outermost first, for every request:

1. E.164 guard -- ``_HTTPClient.send`` checks path and body numbers (no I/O yet);
2. auth -- an ``httpx.Auth`` flow (OAuth2 with single-flight refresh, Basic or bearer);
3. retries -- ``RetryTransport`` wraps the transport (``request.extensions["sinch_max_retries"]``
   carries the client's or ``with_options``' budget);
4. the transport -- one the SDK owns (``_owned_sender``: proxies from
   ``HTTP(S)_PROXY``/``ALL_PROXY`` chosen per URL with ``NO_PROXY``, CA bundle from
   ``SSL_CERT_FILE``/``SSL_CERT_DIR``, as httpx does; ``trust_env=False`` ignores
   them), or the transport (or ``httpx.AsyncClient``) you passed in. The OAuth2
   token request uses it too, so it gets the same proxy rules and retries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ._auth import OAuth2ClientCredentials, TokenSender
from ._client_base import ClientBase
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    MAX_RETRIES_EXTENSION,
    SENDER_ERRORS,
    OAuth2Settings,
    Pool,
    check_sender,
    client_config,
    sender_error,
    use_env_proxy,
)
from ._e164 import check_request
from ._errors import ProvisioningError
from ._retry import RetryTransport
from ._servers import Server
from .api import ProjectResources

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRIES_EXTENSION",
    "ProvisioningClient",
]


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


class _EnvTransport(_ClientTransport):
    """The SDK's own sender when a proxy is in the environment: an ``httpx.AsyncClient(trust_env=True)``.

    httpx picks the proxy (or none) per URL from its mounts, so ``NO_PROXY`` and
    per-scheme proxies apply to the API and the token endpoint alike, while the
    SDK's retry layer stays outside. Owned: closed with the client.
    """

    async def aclose(self) -> None:
        await self._client.aclose()


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


class ProvisioningClient(ClientBase, ProjectResources):
    """Async client for the Sinch Provisioning API, bound to one project.

    ``project_id``, ``key_id`` and ``key_secret`` default to ``SINCH_PROJECT_ID``,
    ``SINCH_KEY_ID`` and ``SINCH_KEY_SECRET``. ``server`` is a :class:`Server`, a
    member name or a base URL (default: ``SINCH_PROVISIONING_SERVER``, else
    ``Server.PRODUCTION``). ``auth`` is ``"oauth2"`` (client credentials, the
    default), ``"basic"``, or any ``httpx.Auth`` such as :class:`BearerToken`
    (default: ``SINCH_PROVISIONING_AUTH``, else ``"oauth2"``); ``token_url``
    defaults to ``SINCH_PROVISIONING_TOKEN_URL``, else the server's published one.
    Proxies and CA bundles come from the environment like in httpx unless
    ``trust_env=False``. Pass ``http_client`` (an ``httpx.AsyncClient``) or
    ``transport`` to control how requests are sent; the SDK never closes what you
    pass in. Every setting is checked here: a mistake raises
    :class:`ConfigurationError` saying what to pass. For blocking code (scripts,
    notebooks, Django, Celery) use :class:`SyncProvisioningClient`.
    """

    _http: _HTTPClient
    _pool: Pool[httpx.AsyncBaseTransport, httpx.AsyncClient]

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        server: Server | str | None = None,
        auth: Literal["oauth2", "basic"] | httpx.Auth | None = None,
        token_url: str | None = None,
        token_refresh_skew: float = 60.0,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        raise_on_unexpected_status: bool = True,
        headers: Mapping[str, str] | None = None,
        trust_env: bool = True,
    ) -> None:
        config = client_config(
            project_id,
            key_id,
            key_secret,
            server=server,
            auth=auth,
            token_url=token_url,
            token_refresh_skew=token_refresh_skew,
            timeout=timeout,
            max_retries=max_retries,
            raise_on_unexpected_status=raise_on_unexpected_status,
            headers=headers,
            trust_env=trust_env,
        )
        check_sender(http_client, transport, httpx.AsyncClient, httpx.AsyncBaseTransport, "async")
        owned: httpx.AsyncBaseTransport | None = None
        if transport is not None:
            inner = transport
        elif http_client is not None:
            inner = _ClientTransport(http_client)
        else:
            inner = owned = _owned_sender(config.trust_env)
        shared = RetryTransport(inner, max_retries=config.max_retries)
        token_client: httpx.AsyncClient | None = None
        resolved = config.auth
        if isinstance(resolved, OAuth2Settings):
            token_client = httpx.AsyncClient(transport=_BorrowedTransport(shared), trust_env=False)
            resolved = resolved.build(send=self._token_sender(token_client))
        self._init_base(config, Pool(shared, owned, resolved, token_client))
        self._build_http()

    def _token_sender(self, token_client: httpx.AsyncClient) -> TokenSender:
        async def send(request: httpx.Request) -> httpx.Response:
            request.extensions.setdefault("timeout", self._timeout.as_dict())
            request.extensions.setdefault(MAX_RETRIES_EXTENSION, self._max_retries)
            return await token_client.send(request)

        return send

    def _build_http(self) -> None:
        self._http = _HTTPClient(transport=_BorrowedTransport(self._pool.transport), **self._http_settings())

    # --- the Client protocol ---------------------------------------------------------------------

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` the generated ``asyncio*`` functions send with."""
        if self._pool.closed:
            raise ProvisioningError("this ProvisioningClient is closed")
        return self._http

    def get_httpx_client(self) -> httpx.Client:
        """Not available: this client is async. Use :class:`SyncProvisioningClient` for ``sync*``."""
        raise ProvisioningError(
            "ProvisioningClient is async: await the generated asyncio()/asyncio_detailed() functions "
            "or the client.<tag>.<operation>() methods; for sync()/sync_detailed() use "
            "SyncProvisioningClient"
        )

    def _resource_client(self) -> ProvisioningClient:
        return self

    # --- lifecycle --------------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool, if this client created it. Copies from ``with_options`` do nothing."""
        if not self._owner or self._pool.closed:
            return
        self._pool.closed = True
        await self._http.aclose()
        if isinstance(self._pool.auth, OAuth2ClientCredentials) and self._pool.token_client is not None:
            await self._pool.auth.aclose()  # cancels a token refresh in flight
        if self._pool.token_client is not None:
            await self._pool.token_client.aclose()
        if self._pool.owned is not None:
            await self._pool.owned.aclose()

    async def __aenter__(self) -> ProvisioningClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _owned_sender(trust_env: bool) -> httpx.AsyncBaseTransport:
    """The innermost sender the SDK creates (and closes); bad proxy or CA variables fail here, named."""
    try:
        if use_env_proxy(trust_env):
            return _EnvTransport(httpx.AsyncClient(trust_env=True, follow_redirects=False))
        return httpx.AsyncHTTPTransport(trust_env=trust_env)
    except SENDER_ERRORS as exc:
        raise sender_error(exc) from None
