"""The wheel carries everything the tool needs: templates, catalogs, fonts, icons."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def _needed_packages() -> set[str]:
    """Every folder of Python modules, and every folder of shipped files, as a package name."""
    needed = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "slaadmin").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    for top in ("resources", "translations"):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                rel = path.parent.relative_to(ROOT / top).parts
                needed.add(".".join(("slaadmin", top, *rel)))
    return needed


def test_every_package_and_data_folder_is_declared() -> None:
    missing = _needed_packages() - _declared_packages()
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


@pytest.mark.timeout(300)
def test_wheel_installed_outside_the_checkout_has_templates_and_catalogs(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", str(wheels)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    wheel = next(wheels.glob("slaadmin-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # The dependencies come from the test environment; slaadmin only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # --force-reinstall: the test environment's own (editable) slaadmin is visible through
    # deps.pth and would otherwise count as already installed.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--force-reinstall",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(work),
        "XDG_DATA_HOME": str(work / "xdg"),
        "SLAADMIN_LANG": "es",
    }
    where = subprocess.run(
        [python, "-c", "import slaadmin; print(slaadmin.__file__)"],
        cwd=work,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    assert str(venv) in where.stdout, where.stdout
    slaadmin = str(venv / "bin" / "slaadmin")
    templates = subprocess.run(
        [slaadmin, "templates"], cwd=work, env=env, capture_output=True, text=True
    )
    assert templates.returncode == 0, templates.stderr
    assert "omnichannel-contact-center" in templates.stdout
    made = subprocess.run(
        [slaadmin, "new", "--template", "omnichannel-contact-center", "-o", "a.sla.json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    assert "plantilla" in made.stdout  # the Spanish catalog travelled too
    rendered = subprocess.run(
        [slaadmin, "render", "a.sla.json", "--lang", "es"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert rendered.returncode == 0, rendered.stderr
    assert "Disponibilidad" in rendered.stdout
    fonts = subprocess.run(
        [python, "-c", "from slaadmin.render.fonts import register_fonts; print(register_fonts())"],
        cwd=work,
        env={**env, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
    )
    assert fonts.returncode == 0, fonts.stderr
