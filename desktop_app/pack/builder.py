"""Building the dispute-evidence pack: one PDF, or a few parts when a portal needs it.

Order of the pack: page 1 (the summary), transactions, timeline,
communication log, exhibit index, the exhibits A, B, C..., the integrity
appendix. Every page carries "page x of y"; exhibit pages carry a stamp
with the exhibit's letter, its own page x/y and the case reference.

To fit a portal profile the builder tries ever smaller settings (lower image
resolution and JPEG quality, then several images on a page), splits into
parts where the profile allows several files, and refuses, saying by how
much and which exhibits are largest, when nothing fits. It never writes a
file that breaks the chosen limits.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.checklist import ReasonRules
from desktop_app.domain.deadlines import Deadline
from desktop_app.domain.models import Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.profiles import Profile, megabytes
from desktop_app.domain.vocab import Reason
from desktop_app.fileio import atomic_write, check_output, fsync_dir
from desktop_app.i18n import translate, translate_n
from desktop_app.pack.assemble import assemble
from desktop_app.pack.collector import fewer_collections
from desktop_app.pack.content import PackContent
from desktop_app.pack.exhibits import (
    Block,
    Exhibit,
    ExhibitError,
    OpenOriginal,
    prepare_exhibits,
    render_blocks,
)
from desktop_app.pack.fitting import LEVELS as LEVELS
from desktop_app.pack.fitting import SAFETY as SAFETY
from desktop_app.pack.fitting import (
    Overhead,
    explain,
    measure_overhead,
    plan_parts,
    settings_of,
)
from desktop_app.pack.front_cut import cut_content, front_strings
from desktop_app.pack.left_out import render_left_out
from desktop_app.pack.messages import size as message_size
from desktop_app.pack.options import CardNumbersRemain as CardNumbersRemain
from desktop_app.pack.options import FitPlan as FitPlan
from desktop_app.pack.options import PackCancelled as PackCancelled
from desktop_app.pack.options import PackFile as PackFile
from desktop_app.pack.options import PackOptions as PackOptions
from desktop_app.pack.options import PackRefused as PackRefused
from desktop_app.pack.options import PackResult as PackResult
from desktop_app.pack.options import Part
from desktop_app.pack.options import Progress as Progress
from desktop_app.pack.planner import PackInputs, make_planner
from desktop_app.pack.refusals import (
    build_warnings,
    chosen_too_big,
    fit_impossible,
    images_to_check,
    privacy_warnings,
)
from desktop_app.pack.strings import PackStrings
from desktop_app.tempfiles import private_folder


def paper_for(case: Case, paper: str | None) -> str:
    if paper is not None:
        if paper not in ("a4", "letter"):
            raise ValueError(f"{paper!r} is not a paper size; choose a4 or letter")
        return paper
    return "letter" if case.country == "US" else "a4"


def _inputs(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    tasks: Sequence[Task],
    evidence: Sequence[EvidenceItem],
    open_original: OpenOriginal,
    options: PackOptions,
    deadlines: Sequence[Deadline],
) -> PackInputs:
    today = options.today or (
        case.updated_at.date() if options.reproducible and case.updated_at else date.today()
    )
    extra: dict[str, Any] = {"deadlines": deadlines} if deadlines else {}
    return PackInputs(
        case,
        purchases,
        communications,
        tasks,
        evidence,
        open_original,
        options,
        PackStrings(options.lang),
        paper_for(case, options.paper),
        today,
        extra,
        _select(evidence, None, case, purchases, communications),
    )


def plan_pack(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    tasks: Sequence[Task],
    evidence: Sequence[EvidenceItem],
    open_original: OpenOriginal,
    options: PackOptions,
    *,
    deadlines: Sequence[Deadline] = (),
) -> FitPlan:
    """The fit plan (pack/planner.py) of the pack ``build_pack`` would make with ``options``, before
    any image is rendered. ``options.evidence_ids``, when given, are the candidates in the user's
    order (the others are left out); else every live item in the reason's order."""
    inputs = _inputs(case, purchases, communications, tasks, evidence, open_original, options, deadlines)
    candidates = _select(evidence, options.evidence_ids, case, purchases, communications)
    return make_planner(inputs, candidates).plan().plan


