"""What stands in front of Gradio's login when ``workbench serve`` has WORKBENCH_AUTH users (issue 11).

Gradio (6.31) checks the password and sets the session cookie, and most of its routes ask for that
cookie, but an outside tester found two holes. Nothing slows a guesser down: 50 wrong passwords took
0.73 s, and the right one still worked after them. And some routes answer without a login:
``/gradio_api/cancel``, ``/gradio_api/reset``, the stream and heartbeat routes, FastAPI's own
``/openapi.json``, and the login page itself, which embeds the whole API description.

``LoginGuard`` is an ASGI middleware that ``launch`` hands to Gradio through ``app_kwargs``, so
Gradio still does the login and the cookie. It does three things:

- ``POST /login`` goes through ``LoginThrottle``. Too many failures for one (user, address) pair, or
  from one address whatever the user names, and the answer is 429 with the wait, even for the right
  password. Gradio's reply decides how an attempt counts: 400 is a failure, 200 clears the pair.
- Without a session, only what the login page needs gets through (``PUBLIC_PATHS``,
  ``PUBLIC_PREFIXES``). Everything else gets 401. So a route added by a newer Gradio stays closed
  until someone lists it here.
- The login page is served without the API description. It also gets a short script, because
  Gradio's login form shows "incorrect credentials" on a 400 and nothing at all on any other status.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workbench.asgi import read_body, replay

LOGIN_PATHS = frozenset({"/login", "/login/"})
# What the login page loads before anyone has logged in (traced in Chromium, gradio 6.31); /logout,
# which only clears cookies; and startup-events, which Gradio's launch calls once before it returns
# (later calls do nothing).
PUBLIC_PATHS = LOGIN_PATHS | {
    "/",
    "/logout",
    "/favicon.ico",
    "/theme.css",
    "/gradio_api/theme.css",
    "/manifest.json",
    "/robots.txt",
    "/gradio_api/startup-events",
}
PUBLIC_PREFIXES = ("/assets/", "/static/", "/svelte/", "/pwa_icon")
LOGIN_BODY_LIMIT = 64 * 1024  # a user name and a password; anything bigger is not a login
USER_KEY_CHARS = 256  # the throttle keeps this much of a user name, so huge names cannot fill memory


class LoginThrottle:
    """Failed logins in a sliding window, per (user, address) pair and per address. In memory, thread-safe.

    An attempt that is still running counts as a failure until it ends. Otherwise many attempts
    sent at once would all pass the check before the first of them failed.
    """

    def __init__(
        self,
        per_user: int = 5,
        per_address: int = 20,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_user = per_user
        self.per_address = per_address
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[tuple[str, ...], deque[float]] = {}
        self._running: Counter[tuple[str, ...]] = Counter()
        self._last_sweep = clock()

    def begin(self, user: str, address: str) -> float:
        """Start an attempt. Returns 0 if it may go ahead (then call ``end``), or else the seconds to wait."""
        with self._lock:
            now = self._clock()
            self._sweep(now)
            pair, addr = _keys(user, address)
            wait = max(self._wait(pair, self.per_user, now), self._wait(addr, self.per_address, now))
            if wait == 0:
                self._running.update((pair, addr))
            return wait

    def end(self, user: str, address: str, succeeded: bool | None) -> None:
        """Record how an attempt from ``begin`` ended: right password, wrong one, or neither (a bad form)."""
        with self._lock:
            now = self._clock()
            pair, addr = _keys(user, address)
            for key in (pair, addr):
                self._running[key] -= 1
                if self._running[key] <= 0:
                    del self._running[key]
                if succeeded is False:
                    self._failures.setdefault(key, deque()).append(now)
            if succeeded:
                self._failures.pop(pair, None)  # not the address's failures: one known login must not reset those

    def _wait(self, key: tuple[str, ...], limit: int, now: float) -> float:
        failures = self._recent(key, now)
        room = limit - self._running[key]
        if len(failures) < room:
            return 0.0
        if room <= 0:
            return 1.0  # attempts that are still running fill the limit. They end in a moment.
        return failures[-room] + self.window - now  # > 0: older failures were dropped by _recent

    def _recent(self, key: tuple[str, ...], now: float) -> deque[float]:
        failures = self._failures.get(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if not failures:
            self._failures.pop(key, None)
        return failures

    def _sweep(self, now: float) -> None:
        """Forget expired failures of every key, at most once a window, so memory stays bounded."""
        if now - self._last_sweep < self.window:
            return
        self._last_sweep = now
        for key in list(self._failures):
            self._recent(key, now)


def _keys(user: str, address: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The throttle's keys of an attempt: its (user, address) pair, and its address."""
    return ("pair", user[:USER_KEY_CHARS], address), ("address", address)


def retry_message(wait: float) -> str:
    return f"too many failed logins; try again in {math.ceil(wait)} s"


