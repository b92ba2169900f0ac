"""Checks for the client's settings, and the environment variables it reads.

Every setting is checked when the client is built (and again by
``with_options``), so a mistake fails at construction with a message saying
what to pass instead, not at the first call with an httpx ``TypeError``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping

import httpx

from ._errors import ConfigurationError

__all__ = [
    "ENV_AUTH",
    "ENV_KEY_ID",
    "ENV_KEY_SECRET",
    "ENV_PROJECT_ID",
    "ENV_SERVER",
    "ENV_TOKEN_URL",
    "check_headers",
    "check_max_retries",
    "check_seconds",
    "check_timeout",
    "env_setting",
]

ENV_PROJECT_ID = "SINCH_PROJECT_ID"
ENV_KEY_ID = "SINCH_KEY_ID"
ENV_KEY_SECRET = "SINCH_KEY_SECRET"  # noqa: S105 - the variable's name, not a secret
#: A :class:`~sinch_provisioning.Server` name or a base URL; ``server=`` wins.
ENV_SERVER = "SINCH_PROVISIONING_SERVER"
#: The OAuth2 token URL; ``token_url=`` wins. Needed for servers without a published one (mocks, staging).
ENV_TOKEN_URL = "SINCH_PROVISIONING_TOKEN_URL"  # noqa: S105 - the variable's name, not a secret
#: ``oauth2`` or ``basic``; ``auth=`` wins. ``basic`` suits local mocks, which have no token endpoint.
ENV_AUTH = "SINCH_PROVISIONING_AUTH"


def env_setting(value: str | None, env: str, name: str) -> str | None:
    """``value``, else the environment variable ``env``; empty counts as unset."""
    if value is None:
        value = os.environ.get(env)
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    return value or None


def check_seconds(value: object, name: str, *, zero: bool = False) -> float:
    """A finite number of seconds > 0 (>= 0 with ``zero``); a bool, a string, NaN or infinity is refused."""
    bound = ">= 0" if zero else "> 0"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(
            f"{name} must be a number of seconds {bound} (e.g. 5.0), not {_shown(value)}"
        )
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        raise ConfigurationError(f"{name} must be a finite number of seconds {bound}, not {value!r}")
    return float(value)


def check_timeout(value: object) -> httpx.Timeout:
    """``timeout=`` as an ``httpx.Timeout``: seconds (> 0, finite), an ``httpx.Timeout``, None (no limit)."""
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            seconds = getattr(value, part)
            if seconds is not None:
                check_seconds(seconds, f"timeout.{part}")
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(
            "timeout must be a number of seconds > 0 (e.g. timeout=5.0), an httpx.Timeout "
            f"(e.g. httpx.Timeout(30.0, connect=5.0)) or None for no limit, not {_shown(value)}"
        )
    return httpx.Timeout(check_seconds(value, "timeout"))


def check_max_retries(value: object) -> int:
    """``max_retries=``: an int >= 0 (0 disables retries)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0 (0 disables retries), not {_shown(value)}")
    return value


def _shown(value: object) -> str:
    """A value for an error message: its type, and its repr when short and harmless."""
    kind = type(value).__name__
    if isinstance(value, (bool, int, float)) or (isinstance(value, str) and len(value) <= 20):
        return f"{kind} {value!r}"
    return kind


def check_headers(value: object) -> dict[str, str]:
    """``headers=``: a mapping of str to str, with no CR, LF or NUL (header injection)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            f"headers must be a mapping of str to str (e.g. {{'X-Request-Source': 'billing'}}), "
            f"not {type(value).__name__}"
        )
    headers: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise ConfigurationError(
                f"headers must map str to str; got {type(name).__name__} -> {type(text).__name__}"
            )
        if not name or any(c in name for c in "\r\n\0: \t"):
            raise ConfigurationError(f"header name {name[:40]!r} is not a valid HTTP header name")
        if any(c in text for c in "\r\n\0"):
            # The value is not quoted: it may hold a credential.
            raise ConfigurationError(f"the value of header {name[:40]!r} contains CR, LF or NUL")
        headers[name] = text
    return headers
