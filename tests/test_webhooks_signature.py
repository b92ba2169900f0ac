"""``verify_webhook_signature`` and ``sinch_provisioning.testing.sign_webhook``.

Base64(HMAC-SHA256(secret, body + "." + nonce + "." + timestamp)): a known-answer
vector, computed once with the scheme written out, pins the signer; requests are
then signed with ``sign_webhook``, and tampering with any signed part, the
algorithm, the freshness or the header set must be rejected.
"""

from __future__ import annotations

import base64
import hmac
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sinch_provisioning import webhooks
from sinch_provisioning._errors import ConfigurationError
from sinch_provisioning.testing import sign_webhook
from sinch_provisioning.webhooks import InvalidWebhookSignatureError, verify_webhook_signature

SECRET = "made-up-webhook-secret"
NOW = 1_750_000_000
NONCE = "01JZ9N0NCE"
BODY = b'{"type":"WHATSAPP_SENDER_ACTIVE","payload":{"id":"s-1"}}'
NAMES = (
    "x-sinch-webhook-signature",
    "x-sinch-webhook-signature-nonce",
    "x-sinch-webhook-signature-timestamp",
    "x-sinch-webhook-signature-algorithm",
)


# Base64(HMAC-SHA256(SECRET, BODY + b"." + NONCE + b"." + str(NOW))), computed with hmac by hand.
KNOWN_SIGNATURE = "eG1Ugz+Ez/5TSTBJgQWZId5Hke2KH66bEo2/dLq8AJ8="


def sign(body: bytes, nonce: str, timestamp: str, secret: str = SECRET) -> str:
    """The signature alone, for any timestamp text (``sign_webhook`` insists on Unix seconds)."""
    return webhooks._signature(secret.encode(), body, nonce.encode(), timestamp.encode()).decode()


def signed_headers(
    body: bytes = BODY, *, nonce: str = NONCE, timestamp: int = NOW, secret: str = SECRET
) -> dict[str, str]:
    return sign_webhook(body, secret, timestamp=timestamp, nonce=nonce) | {"content-type": "application/json"}


def test_sign_webhook_gives_the_known_answer() -> None:
    assert sign_webhook(BODY, SECRET, timestamp=NOW, nonce=NONCE) == {
        "x-sinch-webhook-signature": KNOWN_SIGNATURE,
        "x-sinch-webhook-signature-nonce": NONCE,
        "x-sinch-webhook-signature-timestamp": str(NOW),
        "x-sinch-webhook-signature-algorithm": "HmacSHA256",
    }
    same = sign_webhook(BODY.decode(), SECRET.encode(), timestamp=NOW, nonce=NONCE)
    assert same["x-sinch-webhook-signature"] == KNOWN_SIGNATURE


def test_sign_webhook_defaults_to_a_fresh_random_nonce_and_the_current_time() -> None:
    first, second = sign_webhook(BODY, SECRET), sign_webhook(BODY, SECRET)
    assert first["x-sinch-webhook-signature-nonce"] != second["x-sinch-webhook-signature-nonce"]
    verify_webhook_signature(SECRET, first, BODY)  # the system clock on both sides


@pytest.mark.parametrize(
    "kwargs",
    [{"timestamp": -1}, {"timestamp": 1.5}, {"timestamp": True}, {"nonce": "a\nb"}, {"nonce": "a\rb"}],
    ids=["negative", "float", "bool", "newline-nonce", "cr-nonce"],
)
def test_sign_webhook_refuses_what_cannot_be_a_header(kwargs: Any) -> None:
    with pytest.raises(ValueError):
        sign_webhook(BODY, SECRET, **kwargs)


def test_sign_webhook_refuses_an_empty_secret() -> None:
    with pytest.raises(ConfigurationError):
        sign_webhook(BODY, "")


def rejected(headers: Any, body: bytes = BODY, **kwargs: Any) -> InvalidWebhookSignatureError:
    with pytest.raises(InvalidWebhookSignatureError) as caught:
        verify_webhook_signature(SECRET, headers, body, now=kwargs.pop("now", NOW), **kwargs)
    return caught.value


def test_a_signed_request_is_accepted() -> None:
    assert verify_webhook_signature(SECRET, signed_headers(), BODY, now=NOW) is None


