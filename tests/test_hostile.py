"""Hostile response bodies: bounded linear work, and every failure a ProvisioningError.

Issue 10, items 2 and 3. No timing is asserted here (speed is in ``bench/hostile.py``):
these tests prove the *structure* -- which patterns may see response text, that
only a bounded prefix of a body is scanned or decoded for a preview, that a
preview never parses a large body -- and that pathological inputs give the
right output and the documented typed error on every path.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI
from hypothesis import given, settings
from hypothesis import strategies as st
from sinch_provisioning import (
    APIStatusError,
    AuthenticationError,
    BearerToken,
    InternalServerError,
    ProvisioningClient,
    ProvisioningError,
    ResponseValidationError,
    _auth,
    _errors,
    _logging,
    _parsing,
    _retry,
    _token,
)
from sinch_provisioning._errors import status_error
from sinch_provisioning._logging import PATTERN_MARGIN, REDACTED, redact_body, redact_text
from sinch_provisioning.api.webhooks import list_webhooks

try:  # the regular-expression parser: re._parser on 3.11+, sre_parse before
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

MB = 1024 * 1024

# --- which patterns may see response text ------------------------------------------------------

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _unbounded_repeats(items: Any, inside_repeat: bool = False) -> Iterator[tuple[int, bool]]:
    """(depth-first) one entry per unbounded repeat: whether it sits inside another repeat."""
    for op, av in items:
        name = str(op)
        if name in _REPEATS:
            _, high, body = av
            if high == sre_parse.MAXREPEAT:
                yield (1, inside_repeat)
            yield from _unbounded_repeats(body, inside_repeat or high > 1)
        elif name == "SUBPATTERN":
            yield from _unbounded_repeats(av[-1], inside_repeat)
        elif name == "BRANCH":
            for branch in av[1]:
                yield from _unbounded_repeats(branch, inside_repeat)


def _leading_unbounded(items: Any) -> bool:
    for op, av in items:
        name = str(op)
        if name == "AT":
            continue  # \b, ^: zero width
        if name in _REPEATS:
            return bool(av[1] == sre_parse.MAXREPEAT)
        if name == "SUBPATTERN":
            return _leading_unbounded(av[-1])
        if name == "BRANCH":
            return any(_leading_unbounded(branch) for branch in av[1])
        return False
    return False


MODULES_SEEING_RESPONSES = (_auth, _errors, _logging, _parsing, _retry, _token)
PATTERNS = [
    pytest.param(value, id=f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    for module in MODULES_SEEING_RESPONSES
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern)
]


def test_there_are_patterns_to_check() -> None:
    assert PATTERNS


@pytest.mark.parametrize("pattern", PATTERNS)
def test_patterns_that_see_response_text_cannot_backtrack(pattern: re.Pattern[str]) -> None:
    """At most one unbounded repeat, never nested, never first: a search stays linear.

    (The quadratic ``[\\w-]*secret[\\w-]*`` and ``\\b[\\w-]*...`` patterns of old fail this.)
    """
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    repeats = list(_unbounded_repeats(list(parsed)))
    assert len(repeats) <= 1, f"{pattern.pattern!r}: {len(repeats)} unbounded repeats"
    assert not any(nested for _, nested in repeats), f"{pattern.pattern!r}: nested unbounded repeat"
    assert not _leading_unbounded(list(parsed)), f"{pattern.pattern!r} starts with an unbounded repeat"


# --- pathological texts through every scan -----------------------------------------------------

PATHOLOGICAL = {
    "word-dash": "a-" * 20_000,
    "stems": "token" * 8_000,
    "stem-words": "secret_" * 6_000,
    "unterminated-quote": '"access_token": "' + "x" * 40_000,
    "many-pairs": "token=" * 7_000,
    "bearer-blanks": ("Bearer" + " " * 17) * 2_000,
    "escapes": '"client_secret": "' + "\\" * 40_001,
    "long-key": "x" * 100 + "token: value",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text_is_redacted_correctly(name: str) -> None:
    text = PATHOLOGICAL[name]
    out = redact_text(text)
    if name in {"word-dash", "stems", "stem-words", "long-key"}:
        assert out == text  # nothing there is a key: value pair
    elif name == "many-pairs":
        assert out == "token=" + REDACTED  # one plain value runs to the end
    elif name == "bearer-blanks":
        assert out == text  # no credential follows
    else:  # an unterminated or escape-filled secret value is redacted to the end
        assert out.endswith(f'"{REDACTED}"')
        assert "x" not in out and "\\\\" not in out


def test_a_key_value_pair_after_pathological_text_is_still_found() -> None:
    text = "a-" * 5_000 + " client_secret=cs-VALUE " + "token" * 100 + ' "refresh_token": "rt-VALUE"'
    out = redact_text(text)
    assert "cs-VALUE" not in out and "rt-VALUE" not in out
    assert out.startswith("a-a-")


def test_page_cursors_are_not_secrets() -> None:
    body = {
        "nextPageToken": "cursor-NEXT",
        "pageToken": "cursor-THIS",
        "previousPageToken": "cursor-PREV",
        "access_token": "at-VALUE",
        "refresh_token": "rt-VALUE",
        "client_secret": "cs-VALUE",
        "accessToken": "at2-VALUE",
    }
    for text in (
        redact_body(json.dumps(body).encode(), "application/json"),
        redact_text(json.dumps(body)),  # the fallback for truncated / non-JSON bodies
        redact_text("nextPageToken=cursor-NEXT&access_token=at-VALUE&pageToken=cursor-THIS"),
    ):
        assert "cursor-NEXT" in text and "cursor-THIS" in text
        assert "at-VALUE" not in text and "rt-VALUE" not in text and "cs-VALUE" not in text
        assert "at2-VALUE" not in text or "accessToken" not in text


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_error_previews_show_the_page_cursor(content_type: str) -> None:
    body = json.dumps({"nextPageToken": "cursor-42", "webhooks": 3, "access_token": "at-1"}).encode()
    for error in (
        status_error(_response(400, body, content_type)),
        ResponseValidationError("webhooks.list_webhooks", _response(200, body, content_type), "shape"),
    ):
        assert "cursor-42" in str(error)
        assert "at-1" not in str(error)


# --- bounded prefixes, no whole-body parse -----------------------------------------------------


class _Spy:
    """Records the size of every text the redactor scans and every body json.loads parses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.scanned: list[int] = []
        self.parsed: list[int] = []
        real_redact, real_loads = _logging.redact_text, json.loads

        def redact(text: str, secrets: Any = ()) -> str:
            self.scanned.append(len(text))
            return real_redact(text, secrets)

        def loads(data: Any, *args: Any, **kwargs: Any) -> Any:
            self.parsed.append(len(data))
            return real_loads(data, *args, **kwargs)

        fake_json = types.SimpleNamespace(**{**vars(json), "loads": loads})
        for module in (_logging, _errors):
            monkeypatch.setattr(module, "redact_text", redact, raising=False)
            monkeypatch.setattr(module, "json", fake_json)


