"""`python -m slaadmin` is the same as the `slaadmin` command."""

from __future__ import annotations

import sys

from slaadmin.cli import main

sys.exit(main())
