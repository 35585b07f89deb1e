"""The maintenance notice letter, in Spanish and English, ready to paste into an e-mail.

Everything comes from the model and the planned maintenance: the parties, the dates and
times in the contract's locale with the zone named in words, the duration, the impact, the
notice the contract requires and, when it asks for one, the acknowledgement request.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date, format_time, get_timezone_name
from babel.lists import format_list

from slaadmin import i18n, labels
from slaadmin.model.contract import Contract
from slaadmin.model.text import BiText
from slaadmin.schedule.localtime import zone
from slaadmin.schedule.windows import duration_text, locale_of


@dataclass(frozen=True)
class Letter:
    """A notice letter: subject line and body text."""

    subject: str
    body: str

    def as_text(self) -> str:
        """Return subject and body as one pasteable text."""
        return f"{self.subject}\n\n{self.body}\n"


def zone_words(instant: dt.datetime, zone_name: str, locale: str) -> str:
    """Return the zone in words for `instant` ("Central Standard Time (America/Mexico_City)")."""
    tz = zone(zone_name)
    name = get_timezone_name(instant.astimezone(tz), "long", locale=locale)
    return f"{name} ({zone_name})"


def when_text(instant: dt.datetime, zone_name: str, locale: str) -> str:
    """Return a local date and time in words: "lunes, 12 de octubre de 2026, 21:00"."""
    local = instant.astimezone(zone(zone_name))
    return (
        f"{format_date(local.date(), 'full', locale=locale)}, "
        f"{format_time(local.time(), 'short', locale=locale)}"
    )


def notice_letter(
    contract: Contract,
    start: dt.datetime,
    end: dt.datetime,
    impact: BiText,
    lang: str,
    emergency: bool = False,
    reference: str = "",
) -> Letter:
    """Return the notice letter of a maintenance [start, end) in `lang`."""
    tr = i18n.translation(lang)
    t = tr.gettext
    loc = locale_of(contract, lang)
    tz_name = contract.meta.time_zone
    title = contract.meta.title.get_text(lang) or contract.meta.id
    subject = (
        t("Emergency maintenance notice: {title}")
        if emergency
        else t("Scheduled maintenance notice: {title}")
    ).format(title=title)
    if reference:
        subject += f" [{reference}]"
    same_zone = zone_words(start, tz_name, loc) == zone_words(end, tz_name, loc)
    lines = [
        t("Dear {client},").format(client=contract.meta.client.name or t("client")),
        "",
        t('{provider} will carry out maintenance on the service covered by "{title}".').format(
            provider=contract.meta.provider.name or t("The provider"), title=title
        ),
        "",
        t("Start: {when}").format(
            when=when_text(start, tz_name, loc)
            + ("" if same_zone else f" {zone_words(start, tz_name, loc)}")
        ),
        t("End: {when}").format(
            when=when_text(end, tz_name, loc)
            + ("" if same_zone else f" {zone_words(end, tz_name, loc)}")
        ),
    ]
    if same_zone:
        lines.append(t("Time zone: {zone}").format(zone=zone_words(start, tz_name, loc)))
    lines.append(t("Expected duration: {duration}").format(duration=duration_text(end - start)))
    lines.append(
        t("In UTC: {start} to {end}").format(start=_iso_minutes(start), end=_iso_minutes(end))
    )
    lines += [
        "",
        t("Impact on the service:"),
        impact.get_text(lang) or t("No interruption of the service is expected."),
    ]
    mp = contract.maintenance
    if mp is not None and not emergency:
        if mp.notice_hours:
            lines += [
                "",
                t(
                    "As the contract requires, this notice is sent at least {hours} "
                    "hours before the work starts."
                ).format(hours=mp.notice_hours),
            ]
        if mp.notice_channels:
            lines.append(
                t("We are also notifying you by {channels}.").format(
                    channels=format_list(
                        [labels.phrase(c, lang) for c in mp.notice_channels], locale=loc
                    )
                )
            )
        if mp.acknowledgement_required:
            lines += [
                "",
                t(
                    "Please acknowledge receipt of this notice by replying to this "
                    "message before the start of the work."
                ),
            ]
    if emergency and mp is not None and mp.emergency_channels:
        lines += [
            "",
            t("Updates will follow by {channels}.").format(
                channels=format_list(
                    [labels.phrase(c, lang) for c in mp.emergency_channels], locale=loc
                )
            ),
        ]
    if mp is not None and mp.confirmation_after:
        lines.append(t("We will confirm to you when the service has been fully restored."))
    lines += ["", t("Kind regards,"), contract.meta.provider.name]
    return Letter(subject, "\n".join(lines))


def _iso_minutes(instant: dt.datetime) -> str:
    # ISO 8601 is the same in every language; it is the unambiguous line of the letter.
    return instant.astimezone(dt.UTC).isoformat(timespec="minutes").replace("+00:00", "Z")
