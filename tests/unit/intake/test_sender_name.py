"""The representative an incoming e-mail names: its sender's display name, never an address."""

from __future__ import annotations

import pytest

from desktop_app.intake.mail import sender_name


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Óscar Núñez <oscar@shop.es>", "Óscar Núñez"),
        ('"Núñez, Óscar" <oscar@shop.es>', "Núñez, Óscar"),
        ("Núñez, Óscar <oscar@shop.es>", "Núñez, Óscar"),  # a decoded RFC 2047 name that held a comma
        ('"Jan \\"Kowal\\" Kowalski" <jan@sklep.pl>', 'Jan "Kowal" Kowalski'),
        ("  StreamNova   Support <support@streamnova.example>", "StreamNova Support"),
        ("oscar@shop.es (Óscar Núñez)", "Óscar Núñez"),
        ("oscar@shop.es", None),
        ("<oscar@shop.es>", None),
        ("oscar@shop.es <oscar@shop.es>", None),
        ('"oscar@shop.es" <oscar@shop.es>', None),
        ("'other@shop.es' <oscar@shop.es>", None),
        ("", None),
    ],
)
def test_sender_name(header: str, name: str | None) -> None:
    assert sender_name(header) == name
