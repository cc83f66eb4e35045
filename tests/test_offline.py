"""The program works offline: the suite blocks every network connection except loopback."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketConnectBlockedError


def test_a_connection_to_the_internet_fails_the_test() -> None:
    with (
        pytest.raises(SocketConnectBlockedError),
        pytest.warns(UserWarning, match="tried to use socket"),
    ):
        socket.create_connection(("192.0.2.10", 80), timeout=1)
