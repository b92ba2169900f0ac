"""The settings both clients share, resolved and checked once, without I/O.

:func:`client_config` reads the environment variables, checks every argument
(a mistake raises :class:`ConfigurationError` saying what to pass), picks the
server, token URL and auth, and decides whether the owned sender must honour a
proxy from the environment. ``ProvisioningClient`` and ``SyncProvisioningClient``
only build their own httpx objects from the :class:`ClientConfig` it returns.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Generic, Literal, TypeVar, cast
from urllib.request import getproxies  # already imported by httpx: free

import attrs
import httpx

from ._auth import BasicAuth, OAuth2ClientCredentials, SyncTokenSender, TokenSender, check_key
from ._errors import ConfigurationError
from ._paths import path_segment
from ._retry import MAX_RETRIES_EXTENSION
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

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_RETRIES_EXTENSION",
    "NOT_GIVEN",
    "ClientConfig",
    "NotGiven",
    "OAuth2Settings",
    "Pool",
    "check_sender",
    "client_config",
    "sender_error",
    "use_env_proxy",
]

#: 5 s to connect, 30 s for everything else; override per client or with ``with_options``.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2


class NotGiven:
    """The default of ``with_options`` arguments where ``None`` is a meaningful value."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


class OAuth2Settings:
    """What the OAuth2 flow needs; the client adds its own token sender.

    A plain class, not attrs: one class less to build at import time.
    """

    __slots__ = ("key_id", "key_secret", "refresh_skew", "token_url")

    def __init__(self, key_id: str, key_secret: str, token_url: str, refresh_skew: float) -> None:
        self.key_id = key_id
        self.key_secret = key_secret
        self.token_url = token_url
        self.refresh_skew = refresh_skew

    def build(
        self, *, send: TokenSender | None = None, send_sync: SyncTokenSender | None = None
    ) -> OAuth2ClientCredentials:
        """The OAuth2 flow, sending its token requests with the client's own sender."""
        return OAuth2ClientCredentials(
            self.key_id,
            self.key_secret,
            self.token_url,
            send=send,
            send_sync=send_sync,
            refresh_skew=self.refresh_skew,
        )

    def __repr__(self) -> str:
        return f"OAuth2Settings(key_id={self.key_id!r}, key_secret='***', token_url={self.token_url!r})"


@attrs.frozen(repr=False)
class ClientConfig:
    """Every client setting, checked. ``auth`` is :class:`OAuth2Settings` when the client builds the flow."""

    project_id: str
    base_url: str
    auth: httpx.Auth | OAuth2Settings
    timeout: httpx.Timeout
    max_retries: int
    headers: dict[str, str]
    raise_on_unexpected_status: bool
    trust_env: bool

    def __repr__(self) -> str:
        return f"ClientConfig(project_id={self.project_id!r}, server={self.base_url!r})"


def client_config(
    project_id: str | None,
    key_id: str | None,
    key_secret: str | None,
    *,
    server: Server | str | None,
    auth: Literal["oauth2", "basic"] | httpx.Auth | None,
    token_url: str | None,
    token_refresh_skew: float,
    timeout: httpx.Timeout | float | None,
    max_retries: int,
    raise_on_unexpected_status: bool,
    headers: Mapping[str, str] | None,
    trust_env: bool,
) -> ClientConfig:
    """Resolve arguments and environment variables into a checked :class:`ClientConfig`."""
    project_id = _setting(project_id, ENV_PROJECT_ID, "project_id")
    if project_id is None:
        raise ConfigurationError(f"project_id is required: pass project_id=... or set {ENV_PROJECT_ID}")
    if server is None:
        server = _setting(None, ENV_SERVER, ENV_SERVER) or Server.PRODUCTION
    path_segment("project_id", project_id)  # every route starts with it: "..", "." would leave it
    base_url, default_token_url = resolve_server(server)
    if auth is None:
        auth = _auth_choice(_setting(None, ENV_AUTH, ENV_AUTH) or "oauth2")
    if not isinstance(trust_env, bool):
        raise ConfigurationError(f"trust_env must be True or False, not {type(trust_env).__name__}")
    if not isinstance(raise_on_unexpected_status, bool):
        raise ConfigurationError("raise_on_unexpected_status must be True or False")
    check_max_retries(max_retries)
    check_seconds(token_refresh_skew, "token_refresh_skew", zero=True)
    extra_headers = check_headers(headers)
    checked_timeout = check_timeout(timeout)

    resolved: httpx.Auth | OAuth2Settings
    if isinstance(auth, httpx.Auth):
        resolved = auth
    elif auth in ("oauth2", "basic"):
        key_id = _setting(key_id, ENV_KEY_ID, "key_id")
        key_secret = _setting(key_secret, ENV_KEY_SECRET, "key_secret")
        missing = [name for name, value in (("key_id", key_id), ("key_secret", key_secret)) if value is None]
        if missing or key_id is None or key_secret is None:
            raise ConfigurationError(
                f"{' and '.join(missing)} required for auth={auth!r}: pass them or set "
                f"{ENV_KEY_ID} and {ENV_KEY_SECRET}"
            )
        check_key(key_id, key_secret)
        if auth == "basic":
            resolved = BasicAuth(key_id, key_secret)
        else:
            url = token_url or _setting(None, ENV_TOKEN_URL, ENV_TOKEN_URL) or default_token_url
            if url is None:
                raise ConfigurationError(
                    f"no OAuth2 token URL is published for {_describe(server)}: pass token_url=... "
                    f"or set {ENV_TOKEN_URL} (or use auth='basic', or {ENV_AUTH}=basic)"
                )
            check_credentials_url(url, what="token")
            resolved = OAuth2Settings(key_id, key_secret, url, token_refresh_skew)
    else:
        raise ConfigurationError(f"auth must be 'oauth2', 'basic' or an httpx.Auth, not {auth!r}")
    if token_url is not None and not isinstance(resolved, OAuth2Settings):
        raise ConfigurationError("token_url only applies to auth='oauth2'")
    return ClientConfig(
        project_id=project_id,
        base_url=base_url,
        auth=resolved,
        timeout=checked_timeout,
        max_retries=max_retries,
        headers={"User-Agent": "sinch-provisioning-python", **extra_headers},
        raise_on_unexpected_status=raise_on_unexpected_status,
        trust_env=trust_env,
    )


