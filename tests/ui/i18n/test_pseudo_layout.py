"""Every text of the window fits in a language 40 % longer than English, at 1366x768.

A pseudo-translation of every string lupdate finds in desktop_app/ui (tests/ui/i18n/pseudo.py:
about 40 % longer, accented, placeholders, %n and accelerators kept) is compiled with the build's
own step (packaging/qm.py) and loaded into a window on a 1366x768 screen (Qt's offscreen platform
configured with one such screen, in a child process: tests/ui/i18n/layout_child.py). The main
window with the sample case (each tab, the lock screen) and every dialog are laid out; any label,
button, check box, group box title, tab or column header whose text does not fit its widget fails
the test, named with its window, widget and text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.i18n.conftest import ROOT, qm_tool
from tests.ui.i18n.layout_child import WINDOWS, problems_of
from tests.ui.i18n.pseudo import pseudo, pseudo_catalogue

SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}]}


def test_the_pseudo_translation_keeps_placeholders_markup_and_accelerators() -> None:
    assert pseudo("Store: %1") == "Śťóŕéśť: %1"
    assert pseudo("&Search all cases…").startswith("&S") and "&" not in pseudo("Search")[1:]
    for text in ("%n case(s)", "Tick &all", "{count} files in {name}", "<b>Dossier %1</b><p>Keep</p>"):
        made = pseudo(text)
        for kept in ("%n", "&a", "{count}", "{name}", "<b>", "</b>", "<p>", "%1"):
            assert (kept in made) == (kept in text), (text, made)
    longer = pseudo("Add a charge or refund")
    assert len(longer) >= 1.3 * len("Add a charge or refund")
    assert not any(c in "aeiou" for c in pseudo("Evidence and letters"))


def lay_out(qm: Path, folder: Path) -> dict[str, list[str]]:
    """Run the child over translation ``qm`` on a 1366x768 screen: what does not fit, by window."""
    screen = folder / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    home = folder / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "DOSSIER_LOG_DIR": str(home / "log"),
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.MemoryKeyring",
        "LANG": "C.UTF-8",
    }
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "DOSSIER_HOME"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.i18n.layout_child", str(qm), str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=150,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    found: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The pseudo-translation made, compiled and laid out once for the module."""
    folder = tmp_path_factory.mktemp("pseudo")
    ts = pseudo_catalogue(folder / "translations")
    (qm,) = qm_tool().build(ts.parent, files=[ts])
    return lay_out(qm, folder)


@pytest.mark.parametrize("window", WINDOWS)
def test_every_text_fits_in_a_language_40_percent_longer(laid_out: dict[str, list[str]], window: str) -> None:
    assert set(laid_out) == set(WINDOWS)
    if laid_out[window]:
        found = laid_out[window]
        pytest.fail(f"{len(found)} text(s) do not fit in the pseudo-translation:\n" + "\n".join(found))


def test_the_check_names_each_kind_of_text_that_does_not_fit(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label = QLabel("A label much longer than its room")
    label.setFixedWidth(40)
    wrapped = QLabel("A wrapped label of many words that needs several lines to be read whole")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 16)
    button = QPushButton("&Export the pack")
    button.setFixedWidth(30)
    check = QCheckBox("Remember the passphrase")
    check.setFixedWidth(50)
    group = QGroupBox("A group box title wider than its box")
    group.setFixedWidth(60)
    tabs = QTabWidget()
    tabs.setFixedWidth(120)
    for name in ("Overview", "Purchases and charges", "Communications"):
        tabs.addTab(QWidget(), name)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Date", "Expected delivery date"])
    table.horizontalHeader().setDefaultSectionSize(40)
    table.setColumnWidth(1, 40)
    fits = QLabel("Fits")
    for widget in (label, wrapped, button, check, group, tabs, table, fits):
        layout.addWidget(widget)
    box.resize(500, 600)
    box.show()
    qtbot.waitExposed(box)
    found = list(problems_of("test", box))
    for text in (
        "A label much longer",
        "A wrapped label",
        "'Export the pack'",
        "'Remember the passphrase'",
        "title 'A group box title",
        "'Purchases and charges'",
        "column 'Expected delivery date'",
    ):
        assert sum(text in problem for problem in found) == 1, (text, found)
    assert not any("'Fits'" in problem or "column 'Date'" in problem for problem in found)
    assert all(problem.startswith("test: ") for problem in found)
