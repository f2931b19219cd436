"""What the list of cases says in its cells: a case's status, its next deadline, its evidence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.vocab import CaseStatus
from desktop_app.services import CaseSummary
from desktop_app.ui.counts import counted

translate = QCoreApplication.translate


def status_text(c: CaseSummary) -> str:
    """The user's own status, then where the dispute filed with the bank stands: "Open · filed with
    Banque X (claim 77)"; "(archived)" after."""
    text = CaseStatus(c.status).label
    issuer = c.issuer_label()
    if issuer:
        text += f" · {issuer}"
    return text + (" " + translate("models", "(archived)") if c.archived else "")


def next_deadline_text(c: CaseSummary) -> str:
    """The earliest open deadline; "⚠ … late" when it has passed with nothing done."""
    if c.next_deadline is None:
        return ""
    day = c.next_deadline.isoformat()
    return "⚠ " + translate("models", "%1 (late)").replace("%1", day) if c.late else day


def next_deadline_tooltip(c: CaseSummary) -> str:
    if c.next_deadline is None:
        return translate("models", "No open deadline")
    if c.late:
        return translate("models", "Late: %1 has passed and it is not done").replace(
            "%1", c.next_deadline.isoformat()
        )
    return translate("models", "The earliest open deadline: %1").replace("%1", c.next_deadline.isoformat())


def checklist_tooltip(c: CaseSummary) -> str:
    files = counted().files(c.evidence_count)
    if c.checklist is None:
        return files
    missing = c.checklist.missing
    if not missing:
        return files + " · " + translate("models", "everything the bank usually asks for is here")
    return (
        files
        + " · "
        + translate("models", "still missing:")
        + "\n"
        + "\n".join(f"• {item.text}" for item in missing)
    )
