"""Exporting the evidence pack from the window: the options dialog and the worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import DossierError
from desktop_app.pack.builder import PackCancelled, PackOptions, PackResult
from desktop_app.pack.exhibits import category_of
from desktop_app.pack.profiles import PROFILES
from desktop_app.pack.strings import LANGUAGES, PackStrings
from desktop_app.services import CaseDetail, Services
from desktop_app.ui.models import ID_ROLE


class ExportPackDialog(QDialog):
    """Where to write the pack, for which portal, in which language, with which exhibits."""

    def __init__(self, detail: CaseDetail, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the evidence pack"))
        self.detail = detail
        case = detail.case

        self.path_edit = QLineEdit(str(default_folder / f"dossier-D-{case.id or 0:04d}-evidence.pdf"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.profile_box = QComboBox()
        for profile in PROFILES.values():
            label = f"{profile.label} ({profile.describe()})" if profile.limited else profile.label
            self.profile_box.addItem(label, profile.name)
        self.language_box = QComboBox()
        for lang in LANGUAGES:
            self.language_box.addItem(PackStrings(lang)("language"), lang)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("Automatic (Letter in the US, A4 elsewhere)"), None)
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem("Letter", "letter")
        self.refuse_box = QCheckBox(self.tr("Stop if an exhibit cannot be read (otherwise a page says why)"))

        self.exhibit_list = QListWidget()
        for item in detail.evidence:
            entry = QListWidgetItem(f"{item.title}  ({item.original_name})")
            entry.setData(ID_ROLE, item.id)
            entry.setCheckState(Qt.CheckState.Checked)
            self.exhibit_list.addItem(entry)
        self.exhibit_list.itemChanged.connect(self._update_warning)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("imageWarning")

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), path_row)
        form.addRow(self.tr("Portal limits:"), self.profile_box)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow(self.tr("Paper:"), self.paper_box)
        form.addRow("", self.refuse_box)
        form.addRow(self.tr("Exhibits:"), self.exhibit_list)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._update_warning()

    def selected_ids(self) -> list[int]:
        ids = []
        for row in range(self.exhibit_list.count()):
            entry = self.exhibit_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                ids.append(int(entry.data(ID_ROLE)))
        return ids

    def output_path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def options(self) -> PackOptions:
        return PackOptions(
            profile=PROFILES[self.profile_box.currentData()],
            lang=self.language_box.currentData(),
            paper=self.paper_box.currentData(),
            evidence_ids=self.selected_ids(),
            on_bad_exhibit="refuse" if self.refuse_box.isChecked() else "placeholder",
        )

    @Slot()
    def _update_warning(self) -> None:
        chosen = set(self.selected_ids())
        images = [e for e in self.detail.evidence if e.id in chosen and category_of(e.media_type) == "image"]
        if images:
            self.warning.setText(
                self.tr(
                    "⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but "
                    "cannot read text in images: check they show no full card number or other private "
                    "detail before you send the pack.",
                    "",
                    len(images),
                )
            )
        self.warning.setVisible(bool(images))
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    @Slot()
    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the evidence pack as"), self.path_edit.text(), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")


class PackWorker(QObject):
    """Builds the pack on a worker thread; the window stays responsive and can cancel."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # PackResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, services: Services, detail: CaseDetail, out: Path, options: PackOptions) -> None:
        super().__init__()
        self._services = services
        self._detail = detail
        self._out = out
        self._options = options
        self._cancel = False

    @Slot()
    def cancel(self) -> None:
        """Ask the build to stop at its next step (safe to call from any thread)."""
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            result: PackResult = self._services.make_pack(
                self._detail,
                self._out,
                self._options,
                progress=lambda done, total, message: self.progress.emit(done, total, message),
                cancelled=lambda: self._cancel,
            )
        except PackCancelled:
            self.cancelled.emit()
        except DossierError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the thread silently
            self.failed.emit(f"The pack could not be made: {exc!r}")
        else:
            self.finished.emit(result)


def start_worker(worker: PackWorker, parent: QObject) -> QThread:
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.start()
    return thread
