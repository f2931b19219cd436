"""Merging what the code asks to translate into a language's messages_<lang>.ts (the messages family).

Translations are kept; new messages are added unfinished; messages no longer in the code are marked
vanished (their translation kept for reuse) or dropped; plural messages get the language's number of
forms. The same rules lupdate follows for the window's files.
"""

from __future__ import annotations

from i18n_tools.ts import Catalogue, Message


def plural_count(code: str) -> int:
    return 3 if code == "pl" else 2


def merge(
    old: Catalogue | None, extracted: list[Message], code: str, language: str, drop_vanished: bool = False
) -> tuple[Catalogue, dict[str, int]]:
    """The new catalogue, and counts of what changed (new, kept, similar, vanished, dropped).

    A new message whose source is close to one that left the code (same context, as lupdate's
    "similar text" heuristic) starts from that translation, unfinished, with the old source shown.
    """
    count = plural_count(code)
    before = old.by_key() if old is not None else {}
    stats = {"new": 0, "kept": 0, "similar": 0, "vanished": 0, "dropped": 0}
    merged = Catalogue(language)
    wanted = {message.key for message in extracted}
    gone = [m for m in (old.messages if old is not None else []) if m.key not in wanted and any(m.texts)]
    seen = set()
    for fresh in extracted:
        seen.add(fresh.key)
        message = Message(
            fresh.context,
            fresh.source,
            fresh.comment,
            fresh.numerus,
            list(fresh.locations),
            fresh.extracomment,
        )
        previous = before.get(fresh.key)
        similar = _similar(fresh, gone) if previous is None else None
        if similar is not None:  # the source changed a little: its old translation, to review
            stats["similar"] += 1
            gone.remove(similar)
            seen.add(similar.key)
            _carry(similar, message, count)
            message.kind, message.oldsource = "unfinished", similar.source
        elif previous is None:
            stats["new"] += 1
            message.forms = [""] * count if message.numerus else []
        else:
            stats["kept"] += 1
            _carry(previous, message, count)
        merged.messages.append(message)
    for previous in old.messages if old is not None else []:
        if previous.key in seen:
            continue
        if drop_vanished or not any(previous.texts):
            stats["dropped"] += 1
            continue
        stats["vanished"] += 1
        # Qt's convention: "vanished" was finished, "obsolete" was unfinished.
        if previous.kind is None:
            previous.kind = "vanished"
        elif previous.kind == "unfinished":
            previous.kind = "obsolete"
        previous.locations = []
        merged.messages.append(previous)
    return merged, stats


def _carry(previous: Message, message: Message, count: int) -> None:
    """Give ``message`` the translation of ``previous`` (the same key), fitted to its plural forms."""
    message.translatorcomment = previous.translatorcomment
    kind = previous.kind
    if kind == "vanished":
        kind = None  # back in the code, finished as it was
    elif kind == "obsolete":
        kind = "unfinished"
    if message.numerus:
        forms = previous.forms if previous.numerus else [previous.translation]
        if len(forms) != count or not previous.numerus:
            kind = "unfinished"
        message.forms = (list(forms) + [""] * count)[:count]
        if not all(message.forms):
            kind = "unfinished"
    else:
        message.translation = previous.translation if not previous.numerus else (previous.forms or [""])[0]
        if previous.numerus or not message.translation:
            kind = "unfinished"
    message.kind = kind
    message.oldsource = previous.oldsource if kind == "unfinished" else ""


def _similar(fresh: Message, gone: list[Message]) -> Message | None:
    """The message that left the code whose source is closest to ``fresh``'s (at least 80 % alike)."""
    from difflib import SequenceMatcher

    best, best_ratio = None, 0.8
    for candidate in gone:
        if candidate.context != fresh.context or candidate.comment != fresh.comment:
            continue
        matcher = SequenceMatcher(None, candidate.source, fresh.source)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio:
            best, best_ratio = candidate, ratio
    return best
