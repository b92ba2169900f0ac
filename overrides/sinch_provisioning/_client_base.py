"""What both clients have in common beyond their settings: properties, ``with_options``, repr.

Each client (async, blocking) subclasses :class:`ClientBase` and adds only its
I/O: the httpx client it sends with, its ``close``/``aclose`` and context manager.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from ._config import NOT_GIVEN, ClientConfig, NotGiven, Pool
from ._settings import check_max_retries, check_timeout

__all__ = ["ClientBase"]

_C = TypeVar("_C", bound="ClientBase")


class ClientBase:
    """Settings, the shared pool and the copy rules of a client bound to one project."""

    _pool: Pool[Any, Any]

    def _init_base(self, config: ClientConfig, pool: Pool[Any, Any]) -> None:
        self._project_id = config.project_id
        self._base_url = config.base_url
        self._headers = config.headers
        self._raise_on_unexpected_status = config.raise_on_unexpected_status
        self._timeout = config.timeout
        self._max_retries = config.max_retries
        self._pool = pool
        self._owner = True

    def _build_http(self) -> None:
        """Build ``self._http``, the httpx client this (copy of a) client sends with."""
        raise NotImplementedError

    def _http_settings(self) -> dict[str, Any]:
        """The arguments of ``self._http`` both clients share; each adds the transport borrowing the pool."""
        return {
            "base_url": self._base_url,
            "auth": self._pool.auth,
            "timeout": self._timeout,
            "headers": self._headers,
            "trust_env": False,
            "follow_redirects": False,
            "max_retries": self._max_retries,
        }

    @property
    def project_id(self) -> str:
        """The project every call is made for."""
        return self._project_id

    @property
    def raise_on_unexpected_status(self) -> bool:
        return self._raise_on_unexpected_status

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def auth(self) -> httpx.Auth:
        return self._pool.auth

    def with_options(
        self: _C,
        *,
        timeout: httpx.Timeout | float | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> _C:
        """A copy with another timeout and/or retry budget, sharing this client's pool and token.

        ``client.with_options(timeout=5, max_retries=0).webhooks.list_webhooks()``.
        Closing the copy does not close the pool; closing the original does.
        """
        if max_retries is not None:
            check_max_retries(max_retries)
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._owner = False
        copy._timeout = self._timeout if isinstance(timeout, NotGiven) else check_timeout(timeout)
        copy._max_retries = self._max_retries if max_retries is None else max_retries
        copy._build_http()
        return copy

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_id={self._project_id!r}, server={self._base_url!r}, "
            f"auth={self._pool.auth!r})"
        )