def test_secret_may_be_bytes() -> None:
    verify_webhook_signature(SECRET.encode(), signed_headers(), BODY, now=NOW)


@pytest.mark.parametrize(
    "form",
    [
        lambda h: h,
        lambda h: [(k.encode(), v.encode()) for k, v in h.items()],  # ASGI scope["headers"]
        lambda h: list(h.items()),
        lambda h: httpx.Headers(h),
    ],
    ids=["dict", "bytes-pairs", "str-pairs", "httpx.Headers"],
)
def test_header_containers(form: Any) -> None:
    verify_webhook_signature(SECRET, form(signed_headers()), BODY, now=NOW)


def test_header_names_are_case_insensitive() -> None:
    headers = signed_headers()
    shouted = {name.upper() if i % 2 else name.title(): v for i, (name, v) in enumerate(headers.items())}
    assert not set(shouted) & set(NAMES)
    verify_webhook_signature(SECRET, shouted, BODY, now=NOW)


@pytest.mark.parametrize(
    "body",
    [BODY + b" ", BODY[:-1], BODY.replace(b"s-1", b"s-2"), b"", BODY.replace(b":", b": ")],
    ids=["appended", "truncated", "changed", "empty", "reserialised"],
)
def test_a_tampered_body_is_rejected(body: bytes) -> None:
    assert "signature does not match" in rejected(signed_headers(), body).reason


@pytest.mark.parametrize("nonce", [NONCE + "x", NONCE.lower(), "", NONCE[1:]])
def test_a_tampered_nonce_is_rejected(nonce: str) -> None:
    headers = signed_headers()
    headers["x-sinch-webhook-signature-nonce"] = nonce
    assert "signature does not match" in rejected(headers).reason


@pytest.mark.parametrize("delta", [1, -1, 60])
def test_a_tampered_timestamp_is_rejected(delta: int) -> None:
    headers = signed_headers()
    headers["x-sinch-webhook-signature-timestamp"] = str(NOW + delta)  # still fresh: the MAC must catch it
    assert "signature does not match" in rejected(headers).reason


@pytest.mark.parametrize("algorithm", ["HmacSHA1", "HmacSHA512", "hmacsha256", "HMACSHA256", "", "none"])
def test_another_algorithm_is_rejected(algorithm: str) -> None:
    headers = signed_headers()
    headers["x-sinch-webhook-signature-algorithm"] = algorithm
    assert "algorithm" in rejected(headers).reason


def test_another_secret_is_rejected() -> None:
    rejected(signed_headers(secret=SECRET + "!"))


def test_a_tampered_signature_is_rejected() -> None:
    headers = signed_headers()
    raw = bytearray(base64.b64decode(headers["x-sinch-webhook-signature"]))
    raw[0] ^= 1
    headers["x-sinch-webhook-signature"] = base64.b64encode(bytes(raw)).decode()
    rejected(headers)


@pytest.mark.parametrize("age", [301, -301, 10_000, -NOW + 1])
def test_a_stale_or_future_timestamp_is_rejected(age: int) -> None:
    headers = signed_headers(timestamp=NOW - age)  # correctly signed, only the clock disagrees
    assert "from now" in rejected(headers).reason


@pytest.mark.parametrize("age", [0, 300, -300])
def test_timestamps_within_the_tolerance_are_accepted(age: int) -> None:
    verify_webhook_signature(SECRET, signed_headers(timestamp=NOW - age), BODY, now=NOW)


def test_the_tolerance_is_configurable_and_the_clock_injected() -> None:
    headers = signed_headers(timestamp=NOW - 30)
    verify_webhook_signature(SECRET, headers, BODY, now=NOW, tolerance=30)
    rejected(headers, now=NOW, tolerance=29)
    rejected(headers, now=NOW + 3600)


@pytest.mark.parametrize("timestamp", ["1.75e9", "+1750000000", "1750000000.0", "0x683", "١٢٣", "", "-5"])
def test_a_timestamp_that_is_not_unix_seconds_is_rejected(timestamp: str) -> None:
    headers = signed_headers()
    headers["x-sinch-webhook-signature-timestamp"] = timestamp
    headers["x-sinch-webhook-signature"] = sign(BODY, NONCE, timestamp)
    assert "Unix seconds" in rejected(headers).reason


