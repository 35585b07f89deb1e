"""The person using slaadmin: name and e-mail kept in a small JSON file in the config folder.

Revisions and workflow steps are signed "Name <email>" from here (or from an explicit
`--author`), never from the operating-system account. `SLAADMIN_CONFIG_DIR` (or the `folder`
argument) points elsewhere, which is what tests do.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from slaadmin.model.fileformat import write_text_atomic

CONFIG_ENV = "SLAADMIN_CONFIG_DIR"
FILE_NAME = "preferences.json"
UNSET_AUTHOR = "Unnamed user <unknown>"
EMAIL_RE = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class PreferencesError(ValueError):
    """Preferences that cannot be read or saved; the message names the file or field."""


@dataclass(frozen=True)
class Person:
    """Who is at the keyboard."""

    name: str = ""
    email: str = ""

    @property
    def is_set(self) -> bool:
        """Return True when a name has been configured."""
        return bool(self.name.strip())

    def signature(self) -> str:
        """Return "Name <email>", "Name" without an e-mail, or the unset fallback."""
        if not self.is_set:
            return UNSET_AUTHOR
        name = self.name.strip()
        return f"{name} <{self.email.strip()}>" if self.email.strip() else name


def config_dir(folder: str | os.PathLike[str] | None = None) -> Path:
    """Return the folder holding the preferences: `folder`, $SLAADMIN_CONFIG_DIR or the user's."""
    if folder is not None:
        return Path(folder)
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir("slaadmin", appauthor=False))


def preferences_path(folder: str | os.PathLike[str] | None = None) -> Path:
    """Return the preferences file."""
    return config_dir(folder) / FILE_NAME


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PreferencesError(f"{path}: cannot be read ({exc}).") from None
    if not isinstance(data, dict):
        raise PreferencesError(f"{path}: is not a JSON object.")
    return data


def load_person(folder: str | os.PathLike[str] | None = None) -> Person:
    """Return the configured person (empty fields when nothing is set)."""
    data = _read(preferences_path(folder))
    person = data.get("person", {})
    if not isinstance(person, dict):
        return Person()
    name, email = person.get("name", ""), person.get("email", "")
    return Person(name if isinstance(name, str) else "", email if isinstance(email, str) else "")


def check_person(person: Person) -> None:
    """Raise PreferencesError when the name or e-mail cannot be used in a signature."""
    for label, value in (("name", person.name), ("email", person.email)):
        if any(ch in value for ch in "<>\n\r"):
            raise PreferencesError(f"{label}: must not contain <, > or line breaks.")
    if person.email.strip() and not EMAIL_RE.match(person.email.strip()):
        raise PreferencesError(f"email: '{person.email}' is not an e-mail address.")
    if person.email.strip() and not person.name.strip():
        raise PreferencesError("name: give a name along with the e-mail.")


def save_person(person: Person, folder: str | os.PathLike[str] | None = None) -> Path:
    """Check and save the person (other preferences in the file are kept); return the file."""
    check_person(person)
    path = preferences_path(folder)
    data = _read(path)
    data["person"] = {"name": person.name.strip(), "email": person.email.strip()}
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path


def author_signature(
    explicit: str | None = None, folder: str | os.PathLike[str] | None = None
) -> str:
    """Return the author to record: `explicit` when given, else the configured person."""
    if explicit is not None and explicit.strip():
        return explicit.strip()
    try:
        return load_person(folder).signature()
    except PreferencesError:  # callers that can speak (CLI, GUI) report the damaged file
        return UNSET_AUTHOR