def _response(status: int, content: bytes, content_type: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=content,
        headers={"content-type": content_type},
        request=httpx.Request("GET", "https://api.example.test/v1/projects/p/webhooks"),
    )


HUGE_BODIES = {
    "html": (b"<p>" + b"a-" * (5 * MB), "text/html"),
    "json-object": (b'{"message": "' + b"token=" * (2 * MB) + b'"}', "application/json"),
    "json-deep": (b"[" * (3 * MB), "application/json"),
}


@pytest.mark.parametrize("name", sorted(HUGE_BODIES))
def test_a_huge_error_body_is_previewed_from_a_bounded_prefix(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    content, content_type = HUGE_BODIES[name]
    spy = _Spy(monkeypatch)
    error = status_error(_response(502, content, content_type))
    assert isinstance(error, InternalServerError)
    bound = _errors.MESSAGE_LIMIT + PATTERN_MARGIN
    assert spy.scanned and max(spy.scanned) <= bound, "scanned more than a bounded prefix"
    assert all(size <= _errors.ERROR_PARSE_LIMIT for size in spy.parsed), "parsed a huge body"
    assert len(str(error)) <= _errors.MESSAGE_LIMIT + 3
    assert len(error.body) <= _errors.BODY_LIMIT + 3


def test_a_huge_2xx_body_of_the_wrong_shape_is_not_parsed_again_for_its_preview(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = json.dumps({"webhooks": "not a list", "pad": "x" * (3 * MB)}).encode()
    spy = _Spy(monkeypatch)
    error = ResponseValidationError(
        "webhooks.list_webhooks", _response(200, content, "application/json"), "x"
    )
    assert spy.parsed == [], "the preview parsed the whole body"
    assert len(str(error)) <= _errors.MESSAGE_LIMIT + 3


async def test_a_secret_straddling_the_preview_cut_is_not_shown_in_part() -> None:
    secret = "tok-STRADDLE-0123456789abcdef"
    content = ("x" * 195 + secret + "y" * 5000).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, content=content, headers={"content-type": "text/plain"})

    async with ProvisioningClient(
        PROJECT, server=BASE_URL, auth=BearerToken(secret), transport=httpx.MockTransport(handler)
    ) as client:
        with pytest.raises(InternalServerError) as caught:
            await list_webhooks.asyncio(PROJECT, client=client)
    assert "tok-S" not in str(caught.value)  # the preview is cut at 200 characters
    assert secret not in caught.value.body


# --- every failure is a ProvisioningError ------------------------------------------------------

HOSTILE_JSON = {
    "deep-array": b"[" * 100_000 + b"]" * 100_000,
    "deep-object": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "huge-float": b'{"totalSize": 1e400, "pageSize": 1, "webhooks": []}',
    "huge-int": b'{"totalSize": ' + b"9" * 5_000 + b', "pageSize": 1, "webhooks": []}',
    "nan": b'{"totalSize": NaN, "pageSize": 1, "webhooks": []}',
    "infinity": b'{"totalSize": -Infinity, "pageSize": 1, "webhooks": []}',
    "bad-utf8": b'{"message": "\xff\xfe\x80"}',
    "lone-surrogate": b'{"message": "\\ud800", "x": "\xed\xa0\x80"}',
}


class _Minimal:
    def __init__(self, status: int, content: bytes) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(status, content=content, headers={"content-type": "application/json"})

        self.http = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(handler))
        self.raise_on_unexpected_status = True

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.http


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
async def test_hostile_2xx_bodies_are_response_validation_errors(name: str) -> None:
    client = _Minimal(200, HOSTILE_JSON[name])
    if name == "huge-float":  # valid JSON; a float out of range reads as infinity, no crash
        result = await list_webhooks.asyncio(PROJECT, client=client)  # type: ignore[arg-type]
        assert result is not None
        return
    with pytest.raises(ResponseValidationError) as caught:
        await list_webhooks.asyncio(PROJECT, client=client)  # type: ignore[arg-type]
    assert "list_webhooks" in str(caught.value)


