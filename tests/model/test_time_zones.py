"""Time-zone names as typed into a contract."""

from __future__ import annotations

import pytest

from slaadmin.model.fileformat import is_time_zone


@pytest.mark.parametrize("name", ["US", "America", "Etc", "US/", "Europe/Madrid"])
def test_a_folder_of_zones_is_not_a_time_zone(name: str) -> None:
    assert is_time_zone(name) is (name == "Europe/Madrid")
