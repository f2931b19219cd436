"""The fit's pure parts: which exhibits are kept, the worst-case JPEG bound, Mastercom's names."""

from __future__ import annotations

import io
import random

from PIL import Image

from desktop_app.domain.fit import choose
from desktop_app.domain.profiles import PROFILES
from desktop_app.pack.fitting import LEVELS, worst_jpeg_bytes


def test_choose_keeps_in_order_what_still_fits_and_tries_the_next() -> None:
    sizes = {1: 5, 2: 9, 3: 2, 4: 3}
    choice = choose([1, 2, 3, 4], lambda ids: sum(sizes[i] for i in ids) <= 10)
    assert choice.kept == [1, 3, 4] and choice.left_out == [2]


def test_the_jpeg_bound_holds_for_hard_content() -> None:
    rng = random.Random(5)
    w, h = 400, 300
    images = [
        Image.frombytes("RGB", (w, h), rng.randbytes(w * h * 3)),
        Image.frombytes("RGB", (w, h), bytes(255 if b & 1 else 0 for b in rng.randbytes(w * h * 3))),
        Image.frombytes("L", (w, h), bytes((x + y) % 2 * 255 for y in range(h) for x in range(w))).convert(
            "RGB"
        ),
    ]
    for policy in LEVELS:
        for image in images:
            out = io.BytesIO()
            image.save(out, format="JPEG", quality=policy.quality, optimize=True, progressive=False)
            assert len(out.getvalue()) <= worst_jpeg_bytes(w * h, policy.quality)


def test_mastercom_names_are_refused_with_a_name_that_fits() -> None:
    mastercard = PROFILES["mastercard"]
    assert mastercard.name_problem("dispute.pdf") == ""
    problem = mastercard.name_problem("chargeback-amazon-2026.pdf")
    assert "16" in problem and "26" in problem
    suggested = mastercard.suggest_name("Réclamation carte été.pdf")
    assert len(suggested) <= 16 and suggested.isascii() and suggested.endswith(".pdf")
    assert mastercard.name_problem(suggested) == ""
    assert PROFILES["amex"].name_problem("a very long name with spaces é.pdf") == ""


def test_every_limited_profile_cites_its_source() -> None:
    for profile in PROFILES.values():
        if profile.limited:
            assert profile.source and profile.source in profile.help_line()