@pytest.mark.parametrize("name", NAMES)
def test_a_missing_header_is_rejected(name: str) -> None:
    headers = signed_headers()
    del headers[name]
    assert rejected(headers).reason == f"the {name} header is missing"


@pytest.mark.parametrize("name", NAMES)
def test_a_repeated_header_is_rejected_even_with_the_same_value(name: str) -> None:
    pairs = list(signed_headers().items())
    pairs.append((name.upper(), dict(pairs)[name]))
    assert rejected(pairs).reason == f"the {name} header is repeated"
    assert rejected(httpx.Headers(pairs)).reason == f"the {name} header is repeated"


def test_two_spellings_of_one_header_in_a_dict_are_a_repetition() -> None:
    headers: dict[str, str] = signed_headers()
    headers["X-Sinch-Webhook-Signature-Nonce"] = NONCE
    assert "repeated" in rejected(headers).reason


def test_the_signature_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []
    original = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(webhooks.hmac, "compare_digest", spy)
    headers = signed_headers()
    verify_webhook_signature(SECRET, headers, BODY, now=NOW)
    headers["x-sinch-webhook-signature"] = sign(BODY + b"!", NONCE, str(NOW))
    rejected(headers)
    expected = sign(BODY, NONCE, str(NOW)).encode()
    assert [expected in pair for pair in calls] == [True, True]


def test_errors_never_show_the_secret_or_the_signature() -> None:
    headers = signed_headers()
    good = headers["x-sinch-webhook-signature"]
    headers["x-sinch-webhook-signature"] = sign(BODY, NONCE, str(NOW), secret="other")
    error = rejected(headers)
    for text in (str(error), repr(error), error.reason):
        assert SECRET not in text and good not in text and headers["x-sinch-webhook-signature"] not in text


def test_an_empty_secret_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="empty"):
        verify_webhook_signature("", signed_headers(), BODY, now=NOW)


def test_errors_share_the_sdk_base_class() -> None:
    from sinch_provisioning._errors import ProvisioningError

    assert issubclass(InvalidWebhookSignatureError, ProvisioningError)
    assert issubclass(InvalidWebhookSignatureError, ValueError)


# --- property tests -------------------------------------------------------------------------

header_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
header_bytes = st.binary(max_size=40)
header_names = st.sampled_from(NAMES).map(lambda n: n.upper()) | st.sampled_from(NAMES) | header_text


@given(
    body=st.binary(max_size=200),
    pairs=st.lists(st.tuples(header_names, header_text), max_size=8)
    | st.lists(st.tuples(header_names.map(lambda n: n.encode()), header_bytes), max_size=8),
    now=st.integers(min_value=0, max_value=2**40),
)
def test_random_headers_and_bodies_only_raise_the_typed_error(body: bytes, pairs: Any, now: int) -> None:
    try:
        verify_webhook_signature(SECRET, pairs, body, now=now)
    except InvalidWebhookSignatureError:
        pass


@given(
    body=st.binary(max_size=200),
    values=st.tuples(header_bytes, header_bytes, header_bytes, header_bytes),
)
def test_random_values_of_all_four_headers_only_raise_the_typed_error(
    body: bytes, values: tuple[bytes, ...]
) -> None:
    pairs = [(name.encode(), value) for name, value in zip(NAMES, values, strict=True)]
    try:
        verify_webhook_signature(SECRET, pairs, body, now=NOW)
    except InvalidWebhookSignatureError:
        pass


@given(
    body=st.binary(max_size=300),
    nonce=st.text(  # any text a header can carry
        alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\r\n\x00"), max_size=30
    ),
    age=st.integers(min_value=-300, max_value=300),
)
def test_any_correctly_signed_body_is_accepted_and_any_flipped_bit_is_not(
    body: bytes, nonce: str, age: int
) -> None:
    headers = signed_headers(body, nonce=nonce, timestamp=NOW - age)
    verify_webhook_signature(SECRET, headers, body, now=NOW)
    if body:
        flipped = bytes([body[0] ^ 1]) + body[1:]
        rejected(headers, flipped)
