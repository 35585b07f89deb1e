"""House-policy rules: warn when a contract goes below the organisation's own minimums.

They take the policy as an argument, so they stay out of the model rule catalogue (which
only sees the contract) and run only when `validate(contract, policy)` is given one.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from slaadmin.i18n import N_
from slaadmin.model.contract import Contract, MetricKind
from slaadmin.rules.engine import Finding, Message, QuickFix, Severity
from slaadmin.store.policy import HousePolicy

W = Severity.WARNING


def _f(
    rule_id: str, pointer: str, template: str, fix: QuickFix | None = None, **params: object
) -> Finding:
    return Finding(rule_id, W, pointer, Message(template, params), fix)


def policy_findings(contract: Contract, policy: HousePolicy) -> Iterator[Finding]:
    """Yield a warning for each way `contract` goes below the house `policy`."""
    mp = contract.maintenance
    scheduled = mp is not None and (bool(mp.windows) or bool(mp.daily_minutes))
    if scheduled and mp is not None and policy.min_notice_hours is not None:
        own = mp.notice_hours
        if own is not None and own < policy.min_notice_hours:
            yield _f(
                "policy.notice",
                "/maintenance/notice_hours",
                N_(
                    "The contract gives {hours} h of notice for maintenance; the house policy "
                    "requires at least {policy} h."
                ),
                QuickFix(
                    Message(
                        N_("Require {policy} hours of notice"), {"policy": policy.min_notice_hours}
                    ),
                    "/maintenance/notice_hours",
                    policy.min_notice_hours,
                ),
                hours=own,
                policy=policy.min_notice_hours,
            )
    if policy.min_availability is not None:
        for i, sl in enumerate(contract.service_levels):
            if sl.kind is MetricKind.AVAILABILITY and sl.target.value < policy.min_availability:
                yield _f(
                    "policy.availability",
                    f"/service_levels/{i}/target/value",
                    N_(
                        "The availability offered, {value} %, is below the house policy's minimum "
                        "of {policy} %."
                    ),
                    value=sl.target.value,
                    policy=policy.min_availability,
                )
    credits = contract.credits
    if credits is None:
        return
    if policy.max_credit_per_band is not None:
        for i, tier in enumerate(credits.tiers):
            if tier.credit_percent > policy.max_credit_per_band:
                yield _f(
                    "policy.credit",
                    f"/credits/tiers/{i}/credit_percent",
                    N_(
                        "Band {n} credits {value} %, more than the house policy's maximum of "
                        "{policy} % per band."
                    ),
                    n=i + 1,
                    value=tier.credit_percent,
                    policy=policy.max_credit_per_band,
                )
    if policy.max_cap is not None:
        if credits.cap_percent is None:
            if credits.tiers and max(t.credit_percent for t in credits.tiers) > policy.max_cap:
                yield _f(
                    "policy.cap",
                    "/credits/cap_percent",
                    N_(
                        "Credits have no cap and can exceed the house policy's maximum cap of "
                        "{policy} %."
                    ),
                    QuickFix(
                        Message(N_("Cap credits at {policy} %"), {"policy": policy.max_cap}),
                        "/credits/cap_percent",
                        _json(policy.max_cap),
                    ),
                    policy=policy.max_cap,
                )
        elif credits.cap_percent > policy.max_cap:
            yield _f(
                "policy.cap",
                "/credits/cap_percent",
                N_("The credit cap, {value} %, is above the house policy's maximum of {policy} %."),
                value=credits.cap_percent,
                policy=policy.max_cap,
            )


def _json(value: Decimal) -> Decimal | int:
    return int(value) if value == value.to_integral_value() else value
