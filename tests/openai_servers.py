"""Real OpenAI-compatible HTTP servers for tests and benchmarks: llama-cpp-python's own, and a scripted one.

``LlamaServer`` runs ``python -m workbench.llm.serve`` (llama_cpp.server, the ``[server]`` extra) on a
GGUF file and a free port of 127.0.0.1; ``start()`` returns once ``/v1/models`` answers, ``kill()``
and ``freeze()`` make it vanish or hang mid-run, ``start()`` again brings it back on the same port.

``ScriptedServer`` is a ``http.server`` on a free port whose answers to ``POST .../chat/completions``
come from a function of the request (a status, headers and a JSON body), and which records each
request with its arrival time and how many were in flight: for what llama.cpp cannot be made to do
on demand (HTTP 429 with Retry-After, a server that rejects a response_format).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """``python -m workbench.llm.serve`` (llama_cpp.server) on ``model`` at http://127.0.0.1:<port>/v1, while kept.

    With ``binary`` (a path to llama.cpp's own ``llama-server``) that server runs instead, with
    ``parallel`` slots of ``n_ctx`` tokens each, decoded together (continuous batching).
    """

    def __init__(
        self,
        model: Path,
        alias: str = "qwen2.5-0.5b",
        threads: int = 2,
        n_ctx: int = 4096,
        port: int | None = None,
        binary: str | None = None,
        parallel: int = 1,
    ):
        self.model, self.alias, self.threads, self.n_ctx = Path(model), alias, threads, n_ctx
        self.binary, self.parallel = binary, parallel
        self.port = port or free_port()
        self.log_path = Path(tempfile.mkstemp(prefix="llama-server-", suffix=".log")[1])
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def name(self) -> str:
        return f"llama-server --parallel {self.parallel}" if self.binary else "llama_cpp.server"

    def command(self) -> list[str]:
        if self.binary:
            return [
                self.binary,
                "--model",
                str(self.model),
                "--alias",
                self.alias,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--threads",
                str(self.threads),
                "--ctx-size",
                str(self.n_ctx * self.parallel),  # shared by the slots
                "--parallel",
                str(self.parallel),
            ]
        return [
            sys.executable,
            "-m",
            "workbench.llm.serve",
            "--model",
            str(self.model),
            "--model_alias",
            self.alias,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_threads",
            str(self.threads),
            "--n_threads_batch",
            str(self.threads),
            "--n_ctx",
            str(self.n_ctx),
        ]

    def start(self, timeout_s: float = 180.0) -> LlamaServer:
        command = self.command()
        # A short OpenMP spin, as workbench/__init__.py sets in-process: long busy-waiting on a shared
        # 2-core machine made generation many times slower.
        env = {"GOMP_SPINCOUNT": "500"} | os.environ
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        self._wait_until_up(timeout_s)
        return self

    def _wait_until_up(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.log()}")
            # llama-server answers /v1/models while it is still loading the model; /health says when it is ready
            ready = f"http://127.0.0.1:{self.port}/health" if self.binary else f"{self.base_url}/models"
            try:
                with urllib.request.urlopen(ready, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.name} was not ready within {timeout_s:g} s:\n{self.log()}")

    def log(self, tail: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-tail:] if self.log_path.exists() else ""

    def kill(self) -> None:
        """Gone at once, as after a crash: connections are refused from now on."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def freeze(self) -> None:
        """Alive but silent (SIGSTOP): connections are accepted and never answered."""
        if self.process is not None:
            self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.thaw()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)

    def close(self) -> None:
        self.stop()
        self.log_path.unlink(missing_ok=True)


# --- a scripted server ---------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


@dataclass
class Seen:
    """One request as the server received it."""

    at: float
    body: dict[str, Any]
    in_flight: int
    headers: dict[str, str]


def completion(content: str = "", tool_call: tuple[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """An OpenAI chat completion whose message is ``content``, or a call of tool ``(name, arguments)``."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_call is not None:
        name, arguments = tool_call
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": name, "arguments": json.dumps(arguments)}}
            ],
        }
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "scripted",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, {"error": {"message": message, "type": "scripted", "code": status}}, headers or {})


class ScriptedServer:
    """A real HTTP server on 127.0.0.1 whose chat completions are ``answer(request_body, n)`` (n counts from 0)."""

    def __init__(self, answer: Callable[[dict[str, Any], int], Reply]):
        self.answer = answer
        self.seen: list[Seen] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    n = len(server.seen)
                    server._in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server._in_flight)
                    server.seen.append(
                        Seen(time.monotonic(), body, server._in_flight, {k.lower(): v for k, v in self.headers.items()})
                    )
                try:
                    reply = server.answer(body, n)
                    if reply.delay_s:
                        time.sleep(reply.delay_s)
                    data = json.dumps(reply.body).encode()
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                finally:
                    with server._lock:
                        server._in_flight -= 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
