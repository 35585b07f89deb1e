"""The contract model, its quantities and bilingual text, and the `.sla.json` file format.

Names are imported on first use (PEP 562): a module that needs only `slaadmin.model.pointer`
or the contract types does not pay for the file-format checker, and one that needs neither
(the library list) pays for nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slaadmin.model.contract import *  # noqa: F403
    from slaadmin.model.fileformat import ContractFormatError as ContractFormatError
    from slaadmin.model.fileformat import canonical_json as canonical_json
    from slaadmin.model.fileformat import contract_from_data as contract_from_data
    from slaadmin.model.fileformat import contract_from_text as contract_from_text
    from slaadmin.model.fileformat import contract_schema as contract_schema
    from slaadmin.model.fileformat import contract_to_text as contract_to_text
    from slaadmin.model.fileformat import load_contract as load_contract
    from slaadmin.model.fileformat import save_contract as save_contract

# The names taken from the file format; every other public (capitalised) name is a contract
# type from slaadmin.model.contract. Lower-case names are submodules, imported as usual.
_FILEFORMAT = (
    "ContractFormatError",
    "canonical_json",
    "contract_from_data",
    "contract_from_text",
    "contract_schema",
    "contract_to_text",
    "load_contract",
    "save_contract",
)


def __getattr__(name: str) -> Any:
    if name == "__all__":
        contract = importlib.import_module("slaadmin.model.contract")
        value: Any = [*contract.__all__, *_FILEFORMAT]
    elif name in _FILEFORMAT:
        value = getattr(importlib.import_module("slaadmin.model.fileformat"), name)
    elif name[:1].isupper():
        contract = importlib.import_module("slaadmin.model.contract")
        if name not in contract.__all__:
            raise AttributeError(f"module 'slaadmin.model' has no attribute {name!r}")
        value = getattr(contract, name)
    else:
        raise AttributeError(f"module 'slaadmin.model' has no attribute {name!r}")
    globals()[name] = value
    return value
