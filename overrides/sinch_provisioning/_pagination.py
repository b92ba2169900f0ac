"""Auto-pagination: turn a token-paged list operation into an async iterator of items.

The API pages with ``pageToken``/``pageSize`` and answers with ``nextPageToken``.
The generated ``iter_<operation>`` methods (``api/<tag>/__init__.py``) call
:func:`paginate` with three small functions: fetch one page, read its items,
read its next token. Pages are fetched lazily, as the iteration needs them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from typing import TypeVar

from ._errors import ProvisioningError
from .types import UNSET, Unset

__all__ = ["PaginationError", "paginate"]

P = TypeVar("P")
T = TypeVar("T")


class PaginationError(ProvisioningError):
    """The server sent a page token it had already sent: following it would loop forever."""

    def __init__(self, operation: str, token: str, pages: int) -> None:
        self.operation = operation
        self.token = token
        self.pages = pages
        super().__init__(
            f"{operation}: the server repeated the page token {token!r} after {pages} page(s); "
            "stopping instead of looping"
        )


async def paginate(
    fetch: Callable[[str | Unset], Awaitable[P]],
    items: Callable[[P], Iterable[T] | Unset | None],
    next_token: Callable[[P], str | Unset | None],
    *,
    operation: str,
) -> AsyncIterator[T]:
    """Yield every item of every page, starting from the first.

    Stops when a page's next token is empty or absent. Raises
    :class:`PaginationError` when a token repeats, since the server would
    answer with pages already seen.
    """
    seen: set[str] = set()
    token: str | Unset = UNSET
    pages = 0
    while True:
        page = await fetch(token)
        pages += 1
        page_items = items(page)
        if page_items:
            for item in page_items:
                yield item
        following = next_token(page)
        if not isinstance(following, str) or not following:
            return
        if following in seen:
            raise PaginationError(operation, following, pages)
        seen.add(following)
        token = following