@fewer_collections()
def build_pack(
    case: Case,
    purchases: Sequence[Purchase],
    communications: Sequence[Communication],
    tasks: Sequence[Task],
    evidence: Sequence[EvidenceItem],
    open_original: OpenOriginal,
    out: Path,
    options: PackOptions,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    deadlines: Sequence[Deadline] = (),
    before_rendering: Callable[[], None] | None = None,
) -> PackResult:
    """The pack of the case in ``out`` (and its parts beside it). Whether it can fit a limited
    profile is decided first, before any file is rendered; ``before_rendering`` is called once that
    decision lets the build go on (the services check every original's SHA-256 there)."""
    inputs = _inputs(case, purchases, communications, tasks, evidence, open_original, options, deadlines)
    profile = options.profile
    problem = profile.name_problem(Path(out).name)
    if problem:
        raise PackRefused(
            translate(
                "Pack",
                "{file}: {problem}. Nothing was written; choose a shorter name, for example {suggested}.",
            ).format(
                file=Path(out).name, problem=problem, suggested=repr(profile.suggest_name(Path(out).name))
            )
        )
    out = _check_targets([out], options.force)[0]
    items = _select(evidence, options.evidence_ids, case, purchases, communications)
    left_out: list[EvidenceItem] = []
    fallback: tuple[list[EvidenceItem], list[EvidenceItem]] | None = None
    fallback_cut = 0
    cut = 0  # how much of the front matter a fitted pack leaves out (pack/front_cut.py)
    if profile.limited:
        planner = make_planner(inputs, items)
        planned = planner.plan()
        plan = planned.plan
        by_id = {item.id: item for item in evidence}
        if options.fit and options.evidence_ids is not None:
            chosen = {item.id for item in items}
            left_out = [item for item in inputs.live if item.id not in chosen]
            if plan.whole_fits is False:
                if not (plan.fits and plan.front_cut and set(plan.kept) == chosen):
                    raise PackRefused(chosen_too_big(profile, plan, by_id))
                cut = plan.front_cut  # the exhibits chosen fit once the front matter is cut
        elif options.fit:
            if plan.whole_fits is False:
                if not plan.fits:
                    raise PackRefused(fit_impossible(profile, plan))
                items = [by_id[i] for i in plan.kept]
                left_out = [by_id[i] for i in plan.left_out]
                cut = plan.front_cut
            elif plan.whole_fits is None and plan.fits:
                fallback = ([by_id[i] for i in plan.kept], [by_id[i] for i in plan.left_out])
                fallback_cut = plan.front_cut
        elif plan.whole_fits is False:
            raise PackRefused(planner.refusal(plan))
    if before_rendering is not None:
        before_rendering()
    try:
        return _attempt(inputs, items, left_out, out, progress, cancelled, cut)
    except _NoFit as failure:
        if fallback is None:
            hint = ""
            if profile.limited and not options.fit:
                hint = " " + translate(
                    "Pack",
                    "Or run it again with --fit: the pack then keeps the exhibits that matter most "
                    "and lists the others as available on request.",
                )
            raise PackRefused(failure.message + hint) from None
    return _attempt(inputs, fallback[0], fallback[1], out, progress, cancelled, fallback_cut)


