"""Path parameters that stay exactly one segment of their route.

Ids often come from end users. ``quote(x, safe="")`` keeps ``/`` inside the
segment but leaves ``.`` and ``..`` alone, and URL resolution then treats them
as dot segments: ``delete_webhook(webhook_id="..")`` would delete on the
*project* route. So every generated ``_get_kwargs`` builds its path through
:func:`path_segment`, which refuses what cannot be one segment before any I/O
(no token request either) and percent-encodes everything else.
"""

from __future__ import annotations

from urllib.parse import quote

from ._errors import InvalidPathParameterError

__all__ = ["path_segment"]

#: Values that are no segment at all, or a dot segment that URL resolution removes.
_REFUSED = ("", ".", "..")


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as one path segment; :class:`InvalidPathParameterError` if it cannot be one.

    Only ``str`` is accepted (a ``str`` enum member counts: its value is used);
    ``None``, numbers and other objects are refused rather than turned into
    ``"None"`` or a ``repr``. Every character outside the unreserved set is
    encoded, ``/`` and ``%`` included, so ``"%2E%2E"`` is sent as ``%252E%252E``.
    """
    if not isinstance(value, str) or value in _REFUSED:
        raise InvalidPathParameterError(name, value)
    return quote(value, safe="")
