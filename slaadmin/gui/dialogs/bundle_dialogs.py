"""File → Send contract… and File → Import bundle…: the file dialogs and what they report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from slaadmin.i18n import _, ngettext
from slaadmin.store import Library, LibraryError
from slaadmin.store.bundle import SUFFIX, ImportResult, import_bundle, write_bundle
from slaadmin.store.library import default_author


def _filter() -> str:
    return _("Contract bundles (*{suffix})").format(suffix=SUFFIX)


def send_contracts(
    parent: QWidget, library: Library, contract_ids: list[str], folder: Path
) -> Path | None:
    """Ask where to write a bundle of `contract_ids`, write it, and return its path."""
    if not contract_ids:
        QMessageBox.information(
            parent, _("Send contract"), _("Select the contracts to send in the list.")
        )
        return None
    name = f"{contract_ids[0]}{SUFFIX}" if len(contract_ids) == 1 else f"contracts{SUFFIX}"
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, _("Send contract"), str(folder / name), _filter()
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    try:
        manifest = write_bundle(library, contract_ids, path, author=default_author())
    except (LibraryError, OSError) as exc:
        QMessageBox.warning(parent, _("Send contract"), str(exc))
        return None
    QMessageBox.information(
        parent,
        _("Send contract"),
        ngettext(
            "Wrote {n} revision to {path}. Send the file by e-mail or on a USB stick.",
            "Wrote {n} revisions to {path}. Send the file by e-mail or on a USB stick.",
            manifest["revisions"],
        ).format(n=manifest["revisions"], path=path),
    )
    return path


def import_bundle_file(
    parent: QWidget, library: Library, folder: Path, path: Path | None = None
) -> ImportResult | None:
    """Ask for a bundle (unless `path` is given), import it and say what was added."""
    if path is None:
        chosen, _selected = QFileDialog.getOpenFileName(
            parent, _("Import bundle"), str(folder), _filter()
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        result = import_bundle(library, path)
    except LibraryError as exc:
        QMessageBox.warning(parent, _("Import bundle"), str(exc))
        return None
    lines = [
        ngettext(
            "Imported {n} new revision ({known} already here).",
            "Imported {n} new revisions ({known} already here).",
            result.total_added,
        ).format(n=result.total_added, known=result.known)
    ]
    lines += [
        _(
            "{id} now has two branches made from the same revision; open it and use "
            "Resolve fork in the Branches tab."
        ).format(id=cid)
        for cid in result.forks
    ]
    QMessageBox.information(parent, _("Import bundle"), "\n".join(lines))
    return result
