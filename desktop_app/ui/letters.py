"""Writing a letter from the window: the kinds that fit the case (the others greyed, with why), the
language, the drafted letter in an editor, saving what was edited as PDF or text, and marking it as
sent (a contact and its PDF kept as evidence, undoable)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.domain.vocab import LetterDelivery
from desktop_app.errors import DossierError
from desktop_app.services import (
    LANGUAGES,
    PackStrings,
    SentLetter,
    Services,
    atomic_write,
    check_output,
    letter_words,
)
from desktop_app.ui.appearance import error_colour
from desktop_app.ui.document_language import document_language
from desktop_app.ui.i18n import long_date
from desktop_app.ui.outputs import ask_save_path
from desktop_app.ui.wording import labelled

if TYPE_CHECKING:
    from desktop_app.domain.letters import Letter
    from desktop_app.ui.controllers.history import History


translate = QCoreApplication.translate


def kind_names() -> dict[str, str]:
    """What each kind of letter is called in the window."""

    return {
        "issuer-dispute": translate("LetterDialog", "Dispute to your card issuer (chargeback)"),
        "sepa-refund": translate("LetterDialog", "Refund of a direct debit (SEPA, within 8 weeks)"),
        "unauthorised-debit": translate("LetterDialog", "Refund of a debit taken without a valid mandate"),
        "fcba": translate("LetterDialog", "Billing-error notice, US credit card (FCBA)"),
        "reg-e": translate("LetterDialog", "Error notice, US debit card or transfer (Regulation E)"),
        "section-75": translate("LetterDialog", "Section 75 claim to your UK credit-card issuer"),
        "fos-referral": translate("LetterDialog", "Referral to the Financial Ombudsman Service (UK)"),
        "merchant-complaint": translate("LetterDialog", "Formal complaint to the merchant"),
        "invoice-request": translate("LetterDialog", "Request for a copy or a correction of an invoice"),
        "bank-complaint": translate("LetterDialog", "Complaint to your bank"),
    }


class LetterDialog(QDialog):
    """``history``: the window's undo history, where "Mark as sent" goes (without it, it is not undoable)."""

    def __init__(
        self,
        services: Services,
        case_id: int,
        folder: Path,
        parent: QWidget | None = None,
        *,
        history: History | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write a letter"))
        self.services = services
        self.case_id = case_id
        self.folder = folder
        self.history = history
        self.letter: Letter | None = None  # the draft shown, None when it could not be written
        self.drafted = ""  # its text as drafted, to tell whether the user changed it
        self.sent: list[SentLetter] = []  # what this dialog marked as sent
        case = services.case(case_id)
        names = kind_names()
        self.fits = services.letter_kinds(case_id)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Letter"))
        model = self.kind_box.model()
        assert isinstance(model, QStandardItemModel)
        for fit in self.fits:
            name = names.get(fit.kind, fit.kind)
            self.kind_box.addItem(
                name if fit.fits else self.tr("%1 (does not fit)").replace("%1", name), fit.kind
            )
            row = self.kind_box.count() - 1
            item = model.item(row)
            item.setToolTip(fit.why)
            if not fit.fits:
                item.setEnabled(False)  # greyed: it cannot be chosen, by mouse or keys
        first = next((i for i, fit in enumerate(self.fits) if fit.fits), -1)
        self.kind_box.setCurrentIndex(first)
        self.others = QLabel(self._others_text(names))
        self.others.setObjectName("letterKindsThatDoNotFit")
        self.others.setWordWrap(True)
        self.others.setTextFormat(Qt.TextFormat.PlainText)
        self.others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others.setVisible(False)
        # Why the greyed letters are not offered: a line under the list, opened to say each reason.
        count = sum(1 for fit in self.fits if not fit.fits)
        self.why_button = QToolButton()
        self.why_button.setText(self.tr("&Why are %n letter(s) not offered?", "", count))
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        self.why_button.setCheckable(True)
        self.why_button.setAutoRaise(True)
        self.why_button.setVisible(count > 0)
        self.why_button.toggled.connect(self._show_why)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for lang in LANGUAGES:
            self.language_box.addItem(PackStrings(lang)("language"), lang)
        default = document_language(case.country, case.language)  # as the export dialog
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(default)))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The letter"))
        self.text.setTabChangesFocus(True)  # Tab leaves the letter, as in every other field
        self.note = QLabel()
        self.note.setObjectName("letterNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy the text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self._save_clicked)
        self.text_button = QPushButton(self.tr("Save as te&xt…"))
        self.text_button.clicked.connect(self._save_text_clicked)
        self.sent_button = QPushButton(self.tr("&Mark as sent…"))
        self.sent_button.setToolTip(
            self.tr("Log the letter as a contact and keep its PDF with the case's evidence")
        )
        self.sent_button.clicked.connect(self._mark_sent_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.copy_button, self.save_button, self.text_button, self.sent_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Letter:"))
        kind_label.setBuddy(self.kind_box)
        language_label = QLabel(self.tr("L&anguage:"))
        language_label.setBuddy(self.language_box)
        text_label = QLabel(self.tr("The letter (&edit it before you send it):"))
        text_label.setBuddy(self.text)
        form.addRow(kind_label, self.kind_box)
        form.addRow("", self.why_button)
        # The reasons go under the list, outside the form: a wrapped label in a form's row is given
        # the height of a narrower one, with blank lines above and below it.
        width = max(kind_label.sizeHint().width(), language_label.sizeHint().width())
        for label in (kind_label, language_label):
            label.setMinimumWidth(width)
        reasons = QVBoxLayout()
        reasons.setContentsMargins(width + form.horizontalSpacing() + 6, 0, 0, 0)
        reasons.addWidget(self.others)
        language_form = QFormLayout()
        language_form.addRow(language_label, self.language_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(reasons)
        layout.addLayout(language_form)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._kind_index = self.kind_box.currentIndex()
        self._language_index = self.language_box.currentIndex()
        self.kind_box.currentIndexChanged.connect(self._choice_changed)
        self.language_box.currentIndexChanged.connect(self._choice_changed)
        self.resize(780, 680)
        self.refresh()
        self.kind_box.setFocus()

    def _others_text(self, names: dict[str, str]) -> str:
        others = [fit for fit in self.fits if not fit.fits]
        if not others:
            return ""
        return "\n".join("• " + labelled(names.get(fit.kind, fit.kind), fit.why) for fit in others)

    @Slot(bool)
    def _show_why(self, shown: bool) -> None:
        self.others.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def lang(self) -> str:
        return str(self.language_box.currentData())

    def edited(self) -> bool:
        """Whether the text in the editor is no longer the draft."""
        return self.letter is not None and self.edited_text() != self.drafted

    def _say(self, text: str) -> None:
        self.note.setStyleSheet("")
        self.note.setText(text)

    def _say_error(self, text: str) -> None:
        """An error, said in the dialog (in the error colour) where the person is looking."""
        self.note.setStyleSheet(f"color: {error_colour(self.note.palette())};")
        self.note.setText(text)

    def _default_note(self) -> str:
        return self.tr(
            "A draft made from the case's facts: read it, change what you want, fill in what is marked, "
            "and send it yourself. Dossier gives guidance, not legal advice."
        )

    # ------------------------------------------------------------------ the draft

    @Slot()
    def _choice_changed(self) -> None:
        """Another kind or language: drafted again, after asking when the user changed the text."""
        if self.edited():
            answer = QMessageBox.question(
                self,
                self.tr("Write a letter"),
                self.tr("Your changes to this letter will be lost. Draft the other letter?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                for box, index in (
                    (self.kind_box, self._kind_index),
                    (self.language_box, self._language_index),
                ):
                    box.blockSignals(True)
                    box.setCurrentIndex(index)
                    box.blockSignals(False)
                return
        self._kind_index = self.kind_box.currentIndex()
        self._language_index = self.language_box.currentIndex()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Draft the letter chosen, in the language chosen, from the case as it is now."""
        self.letter = None
        self.drafted = ""
        if self.kind_box.currentIndex() < 0:
            self.text.setPlainText("")
            self._set_ready(False)
            self._say(self.tr("No letter of Dossier fits this case."))
            return
        try:
            self.letter = self.services.letter(self.case_id, self.kind(), self.lang())
        except DossierError as exc:
            logs.error("ui.letters.refresh", exc)
            self.text.setPlainText("")
            self._set_ready(False)
            self._say_error(str(exc))
            return
        self.text.setPlainText(self.letter.text)
        self.drafted = self.edited_text()
        self._set_ready(True)
        self._say(self._default_note())

    def _set_ready(self, ready: bool) -> None:
        self.text.setReadOnly(not ready)
        for button in (self.copy_button, self.save_button, self.text_button, self.sent_button):
            button.setEnabled(ready)

    def edited_text(self) -> str:
        """The letter as it is in the editor, its no-break spaces kept (toPlainText makes them
        spaces, and an amount could then break across lines)."""
        raw = self.text.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    @Slot()
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.edited_text())

    # ------------------------------------------------------------------ saving

    def _suggested(self, suffix: str) -> Path:
        return self.folder / f"dossier-D-{self.case_id:04d}-{self.kind()}-{self.lang()}{suffix}"

    @Slot()
    def _save_clicked(self) -> None:
        target = ask_save_path(
            self,
            self.tr("Save the letter"),
            self._suggested(".pdf"),
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
            what="letter",
        )
        if target is not None:
            self.save_pdf(target.path, force=target.force)

    @Slot()
    def _save_text_clicked(self) -> None:
        target = ask_save_path(
            self,
            self.tr("Save the letter as text"),
            self._suggested(".txt"),
            self.tr("Text (*.txt)"),
            suffix=".txt",
            what="letter",
        )
        if target is not None:
            self.save_text(target.path, force=target.force)

    def save_pdf(self, path: Path, *, force: bool = False) -> Path | None:
        """The letter as it is in the editor, as a PDF at ``path`` (an existing file only with ``force``)."""
        if self.letter is None:
            return None
        try:
            written = self.services.write_letter_text_pdf(
                self.case_id, self.letter, self.edited_text(), path, force=force
            )
        except DossierError as exc:
            logs.error("ui.letters.save_pdf", exc)
            self._say_error(str(exc))
            return None
        self._say(self.tr("Saved %1. Read it before you send it.").replace("%1", str(written)))
        return written

    def save_text(self, path: Path, *, force: bool = False) -> Path | None:
        """The letter as it is in the editor, as UTF-8 text at ``path``."""
        if self.letter is None:
            return None
        text = self.edited_text()
        try:
            target = check_output(path, force=force, what="letter")
            atomic_write(target, (text if text.endswith("\n") else text + "\n").encode("utf-8"))
        except DossierError as exc:
            logs.error("ui.letters.save_text", exc)
            self._say_error(str(exc))
            return None
        except OSError as exc:
            logs.error("ui.letters.save_text", exc)
            self._say_error(
                self.tr("%1 could not be written (%2); nothing was saved.")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or type(exc).__name__)
            )
            return None
        self._say(self.tr("Saved %1. Read it before you send it.").replace("%1", str(target)))
        return target

    # ------------------------------------------------------------------ marking it as sent

    @Slot()
    def _mark_sent_clicked(self) -> None:
        from desktop_app.ui.letter_sent import MarkSentDialog

        marker = self._unfilled_marker()
        if marker and self.edited_text().find(marker) >= 0:
            answer = QMessageBox.question(
                self,
                self.tr("Mark the letter as sent"),
                self.tr(
                    "The letter still says “%1” where a fact is missing. Mark it as sent as it is?"
                ).replace("%1", marker),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._say(self.tr("Fill in “%1” in the letter, then mark it as sent.").replace("%1", marker))
                return
        form = MarkSentDialog(self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.mark_sent(form.sent_on(), form.delivery(), form.reference())

    def _unfilled_marker(self) -> str:
        """The language's "to be completed" mark, left where the letter cannot do without a fact."""
        try:
            return str(letter_words(self.lang()).get("unknown") or "")
        except DossierError as exc:
            logs.error("ui.letters.marker", exc)
            return ""

    def mark_sent(
        self, sent_on: date, delivery: LetterDelivery, reference: str | None = None
    ) -> SentLetter | None:
        """Keep the letter as edited: a contact and its PDF as evidence (see services.mark_letter_sent).

        With the window's history, it is one undoable change: Undo moves both to the trash."""
        letter = self.letter
        if letter is None:
            return None
        text = self.edited_text()

        def mark() -> SentLetter:
            return self.services.mark_letter_sent(self.case_id, letter, text, sent_on, delivery, reference)

        error = ""
        sent: SentLetter | None = None
        if self.history is None:
            try:
                sent = mark()
            except DossierError as exc:
                logs.error("ui.letters.mark_sent", exc)
                error = str(exc)
        else:
            from desktop_app.ui.controllers.history import undo_text
            from desktop_app.ui.letter_sent import MarkSentCommand

            command = MarkSentCommand(
                undo_text(self.tr("Mark “%1” as sent"), letter.subject),
                mark,
                self.services.set_sent_letter_trashed,
                self.history.command_error,
            )
            self.history.undo_stack.push(command)  # its first redo marks it
            sent, error = command.sent, command.error
        if sent is None:
            self._say_error(error or self.tr("The letter was not marked as sent."))
            return None
        self.sent.append(sent)
        said = (
            self.tr(
                "Marked as sent on %1 (%2): the letter is logged as a contact and its PDF kept as evidence."
            )
            .replace("%1", long_date(sent_on))
            .replace("%2", delivery.label)
        )
        if self.history is not None:
            from desktop_app.ui.controllers.history import keys_of

            said += " " + self.tr("%1 in the window undoes it.").replace(
                "%1", keys_of(self.history.undo_action)
            )
        self._say(said)
        return sent