class _NoFit(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _attempt(
    inputs: PackInputs,
    items: Sequence[EvidenceItem],
    left_out: Sequence[EvidenceItem],
    out: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    cut: int = 0,
) -> PackResult:
    """One build of the pack of ``items`` (``left_out`` listed on a page of their own), its front
    matter with the first ``cut`` cuts of pack/front_cut.py made."""
    options, paper, profile = inputs.options, inputs.paper, inputs.options.profile

    def report(done: int, total: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise PackCancelled(translate("Pack", "The pack was cancelled; nothing was written."))
        if progress is not None:
            progress(done, total, message)

    exhibits, warnings = prepare_exhibits(items, inputs.open_original)
    content, front_cut = cut_content(inputs.content(exhibits), cut)
    s = front_strings(inputs.s, front_cut)
    to_check = images_to_check(exhibits)
    warnings += privacy_warnings(exhibits, allow_card_numbers=options.allow_card_numbers)
    errors: list[ExhibitError] = []

    def on_error(error: ExhibitError) -> None:
        if options.on_bad_exhibit == "refuse":
            raise PackRefused(
                translate(
                    "Pack",
                    "{exhibit_problem}. Nothing was written; remove or replace this exhibit, or let the "
                    "pack put a page saying why it is missing.",
                ).format(exhibit_problem=error)
            )
        errors.append(error)

    left_pdf = b""
    overhead = Overhead(0, 0, 0)
    listed = bool(left_out or front_cut.level)
    if listed:
        left_pdf, left_marks = render_left_out(
            left_out,
            s,
            paper=paper,
            title=content.title,
            subject=content.subject,
            reproducible=options.reproducible,
            front=front_cut.lines(s),
        )
    if profile.limited:
        overhead = replace(
            measure_overhead(content, s, paper, several_files=profile.max_files > 1),
            left_out=left_marks.pages if listed else 0,
            left_out_bytes=len(left_pdf),
        )
    policies = inputs.policies()
    steps = len(exhibits) + 2
    last_failure = ""
    last_blocks: list[Block] = []
    # Rendered pages wait in a private folder, removed however the build ends (and, after a
    # SIGKILL, by the next start: see desktop_app/tempfiles.py).
    with private_folder("pack") as work:
        for level_no, policy in enumerate(policies):
            errors.clear()
            level_dir = Path(work) / f"level-{level_no}"
            level_dir.mkdir()
            counter = iter(range(steps))

            def step(message: str, level_no: int = level_no, counter: Iterator[int] = counter) -> None:
                if level_no:
                    message = translate("Pack", "{step} (smaller settings, try {attempt})").format(
                        step=message, attempt=level_no + 1
                    )
                report(next(counter, steps), steps, message)

            blocks = render_blocks(
                exhibits,
                s,
                policy,
                paper=paper,
                reproducible=options.reproducible,
                on_error=on_error,
                workdir=level_dir,
                progress=step,
                sheets=not profile.limited,  # no limit: no block's size decides anything
            )
            last_blocks = blocks
            step(translate("Pack", "Putting the pack together"))
            parts, failure = plan_parts(blocks, profile, overhead)
            if parts is None:
                last_failure = failure
                shutil.rmtree(level_dir)
                continue
            written = _write_parts(
                parts,
                exhibits,
                content,
                s,
                out,
                profile,
                paper=paper,
                options=options,
                open_original=inputs.open_original,
                left_out=left_pdf or None,
            )
            if isinstance(written, str):
                last_failure = written
                shutil.rmtree(level_dir)
                continue
            report(steps, steps, translate("Pack", "Done"))
            warnings += build_warnings(errors, left_out, profile, front_cut)
            return PackResult(
                written,
                [e.info for e in exhibits],
                profile,
                warnings,
                settings_of(level_no, policy),
                reduced=level_no > 0,
                to_check=to_check,
            )
    raise _NoFit(explain(profile, last_failure, exhibits, last_blocks, overhead))


def _select(
    evidence: Sequence[EvidenceItem],
    ids: Sequence[int] | None,
    case: Case,
    purchases: Sequence[Purchase] = (),
    communications: Sequence[Communication] = (),
) -> list[EvidenceItem]:
    """The exhibits in the pack's order: ``ids`` exactly as given (an id given twice, or one that is
    not live evidence of this case, refuses the pack naming it); None: every live item in the
    reason's default order (domain.exhibit_order). An e-mail's own attachments follow it wherever
    it goes (prepare_exhibits)."""
    live = [e for e in evidence if e.trashed_at is None]
    if ids is None:
        from desktop_app.domain.exhibit_order import default_order

        return default_order(case, live, _checklist_rules(), purchases, communications)
    twice = [i for i, count in Counter(ids).items() if count > 1]
    if twice:
        listed = ", ".join(f"#{i}" for i in twice)
        raise PackRefused(
            translate_n(
                "Pack",
                "Evidence {ids} is given more than once in the exhibits' order; give each exhibit once.",
                len(twice),
            ).format(ids=listed)
        )
    by_id = {e.id: e for e in live}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        trashed = {e.id for e in evidence if e.trashed_at is not None}
        in_trash = translate("Pack", "#{id} (in the trash)")
        said = [in_trash.format(id=i) if i in trashed else f"#{i}" for i in unknown]
        raise PackRefused(
            translate_n(
                "Pack",
                "Evidence {ids} is not in this case, or is in its trash: give the ids "
                "'dossier evidence list' shows, each once.",
                len(unknown),
            ).format(ids=", ".join(said))
        )
    return [by_id[i] for i in ids]


@functools.cache
def _checklist_rules() -> Mapping[Reason, ReasonRules]:
    """The evidence checklists (resources/rules/checklists.json), read once: the default order's rules."""
    from desktop_app.domain.checklist import parse_checklists
    from desktop_app.resources import resource_path

    path = resource_path("rules", "checklists.json")
    return parse_checklists(json.loads(path.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- writing


def _write_parts(
    parts: list[Part],
    exhibits: Sequence[Exhibit],
    content: PackContent,
    s: PackStrings,
    out: Path,
    profile: Profile,
    *,
    paper: str,
    options: PackOptions,
    open_original: OpenOriginal,
    left_out: bytes | None = None,
) -> list[PackFile] | str:
    """Assemble every part into a temp file; rename them into place only if all fit the profile.
    ``left_out``: the page of the documents left out (pack/left_out.py), in part 1."""
    info = {e.info.letter: e.info for e in exhibits}
    part_of = {letter: n for n, part in enumerate(parts, start=1) for letter in part.letters}
    names = part_names(out, len(parts))
    temps: list[Path] = []
    files: list[PackFile] = []
    try:
        for n, (part, name) in enumerate(zip(parts, names, strict=True), start=1):
            temp, pages = assemble(
                part,
                n,
                len(parts),
                info,
                part_of,
                content,
                s,
                name,
                paper=paper,
                options=options,
                open_original=open_original,
                **({"left_out": left_out} if left_out and n == 1 else {}),
            )
            temps.append(temp)
            size = temp.stat().st_size
            problem = _breaks(profile, size, pages)
            if problem:
                return translate_n(
                    "Pack", "part {part} would be {size} and %n page(s): {problem}", pages
                ).format(part=n, size=message_size(size), problem=problem)
            files.append(PackFile(name, pages, size, _sha256(temp), list(part.letters)))
        total_size = sum(f.size for f in files)
        total_pages = sum(f.pages for f in files)
        if profile.max_total_bytes and total_size > profile.max_total_bytes * SAFETY:
            return translate("Pack", "the files would be {size} in all").format(size=message_size(total_size))
        if profile.max_total_pages and total_pages > profile.max_total_pages:
            return translate_n("Pack", "the files would be %n page(s) in all", total_pages)
        _check_targets([f.path for f in files], options.force)
        for temp, pack_file in zip(temps, files, strict=True):
            try:
                os.replace(temp, pack_file.path)
            except OSError as exc:
                reason = (
                    translate("Pack", "the disk is full")
                    if exc.errno == errno.ENOSPC
                    else (exc.strerror or str(exc))
                )
                raise PackRefused(
                    translate("Pack", "{path}: the pack cannot be written ({reason})").format(
                        path=pack_file.path, reason=reason
                    )
                ) from exc
            _write_sidecar(pack_file)
        fsync_dir(out.parent)
        return files
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


def part_names(out: Path, count: int) -> list[Path]:
    """``OUT.pdf``, or ``OUT-part1.pdf``, ``OUT-part2.pdf``... when the pack is split."""
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-part{n}{out.suffix}") for n in range(1, count + 1)]


def sidecar_of(path: Path) -> Path:
    """``OUT.pdf.sha256`` beside ``OUT.pdf``."""
    return path.with_name(path.name + ".sha256")


def _check_targets(paths: Sequence[Path], force: bool) -> list[Path]:
    """Every pack file and its .sha256 may be written (see fileio.check_output); the resolved pack paths.

    All are checked before anything is renamed into place.
    """
    checked = []
    for path in paths:
        target = check_output(path, force=force, what="pack")
        check_output(sidecar_of(target), force=force, what="pack's .sha256")
        if not target.parent.is_dir():
            raise PackRefused(
                translate("Pack", "{path}: the folder {folder} does not exist").format(
                    path=path, folder=target.parent
                )
            )
        checked.append(target)
    return checked


def existing_pack_files(out: Path) -> list[Path]:
    """The files a pack written as ``out`` may replace: ``out``, its parts and their ``.sha256``."""
    out = Path(out).expanduser()
    candidates = [out, sidecar_of(out)]
    folder = out.parent
    if folder.is_dir():
        for part in sorted(folder.glob(f"{glob_escape(out.stem)}-part*{glob_escape(out.suffix)}")):
            candidates += [part, sidecar_of(part)]
    return [path for path in candidates if os.path.lexists(path)]


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def place_pack(result: PackResult, out: Path, *, force: bool = False) -> PackResult:
    """Move a pack already built elsewhere (a preview) to ``out``, its parts named as ``build_pack`` would.

    Each target is checked first (as ``build_pack`` does, ``force`` to replace existing files); each
    file is checked against its fingerprint once in place; its ``.sha256`` is written anew.
    """
    out = _check_targets([out], force)[0]
    targets = _check_targets(part_names(out, len(result.files)), force)
    placed: list[PackFile] = []
    for pack_file, target in zip(result.files, targets, strict=True):
        try:
            os.replace(pack_file.path, target)
        except OSError:  # another disk: copy, durably, then check
            with open(pack_file.path, "rb") as source:
                atomic_write(target, source)
        if _sha256(target) != pack_file.sha256:
            raise PackRefused(
                translate(
                    "Pack", "{path}: the copy does not match the pack that was built; export it again"
                ).format(path=target)
            )
        moved = replace(pack_file, path=target)
        _write_sidecar(moved)
        placed.append(moved)
    fsync_dir(out.parent)
    return replace(result, files=placed)


def _breaks(profile: Profile, size: int, pages: int) -> str:
    if profile.max_file_bytes and size > profile.max_file_bytes * SAFETY:
        return translate("Pack", "more than {size} MB").format(size=megabytes(profile.max_file_bytes))
    if profile.max_pages and pages > profile.max_pages:
        return translate_n("Pack", "more than %n page(s)", profile.max_pages)
    return ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _write_sidecar(pack_file: PackFile) -> None:
    """``OUT.pdf.sha256``: the pack's own fingerprint, in the format sha256sum checks."""
    sidecar = sidecar_of(pack_file.path)
    atomic_write(sidecar, f"{pack_file.sha256}  {pack_file.path.name}\n".encode())
