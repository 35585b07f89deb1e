"""Word-level redline of the rendered annex between two revisions, in one language.

Paragraphs are aligned first (difflib over the annex blocks); paired paragraphs are compared
word by word. A figure with its decimals, separators and unit ("99,95 %", "43 200",
"21:00") is one token, so a changed figure is shown whole: 99,95 % → 99,9 %. A paragraph that
left one place and appears unchanged at another is shown as a move, not as a deletion and an
insertion.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from slaadmin.model.contract import Contract
from slaadmin.render.annex import Block, BlockKind, annex_blocks

# A figure: digits with inner separators (decimal comma or point, thin/no-break spaces,
# clock colons) and a percent sign; then words; then any other single character.
TOKEN_RE = re.compile(
    r"[-+]?\d+(?:[.,:\u00a0\u202f]\d+)*(?:[\u00a0\u202f ]?%)?"
    r"|[^\W\d_]+(?:\.[^\W\d_]+)+\.?"  # abbreviations: S.A., C.V., e.g.
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*"
    r"|[^\s]",
)
# Paragraphs less alike than this are shown as one removed and one added, not interleaved.
PAIR_RATIO = 0.35
# A paragraph removed at one place and added at another this alike is one moved paragraph.
MOVE_RATIO = 0.6


class Op(StrEnum):
    """What happened to a piece of text."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


class BlockChange(StrEnum):
    """What happened to a whole paragraph."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED_FROM = "moved_from"  # where a moved paragraph was (shown struck, marked as a move)
    MOVED_TO = "moved_to"  # where it went


@dataclass(frozen=True)
class Segment:
    """A run of text that is kept, inserted or deleted."""

    op: Op
    text: str


@dataclass(frozen=True)
class RedlineBlock:
    """One paragraph of the redline, in the new revision's order."""

    kind: BlockKind
    change: BlockChange
    segments: tuple[Segment, ...]
    move_id: int = 0  # pairs a MOVED_FROM with its MOVED_TO

    @property
    def text(self) -> str:
        """Return the paragraph as it reads in the new revision ('' for a removed one)."""
        if self.change in (BlockChange.DELETED, BlockChange.MOVED_FROM):
            return ""
        return "".join(s.text for s in self.segments if s.op is not Op.DELETE).rstrip()

    @property
    def old_text(self) -> str:
        """Return the paragraph as it read in the old revision ('' for an added one)."""
        if self.change in (BlockChange.INSERTED, BlockChange.MOVED_TO):
            return ""  # a moved paragraph's old wording is at its MOVED_FROM
        return "".join(s.text for s in self.segments if s.op is not Op.INSERT).rstrip()


def tokens(text: str) -> list[str]:
    """Return the tokens of `text`, each with the spaces that follow it."""
    out: list[str] = []
    pos = 0
    lead = re.match(r"\s*", text)
    prefix = lead.group(0) if lead else ""
    pos = len(prefix)
    for m in TOKEN_RE.finditer(text, pos):
        end = m.end()
        while end < len(text) and text[end].isspace():
            end += 1
        out.append(text[m.start() : end])
    if out and prefix:
        out[0] = prefix + out[0]
    return out


