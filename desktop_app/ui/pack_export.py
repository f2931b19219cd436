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

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app import logs
from desktop_app.domain.models import EvidenceItem
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
from desktop_app.ui.controllers import expecting
from desktop_app.ui.document_language import document_language
from desktop_app.ui.i18n import window_language
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.outputs import Target, confirm_output, save_file_name
from desktop_app.ui.pack_exhibits import ExhibitOrder, confirm_card_numbers
from desktop_app.ui.wording import listed

if TYPE_CHECKING:  # the pack builder (reportlab, pypdf) loads when a pack is built or its options read
    from desktop_app.domain.profiles import Profile
    from desktop_app.services import CardNumbersRemain, FitPlan, PackOptions, PackResult


def _profile_text(profile: Profile) -> str:
    """A portal profile by its name, with its limits when it has any ("No limit" alone)."""
    return f"{profile.shown_label} ({profile.describe()})" if profile.limited else profile.shown_label


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

        self._default_name = f"dossier-D-{case.id or 0:04d}-evidence.pdf"
        self.path_edit = QLineEdit(str(default_folder / self._default_name))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.profile_box = QComboBox()
        for profile in PROFILES.values():
            label = _profile_text(profile)
            self.profile_box.addItem(label, profile.name)
        self.language_box = QComboBox()
        for lang in LANGUAGES:
            self.language_box.addItem(PackStrings(lang)("language"), lang)
        self.language_box.setCurrentIndex(
            self.language_box.findData(document_language(case.country, case.language))
        )
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("Automatic (Letter in the US, A4 elsewhere)"), None)
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        self.refuse_box = QCheckBox(self.tr("Stop if an exhibit cannot be read (otherwise a page says why)"))

        case_id = case.id or 0
        live = [item for item in detail.evidence if item.trashed_at is None]
        self.exhibits = ExhibitOrder(live, _default_order(services, case_id, live))
        self.exhibit_list = self.exhibits.list
        self.exhibits.changed.connect(self._update_warning)
        self.fit_box = QCheckBox(self.tr("Fit to the portal"))
        self.fit_box.setToolTip(
            self.tr(
                "Keep the exhibits that matter most for the reason so that the pack meets the portal's "
                "limits; those left out are listed on a page of the pack, available on request"
            )
        )
        self.fit_box.setEnabled(services is not None)
        self.fit_box.toggled.connect(self._fit_toggled)
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fitPlan")
        self.fit_label.setWordWrap(True)
        self.fit_label.setVisible(False)
        self._fit_kept: list[int] | None = None  # what the plan kept (None: no plan shown)
        self._ticked_before_fit: list[int] = []
        self.bw_box = QCheckBox(self.tr("Black and white"))
        self.bw_box.setToolTip(self.tr("The exhibits' pictures in greyscale, for portals that ask for it"))
        self._allow_card_numbers = False  # the user confirmed writing exhibits that show a card number
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
        form.addRow(self.tr("Exhibits:"), self.exhibits)
        form.addRow("", self.fit_box)
        form.addRow("", self.fit_label)
        form.addRow("", self.bw_box)

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
        self.resize(700, 640)
        self._update_warning()
        for box in (self.profile_box, self.language_box, self.paper_box):
            box.currentIndexChanged.connect(self._settings_changed)
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.paper_box.currentIndexChanged.connect(self._plan_again)
        self.language_box.currentIndexChanged.connect(self._plan_again)
        for check in (self.refuse_box, self.fit_box, self.bw_box):
            check.toggled.connect(self._settings_changed)
        self.exhibits.changed.connect(self._settings_changed)
        self.exhibits.changed.connect(self._choice_changed)
        self._profile_changed()

    def selected_ids(self) -> list[int]:
        """The exhibits ticked, in the order shown (the pack's order)."""
        return self.exhibits.ticked()

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
            fit=self.fit_box.isChecked(),
            black_and_white=self.bw_box.isChecked(),
            allow_card_numbers=self._allow_card_numbers,
        )

    def restore(self, options: PackOptions, out: Path) -> None:
        """Show the settings ``options`` and ``out`` again (the user went back to change them)."""
        self.path_edit.setText(str(out))
        for box, value in (
            (self.profile_box, options.profile.name),
            (self.language_box, options.lang),
            (self.paper_box, options.paper),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.refuse_box.setChecked(options.on_bad_exhibit == "refuse")
        self.bw_box.setChecked(options.black_and_white)
        ids = list(options.evidence_ids) if options.evidence_ids is not None else self.exhibits.ids()
        self.exhibits.set_order(ids)
        self.fit_box.blockSignals(True)  # the user's choice as it was, not a new plan
        self.fit_box.setChecked(options.fit and self.fit_box.isEnabled())
        self.fit_box.blockSignals(False)
        self._ticked_before_fit = self.exhibits.ids()
        self.exhibits.set_ticked(ids)

    @Slot()
    def _update_warning(self) -> None:
        chosen = set(self.selected_ids())
        from desktop_app.services import category_of

        images = [e for e in self.detail.evidence if e.id in chosen and category_of(e.media_type) == "image"]
        if images:
            count = len(images)
            self.warning.setText(
                self.tr(
                    "⚠ %n exhibit(s) are images. Dossier masks card numbers in what it writes, but "
                    "cannot read text in images: check they show no full card number or other private "
                    "detail before you send the pack.",
                    "",
                    count,
                )
            )
        self.warning.setVisible(bool(images))
        self.export_button.setEnabled(bool(self.path_edit.text().strip()))

    # ------------------------------------------------------------------ fit to the portal

    @Slot()
    def _profile_changed(self) -> None:
        profile = PROFILES[self.profile_box.currentData()]
        # The name Dossier proposed follows the portal's rule on names (Mastercom: 16 characters);
        # a name the user typed is theirs: the check before writing says what is wrong with it.
        path = self.output_path()
        if path.name == self._default_name:
            case_id = self.detail.case.id or 0
            long_name = f"dossier-D-{case_id:04d}-evidence.pdf"
            self._default_name = (
                profile.suggest_name(f"D-{case_id:04d}-pack.pdf") if profile.max_name_chars else long_name
            )
            self.path_edit.setText(str(path.with_name(self._default_name)))
        limited = profile.limited
        self.fit_box.setEnabled(self.services is not None and limited)
        self.fit_box.setToolTip(
            self.fit_box.toolTip()
            if limited
            else self.tr("Choose a portal with limits first: without limits the whole case goes in")
        )
        if not limited and self.fit_box.isChecked():
            self.fit_box.setChecked(False)  # the ticks as they were before the plan
        else:
            self._plan_again()

    @Slot(bool)
    def _fit_toggled(self, on: bool) -> None:
        if on:
            self._ticked_before_fit = self.exhibits.ticked()
            self._plan()
            return
        self._fit_kept = None
        self.exhibits.mark_left_out([])
        self.exhibits.set_ticked(self._ticked_before_fit)
        self.fit_label.setVisible(False)

    @Slot()
    def _plan_again(self) -> None:
        if self.fit_box.isChecked() and self._fit_kept is not None:
            self._plan()

    def _plan(self) -> None:
        """Ask which exhibits fit the portal (from page counts and sizes: nothing is rendered), and
        show the choice in the list: the user may change it before writing."""
        assert self.services is not None
        from dataclasses import replace

        candidates = self._ticked_before_fit
        options = replace(self.options(), fit=True, evidence_ids=candidates, allow_card_numbers=False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self.services.fit_plan(self.detail.case.id or 0, options)
        except DossierError as exc:
            logs.error("pack_export.fit_plan", exc)
            self._fit_kept = None
            self.fit_label.setText(str(exc))
            self.fit_label.setVisible(True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        chosen = set(plan.kept)
        kept = [i for i in candidates if i in chosen]  # in the user's order
        left_out = [i for i in candidates if i not in chosen]
        self._fit_kept = kept
        self._fit_text = self._plan_text(plan, kept, left_out)
        self.exhibits.mark_left_out(left_out, plan.reasons)
        self.exhibits.set_ticked(kept)  # announces a change: the label is written there
        self._choice_changed()

    def _images_text(self, settings: str, reduced: bool) -> str:
        """ " · images at 150 dpi, JPEG quality 70" for images made smaller ("" at original quality);
        ``settings`` comes from the pack, in the window's language."""
        return " · " + self.tr("images at %1").replace("%1", settings) if reduced and settings else ""

    def _plan_text(self, plan: FitPlan, kept: list[int], left_out: list[int]) -> str:
        from desktop_app.services import human_size

        profile = PROFILES[self.profile_box.currentData()]
        exhibits, pages = len(kept) + len(left_out), plan.pages
        text = (
            self.tr("Fit to %1: %2 of %n exhibit(s) kept, about %3 and %4", "", exhibits)
            .replace(
                "%3", self.tr("%n page(s)", "Fit to the portal: 4 of 6 exhibits kept, about 20 pages", pages)
            )
            .replace("%4", human_size(plan.size, window_language()))
            .replace("%2", str(len(kept)))
            .replace("%1", _profile_text(profile))
        )
        if plan.files > 1:
            files = plan.files
            text += " " + self.tr("in %n file(s)", "", files)
        text += self._images_text(plan.settings, plan.reduced)
        text += "."
        if left_out:
            titles = {item.id: item.title for item in self.detail.evidence}
            text += " " + self.tr(
                "Left out, and listed on a page of the pack as available on request: %1."
            ).replace("%1", _some(f"“{titles.get(i, i)}”" for i in left_out))
        else:
            text += " " + self.tr("Every exhibit fits: none is left out.")
        if plan.front_left_out:  # page 1 and the front matter alone break the limits: parts of it go
            text += " " + self.tr(
                "To make room, the pack also leaves out %1 (said on the same page, available on request)."
            ).replace("%1", listed(plan.front_left_out))
        if not plan.fits:
            text += " " + self.tr(
                "⚠ Even so the estimate is above the portal's limits: check pages and size before sending it."
            )
        return text

    @Slot()
    def _choice_changed(self) -> None:
        if self._fit_kept is None or not self.fit_box.isChecked():
            return
        text = self._fit_text
        if self.selected_ids() != self._fit_kept:
            text += "\n" + self.tr(
                "You changed the choice: the pack keeps the exhibits ticked, in this order "
                "(Check pages and size measures it)."
            )
        self.fit_label.setText(text)
        self.fit_label.setVisible(True)

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
        from desktop_app.services import CardNumbersRemain

        try:  # the case is read now, on the GUI thread (the store's owner), not by the job
            job = expecting(
                self.services.preview_pack_job(self.detail.case.id or 0, out, options), CardNumbersRemain
            )
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

    def _preview_finished(self, result: object) -> None:
        from desktop_app.services import CardNumbersRemain, PackResult

        if isinstance(result, CardNumbersRemain):
            self._preview_ended(None, str(result))
            QTimer.singleShot(0, self, lambda: self._ask_card_numbers(result))  # once the job has ended
            return
        assert isinstance(result, PackResult)
        self._preview_ended(result)

    def _ask_card_numbers(self, refused: CardNumbersRemain) -> None:
        if confirm_card_numbers(self, self.detail.evidence, refused.letters, refused.evidence_ids):
            self._allow_card_numbers = True  # until a setting changes
            self._preview_clicked()  # checked again, to be written with the numbers the user accepted

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
        files = len(result.files)
        from desktop_app.services import human_size

        text = (
            self.tr("%1, %2 in %n file(s)", "", files)
            .replace("%1", self.tr("%n page(s)", "12 pages, 2.3 MB in 2 files", pages))
            .replace("%2", human_size(size, window_language()))
        )
        if result.profile.limited:
            text += " · " + self.tr("fits %1 (%2)").replace("%1", result.profile.shown_label)
            text = text.replace("%2", result.profile.describe())
        text += self._images_text(result.settings, result.reduced)
        self.preview_label.setText(text + "\n" + self.tr("Export now saves this pack as it is."))

    @Slot()
    def _settings_changed(self) -> None:
        self._allow_card_numbers = False  # a confirmation holds for the pack it was given for
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


def _default_order(services: Services | None, case_id: int, evidence: list[EvidenceItem]) -> list[int]:
    """The exhibits' default order (the reason's checklist: ``Services.exhibit_order``); without
    the services, the case's own order."""
    if services is None:
        return [item.id or 0 for item in evidence]
    return services.exhibit_order(case_id)


def _some(names: Iterable[str], shown: int = 6) -> str:
    """The first few of ``names``, and how many more (the list above marks every one)."""
    given = list(names)
    if len(given) <= shown:
        return listed(given)
    more = QCoreApplication.translate("ExportPackDialog", "and %1 more").replace(
        "%1", str(len(given) - shown + 1)
    )
    return listed([*given[: shown - 1], more])
