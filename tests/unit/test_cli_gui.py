"""`dossier gui`'s start: no display is said plainly; with one, the store's modules come before Qt."""

from __future__ import annotations

import gc
import io
import sys

import pytest

from desktop_app.cli import collector, gui


def test_no_display_is_refused_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    err = io.StringIO()
    assert gui.run_gui(None, sample_if_empty=False, err=err) == 1
    assert "no display to open a window on" in err.getvalue()


def test_the_window_starts_after_the_store_s_modules_with_the_collector_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import desktop_app.ui.app as app

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    seen: dict[str, object] = {}

    def window(data_dir: str | None, *, sample_if_empty: bool) -> int:
        seen.update(
            data_dir=data_dir,
            sample=sample_if_empty,
            store_first="desktop_app.store.store" in sys.modules and "keyring.core" in sys.modules,
            collecting=gc.isenabled(),
        )
        return 0

    monkeypatch.setattr(app, "run_gui", window)
    with collector.waiting():
        assert not gc.isenabled()
        assert gui.run_gui("/some/where", sample_if_empty=True, err=io.StringIO()) == 0
    assert seen == {"data_dir": "/some/where", "sample": True, "store_first": True, "collecting": True}
    assert gc.isenabled() and gc.get_freeze_count() == 0
