"""reportlab imported without the work slaadmin never uses.

Importing `reportlab.platypus` compiles two regular expressions that cost more than a third
of its import time (~35 ms of ~90 ms): a case-insensitive URI pattern whose character
classes span the whole BMP (used only by `uriWasteReduce` line breaking) and a CJK
word-wrap pattern (used only by `textsplit.cjkwrap`). We import reportlab with those two
compiled on first use instead; every other pattern, and reportlab's behaviour, is unchanged.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from typing import Any

# (module, pattern prefix) of the patterns compiled when first used. The prefixes are the
# start of the pattern text in reportlab 4-5; a pattern that no longer matches is simply
# compiled at import as before.
_DEFERRED = (
    ("reportlab.platypus.paragraph", "(^(?:[a-z0-9\\.\\-\\+]*)://)"),
    ("reportlab.lib.textsplit", "([\u2e80-\uffff])"),
)


class LazyPattern:
    """A compiled pattern that compiles itself the first time one of its methods is used."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r}, {self._args[1]!r})"


_LOCK = threading.Lock()


@functools.cache
def load_reportlab() -> None:
    """Import reportlab's platypus (Paragraph, tables, doc templates) with the deferred
    patterns; later imports of any reportlab module find it loaded."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _LOCK:
        real_compile = re.compile

        def deferring_compile(pattern: Any, flags: Any = 0) -> Any:
            caller = sys._getframe(1).f_globals.get("__name__")
            if isinstance(pattern, str) and any(
                caller == module and pattern.startswith(prefix) for module, prefix in _DEFERRED
            ):
                return LazyPattern(pattern, int(flags))
            return real_compile(pattern, flags)

        re.compile = deferring_compile
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = real_compile
