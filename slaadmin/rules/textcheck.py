"""The bilingual text checker: every figure that differs between the es and en versions.

The two versions rarely share line breaks or table layout, so the checker aligns the
*figures* of the two texts (in reading order, as language-independent keys), lets a figure
that moved a little within the text find its twin, and reports what is left: a figure
changed, missing from one side, or added on one side. Figures compare as whole values:
99.9 is not "contained" in 99.95.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from slaadmin.i18n import N_
from slaadmin.rules.engine import Finding, Message, Segment, Severity, Term
from slaadmin.rules.figures import Figure, TextFigures, extract

# How far (as a share of the figures) a figure may move and still find its twin.
MOVE_TOLERANCE = 0.2
MOVE_SLACK = 3
# Caps that keep long texts linear: a figure moves at most MAX_MOVE figures away, and the
# sequence matcher sees at most WINDOW figures of each text at a time.
MAX_MOVE = 200
WINDOW = 400

LANGUAGE_NAMES = {"es": N_("Spanish"), "en": N_("English"), "pl": N_("Polish")}

KIND_NAMES = {
    "percent": N_("percentage"),
    "duration": N_("duration"),
    "number": N_("number"),
    "clock": N_("clock time"),
    "date": N_("date"),
    "phone": N_("phone number"),
    "coverage": N_("coverage"),
}


def _compatible(a: Figure, b: Figure) -> bool:
    """Same meaning: same kind and an overlapping reading, or a bare number and a quantity."""
    for x, y in ((a, b), (b, a)):
        if x.either and y.kind == "duration" and x.value == y.value:
            return True
    if not set(a.values()) & set(b.values()):
        # "3" in one language, "tres meses" in the other: the bare count of the units
        for x, y in ((a, b), (b, a)):
            if x.kind == "number" and not x.unit_given and y.scale and x.value * y.scale == y.value:
                return True
        return False
    if a.kind == b.kind:
        return a.business == b.business or not (a.unit_given and b.unit_given)
    # "4" in one language, "4 incidents" or "45 minutes" written in a table header in the other
    return (a.kind == "number" and not a.unit_given) or (b.kind == "number" and not b.unit_given)


def _same_form(a: Figure, b: Figure) -> bool:
    """Written the same way: same kind and unit, an overlapping reading."""
    return (a.kind, a.scale, a.business) == (b.kind, b.scale, b.business) and bool(
        set(a.values()) & set(b.values())
    )


def _near(i: int, j: int, len_a: int, len_b: int) -> float:
    """Distance of figure i of one text from figure j of the other, by rank, in figures.

    Ranks, not character offsets: the two languages' wording differs in length, their
    sequence of figures much less. Within MOVE_SLACK figures counts as near regardless."""
    scaled = abs(i / max(len_a, 1) - j / max(len_b, 1)) * max(len_a, len_b)
    return max(scaled - MOVE_SLACK, 0)


# How far apart (as a share of each text's length) two leftovers may sit and still be read as
# one figure changed into another; farther apart they are one missing and one added.
LOCAL_SHARE = 0.08
LOCAL_CHARS = 160  # short texts: a sentence's length either way is still the same place


def _local(x: Figure, y: Figure, len_x: int, len_y: int) -> bool:
    """Whether two figures sit at corresponding places of their texts."""
    share = abs(x.start / max(len_x, 1) - y.start / max(len_y, 1))
    return share <= LOCAL_SHARE or share * max(len_x, len_y) <= LOCAL_CHARS


class _Anchors:
    """The figures both texts share in the same order (the alignment's equal stretches), as
    offsets: where a figure of one text should sit in the other is read between the shared
    figures around it, so a leftover only pairs with one in the corresponding sentences."""

    def __init__(self, pairs: list[tuple[Figure, Figure]], len_a: int, len_b: int) -> None:
        pairs = sorted(pairs, key=lambda p: p[0].start)
        self.a = [0]
        self.b = [0]
        for x, y in pairs:
            if y.start >= self.b[-1] and x.start >= self.a[-1]:  # monotonic only
                self.a.append(x.start)
                self.b.append(y.start)
        self.a.append(max(len_a, self.a[-1]))
        self.b.append(max(len_b, self.b[-1]))
        self.len_a, self.len_b = len_a, len_b

    def corresponds(self, x: Figure, y: Figure) -> bool:
        """Whether y (second text) sits where x (first text) belongs: between the shared
        figures around x, and near the place interpolated between them."""
        if not _local(x, y, self.len_a, self.len_b):
            return False
        return abs(y.start - self.expected(x)) <= self.reach(x)

    def expected(self, x: Figure) -> float:
        k = min(max(bisect.bisect_right(self.a, x.start), 1), len(self.a) - 1)
        pa, na, pb, nb = self.a[k - 1], self.a[k], self.b[k - 1], self.b[k]
        return pb + (x.start - pa) * (nb - pb) / max(na - pa, 1)

    def reach(self, x: Figure) -> float:
        k = min(max(bisect.bisect_right(self.a, x.start), 1), len(self.a) - 1)
        return max(MIN_REACH, (self.b[k] - self.b[k - 1]) * GAP_SHARE)


# How far (in characters) from its place a figure may have moved and still find its twin.
MOVE_CHARS = 600
# How far (in characters) from a figure's place a number word may say it.
WORD_REACH = 200
# Between two shared figures, a leftover may sit this share of the gap (or MIN_REACH
# characters, a short sentence) off its interpolated place.
GAP_SHARE = 0.35
MIN_REACH = 60


def align(
    es: TextFigures,
    en: TextFigures,
    es_articles: Sequence[Figure] = (),
    en_articles: Sequence[Figure] = (),
) -> tuple[list[tuple[Figure, Figure]], list[tuple[Figure | None, Figure | None]]]:
    """Return (matched pairs, unmatched pairs); an unmatched pair has None on one side
    when the figure is missing there, or two figures when one was changed into the other.

    Quantities made only of an article ("un mes" / "a month") never pair by themselves; a
    leftover they say at the same place is matched to them before any change is read."""
    a, b = es.figures, en.figures
    len_a, len_b = len(es.text), len(en.text)

    parallel = _parallel(a, b)
    if parallel is not None:
        pairs, differing = parallel
        # Same kinds in the same order, but a pair far apart is one figure gone and another
        # come, each at its own line.
        anchors = _Anchors(pairs, len_a, len_b)
        unmatched: list[tuple[Figure | None, Figure | None]] = []
        for x, y in differing:
            if x is not None and y is not None and not anchors.corresponds(x, y):
                unmatched += [(x, None), (None, y)]
            else:
                unmatched.append((x, y))
        return pairs, unmatched
    keys_a = [f.key for f in a]
    keys_b = [f.key for f in b]
    # The figures both texts share at the start and at the end pair up in one linear pass;
    # only the middle goes to the (quadratic on repetitive input) sequence matcher.
    head = 0
    while head < min(len(a), len(b)) and keys_a[head] == keys_b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and keys_a[-1 - tail] == keys_b[-1 - tail]:
        tail += 1
    matched: list[tuple[Figure, Figure]] = [(a[i], b[i]) for i in range(head)]
    matched += [(a[len(a) - 1 - k], b[len(b) - 1 - k]) for k in range(tail)]
    blocks: list[tuple[list[int], list[int]]] = []
    lone: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in _opcodes(keys_a, keys_b, head, len(a) - tail, head, len(b) - tail):
        if op == "equal" and i2 - i1 == 1:
            lone.append((i1, j1))  # one equal figure alone: trusted only where it belongs
        elif op == "equal":
            matched += [(a[i], b[j]) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            blocks.append((list(range(i1, i2)), list(range(j1, j2))))
    anchors = _Anchors(matched, len_a, len_b)
    for i, j in lone:
        if anchors.corresponds(a[i], b[j]):
            matched.append((a[i], b[j]))
        else:
            blocks.append(([i], [j]))
    if lone:
        anchors = _Anchors(matched, len_a, len_b)
    flipped = _Anchors([(y, x) for x, y in matched], len_b, len_a)

    def local(i: int, j: int) -> bool:
        return anchors.corresponds(a[i], b[j])

    left = [i for block in blocks for i in block[0]]
    right = [j for block in blocks for j in block[1]]
    used_b: set[int] = set()
    used_a: set[int] = set()
    # A figure that moved finds its twin: first one written the same way, then one written
    # another way (2 h / 120 min, a bare number in a table / a quantity).
    limit = min(MOVE_TOLERANCE * max(len(a), len(b)), MAX_MOVE)
    # First, every figure with a twin written the same way where it belongs, or with a number
    # word or an article quantity of the other text there ("four" / "4", "un mes" / "one
    # month"): the nearest pairs first, so a figure never takes its neighbour's twin.
    es_words = sorted(es_articles, key=lambda f: f.start)
    en_words = sorted(en_articles, key=lambda f: f.start)
    es_starts = [f.start for f in es_words]
    en_starts = [f.start for f in en_words]
    pool: list[tuple[float, int, int, int]] = []
    for i in left:
        centre = anchors.expected(a[i])
        for j in _around(right, i, a, b, limit):
            if _same_form(a[i], b[j]) and anchors.corresponds(a[i], b[j]):
                pool.append((abs(b[j].start - centre), 0, i, j))
        for k in _within(en_starts, centre, anchors.reach(a[i])):
            if _says(en_words[k], a[i]) and anchors.corresponds(a[i], en_words[k]):
                pool.append((abs(en_words[k].start - centre), 1, i, k))
    for j in right:
        centre = flipped.expected(b[j])
        for k in _within(es_starts, centre, flipped.reach(b[j])):
            if _says(es_words[k], b[j]) and flipped.corresponds(b[j], es_words[k]):
                pool.append((abs(es_words[k].start - centre), 2, k, j))
    # A word said on both sides ("segundo martes" / "second Tuesday") is spent on its twin.
    for k, z in enumerate(es_words):
        if z.word:
            centre = anchors.expected(z)
            for m in _within(en_starts, centre, anchors.reach(z)):
                if en_words[m].word and en_words[m].value == z.value:
                    pool.append((abs(en_words[m].start - centre), 3, k, m))
    spent_es: set[int] = set()
    spent_en: set[int] = set()
    for _distance, what, p, q in sorted(pool):
        if what == 0 and p not in used_a and q not in used_b:
            used_a.add(p)
            used_b.add(q)
            matched.append((a[p], b[q]))
        elif what == 1 and p not in used_a and q not in spent_en:
            used_a.add(p)
            spent_en.add(q)
        elif what == 2 and p not in spent_es and q not in used_b:
            spent_es.add(p)
            used_b.add(q)
        elif what == 3 and p not in spent_es and q not in spent_en:
            spent_es.add(p)
            spent_en.add(q)
    # Then a figure written another way where it belongs, then one moved within MOVE_CHARS of
    # its place (sentences reordered in a paragraph, a table's columns in another order).
    for same, reach in (
        (_compatible, 0.0),
        (_same_form, MOVE_CHARS),
        (_compatible, MOVE_CHARS),
    ):
        for i in left:
            if i in used_a:
                continue
            candidates = [
                j
                for j in _around(right, i, a, b, limit)
                if j not in used_b
                and same(a[i], b[j])
                and _near(i, j, len(a), len(b)) <= limit
                and (
                    anchors.corresponds(a[i], b[j])
                    if not reach
                    else abs(b[j].start - anchors.expected(a[i])) <= reach
                )
            ]
            if candidates:
                j = min(candidates, key=lambda j: (_near(i, j, len(a), len(b)), abs(i - j)))
                used_a.add(i)
                used_b.add(j)
                matched.append((a[i], b[j]))
    # A number word or article quantity a little farther off (a sentence away) still says
    # what is left.
    for i in left:
        if i not in used_a:
            centre = anchors.expected(a[i])
            for k in _within(en_starts, centre, WORD_REACH):
                z = en_words[k]
                if k not in spent_en and _says(z, a[i]) and _local(a[i], z, len_a, len_b):
                    used_a.add(i)
                    spent_en.add(k)
                    break
    for j in right:
        if j not in used_b:
            centre = flipped.expected(b[j])
            for k in _within(es_starts, centre, WORD_REACH):
                z = es_words[k]
                if k not in spent_es and _says(z, b[j]) and _local(z, b[j], len_a, len_b):
                    used_b.add(j)
                    spent_es.add(k)
                    break
    unmatched = []
    leftover_a: list[int] = []
    leftover_b: list[int] = []
    for block_a, block_b in blocks:
        rest_a = [i for i in block_a if i not in used_a]
        rest_b = [j for j in block_b if j not in used_b]
        # Each figure pairs with the figure of its kind left in the block nearest to where it
        # belongs (a sorted list per kind: a binary search, however long the block).
        by_kind: dict[str, list[int]] = {}
        for j in rest_b:
            by_kind.setdefault(b[j].kind, []).append(j)
        starts = {kind: [b[j].start for j in js] for kind, js in by_kind.items()}
        paired_b: set[int] = set()
        unpaired_a: list[int] = []
        for i in rest_a:
            twin = _nearest(
                a[i], by_kind.get(a[i].kind, []), starts.get(a[i].kind, []), b, paired_b, anchors
            )
            if twin is not None:
                paired_b.add(twin)
                unmatched.append((a[i], b[twin]))
            else:
                unpaired_a.append(i)
        leftover_a += unpaired_a
        leftover_b += [j for j in rest_b if j not in paired_b]
    # A changed figure may sit in another block than its twin (equal neighbours shift the
    # alignment): pair what is left by kind and nearness before calling it missing or added.
    leftover_b.sort()
    gone_a: set[int] = set()
    gone_b: set[int] = set()
    for i in leftover_a:
        near = [
            j
            for j in _around(leftover_b, i, a, b, limit)
            if j not in gone_b
            and b[j].kind == a[i].kind
            and local(i, j)
            and _near(i, j, len(a), len(b)) <= limit
        ]
        if near:
            j = min(near, key=lambda j: (_near(i, j, len(a), len(b)), abs(i - j)))
            gone_a.add(i)
            gone_b.add(j)
            unmatched.append((a[i], b[j]))
    leftover_a = [i for i in leftover_a if i not in gone_a]
    leftover_b = [j for j in leftover_b if j not in gone_b]
    # As many left of a kind on both sides: those are changes (repeated sections can make
    # the alignment cross), paired in reading order.
    for kind in {a[i].kind for i in leftover_a}:
        mine = [i for i in leftover_a if a[i].kind == kind]
        theirs = [j for j in leftover_b if b[j].kind == kind]
        if len(mine) == len(theirs) and all(local(i, j) for i, j in zip(mine, theirs, strict=True)):
            unmatched += [(a[i], b[j]) for i, j in zip(mine, theirs, strict=True)]
            leftover_a = [i for i in leftover_a if a[i].kind != kind]
            leftover_b = [j for j in leftover_b if b[j].kind != kind]
    unmatched += [(a[i], None) for i in leftover_a] + [(None, b[j]) for j in leftover_b]
    rank = {id(f): k / max(len(a), 1) for k, f in enumerate(a)}
    rank.update({id(f): k / max(len(b), 1) for k, f in enumerate(b)})
    unmatched.sort(key=lambda p: rank[id(p[0] if p[0] is not None else p[1])])
    return matched, unmatched


def _said(x: Figure, articles: Sequence[Figure], anchors: _Anchors, spent: set[int]) -> bool:
    """Whether an article quantity ("un mes") or a number word ("three", "noon") of the other
    text, not yet spent on another figure, says figure x at its place."""
    for z in articles:
        if id(z) not in spent and _says(z, x) and anchors.corresponds(x, z):
            spent.add(id(z))
            return True
    return False


def _within(starts: list[int], centre: float, reach: float) -> range:
    """The indices of `starts` (sorted offsets) within `reach` characters of `centre`."""
    return range(
        bisect.bisect_left(starts, centre - reach), bisect.bisect_right(starts, centre + reach)
    )


def _says(z: Figure, x: Figure) -> bool:
    if not z.word:
        return _compatible(x, z)
    if x.kind == "clock":
        return x.value in (0, 720) and x.value == z.value
    if x.kind == "duration" and z.kind == "number" and z.either:  # "five⏎seconds"
        if x.scale:
            return x.value == z.value * x.scale
        return abs(x.value * 60 - z.value) < Decimal("1e-9")  # seconds
    return x.kind == z.kind and x.value == z.value


def _ends_line(text: str, at: int) -> bool:
    """Whether the word at offset `at` is the last one of its line."""
    end = text.find("\n", at)
    return len(text[at : end if end >= 0 else len(text)].split(maxsplit=1)) == 1


def _words(text: TextFigures) -> list[Figure]:
    """The numbers a text spells out with no unit, as figures that are never reported."""
    return [
        Figure(
            "duration" if value < 0 else "number",
            abs(value),
            "",
            0,
            at,
            unit_given=False,
            word=True,
            # a word that ends its line may have its unit at the start of the next one
            either=_ends_line(text.text, at),
        )
        for value, at in text.spelled
    ]


def _nearest(
    x: Figure,
    js: list[int],
    starts: list[int],
    b: list[Figure],
    taken: set[int],
    anchors: _Anchors,
) -> int | None:
    """Return the index in `js` (sorted by offset) of the free figure nearest to where x
    belongs in the other text, if one sits there; None otherwise."""
    if not js:
        return None
    centre = anchors.expected(x)
    reach = anchors.reach(x)
    lo = bisect.bisect_left(starts, centre - reach)
    hi = bisect.bisect_right(starts, centre + reach)
    best: int | None = None
    for k in range(lo, min(hi, lo + 64)):
        j = js[k]
        if j in taken or not anchors.corresponds(x, b[j]):
            continue
        if best is None or abs(b[j].start - centre) < abs(b[best].start - centre):
            best = j
    return best


def _opcodes(
    keys_a: list[Any], keys_b: list[Any], lo_a: int, hi_a: int, lo_b: int, hi_b: int
) -> Iterator[tuple[str, int, int, int, int]]:
    """Yield difflib opcodes (in whole-list indices) aligning keys_a[lo_a:hi_a] with
    keys_b[lo_b:hi_b], a window of at most WINDOW figures at a time: difflib is quadratic on
    repetitive input, so a long text is aligned window by window, each window cut after its
    last stretch of equal figures and the next one starting there."""
    while lo_a < hi_a or lo_b < hi_b:
        end_a = min(hi_a, lo_a + WINDOW)
        end_b = min(hi_b, lo_b + WINDOW)
        last = end_a == hi_a and end_b == hi_b
        matcher = difflib.SequenceMatcher(
            a=keys_a[lo_a:end_a], b=keys_b[lo_b:end_b], autojunk=False
        )
        ops = [
            (op, i1 + lo_a, i2 + lo_a, j1 + lo_b, j2 + lo_b)
            for op, i1, i2, j1, j2 in matcher.get_opcodes()
        ]
        if not last:
            # Keep the window up to its last equal stretch in the first three quarters.
            cut = max(
                (
                    k
                    for k, o in enumerate(ops)
                    if o[0] == "equal"
                    and o[2] - lo_a <= WINDOW * 3 // 4
                    and o[4] - lo_b <= WINDOW * 3 // 4
                ),
                default=None,
            )
            if cut is not None:
                ops = ops[: cut + 1]
        yield from ops
        lo_a, lo_b = ops[-1][2], ops[-1][4]


def _around(
    sorted_js: list[int], i: int, a: list[Figure], b: list[Figure], limit: float
) -> list[int]:
    """Return the indices of `sorted_js` whose rank is near figure i's (a binary search, so
    matching moved figures stays linear in the length of the texts)."""
    centre = i / max(len(a), 1) * len(b)
    reach = limit + MOVE_SLACK + 1  # _near scales by the longer text: never farther than this
    lo = bisect.bisect_left(sorted_js, centre - reach)
    hi = bisect.bisect_right(sorted_js, centre + reach)
    return sorted_js[lo:hi]


def _parallel(
    a: list[Figure], b: list[Figure]
) -> tuple[list[tuple[Figure, Figure]], list[tuple[Figure | None, Figure | None]]] | None:
    """Compare position by position when both texts carry the same kinds of figures in the
    same order (the usual translation) and what differs is not merely a reordering."""
    if len(a) != len(b) or any(x.kind != y.kind for x, y in zip(a, b, strict=True)):
        return None
    matched: list[tuple[Figure, Figure]] = []
    differing: list[tuple[Figure | None, Figure | None]] = []
    for x, y in zip(a, b, strict=True):
        if _compatible(x, y):
            matched.append((x, y))
        else:
            differing.append((x, y))
    moved_a = {v for x, _y in differing if x for v in x.values()}
    moved_b = {v for _x, y in differing if y for v in y.values()}
    if len(differing) > 1 and moved_a & moved_b:
        return None  # the same figures in another order: let the alignment see the moves
    return matched, differing


def check_texts(
    es_text: str, en_text: str, pointer: str = "", locales: Sequence[str] = ("es", "en")
) -> list[Finding]:
    """Return a finding for every figure that differs between the es and en texts.

    The first text may be in another language (pl): its language is read from `locales`, the
    findings keep it in their `es` slot and name the languages in their messages."""
    first = locales[0].split("_")[0]
    generic = first != "es"
    es = extract(es_text, locales[0])
    en = extract(en_text, locales[1])
    # Quantities made only of an article ("un mes", "a month") take part only where the other
    # text leaves the same figure unmatched: they must not steal a real figure's twin.
    es_art = [f for f in es.figures if f.article]
    en_art = [f for f in en.figures if f.article]
    len_es, len_en = len(es.text), len(en.text)
    # A number the other text spells out at the same place ("50 agentes" / "fifty agents",
    # "12:00" / "noon") is matched to the word, like a quantity made only of an article.
    es_main = [f for f in es.figures if not f.article]
    en_main = [f for f in en.figures if not f.article]
    es_art += _words(es)
    en_art += _words(en)
    matched, unmatched = align(
        replace(es, figures=es_main), replace(en, figures=en_main), es_art, en_art
    )
    anchors = _Anchors(matched, len_es, len_en)
    flipped = _Anchors([(y, x) for x, y in matched], len_en, len_es)
    unmatched = [
        (x, y)
        for x, y in unmatched
        if not (
            (
                y is None
                and x is not None
                and any(_compatible(x, z) and anchors.corresponds(x, z) for z in en_art)
            )
            or (
                x is None
                and y is not None
                and any(_compatible(z, y) and flipped.corresponds(y, z) for z in es_art)
            )
        )
    ]
    # A leftover the other text spells out, or a quantity made only of an article ("un mes
    # de 30 días" / "a 30-day month"), is wording, not a figure gone missing.
    unmatched = [
        (x, y)
        for x, y in unmatched
        if not (
            (y is None and x is not None and _spelled(x, es, en, anchors))
            or (x is None and y is not None and _spelled(y, en, es, flipped))
        )
    ]
    findings: list[Finding] = []
    for one, other in matched:
        if one.comparison and other.comparison and one.comparison != other.comparison:
            findings.append(
                _finding(
                    "text.comparison",
                    Severity.WARNING,
                    pointer,
                    N_("The comparison differs: {es} ({first}) / {en} ({second}).")
                    if generic
                    else N_("The comparison differs: {es} (es) / {en} (en)."),
                    one,
                    other,
                    es,
                    en,
                )
            )
    for x, y in unmatched:
        metadata = (x is not None and x.metadata) or (y is not None and y.metadata)
        if x is not None and y is not None:
            severity = (
                Severity.INFO
                if metadata
                else (Severity.WARNING if x.kind == "phone" else Severity.ERROR)
            )
            findings.append(
                _finding(
                    "text.figure_changed",
                    severity,
                    pointer,
                    N_("The {kind} differs: {es} ({first}) / {en} ({second}).")
                    if generic
                    else N_("The {kind} differs: {es} (es) / {en} (en)."),
                    x,
                    y,
                    es,
                    en,
                )
            )
        elif x is not None:
            findings.append(
                _finding(
                    "text.figure_missing",
                    Severity.INFO if metadata else Severity.WARNING,
                    pointer,
                    N_("{es} appears in the {first_name} text but not in the {second_name} one.")
                    if generic
                    else N_("{es} appears in the Spanish text but not in the English one."),
                    x,
                    None,
                    es,
                    en,
                )
            )
        elif y is not None:
            findings.append(
                _finding(
                    "text.figure_added",
                    Severity.INFO if metadata else Severity.WARNING,
                    pointer,
                    N_("{en} appears in the {second_name} text but not in the {first_name} one.")
                    if generic
                    else N_("{en} appears in the English text but not in the Spanish one."),
                    None,
                    y,
                    es,
                    en,
                )
            )
    return findings


def _spelled(
    f: Figure, own: TextFigures, other: TextFigures, anchors: _Anchors | None = None
) -> bool:
    """A digit figure the other text spells out as a word at the same place ("3" / "three",
    "12:00" / "noon", "24 hours" / "around the clock"); with `anchors` (the aligned figures,
    own text first), the same place is read between the figures both texts share."""
    if (f.kind == "clock" and f.value in (0, 720)) or f.kind == "number":
        wanted: tuple[Decimal, ...] = (f.value,)
    elif f.kind == "duration":  # "cada 15 días" also reads as two weeks: "biweekly"
        wanted = tuple(-v for v in f.values())
    else:
        return False
    here = f.start / max(len(own.text), 1)
    return any(
        value in wanted
        and abs(here - at / max(len(other.text), 1)) <= LOCAL_SHARE
        and (anchors is None or abs(at - anchors.expected(f)) <= anchors.reach(f) + MOVE_SLACK)
        for value, at in other.spelled
    )


def _finding(
    rule: str,
    severity: Severity,
    pointer: str,
    template: str,
    x: Figure | None,
    y: Figure | None,
    es: TextFigures,
    en: TextFigures,
) -> Finding:
    kind = (x or y).kind  # type: ignore[union-attr]
    context_es = es.line_text(x.line, x.start) if x else ""
    context_en = en.line_text(y.line, y.start) if y else ""
    return Finding(
        rule,
        severity,
        pointer,
        Message(
            template,
            {
                "es": x.text if x else "",
                "en": y.text if y else "",
                "first": es.lang,
                "second": en.lang,
                "first_name": Term(LANGUAGE_NAMES.get(es.lang, es.lang)),
                "second_name": Term(LANGUAGE_NAMES.get(en.lang, en.lang)),
                "kind": Term(KIND_NAMES.get(kind, kind)),
                "context_es": context_es,
                "context_en": context_en,
            },
        ),
        es=Segment(x.text, x.line) if x else None,
        en=Segment(y.text, y.line) if y else None,
    )
