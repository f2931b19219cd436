"""The fit plan of a pack: does the whole case fit the profile, and if not, which evidence items
the fitted pack keeps (the earliest in the order matter most: domain.fit) and which it lists as
left out. Worked out from pack/fitting.py's estimates, before any image is rendered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.fit import Choice, better, choose
from desktop_app.domain.models import Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.profiles import Profile
from desktop_app.pack.content import PackContent, build_content
from desktop_app.pack.exhibits import Exhibit, ImagePolicy, OpenOriginal, prepare_exhibits
from desktop_app.pack.fitting import (
    LEVELS,
    Estimate,
    Overhead,
    Packer,
    Packing,
    Piece,
    estimate_exhibits,
    measure_overhead,
    narrowed,
    settings_of,
)
from desktop_app.pack.left_out import render_left_out
from desktop_app.pack.options import FitPlan, PackOptions
from desktop_app.pack.render import human_size
from desktop_app.pack.strings import PackStrings
from desktop_app.tempfiles import private_folder


@dataclass(frozen=True)
class Planned:
    plan: FitPlan
    level: int  # the first level at which the estimate keeps ``plan.kept`` within the profile


@dataclass
class PackInputs:
    """What every attempt at the pack shares: the case's records, the strings, the settings."""

    case: Case
    purchases: Sequence[Purchase]
    communications: Sequence[Communication]
    tasks: Sequence[Task]
    evidence: Sequence[EvidenceItem]
    open_original: OpenOriginal
    options: PackOptions
    s: PackStrings
    paper: str
    today: date
    content_extra: dict[str, Any]
    live: list[EvidenceItem]  # every live item, in the reason's default order

    def content(self, exhibits: Sequence[Exhibit]) -> PackContent:
        return build_content(
            self.case,
            self.purchases,
            self.communications,
            self.tasks,
            [e.info for e in exhibits],
            self.s,
            prepared_on=self.today,
            **self.content_extra,
        )

    def policies(self) -> list[ImagePolicy]:
        profile = self.options.profile
        greyscale = self.options.black_and_white or profile.black_and_white
        levels = LEVELS if profile.limited else LEVELS[:1]
        return [with_greyscale(narrowed(policy, profile), greyscale) for policy in levels]


def with_greyscale(policy: ImagePolicy, greyscale: bool) -> ImagePolicy:
    """The policy with greyscale images when asked (ImagePolicy.greyscale, when exhibits.py has it)."""
    if greyscale and "greyscale" in {f.name for f in fields(ImagePolicy)}:
        return replace(policy, **{"greyscale": True})
    return policy


def make_planner(inputs: PackInputs, candidates: Sequence[EvidenceItem]) -> Planner:
    chosen = {item.id for item in candidates}
    others = [item for item in inputs.live if item.id not in chosen]
    exhibits, _ = prepare_exhibits(candidates, inputs.open_original)
    policies = inputs.policies()
    with private_folder("pack") as work:
        estimates = estimate_exhibits(
            exhibits, inputs.s, policies, paper=inputs.paper, workdir=Path(work), greyscale=grey(inputs)
        )
    overhead = measure_overhead(inputs.content(exhibits), inputs.s, inputs.paper)
    return Planner(
        candidates,
        others,
        exhibits,
        estimates,
        overhead,
        inputs.options.profile,
        policies,
        inputs.s,
        paper=inputs.paper,
    )


def grey(inputs: PackInputs) -> bool:
    return inputs.options.black_and_white or inputs.options.profile.black_and_white