@pytest.mark.parametrize("status", [400, 401, 404, 503])
@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
async def test_hostile_error_bodies_still_raise_the_status_error(name: str, status: int) -> None:
    client = _Minimal(status, HOSTILE_JSON[name])
    with pytest.raises(APIStatusError) as caught:
        await list_webhooks.asyncio(PROJECT, client=client)  # type: ignore[arg-type]
    assert caught.value.status_code == status
    detailed = await list_webhooks.asyncio_detailed(PROJECT, client=client)  # type: ignore[arg-type]
    assert detailed.status_code == status


def _token_client(fake: FakeAPI) -> ProvisioningClient:
    return ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, transport=fake.transport
    )


@pytest.mark.parametrize("status", [200, 400, 401, 500])
@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
async def test_hostile_token_endpoint_bodies_are_typed_errors(name: str, status: int) -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(
        status, content=HOSTILE_JSON[name], headers={"content-type": "application/json"}
    )
    async with _token_client(fake) as client:
        with pytest.raises(ProvisioningError) as caught:
            await client.get_async_httpx_client().get("/v1/x")
    expected = InternalServerError if status == 500 else AuthenticationError
    assert type(caught.value) is expected
    assert caught.value.status_code == status
    assert "token endpoint" in str(caught.value)


@pytest.mark.parametrize(
    "expires_in",
    [b"1e400", b"9" * 400, b"9" * 5_000, b"NaN", b"Infinity", b"-Infinity", b"-1e400", b'"\xff"'],
)
async def test_hostile_expires_in_never_escapes_as_a_raw_exception(expires_in: bytes) -> None:
    fake = FakeAPI()
    fake.token_failure = httpx.Response(
        200, content=b'{"access_token": "tok-H", "token_type": "bearer", "expires_in": ' + expires_in + b"}"
    )
    async with _token_client(fake) as client:
        try:
            response = await client.get_async_httpx_client().get("/v1/x")
        except AuthenticationError as error:
            assert "tok-H" not in str(error)
        else:  # absurdly long lifetimes are capped, not refused
            assert response.status_code == 200
            assert expires_in in (b"1e400", b"9" * 400, b"Infinity")


# --- a live secret never shows, wherever the cut falls --------------------------------------------

_FILLER = st.text(alphabet="жщ€😀 <>=:\"'-", max_size=3_000)


@settings(max_examples=150, deadline=None)
@given(before=_FILLER, after=_FILLER, limit=st.sampled_from([0, 1, 50, 200, 2048]))
def test_a_registered_secret_never_shows_in_part(before: str, after: str, limit: int) -> None:
    secret = "Zq9" + "Xb7" * 700  # 2,103 characters, none of them in the filler
    owner = BearerToken(secret)
    _logging.register_secrets(owner, [secret])
    content = (before + secret + after).encode()
    for text in (
        redact_body(content, "text/plain", limit=limit),
        redact_body(content, "application/json", limit=limit),
        _logging.text_preview(content, limit),
    ):
        assert "Zq9" not in text and "Xb7Xb7" not in text


def test_a_credential_partly_replaced_as_a_live_secret_is_still_redacted_whole() -> None:
    # A live token that is a prefix of another credential must not leave the rest of it visible.
    class Owner:
        pass

    owner = Owner()
    _logging.register_secrets(owner, ["tok_live_9f8e"])
    try:
        text = _logging.redact_text("upstream said: Bearer tok_live_9f8e-SECRET-4, retry later")
    finally:
        _logging.register_secrets(owner, [])
    assert "SECRET" not in text
    assert text == "upstream said: Bearer [REDACTED], retry later"


def test_very_short_secrets_do_not_garble_text_and_real_ones_are_replaced() -> None:
    class Owner:
        pass

    owner = Owner()
    _logging.register_secrets(owner, ["s", "ab", "s3cr"])
    try:
        text = _logging.redact_text("webhooks.list_webhooks: s3cr was echoed, ab and s stay")
    finally:
        _logging.register_secrets(owner, [])
    assert text == "webhooks.list_webhooks: [REDACTED] was echoed, ab and s stay"
