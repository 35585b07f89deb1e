"""The shipped contract templates (resources/templates/*.sla.json)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from slaadmin.model.contract import Contract
from slaadmin.model.fileformat import SUFFIX, load_contract
from slaadmin.paths import templates_dir


@dataclass(frozen=True)
class TemplateInfo:
    """A template's name, file and bilingual title."""

    name: str
    path: Path
    title_es: str
    title_en: str


def template_names() -> list[str]:
    """Return the names of the shipped templates, sorted."""
    return sorted(p.name.removesuffix(SUFFIX) for p in templates_dir().glob(f"*{SUFFIX}"))


def templates() -> list[TemplateInfo]:
    """Return every shipped template with its title."""
    result = []
    for name in template_names():
        path = templates_dir() / f"{name}{SUFFIX}"
        c = load_contract(path)
        result.append(
            TemplateInfo(name, path, c.meta.title.get_text("es"), c.meta.title.get_text("en"))
        )
    return result


class UnknownTemplateError(LookupError):
    """No template of that name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no template '{name}'; choose one of: {', '.join(template_names())}")


def from_template(name: str, contract_id: str | None = None) -> Contract:
    """Return a new contract started from template `name` (with a fresh id if given)."""
    path = templates_dir() / f"{name}{SUFFIX}"
    if not path.is_file():
        raise UnknownTemplateError(name)
    contract = load_contract(path)
    if contract_id:
        contract.meta.id = contract_id
    return contract
