"""Adding evidence never freezes the window: 200 screenshots, a 200 MB PDF, a pasted picture, a drop.

Checked without timing: the vault's sealing is wrapped so that each chunk of a file it reads
(1 MB) waits until a QTimer callback on the GUI thread has run once more. If adding blocked
the GUI thread (the work on it, or the GUI thread waiting for the work), the callback could
never run: the wait would fail (and pytest-timeout would end the test). So the window's event
loop runs all through the sealing, also in the middle of the 200 MB file. The wrapper also
records which thread seals: never the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import AddEvidenceResult, Services
from desktop_app.ui.main_window import MainWindow

GUI_WAIT_S = 60.0


class GuiGate:
    """The worker waits, before and after each file it seals, for the GUI thread's next timer tick."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._ticks = 0
        self.threads: list[int] = []
        self.sealed: list[str] = []

    def tick(self) -> None:  # a QTimer's callback: runs only while the GUI thread's event loop runs
        with self._cond:
            self._ticks += 1
            self._cond.notify_all()

    def wait_for_the_gui(self) -> None:
        self.threads.append(threading.get_ident())
        with self._cond:
            target = self._ticks + 1
            answered = self._cond.wait_for(lambda: self._ticks >= target, timeout=GUI_WAIT_S)
        assert answered, "the GUI thread's event loop did not run while the evidence was being added"

    def wrap(self, put_stream: Callable[..., Any]) -> Callable[..., Any]:
        """The vault's ``put_stream`` (which ``put_file`` also calls), reading through the gate."""

        def sealing(stream: BinaryIO, *args: Any, name: str = "the file", **kwargs: Any) -> Any:
            stored = put_stream(GatedStream(stream, self), *args, name=name, **kwargs)
            self.sealed.append(Path(name).name)
            return stored

        return sealing


class GatedStream:
    """A file being sealed: each chunk read waits for the GUI thread to run once more."""

    def __init__(self, stream: BinaryIO, gate: GuiGate) -> None:
        self._stream = stream
        self._gate = gate

    def read(self, size: int = -1) -> bytes:
        self._gate.wait_for_the_gui()
        return self._stream.read(size)

    def __getattr__(self, name: str) -> Any:  # tell, seek: as the file's own
        return getattr(self._stream, name)


@pytest.fixture
def gate(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiGate]:
    gate = GuiGate()
    vault = services._store.vault
    monkeypatch.setattr(vault, "put_stream", gate.wrap(vault.put_stream))
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(gate.tick)
    timer.start()
    yield gate
    timer.stop()


def screenshot(path: Path, n: int) -> Path:
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor((n * 37) % 256, (n * 91) % 256, n % 256))
    image.setPixelColor(n % 24, n // 24 % 16, QColor(255 - n % 256, 0, 0))
    assert image.save(str(path), "PNG")
    return path


def large_pdf(path: Path, size: int) -> Path:
    """A valid one-page PDF of ``size`` bytes, most of it a stream of zeros left as a hole (cheap)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    offsets: list[int] = []
    with open(path, "wb") as out:
        out.write(b"%PDF-1.4\n")
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        padding = size - out.tell() - 400
        offsets.append(out.tell())
        out.write(b"4 0 obj\n<< /Length %d >>\nstream\n" % padding)
        out.seek(padding, 1)  # zeros the file system does not store
        out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets))
        out.write(b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
        tail = size - out.tell()
        assert tail >= 0
        out.write(b"\n" * tail)
    assert path.stat().st_size == size
    return path


def added(qtbot: QtBot, window: MainWindow, start: Callable[[], object]) -> AddEvidenceResult:
    with qtbot.waitSignal(window.evidence.evidence_added, timeout=170_000) as signal:
        assert start() is not None
        assert window.runner.busy()
    assert not window.runner.busy()
    result = signal.args[0]
    assert isinstance(result, AddEvidenceResult)
    return result


def test_adding_200_screenshots_keeps_the_window_answering(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, gate: GuiGate, tmp_path: Path
) -> None:
    window.select_case(sample_case)
    before = len(services.case_detail(sample_case).evidence)
    paths = [screenshot(tmp_path / f"screenshot-{n:03d}.png", n) for n in range(200)]
    result = added(qtbot, window, lambda: window.evidence.add_evidence_paths(paths))
    assert len(result.added) == 200 and not result.skipped
    assert len(services.case_detail(sample_case).evidence) == before + 200
    assert sorted(gate.sealed) == sorted(p.name for p in paths)
    assert gate.threads and threading.main_thread().ident not in gate.threads


@pytest.mark.slow
def test_adding_a_200_mb_pdf_keeps_the_window_answering(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, gate: GuiGate, tmp_path: Path
) -> None:
    window.select_case(sample_case)
    pdf = large_pdf(tmp_path / "statement-2026.pdf", 200 * 1000 * 1000)
    result = added(qtbot, window, lambda: window.evidence.add_evidence_paths([pdf]))
    assert [item.original_name for item in result.added] == ["statement-2026.pdf"]
    assert result.added[0].size == 200 * 1000 * 1000 and result.added[0].media_type == "application/pdf"
    assert gate.sealed == ["statement-2026.pdf"]
    assert gate.threads and threading.main_thread().ident not in gate.threads


def test_a_pasted_screenshot_and_a_drop_are_added_off_the_gui_thread(
    qtbot: QtBot, services: Services, sample_case: int, window: MainWindow, gate: GuiGate, tmp_path: Path
) -> None:
    window.select_case(sample_case)
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor(12, 120, 200))
    QApplication.clipboard().setImage(picture)
    pasted = added(qtbot, window, window.evidence.paste_screenshot)
    assert len(pasted.added) == 1 and pasted.added[0].media_type == "image/png"

    dropped = [screenshot(tmp_path / f"dropped-{n}.png", 300 + n) for n in range(3)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in dropped])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    result = added(qtbot, window, lambda: window.dropEvent(event) or True)
    assert sorted(item.original_name for item in result.added) == [p.name for p in dropped]
    assert sorted(gate.sealed)[:3] == [p.name for p in dropped] and len(gate.sealed) == 4
    assert gate.threads and threading.main_thread().ident not in gate.threads
