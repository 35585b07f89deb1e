"""Text that reaches a terminal: control characters made visible, never acted upon."""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, lone surrogates: what a terminal
# could act on (ESC starts ANSI sequences, \x9b is the one-byte CSI, BEL rings, CR rewrites).
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def escape_for_terminal(text: str) -> str:
    """Return `text` with every control character (ESC, BEL, CR, C1...) and lone surrogate
    written as a visible escape such as \\x1b, so printing it cannot drive a terminal."""
    if CONTROL_RE.search(text) is None:
        return text
    return CONTROL_RE.sub(
        lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text
    )


def escape_json(text: str) -> str:
    """Return JSON text with every control character and lone surrogate written as a \\u
    escape (json leaves DEL, C1 controls and surrogates raw): the same data, safe to print."""
    if CONTROL_RE.search(text) is None:
        return text
    return CONTROL_RE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
