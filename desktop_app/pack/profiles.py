"""The portal profiles live in desktop_app.domain.profiles (pure data); importable from here too."""

from __future__ import annotations

from desktop_app.domain.profiles import MB as MB
from desktop_app.domain.profiles import PROFILES as PROFILES
from desktop_app.domain.profiles import Profile as Profile
from desktop_app.domain.profiles import resolve_profile as resolve_profile
