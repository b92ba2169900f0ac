"""Async-first SDK for the Sinch Provisioning API.

The package is assembled from two roots: ``overrides/`` (hand-written, this
file) and ``generated/`` (``make generate``). Installed wheels merge them into
one folder; a source checkout keeps them apart and ``extend_path`` joins them.
"""

from pkgutil import extend_path

__path__ = extend_path(__path__, __name__)

# Kept light: the client and the errors, never endpoint modules or models.
from ._auth import BasicAuth, BearerToken, OAuth2ClientCredentials
from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ProvisioningClient
from ._e164 import is_e164, normalize_e164, validate_e164
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
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    ProvisioningError,
    RateLimitError,
    ResponseValidationError,
)
from ._pagination import PaginationError
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
    "InvalidE164Error",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "PaginationError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "ProvisioningClient",
    "ProvisioningError",
    "RateLimitError",
    "ResponseValidationError",
    "Server",
    "is_e164",
    "normalize_e164",
    "validate_e164",
]
