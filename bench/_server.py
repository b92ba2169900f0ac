"""A small HTTP/1.1 keep-alive server on 127.0.0.1 answering the API's JSON shapes.

It runs in its own process (``python -m bench._server``) so it shares neither
the event loop nor the GIL with the client under test. It prints its port on
stdout, serves until its stdin closes, and counts what it answered: ``GET
/_stats`` returns the counts, ``POST /_reset`` zeroes them, and ``POST
/_config?expires_in=N`` sets the lifetime of the tokens ``POST /oauth2/token``
hands out. Responses are pre-rendered bytes, so the server costs little per
request and the client dominates the measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx

__all__ = ["Server", "running_server"]

_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    (
        "GET",
        re.compile(r"^/v1/projects/[^/]+/rcs/senders/[^/]+/testNumbers/[^/]+/capabilities$"),
        "capabilities",
    ),
    ("GET", re.compile(r"^/v1/projects/[^/]+/webhooks$"), "webhooks"),
    ("GET", re.compile(r"^/v1/projects/[^/]+/rcs/senders$"), "senders"),
]


def _response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


class _State:
    def __init__(self, payloads: dict[str, bytes]) -> None:
        self.rendered = {name: _response("200 OK", body) for name, body in payloads.items()}
        self.not_found = _response("404 Not Found", b'{"error":{"code":404,"message":"no such route"}}')
        self.counts: Counter[str] = Counter()
        self.expires_in = 3600
        self.token_serial = 0

    def answer(self, method: str, target: str, headers: dict[str, str]) -> bytes:
        url = urlsplit(target)
        path = url.path
        if method == "POST" and path == "/oauth2/token":
            self.counts["token"] += 1
            self.token_serial += 1
            body = {"access_token": f"tok-{self.token_serial}", "expires_in": self.expires_in}
            return _response("200 OK", json.dumps({**body, "token_type": "Bearer"}).encode())
        if path == "/_stats":
            return _response("200 OK", json.dumps(self.counts).encode())
        if method == "POST" and path == "/_reset":
            self.counts.clear()
            return _response("200 OK", b"{}")
        if method == "POST" and path == "/_config":
            self.expires_in = int(parse_qs(url.query)["expires_in"][0])
            return _response("200 OK", b"{}")
        for want, pattern, name in _ROUTES:
            if method == want and pattern.match(path):
                self.counts["api"] += 1
                if headers.get("authorization", "").startswith("Bearer "):
                    self.counts["bearer"] += 1
                return self.rendered[name]
        self.counts["not_found"] += 1
        return self.not_found


class _Connection(asyncio.Protocol):
    """Parses pipelined HTTP/1.1 requests (Content-Length bodies only) off one connection."""

    def __init__(self, state: _State) -> None:
        self.state = state
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.state.counts["connections"] += 1

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            lines = self.buffer[:end].decode("latin-1").split("\r\n")
            headers = {}
            for line in lines[1:]:
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = lines[0].split(" ", 2)
            assert self.transport is not None
            self.transport.write(self.state.answer(method, target, headers))
            if headers.get("connection", "").lower() == "close":
                self.transport.close()
                return


async def _serve(payloads: dict[str, bytes]) -> None:
    state = _State(payloads)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(state), "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench._server")
    parser.add_argument("--list-items", type=int, default=20, help="senders in the list response")
    args = parser.parse_args(argv)
    from ._payloads import server_payloads  # the models are imported here, not in the client process

    asyncio.run(_serve(server_payloads(args.list_items)))


class Server:
    """Handle on a running server process: its base URL and its counters."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.token_url = base_url + "/oauth2/token"
        self._http = httpx.Client(base_url=base_url)

    def stats(self) -> Counter[str]:
        return Counter(self._http.get("/_stats").json())

    def reset(self) -> None:
        self._http.post("/_reset").raise_for_status()

    def set_token_lifetime(self, seconds: int) -> None:
        self._http.post("/_config", params={"expires_in": seconds}).raise_for_status()

    def close(self) -> None:
        self._http.close()


@contextlib.contextmanager
def running_server(list_items: int = 20) -> Iterator[Server]:
    """Start the server process on a free loopback port; stop it on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench._server", "--list-items", str(list_items)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    server: Server | None = None
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.strip():
            raise RuntimeError(f"benchmark server did not start (exit {proc.wait(5)})")
        server = Server(f"http://127.0.0.1:{int(line)}")
        yield server
    finally:
        if server is not None:
            server.close()
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    main()
