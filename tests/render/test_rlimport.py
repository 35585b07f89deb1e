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
