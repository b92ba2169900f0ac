"""The API's servers, and the rule that keeps credentials off plain HTTP.

A :class:`Server` member knows its base URL and, where one is published, its
OAuth2 token URL. Any other base URL (a proxy, a mock) is accepted as a string,
and so is a member's name (``"staging"``, any case): a name has no scheme, so it
can never be mistaken for a URL, and one rule serves ``server=`` and the
``SINCH_PROVISIONING_SERVER`` variable alike.
"""

from __future__ import annotations

import enum
import ipaddress

import httpx

from ._errors import ConfigurationError

__all__ = ["DEFAULT_TOKEN_URL", "Server", "check_credentials_url", "resolve_server"]

#: Sinch's OAuth2 client-credentials endpoint, published for the production server only.
DEFAULT_TOKEN_URL = "https://auth.sinch.com/oauth2/token"  # noqa: S105 - a public URL


class Server(enum.Enum):
    """The six servers of the API reference; the value is the base URL."""

    PRODUCTION = "https://provisioning.api.sinch.com"
    STAGING = "https://provisioning-api.int.staging.sinch.com"
    STAGING_DEV = "https://provisioning-api-dev.int.staging.sinch.com"
    ADMIN_PRODUCTION = "https://provisioning-api.unauth.int.prod.sinch.com"
    ADMIN_STAGING = "https://provisioning-api.unauth.int.staging.sinch.com"
    ADMIN_STAGING_DEV = "https://provisioning-api-dev.unauth.int.staging.sinch.com"

    @property
    def url(self) -> str:
        """The base URL requests are sent to."""
        return str(self.value)

    @property
    def token_url(self) -> str | None:
        """The published OAuth2 token URL, or None when Sinch publishes none for this server."""
        return DEFAULT_TOKEN_URL if self is Server.PRODUCTION else None


def resolve_server(server: Server | str) -> tuple[str, str | None]:
    """``(base_url, default_token_url)`` for a :class:`Server`, a member name or a base URL.

    A string equal to a member's URL or name (case-insensitive, ``-`` for ``_``)
    counts as that member; any other URL has no default token URL. Anything else
    raises :class:`ConfigurationError` naming the closest member.
    """
    if isinstance(server, Server):
        member = server
    elif isinstance(server, str):
        url = server.strip().rstrip("/")
        known = next((m for m in Server if m.url == url), None)
        if known is None and "://" not in url:
            known = _by_name(url)
        if known is None:
            check_credentials_url(url, what="server")
            return url, None
        member = known
    else:
        raise ConfigurationError(
            f"server must be a Server member (e.g. Server.PRODUCTION), a member name or a URL string, "
            f"not {type(server).__name__}"
        )
    return member.url, member.token_url


def _by_name(text: str) -> Server:
    """The member named ``text``, or a :class:`ConfigurationError` suggesting the closest one."""
    key = text.upper().replace("-", "_")
    member = Server.__members__.get(key)
    if member is not None:
        return member
    close: list[str] = []
    if 0 < len(key) <= 40:  # bounded work for whatever the environment holds
        import difflib  # only on the error path: it costs import time

        close = difflib.get_close_matches(key, list(Server.__members__), n=1, cutoff=0.5)
        close = close or [name for name in Server.__members__ if name.startswith(key)][:1]
    if close:
        hint = f"did you mean Server.{close[0]}? "
    elif "." in text or ":" in text:
        hint = "a URL needs its scheme (https://, or http:// for loopback); "
    else:
        hint = ""
    shown = repr(text) if len(text) <= 80 else repr(text[:80]) + "..."
    raise ConfigurationError(
        f"server {shown} is neither a Server name nor an http(s) URL: {hint}"
        f"pass a Server member ({', '.join('Server.' + name for name in Server.__members__)}) "
        "or a base URL such as 'https://provisioning.api.sinch.com'"
    )


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def check_credentials_url(url: str, *, what: str) -> None:
    """Refuse a URL that credentials must not be sent to.

    ``https://`` is always fine; ``http://`` only to loopback (127.0.0.0/8, ::1,
    localhost), for local mocks. Anything else raises :class:`ConfigurationError`.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"{what} URL {url!r} is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"{what} URL {url!r} must be an absolute http(s) URL")
    if parsed.userinfo:
        raise ConfigurationError(f"{what} URL must not contain credentials; pass key_id/key_secret instead")
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        raise ConfigurationError(
            f"{what} URL {url!r} uses plain http:// to a non-loopback host; credentials are only sent "
            "over https:// (http:// is allowed for 127.0.0.0/8, ::1 and localhost)"
        )
