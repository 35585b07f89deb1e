"""Preferences: the person's name and e-mail, in a JSON file in the config folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaadmin import preferences as prefs


def test_unset_person_has_a_clear_fallback(tmp_path: Path) -> None:
    person = prefs.load_person(tmp_path)
    assert not person.is_set
    assert person.signature() == prefs.UNSET_AUTHOR


def test_saved_person_signs_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = prefs.save_person(prefs.Person(" Ana Ruiz ", "ana@example.com"), tmp_path)
    assert path == tmp_path / "preferences.json"
    assert prefs.load_person(tmp_path).signature() == "Ana Ruiz <ana@example.com>"
    assert prefs.author_signature("Luis <l@x.es>", tmp_path) == "Luis <l@x.es>"
    monkeypatch.setenv(prefs.CONFIG_ENV, str(tmp_path))
    assert prefs.author_signature() == "Ana Ruiz <ana@example.com>"


def test_other_preferences_are_kept(tmp_path: Path) -> None:
    (tmp_path / "preferences.json").write_text('{"theme": "dark"}', encoding="utf-8")
    prefs.save_person(prefs.Person("Ana"), tmp_path)
    assert '"theme": "dark"' in (tmp_path / "preferences.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "person, field",
    [
        (prefs.Person("Ana", "not-an-email"), "email"),
        (prefs.Person("Ana <x>", "a@b.es"), "name"),
        (prefs.Person("", "a@b.es"), "name"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    tmp_path: Path, person: prefs.Person, field: str
) -> None:
    with pytest.raises(prefs.PreferencesError, match=f"^{field}:"):
        prefs.save_person(person, tmp_path)


def test_damaged_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "preferences.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(prefs.PreferencesError, match="preferences.json"):
        prefs.load_person(tmp_path)
