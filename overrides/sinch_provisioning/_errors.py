"""The SDK's exception hierarchy.

Everything the SDK raises on purpose derives from :class:`ProvisioningError`,
so one ``except ProvisioningError`` covers API errors, transport failures,
bad responses and bad input. No message here ever contains a credential:
every message goes through :func:`~._logging.redact_text` (live secrets, secret-named
fields), and building one from a response body looks at a bounded prefix of it
only, so a hostile 10 MB error page costs milliseconds, not seconds.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._logging import (
    SCAN_MARGIN,
    printable,
    redact_body,
    redact_prefix,
    redact_secrets,
    text_preview,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FailedDependencyError",
    "InternalServerError",
    "InvalidE164Error",
    "InvalidPathParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "ProvisioningError",
    "RateLimitError",
    "ResponseValidationError",
    "status_error",
    "transport_error",
]

#: How much of a response body an exception keeps (bodies can be large HTML pages).
BODY_LIMIT = 2048
#: Error bodies up to this size are parsed for ``errorCode``/``message``/...; larger ones are not.
ERROR_PARSE_LIMIT = 1024 * 1024
#: How long an exception message may get (server-provided fields included).
MESSAGE_LIMIT = 2048
#: How much of ``additional_information`` ``str(APIStatusError)`` shows.
INFO_LIMIT = 300


class ProvisioningError(Exception):
    """Base of every error the SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take other constructor arguments than their message: rebuild from the message
        # and the attributes, so errors cross process boundaries (multiprocessing, Celery) intact.
        return (type(self)._restore, (self.args, self.__dict__))

    @classmethod
    def _restore(cls, args: tuple[Any, ...], state: dict[str, Any]) -> ProvisioningError:
        error = cls.__new__(cls)
        Exception.__init__(error, *args)
        error.__dict__.update(state)
        return error


class ConfigurationError(ProvisioningError, ValueError):
    """The client was constructed with missing or unsafe settings."""


class InvalidE164Error(ProvisioningError, ValueError):
    """A phone number is not in E.164 form (``+`` then 2-15 digits, the first 1-9)."""

    def __init__(self, parameter: str, value: object) -> None:
        self.parameter = parameter
        self.value = value
        super().__init__(
            f"{parameter}={value!r} is not an E.164 phone number: expected '+' followed by "
            "2 to 15 ASCII digits, the first one 1-9, e.g. '+12223334444'"
        )


class InvalidPathParameterError(ProvisioningError, ValueError):
    """A path parameter that would not stay one segment of its route (``None``, ``""``, ``"."``, ``".."``)."""

    def __init__(self, parameter: str, value: object) -> None:
        self.parameter = parameter
        self.value = value
        shown = repr(value) if value is None or isinstance(value, str) else type(value).__name__
        super().__init__(
            f"{parameter}={shown[:60]} cannot be a path parameter: expected a str other than "
            "'', '.' and '..' (those would change the route)"
        )


def _truncate(content: bytes) -> str:
    """The first ``BODY_LIMIT`` characters of a body, live secrets replaced."""
    return text_preview(content, BODY_LIMIT)


def _safe_message(text: str) -> str:
    """``text`` redacted and cut at ``MESSAGE_LIMIT`` (only a bounded prefix is scanned)."""
    window = printable(text[: MESSAGE_LIMIT + SCAN_MARGIN])
    return redact_prefix(window, MESSAGE_LIMIT, len(text) > len(window))


def _preview(response: httpx.Response) -> str:
    """The start of the body for a message, secrets redacted (``.body`` keeps the raw text)."""
    return redact_body(response.content, response.headers.get("content-type"), limit=200)


