"""Writing a letter from the window: choose which and in which language, read it, copy or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.domain.letters import KINDS
from desktop_app.domain.profiles import case_language
from desktop_app.errors import DossierError
from desktop_app.services import LANGUAGES, PackStrings, Services
from desktop_app.ui.outputs import ask_save_path


class LetterDialog(QDialog):
    def __init__(self, services: Services, case_id: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write a letter"))
        self.services = services
        self.case_id = case_id
        self.folder = folder
        self.kind_box = QComboBox()
        names = {
            "issuer-dispute": self.tr("Dispute to your card issuer (chargeback)"),
            "fcba": self.tr("Billing-error notice, US credit card (FCBA)"),
            "merchant-complaint": self.tr("Formal complaint to the merchant"),
            "invoice-request": self.tr("Request for a copy or a correction of an invoice"),
            "bank-complaint": self.tr("Complaint to your bank"),
        }
        for kind in KINDS:
            self.kind_box.addItem(names[kind], kind)
        self.language_box = QComboBox()
        for lang in LANGUAGES:
            self.language_box.addItem(PackStrings(lang)("language"), lang)
        lang = case_language(services.case(case_id).country)  # the pack's default too
        self.language_box.setCurrentIndex(self.language_box.findData(lang))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.note = QLabel(
            self.tr(
                "A draft made from the case's facts: read it, fill in what is marked, and send it yourself. "
                "Dossier gives guidance, not legal advice."
            )
        )
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy the text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self._save_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Letter:"), self.kind_box)
        form.addRow(self.tr("L&anguage:"), self.language_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.language_box.currentIndexChanged.connect(self.refresh)
        self.resize(760, 620)
        self.refresh()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def lang(self) -> str:
        return str(self.language_box.currentData())

    @Slot()
    def refresh(self) -> None:
        try:
            self.text.setPlainText(self.services.letter(self.case_id, self.kind(), self.lang()).text)
        except DossierError as exc:
            logs.error("ui.letters.refresh", exc)
            self.text.setPlainText(str(exc))

    @Slot()
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    @Slot()
    def _save_clicked(self) -> None:
        suggested = self.folder / f"dossier-D-{self.case_id:04d}-{self.kind()}-{self.lang()}.pdf"
        target = ask_save_path(
            self, self.tr("Save the letter"), suggested, "PDF (*.pdf)", suffix=".pdf", what="letter"
        )
        if target is not None:
            self.save_pdf(target.path, force=target.force)

    def save_pdf(self, path: Path, *, force: bool = False) -> Path | None:
        try:
            self.services.write_letter_pdf(self.case_id, self.kind(), self.lang(), path, force=force)
        except DossierError as exc:
            logs.error("ui.letters.save_pdf", exc)
            self.note.setText(str(exc))
            return None
        self.note.setText(self.tr("Saved %1. Read it before you send it.").replace("%1", str(path)))
        return path
