"""What the pack build tells the user when it refuses or warns, in the process's language
(desktop_app.i18n, context "Pack"): a pack that cannot fit a profile, exhibits left out, what was
redacted and what could not be."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.domain.models import EvidenceItem
from desktop_app.domain.profiles import Profile
from desktop_app.i18n import translate, translate_n
from desktop_app.pack.messages import exhibit_name, labelled, listed
from desktop_app.pack.messages import size as message_size
from desktop_app.pack.options import CardNumbersRemain, FitPlan

if TYPE_CHECKING:
    from desktop_app.pack.exhibits import Exhibit, ExhibitError
    from desktop_app.pack.front_cut import FrontCut


def not_chosen() -> str:
    """Why an exhibit the user did not choose is left out (FitPlan.reasons)."""
    return translate("Pack", "not among the exhibits chosen")


def listing(ids: Sequence[int], by_id: dict[int | None, EvidenceItem], most: int = 8) -> str:
    named = listed(f"#{i} {by_id[i].title}" for i in ids[:most])
    if len(ids) <= most:
        return named
    return translate_n("Pack", "{named} and %n more", len(ids) - most).format(named=named)


def refusal_before_rendering(
    profile: Profile, plan: FitPlan, by_id: dict[int | None, EvidenceItem], short: str, largest: str
) -> str:
    if plan.fits:
        what = translate_n(
            "Pack",
            "--fit would keep %n exhibit(s) (about {pages} pages, at most {size}) and list the {count} "
            "left out as available on request: {left_out}",
            len(plan.kept),
        ).format(
            pages=plan.pages,
            size=message_size(plan.size),
            count=len(plan.left_out),
            left_out=listing(plan.left_out, by_id),
        )
        if plan.front_left_out:
            what += translate(
                "Pack",
                "; page 1 and the front matter alone being too long, it would also leave out {parts} "
                "(available on request)",
            ).format(parts=listed(plan.front_left_out))
        return translate(
            "Pack",
            "The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. "
            "The largest exhibits: {largest}. Nothing was written. Run it again with --fit to build the "
            "pack that fits: {fit}. Or choose the exhibits yourself (--exhibits), or a profile with more "
            "room.",
        ).format(
            profile=profile.shown_label, limits=profile.describe(), short=short, largest=largest, fit=what
        )
    return translate(
        "Pack",
        "The pack cannot fit the {profile} profile ({limits}): counted before rendering, {short}. "
        "The largest exhibits: {largest}. Nothing was written. Even --fit cannot help: {why}. Choose "
        "the exhibits yourself (--exhibits), or a profile with more room.",
    ).format(
        profile=profile.shown_label, limits=profile.describe(), short=short, largest=largest, why=plan.message
    )


def fit_impossible(profile: Profile, plan: FitPlan) -> str:
    return translate(
        "Pack",
        "The pack cannot fit the {profile} profile ({limits}) even with exhibits left out: {why}. "
        "Nothing was written.",
    ).format(profile=profile.shown_label, limits=profile.describe(), why=plan.message)


def chosen_too_big(profile: Profile, plan: FitPlan, by_id: dict[int | None, EvidenceItem]) -> str:
    unchosen = not_chosen()
    dropped = [i for i in plan.left_out if plan.reasons.get(i) != unchosen]
    said = translate(
        "Pack",
        "The exhibits chosen cannot fit the {profile} profile ({limits}), counted before rendering. "
        "Nothing was written.",
    ).format(profile=profile.shown_label, limits=profile.describe())
    if plan.fits:
        return (
            said
            + " "
            + translate("Pack", "Of them, these would have to go as well: {exhibits}.").format(
                exhibits=listing(dropped, by_id)
            )
        )
    return said + " " + translate("Pack", "Even fewer cannot help: {why}.").format(why=plan.message)


def images_to_check(exhibits: Sequence[Exhibit]) -> list[str]:
    """What the user checks by eye: the images the pack shows as they are (Dossier reads no text in
    them). Said on the command line; the window says it in the export dialog, not as a warning."""
    images = [e for e in exhibits if e.category == "image" and not e.redaction.boxes]
    if not images:
        return []
    return [
        translate_n(
            "Pack",
            "The pack includes %n image(s) ({letters}). Dossier cannot read text in images: check "
            "they show no full card number or other private detail, and draw boxes over any in the "
            "evidence preview.",
            len(images),
        ).format(letters=", ".join(e.info.letter for e in images))
    ]


def privacy_warnings(exhibits: Sequence[Exhibit], *, allow_card_numbers: bool = False) -> list[str]:
    """What the user must know of the exhibits' private details; CardNumbersRemain when an
    exhibit still shows a full card number Dossier cannot redact (see pack/redaction.py for what
    counts), unless ``allow_card_numbers``."""
    warnings = []
    for exhibit in exhibits:
        info = exhibit.info
        name = exhibit_name(info.letter, info.original_name)
        if exhibit.redaction.unread:
            unread = exhibit.redaction.unread
            warnings.append(
                translate_n(
                    "Pack",
                    "{exhibit}: page(s) {pages} hold no text Dossier can read (a scan, a picture): check "
                    "they show no full card number, and draw boxes over any in the evidence preview.",
                    len(unread),
                ).format(exhibit=name, pages=", ".join(str(p) for p in unread))
            )
        for where in exhibit.redaction.ibans_remaining:
            warnings.append(
                translate("Pack", "{exhibit} shows an IBAN Dossier could not redact ({where}).").format(
                    exhibit=name, where=where
                )
            )
        for why in exhibit.redaction.ignored:
            warnings.append(
                translate("Pack", "{exhibit}: a redaction box is left out ({why}).").format(
                    exhibit=name, why=why
                )
            )
        if exhibit.redaction.boxes:
            if exhibit.category == "image":
                redacted = translate(
                    "Pack", "{exhibit}: its image is redacted (listed in the integrity appendix)."
                )
            else:
                redacted = translate_n(
                    "Pack",
                    "{exhibit}: page(s) {pages} redacted (listed in the integrity appendix).",
                    len(exhibit.redaction.boxes),
                )
            pages = ", ".join(str(index + 1) for index in sorted(exhibit.redaction.boxes))
            warnings.append(redacted.format(exhibit=name, pages=pages))
    remaining = [e for e in exhibits if e.redaction.remaining]
    if not remaining:
        return warnings
    listing = listed(
        labelled(exhibit_name(e.info.letter, e.info.original_name), ", ".join(e.redaction.remaining))
        for e in remaining
    )
    if allow_card_numbers:
        confirmed = translate(
            "Pack", "Written as confirmed, with a full card number Dossier could not redact: {exhibits}."
        ).format(exhibits=listing)
        return [*warnings, confirmed]
    by_letter = {e.info.letter: e.info for e in exhibits}
    evidence_ids = []
    for e in remaining:
        info = e.info if e.info.parent is None else by_letter.get(e.info.parent, e.info)
        if info.evidence_id is not None and info.evidence_id not in evidence_ids:
            evidence_ids.append(info.evidence_id)
    raise CardNumbersRemain(
        translate(
            "Pack",
            "A full card number would go out in the pack, and Dossier cannot redact it: {exhibits}. "
            "Nothing was written. Draw boxes over it in the evidence's preview (the pack redacts "
            "those), leave the exhibit out (--exhibits), or confirm that it may go out "
            "(--allow-card-numbers).",
        ).format(exhibits=listing),
        letters=[e.info.letter for e in remaining],
        evidence_ids=evidence_ids,
    )


def build_warnings(
    errors: Sequence[ExhibitError], left_out: Sequence[EvidenceItem], profile: Profile, front_cut: FrontCut
) -> list[str]:
    """What a pack that was written says of what it could not hold as it is."""
    warnings: list[str] = []
    warnings += [
        translate("Pack", "{exhibit} is replaced by a page saying why: {reason}").format(
            exhibit=exhibit_name(e.exhibit.letter, e.exhibit.original_name), reason=e.reason
        )
        for e in errors
    ]
    if left_out:
        warnings.append(
            translate_n(
                "Pack",
                "%n document(s) left out to fit the {profile} profile, listed as available on "
                "request: {documents}",
                len(left_out),
            ).format(
                profile=profile.shown_label,
                documents=listed(f"#{e.id} {e.title}" for e in left_out),
            )
        )
    if front_cut.level:
        warnings.append(
            translate(
                "Pack",
                "Page 1 and the front matter alone break the {profile} profile: the pack leaves "
                "out {parts}, said on its page of documents left out as available on request.",
            ).format(profile=profile.shown_label, parts=listed(front_cut.said()))
        )
    return warnings
