"""The bind rule and WORKBENCH_AUTH parsing of `workbench serve`. No browser, no server."""

from __future__ import annotations

import pytest

from workbench.ui.app import LaunchError, check_bind, parse_auth


def test_users_are_parsed_from_a_comma_separated_list():
    assert parse_auth("alice:pw1, bob:p:w2") == [("alice", "pw1"), ("bob", "p:w2")]
    assert parse_auth(None) == [] and parse_auth("") == []


@pytest.mark.parametrize("spec", ["alice", "alice:", ":pw"])
def test_a_user_without_a_password_is_an_error(spec):
    with pytest.raises(LaunchError, match="user:password"):
        parse_auth(spec)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_a_local_bind_needs_no_login(host):
    check_bind(host, [])


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "::"])
def test_any_other_bind_needs_users(host):
    with pytest.raises(LaunchError, match="WORKBENCH_AUTH"):
        check_bind(host, [])
    check_bind(host, [("alice", "pw")])
