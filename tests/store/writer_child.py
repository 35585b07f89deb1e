"""A child process that saves revisions in a loop and reports each one after it commits.

Usage: python -m tests.store.writer_child LIBRARY CONTRACT_ID COUNT TAG
Prints `committed <hash>` after every successful save; anything else on stderr is an error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from slaadmin.store import Library
from slaadmin.templates import from_template


def main() -> int:
    path, contract_id, count, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    contract = from_template("minimal-custom", contract_id)
    with Library(Path(path)) as lib:
        for i in range(count):
            contract.meta.client.name = f"{tag} {i}"
            rev = lib.add_revision(contract, f"{tag} save {i}", author=tag)
            sys.stdout.write(f"committed {rev.hash}\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
