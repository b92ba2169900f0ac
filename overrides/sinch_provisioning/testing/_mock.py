"""``MockProvisioningAPI``: the whole API in process, as an ``httpx`` transport, for users' tests.

Pass it as ``transport=`` to :class:`~sinch_provisioning.ProvisioningClient`.
Every request is routed to its operation by method and route and validated the
way Prism validates (unknown route 404, wrong method 405, missing or ill-typed
parameters and body fields 400 in the API's error shape, naming the field).
Valid requests get the documented 2xx answer, built from the schemas with
realistic values; list operations page. Answers can be scripted per operation
(:meth:`MockProvisioningAPI.on`, :meth:`MockProvisioningAPI.fail`) and every
request is recorded (:attr:`MockProvisioningAPI.calls`). The OAuth2 token
endpoint is answered too, so the default ``auth="oauth2"`` works unchanged.

Everything comes from the generated ``_operations`` table, so the mock follows
the spec the SDK was generated from.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

import attrs
import httpx

from .._operations import OPERATIONS, SCHEMAS
from ._routes import Router, close_names
from ._schemas import Problem, Schemas
from ._state import WEBHOOK_OPERATIONS, WebhookStore
from ._values import ValueBuilder, ulid

__all__ = ["MockCall", "MockProvisioningAPI"]

#: What a callable answer may return: a ready response, or a JSON body sent with the documented status.
HandlerResult = httpx.Response | Mapping[str, Any] | list[Any] | None
Handler = Callable[["MockCall"], HandlerResult]

_ERROR_CODES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "ALREADY_EXISTS",
    412: "FAILED_PRECONDITION",
    424: "FAILED_DEPENDENCY",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "BAD_GATEWAY",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
_MAX_BODY = 1 << 20  # bytes of a request body the mock parses; more is a 413-like 400
_MISSING: Any = object()


@attrs.frozen
class MockCall:
    """One request the mock received, for assertions.

    ``operation`` is ``"<tag>.<operation>"`` (None when no route matched),
    ``path`` is the URL path, percent-decoded; ``query`` maps each parameter to its
    value (a list for repeated ones),
    ``body`` is the parsed JSON body (None without one), ``status`` what the mock answered
    (0 when it raised an injected transport error).
    """

    operation: str | None
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, str | list[str]]
    body: Any
    status: int = 0
    request: httpx.Request | None = attrs.field(default=None, repr=False, eq=False)


@attrs.frozen
class _Answer:
    status: int | None = None
    json: Any = _MISSING
    headers: Mapping[str, str] | None = None
    handler: Handler | None = None
    error: BaseException | type[BaseException] | None = None


class _Rejected(Exception):
    """A request the API would refuse; becomes an error answer."""

    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields or {}


class MockProvisioningAPI(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """An in-process, spec-aware mock of the Provisioning API (async and sync ``httpx`` transport).

    ``ProvisioningClient("my-project", "key", "secret", transport=MockProvisioningAPI())``.

    - ``require_auth``: answer 401 to API requests without an ``Authorization`` header.
    - ``token_url``: the OAuth2 token URL to answer besides any ``POST .../oauth2/token``.
    - ``list_size`` / ``page_size``: items of every list operation, and the page size
      when the request gives no ``pageSize``.
    - ``validate``: check requests against the spec (404/405/400) before answering.
    """

    def __init__(
        self,
        *,
        require_auth: bool = True,
        token_url: str | None = None,
        list_size: int = 3,
        page_size: int = 2,
        validate: bool = True,
    ) -> None:
        if list_size < 0 or page_size < 1:
            raise ValueError("list_size must be >= 0 and page_size >= 1")
        self.require_auth = require_auth
        self.token_url = token_url
        self.list_size = list_size
        self.page_size = page_size
        self.validate = validate
        self.calls: list[MockCall] = []
        self.token_requests = 0
        self._schemas = Schemas(SCHEMAS)
        self._values = ValueBuilder(self._schemas)
        self._router = Router(OPERATIONS)
        self._queued: dict[str, deque[tuple[_Answer, list[int]]]] = {}
        self._standing: dict[str, _Answer] = {}
        self._lock = threading.RLock()
        self._webhooks = WebhookStore(self._make_webhook, list_size)

    # --- the public surface ----------------------------------------------------------------

    @property
    def operations(self) -> tuple[str, ...]:
        """Every operation name the mock answers, ``"<tag>.<operation>"``."""
        return tuple(OPERATIONS)

    def on(
        self,
        operation: str,
        handler: Handler | None = None,
        *,
        json: Any = _MISSING,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
    ) -> MockProvisioningAPI:
        """Script the answer of ``operation``: a JSON body and/or status, or a callable.

        With ``times=n`` the answer is used for the next ``n`` calls, queued after
        earlier limited answers; without, it stands for every later call
        (replacing the previous standing answer). ``status`` alone (a 4xx/5xx)
        answers the API's error body. ``handler(call)`` returns an
        ``httpx.Response``, or a JSON body sent with the documented status.
        Returns the mock, so calls chain.
        """
        self._check_name(operation)
        if handler is not None and (json is not _MISSING or status is not None):
            raise TypeError("pass a handler or json=/status=, not both")
        if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
            raise ValueError(f"times must be an int >= 1, not {times!r}")
        answer = _Answer(status=status, json=json, headers=headers, handler=handler)
        self._add(operation, answer, times)
        return self

    def fail(
        self,
        operation: str,
        status: int = 503,
        *,
        times: int | None = 1,
        message: str | None = None,
        error: BaseException | type[BaseException] | None = None,
        retry_after: float | None = 0,
    ) -> MockProvisioningAPI:
        """Make the next ``times`` calls of ``operation`` fail (``times=None``: every call).

        By default a ``status`` answer in the API's error shape, with
        ``Retry-After: 0`` so retries in tests do not wait (``retry_after=None``
        leaves the header out). ``error=httpx.ConnectError`` (a class or an
        instance) raises that transport error instead, as a dead network would.
        """
        self._check_name(operation)
        if error is None and not 400 <= status <= 599:
            raise ValueError(f"fail() needs an error status (400-599), not {status}")
        headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
        body = self._error_body(status, message or f"{operation} failed (injected by the mock)")
        answer = _Answer(status=status, json=body, headers=headers, error=error)
        self._add(operation, answer, times)
        return self

    def reset(self) -> None:
        """Forget scripted answers, recorded calls and webhook changes."""
        with self._lock:
            self._queued.clear()
            self._standing.clear()
            self.calls.clear()
            self.token_requests = 0
            self._webhooks = WebhookStore(self._make_webhook, self.list_size)

    def calls_of(self, operation: str) -> list[MockCall]:
        """The recorded calls of one operation."""
        self._check_name(operation)
        return [call for call in self.calls if call.operation == operation]

    def example(self, operation: str) -> Any:
        """The JSON body the mock answers for ``operation`` by default (a fresh copy to edit)."""
        self._check_name(operation)
        return self._default_body(operation, {}, None)

    # --- httpx transport -------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._handle(request)

    def close(self) -> None:
        return None

    async def aclose(self) -> None:
        return None

    def __repr__(self) -> str:
        return f"<MockProvisioningAPI operations={len(OPERATIONS)} calls={len(self.calls)}>"

    # --- scripting -------------------------------------------------------------------------

    def _check_name(self, operation: str) -> None:
        if operation not in OPERATIONS:
            raise ValueError(
                f"unknown operation {operation!r}{close_names(str(operation), list(OPERATIONS))}; "
                "names are '<tag>.<operation>' as in client.<tag>.<operation>()"
            )

    def _add(self, operation: str, answer: _Answer, times: int | None) -> None:
        with self._lock:
            if times is None:
                self._standing[operation] = answer
            else:
                self._queued.setdefault(operation, deque()).append((answer, [times]))

    def _scripted(self, operation: str) -> _Answer | None:
        with self._lock:
            queue = self._queued.get(operation)
            if queue:
                answer, left = queue[0]
                left[0] -= 1
                if left[0] == 0:
                    queue.popleft()
                return answer
            return self._standing.get(operation)

    # --- one request -----------------------------------------------------------------------

    def _handle(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and self._is_token_request(request):
            return self._token(request)
        raw_path = request.url.raw_path.decode("ascii", "replace").split("?", 1)[0]
        query = _query(request)
        match = self._router.match(request.method, raw_path)
        route = match.route
        if route is None:
            self._record(None, request, raw_path, {}, query, None, 404 if not match.allowed else 405)
            if match.allowed:
                names = ", ".join(f"{r.name} ({r.method})" for r in match.allowed)
                return self._error(405, f"{request.method} is not allowed on {raw_path}: use {names}")
            hint = "" if match.closest is None else (
                f"; closest operation: {match.closest.name} ({match.closest.method} {match.closest.template})"
            )  # fmt: skip
            return self._error(404, f"no operation for {request.method} {raw_path}{hint}")
        entry = OPERATIONS[route.name]
        body = None
        try:
            if self.require_auth and "authorization" not in request.headers:
                raise _Rejected(401, "missing Authorization header (OAuth2 bearer token or Basic key)")
            body = self._body(entry, request)
            if self.validate:
                self._check_request(entry, query, body)
        except _Rejected as rejected:
            self._record(route.name, request, raw_path, match.path_params, query, body, rejected.status)
            return self._error(rejected.status, rejected.message, rejected.fields)
        call = MockCall(
            route.name, request.method, unquote(raw_path), match.path_params, query, body, 0, request
        )
        try:
            response = self._answer(call, entry)
        except BaseException:
            with self._lock:
                self.calls.append(call)  # status 0: no answer (an injected transport error)
            raise
        with self._lock:
            self.calls.append(attrs.evolve(call, status=response.status_code))
        return response

    def _record(
        self,
        operation: str | None,
        request: httpx.Request,
        path: str,
        path_params: dict[str, str],
        query: dict[str, str | list[str]],
        body: Any,
        status: int,
    ) -> None:
        with self._lock:
            call = MockCall(
                operation, request.method, unquote(path), path_params, query, body, status, request
            )
            self.calls.append(call)

    def _body(self, entry: Mapping[str, Any], request: httpx.Request) -> Any:
        content = request.content
        if not content:
            if entry["body_required"]:
                raise _Rejected(400, "the request body is required", {"body": ["is required"]})
            return None
        if len(content) > _MAX_BODY:
            raise _Rejected(400, f"the request body is larger than {_MAX_BODY} bytes")
        try:
            return json.loads(content)
        except (ValueError, RecursionError):
            if entry["body"] is None:
                return None  # an operation without a JSON body: whatever was sent is ignored
            raise _Rejected(
                400, "the request body is not valid JSON", {"body": ["is not valid JSON"]}
            ) from None

    def _check_request(self, entry: Mapping[str, Any], query: dict[str, str | list[str]], body: Any) -> None:
        for parameter in entry["query"]:
            name = parameter["name"]
            if name not in query:
                if parameter["required"]:
                    raise _Rejected(400, f"query parameter {name!r} is required", {name: ["is required"]})
                continue
            value = _coerce(self._schemas, query[name], parameter["schema"])
            self._raise_problem(self._schemas.problem(value, parameter["schema"], name), "query parameter")
        if entry["body"] is not None and body is not None:
            try:
                found = self._schemas.problem(body, entry["body"], "")
            except RecursionError:
                found = ("", "is nested too deeply")
            self._raise_problem(found, "body field")

    @staticmethod
    def _raise_problem(found: Problem | None, what: str) -> None:
        if found is None:
            return
        field, message = found
        label = f"{what} {field!r}" if field else "the request body"
        raise _Rejected(400, f"{label} {message}", {field or "body": [message]})

    # --- answers ---------------------------------------------------------------------------

    def _answer(self, call: MockCall, entry: Mapping[str, Any]) -> httpx.Response:
        assert call.operation is not None
        scripted = self._scripted(call.operation)
        if scripted is None:
            return self._default(call, entry)
        if scripted.error is not None:
            error = scripted.error
            if isinstance(error, type) and issubclass(error, httpx.TransportError):
                raise error(f"{call.operation}: injected by the mock", request=call.request)
            raise error if isinstance(error, BaseException) else error()
        if scripted.handler is not None:
            result = scripted.handler(call)
            if isinstance(result, httpx.Response):
                return result
            return _json_response(int(entry["status"]), result, None)
        status = scripted.status if scripted.status is not None else int(entry["status"])
        if scripted.json is not _MISSING:
            return _json_response(status, scripted.json, scripted.headers)
        if status >= 400:
            body = self._error_body(status, f"{call.operation} answered {status} (scripted)")
            return _json_response(status, body, scripted.headers)
        return _json_response(
            status, self._default_body(call.operation, call.path_params, call.body), scripted.headers
        )

    def _default(self, call: MockCall, entry: Mapping[str, Any]) -> httpx.Response:
        assert call.operation is not None
        if call.operation in WEBHOOK_OPERATIONS:
            return self._webhook_answer(call, entry)
        if entry["page"] is not None:
            items = [
                self._values.value(self._item_schema(entry), seed=f"{call.operation}#{i}", index=i)
                for i in range(self.list_size)
            ]
            return self._page(call, entry, items)
        return _json_response(
            int(entry["status"]), self._default_body(call.operation, call.path_params, call.body)
        )

    def _default_body(self, operation: str, context: Mapping[str, str], body: Any) -> Any:
        entry = OPERATIONS[operation]
        if entry["response"] is None:
            return None
        value = self._values.value(entry["response"], seed=operation)
        return self._echo(value, entry["response"], context, body)

    def _echo(self, value: Any, schema: Mapping[str, Any], context: Mapping[str, str], body: Any) -> Any:
        """Copy what the request said (path ids, body fields) into the answer where the schema allows."""
        if not isinstance(value, dict):
            return value
        properties = self._schemas.flatten(schema).get("properties") or {}
        given: dict[str, Any] = dict(context)
        ids = [v for k, v in context.items() if k.endswith("Id") and k != "projectId"]
        if ids and "id" in properties:
            given.setdefault("id", ids[-1])
        if isinstance(body, dict):
            given.update(body)
        for name, new in given.items():
            if name in properties and self._schemas.valid(new, properties[name]):
                value[name] = new
        return value

    def _item_schema(self, entry: Mapping[str, Any]) -> Mapping[str, Any]:
        model = self._schemas.flatten({"$ref": entry["response_models"][0]})
        prop = self._schemas.flatten(model["properties"][entry["page"]["items"]])
        items: Mapping[str, Any] = prop.get("items") or {}
        return items

    def _page(self, call: MockCall, entry: Mapping[str, Any], items: list[Any]) -> httpx.Response:
        """One page of ``items``: ``pageSize`` of them from the offset the ``pageToken`` encodes."""
        assert call.operation is not None
        page = entry["page"]
        raw_size = call.query.get("pageSize")
        size = self.page_size
        if isinstance(raw_size, str):
            size = max(1, int(float(raw_size)))
        raw_token = call.query.get("pageToken")
        # A token the mock did not send (any string is valid for the spec) reads as the first page.
        offset = _decode_token(call.operation, raw_token) if isinstance(raw_token, str) else 0
        offset = offset if 0 <= offset <= len(items) else 0
        chunk = items[offset : offset + size]
        following = offset + len(chunk)
        body = self._values.value(entry["response"], seed=call.operation)
        body = self._echo(body, entry["response"], call.path_params, None)
        body[page["items"]] = chunk
        body[page["token"]] = _encode_token(call.operation, following) if following < len(items) else ""
        if page.get("total"):
            body[page["total"]] = len(items)
        if "pageSize" in (self._schemas.flatten(entry["response"]).get("properties") or {}):
            body["pageSize"] = len(chunk)
        return _json_response(int(entry["status"]), body)

    # --- webhooks (stateful) ---------------------------------------------------------------

    def _make_webhook(self, seed: str, body: Any, base: dict[str, Any] | None) -> dict[str, Any]:
        schema = {"$ref": OPERATIONS["webhooks.get_webhook"]["response_models"][0]}
        value = (
            dict(base) if base is not None else {**self._values.value(schema, seed=seed), "id": ulid(seed)}
        )
        result: dict[str, Any] = self._echo(value, schema, {}, body)
        return result

    def _webhook_answer(self, call: MockCall, entry: Mapping[str, Any]) -> httpx.Response:
        operation, status = call.operation, int(entry["status"])
        project = {"projectId": call.path_params.get("projectId", "")}
        with self._lock:
            if operation == "webhooks.list_webhooks":
                return self._page(call, entry, [{**w, **project} for w in self._webhooks.all()])
            if operation == "webhooks.create_webhook":
                return _json_response(status, {**self._webhooks.create(call.body), **project})
            webhook_id = call.path_params.get("webhookId", "")
            if operation == "webhooks.delete_webhook":
                found: Any = self._webhooks.delete(webhook_id) or None
            elif operation == "webhooks.get_webhook":
                found = self._webhooks.get(webhook_id)
            else:
                patch = operation == "webhooks.update_webhook"
                found = self._webhooks.replace(webhook_id, call.body, patch=patch)
        if found is None:
            return self._error(404, f"webhook {webhook_id!r} not found (it was deleted)")
        return _json_response(status, None if found is True else {**found, **project})

    # --- errors and tokens -----------------------------------------------------------------

    @staticmethod
    def _error_body(status: int, message: str, fields: dict[str, list[str]] | None = None) -> Any:
        """The API's error shape (``*PapiErrorDto``: errorCode, message, resolution, details)."""
        body: dict[str, Any] = {
            "errorCode": _ERROR_CODES.get(status, "UNKNOWN"),
            "message": message,
            "resolution": "Check the request against the API reference." if status < 500 else "Retry later.",
        }
        if fields:
            body["additionalInformation"] = fields
        return body

    def _error(self, status: int, message: str, fields: dict[str, list[str]] | None = None) -> httpx.Response:
        return _json_response(status, self._error_body(status, message, fields))

    def _is_token_request(self, request: httpx.Request) -> bool:
        url = str(request.url).split("?", 1)[0]
        return url == self.token_url or request.url.path.endswith("/oauth2/token")

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.token_requests += 1
            issued = self.token_requests
        form = dict(httpx.QueryParams(request.content.decode("utf-8", "replace")))
        if form.get("grant_type") != "client_credentials":
            return _json_response(400, {"error": "unsupported_grant_type"})
        if "authorization" not in request.headers and "client_id" not in form:
            return _json_response(401, {"error": "invalid_client"})
        token = f"mock-access-token-{issued}"
        return _json_response(200, {"access_token": token, "token_type": "bearer", "expires_in": 3600})


