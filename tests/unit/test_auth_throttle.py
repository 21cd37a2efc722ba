"""Login throttling and the login page rewrite of workbench/ui/auth.py, on a fake clock. No server."""

from __future__ import annotations

import threading

import pytest

from workbench.ui.auth import LoginThrottle, login_page, retry_message


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def throttle(clock) -> LoginThrottle:
    return LoginThrottle(per_user=5, per_address=8, window=60.0, clock=clock)


def fail(throttle: LoginThrottle, user: str, address: str, times: int = 1) -> None:
    for _ in range(times):
        assert throttle.begin(user, address) == 0
        throttle.end(user, address, succeeded=False)


def test_five_failures_refuse_the_sixth_attempt_until_the_first_leaves_the_window(throttle, clock):
    fail(throttle, "alice", "10.0.0.1", 4)
    clock.now += 10
    fail(throttle, "alice", "10.0.0.1")
    assert throttle.begin("alice", "10.0.0.1") == pytest.approx(50.0)
    clock.now += 49.9
    assert throttle.begin("alice", "10.0.0.1") == pytest.approx(0.1)
    clock.now += 0.1
    assert throttle.begin("alice", "10.0.0.1") == 0


def test_a_successful_login_clears_the_failures_of_its_user_and_address(throttle):
    fail(throttle, "alice", "10.0.0.1", 4)
    assert throttle.begin("alice", "10.0.0.1") == 0
    throttle.end("alice", "10.0.0.1", succeeded=True)
    fail(throttle, "alice", "10.0.0.1", 3)  # 7 in all, within the address cap of 8
    assert throttle.begin("alice", "10.0.0.1") == 0


def test_the_pair_is_throttled_not_the_user_everywhere(throttle):
    fail(throttle, "alice", "10.0.0.1", 5)
    assert throttle.begin("alice", "10.0.0.1") > 0
    assert throttle.begin("alice", "10.0.0.2") == 0
    assert throttle.begin("bob", "10.0.0.1") == 0


def test_guessing_many_user_names_from_one_address_hits_the_address_cap(throttle, clock):
    for n in range(8):
        fail(throttle, f"user{n}", "10.0.0.1")
    assert throttle.begin("bob", "10.0.0.1") == pytest.approx(60.0)
    assert throttle.begin("bob", "10.0.0.2") == 0
    clock.now += 60
    assert throttle.begin("bob", "10.0.0.1") == 0


def test_one_good_login_does_not_reset_the_address_cap(throttle):
    for n in range(7):
        fail(throttle, f"user{n}", "10.0.0.1")
    assert throttle.begin("alice", "10.0.0.1") == 0
    throttle.end("alice", "10.0.0.1", succeeded=True)
    fail(throttle, "user7", "10.0.0.1")
    assert throttle.begin("alice", "10.0.0.1") > 0


def test_attempts_still_running_count_against_the_limit(throttle):
    for _ in range(5):
        assert throttle.begin("alice", "10.0.0.1") == 0
    assert throttle.begin("alice", "10.0.0.1") > 0
    for _ in range(5):
        throttle.end("alice", "10.0.0.1", succeeded=None)  # a malformed form is no failure
    assert throttle.begin("alice", "10.0.0.1") == 0


def test_of_many_attempts_at_once_only_the_limit_go_through(throttle):
    admitted = []
    start = threading.Barrier(20)

    def attempt():
        start.wait()
        if throttle.begin("alice", "10.0.0.1") == 0:
            admitted.append(1)

    threads = [threading.Thread(target=attempt) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(admitted) == 5


def test_the_message_gives_whole_seconds():
    assert retry_message(41.2) == "too many failed logins; try again in 42 s"


def test_the_login_page_loses_the_api_description_and_gains_the_throttle_message():
    html = (
        b'<html><head><script>window.gradio_config = {"auth_required":true};</script>'
        b'<script>window.gradio_api_info = {"named_endpoints":{"/on_load":{"a":"\\u003c/script\\u003e"}}};</script>'
        b"</head><body></body></html>"
    )
    page = login_page(html)
    assert b"/on_load" not in page
    assert b'window.gradio_api_info = {"named_endpoints": {}, "unnamed_endpoints": {}};</script>' in page
    assert b'window.gradio_config = {"auth_required":true}' in page
    assert page.index(b"wb-login-throttled") < page.index(b"</head>")
