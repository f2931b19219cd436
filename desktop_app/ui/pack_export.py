"""Exporting the evidence pack from the window: the options dialog, and its check of pages and size.

"Check pages and size" runs the services' ``preview_pack_job`` (built in a private folder,
not recorded) on the dialog's own quiet :class:`~desktop_app.ui.jobs.JobRunner`: its progress
shows in the dialog's bar, and its button cancels it. Export itself is the window's
(``services.pack_job``, or ``place_pack_job`` for the pack the check built).

This runner is not the window's, so the window goes on using the store from the GUI thread
while the check runs (its agenda, its day's check, the changes it shows): the preview job
reads the case when it is made, here on the GUI thread, and its worker never claims the store.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.domain.profiles import case_language
from desktop_app.errors import DossierError
from desktop_app.services import (
    LANGUAGES,
    PROFILES,
    CaseDetail,
    PackStrings,
    Services,
    private_dir,
    remove_private_dir,
)
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.models import ID_ROLE
from desktop_app.ui.outputs import Target, confirm_output, save_file_name

if TYPE_CHECKING:  # the pack builder (reportlab, pypdf) loads when a pack is built or its options read
    from desktop_app.services import PackOptions, PackResult


class ExportPackDialog(QDialog):
    """Where to write the pack, for which portal, in which language, with which exhibits."""

    def __init__(
        self,
        detail: CaseDetail,
        default_folder: Path,
        parent: QWidget | None = None,
        *,
        services: Services | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the evidence pack"))
        self.detail = detail
        self.services = services
        case = detail.case
        # A pack built in a private folder (0700, removed when the dialog closes, swept at the next
        # start if Dossier is killed) to show its pages and size; Export then moves it into place.
        self._preview_dir: Path | None = None
        self.target: Target | None = None  # where to write, once Export was pressed and checked
        self._preview: PackResult | None = None
        self._preview_options: PackOptions | None = None
        self._preview_jobs = JobRunner(self)  # the check of pages and size, shown in this dialog
        self._running_options: PackOptions | None = None

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
        self.language_box.setCurrentIndex(
            self.language_box.findData(case_language(case.country, case.language))
        )
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("Automatic (Letter in the US, A4 elsewhere)"), None)
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
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

        self.preview_button = QPushButton(self.tr("&Check pages and size"))
        self.preview_button.setToolTip(
            self.tr("Build the pack in a private folder and say how many pages and MB it makes")
        )
        self.preview_button.clicked.connect(self._preview_clicked)
        self.preview_button.setVisible(services is not None)
        self.preview_bar = QProgressBar()
        self.preview_bar.setVisible(False)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("packPreview")
        self.preview_label.setWordWrap(True)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.preview_bar, 1)
        preview_row.addStretch(0 if self.preview_bar.isVisible() else 1)
        self.preview_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

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
        layout.addLayout(preview_row)
        layout.addWidget(self.preview_label)
        layout.addWidget(buttons)
        self.resize(660, 560)
        self._update_warning()
        for box in (self.profile_box, self.language_box, self.paper_box):
            box.currentIndexChanged.connect(self._settings_changed)
        self.refuse_box.toggled.connect(self._settings_changed)
        self.exhibit_list.itemChanged.connect(self._settings_changed)

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
        from desktop_app.services import PackOptions

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
        from desktop_app.services import category_of

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

    # ------------------------------------------------------------------ preview

    def prebuilt(self) -> PackResult | None:
        """The pack the preview built, if the settings are still those it was built with."""
        if self._preview is not None and self._preview_options == self.options():
            return self._preview
        return None

    def preview_running(self) -> bool:
        return self._preview_jobs.busy()

    @Slot()
    def _preview_clicked(self) -> None:
        if self._preview_jobs.busy():
            self._preview_jobs.cancel()
            return
        assert self.services is not None
        self._discard_preview()
        self._preview_dir = private_dir("preview")
        options = self.options()
        out = self._preview_dir / (self.output_path().name or "pack.pdf")
        try:  # the case is read now, on the GUI thread (the store's owner), not by the job
            job = self.services.preview_pack_job(self.detail.case.id or 0, out, options)
        except DossierError as exc:
            logs.error("pack_export.preview", exc)
            self._preview_ended(None, str(exc))
            return
        self._running_options = options
        self.preview_button.setText(self.tr("Cancel the check"))
        self.preview_bar.setRange(0, 0)
        self.preview_bar.setVisible(True)
        self.preview_label.setText(self.tr("Building the pack to measure it…"))
        self._preview_jobs.start(
            job,
            parent=self,
            quiet=True,
            on_progress=self._preview_progress,
            on_done=self._preview_finished,
            on_failed=self._preview_failed,
            on_cancelled=self._preview_cancelled,
        )

    def _preview_progress(self, done: int, total: int, message: str) -> None:
        self.preview_bar.setRange(0, total)
        self.preview_bar.setValue(done)
        self.preview_label.setText(message)

    def _preview_finished(self, result: PackResult) -> None:
        self._preview_ended(result)

    def _preview_failed(self, message: str) -> None:
        self._preview_ended(None, message)

    def _preview_cancelled(self) -> None:
        self._preview_ended(None, self.tr("Cancelled."))

    def _preview_ended(self, result: PackResult | None, problem: str = "") -> None:
        options = self._running_options
        self.preview_bar.setVisible(False)
        self.preview_button.setText(self.tr("&Check pages and size"))
        if result is None:
            self.preview_label.setText(problem)
            self._discard_preview()
            return
        self._preview, self._preview_options = result, options
        pages = sum(f.pages for f in result.files)
        size = sum(f.size for f in result.files)
        text = self.tr("%1 page(s), %2 in %3 file(s)").replace("%1", str(pages))
        from desktop_app.services import human_size

        text = text.replace("%2", human_size(size)).replace("%3", str(len(result.files)))
        if result.profile.limited:
            text += " · " + self.tr("fits %1 (%2)").replace("%1", result.profile.label)
            text = text.replace("%2", result.profile.describe())
        if result.settings and result.settings != "original quality":
            text += " · " + self.tr("images at %1").replace("%1", result.settings)
        self.preview_label.setText(text + "\n" + self.tr("Export now saves this pack as it is."))

    @Slot()
    def _settings_changed(self) -> None:
        if self._preview is not None:
            self._discard_preview()
            self.preview_label.setText(self.tr("The settings changed: check again to see pages and size."))

    def _discard_preview(self) -> None:
        self._preview = None
        self._preview_options = None
        # Once the job has reported, it writes nothing more: its folder can go, even while
        # its thread is still winding down.
        if self._preview_dir is not None and not self._preview_jobs.busy():
            remove_private_dir(self._preview_dir)
            self._preview_dir = None

    def release_preview(self) -> None:
        """Stop a running check and remove what it built (call once the pack was placed or dropped)."""
        self._preview_jobs.stop()  # cancels, waits, and hears its end
        self._preview = None
        self._discard_preview()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            # Dossier's own check of the target: the pack, its parts and their .sha256 files.
            from desktop_app.services import existing_pack_files

            out = self.output_path()
            target = confirm_output(
                self,
                out,
                title=self.tr("Export the evidence pack"),
                what="pack",
                also=[p for p in existing_pack_files(out) if p != out],
            )
            if target is None:
                return
            self.target = target
        if self._preview_jobs.busy():
            # Closing during a check: stop it first; nothing it built is kept.
            self.release_preview()
        super().done(result)

    @Slot()
    def _browse(self) -> None:
        name = save_file_name(
            self,
            self.tr("Save the evidence pack as"),
            self.path_edit.text(),
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
        )
        if name:
            self.path_edit.setText(name)