def session_user(app: Any, connection: HTTPConnection) -> str | None:
    """The user logged in with this request's Gradio session cookie, or None.

    This is the only place that uses Gradio's private session table. In gradio 6.31 its
    ``get_current_user`` route reads ``App.tokens`` with the cookie ``access-token-{App.cookie_id}``
    (or the ``-unsecure-`` one, sent over plain HTTP), and this does the same. If a future Gradio
    renames these, everybody counts as logged out, so the change is seen at once rather than
    leaving routes open.
    """
    tokens, cookie_id = getattr(app, "tokens", None), getattr(app, "cookie_id", None)
    if not isinstance(tokens, dict) or not cookie_id:
        return None
    cookies = connection.cookies
    token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
    return tokens.get(token) if token else None


# gradio 6.31's frontend/index.html; toorjson escapes "<" inside the JSON, so the first ";</script>" ends it
_API_INFO = re.compile(rb"(<script>window\.gradio_api_info = ).*?(;</script>)", re.DOTALL)
_NO_API_INFO = rb'\1{"named_endpoints": {}, "unnamed_endpoints": {}}\2'
# Gradio's login form (gradio 6.31) POSTs to ./login and shows a message only when the reply is a 400.
LOGIN_PAGE_SCRIPT = b"""<script>
(() => {
  const show = (text) => {
    let box = document.getElementById('wb-login-throttled');
    if (!text) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement('p');
      box.id = 'wb-login-throttled';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'color:var(--error-text-color,#b91c1c);font-weight:600;margin:8px 0;';
      const heading = document.querySelector('h2');
      if (heading) heading.after(box); else document.body.prepend(box);
    }
    box.textContent = text;
  };
  const fetchFirst = window.fetch;
  window.fetch = async (...args) => {
    const response = await fetchFirst(...args);
    const url = new URL(String(args[0] && args[0].url || args[0]), location.href);
    if (/\\/login\\/?$/.test(url.pathname)) {
      if (response.status === 429) {
        response.clone().json().then((b) => show(b.detail), () => show('too many failed logins'));
      }
      else show('');
    }
    return response;
  };
})();
</script>
"""


def login_page(html: bytes) -> bytes:
    """The page Gradio serves before login, without the API description and with the 429 message script."""
    html = _API_INFO.sub(_NO_API_INFO, html, count=1)
    return html.replace(b"</head>", LOGIN_PAGE_SCRIPT + b"</head>", 1)


def _route_path(scope: Scope) -> str:
    path, root = scope.get("path", "/"), scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    return path or "/"


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


class LoginGuard:
    """ASGI middleware: throttles ``POST /login`` and answers 401 to anything else not logged in, but the login page."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle) -> None:
        self.app = app
        self.throttle = throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path = _route_path(scope)
        if scope["type"] == "http" and scope["method"] == "POST" and path in LOGIN_PATHS:
            await self._login(scope, receive, send)
        elif session_user(scope.get("app"), HTTPConnection(scope)) is not None:
            await self.app(scope, receive, send)
        elif scope["type"] == "http" and scope["method"] == "GET" and path == "/":
            await self.app(scope, receive, _rewriting_body(send, login_page))
        elif scope["type"] == "http" and is_public(path):
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # before accept: the client gets a 403
        else:
            await JSONResponse({"detail": {"error": "Not authenticated"}}, status_code=401)(scope, receive, send)

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await read_body(receive, LOGIN_BODY_LIMIT)
        if body is None:
            await JSONResponse({"detail": "login form too large"}, status_code=413)(scope, receive, send)
            return
        try:
            form = await Request(scope, replay(body, receive)).form()
            user = str(form.get("username") or "").strip()  # Gradio strips it too
            await form.close()
        except (HTTPException, ValueError):  # a body the form parser rejects: Gradio would reject it as well
            await JSONResponse({"detail": "malformed login form"}, status_code=400)(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "unknown"
        wait = self.throttle.begin(user, address)
        if wait:
            headers = {"Retry-After": str(math.ceil(wait))}
            await JSONResponse({"detail": retry_message(wait)}, status_code=429, headers=headers)(scope, receive, send)
            return
        status: int | None = None

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, replay(body, receive), watch)
        finally:
            self.throttle.end(user, address, {200: True, 400: False}.get(status or 0))


def guard(per_user: int, per_address: int, window: float) -> Middleware:
    """The middleware for ``launch(app_kwargs={"middleware": [...]})``."""
    return Middleware(LoginGuard, throttle=LoginThrottle(per_user, per_address, window))


def _rewriting_body(send: Send, rewrite: Callable[[bytes], bytes]) -> Send:
    """A ``send`` that holds the response back until its body is complete, then sends ``rewrite(body)``."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def rewriting(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body" and start is not None:
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = rewrite(b"".join(chunks))
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
        else:
            await send(message)

    return rewriting