class APIStatusError(ProvisioningError):
    """The API answered with a non-2xx status.

    Carries the status, the API's error body fields and the raw response.
    """

    status_code: int
    error_code: str | None
    message: str | None
    resolution: str | None
    additional_information: dict[str, Any] | None

    def __init__(
        self,
        response: httpx.Response,
        *,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
    ) -> None:
        self.response = response
        self.operation = operation
        self.status_code = response.status_code
        request = response._request  # may be absent for hand-built responses
        self.method = method or (request.method if request is not None else None)
        self.path = path or (request.url.path if request is not None else None)
        self.body = _truncate(response.content)
        fields = _error_fields(response.content)
        self.error_code = _str_or_none(fields.get("errorCode"))
        self.message = _str_or_none(fields.get("message"))
        self.resolution = _str_or_none(fields.get("resolution"))
        info = fields.get("additionalInformation")
        self.additional_information = info if isinstance(info, dict) else None
        super().__init__(_safe_message(self._describe()))

    def _describe(self) -> str:
        head = f"{self.status_code}"
        if self.method and self.path:
            head += f" from {self.method} {self.path}"
        parts = [part for part in (self.error_code, self.message) if part]
        if self.operation:
            head += f" ({self.operation})"
        text = f"{head}: {' - '.join(parts)}" if parts else f"{head}: {_preview(self.response) or 'no body'}"
        if self.resolution:
            text += f" (resolution: {self.resolution})"
        if self.additional_information:
            # Where a 400 lists its per-field problems; compact JSON, cut short (the attribute keeps it all).
            encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
            shown = ""
            for chunk in encoder.iterencode(self.additional_information):
                shown += chunk
                if len(shown) > INFO_LIMIT:
                    shown = shown[:INFO_LIMIT] + "..."
                    break
            text += f" (additional information: {shown})"  # redacted with the whole message
        return text


def _str_or_none(value: object) -> str | None:
    return redact_secrets(value) if isinstance(value, str) else None


def _error_fields(content: bytes) -> dict[str, Any]:
    """The API error body's fields, or ``{}`` for a body that is not a JSON object.

    Never raises: a body too large to be an API error (it is not parsed), deeply
    nested, with out-of-range numbers or not UTF-8 yields ``{}`` and the status
    error is raised all the same.
    """
    if len(content) > ERROR_PARSE_LIMIT:
        return {}
    try:
        data = json.loads(content)
    except (ValueError, RecursionError, MemoryError):  # JSONDecodeError, UnicodeError, int digits
        return {}
    return data if isinstance(data, dict) else {}


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401 from the API, or a failure at the OAuth2 token endpoint."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class PreconditionFailedError(APIStatusError):
    """412."""


class FailedDependencyError(APIStatusError):
    """424."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """Any 5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    424: FailedDependencyError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response,
    *,
    method: str | None = None,
    path: str | None = None,
    operation: str | None = None,
) -> APIStatusError:
    """The typed error for a non-2xx ``response``: one class per documented status, else the base."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(response, method=method, path=path, operation=operation)


class APIConnectionError(ProvisioningError):
    """The request did not get an answer: DNS, connect, TLS or protocol failure."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


def transport_error(exc: httpx.TransportError, request: httpx.Request | None = None) -> APIConnectionError:
    """The SDK error for an httpx transport failure (raise it ``from exc``).

    The message names the method, the host it failed to reach and the path;
    never the query string, credentials in the URL, or headers.
    """
    if request is None:
        try:
            request = exc.request
        except RuntimeError:  # httpx raises when the exception carries no request
            request = None
    where, host = "", ""
    if request is not None:
        url = request.url  # netloc is host[:port] without userinfo; the raw path stays percent-encoded
        path = url.raw_path.split(b"?", 1)[0].decode("ascii", errors="replace")
        where = f" on {request.method} {path}"
        host = f" to {url.scheme}://{url.netloc.decode('ascii', errors='replace')}"
    kind = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request{host} timed out{where} ({kind})", request=request)
    return APIConnectionError(
        f"request{host} failed{where} ({kind}: {_safe_message(str(exc))})", request=request
    )


class ResponseValidationError(ProvisioningError):
    """A response body that does not match what the operation documents.

    Raised for a 2xx body that is not JSON, has the wrong content type, is
    truncated or has the wrong shape, and for a 2xx status the operation does
    not document. ``operation`` is ``"<tag>.<operation>"``; ``body`` holds the
    raw body, truncated to ``BODY_LIMIT`` characters; ``str()`` shows a
    redacted preview only.
    """

    def __init__(self, operation: str, response: httpx.Response, reason: str) -> None:
        self.operation = operation
        self.response = response
        self.status_code = response.status_code
        self.body = _truncate(response.content)
        self.reason = reason
        super().__init__(
            _safe_message(
                f"{operation}: the {response.status_code} response does not match the API description "
                f"({reason}); body: {_preview(response)!r}"
            )
        )
