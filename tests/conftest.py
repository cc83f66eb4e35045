"""Test set-up shared by every test: Qt offscreen, a throwaway home folder, hypothesis settings."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtCore import QLocale

from coopbuilder.core import clock
from coopbuilder.core.agreement import Agreement
from coopbuilder.core.demo import demo_agreement
from coopbuilder.log import ProgramLog, start_log
from coopbuilder.ui.none_refcount import keep_none_alive

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# pytest-qt waits by calling Qt's static processEvents() thousands of times in a run; with a
# PySide6 that loses a reference to None on each such call, the run would end in a crash.
keep_none_alive()
# Dates and numbers in the GUI follow the default locale (the program sets it from its
# language); the tests pin the neutral one, so that they pass on any developer's desktop.
QLocale.setDefault(QLocale.c())

pytest_plugins = ["tests.signing_fixtures", "tests.token_fixtures", "tests.timestamp_fixtures"]

settings.register_profile("default", deadline=None, max_examples=150)
settings.load_profile("default")

DEMO_DAY = dt.date(2026, 11, 27)


# The modules whose tests involve a date: reviews due, report headings, the calendar,
# certificates' validity, signing times, the demo's history. They are marked `date_sensitive`,
# and `.ci/run` runs them once more with the machine's date moved (faketime).
DATE_SENSITIVE = (
    "tests/core/test_clock.py",
    "tests/core/test_review.py",
    "tests/cli/test_review_cli.py",
    "tests/cli/test_signing_cli.py",
    "tests/cli/test_sign_with_card.py",
    "tests/cli/test_timestamp_cli.py",
    "tests/documents/test_signing.py",
    "tests/documents/test_signing_verify.py",
    "tests/documents/test_tokens.py",
    "tests/documents/test_timestamps.py",
    "tests/store/test_certificates.py",
    "tests/store/test_listing.py",
    "tests/store/test_signing_and_reviews.py",
    "tests/workflows/",
    "tests/ui/test_window_reviews.py",
    "tests/ui/test_review_views.py",
    "tests/ui/signing/test_sign_and_verify.py",
    "tests/ui/signing/test_sign_with_card.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = config.rootpath
    for item in items:
        where = item.path.relative_to(root).as_posix()
        if where.startswith(DATE_SENSITIVE):
            item.add_marker(pytest.mark.date_sensitive)


@pytest.fixture(autouse=True, scope="session")
def _fixed_clock() -> Iterator[None]:
    """No test depends on the machine's date: the program's clock starts at noon (UTC) on
    DEMO_DAY when the run starts, and runs on from there. `.ci/run` runs the date-sensitive
    tests a second time with the machine's date moved, to show that nothing reads the system
    clock past it."""
    with clock.running_from(dt.datetime.combine(DEMO_DAY, dt.time(12), dt.UTC)):
        yield


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch a real workspace: every test gets its own COOPBUILDER_HOME."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COOPBUILDER_HOME", str(home))
    monkeypatch.delenv("COOPBUILDER_DATABASE_URL", raising=False)
    monkeypatch.delenv("COOPBUILDER_TEMPLATES", raising=False)
    return home


@pytest.fixture(autouse=True)
def _neutral_locale() -> Iterator[None]:
    """A test that starts the program loads a language, which sets the default locale; the
    next test starts from the neutral one again."""
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def quiet_hooks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The hooks the log hands exceptions on to, recording instead of printing (pytest's own
    would count a thread's exception as a failure of the test)."""
    handed_on: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: handed_on.append(str(error)))
    monkeypatch.setattr(threading, "excepthook", lambda args: handed_on.append(str(args.exc_value)))
    return handed_on


@pytest.fixture
def program_log(quiet_hooks: list[str]) -> Iterator[ProgramLog]:
    """The program's log as the composition root starts it (in the test's home folder)."""
    log = start_log()
    yield log
    log.close()


def written(log: ProgramLog) -> str:
    """What the program's log holds so far."""
    log.handler.flush()
    return log.path.read_text(encoding="utf-8")


@pytest.fixture
def demo() -> Agreement:
    """A fresh copy of the English demo agreement, made on a fixed day (free to change)."""
    return demo_agreement("en", today=DEMO_DAY)


@pytest.fixture
def app_look(qapp: object) -> Iterator[None]:
    """Tests that scale or recolour the whole application put its font and palette back."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication

    font, palette = QFont(QApplication.font()), QPalette(QApplication.palette())
    yield
    QApplication.setFont(font)
    QApplication.setPalette(palette)


@pytest.fixture
def signed(tmp_path: Path, demo: Agreement) -> Iterator[object]:
    """A workspace (SQLite) with the demo agreement signed; its review is due on 2027-11-27."""
    from coopbuilder.store.connection import open_workspace

    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        first = workspace.agreements.create(demo)
        workspace.signing.mark_signed(demo.id, 1, first.revision)
        yield workspace
