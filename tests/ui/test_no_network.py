"""The app never opens a network connection: its main paths run with sockets forbidden."""

from __future__ import annotations

import socket
import sys

import pytest

from plf_desktop import exports
from plf_desktop.services.demo_data import fill_demo


class NetworkUsed(AssertionError):
    """A socket was asked for."""


@pytest.fixture
def no_sockets(monkeypatch):  # type: ignore[no-untyped-def]
    """Every way to open a connection fails the test at once."""

    def forbidden(*args: object, **kwargs: object) -> None:
        raise NetworkUsed(f"network use: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", forbidden)
    monkeypatch.setattr(socket.socket, "connect_ex", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)
    monkeypatch.setattr(socket, "getaddrinfo", forbidden)


def test_the_main_paths_run_without_a_network(no_sockets, window, services, tmp_path):
    fill_demo(services, "small")
    window.refresh_all()
    for row in range(window.nav.count()):  # every area, built and filled
        window.nav.setCurrentRow(row)
    dialog = window.search_dialog
    dialog.start("elever")
    dialog.run()
    assert dialog.hits()
    for kind, records, export in (
            ("meeting", services.meetings.summaries(), exports.export_meeting_pdf),
            ("observation", services.observations.summaries(), exports.export_observation_pdf),
            ("conversation", services.conversations.summaries(),
             exports.export_conversation_pdf),
            ("cycle", services.cycles.summaries(), exports.export_cycle_pdf)):
        export(services, records[0].id, tmp_path / f"{kind}.pdf")
        window.open_record(kind, records[0].id)
    assert "PySide6.QtNetwork" not in sys.modules
    assert not any(name in sys.modules for name in ("urllib.request", "http.client",
                                                    "requests"))
