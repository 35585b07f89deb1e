"""reportlab imported with Pillow deferred: nothing is lost when an image is drawn after all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import io, sys, threading
from slaadmin.render.rlimport import load_reportlab
load_reportlab()
assert "PIL._imaging" not in sys.modules, "Pillow ran at reportlab's import"
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from PIL import Image

results = []

def draw():
    picture = Image.new("RGB", (3, 2), (200, 10, 10))
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawImage(ImageReader(picture), 10, 10, 30, 20)
    canvas.save()
    results.append((ImageReader(picture).getSize(), b"/Image" in buffer.getvalue()))

threads = [threading.Thread(target=draw) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
assert results == [((3, 2), True)] * 4, results
assert type(sys.modules["PIL.Image"]).__name__ == "module"
"""


def test_an_image_drawn_after_the_deferred_import_uses_the_real_pillow() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


_PATTERNS_CHILD = """
import re, sys
from slaadmin.render.rlimport import LazyPattern, load_reportlab
load_reportlab()
import reportlab.lib.PyFontify as fontify
import reportlab.lib.rl_safe_eval as safe_eval
import reportlab.lib.textsplit as textsplit
import reportlab.platypus.paragraph as paragraph

deferred = {
    "uri": paragraph.uri_pat,
    "cjk": textsplit.rx,
    "unsafe": safe_eval.__rl_unsafe_re__,
    "python": fontify.matchRE,
}
samples = [
    "see https://example.com/a?b=1 now",
    "中文字符 and text",
    "x.__globals__ and co_code",
    "def f(x):  # note\\n    return 'a' if x else lambda: None",
]
for name, lazy in deferred.items():
    assert isinstance(lazy, LazyPattern), name
    pattern, flags = lazy._args
    real = re.compile(pattern, flags)
    for text in samples:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
# PythonPreformatted still colours a listing through the deferred pattern
tags = fontify.fontify("def f():\\n    return 1  # one\\n")
assert ("keyword", 0, 3, None) in tags, tags
print("ok")
"""


def test_the_deferred_patterns_compile_on_first_use_and_match_alike() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _PATTERNS_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
