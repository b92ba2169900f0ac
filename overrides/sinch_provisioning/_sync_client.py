"""``SyncProvisioningClient``: the blocking twin, for scripts, notebooks, Django, Flask, Celery.

The same settings (:func:`._config.client_config`), the same auth flows (the
OAuth2 refresh is single-flight across threads), the same retry policy
(:class:`SyncRetryTransport` drives the policy ``RetryTransport`` drives) and
the same E.164 and path guards, in front of an ``httpx.Client``. One instance
may be shared by many threads: they share its connection pool and token, and
so do its ``with_options`` copies. Nothing here imports asyncio.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import httpx

from ._auth import SyncTokenSender
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
from ._retry import SyncRetryTransport
from ._servers import Server
from .api import SyncProjectResources

__all__ = ["SyncProvisioningClient"]


class _BorrowedTransport(httpx.BaseTransport):
    """Forwards to a transport owned elsewhere; closing it leaves that transport open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

    def close(self) -> None:
        return None


class _ClientTransport(httpx.BaseTransport):
    """Sends through a caller's ``httpx.Client``: its proxies, TLS settings and pool."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: the SDK's auth already ran; the caller's client must not add its own.
        return self._client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        return None  # the caller closes their client


class _EnvTransport(_ClientTransport):
    """The SDK's own sender when a proxy is in the environment (per-URL proxies, ``NO_PROXY``); owned."""

    def close(self) -> None:
        self._client.close()


class _HTTPClient(httpx.Client):
    """The ``httpx.Client`` generated ``sync*`` functions send with: E.164 guard + retry budget."""

    def __init__(self, *, max_retries: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.max_retries = max_retries

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: httpx._types.AuthTypes | httpx._client.UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | httpx._client.UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        check_request(request)  # before auth: a bad number costs no token fetch, no request
        request.extensions.setdefault(MAX_RETRIES_EXTENSION, self.max_retries)
        return super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)


class SyncProvisioningClient(ClientBase, SyncProjectResources):
    """Blocking client for the Sinch Provisioning API, bound to one project; safe to share across threads.

    Takes exactly the arguments of :class:`ProvisioningClient` (and reads the
    same environment variables), except that ``http_client`` is an
    ``httpx.Client`` and ``transport`` an ``httpx.BaseTransport``. It is a valid
    ``client=`` for the generated ``sync()``/``sync_detailed()`` functions. Use
    it with ``with``, or call :meth:`close`.
    """

    _http: _HTTPClient
    _pool: Pool[httpx.BaseTransport, httpx.Client]

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
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
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
        check_sender(http_client, transport, httpx.Client, httpx.BaseTransport, "sync")
        owned: httpx.BaseTransport | None = None
        if transport is not None:
            inner = transport
        elif http_client is not None:
            inner = _ClientTransport(http_client)
        else:
            inner = owned = _owned_sender(config.trust_env)
        shared = SyncRetryTransport(inner, max_retries=config.max_retries)
        token_client: httpx.Client | None = None
        resolved = config.auth
        if isinstance(resolved, OAuth2Settings):
            token_client = httpx.Client(transport=_BorrowedTransport(shared), trust_env=False)
            resolved = resolved.build(send_sync=self._token_sender(token_client))
        self._init_base(config, Pool(shared, owned, resolved, token_client))
        self._build_http()

    def _token_sender(self, token_client: httpx.Client) -> SyncTokenSender:
        def send(request: httpx.Request) -> httpx.Response:
            if self._pool.closed:  # closed by another thread: a typed error, not httpx's RuntimeError
                raise ProvisioningError("this SyncProvisioningClient is closed")
            request.extensions.setdefault("timeout", self._timeout.as_dict())
            request.extensions.setdefault(MAX_RETRIES_EXTENSION, self._max_retries)
            return token_client.send(request)

        return send

    def _build_http(self) -> None:
        self._http = _HTTPClient(transport=_BorrowedTransport(self._pool.transport), **self._http_settings())

    # --- the Client protocol ---------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` the generated ``sync*`` functions send with."""
        if self._pool.closed:
            raise ProvisioningError("this SyncProvisioningClient is closed")
        return self._http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Not available: this client blocks. Use :class:`ProvisioningClient` for ``asyncio*``."""
        raise ProvisioningError(
            "SyncProvisioningClient is blocking: call the generated sync()/sync_detailed() functions "
            "or the client.<tag>.<operation>() methods; for asyncio()/asyncio_detailed() use "
            "ProvisioningClient"
        )

    def _resource_client(self) -> SyncProvisioningClient:
        return self

    # --- lifecycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool, if this client created it. Copies from ``with_options`` do nothing."""
        if not self._owner or self._pool.closed:
            return
        self._pool.closed = True
        self._http.close()
        if self._pool.token_client is not None:
            self._pool.token_client.close()
        if self._pool.owned is not None:
            self._pool.owned.close()

    def __enter__(self) -> SyncProvisioningClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _owned_sender(trust_env: bool) -> httpx.BaseTransport:
    """The innermost sender the SDK creates (and closes); bad proxy or CA variables fail here, named."""
    try:
        if use_env_proxy(trust_env):
            return _EnvTransport(httpx.Client(trust_env=True, follow_redirects=False))
        return httpx.HTTPTransport(trust_env=trust_env)
    except SENDER_ERRORS as exc:
        raise sender_error(exc) from None
