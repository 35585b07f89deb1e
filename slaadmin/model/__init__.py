"""The contract model, its quantities and bilingual text, and the `.sla.json` file format."""

from __future__ import annotations

from slaadmin.model.contract import *  # noqa: F403
from slaadmin.model.contract import __all__ as _contract_all
from slaadmin.model.fileformat import (
    ContractFormatError,
    canonical_json,
    contract_from_data,
    contract_from_text,
    contract_schema,
    contract_to_text,
    load_contract,
    save_contract,
)

__all__ = [
    *_contract_all,
    "ContractFormatError",
    "canonical_json",
    "contract_from_data",
    "contract_from_text",
    "contract_schema",
    "contract_to_text",
    "load_contract",
    "save_contract",
]