class Planner:
    def __init__(
        self,
        candidates: Sequence[EvidenceItem],
        others: Sequence[EvidenceItem],
        exhibits: Sequence[Exhibit],
        estimates: dict[str, Estimate],
        overhead: Overhead,
        profile: Profile,
        policies: Sequence[ImagePolicy],
        s: PackStrings,
        *,
        paper: str,
    ) -> None:
        self.candidates = list(candidates)
        self.others = list(others)  # live items that are no candidates: always left out
        self.by_id = {item.id: item for item in [*candidates, *others] if item.id is not None}
        self.exhibit_of = {e.info.evidence_id: e for e in exhibits if e.info.parent is None}
        self.id_of_letter = {e.info.letter: e.info.evidence_id for e in exhibits if e.info.parent is None}
        self.children = {e.info.letter: e for e in exhibits}
        self.estimates = estimates
        self.overhead = overhead
        self.profile = profile
        self.policies = list(policies)
        self.s = s
        self.paper = paper

    def pieces(self, item_id: int, kept: set[int]) -> list[Piece]:
        """What an item puts into the pack: its exhibit and its attachments (an attachment that is
        an item of its own is shown as the e-mail's when that item is not kept)."""
        exhibit = self.exhibit_of[item_id]
        own = self.estimates[exhibit.info.letter]
        pieces = [Piece(own, own.image)]
        for letter in exhibit.attachments:
            child = self.children[letter]
            estimate = self.estimates[letter]
            if child.info.parent is not None:
                pieces.append(Piece(estimate, estimate.image))
            elif self.id_of_letter.get(letter) not in kept:
                pieces.append(Piece(estimate, False))
        return pieces

    def overhead_for(self, left_out: Sequence[int]) -> Overhead:
        items = [self.by_id[i] for i in left_out]
        if not items:
            return self.overhead
        pdf, marks = render_left_out(items, self.s, paper=self.paper, reproducible=True)
        return replace(self.overhead, left_out=marks.pages, left_out_bytes=len(pdf))

    def pack(self, ids: Sequence[int], level: int, high: bool, overhead: Overhead) -> Packing | None:
        packer = Packer(self.profile, overhead, level, self.policies[level].per_page, high)
        state: Packing | None = packer.start
        kept: set[int] = set()
        for item_id in ids:
            state = packer.add(state, self.pieces(item_id, kept))
            kept.add(item_id)
            if state is None:
                return None
        return packer.close(state)

    def _greedy(self, level: int, overhead: Overhead) -> Choice:
        packer = Packer(self.profile, overhead, level, self.policies[level].per_page, True)
        state: Packing | None = packer.start
        kept_set: set[int] = set()

        def fits(ids: Sequence[int]) -> bool:
            nonlocal state
            candidate = ids[-1]
            after = packer.add(state, self.pieces(candidate, kept_set))
            if after is None or packer.close(after) is None:
                return False
            state = after
            kept_set.add(candidate)
            return True

        return choose([i for i in self._ids()], fits)

    def _ids(self) -> list[int]:
        return [item.id for item in self.candidates if item.id is not None]

    def plan(self) -> Planned:
        ids = self._ids()
        others = [item.id for item in self.others if item.id is not None]
        whole_overhead = self.overhead_for(others)
        levels = range(len(self.policies))
        for level in levels:
            state = self.pack(ids, level, True, whole_overhead)
            if state is not None:
                return Planned(self._result(ids, others, state, True, level), level)
        whole: bool | None = None
        if all(self.pack(ids, level, False, whole_overhead) is None for level in levels):
            whole = False
        best: tuple[Choice, int] | None = None
        bare = Packer(self.profile, self.overhead, 0, 1, True)
        first_pages, first_size = self.overhead.first()
        if first_pages > bare.max_pages or first_size > bare.max_bytes or bare.close(bare.start) is None:
            # page 1 and the front matter alone break the limits: no choice of exhibits helps
            levels = range(0)
            best = (Choice([], ids), 0)
        for level in levels:
            # First as if every candidate were left out (the longest listing), then with the
            # listing of what is really left out: never longer, so what was kept still fits.
            choice = self._greedy(level, self.overhead_for([*ids, *others]))
            choice = self._greedy(level, self.overhead_for([*choice.left_out, *others]))
            if best is None or better(choice, best[0]):
                best = (choice, level)
        assert best is not None
        choice, level = best
        state = self.pack(choice.kept, level, True, self.overhead_for([*choice.left_out, *others]))
        if state is None or not choice.kept:
            pages, _ = self.overhead.first()
            return Planned(
                FitPlan(
                    [],
                    [*ids, *others],
                    pages,
                    0,
                    False,
                    whole,
                    settings_of(level, self.policies[level]),
                    message=f"not even one exhibit fits beside page 1 and the front matter ({pages} pages)",
                ),
                level,
            )
        plan = self._result(choice.kept, [*choice.left_out, *others], state, whole, level)
        reasons = {i: self._reason(i, level, set(choice.kept)) for i in choice.left_out} | {
            i: "not among the exhibits chosen" for i in others
        }
        return Planned(replace(plan, reasons=reasons), level)

    def least(self) -> tuple[int, int]:
        """The fewest pages and bytes the whole case can take (the most compact level, the most
        favourable sizes), in one file."""
        level = len(self.policies) - 1
        roomy = replace(
            self.profile, max_file_bytes=None, max_pages=None, max_total_bytes=None, max_total_pages=None
        )
        packer = Packer(roomy, self.overhead, level, self.policies[level].per_page, False)
        state: Packing | None = packer.start
        kept: set[int] = set()
        for item_id in self._ids():
            state = packer.add(state, self.pieces(item_id, kept))
            kept.add(item_id)
        state = packer.close(state)
        assert state is not None
        return state.total_pages, state.total_size

    def largest(self, by_pages: bool, most: int = 5) -> str:
        level = len(self.policies) - 1
        sizes = []
        for item_id in self._ids():
            pieces = self.pieces(item_id, set())
            sizes.append(
                (
                    sum(p.estimate.pages for p in pieces),
                    sum(p.estimate.high[level] for p in pieces),
                    self.by_id[item_id].original_name,
                )
            )
        sizes.sort(key=lambda t: (t[0], t[1]) if by_pages else (t[1], t[0]), reverse=True)
        return "; ".join(
            f"{name} ({pages} page(s), up to {human_size(size)})" for pages, size, name in sizes[:most]
        )

    def refusal(self, plan: FitPlan) -> str:
        pages, _ = self.least()
        room = min(
            (self.profile.max_pages or 10**9) * self.profile.max_files,
            self.profile.max_total_pages or 10**9,
        )
        by_pages = pages > room
        short = (
            f"it needs at least {pages} pages, even with four images on a page"
            if by_pages
            else ("its sizes, even at the smallest settings, exceed it")
        )
        return refusal_before_rendering(self.profile, plan, self.by_id, short, self.largest(by_pages))

    def _reason(self, item_id: int, level: int, kept: set[int]) -> str:
        pieces = self.pieces(item_id, kept)
        pages = sum(p.estimate.pages for p in pieces)
        size = sum(p.estimate.high[level] for p in pieces)
        return (
            f"no room left for it within the profile's limits (about {pages} page(s), "
            f"up to {human_size(size)})"
        )

    def _result(
        self, kept: Sequence[int], left_out: Sequence[int], state: Packing, whole: bool | None, level: int
    ) -> FitPlan:
        return FitPlan(
            list(kept),
            list(left_out),
            state.total_pages,
            state.total_size,
            True,
            whole,
            settings_of(level, self.policies[level]),
            files=state.files,
        )


