"""slaadmin: draft, check, revise, sign and print bilingual SLA annexes."""

from __future__ import annotations

__version__ = "0.1.0"
