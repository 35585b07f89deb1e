"""Where slaadmin finds its shipped files and keeps the user's library."""

from __future__ import annotations

from pathlib import Path

import platformdirs

_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Return the folder of shipped resources (templates, icons)."""
    return _ROOT / "resources"


def templates_dir() -> Path:
    """Return the folder holding the contract templates (*.sla.json)."""
    return resources_dir() / "templates"


def translations_dir() -> Path:
    """Return the folder holding the gettext catalogs."""
    return _ROOT / "translations"


def data_dir() -> Path:
    """Return the user's data folder for slaadmin (not created here)."""
    return Path(platformdirs.user_data_dir("slaadmin", appauthor=False))


def default_library_path() -> Path:
    """Return the default library file in the user's data folder."""
    return data_dir() / "library.sqlite"