# --------------------------------------------------------------------------- what the user is told


def listing(ids: Sequence[int], by_id: dict[int | None, EvidenceItem], most: int = 8) -> str:
    named = [f"#{i} {by_id[i].title}" for i in ids[:most]]
    more = f" and {len(ids) - most} more" if len(ids) > most else ""
    return "; ".join(named) + more


def refusal_before_rendering(
    profile: Profile, plan: FitPlan, by_id: dict[int | None, EvidenceItem], short: str, largest: str
) -> str:
    what = (
        f"--fit would keep {len(plan.kept)} exhibit(s) (about {plan.pages} pages, at most "
        f"{human_size(plan.size)}) and list the {len(plan.left_out)} left out as available on request: "
        + listing(plan.left_out, by_id)
        if plan.fits
        else f"even --fit cannot help: {plan.message}"
    )
    return (
        f"The pack cannot fit the {profile.label} profile ({profile.describe()}): counted before "
        f"rendering, {short}. The largest exhibits: {largest}. Nothing was written. Run it again "
        f"with --fit to build the pack that fits: {what}. Or choose the exhibits yourself (--exhibits), "
        "or a profile with more room."
    )


def fit_impossible(profile: Profile, plan: FitPlan) -> str:
    return (
        f"The pack cannot fit the {profile.label} profile ({profile.describe()}) even with exhibits left "
        f"out: {plan.message}. Nothing was written."
    )


def chosen_too_big(profile: Profile, plan: FitPlan, by_id: dict[int | None, EvidenceItem]) -> str:
    dropped = [i for i in plan.left_out if i not in plan.reasons or "chosen" not in plan.reasons[i]]
    return (
        f"The exhibits chosen cannot fit the {profile.label} profile ({profile.describe()}), counted "
        "before rendering. Nothing was written. "
        + (
            f"Of them, these would have to go as well: {listing(dropped, by_id)}."
            if plan.fits
            else f"Even fewer cannot help: {plan.message}."
        )
    )
