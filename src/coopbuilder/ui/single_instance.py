"""One program per person: an exchange file opened while the program runs (a double click on a
``.coopagreement`` file runs ``coopbuilder FILE``) goes to the running window, which imports it,
instead of starting a second program.

The running program listens on a local socket (:class:`FileHandOver`) named for the person and
their data folder (:func:`instance_name`); a program started with files first offers them there
(:func:`hand_over`) and ends if the running one took them. The message is one line of JSON with
the files' absolute paths; the running program answers ``ok`` once it has them. A socket left by
a program that crashed is noticed (nobody answers on it) and replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coopbuilder.paths import app_home_location

logger = logging.getLogger(__name__)

WAIT_MS = 3000
"""How long a program started with files waits for the running one (to connect, to answer)."""

MAX_MESSAGE = 1024 * 1024
"""The longest message the running program reads (far more than any list of paths)."""


def instance_name() -> str:
    """The socket's name: the same for every program of this person on this data folder (a
    test's ``COOPBUILDER_HOME`` has its own), and no path or name in it to read."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor in the password file
        user = ""
    key = f"{user}\n{app_home_location()}".encode()
    return "coopbuilder-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(paths: Sequence[Path], name: str | None = None, wait_ms: int = WAIT_MS) -> bool:
    """Offer ``paths`` to the running program; whether it took them (``False``: none runs,
    or it did not answer, so this program opens them itself)."""
    socket = QLocalSocket()
    socket.connectToServer(name or instance_name())
    if not socket.waitForConnected(wait_ms):
        return False
    message = json.dumps({"open": [str(path.absolute()) for path in paths]}) + "\n"
    socket.write(message.encode("utf-8"))
    if not socket.waitForBytesWritten(wait_ms):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    taken = answer == b"ok\n"
    logger.info("Handed %d file(s) to the running program: %s", len(paths), taken)
    return taken


class FileHandOver(QObject):
    """The running program's end: listens on ``name`` and gives each file offered to
    ``receive`` (on the GUI thread; a file is opened by the window's import, off it)."""

    def __init__(
        self,
        receive: Callable[[Path], None],
        name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._receive = receive
        self.name = name or instance_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        self.listening = self._listen()

    def _listen(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):  # another program of this person listens: it keeps it
            probe.disconnectFromServer()
            logger.info("Another program receives the files opened; this one does not")
            return False
        QLocalServer.removeServer(self.name)  # left by a program that ended without closing it
        listening = self._server.listen(self.name)
        if not listening:
            problem = self._server.errorString()
            logger.warning("Files opened later cannot reach this program: %s", problem)
        return listening

    def close(self) -> None:
        self._server.close()

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            received = bytearray()

            def read(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                received.extend(bytes(socket.readAll().data()))
                if len(received) > MAX_MESSAGE:
                    socket.abort()
                elif received.endswith(b"\n"):
                    self._take(socket, bytes(received))

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)

    def _take(self, socket: QLocalSocket, message: bytes) -> None:
        try:
            paths = json.loads(message.decode("utf-8"))["open"]
            files = [Path(path) for path in paths if isinstance(path, str)]
        except (ValueError, KeyError, TypeError):
            logger.warning("A message that is no list of files came to the program's socket")
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        logger.info("Received %d file(s) from a program started with them", len(files))
        for path in files:
            self._receive(path)
