"""Async-first SDK for the Sinch Provisioning API, with a blocking twin (``SyncProvisioningClient``).

The package is assembled from two roots: ``overrides/`` (hand-written, this
file) and ``generated/`` (``make generate``). Installed wheels merge them into
one folder; a source checkout keeps them apart and ``__path__`` below joins them.
"""

import os as _os
from typing import TYPE_CHECKING as _TYPE_CHECKING


def _source_generated() -> "str | None":
    """``<repo>/generated/sinch_provisioning`` when this file is ``<repo>/overrides/sinch_provisioning``.

    Only a source checkout has it; an installed wheel is one merged folder. The
    path is absolute and derived from this file, never from ``sys.path`` (whose
    ``''`` entry is whatever the working directory holds).
    """
    here = _os.path.dirname(_os.path.abspath(__file__))
    overrides = _os.path.dirname(here)
    if _os.path.basename(overrides) != "overrides":
        return None
    generated = _os.path.join(_os.path.dirname(overrides), "generated", __name__)
    return generated if _os.path.isdir(generated) else None


_generated = _source_generated()
if _generated is not None and _generated not in __path__:
    __path__.append(_generated)
del _generated

# Kept light: the client and the errors, never endpoint modules or models.
from ._auth import BasicAuth, BearerToken, OAuth2ClientCredentials
from ._checks import InvalidBodyError
from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ProvisioningClient
from ._e164 import is_e164, normalize_e164, validate_e164
from ._enums import is_unknown_enum
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    FailedDependencyError,
    InternalServerError,
    InvalidE164Error,
    InvalidPathParameterError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    ProvisioningError,
    RateLimitError,
    ResponseValidationError,
)
from ._logging import enable_body_logging
from ._pagination import PaginationError
from ._public import expose as _expose
from ._retry import RetryTransport, SyncRetryTransport
from ._servers import DEFAULT_TOKEN_URL, Server
from ._sync_client import SyncProvisioningClient

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOKEN_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerToken",
    "ConfigurationError",
    "ConflictError",
    "FailedDependencyError",
    "InternalServerError",
    "InvalidBodyError",
    "InvalidE164Error",
    "InvalidPathParameterError",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PaginationError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "ProvisioningClient",
    "ProvisioningError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryTransport",
    "Server",
    "SyncProvisioningClient",
    "SyncRetryTransport",
    "enable_body_logging",
    "is_e164",
    "is_unknown_enum",
    "normalize_e164",
    "validate_e164",
]

_expose(__name__, __all__, globals())

if _TYPE_CHECKING:
    __version__: str
else:

    def __getattr__(name: str) -> str:
        # Lazy: reading package metadata costs milliseconds, and most imports never ask.
        if name == "__version__":
            from ._version import version

            value = globals()["__version__"] = version(_source_generated() is not None)
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
