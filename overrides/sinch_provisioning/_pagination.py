"""Auto-pagination: turn a token-paged list operation into an iterator of items (async or blocking).

The API pages with ``pageToken``/``pageSize`` and answers with ``nextPageToken``.
The generated ``iter_<operation>`` methods (``api/<tag>/_resource.py``) call
:func:`paginate` (async resources) or :func:`paginate_sync` (``Sync*Resource``)
with three small functions: fetch one page, read its items, read its next
token. Pages are fetched lazily, as the iteration needs them.

Every decision -- which token to send next, when to stop, when the server is
looping -- is made by one sans-I/O :class:`PageCursor`; the two drivers only
fetch, so both clients page the same way.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TypeVar

from ._errors import ProvisioningError
from .types import UNSET, Unset

__all__ = ["PageCursor", "PaginationError", "paginate", "paginate_sync"]

P = TypeVar("P")
T = TypeVar("T")

#: How many of the latest tokens a cursor remembers exactly (as hashes, not the tokens).
RECENT_TOKENS = 1024
#: How much of a repeated token the error message quotes.
TOKEN_PREVIEW = 40


def _preview(token: str) -> str:
    if len(token) <= TOKEN_PREVIEW:
        return repr(token)
    return f"{token[:TOKEN_PREVIEW]!r}... ({len(token)} characters)"


class PaginationError(ProvisioningError):
    """The server sent a page token it had already sent: following it would loop forever.

    ``token`` is the repeated token; the message quotes at most its first
    characters, since a hostile server picks its length.
    """

    def __init__(self, operation: str, token: str, pages: int) -> None:
        self.operation = operation
        self.token = token
        self.pages = pages
        super().__init__(
            f"{operation}: the server repeated the page token {_preview(token)} after {pages} page(s); "
            "stopping instead of looping"
        )


class PageCursor:
    """Where a paginated iteration stands: the token to send next, and whether to go on.

    Sans-I/O, so :func:`paginate` and :func:`paginate_sync` share it. Memory
    stays bounded whatever the server sends: the cursor keeps salted hashes
    (not the tokens) of the last :data:`RECENT_TOKENS` tokens, so a repeat
    among them is caught on the spot, plus one checkpoint moved at pages 1, 2,
    4, 8, ... (Brent's cycle detection), so a longer loop is still caught
    within two turns of it.
    """

    __slots__ = ("_checkpoint", "_next_checkpoint", "_order", "_recent", "operation", "pages", "token")

    def __init__(self, operation: str) -> None:
        self.operation = operation
        #: The token to send for the next page (``UNSET`` for the first page).
        self.token: str | Unset = UNSET
        #: Pages read so far.
        self.pages = 0
        self._recent: set[int] = set()
        self._order: deque[int] = deque()
        self._checkpoint: int | None = None
        self._next_checkpoint = 1

    def advance(self, following: str | Unset | None) -> bool:
        """Record the next token of the page just read; ``True`` when another page should be fetched.

        An empty or absent token ends the iteration. Raises
        :class:`PaginationError` when the token was seen before.
        """
        self.pages += 1
        if not isinstance(following, str) or not following:
            return False
        digest = hash(following)
        if digest in self._recent or digest == self._checkpoint:
            raise PaginationError(self.operation, following, self.pages)
        self._recent.add(digest)
        self._order.append(digest)
        if len(self._order) > RECENT_TOKENS:
            self._recent.discard(self._order.popleft())
        if self.pages >= self._next_checkpoint:
            self._checkpoint = digest
            self._next_checkpoint *= 2
        self.token = following
        return True


async def paginate(
    fetch: Callable[[str | Unset], Awaitable[P]],
    items: Callable[[P], Iterable[T] | Unset | None],
    next_token: Callable[[P], str | Unset | None],
    *,
    operation: str,
) -> AsyncIterator[T]:
    """Yield every item of every page, starting from the first (see :class:`PageCursor`)."""
    cursor = PageCursor(operation)
    while True:
        page = await fetch(cursor.token)
        page_items = items(page)
        if page_items:
            for item in page_items:
                yield item
        if not cursor.advance(next_token(page)):
            return


def paginate_sync(
    fetch: Callable[[str | Unset], P],
    items: Callable[[P], Iterable[T] | Unset | None],
    next_token: Callable[[P], str | Unset | None],
    *,
    operation: str,
) -> Iterator[T]:
    """The blocking twin of :func:`paginate`: the same cursor, a plain iterator."""
    cursor = PageCursor(operation)
    while True:
        page = fetch(cursor.token)
        page_items = items(page)
        if page_items:
            yield from page_items
        if not cursor.advance(next_token(page)):
            return
