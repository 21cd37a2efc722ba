"""What the browser benchmarks share: a free port on 127.0.0.1, and waiting for a server to answer."""

from __future__ import annotations

import socket
import time
import urllib.request

# Headless Debian chromium for the browser benchmarks: no sandbox (root in a container), no GPU, no updates.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, timeout_s: float = 120.0) -> None:
    """Return once ``url`` answers; raise if it has not within ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout_s:g} s")
