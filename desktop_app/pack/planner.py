"""The fit plan of a pack: does the whole case fit the profile, and if not, which evidence items
the fitted pack keeps (the earliest in the order matter most: domain.fit) and which it lists as
left out. Worked out from pack/fitting.py's estimates, before any image is rendered."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.fit import Choice, better, choose
from desktop_app.domain.models import Case, Communication, EvidenceItem, Purchase, Task
from desktop_app.domain.profiles import Profile
from desktop_app.i18n import translate, translate_n
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
    measure_appendix,
    measure_overhead,
    narrowed,
    settings_of,
    widest,
    worst_notes,
)
from desktop_app.pack.front_cut import CUTS, FrontCut, cut_content, front_strings
from desktop_app.pack.left_out import render_left_out
from desktop_app.pack.messages import listed
from desktop_app.pack.messages import size as message_size
from desktop_app.pack.options import FitPlan, PackOptions
from desktop_app.pack.refusals import not_chosen, refusal_before_rendering
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
    # Not scanned for card numbers here (pdfium reading every page's text is most of the time a
    # decision would take): the appendix's redaction lines are bounded instead (worst_notes).
    exhibits, _ = prepare_exhibits(candidates, inputs.open_original, scan=False)
    policies = inputs.policies()
    with private_folder("pack") as work:
        estimates = estimate_exhibits(
            exhibits,
            inputs.s,
            policies,
            paper=inputs.paper,
            workdir=Path(work),
            greyscale=grey(inputs),
            open_original=inputs.open_original,
        )
    profile = inputs.options.profile
    content = inputs.content(exhibits)
    # The least: the index and the appendix counted as a page each (the appendix measured when the
    # whole case's check needs it).
    least = measure_overhead(
        content, inputs.s, inputs.paper, several_files=profile.max_files > 1, appendix=False, index=False
    )

    def least_appendix() -> tuple[int, int]:
        return measure_appendix([e.info for e in exhibits], inputs.s, inputs.paper)

    def worst() -> Overhead:  # the whole front matter, its index and the appendix at their longest
        notes = [worst_notes(e.info, estimates[e.info.letter], e.category) for e in exhibits]
        several = profile.max_files > 1
        return measure_overhead(content, inputs.s, inputs.paper, several_files=several, appendix_of=notes)

    return Planner(
        candidates,
        others,
        exhibits,
        estimates,
        worst,
        profile,
        policies,
        inputs.s,
        paper=inputs.paper,
        least_overhead=least,
        least_appendix=least_appendix,
        measure=functools.partial(measure_kept, inputs, exhibits, estimates),
    )


def measure_kept(
    inputs: PackInputs,
    exhibits: Sequence[Exhibit],
    estimates: dict[str, Estimate],
    kept: tuple[int, ...],
    cut: int,
) -> tuple[Overhead, FrontCut]:
    """The most page 1, the front matter and the appendix take in the pack of only ``kept`` (evidence
    ids; their e-mails' attachments with them), the front matter with the first ``cut`` cuts made."""
    chosen = set(kept)
    letters = {e.info.letter for e in exhibits if e.info.parent is None and e.info.evidence_id in chosen}
    these = [e for e in exhibits if e.info.letter in letters or e.info.parent in letters]
    content, front_cut = cut_content(inputs.content(these), cut)
    s = front_strings(inputs.s, front_cut)
    overhead = measure_overhead(
        content,
        s,
        inputs.paper,
        several_files=inputs.options.profile.max_files > 1,
        appendix_of=[worst_notes(e.info, estimates[e.info.letter], e.category) for e in these],
    )
    return overhead, front_cut


def grey(inputs: PackInputs) -> bool:
    return inputs.options.black_and_white or inputs.options.profile.black_and_white


class Planner:
    def __init__(
        self,
        candidates: Sequence[EvidenceItem],
        others: Sequence[EvidenceItem],
        exhibits: Sequence[Exhibit],
        estimates: dict[str, Estimate],
        overhead: Overhead | Callable[[], Overhead],
        profile: Profile,
        policies: Sequence[ImagePolicy],
        s: PackStrings,
        *,
        paper: str,
        least_overhead: Overhead | None = None,
        least_appendix: Callable[[], tuple[int, int]] | None = None,
        measure: Callable[[tuple[int, ...], int], tuple[Overhead, FrontCut]] | None = None,
    ) -> None:
        self.candidates = list(candidates)
        self.others = list(others)  # live items that are no candidates: always left out
        self.by_id: dict[int | None, EvidenceItem] = {
            item.id: item for item in [*candidates, *others] if item.id is not None
        }
        self.exhibit_of = {e.info.evidence_id: e for e in exhibits if e.info.parent is None}
        self.id_of_letter = {e.info.letter: e.info.evidence_id for e in exhibits if e.info.parent is None}
        self.children = {e.info.letter: e for e in exhibits}
        self.estimates = estimates
        # The most the front matter and appendix of every candidate can take (measured when first
        # needed: when the least does not already refuse the whole case); the least, the most
        # favourable estimate.
        self._worst = overhead if callable(overhead) else (lambda: overhead)
        self.overhead = least_overhead or self._worst()
        self.least_overhead = self.overhead
        self.whole_least = self.least_overhead  # the least of the whole front matter (never cut)
        self._least_appendix = least_appendix  # the least's appendix, measured when needed
        self.profile = profile
        self.policies = list(policies)
        self.s = s
        self.paper = paper
        self._listings: dict[tuple[int, ...], tuple[int, int]] = {}  # left-out pages, measured once
        # The most the front matter and the appendix take with only the given exhibits kept and
        # the first n cuts of front_cut.CUTS made (measured, cached); None: measured once, for all.
        self.measure = functools.cache(measure) if measure is not None else None
        self.cut = FrontCut()
        self.chosen_overhead: Overhead | None = None  # what the choice was verified with

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

    def overhead_for(
        self, left_out: Sequence[int], base: Overhead | None = None, cut: FrontCut | None = None
    ) -> Overhead:
        """``base`` (the most the front matter and appendix take) with the page of the documents
        left out: ``left_out``, and what the front matter leaves out (``cut``, else the planner's)."""
        base = base or self.overhead
        cut = self.cut if cut is None else cut
        items = [self.by_id[i] for i in left_out]
        front = cut.lines(self.s)
        if not items and not front:
            return base
        key = (cut.level, *left_out)
        if key not in self._listings:
            pdf, marks = render_left_out(items, self.s, paper=self.paper, reproducible=True, front=front)
            self._listings[key] = (marks.pages, len(pdf))
        pages, size = self._listings[key]
        return replace(base, left_out=pages, left_out_bytes=size)

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
        levels = range(len(self.policies))
        whole: bool | None = None
        least_whole = self.overhead_for(others, self.least_overhead)
        refused = all(self.pack(ids, level, False, least_whole) is None for level in levels)
        if not refused and self._least_appendix is not None:  # measure the appendix, and again
            pages, size = self._least_appendix()
            self.least_overhead = replace(self.least_overhead, appendix=pages, appendix_bytes=size)
            self.whole_least = self.least_overhead
            least_whole = self.overhead_for(others, self.least_overhead)
            refused = all(self.pack(ids, level, False, least_whole) is None for level in levels)
        if refused:
            whole = False
        else:
            self.overhead = self._worst()
            whole_overhead = self.overhead_for(others)
            for level in levels:
                state = self.pack(ids, level, True, whole_overhead)
                if state is not None:
                    return Planned(self._result(ids, others, state, True, level), level)
        full_front = self.whole_least.front
        # Page 1 and the front matter may alone break the limits (a long communication log): the
        # front matter is then cut (pack/front_cut.py), a step at a time, until the exhibit that
        # matters most fits beside it. Page 1 is never cut.
        best: tuple[Choice, int] | None = None
        for cut in range(len(CUTS) + 1 if self.measure is not None else 1):
            if self.measure is None:
                self.overhead = self._worst()
                best = self._choose(ids, others)
            elif self.front_floor(cut) <= (self.profile.max_pages or 10**9):
                best = self._choose_measured(ids, others, cut)
            if best is not None and best[0].kept:
                break
        if best is None or not best[0].kept:
            message = translate_n(
                "Pack",
                "not even one exhibit fits beside page 1 and the front matter (at least %n page(s))",
                full_front,
            )
            if self.cut.level:
                message = translate_n(
                    "Pack",
                    "not even one exhibit fits beside page 1 and the front matter (at least {pages} pages), "
                    "even leaving out {parts} (%n page(s) then)",
                    self.overhead.first()[0],
                ).format(pages=full_front, parts=listed(self.cut.said()))
            level = best[1] if best is not None else 0
            return Planned(
                FitPlan(
                    [],
                    [*ids, *others],
                    full_front,
                    0,
                    False,
                    whole,
                    settings_of(level, self.policies[level]),
                    message=message,
                    reduced=level > 0,
                ),
                level,
            )
        choice, level = best
        state = self.pack(
            choice.kept, level, True, self.chosen_overhead or self.overhead_for([*choice.left_out, *others])
        )
        assert state is not None
        plan = self._result(choice.kept, [*choice.left_out, *others], state, whole, level)
        reasons = {i: self._reason(i, level, set(choice.kept)) for i in choice.left_out} | {
            i: not_chosen() for i in others
        }
        plan = replace(plan, reasons=reasons)
        if self.cut.level:
            front = self.cut.said()
            plan = replace(
                plan,
                front_cut=self.cut.level,
                front_left_out=front,
                message=translate_n(
                    "Pack",
                    "page 1 and the front matter alone take at least %n page(s): the pack leaves out "
                    "{parts}, said on its page of documents left out as available on request",
                    full_front,
                ).format(parts=listed(front)),
            )
        return Planned(plan, level)

    def _choose(
        self, ids: Sequence[int], others: Sequence[int], *, refine: bool = True
    ) -> tuple[Choice, int] | None:
        """The best choice of exhibits beside the front matter as it stands, and its level; None
        when page 1 and the front matter alone break the limits."""
        bare = Packer(self.profile, self.overhead, 0, 1, True)
        first_pages, first_size = self.overhead_for([]).first()
        if first_pages > bare.max_pages or first_size > bare.max_bytes or bare.close(bare.start) is None:
            return None
        best: tuple[Choice, int] | None = None
        most = self._longest_listing()
        longest = replace(self.overhead, left_out=most.left_out, left_out_bytes=most.left_out_bytes)
        for level in range(len(self.policies)):
            # As if every candidate were left out (the longest listing) at each level; then, at the
            # best level, with the listing of what is really left out: never longer, so what was
            # kept still fits.
            choice = self._greedy(level, longest)
            if best is None or better(choice, best[0]):
                best = (choice, level)
        if refine and best is not None and best[0].left_out:
            choice, level = best
            best = (self._greedy(level, self.overhead_for([*choice.left_out, *others])), level)
        return best

    def front_floor(self, cut: int) -> int:
        """The fewest pages page 1 and the front matter can take with the first ``cut`` cuts of
        front_cut.CUTS made, whatever exhibits are kept: from the whole front matter's sections (a
        section cut takes a page at least; the index, a page at least)."""
        sections = dict(self.whole_least.sections)
        titles = [self.s("transactions_heading"), self.s("timeline_heading"), self.s("comm_heading")]
        if not sections or any(title not in sections for title in titles):
            return 0
        transactions, timeline, log = (sections[title] for title in titles)
        before = 0
        for title, pages in self.whole_least.sections:
            if title == titles[0]:
                break
            before += pages
        cut_to = [transactions, timeline, log]
        for n in range(min(cut, len(CUTS))):
            cut_to[(2, 0, 1)[n]] = 1  # the log, then the transactions, then the timeline
        floor = before + sum(cut_to) + 1  # + the index
        if not cut:
            return floor
        # With k >= 1 exhibits kept (a page each at least) and the appendix (a page at least), the
        # listing of the others takes at least the listing of every candidate less k pages.
        # (the longest listing less a page: what the front matter leaves out takes less than one)
        return floor + 1 + max(2, self._longest_listing().left_out - 1)

    def _longest_listing(self) -> Overhead:
        """The page of the documents left out at its longest: every candidate and other item, and
        everything the front matter can leave out (counts of seven digits)."""
        ids = self._ids() + [item.id for item in self.others if item.id is not None]
        return self.overhead_for(ids, cut=FrontCut(len(CUTS), 10**6, 10**6, 10**6))

    def _choose_measured(
        self, ids: Sequence[int], others: Sequence[int], cut: int
    ) -> tuple[Choice, int] | None:
        """:meth:`_choose` with the front matter and the appendix of the exhibits kept, measured
        (rendered, the index and the appendix listing only those): first as if none were kept,
        then widened to what the choice measures, until the choice fits as measured (the last
        exhibits kept are left out when it never does); the listing of the documents left out at
        its longest meanwhile. Then, with the listing of what is really left out (never longer),
        one more exhibit or more may come in: kept when the pack still fits as measured."""
        assert self.measure is not None
        self.cut = FrontCut(cut)
        guess, self.cut = self.measure((), cut)
        most = self._longest_listing()

        def listed(overhead: Overhead, listing: Overhead = most) -> Overhead:
            return replace(overhead, left_out=listing.left_out, left_out_bytes=listing.left_out_bytes)

        verified: tuple[Choice, int, Overhead, FrontCut] | None = None
        best: tuple[Choice, int] | None = None
        for _ in range(4):
            self.overhead = guess
            best = self._choose(ids, others, refine=False)
            if best is None or not best[0].kept:
                return best
            choice, level = best
            actual, actual_cut = self.measure(tuple(choice.kept), cut)
            if self.pack(choice.kept, level, True, listed(actual)):
                verified = (choice, level, actual, actual_cut)
                break
            guess = widest(guess, actual)
        if verified is None:
            assert best is not None
            choice, level = best
            kept = list(choice.kept)
            while kept and verified is None:
                kept.pop()
                actual, actual_cut = self.measure(tuple(kept), cut)
                if self.pack(kept, level, True, listed(actual)):
                    verified = (Choice(kept, [i for i in ids if i not in kept]), level, actual, actual_cut)
            if verified is None:
                return Choice([], list(ids)), level
        choice, level, actual, self.cut = verified
        self.overhead = actual
        listing = self.overhead_for([*choice.left_out, *others])
        self.chosen_overhead = listing
        more = self._greedy(level, listing)
        if len(more.kept) > len(choice.kept):
            measured, measured_cut = self.measure(tuple(more.kept), cut)
            if self.pack(more.kept, level, True, listed(measured, listing)):
                self.overhead, self.cut = measured, measured_cut
                self.chosen_overhead = listed(measured, listing)
                return more, level
        return choice, level

    def least(self) -> tuple[int, int]:
        """The fewest pages and bytes the whole case can take (the most compact level, the most
        favourable sizes), in one file."""
        level = len(self.policies) - 1
        limits = dict.fromkeys(("max_file_bytes", "max_pages", "max_total_bytes", "max_total_pages"))
        # Profile becomes a typing.NamedTuple (domain/profiles.py): _replace then, replace before
        profile: Any = self.profile
        roomy = profile._replace(**limits) if hasattr(profile, "_replace") else replace(profile, **limits)
        packer = Packer(roomy, self.whole_least, level, self.policies[level].per_page, False)
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
        return listed(
            translate_n("Pack", "{name} (%n page(s), up to {size})", pages).format(
                name=name, size=message_size(size)
            )
            for pages, size, name in sizes[:most]
        )

    def refusal(self, plan: FitPlan) -> str:
        pages, _ = self.least()
        room = min(
            (self.profile.max_pages or 10**9) * self.profile.max_files,
            self.profile.max_total_pages or 10**9,
        )
        by_pages = pages > room
        short = (
            translate_n("Pack", "it needs at least %n page(s), even with four images on a page", pages)
            if by_pages
            else translate("Pack", "its sizes, even at the smallest settings, exceed it")
        )
        return refusal_before_rendering(self.profile, plan, self.by_id, short, self.largest(by_pages))

    def _reason(self, item_id: int, level: int, kept: set[int]) -> str:
        pieces = self.pieces(item_id, kept)
        pages = sum(p.estimate.pages for p in pieces)
        size = sum(p.estimate.high[level] for p in pieces)
        return translate_n(
            "Pack", "no room left for it within the profile's limits (about %n page(s), up to {size})", pages
        ).format(size=message_size(size))

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
            reduced=level > 0,
        )
