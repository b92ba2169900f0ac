"""``ProvisioningClient``: the one object an asyncio service holds.

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

import os
from collections.abc import Mapping
from typing import Literal, cast
from urllib.request import getproxies  # already imported by httpx: free

import attrs
import httpx

from ._auth import BasicAuth, OAuth2ClientCredentials, TokenSender, check_key
from ._e164 import check_request
from ._errors import ConfigurationError, ProvisioningError
from ._paths import path_segment
from ._retry import RetryTransport
from ._servers import Server, check_credentials_url, resolve_server
from ._settings import (
    ENV_AUTH,
    ENV_KEY_ID,
    ENV_KEY_SECRET,
    ENV_PROJECT_ID,
    ENV_SERVER,
    ENV_TOKEN_URL,
    check_headers,
    check_max_retries,
    check_seconds,
    check_timeout,
)
from ._settings import env_setting as _setting
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


class _EnvTransport(_ClientTransport):
    """The SDK's own sender when ``trust_env`` is on: an ``httpx.AsyncClient(trust_env=True)``.

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
    :class:`ConfigurationError` saying what to pass.
    """

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
        project_id = _setting(project_id, ENV_PROJECT_ID, "project_id")
        if project_id is None:
            raise ConfigurationError(f"project_id is required: pass project_id=... or set {ENV_PROJECT_ID}")
        if server is None:
            server = _setting(None, ENV_SERVER, ENV_SERVER) or Server.PRODUCTION
        path_segment("project_id", project_id)  # every route starts with it: "..", "." would leave it
        base_url, default_token_url = resolve_server(server)
        if auth is None:
            auth = _auth_choice(_setting(None, ENV_AUTH, ENV_AUTH) or "oauth2")
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                "transport must be an httpx.AsyncBaseTransport (e.g. httpx.MockTransport)"
            )
        if not isinstance(trust_env, bool):
            raise ConfigurationError(f"trust_env must be True or False, not {type(trust_env).__name__}")
        if not isinstance(raise_on_unexpected_status, bool):
            raise ConfigurationError("raise_on_unexpected_status must be True or False")
        check_max_retries(max_retries)
        check_seconds(token_refresh_skew, "token_refresh_skew", zero=True)
        extra_headers = check_headers(headers)
        self._timeout = check_timeout(timeout)

        owned: httpx.AsyncBaseTransport | None = None
        if transport is not None:
            inner = transport
        elif http_client is not None:
            inner = _ClientTransport(http_client)
        else:
            inner = owned = _owned_sender(trust_env)
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
            check_key(key_id, key_secret)
            if auth == "basic":
                resolved_auth = BasicAuth(key_id, key_secret)
            else:
                url = token_url or _setting(None, ENV_TOKEN_URL, ENV_TOKEN_URL) or default_token_url
                if url is None:
                    raise ConfigurationError(
                        f"no OAuth2 token URL is published for {_describe(server)}: pass token_url=... "
                        f"or set {ENV_TOKEN_URL} (or use auth='basic', or {ENV_AUTH}=basic)"
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
        self._headers = {"User-Agent": "sinch-provisioning-python", **extra_headers}
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
            check_max_retries(max_retries)
        copy = object.__new__(ProvisioningClient)
        copy._project_id = self._project_id
        copy._base_url = self._base_url
        copy._headers = self._headers
        copy._raise_on_unexpected_status = self._raise_on_unexpected_status
        copy._pool = self._pool
        copy._owner = False
        copy._timeout = self._timeout if isinstance(timeout, _NotGiven) else check_timeout(timeout)
        copy._max_retries = self._max_retries if max_retries is None else max_retries
        copy._http = copy._build_http()
        return copy

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

    def __repr__(self) -> str:
        return (
            f"ProvisioningClient(project_id={self._project_id!r}, server={self._base_url!r}, "
            f"auth={self._pool.auth!r})"
        )


def _owned_sender(trust_env: bool) -> httpx.AsyncBaseTransport:
    """The innermost sender the SDK creates (and closes); bad proxy or CA variables fail here, named.

    With a proxy in the environment: an ``httpx.AsyncClient(trust_env=True)``, which
    picks the proxy per URL (``NO_PROXY``). Without one, a plain transport (that still
    trusts ``SSL_CERT_FILE``/``SSL_CERT_DIR`` when ``trust_env``): one layer less per call.
    """
    try:
        if trust_env and any(getproxies().get(scheme) for scheme in ("http", "https", "all")):
            return _EnvTransport(httpx.AsyncClient(trust_env=True, follow_redirects=False))
        return httpx.AsyncHTTPTransport(trust_env=trust_env)
    except (OSError, ValueError, httpx.InvalidURL) as exc:  # ssl.SSLError is an OSError
        names = ", ".join(sorted(n for n in os.environ if n.upper() in _ENV_NAMES)) or "none set"
        # Not the exception text: a proxy URL may hold credentials.
        raise ConfigurationError(
            f"the proxy or CA-bundle environment variables ({names}) could not be used "
            f"({type(exc).__name__}): fix them, or pass trust_env=False to ignore them"
        ) from None


_ENV_NAMES = frozenset(
    ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")
)


def _auth_choice(value: str) -> Literal["oauth2", "basic"]:
    choice = value.strip().lower()
    if choice not in ("oauth2", "basic"):
        raise ConfigurationError(f"{ENV_AUTH} must be 'oauth2' or 'basic', not {value[:20]!r}")
    return cast(Literal["oauth2", "basic"], choice)


def _describe(server: Server | str) -> str:
    return f"Server.{server.name}" if isinstance(server, Server) else f"server {server!r}"
