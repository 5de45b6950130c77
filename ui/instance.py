"""One garden, one app: a second `garden` on the same garden brings the first one forward.

The first app to open a garden folder holds a lock file and, once its window is up,
listens on a local socket (`QLocalServer`); both are named after the folder's resolved
path, so two different gardens can be open side by side while the same garden opens
once. A second launch finds the lock taken, connects (`QLocalSocket`), asks the running
app to show its window, waits for it to answer, and exits 0.

A crash leaves the lock file and the socket file behind. The lock holds the process id
of its owner (`QLockFile`), so a lock whose process is gone is taken over, and the old
socket file is removed before listening again. Subcommands (`garden log …`) never come
here: they open the garden file directly, next to the running window.

Nothing here imports the garden's store or services: the check runs before the window
is made, and a second launch should be gone in a blink.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Signal

from ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# QtNetwork loads only to knock on a running app's door or, after the window's first
# frame, to listen: the usual start pays for the lock file alone.

#: What a second launch says, and what the running app answers.
SHOW_REQUEST = b"show\n"
SHOWN_ANSWER = b"shown\n"
#: Set to print what the instance does on stderr (tests of two processes read it).
TRACE_ENV = "GARDEN_TRACE_INSTANCE"
#: How long a second launch waits for the first one: to connect, and to answer. A busy
#: first app answers as soon as it is back in its event loop.
CONNECT_MS = 1000
ANSWER_MS = 5000
#: How long a launch waits for another one that holds the lock but is not listening yet
#: (two launches a moment apart).
STARTING_MS = 3000
# Unix socket paths are limited to 108 bytes (less on some systems).
_MAX_SOCKET_PATH = 100


def trace(message: str) -> None:
    """One line on stderr, only when tracing is asked for."""
    if os.environ.get(TRACE_ENV):
        print(f"garden: {message}", file=sys.stderr, flush=True)


def garden_key(data_dir: Path) -> str:
    """A short name for a garden folder: the same folder (through any symlink or spelling)
    gives the same key, two folders give two."""
    resolved = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    # Qt's hash, already loaded: hashlib would load OpenSSL on the way to the first frame.
    digest = QCryptographicHash.hash(
        resolved.encode("utf-8", "surrogatepass"), QCryptographicHash.Algorithm.Sha256
    )
    return bytes(digest.toHex().data()).decode()[:16]


def _runtime_folder() -> Path:
    """A folder for the socket and the lock: the user's private runtime folder when the
    session has one, else the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        return Path(runtime)
    return Path(QDir.tempPath())


def _base_name(data_dir: Path) -> str:
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"relationship-garden-{user}-{garden_key(data_dir)}"


def server_name(data_dir: Path) -> str:
    """The local socket's name: a path on Unix (in the runtime folder), a pipe name on
    Windows."""
    name = _base_name(data_dir)
    if sys.platform == "win32":
        return name
    path = _runtime_folder() / f"{name}.socket"
    if len(os.fsencode(path)) > _MAX_SOCKET_PATH:
        path = Path(QDir.tempPath()) / f"{name}.socket"
    return str(path)


def lock_path(data_dir: Path) -> Path:
    """The lock file held by the app that has the garden open."""
    return _runtime_folder() / f"{_base_name(data_dir)}.lock"


class Knock(enum.Enum):
    """What became of asking a running app to come forward."""

    ANSWERED = "answered"  # it is showing its window: this launch is done
    NOBODY = "nobody"  # no app listens on this garden
    NO_ANSWER = "no-answer"  # one is there but did not answer in time


def knock(name: str, answer_ms: int = ANSWER_MS) -> Knock:
    """Ask the app listening on `name` to show its window, and wait for its answer."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return Knock.NOBODY
    socket.write(SHOW_REQUEST)
    socket.waitForBytesWritten(CONNECT_MS)
    answer = b""
    while SHOWN_ANSWER not in answer and socket.waitForReadyRead(answer_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return Knock.ANSWERED if SHOWN_ANSWER in answer else Knock.NO_ANSWER


class GardenInstance(QObject):
    """This process has the garden open: it holds the lock and, once `listen` was
    called, answers later launches."""

    show_requested = Signal()

    def __init__(self, name: str, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._lock = lock
        self._clients: list[QLocalSocket] = []
        self.server: QLocalServer | None = None

    @classmethod
    def claim(cls, data_dir: Path, starting_ms: int = STARTING_MS) -> GardenInstance | Knock:
        """Become the garden's one app, or bring the running one forward.

        Returns the new instance (call `listen` once the window is up), `Knock.ANSWERED`
        when a running app showed its window (this launch should exit 0), or
        `Knock.NO_ANSWER` when one holds the garden but did not answer.

        The lock comes first: the app that gets it needs no socket until after its first
        frame, so the usual start pays for no more than a small file.
        """
        name = server_name(data_dir)
        lock = QLockFile(str(lock_path(data_dir)))
        # Only a lock whose process is gone is stale (taken over here), never one that is
        # merely old: the app may run in the tray for months.
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            return cls(name, lock)
        if lock.error() != QLockFile.LockError.LockFailedError:
            # No lock can be made here (a read-only folder): ask, then run without one.
            trace(f"cannot lock {lock.fileName()}")
            answer = knock(name)
            return cls(name, lock) if answer is Knock.NOBODY else answer
        # Another app has the garden; it may be a moment away from listening.
        waited = 0
        while True:
            answer = knock(name)
            if answer is not Knock.NOBODY:
                return answer
            if waited >= starting_ms:
                return Knock.NO_ANSWER
            if lock.tryLock(100):  # it went away meanwhile
                return cls(name, lock)
            waited += 100

    def listen(self) -> bool:
        """Answer later launches from now on; False (and a line on stderr) when the
        socket cannot be made: the garden still works, later launches open their own."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return self.server.isListening()
        self.server = QLocalServer(self)
        # Only this user may connect (on Unix the socket file is made 0700/0600-like).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self.on_new_connection)
        # The socket file of an app that crashed is in the way; the lock says it is ours.
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            trace(f"listening on {self.name}")
            return True
        print(
            tr("garden: cannot listen for other launches ({problem})").format(
                problem=self.server.errorString()
            ),
            file=sys.stderr,
        )
        return False

    @property
    def listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def on_new_connection(self) -> None:
        assert self.server is not None
        while (client := self.server.nextPendingConnection()) is not None:
            self._clients.append(client)
            client.readyRead.connect(lambda c=client: self.on_client_ready_read(c))
            client.disconnected.connect(lambda c=client: self.on_client_disconnected(c))
            if client.bytesAvailable():
                self.on_client_ready_read(client)

    def on_client_ready_read(self, client: QLocalSocket) -> None:
        request = bytes(client.readAll().data())
        if SHOW_REQUEST.strip() in request:
            trace("asked to show the window")
            self.show_requested.emit()
            client.write(SHOWN_ANSWER)
            client.flush()

    def on_client_disconnected(self, client: QLocalSocket) -> None:
        if client in self._clients:
            self._clients.remove(client)
        client.deleteLater()

    def close(self) -> None:
        """Stop listening and let the garden go (at quit)."""
        if self.server is not None:
            self.server.close()
        if self._lock.isLocked():
            self._lock.unlock()
