"""Forms that create and record things: a new case, a charge, a contact with the merchant, a task.

They validate as the user types and say what is wrong in words, quoting what was
read; the OK button stays disabled until the form can be saved. What the user typed
is what is kept: amounts go through one parser (domain.money.parse_typed_amount) and
show, next to the field, what was read; dates are typed or picked in a DateField,
never wrapped or clamped; a whole card number pasted into the last-4 field keeps
only its last four digits; nothing is filled in from earlier records unless the
user asks for it.

The forms live in these modules: desktop_app/ui/case_form.py (the case, with its pages in
desktop_app/ui/case_sections.py), desktop_app/ui/record_forms.py (a contact, a task),
desktop_app/ui/purchase_form.py (a charge) and the parts they share in
desktop_app/ui/form_parts.py. This module names them all, where the window and the tests
import them from.
"""

from __future__ import annotations

from desktop_app.ui.case_form import NewCaseDialog
from desktop_app.ui.form_parts import (
    PROMISE_DAYS,
    TimeZoneBox,
    _system_zone_id,
    date_label,
)
from desktop_app.ui.purchase_form import AddPurchaseDialog
from desktop_app.ui.record_forms import LogContactDialog, TaskDialog

__all__ = [
    "PROMISE_DAYS",
    "AddPurchaseDialog",
    "LogContactDialog",
    "NewCaseDialog",
    "TaskDialog",
    "TimeZoneBox",
    "_system_zone_id",
    "date_label",
]
