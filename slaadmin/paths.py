"""Where slaadmin finds its shipped files and keeps the user's library.

The top-level `resources/` and `translations/` folders of the repository are mapped into the
package when a wheel is built (`slaadmin/resources`, `slaadmin/translations`; see
pyproject.toml). An installed package finds them inside itself; a source checkout (or an
editable install) finds them beside the package.
"""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def _shipped(name: str) -> Path:
    # the package folder itself (what importlib.resources.files would answer for a package
    # on disk, without importing importlib.resources on every start)
    package = Path(__file__).absolute().parent
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


def resources_dir() -> Path:
    """Return the folder of shipped resources (templates, icons, fonts)."""
    return _shipped("resources")


def templates_dir() -> Path:
    """Return the folder holding the contract templates (*.sla.json)."""
    return resources_dir() / "templates"


def translations_dir() -> Path:
    """Return the folder holding the gettext catalogs."""
    return _shipped("translations")


def data_dir() -> Path:
    """Return the user's data folder for slaadmin (not created here)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("slaadmin", appauthor=False))


def cache_dir() -> Path:
    """Return the user's cache folder for slaadmin (not created here); SLAADMIN_CACHE_DIR
    overrides it (tests, read-only homes)."""
    import os

    override = os.environ.get("SLAADMIN_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("slaadmin", appauthor=False))


def default_library_path() -> Path:
    """Return the default library file in the user's data folder."""
    return data_dir() / "library.sqlite"
