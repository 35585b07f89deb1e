"""The annex as HTML for the preview: one language, or es | en side by side, aligned."""

from __future__ import annotations

import difflib
import html

from slaadmin.model.contract import Contract
from slaadmin.render.annex import Block, BlockKind, annex_blocks

_TAGS = {
    BlockKind.TITLE: "h1",
    BlockKind.HEADING: "h2",
    BlockKind.SUBHEADING: "h3",
    BlockKind.PARAGRAPH: "p",
    BlockKind.ITEM: "p",
    BlockKind.STEP: "p",
}

STYLE = """
body { font-family: sans-serif; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 12px; } h3 { font-size: 11pt; }
td { vertical-align: top; padding: 2px 8px; }
p.item { margin-left: 12px; }
"""


def block_html(block: Block | None) -> str:
    """Return one block as HTML (empty for a missing counterpart)."""
    if block is None:
        return ""
    tag = _TAGS[block.kind]
    text = html.escape(block.text)
    if block.kind is BlockKind.ITEM:
        return f'<p class="item">• {text}</p>'
    if block.kind is BlockKind.STEP:
        return f'<p class="item">{block.number}. {text}</p>'
    return f"<{tag}>{text}</{tag}>"


def aligned_blocks(
    contract: Contract, left: str, right: str
) -> list[tuple[Block | None, Block | None]]:
    """Return the blocks of two languages paired by the field they come from."""
    a, b = annex_blocks(contract, left), annex_blocks(contract, right)
    keys_a = [(x.kind, x.source) for x in a]
    keys_b = [(x.kind, x.source) for x in b]
    pairs: list[tuple[Block | None, Block | None]] = []
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pairs += list(zip(a[i1:i2], b[j1:j2], strict=True))
        else:
            pairs += [(x, None) for x in a[i1:i2]] + [(None, y) for y in b[j1:j2]]
    return pairs


def annex_html(contract: Contract, langs: tuple[str, ...] = ("es", "en")) -> str:
    """Return the annex as an HTML page in one language or two side by side."""
    if len(langs) == 1:
        body = "\n".join(block_html(b) for b in annex_blocks(contract, langs[0]))
    else:
        rows = [
            f'<tr><td width="50%">{block_html(x)}</td><td width="50%">{block_html(y)}</td></tr>'
            for x, y in aligned_blocks(contract, langs[0], langs[1])
        ]
        body = '<table width="100%" cellspacing="0">' + "\n".join(rows) + "</table>"
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"