def check_sender(
    http_client: object, transport: object, client_type: type, transport_type: type, kind: str
) -> None:
    """Refuse ``http_client`` and ``transport`` together, or of the other client's kind."""
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass http_client or transport, not both")
    if http_client is not None and not isinstance(http_client, client_type):
        raise ConfigurationError(f"http_client must be an httpx.{client_type.__name__}")
    if transport is not None and not isinstance(transport, transport_type):
        raise ConfigurationError(
            f"transport must be an httpx.{transport_type.__name__} (e.g. httpx.MockTransport) for the "
            f"{kind} client"
        )


def use_env_proxy(trust_env: bool) -> bool:
    """Whether the owned sender must pick proxies per URL (a proxy variable is set and trusted).

    Without one, a plain transport is used (it still trusts ``SSL_CERT_FILE``/``SSL_CERT_DIR``
    when ``trust_env``): one layer less per call.
    """
    return trust_env and any(getproxies().get(scheme) for scheme in ("http", "https", "all"))


def sender_error(exc: Exception) -> ConfigurationError:
    """The error for proxy or CA variables httpx could not use; names the variables, never their values."""
    names = ", ".join(sorted(n for n in os.environ if n.upper() in _ENV_NAMES)) or "none set"
    # Not the exception text: a proxy URL may hold credentials.
    return ConfigurationError(
        f"the proxy or CA-bundle environment variables ({names}) could not be used "
        f"({type(exc).__name__}): fix them, or pass trust_env=False to ignore them"
    )


#: What building the owned sender raises for bad proxy or CA variables (ssl.SSLError is an OSError).
SENDER_ERRORS = (OSError, ValueError, httpx.InvalidURL)

_ENV_NAMES = frozenset(
    ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")
)

T = TypeVar("T")
C = TypeVar("C")


class Pool(Generic[T, C]):
    """What ``with_options`` copies share: the transport, the auth (token cache) and the owner's duty.

    ``T`` is the transport type (async or blocking), ``C`` the httpx client type.
    """

    __slots__ = ("auth", "closed", "owned", "token_client", "transport")

    def __init__(self, transport: T, owned: T | None, auth: httpx.Auth, token_client: C | None) -> None:
        self.transport = transport  # retry-wrapped; every client borrows it
        self.owned = owned  # the transport this SDK created, closed with the client
        self.auth = auth
        self.token_client = token_client
        self.closed = False


def _auth_choice(value: str) -> Literal["oauth2", "basic"]:
    choice = value.strip().lower()
    if choice not in ("oauth2", "basic"):
        raise ConfigurationError(f"{ENV_AUTH} must be 'oauth2' or 'basic', not {value[:20]!r}")
    return cast(Literal["oauth2", "basic"], choice)


def _describe(server: Server | str) -> str:
    return f"Server.{server.name}" if isinstance(server, Server) else f"server {server!r}"
