"""What every generated endpoint module calls to send a request and read its answer.

Kept in one hand-written module so the generated code stays short and every
operation fails the same way: transport failures become
:class:`APIConnectionError` / :class:`APITimeoutError`, a body that does not
match the description becomes :class:`ResponseValidationError` naming the
operation -- never a bare ``KeyError``/``TypeError``/``ValueError``.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any, Protocol, cast

import httpx

from ._errors import ResponseValidationError, transport_error

__all__ = ["http_status", "invalid_response", "json_body", "send", "send_sync", "undocumented_status"]


class _AsyncSender(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


class _SyncSender(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...


async def send(client: _AsyncSender, kwargs: dict[str, Any]) -> httpx.Response:
    """``client.get_async_httpx_client().request(**kwargs)``, transport errors as SDK errors.

    The retry transport already raises SDK errors; this covers clients built
    without it (a plain ``httpx.AsyncClient``).
    """
    try:
        return await client.get_async_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise transport_error(exc) from exc


def send_sync(client: _SyncSender, kwargs: dict[str, Any]) -> httpx.Response:
    """The blocking twin of :func:`send`."""
    try:
        return client.get_httpx_client().request(**kwargs)
    except httpx.TransportError as exc:
        raise transport_error(exc) from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


# NaN and Infinity are Python extensions, not JSON: a body carrying them is refused.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body; ``ValueError`` for another content type or a body that is not JSON.

    A missing ``Content-Type`` is accepted (the body decides); a declared
    non-JSON type (an HTML error page from a proxy) is not. ``NaN`` and
    ``Infinity`` are refused. Hostile bodies raise ``ValueError`` (bad JSON,
    bad UTF-8, an integer over Python's digit limit) or ``RecursionError``
    (deep nesting); generated code turns either into ResponseValidationError.
    """
    content_type = response.headers.get("content-type")
    if content_type:
        media = content_type.split(";", 1)[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ValueError(f"content type {media!r} is not JSON")
    content = response.content
    return _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"the body is not valid JSON: {exc.msg} at character {exc.pos}"
    if isinstance(exc, UnicodeError):
        return "the body is not UTF-8 text"
    if isinstance(exc, KeyError):
        return f"required field {exc.args[0]!r} is missing" if exc.args else "a required field is missing"
    if isinstance(exc, RecursionError):
        return "the body is nested too deeply"
    if isinstance(exc, MemoryError):
        return "the body is too large to decode"
    if isinstance(exc, OverflowError):
        return "a number in the body is out of range"
    text = str(exc)
    text = text if len(text) <= 200 else text[:200] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def invalid_response(operation: str, response: httpx.Response, exc: BaseException) -> ResponseValidationError:
    """The error for a body generated code could not parse (raise it ``from exc``)."""
    return ResponseValidationError(operation, response, _reason(exc))


def undocumented_status(operation: str, response: httpx.Response) -> ResponseValidationError:
    """The error for a 2xx status the operation does not document (the body's meaning is unknown)."""
    return ResponseValidationError(
        operation, response, f"status {response.status_code} is not documented for this operation"
    )


def http_status(code: int) -> HTTPStatus:
    """``HTTPStatus(code)``, or the plain int for a code the enum lacks (a CDN's 520).

    ``Response.status_code`` is typed ``HTTPStatus``; an int compares the same.
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return cast(HTTPStatus, code)
