"""A country's public holidays are read from its own module alone, and are the package's own days."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import json, sys
    from desktop_app.domain import holidays as h

    countries = ["FR", "ES", "PL", "GB", "US", "DE", "IT", "PT", "NL", "BE", "IE", "AT", "SE", "CZ",
                 "JP", "CA", "AU", "BR", "MX", "CH"]
    years = [2025, 2026, 2027, 2028]
    fast = {f"{c} {y}": sorted((d.isoformat(), n) for d, n in (h._calendar(c, y) or {}).items())
            for c in countries for y in years}
    whole_loaded = "holidays.countries" in sys.modules
    import holidays
    usual = {}
    for c in countries:
        for y in years:
            try:
                table = holidays.country_holidays(c, years=y)
            except NotImplementedError:
                table = {}
            usual[f"{c} {y}"] = sorted((d.isoformat(), n) for d, n in table.items())
    print(json.dumps({"whole_loaded": whole_loaded, "same": fast == usual,
                      "counts": {k: len(v) for k, v in fast.items()},
                      "diff": [k for k in fast if fast[k] != usual[k]]}))
    """
)


def test_the_holidays_of_a_country_come_from_its_own_module_and_match_the_package() -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120
    )
    found = json.loads(child.stdout)
    assert found["whole_loaded"] is False, "every country's module was imported"
    assert found["same"], found["diff"]
    assert found["counts"]["FR 2026"] == 11 and found["counts"]["PL 2026"] >= 13


def test_a_country_the_package_does_not_know_has_no_table() -> None:
    from desktop_app.domain import holidays as h

    assert h._calendar("ZZ", 2026) is None
