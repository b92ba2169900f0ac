"""E.164 phone numbers: the check, the explicit normaliser, and the request guard.

The API identifies RCS test numbers by E.164 number, in URL paths and in
request bodies. A malformed number would reach the server (after a token
fetch) only to be rejected, or worse, address the wrong resource. So every
request a :class:`~sinch_provisioning.ProvisioningClient` sends is checked
against a table generated from the spec (``_e164_table``: path parameters and
body fields that carry ``format: e.164 phone number``) *before* any I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

import httpx

from ._errors import InvalidE164Error

__all__ = ["check_request", "is_e164", "normalize_e164", "validate_e164"]

# ``[0-9]`` (not ``\d``) so Unicode digits are refused; fullmatch refuses a trailing newline.
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
# Visual separators people put in numbers; normalize_e164 removes only these.
_SEPARATORS = re.compile(r"[ \t\u00a0\-.()/]")


def is_e164(value: object) -> bool:
    """True when ``value`` is a ``str`` of ``+`` then 2-15 ASCII digits, the first 1-9."""
    return isinstance(value, str) and _E164.fullmatch(value) is not None


def validate_e164(value: object, parameter: str = "phone_number") -> str:
    """Return ``value`` unchanged when it is E.164; raise :class:`InvalidE164Error` otherwise."""
    if not is_e164(value):
        raise InvalidE164Error(parameter, value)
    assert isinstance(value, str)
    return value


def normalize_e164(value: str, parameter: str = "phone_number") -> str:
    """``"+1 (222) 333-4444"`` -> ``"+12223334444"``.

    Removes spaces, dashes, dots, slashes and parentheses, then validates. It
    never guesses a country code or rewrites a leading ``00``: the result must
    already be E.164 once the separators are gone.
    """
    if not isinstance(value, str):
        raise InvalidE164Error(parameter, value)
    return validate_e164(_SEPARATORS.sub("", value.strip()), parameter)


# --- the request guard --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _rules() -> tuple[
    tuple[tuple[str, re.Pattern[str], int, str], ...],
    tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...],
]:
    """Compile the generated table once, on the first request."""
    from . import _e164_table as table  # generated from the spec by `make generate`

    paths = []
    for method, template, name, python_name in table.PATH_PARAMETERS:
        pattern, index = _template_pattern(template, name)
        paths.append((method, pattern, index, python_name))
    bodies = [
        (method, _template_pattern(template, None)[0], field) for method, template, field in table.BODY_FIELDS
    ]
    return tuple(paths), tuple(bodies)


def _template_pattern(template: str, target: str | None) -> tuple[re.Pattern[str], int]:
    """A regex matching the *end* of a raw request path (base URLs may carry a prefix)."""
    parts = re.split(r"(\{[^}]+\})", template)
    regex, group, index = "", 0, 0
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            group += 1
            if part[1:-1] == target:
                index = group
            regex += "([^/?#]*)"
        else:
            regex += re.escape(part)
    return re.compile(regex + r"\Z"), index


def _walk(value: Any, field: tuple[str, ...], trail: str) -> Iterator[tuple[str, Any]]:
    if not field:
        yield trail, value
        return
    head, rest = field[0], field[1:]
    if head == "*":
        if isinstance(value, list):
            for position, item in enumerate(value):
                yield from _walk(item, rest, f"{trail}[{position}]")
    elif isinstance(value, dict) and head in value:
        yield from _walk(value[head], rest, f"{trail}.{head}" if trail else head)


def check_request(request: httpx.Request) -> None:
    """Raise :class:`InvalidE164Error` when ``request`` carries a malformed E.164 number.

    Called before the request is authenticated or sent, so a bad number costs no I/O.
    """
    path_rules, body_rules = _rules()
    method = request.method.upper()
    path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    for rule_method, pattern, index, python_name in path_rules:
        if rule_method == method:
            match = pattern.search(path)
            if match is not None:
                validate_e164(unquote(match.group(index)), python_name)
    for rule_method, pattern, field in body_rules:
        if rule_method == method and pattern.search(path) is not None:
            try:
                body = json.loads(request.content)
            except (ValueError, httpx.RequestNotRead):
                continue  # not a JSON body: nothing this guard can read
            for trail, value in _walk(body, field, ""):
                if value is not None:  # optional fields may be sent as null
                    validate_e164(value, f"body.{trail}")