def _json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
    if body is None and status in (204, 304):
        return httpx.Response(status, headers=headers)
    content = json.dumps(body).encode()
    merged = {"Content-Type": "application/json", **(headers or {})}
    return httpx.Response(status, content=content, headers=merged)


def _query(request: httpx.Request) -> dict[str, str | list[str]]:
    result: dict[str, str | list[str]] = {}
    for key in request.url.params:
        values = request.url.params.get_list(key)
        result[key] = values[0] if len(values) == 1 else values
    return result


def _coerce(schemas: Schemas, raw: str | list[str], schema: Mapping[str, Any]) -> Any:
    """A query string value as the JSON type its schema wants (left as is when it does not convert)."""
    flat = schemas.flatten(schema)
    kind = flat.get("type")
    if kind == "array":
        items = flat.get("items") or {}
        return [_coerce(schemas, item, items) for item in ([raw] if isinstance(raw, str) else raw)]
    if isinstance(raw, list):
        raw = raw[-1]
    if kind in ("number", "integer"):
        try:
            number = float(raw)
        except ValueError:
            return raw
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _encode_token(operation: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{operation}:{offset}".encode()).decode().rstrip("=")


def _decode_token(operation: str, token: str) -> int:
    """The offset a token of ``operation`` encodes; -1 for anything else."""
    try:
        text = base64.urlsafe_b64decode(token[:200] + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return -1
    name, _, offset = text.rpartition(":")
    return int(offset) if name == operation and offset.isdigit() and len(offset) < 10 else -1