def word_diff(old: str, new: str) -> list[Segment]:
    """Return the segments that turn `old` into `new`, word by word, figures whole."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(
        a=[t.strip() for t in a], b=[t.strip() for t in b], autojunk=False
    )
    segments: list[Segment] = []
    pending_del = pending_ins = ""  # spaces after an equal run that differ between the texts
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _flush(segments, pending_del, pending_ins)
            pending_del = pending_ins = ""
            for ta, tb in zip(a[i1:i2], b[j1:j2], strict=True):
                _flush(segments, pending_del, pending_ins)
                core = tb.rstrip()
                space_a, space_b = ta[len(ta.rstrip()) :], tb[len(core) :]
                if (
                    space_a == space_b
                    and ta[: len(ta) - len(ta.lstrip())] == tb[: len(tb) - len(tb.lstrip())]
                ):
                    _append(segments, Op.EQUAL, tb)
                    pending_del = pending_ins = ""
                else:  # same word, different spacing: keep each text's own
                    lead_a = ta[: len(ta) - len(ta.lstrip())]
                    lead_b = tb[: len(tb) - len(tb.lstrip())]
                    _flush(segments, lead_a, lead_b)
                    _append(segments, Op.EQUAL, core.lstrip())
                    pending_del, pending_ins = space_a, space_b
            continue
        if i2 > i1:
            _append(segments, Op.DELETE, pending_del + "".join(a[i1:i2]))
            pending_del = ""
        if j2 > j1:
            _append(segments, Op.DELETE, pending_del)
            _append(segments, Op.INSERT, pending_ins + "".join(b[j1:j2]))
            pending_del = pending_ins = ""
    _flush(segments, pending_del, pending_ins)
    return segments


def _flush(segments: list[Segment], deleted: str, inserted: str) -> None:
    _append(segments, Op.DELETE, deleted)
    _append(segments, Op.INSERT, inserted)


def _append(segments: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op is op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def _block_text(block: Block) -> str:
    return f"{block.number}. {block.text}" if block.kind is BlockKind.STEP else block.text


def redline_blocks(old: Sequence[Block], new: Sequence[Block]) -> list[RedlineBlock]:
    """Return the redline of two rendered annexes, paragraphs in the new order."""
    a = [_block_text(b) for b in old]
    b = [_block_text(x) for x in new]
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    ops = matcher.get_opcodes()
    # Non-equal stretches between two unchanged paragraphs form one region.
    region = [sum(1 for op in ops[:k] if op[0] == "equal") for k in range(len(ops))]
    # 1. Paragraphs removed here and inserted there unchanged are moves.
    removed = {
        i: region[k]
        for k, (op, i1, i2, _, _) in enumerate(ops)
        if op != "equal"
        for i in range(i1, i2)
    }
    inserted = {
        j: region[k]
        for k, (op, _, _, j1, j2) in enumerate(ops)
        if op != "equal"
        for j in range(j1, j2)
    }
    free_new: dict[str, list[int]] = {}
    for j in inserted:
        free_new.setdefault(b[j], []).append(j)
    move_of_old: dict[int, int] = {}
    move_of_new: dict[int, int] = {}
    for i in removed:
        targets = free_new.get(a[i])
        if targets:
            j = targets.pop(0)
            move_of_old[i] = move_of_new[j] = len(move_of_old) + 1
    # 2. Replaced paragraphs alike enough are compared word by word where they stand.
    paired_new: dict[int, int] = {}
    for r in sorted(set(removed.values()) & set(inserted.values())):
        olds = [i for i, ri in removed.items() if ri == r and i not in move_of_old]
        news = [j for j, rj in inserted.items() if rj == r and j not in move_of_new]
        paired_new.update({j: i for i, j in _pair(a, b, olds, news)})
    # 3. A paragraph that left one place and reappears edited at another is a move too.
    paired_old = set(paired_new.values())
    left_new = [j for j in inserted if j not in move_of_new and j not in paired_new]
    for i in removed:
        if i in move_of_old or i in paired_old:
            continue
        for j in left_new:
            if (
                j not in move_of_new
                and inserted[j] != removed[i]
                and new[j].kind is old[i].kind
                and _alike(a[i], b[j], MOVE_RATIO)
            ):
                move_of_old[i] = move_of_new[j] = len(move_of_old) + 1
                paired_new[j] = i
                break
    out: list[RedlineBlock] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            out += [
                RedlineBlock(new[j].kind, BlockChange.UNCHANGED, (Segment(Op.EQUAL, b[j]),))
                for j in range(j1, j2)
            ]
            continue
        for i in range(i1, i2):
            if i in move_of_old:
                out.append(
                    RedlineBlock(
                        old[i].kind,
                        BlockChange.MOVED_FROM,
                        (Segment(Op.DELETE, a[i]),),
                        move_of_old[i],
                    )
                )
            elif i not in paired_old:
                out.append(
                    RedlineBlock(old[i].kind, BlockChange.DELETED, (Segment(Op.DELETE, a[i]),))
                )
        for j in range(j1, j2):
            if j in move_of_new:
                source = paired_new.get(j)
                segments = (
                    tuple(word_diff(a[source], b[j]))
                    if source is not None
                    else (Segment(Op.EQUAL, b[j]),)
                )
                out.append(
                    RedlineBlock(new[j].kind, BlockChange.MOVED_TO, segments, move_of_new[j])
                )
            elif j in paired_new:
                out.append(
                    RedlineBlock(
                        new[j].kind, BlockChange.CHANGED, tuple(word_diff(a[paired_new[j]], b[j]))
                    )
                )
            else:
                out.append(
                    RedlineBlock(new[j].kind, BlockChange.INSERTED, (Segment(Op.INSERT, b[j]),))
                )
    return out


def _alike(old: str, new: str, ratio: float) -> bool:
    """Return True when two paragraphs share at least `ratio` of their words."""
    if difflib.SequenceMatcher(a=old, b=new, autojunk=False).quick_ratio() < ratio:
        return False
    return difflib.SequenceMatcher(a=old.split(), b=new.split(), autojunk=False).ratio() >= ratio


def _pair(a: list[str], b: list[str], olds: list[int], news: list[int]) -> list[tuple[int, int]]:
    """Pair replaced paragraphs in order where they are alike enough to compare by word."""
    pairs: list[tuple[int, int]] = []
    start = 0
    for i in olds:
        for k in range(start, len(news)):
            j = news[k]
            if _alike(a[i], b[j], PAIR_RATIO):
                pairs.append((i, j))
                start = k + 1
                break
    return pairs


def redline(old: Contract, new: Contract, lang: str) -> list[RedlineBlock]:
    """Return the redline of the annex of `old` against `new` in `lang`."""
    return redline_blocks(annex_blocks(old, lang), annex_blocks(new, lang))


def has_changes(blocks: Sequence[RedlineBlock]) -> bool:
    """Return True when any paragraph differs."""
    return any(b.change is not BlockChange.UNCHANGED for b in blocks)


# ----------------------------------------------------------------------------- text and HTML
def _marked(segment: Segment) -> str:
    """Return a segment as text with [-deleted-] / {+inserted+} marks, spaces outside them."""
    if segment.op is Op.EQUAL or not segment.text.strip():
        return segment.text if segment.op is not Op.DELETE else ""
    core = segment.text.strip()
    lead = segment.text[: len(segment.text) - len(segment.text.lstrip())]
    tail = segment.text[len(lead) + len(core) :]
    return f"{lead}[-{core}-]{tail}" if segment.op is Op.DELETE else f"{lead}{{+{core}+}}{tail}"


def redline_text(blocks: Sequence[RedlineBlock]) -> str:
    """Return the redline as plain text: [-deleted-] {+inserted+}, moves marked >> <<."""
    lines: list[str] = []
    for block in blocks:
        body = "".join(_marked(s) for s in block.segments)
        if block.change is BlockChange.MOVED_FROM:
            body = f"[moved {block.move_id} >>] {body}"
        elif block.change is BlockChange.MOVED_TO:
            body = f"[>> moved {block.move_id}] {body}"
        prefix = {
            BlockKind.TITLE: "# ",
            BlockKind.HEADING: "## ",
            BlockKind.SUBHEADING: "### ",
            BlockKind.ITEM: "- ",
        }.get(block.kind, "")
        if block.kind in (BlockKind.HEADING, BlockKind.SUBHEADING) and lines:
            lines.append("")
        lines.append(prefix + body)
    return "\n".join(lines) + "\n"


FIRST_CHANGE = "first-change"  # anchor the views scroll to
INSERT_STYLE = "color:#1a5fb4; text-decoration: underline;"
DELETE_STYLE = "color:#a51d2d; text-decoration: line-through;"
MOVE_STYLE = "color:#26a269; text-decoration: underline;"
MOVED_FROM_STYLE = "color:#26a269; text-decoration: line-through;"


@dataclass(frozen=True)
class Marks:
    """How one output format marks a redline: each a template with `{text}` in it."""

    escape: Callable[[str], str]
    insert: str
    delete: str
    moved_to: str  # the unchanged words of a moved paragraph, where it now stands
    moved_from: str  # the words of a moved paragraph, where it stood
    move_note: str  # after a moved paragraph: "[moved here]", "[moved from here]"


HTML_MARKS = Marks(
    html.escape,
    insert=f'<span style="{INSERT_STYLE}">{{text}}</span>',
    delete=f'<span style="{DELETE_STYLE}">{{text}}</span>',
    moved_to=f'<span style="{MOVE_STYLE}">{{text}}</span>',
    moved_from=f'<span style="{MOVED_FROM_STYLE}">{{text}}</span>',
    move_note=' <small style="color:#26a269">[{text}]</small>',
)


def block_markup(block: RedlineBlock, marks: Marks, moved_from: str, moved_to: str) -> str:
    """Return one block's text with its changes marked (`marks`), white space left unmarked."""
    runs: list[str] = []
    for s in block.segments:
        core = s.text.strip()
        lead = s.text[: len(s.text) - len(s.text.lstrip())]
        text, tail = marks.escape(core), marks.escape(s.text[len(lead) + len(core) :])
        runs.append(marks.escape(lead))
        if block.change is BlockChange.MOVED_TO and s.op is Op.EQUAL:
            text = marks.moved_to.format(text=text)
        elif block.change is BlockChange.MOVED_FROM:
            text = marks.moved_from.format(text=text)
        elif s.op is Op.INSERT:
            text = marks.insert.format(text=text)
        elif s.op is Op.DELETE:
            text = marks.delete.format(text=text)
        runs.append(text + tail)
    body = "".join(runs)
    if block.change is BlockChange.MOVED_FROM:
        body += marks.move_note.format(text=marks.escape(moved_from))
    elif block.change is BlockChange.MOVED_TO:
        body += marks.move_note.format(text=marks.escape(moved_to))
    return body


def redline_html(
    blocks: Sequence[RedlineBlock],
    moved_from: str = "moved from here",
    moved_to: str = "moved here",
) -> str:
    """Return the redline as escaped HTML (QTextBrowser's subset): inserted, deleted, moved."""
    tags = {BlockKind.TITLE: "h2", BlockKind.HEADING: "h3", BlockKind.SUBHEADING: "h4"}
    parts: list[str] = []
    anchored = False
    for block in blocks:
        if block.change is not BlockChange.UNCHANGED and not anchored:
            parts.append(f'<a name="{FIRST_CHANGE}"></a>')
            anchored = True
        body = block_markup(block, HTML_MARKS, moved_from, moved_to)
        tag = tags.get(block.kind, "p")
        if block.kind is BlockKind.ITEM:
            body = "• " + body
        parts.append(f"<{tag}>{body}</{tag}>")
    return "\n".join(parts)


__all__ = [
    "HTML_MARKS",
    "BlockChange",
    "Marks",
    "Op",
    "RedlineBlock",
    "Segment",
    "block_markup",
    "has_changes",
    "redline",
    "redline_blocks",
    "redline_html",
    "redline_text",
    "tokens",
    "word_diff",
]
