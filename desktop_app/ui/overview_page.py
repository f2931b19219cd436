"""A case's Overview: every fact of the case, the three figures of each disputed charge and the
case's total (domain.amounts), the issuer's facts once filed, the deadlines per charge, where the
case stands, its story, and what the bank will expect to see."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.amounts import Total, disputed_total
from desktop_app.domain.deadlines import Notice
from desktop_app.domain.escalation import NextStep
from desktop_app.domain.models import CASE_DATE_FIELDS, Case, Issuer
from desktop_app.domain.money import display_amount
from desktop_app.domain.profiles import LANGUAGE_NAMES
from desktop_app.domain.text import format_moment
from desktop_app.domain.vocab import PaymentMethod
from desktop_app.services import CaseDeadline, CaseDetail
from desktop_app.ui.appearance import error_colour
from desktop_app.ui.counts import when_text
from desktop_app.ui.document_language import country_language, document_language
from desktop_app.ui.form_parts import date_label
from desktop_app.ui.models import translate, window_lang
from desktop_app.ui.wording import form_label

SHOWN_DEADLINES = 8  # the Overview names the soonest; the Deadlines tab has them all


def _label(rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _title(bold: QFont) -> QLabel:
    label = QLabel()
    label.setFont(bold)
    label.setWordWrap(True)  # a longer language wraps a heading rather than widen the page
    return label


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _filed(issuer: Issuer) -> bool:
    return any(value is not None for value in vars(issuer).values())


class OverviewPage(QScrollArea):
    """Every fact of the case, its story, and what the bank will expect to see.

    Amounts are written for ``lang`` (by default the window's language), as the pack writes them.
    """

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        self._own_viewport()
        self.lang = lang or window_lang()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in [
            ("customer", self.tr("Customer")),
            ("customer_contact", self.tr("Customer's contacts")),
            ("tax_id", self.tr("Tax number")),
            ("cardholder", self.tr("Cardholder")),
            ("merchant", self.tr("Merchant")),
            ("merchant_contact", self.tr("Merchant's contacts")),
            ("merchant_address", self.tr("Merchant's address")),
            ("reason", self.tr("Reason")),
            ("status", self.tr("Status")),
            ("stage", self.tr("Escalation stage")),
            ("country", self.tr("Country")),
            ("language", self.tr("Language of letters and packs")),
            ("payment", self.tr("Paid with")),
            ("mandate", self.tr("Mandate")),
            ("disputed", self.tr("Amount disputed")),
            ("refunded", self.tr("Already refunded")),
            *[(f"date_{name}", date_label(name)) for name in CASE_DATE_FIELDS],
            ("created", self.tr("Case opened")),
            ("updated", self.tr("Last change")),
        ]:
            value = _label()
            self.fields.addRow(form_label(label), value)
            self.values[key] = value
        bold = QLabel().font()
        bold.setBold(True)
        self.issuer_title = _title(bold)
        self.issuer_title.setText(self.tr("After filing with the bank"))
        self.issuer_fields = QFormLayout()
        self.issuer_fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in [
            ("issuer", self.tr("Issuer")),
            ("claim", self.tr("Claim")),
            ("provisional", self.tr("Provisional credit")),
            ("merchant_response", self.tr("Merchant's response")),
            ("outcome", self.tr("Outcome")),
            ("redebit", self.tr("Re-debited")),
        ]:
            value = _label()
            self.issuer_fields.addRow(form_label(label), value)
            self.values[key] = value
        self.issuer_box = QWidget()
        issuer_layout = QVBoxLayout(self.issuer_box)
        issuer_layout.setContentsMargins(0, 8, 0, 0)
        issuer_layout.addWidget(self.issuer_title)
        issuer_layout.addLayout(self.issuer_fields)
        self.story = _label()
        self.checklist_title = QLabel()
        self.checklist_title.setObjectName("checklistTitle")
        self.checklist_title.setFont(bold)
        self.checklist_title.setWordWrap(True)
        self.checklist = _label(rich=True)
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        story_title = _title(bold)
        story_title.setText(self.tr("The story"))
        self.ladder_title = _title(bold)
        self.ladder = _label(rich=True)
        self.ladder.setObjectName("nextEscalation")
        self.figures_title = _title(bold)
        self.figures_title.setObjectName("figuresTitle")
        self.figures = _label(rich=True)
        self.figures.setObjectName("chargeFigures")
        self.deadlines_title = _title(bold)
        self.deadlines_title.setText(self.tr("Deadlines"))
        self.deadlines = _label(rich=True)
        self.deadlines.setObjectName("overviewDeadlines")

        left = QVBoxLayout()
        left.addLayout(self.fields)
        left.addWidget(self.issuer_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.figures_title)
        right.addWidget(self.figures)
        right.addSpacing(12)
        right.addWidget(self.deadlines_title)
        right.addWidget(self.deadlines)
        right.addSpacing(12)
        right.addWidget(self.ladder_title)
        right.addWidget(self.ladder)
        right.addSpacing(12)
        right.addWidget(self.checklist_title)
        right.addWidget(self.checklist)
        right.addWidget(self.next_step)
        right.addSpacing(12)
        right.addWidget(story_title)
        right.addWidget(self.story)
        right.addStretch(1)
        # The facts beside the figures, deadlines and ladder; one above the other when the page is
        # narrower than both side by side (a longer language, a smaller screen): never cut.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.addLayout(left, 1)
        self.columns.addSpacing(16)
        self.columns.addLayout(right, 1)
        self._sides = (left, right)
        # In tabs that have not laid out their pages yet (CaseView's PageTabs, until first shown),
        # the page's first size lasts a moment: laying the body out at it is skipped (about 10 ms
        # of the window's start), and done at the size the tabs then give it.
        self._waiting = self._skipped = False
        self.setWidget(body)

    def _own_viewport(self) -> None:
        """A viewport made here, the same as the one QScrollArea makes (name, background filled,
        beneath the scroll bars). The page reads its viewport's width at every resize: PySide6
        wraps a widget Qt made by first making Python's type of every widget class it has (about
        35 classes and 30 of their enums, 5-8 ms of the window's start); one made in Python is
        wrapped already."""
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        viewport.lower()
        self._viewport = viewport

    def _language_text(self, country: str | None, chosen: str | None) -> str:
        """The language of the case's letters and packs, and where it comes from."""
        lang = document_language(country, chosen)
        if chosen and chosen.lower() == lang:
            how = self.tr("%1 (your choice)")
        elif country_language(country):
            how = self.tr("%1 (from the country)")
        else:
            how = self.tr("%1 (the window's language)")
        return how.replace("%1", LANGUAGE_NAMES[lang])

    def _money(self, value: Decimal | None, currency: str) -> str:
        return display_amount(value, currency, self.lang)

    def show_case(self, detail: CaseDetail) -> None:
        case = detail.case
        merchant = case.merchant
        customer = case.customer
        contacts = ", ".join(c for c in (merchant.email, merchant.phone, merchant.website) if c)
        checklist = detail.checklist
        rules = checklist.rules
        hint = ""
        if case.payment.method in (None, PaymentMethod.CARD.value):  # a card network's codes, for a card
            hint = ", ".join(
                f"{network} {code}"
                for network, code in (("Visa", rules.visa), ("Mastercard", rules.mastercard))
                if code
            )
        total = disputed_total(case, detail.purchases)
        ahead = detail.next_step
        stage = (
            self.tr("%1 (your choice)").replace("%1", case.stage.label)
            if case.stage_override
            else self.tr("%1 (from the facts)").replace("%1", ahead.stage.label)
        )
        texts = {
            "customer": _joined(case.customer_name, customer.kind.label if customer.kind else None),
            "customer_contact": _joined(
                customer.address, customer.city_apart(), customer.email, customer.phone
            ),
            "tax_id": customer.tax_id or "",
            "cardholder": _joined(customer.cardholder_name, customer.cardholder_role),
            "merchant": merchant.name,
            "merchant_contact": contacts,
            "merchant_address": merchant.address or "",
            "reason": case.reason.label + (f" ({hint})" if hint else ""),
            "status": case.status.label,
            "stage": stage,
            "country": case.country or "",
            "language": self._language_text(case.country, case.language),
            "payment": _joined(
                case.payment.describe(),
                self.tr("business card or account") if case.payment.business else None,
            ),
            "mandate": _joined(
                self.tr("reference %1").replace("%1", case.payment.mandate_reference)
                if case.payment.mandate_reference
                else None,
                self.tr("creditor %1").replace("%1", case.payment.creditor_id)
                if case.payment.creditor_id
                else None,
            ),
            "disputed": self._money(total.amount, total.currency),
            "refunded": self._money(case.refunded_amount, case.currency),
            "created": format_moment(case.created_at.astimezone()) if case.created_at else "",
            "updated": format_moment(case.updated_at.astimezone()) if case.updated_at else "",
        }
        for name in CASE_DATE_FIELDS:
            day = getattr(case.dates, name)
            texts[f"date_{name}"] = day.isoformat() if day else ""
        texts.update(self._issuer_texts(case))
        for key, value in texts.items():
            self.values[key].setText(value or "—")
        self.fields.setRowVisible(self.values["mandate"], bool(texts["mandate"]))
        self.fields.setRowVisible(self.values["cardholder"], bool(texts["cardholder"]))
        self.issuer_box.setVisible(_filed(case.issuer))
        self._show_figures(total)
        self.story.setText(case.summary or self.tr("No story yet: Edit case details (F2) to write it."))
        self.checklist_title.setText(
            self.tr("What the bank will expect (%1 of %2)")
            .replace("%1", str(checklist.done))
            .replace("%2", str(checklist.total))
        )
        rows = [
            f"<tr><td>{'✔' if status.met else '✘'}</td><td>{html.escape(status.item.text)}</td></tr>"
            for status in checklist.items
        ]
        self.checklist.setText("<table cellspacing='3'>" + "".join(rows) + "</table>")
        self.ladder_title.setText(self.tr("Where it stands: %1").replace("%1", ahead.stage.label))
        self.ladder.setText(self._ladder_text(ahead))
        self.ladder.setToolTip(ahead.source)
        step = checklist.next_step
        self.next_step.setText(
            self.tr("Next: %1").replace("%1", step.hint)
            if step
            else self.tr("Everything the bank usually asks for is here.")
        )
        self._relayout()

    def _relayout(self) -> None:
        """Forget the heights the forms worked out for their wrapped values. Texts set while the
        page is hidden (the window's first case, before it is shown) do not reach the layouts, which
        kept the heights of the values before them, and the longer ones were cut off."""
        self.fields.invalidate()
        self.issuer_fields.invalidate()
        body = self.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.invalidate()

    def showEvent(self, event: QShowEvent) -> None:
        self._relayout()
        self._arrange()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        if self._waiting:
            self._skipped = True
            return
        self._skipped = False
        super().resizeEvent(event)

    def wait_for_layout(self) -> None:
        """Lay the body out only once :meth:`stop_waiting` is called (see __init__)."""
        self._waiting = True

    def stop_waiting(self) -> None:
        """From now on every resize lays the body out."""
        self._waiting = False

    def catch_up(self) -> None:
        """Lay the body out at the page's size if a resize was skipped and none came since."""
        if self._skipped:
            self._skipped = False
            super().resizeEvent(QResizeEvent(self.size(), self.size()))

    def _arrange(self) -> None:
        """Side by side when both columns fit the page's width, else one above the other."""
        left, right = self._sides
        margins = self.columns.contentsMargins()
        side_by_side = (
            left.minimumSize().width() + right.minimumSize().width() + 16 + margins.left() + margins.right()
        )
        fits = side_by_side <= self.viewport().width()
        direction = QBoxLayout.Direction.LeftToRight if fits else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _ladder_text(self, ahead: NextStep) -> str:
        """What to do now (never a step already taken), why the case stands there, what to have
        ready, then the ladder's steps in order with the bodies each names and whether they are open."""
        next_label = html.escape(self.tr("Next:"))
        parts = [f"<p>{next_label} {html.escape(ahead.step)}</p>"]
        if ahead.because:
            parts.append(f"<p><i>{html.escape(ahead.because)}</i></p>")
        if ahead.prepare:
            ready = "".join(f"<li>{html.escape(item)}</li>" for item in ahead.prepare)
            have_ready = html.escape(self.tr("Have ready:"))
            parts.append(f"<p>{have_ready}</p><ul style='margin-top:0'>{ready}</ul>")
        states = {
            "done": ("✔", self.tr("done")),
            "current": ("▶", self.tr("now")),
            "next": ("→", self.tr("next")),
            "later": ("·", self.tr("later")),
        }
        rows = []
        for step in ahead.steps:
            mark, said = states.get(step.state, ("·", step.state))
            title = html.escape(step.title or step.stage.label)
            if step.state == "current":
                title = f"<b>{title}</b>"
            bodies = []
            for body in step.bodies:
                name = html.escape(body.name)
                if not body.available:
                    closed = html.escape(self.tr("not open to you"))
                    name = f"<s>{name}</s> — {closed}"
                    if body.why:
                        name += f": {html.escape(body.why)}"
                bodies.append(name)
            named = f"<br><small>{'<br>'.join(bodies)}</small>" if bodies else ""
            rows.append(f"<tr><td>{mark}</td><td>{title} ({html.escape(said)}){named}</td></tr>")
        if rows:
            parts.append("<table cellspacing='2'>" + "".join(rows) + "</table>")
        return "".join(parts)

    def _issuer_texts(self, case: Case) -> dict[str, str]:
        i = case.issuer
        filed = self.tr("filed on %1").replace("%1", i.filed_on.isoformat()) if i.filed_on else None
        on = self.tr("on %1")

        def dated(amount: Decimal | None, day: date | None) -> str:
            money = self._money(amount, case.currency) if amount is not None else None
            return _joined(money, on.replace("%1", day.isoformat()) if day else None)

        return {
            "issuer": _joined(i.name, i.address),
            "claim": _joined(
                self.tr("number %1").replace("%1", i.claim_number) if i.claim_number else None, filed
            ),
            "provisional": dated(i.provisional_credit, i.provisional_credit_on),
            "merchant_response": i.merchant_response or "",
            "outcome": _joined(
                i.outcome.label if i.outcome else None,
                on.replace("%1", i.outcome_on.isoformat()) if i.outcome_on else None,
            ),
            "redebit": dated(i.redebit_amount, i.redebit_on),
        }

    def _show_figures(self, total: Total) -> None:
        """Each disputed charge's three figures, then the case's total and why it may differ."""
        charges = total.figures
        self.figures_title.setText(
            self.tr("The disputed charges (%1)").replace("%1", str(len(charges)))
            if charges
            else self.tr("The disputed amount")
        )
        head = "".join(
            f"<th align='{align}'>{html.escape(text)}</th>"
            for text, align in (
                (self.tr("Charge"), "left"),
                (self.tr("Charged"), "right"),
                (self.tr("Agreed"), "right"),
                (self.tr("Disputed"), "right"),
            )
        )
        rows = []
        for f in charges:
            p = f.purchase
            what = html.escape(_joined(p.date.isoformat(), p.description))
            disputed = html.escape(self._money(f.disputed, p.currency))
            if not f.disputed_given and f.agreed is not None:
                worked_out = html.escape(self.tr("charged minus agreed"))
                disputed += f"<br><small>{worked_out}</small>"
            agreed = html.escape(self._money(f.agreed, p.currency)) if f.agreed is not None else "—"
            rows.append(
                f"<tr><td>{what}</td><td align='right'>{html.escape(self._money(f.charged, p.currency))}</td>"
                f"<td align='right'>{agreed}</td><td align='right'>{disputed}</td></tr>"
            )
        if total.amount is not None:
            money = html.escape(self._money(total.amount, total.currency))
            said = (
                self.tr("Total disputed")
                if total.from_charges
                else self.tr("Disputed (the case's own figure)")
            )
            said = html.escape(said)
            rows.append(f"<tr><td colspan='3'><b>{said}</b></td><td align='right'><b>{money}</b></td></tr>")
        elif not charges:
            none_yet = html.escape(self.tr("No amount given yet."))
            rows.append(f"<tr><td colspan='4'>{none_yet}</td></tr>")
        table = f"<table cellspacing='4'><tr>{head}</tr>{''.join(rows)}</table>" if charges else ""
        if not charges:
            table = "<table cellspacing='4'>" + "".join(rows) + "</table>"
        note = f"<p>⚠ {html.escape(total.note)}</p>" if total.note else ""
        self.figures.setText(table + note)

    def show_deadlines(self, deadlines: Sequence[CaseDeadline], notices: Sequence[Notice] = ()) -> None:
        """The rules' deadlines, soonest first, each with the charge it counts from and its notes;
        then the rights that have no date of their own."""
        ruled = sorted((d for d in deadlines if not d.rule_id.startswith("task:")), key=lambda d: d.due)
        items = []
        for d in ruled[:SHOWN_DEADLINES]:
            # Late only what the user had to do; a passed answer clock is the other side's.
            late = d.days_left < 0 and d.kind != "wait" and d.party == "you"
            when = when_text(d.days_left, passed="late" if late else "ago")
            head = f"<b>{d.due.isoformat()}</b> ({html.escape(when)}) {html.escape(d.title)}"
            if late:
                head = f"<span style='color:{error_colour(self.palette())}'>{head}</span>"
            lines = [head]
            charge = deadline_charge(d, self.lang)
            if charge:
                lines.append(html.escape(self.tr("for the %1").replace("%1", charge)))
            for note in deadline_notes(d):
                lines.append(f"⚠ {html.escape(note)}")
            items.append("<li>" + "<br>".join(lines) + "</li>")
        also = notices_text(notices)
        if not ruled:
            self.deadlines.setText(html.escape(self.tr("No deadline from the rules yet.")) + also)
            return
        more = len(ruled) - SHOWN_DEADLINES
        tail = "<p>" + html.escape(self.tr("and %n more in Deadlines", "", more)) + "</p>" if more > 0 else ""
        self.deadlines.setText("<ul style='margin-top:0'>" + "".join(items) + "</ul>" + tail + also)


def deadline_charge(d: CaseDeadline, lang: str) -> str:
    """The charge a deadline counts from, in words ("charge of 2026-11-05, 29,90 EUR (Gym)"), or ""."""
    charge = d.charge
    if charge is None:  # counted from a case date
        return ""
    amount = display_amount(charge.amount, charge.currency, lang)
    what = f" ({charge.description})" if charge.description else ""
    return (
        translate("OverviewPage", "charge of %1, %2")
        .replace("%1", charge.date.isoformat())
        .replace("%2", amount)
        + what
    )


def deadline_notes(d: CaseDeadline) -> list[str]:
    """A deadline's notes: the rule's, and a last day on a weekend or public holiday."""
    notes = [d.note] if d.note else []
    if d.working_day_note:
        notes.append(d.working_day_note)
    if (
        d.acts_by is not None
        and d.acts_by != d.due
        and d.working_day_note
        and d.acts_by.isoformat() not in d.working_day_note
    ):
        notes.append(
            translate("OverviewPage", "Act by %1, the working day before.").replace(
                "%1", d.acts_by.isoformat()
            )
        )
    return notes


def notices_text(notices: Sequence[Notice]) -> str:
    """The rights with no date of their own (UK Section 75, a transfer's recall, a network whose limit
    is not known), each with its note and source, as rich text ("" when there is none)."""
    if not notices:
        return ""
    items = []
    for n in notices:
        parts = [f"<b>{html.escape(n.title)}</b>"]
        if n.note:
            parts.append(html.escape(n.note))
        parts.append(f"<small>{html.escape(n.source)}</small>")
        items.append("<li>" + "<br>".join(parts) + "</li>")
    heading = html.escape(translate("OverviewPage", "Also open to you, with no date of its own:"))
    return f"<p>{heading}</p><ul style='margin-top:0'>{''.join(items)}</ul>"
