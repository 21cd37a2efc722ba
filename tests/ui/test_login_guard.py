"""Login throttling and the routes closed without a login, against the real app over HTTP (issue 11).

One server with WORKBENCH_AUTH and a 3-second throttle window, on an empty data directory (the
login does not need one). uvicorn takes the client address from X-Forwarded-For when the request
comes from 127.0.0.1 (FORWARDED_ALLOW_IPS), so each test guesses from an address of its own.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.ui.conftest import Server
from workbench.ui.auth import is_public

pytestmark = pytest.mark.ui

WINDOW = 3
ADDRESS_CAP = 8
CLOSED_WITHOUT_LOGIN = [
    ("GET", "/openapi.json"),
    ("GET", "/docs"),
    ("GET", "/redoc"),
    ("GET", "/gradio_api/openapi.json"),
    ("GET", "/gradio_api/info"),
    ("GET", "/config"),
    ("POST", "/gradio_api/cancel"),
    ("POST", "/gradio_api/reset"),
    ("GET", "/gradio_api/heartbeat/x"),
    ("POST", "/gradio_api/stream/x"),
]
CANCEL = {"session_hash": "x", "fn_index": 0, "event_id": "x"}


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    srv = Server(
        tmp_path_factory.mktemp("login") / "home",
        "127.0.0.1",
        "login-guard",
        WORKBENCH_AUTH="alice:s3cret,bob:hunter2",
        WORKBENCH_LOGIN_WINDOW=str(WINDOW),
        WORKBENCH_LOGIN_MAX_ADDRESS_FAILURES=str(ADDRESS_CAP),
        FORWARDED_ALLOW_IPS="127.0.0.1",
    )
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


def client(server: Server, address: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"X-Forwarded-For": address}, timeout=30)


def login(http: httpx.Client, user: str, password: str) -> httpx.Response:
    return http.post("/login", data={"username": user, "password": password})


def status(http: httpx.Client, method: str, url: str, **kwargs) -> int:
    """The status alone: an open streaming route (the heartbeat) would never finish its body."""
    with http.stream(method, url, **kwargs) as response:
        return response.status_code


def test_five_wrong_passwords_refuse_the_right_one_until_the_window_passes(server):
    with client(server, "10.0.1.1") as http:
        assert [login(http, "alice", "guess").status_code for _ in range(5)] == [400] * 5
        refused = login(http, "alice", "s3cret")
        assert refused.status_code == 429
        assert re.fullmatch(r"too many failed logins; try again in \d s", refused.json()["detail"])
        assert not http.cookies
        time.sleep(int(refused.headers["Retry-After"]))
        assert login(http, "alice", "s3cret").status_code == 200
        assert http.get("/config").status_code == 200


def test_guessing_user_names_from_one_address_is_capped_too(server):
    with client(server, "10.0.1.2") as guesser, client(server, "10.0.1.3") as other:
        assert {login(guesser, f"user{n}", "guess").status_code for n in range(ADDRESS_CAP)} == {400}
        assert login(guesser, "bob", "hunter2").status_code == 429
        assert login(other, "bob", "hunter2").status_code == 200


@pytest.mark.parametrize(("method", "path"), CLOSED_WITHOUT_LOGIN)
def test_api_and_state_changing_routes_need_a_login(server, method, path):
    with client(server, "10.0.1.4") as http:
        assert status(http, method, path, json=CANCEL if method == "POST" else None) == 401


def test_every_route_the_app_lists_needs_a_login_but_the_login_page(server):
    with client(server, "10.0.1.5") as http, client(server, "10.0.1.5") as anonymous:
        assert login(http, "alice", "s3cret").status_code == 200
        paths = http.get("/openapi.json").json()["paths"]
        assert len(paths) > 40
        for path, operations in paths.items():
            if is_public(path):
                continue
            url = re.sub(r"\{[^}]+\}", "x", path)
            for method in operations:
                assert status(anonymous, method.upper(), url) == 401, f"{method.upper()} {path}"


def test_the_login_page_works_and_describes_no_api(server):
    with client(server, "10.0.1.6") as http:
        page = http.get("/")
        assert page.status_code == 200 and '"auth_required":true' in page.text
        assert '"named_endpoints": {}' in page.text and "/on_load" not in page.text
        script = re.search(r'src="\./(assets/[^"]+\.js)"', page.text)
        assert script and http.get(f"/{script[1]}").status_code == 200
        assert http.get("/theme.css").status_code == 200


def test_with_the_login_cookie_the_routes_answer_as_before(server):
    with client(server, "10.0.1.7") as http:
        assert login(http, "bob", "hunter2").status_code == 200
        assert "/gradio_api/cancel" in http.get("/openapi.json").json()["paths"]
        assert http.post("/gradio_api/cancel", json=CANCEL).json() == {"success": True}
        assert "/on_load" in http.get("/").text
        assert http.get("/gradio_api/info").status_code == 200


def test_the_login_form_shows_why_a_login_is_refused(server, new_page):
    page = new_page(server.url)
    page.wait_for_selector("input[type=password]")
    for _ in range(6):
        page.fill("input[type=text]", "alice")
        page.fill("input[type=password]", "guess")
        with page.expect_response(lambda r: r.url.endswith("/login")):
            page.get_by_role("button", name="Login").click()
    message = page.wait_for_selector("#wb-login-throttled").inner_text()
    assert re.fullmatch(r"too many failed logins; try again in \d s", message)
