"""Who may call the HTTP API: API tokens for programs, checked before a request touches anything.

``WORKBENCH_API_TOKENS`` holds ``name:token`` pairs (a review posted with a named token is that
name's) or bare tokens, comma-separated. A request under ``/api`` sends one as ``Authorization:
Bearer <token>``. ``ApiGuard``, an ASGI middleware in front of every route, decides before the
body is read:

- tokens set: a request without a valid token gets 401 and nothing else happens, from 127.0.0.1
  too. Tokens are compared with ``hmac.compare_digest``, against every token (no early exit);
- no tokens and a local bind (127.0.0.1, localhost, ::1): the API is open, as the UI is;
- no tokens and any other bind: the API is closed (401 saying to set WORKBENCH_API_TOKENS), the same
  rule as the UI's ``check_bind``, which refuses such a bind without logins.

The OpenAPI description and its page (``/api/docs``) describe routes and hold no data: they are
public. A body larger than the upload limit (WORKBENCH_MAX_FILE_MB, plus room for the multipart
envelope) gets 413 before it is parsed, whether it says its length or not.

Tokens are never logged or put in a message: an error names the token's name or its position.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Receive, Scope, Send

from workbench.asgi import read_body, replay

MIN_TOKEN_CHARS = 16
PUBLIC_PATHS = frozenset({"/api/docs", "/api/openapi.json", "/api/docs/oauth2-redirect"})
USER_KEY = "workbench.api_user"  # the scope key where the guard leaves the caller (an ApiUser)
ENVELOPE_BYTES = 64 * 1024  # multipart boundaries and headers around an upload


class ApiConfigError(ValueError):
    """WORKBENCH_API_TOKENS cannot be used; the message says why, without the token."""


@dataclass(frozen=True)
class ApiToken:
    name: str | None
    secret: bytes = field(repr=False)


@dataclass(frozen=True)
class ApiUser:
    """Who made a request: the token's name (None for a bare token or an open API), and whether a token was sent."""

    name: str | None = None
    token: bool = False


def parse_tokens(spec: str | None) -> list[ApiToken]:
    """``"cms:TOKEN1,bot:TOKEN2"`` or ``"TOKEN1,TOKEN2"`` -> the tokens; a colon separates a name."""
    tokens = []
    for n, item in enumerate((spec or "").split(","), start=1):
        item = item.strip()
        if not item:
            continue
        name, sep, secret = item.partition(":")
        name, secret = (name.strip(), secret.strip()) if sep else (None, item)
        where = f"the token named '{name}'" if name else f"token {n}"
        if sep and not name:
            raise ApiConfigError(f"WORKBENCH_API_TOKENS: {where} has a colon but no name before it (name:token)")
        if len(secret) < MIN_TOKEN_CHARS:
            raise ApiConfigError(
                f"WORKBENCH_API_TOKENS: {where} is shorter than {MIN_TOKEN_CHARS} characters; "
                "use a random one, e.g. `python -c 'import secrets; print(secrets.token_urlsafe(24))'`"
            )
        tokens.append(ApiToken(name, secret.encode("utf-8")))
    return tokens


@dataclass(frozen=True)
class ApiAccess:
    """The API's rule: ``tokens`` required when there are any; else open only when ``open`` (a local bind)."""

    tokens: tuple[ApiToken, ...] = ()
    open: bool = True

    @classmethod
    def of(cls, tokens: list[ApiToken], local_bind: bool) -> ApiAccess:
        return cls(tuple(tokens), open=local_bind and not tokens)

    def caller(self, authorization: str | None) -> ApiUser | str:
        """Who sends this ``Authorization`` header, or why they may not call the API."""
        if not self.tokens:
            if self.open:
                return ApiUser()
            return (
                "the API is closed: the server listens on a non-local address and WORKBENCH_API_TOKENS is not set. "
                "Set it (name:token pairs) and send Authorization: Bearer <token>"
            )
        scheme, _, sent = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not sent.strip():
            return "this API needs a token: send Authorization: Bearer <token> (one of WORKBENCH_API_TOKENS)"
        sent_bytes = sent.strip().encode("utf-8")
        found = None
        for token in self.tokens:  # every token is compared, so the time taken does not tell which one was close
            if hmac.compare_digest(sent_bytes, token.secret) and found is None:
                found = token
        if found is None:
            return "wrong API token: send Authorization: Bearer <token> with one of WORKBENCH_API_TOKENS"
        return ApiUser(found.name, token=True)


def is_api_path(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


class ApiGuard:
    """ASGI middleware: under /api, the caller must pass ``ApiAccess``, and a body must fit the upload limit
    (``max_file_mb``) and its multipart envelope."""

    def __init__(self, app: ASGIApp, access: ApiAccess, max_file_mb: float) -> None:
        self.app = app
        self.access = access
        self.max_file_mb = max_file_mb
        self.body_limit = int(max_file_mb * 1024 * 1024) + ENVELOPE_BYTES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] not in ("http", "websocket") or not is_api_path(path) or path in PUBLIC_PATHS:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        caller = self.access.caller(headers.get("authorization"))
        if isinstance(caller, str):
            await _answer(send, 401, caller, {"www-authenticate": "Bearer"})
            return
        scope[USER_KEY] = caller
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.body_limit:
            await _answer(send, 413, self._too_large())
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await read_body(receive, self.body_limit)
            if body is None:
                await _answer(send, 413, self._too_large())
                return
            receive = replay(body, receive)
        await self.app(scope, receive, send)

    def _too_large(self) -> str:
        return f"the request body is over the {self.max_file_mb:g} MB limit (WORKBENCH_MAX_FILE_MB)"


async def _answer(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
