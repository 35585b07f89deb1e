"""The contracts list on 10,000 contracts: few data() calls, sorting without a proxy sort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from slaadmin.gui.contracts_model import ContractsModel, ContractsProxy, setup_contracts_view
from slaadmin.store import ContractRow

COUNT = 10_000


class FakeLibrary:
    """Just what the model reads: 10,000 rows, no validation wanted unless asked."""

    def __init__(self) -> None:
        self.validated = 0
        self.rows = [
            ContractRow(
                f"c{i:05d}",
                "2026",
                f"Título {i}",
                f"Title {i}",
                f"Client {(i * 7919) % COUNT:05d}",
                "draft",
                f"h{i}",
                i % 20 + 1,
                f"2026-01-01T{i:08d}",
                None,
            )
            for i in range(COUNT)
        ]

    def contracts(self, *, search: str = "", include_deleted: bool = False) -> list[ContractRow]:
        return [r for r in self.rows if search in r.id or search in r.client]

    def contract(self, contract_id: str) -> Any:
        self.validated += 1
        from slaadmin.templates import from_template

        return from_template("minimal-custom")


class CountingModel(ContractsModel):
    calls = 0

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        CountingModel.calls += 1
        return super().data(index, role)


def _view(qtbot: Any) -> tuple[QTableView, CountingModel, FakeLibrary]:
    library = FakeLibrary()
    model = CountingModel(library)  # type: ignore[arg-type]
    proxy = ContractsProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setSortingEnabled(True)
    view.setModel(proxy)
    setup_contracts_view(view, model)
    qtbot.addWidget(view)
    view.resize(600, 500)
    return view, model, library


def test_showing_ten_thousand_rows_asks_only_for_the_visible_cells(qtbot: Any) -> None:
    CountingModel.calls = 0
    view, model, library = _view(qtbot)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == COUNT
    assert CountingModel.calls < 3000, CountingModel.calls  # 72,560 with resize-to-contents
    assert library.validated < 60  # only shown rows are validated


def test_header_click_sorts_by_a_key_and_keeps_the_selection(qtbot: Any) -> None:
    view, model, library = _view(qtbot)
    view.show()
    view.selectRow(0)
    chosen = view.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    CountingModel.calls = 0
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    clients = [model.rows[i].client for i in range(COUNT)]
    assert clients == sorted(clients)
    assert CountingModel.calls < 3000
    selected = view.selectionModel().selectedRows()[0]
    assert selected.data(Qt.ItemDataRole.UserRole + 1) == chosen
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].head_seq == 20
    assert library.validated < 60


def test_refresh_keeps_the_chosen_order(qtbot: Any) -> None:
    view, model, _library = _view(qtbot)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    model.refresh("Client 0")
    clients = [r.client for r in model.rows]
    assert clients == sorted(clients, reverse=True) and clients
