"""reportlab imported without the work slaadmin never uses.

Importing `reportlab.platypus` compiles two regular expressions that cost more than a third
of its import time (~35 ms of ~90 ms): a case-insensitive URI pattern whose character
classes span the whole BMP (used only by `uriWasteReduce` line breaking) and a CJK
word-wrap pattern (used only by `textsplit.cjkwrap`). Two more cost ~0.8 ms each: the
list of names `rl_safe_eval` refuses (`__rl_unsafe_re__`, which reportlab itself never
reads) and the Python-listing highlighter of `PyFontify` (used only by PythonPreformatted).
We import reportlab with those compiled on first use instead (each is only ever used through
its methods, which a LazyPattern forwards); every other pattern, and reportlab's behaviour,
is unchanged.

`reportlab.lib.utils` also imports Pillow's `PIL.Image` (~15 ms of CPU with its tag tables)
for bitmaps, which annexes never contain: the module is put in place unexecuted and runs the
first time anything reads one of its names (`Image.open`, `Image.Image`...), so code that
draws an image still finds the real Pillow.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
import types
from typing import Any

# (module, pattern prefix) of the patterns compiled when first used. The prefixes are the
# start of the pattern text in reportlab 4-5; a pattern that no longer matches is simply
# compiled at import as before.
_DEFERRED = (
    ("reportlab.platypus.paragraph", "(^(?:[a-z0-9\\.\\-\\+]*)://)"),
    ("reportlab.lib.textsplit", "([\u2e80-\uffff])"),
    ("reportlab.lib.rl_safe_eval", "\\b(?:"),
    ("reportlab.lib.PyFontify", "#[^\\n]*|"),
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
_DEFERRED_LOCK = threading.RLock()


class DeferredModule(types.ModuleType):
    """A module whose code runs the first time one of its names is read (then it becomes a
    plain module); threads that read it meanwhile wait for that first run to finish."""

    def __getattr__(self, name: str) -> Any:
        # only called for names not set yet: before the module's code ran, that is all of them
        with _DEFERRED_LOCK:
            state = self.__dict__
            if type(self) is DeferredModule and not state.get("_slaadmin_running"):
                state["_slaadmin_running"] = True
                try:
                    self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
                except BaseException:
                    sys.modules.pop(self.__name__, None)
                    raise
                finally:
                    state.pop("_slaadmin_running", None)
                self.__class__ = types.ModuleType  # type: ignore[assignment]
        if type(self) is not DeferredModule:  # ran, in this thread or while this one waited
            return getattr(self, name)
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")


def defer_module(name: str) -> None:
    """Put module `name` (of an imported package) in sys.modules without running its code;
    do nothing when it is already imported or is not installed."""
    if name in sys.modules:
        return
    import importlib
    import importlib.util

    package, _, child = name.rpartition(".")
    try:
        parent = importlib.import_module(package)
        spec = importlib.util.find_spec(name)
    except ImportError:
        return  # not installed: whoever imports it says so then
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = DeferredModule
    sys.modules[name] = module
    setattr(parent, child, module)


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

        defer_module("PIL.Image")
        re.compile = deferring_compile
        try:
            import reportlab.platypus  # noqa: F401
        finally:
            re.compile = real_compile
