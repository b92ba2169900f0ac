"""Async-first SDK for the Sinch Provisioning API.

The package is assembled from two roots: ``overrides/`` (hand-written, this
file) and ``generated/`` (``make generate``). Installed wheels merge them into
one folder; a source checkout keeps them apart and ``__path__`` below joins them.
"""

import os as _os
import sys as _sys

# pkgutil.extend_path, without importing pkgutil (~10 ms of cold start): every
# ``sinch_provisioning`` folder on sys.path is part of this package.
__path__ = [
    *__path__,
    *(
        folder
        for folder in (_os.path.join(entry, __name__) for entry in _sys.path if isinstance(entry, str))
        if _os.path.isdir(folder) and folder not in __path__
    ),
]
del _os, _sys

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
from ._retry import RetryTransport
from ._servers import DEFAULT_TOKEN_URL, Server

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
    "enable_body_logging",
    "is_e164",
    "is_unknown_enum",
    "normalize_e164",
    "validate_e164",
]
