"""Contract bundles: every revision of some contracts, with their hashes, in one file.

A bundle is one JSON document (UTF-8, no archive, so no paths to play tricks with):

    {"format": "slaadmin-bundle", "version": 1,
     "manifest": {"created_at", "author", "contracts": [ids], "revisions": n},
     "contracts": [{"id", "revisions": [{"hash", "seq", "parent", "parents", "author",
                                          "created_at", "message", "snapshot"}],
                    "steps": [workflow steps], "maintenances": [planned maintenances]}]}

A bundle may be signed (`write_bundle(..., key_path=...)`): a top-level "signature"
{"algorithm", "certificate", "value"} holds a detached signature (RSA PKCS#1 v1.5 or ECDSA,
SHA-256) over the canonical bytes of everything else (sorted keys, no spaces, UTF-8), with
the signer's certificate, the same PKCS#12 identity used to sign PDFs. `import_bundle`
refuses a signature that does not verify and reports the signer; trusted only when the
certificate (or its issuer) is one the caller passed in `trust`.

Workflow steps and planned maintenances (store/maintenance.py: uid, hashes, step chain)
are optional per contract and verified and appended the same way.

`read_bundle` checks the shape and the limits; `import_bundle` recomputes every hash and
checks every chain (against the bundle and the library) before it writes anything, then
appends only the revisions the library lacks in one transaction. Two revisions with the
same parent are both kept (a fork, see store/forks.py). Anything wrong refuses the whole
bundle with BundleError naming the revision.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaadmin.files import write_atomic
from slaadmin.i18n import _, interface_language, number
from slaadmin.store import forks, maintenance
from slaadmin.store.library import LibraryError, revision_hash

if TYPE_CHECKING:
    from slaadmin.store.library import Library

FORMAT = "slaadmin-bundle"
VERSION = 1
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_SNAPSHOT_CHARS = 8 * 1024 * 1024
MAX_TEXT_CHARS = 10_000
MAX_REVISIONS = 1_000_000
SUFFIX = ".slabundle"
_HEX = frozenset("0123456789abcdef")


class BundleError(LibraryError):
    """A bundle that cannot be read or does not verify; nothing was written."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(
            _("The bundle {source} was refused: {problem}. Nothing was imported.").format(
                source=source, problem=problem
            )
        )
        self.source = source
        self.problem = problem


@dataclass
class ImportResult:
    """What an import added."""

    added: dict[str, int] = field(default_factory=dict)  # contract -> new revisions
    known: int = 0  # revisions the library already had
    forks: list[str] = field(default_factory=list)  # contracts that now have a fork
    steps: int = 0  # workflow steps added
    maintenances: int = 0  # planned maintenances added
    maintenance_steps: int = 0  # steps added to planned maintenances (new or known)
    signer: BundleSigner | None = None  # None: the bundle is not signed

    @property
    def total_added(self) -> int:
        """Return the number of revisions written."""
        return sum(self.added.values())


@dataclass(frozen=True)
class BundleSigner:
    """Who signed a bundle whose signature verified."""

    name: str  # the certificate's common name (or whole subject)
    organization: str
    fingerprint: str  # SHA-256 of the certificate, hex
    trusted: bool  # the certificate, or its issuer, is one the caller trusts

    def as_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "name": self.name,
            "organization": self.organization,
            "fingerprint": self.fingerprint,
            "trusted": self.trusted,
        }


def signer_sentence(signer: BundleSigner | None) -> str:
    """Return one sentence on who signed an imported bundle (None: it was not signed)."""
    if signer is None:
        return _("Unsigned bundle: nothing says who made it; its hashes were checked.")
    who = f"{signer.name} ({signer.organization})" if signer.organization else signer.name
    if signer.trusted:
        return _("Signed by {who}, trusted; certificate SHA-256 {fingerprint}.").format(
            who=who, fingerprint=signer.fingerprint
        )
    return _("Signed by {who}, not trusted; certificate SHA-256 {fingerprint}.").format(
        who=who, fingerprint=signer.fingerprint
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def bundle_data(lib: Library, contract_ids: Sequence[str], *, author: str) -> dict[str, Any]:
    """Return the bundle document of `contract_ids` (every revision, oldest first)."""
    contracts = []
    total = 0
    for cid in dict.fromkeys(contract_ids):
        rows = list(
            lib.db.query(
                "SELECT * FROM revisions WHERE contract_id = ? ORDER BY seq, created_at, hash",
                [cid],
            )
        )
        if not rows:
            raise LibraryError(_("No contract {contract} in the library.").format(contract=cid))
        merges = forks.extra_parents(lib.conn, [r["hash"] for r in rows])
        revisions = [
            {
                "hash": r["hash"],
                "seq": r["seq"],
                "parent": r["parent_hash"],
                "parents": merges.get(r["hash"], []),
                "author": r["author"],
                "created_at": r["created_at"],
                "message": r["message"],
                "snapshot": r["snapshot"],
            }
            for r in rows
        ]
        total += len(revisions)
        entry: dict[str, Any] = {"id": cid, "revisions": revisions}
        if _has_steps(lib):
            entry["steps"] = [
                dict(zip(_STEP_FIELDS, r, strict=True))
                for r in lib.conn.execute(
                    f"SELECT {', '.join(_STEP_FIELDS)} FROM workflow_steps WHERE contract_id = ? "
                    "ORDER BY number",
                    [cid],
                )
            ]
        planned = maintenance.export_maintenances(lib, cid)
        if planned:
            entry["maintenances"] = planned
        contracts.append(entry)
    return {
        "format": FORMAT,
        "version": VERSION,
        "manifest": {
            "created_at": _now(),
            "author": author,
            "contracts": [c["id"] for c in contracts],
            "revisions": total,
        },
        "contracts": contracts,
    }


_STEP_FIELDS = (
    "hash",
    "number",
    "revision_hash",
    "revision_seq",
    "status",
    "actor",
    "at",
    "comment",
    "prev_hash",
)


def _has_steps(lib: Library) -> bool:
    """Return True when the library records the review workflow (store/approvals.py)."""
    return (
        lib.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_steps'"
        ).fetchone()
        is not None
    )


def write_bundle(
    lib: Library,
    contract_ids: Sequence[str],
    path: Path,
    *,
    author: str,
    key_path: Path | None = None,
    password: bytes | None = None,
) -> dict[str, Any]:
    """Write the bundle of `contract_ids` to `path` atomically, signed with the PKCS#12
    identity at `key_path` when given; return its manifest. The password is only used."""
    data = bundle_data(lib, contract_ids, author=author)
    if key_path is not None:
        data["signature"] = sign_data(data, key_path, password)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_atomic(path, text.encode("utf-8"))
    manifest: dict[str, Any] = data["manifest"]
    return manifest


def canonical_bytes(data: dict[str, Any]) -> bytes:
    """Return the bytes a bundle's signature covers: everything but the signature."""
    rest = {k: v for k, v in data.items() if k != "signature"}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def sign_data(data: dict[str, Any], key_path: Path, password: bytes | None) -> dict[str, str]:
    """Return the signature block of `data` made with the identity at `key_path` (SignError
    subclasses, one sentence, when the key cannot be used)."""
    import base64

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    from slaadmin.render.sign import KeyFileError, load_signer

    load_signer(key_path, password)  # every check of a key used to sign PDFs, same sentences
    key, cert, _extra = pkcs12.load_key_and_certificates(
        Path(key_path).read_bytes(), password or None
    )
    assert cert is not None  # load_signer refused a key file without one
    payload = canonical_bytes(data)
    if isinstance(key, rsa.RSAPrivateKey):
        algorithm, value = (
            "rsa-pkcs1v15-sha256",
            key.sign(payload, padding.PKCS1v15(), hashes.SHA256()),
        )
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        algorithm, value = "ecdsa-sha256", key.sign(payload, ec.ECDSA(hashes.SHA256()))
    else:  # load_signer refused any other kind
        raise KeyFileError(_("{path} holds a key that cannot sign.").format(path=key_path))
    return {
        "algorithm": algorithm,
        "certificate": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(),
        "value": base64.b64encode(value).decode(),
    }


def check_signature(
    data: dict[str, Any], source: str, trust: Sequence[Any] = ()
) -> BundleSigner | None:
    """Return who signed the bundle `data` (None when unsigned); BundleError when its
    signature does not verify. `trust` holds certificates (asn1crypto, from
    render.sign.load_trust, or DER bytes) whose holders or subordinates are trusted."""
    import base64
    import binascii
    import hashlib

    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.x509.oid import NameOID

    block = data.get("signature")
    if block is None:
        return None
    fields = {"algorithm", "certificate", "value"}
    if (
        not isinstance(block, dict)
        or set(block) != fields
        or not all(isinstance(v, str) for v in block.values())
    ):
        raise BundleError(source, _("its signature is not well formed"))
    try:
        der = base64.b64decode(block["certificate"], validate=True)
        value = base64.b64decode(block["value"], validate=True)
        cert = x509.load_der_x509_certificate(der)
    except (ValueError, binascii.Error):
        raise BundleError(source, _("its signature holds no readable certificate")) from None
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    orgs = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    name = str(names[0].value) if names else cert.subject.rfc4514_string()
    org = str(orgs[0].value) if orgs else ""
    key = cert.public_key()
    payload = canonical_bytes(data)
    try:
        if block["algorithm"] == "rsa-pkcs1v15-sha256" and isinstance(key, rsa.RSAPublicKey):
            key.verify(value, payload, padding.PKCS1v15(), hashes.SHA256())
        elif block["algorithm"] == "ecdsa-sha256" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(value, payload, ec.ECDSA(hashes.SHA256()))
        else:
            raise InvalidSignature
    except InvalidSignature:
        raise BundleError(
            source,
            _(
                "its signature by {name} does not verify (the bundle was changed after it "
                "was signed, or the signature is not {name}'s)"
            ).format(name=name),
        ) from None
    return BundleSigner(name, org, hashlib.sha256(der).hexdigest(), _trusted(cert, trust))


def _trusted(cert: Any, trust: Sequence[Any]) -> bool:
    """Return True when `cert` is valid now and is, or is directly issued by, a trusted one."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    now = dt.datetime.now(dt.UTC)
    if not (cert.not_valid_before_utc <= now <= cert.not_valid_after_utc):
        return False
    for item in trust:
        der = item if isinstance(item, bytes) else item.dump()
        anchor = x509.load_der_x509_certificate(der)
        if anchor == cert:
            return True
        try:
            cert.verify_directly_issued_by(anchor)
        except (ValueError, TypeError, InvalidSignature):  # not its issuer
            continue
        return True
    return False


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(_("the key {key} appears twice in one object").format(key=repr(key)))
        result[key] = value
    return result


def read_bundle(path: Path) -> dict[str, Any]:
    """Return the bundle document at `path`, its shape and limits checked."""
    source = str(path)
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise BundleError(source, exc.strerror or str(exc)) from None
    if not Path(path).is_file():
        raise BundleError(source, _("it is not a file"))
    if size > MAX_BUNDLE_BYTES:
        raise BundleError(
            source,
            _("it is {size} bytes, more than the {limit} a bundle may hold").format(
                size=_count(size), limit=_count(MAX_BUNDLE_BYTES)
            ),
        )
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(
            source, _("it is not UTF-8 text (byte {byte})").format(byte=exc.start)
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:
        raise BundleError(source, _("it is not a bundle ({detail})").format(detail=exc)) from None
    _check_shape(source, data)
    return dict(data)


def _check_shape(source: str, data: Any) -> None:
    def fail(problem: str) -> None:
        raise BundleError(source, problem)

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        fail(_('it is not a slaadmin bundle (no "format": "slaadmin-bundle")'))
    if data.get("version") != VERSION:
        fail(
            _("its format version {found} is not {version}; a newer slaadmin may read it").format(
                found=repr(data.get("version")), version=VERSION
            )
        )
    if not isinstance(data.get("manifest"), dict):
        fail(_("it has no manifest"))
    contracts = data.get("contracts")
    if not isinstance(contracts, list) or not contracts:
        fail(_("it holds no contracts"))
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    total = 0
    for c_index, entry in enumerate(contracts):
        if not isinstance(entry, dict) or not _text(entry.get("id"), 200):
            fail(_("contract entry {number} has no valid id").format(number=c_index + 1))
        cid = entry["id"]
        if cid in seen_ids:
            fail(_("contract {contract} appears twice").format(contract=cid))
        seen_ids.add(cid)
        revisions = entry.get("revisions")
        if not isinstance(revisions, list) or not revisions:
            fail(_("contract {contract} has no revisions").format(contract=cid))
        for r_index, rev in enumerate(revisions):
            where = _("revision {number} of {contract}").format(number=r_index + 1, contract=cid)
            if not isinstance(rev, dict):
                fail(_("{revision} is not an object").format(revision=where))
            if isinstance(rev.get("seq"), int) and isinstance(rev.get("hash"), str):
                where = f"{cid}#{rev['seq']} ({rev['hash'][:12]})"
            problem = _revision_problem(rev)
            if problem:
                fail(_("{revision}: {problem}").format(revision=where, problem=problem))
            if rev["hash"] in seen_hashes:
                fail(_("{revision} appears twice").format(revision=where))
            seen_hashes.add(rev["hash"])
        total += len(revisions)
        if total > MAX_REVISIONS:
            fail(_("it holds more than {limit} revisions").format(limit=_count(MAX_REVISIONS)))


def _count(value: int) -> str:
    """Return a count with the interface language's digit grouping (1,000 / 1.000)."""
    return number(value, interface_language())


def _text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit


def _is_hash(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def _revision_problem(rev: dict[str, Any]) -> str:
    expected = {"hash", "seq", "parent", "parents", "author", "created_at", "message", "snapshot"}
    if set(rev) != expected:
        odd = sorted(set(rev) ^ expected)
        return _("unexpected or missing fields {fields}").format(fields=", ".join(odd))
    if not _is_hash(rev["hash"]):
        return _("its hash is not 64 lowercase hex digits")
    if (
        isinstance(rev["seq"], bool)
        or not isinstance(rev["seq"], int)
        or not (1 <= rev["seq"] <= 10_000_000)
    ):
        return _("its seq is not a positive whole number")
    if rev["parent"] is not None and not _is_hash(rev["parent"]):
        return _("its parent is not a hash")
    if (
        not isinstance(rev["parents"], list)
        or not all(_is_hash(p) for p in rev["parents"])
        or len(rev["parents"]) > 64
        or len(set(rev["parents"])) != len(rev["parents"])
    ):
        return _("its other parents are not a list of distinct hashes")
    for name in ("author", "created_at", "message"):
        if not isinstance(rev[name], str) or len(rev[name]) > MAX_TEXT_CHARS:
            return _("its {field} is not text of at most {limit} characters").format(
                field=name, limit=_count(MAX_TEXT_CHARS)
            )
    if not isinstance(rev["snapshot"], str) or len(rev["snapshot"]) > MAX_SNAPSHOT_CHARS:
        return _("its snapshot is not text of at most {limit} characters").format(
            limit=_count(MAX_SNAPSHOT_CHARS)
        )
    return ""


def verify_contract_revisions(
    cid: str,
    revisions: list[dict[str, Any]],
    known: dict[str, tuple[str, int]],
    source: str,
    *,
    parse: bool = True,
) -> list[dict[str, Any]]:
    """Check one contract's incoming revisions against themselves and the revisions the
    library `known` (hash -> (contract, seq)); return those to add, in seq order.

    With `parse` each snapshot is also read as a contract of that id (~40 ms with the
    schema check: bundles do it; a sync, whose server already refused any revision that
    does not match its hash, leaves it to `verify`)."""
    from slaadmin.model.fileformat import ContractFormatError, contract_from_text

    fresh: list[dict[str, Any]] = []
    seq_of = {h: s for h, (c, s) in known.items() if c == cid}
    for rev in sorted(revisions, key=lambda r: (r["seq"], r["created_at"], r["hash"])):
        where = f"{cid}#{rev['seq']} ({rev['hash'][:12]})"
        if (
            revision_hash(
                cid,
                rev["seq"],
                rev["parent"],
                rev["author"],
                rev["created_at"],
                rev["message"],
                rev["snapshot"],
                rev["parents"],
            )
            != rev["hash"]
        ):
            raise BundleError(
                source,
                _(
                    "revision {revision} does not match its hash (it was altered after it was made)"
                ).format(revision=where),
            )
        if rev["hash"] in known:
            other_cid, other_seq = known[rev["hash"]]
            if (other_cid, other_seq) != (cid, rev["seq"]):
                raise BundleError(
                    source,
                    _("revision {revision} is already in the library as {other}").format(
                        revision=where, other=f"{other_cid}#{other_seq}"
                    ),
                )
            continue  # the same bytes as ours (same hash): nothing to add
        if rev["seq"] == 1:
            if rev["parent"] is not None:
                raise BundleError(
                    source,
                    _("revision {revision} is the first but names a parent").format(revision=where),
                )
        elif seq_of.get(rev["parent"]) != rev["seq"] - 1:
            raise BundleError(
                source,
                _(
                    "revision {revision} names a parent {parent} that is not revision "
                    "#{seq} of {contract} (the chain is broken)"
                ).format(
                    revision=where, parent=str(rev["parent"])[:12], seq=rev["seq"] - 1, contract=cid
                ),
            )
        for other in rev["parents"]:
            if other not in seq_of or other == rev["parent"]:
                raise BundleError(
                    source,
                    _(
                        "merge {revision} names a parent {parent} that "
                        "is not an earlier revision of {contract}"
                    ).format(revision=where, parent=other[:12], contract=cid),
                )
        seq_of[rev["hash"]] = rev["seq"]
        fresh.append(rev)
        if not parse:
            continue
        try:
            contract = contract_from_text(rev["snapshot"], where)
        except ContractFormatError as exc:
            raise BundleError(
                source,
                _("revision {revision} holds no readable contract ({problem})").format(
                    revision=where, problem=exc.problem
                ),
            ) from None
        if contract.meta.id != cid:
            raise BundleError(
                source,
                _("revision {revision} holds contract {found}, not {contract}").format(
                    revision=where, found=contract.meta.id, contract=cid
                ),
            )
    return fresh


def import_bundle(lib: Library, path: Path, *, trust: Sequence[Any] = ()) -> ImportResult:
    """Verify the bundle at `path` whole (its signature too, when signed), then append what
    the library lacks; return what was added and who signed it. Raises BundleError (nothing
    written) when anything does not verify. `trust`: see `check_signature`."""
    source = str(path)
    data = read_bundle(path)
    signer = check_signature(data, source, trust)

    def write() -> ImportResult:
        result = ImportResult(signer=signer)
        with lib.transaction():
            plan: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = []
            incoming: list[maintenance.IncomingMaintenance] = []
            for entry in data["contracts"]:
                cid = entry["id"]
                known = forks.known_revisions(
                    lib.conn, cid, [r["hash"] for r in entry["revisions"]]
                )
                fresh = verify_contract_revisions(cid, entry["revisions"], known, source)
                result.known += len(entry["revisions"]) - len(fresh)
                revisions = {h: s for h, (c, s) in known.items() if c == cid}
                revisions.update({r["hash"]: r["seq"] for r in fresh})
                steps = _verify_steps(lib, cid, entry.get("steps", []), revisions, source)
                plan.append((cid, fresh, steps))
                if "maintenances" in entry:
                    if not revisions:
                        raise BundleError(
                            source,
                            _("{contract} has maintenances but no revisions").format(contract=cid),
                        )
                    try:
                        incoming += maintenance.check_incoming(lib, cid, entry["maintenances"])
                    except maintenance.IncomingMaintenanceError as exc:
                        raise BundleError(
                            source,
                            _("{maintenance}: {problem}").format(
                                maintenance=exc.name, problem=exc.problem
                            ),
                        ) from None
            for cid, fresh, steps in plan:  # everything verified: now write
                for rev in fresh:
                    forks.insert_revision(lib.conn, _row(cid, rev), rev["parents"])
                for step in steps:
                    lib.conn.execute(
                        f"INSERT INTO workflow_steps (contract_id, {', '.join(_STEP_FIELDS)}) "
                        f"VALUES ({', '.join('?' * (len(_STEP_FIELDS) + 1))})",
                        [cid, *(step[f] for f in _STEP_FIELDS)],
                    )
                if fresh or steps:
                    forks.refresh_listing(lib.conn, cid)
                if fresh:
                    result.added[cid] = len(fresh)
                result.steps += len(steps)
            result.maintenances, result.maintenance_steps = maintenance.write_incoming(
                lib, incoming
            )
            forked = forks.forked_contracts(lib)
            result.forks = [entry[0] for entry in plan if entry[0] in forked]
        return result

    return lib._with_retry(write)


def _verify_steps(
    lib: Library, cid: str, steps: Any, revisions: dict[str, int], source: str
) -> list[dict[str, Any]]:
    """Check a contract's incoming workflow steps (hashes, chain, revisions) against the
    library's; return those to add, in order."""
    if not steps:
        return []
    if not isinstance(steps, list) or not all(
        isinstance(s, dict) and set(s) == set(_STEP_FIELDS) for s in steps
    ):
        raise BundleError(
            source, _("the workflow steps of {contract} are not well formed").format(contract=cid)
        )
    if not _has_steps(lib):
        raise BundleError(
            source,
            _(
                "{contract} has workflow steps and this library has no review workflow; "
                "update slaadmin"
            ).format(contract=cid),
        )
    from slaadmin.store.approvals import step_hash  # type: ignore[import-not-found,unused-ignore]

    local = {
        int(r[0]): str(r[1])
        for r in lib.conn.execute(
            "SELECT number, hash FROM workflow_steps WHERE contract_id = ?", [cid]
        )
    }
    fresh: list[dict[str, Any]] = []
    prev: str | None = None
    ordered = sorted(steps, key=lambda s: s["number"] if isinstance(s["number"], int) else 0)
    for expected, step in enumerate(ordered, start=1):
        where = {"number": step["number"], "contract": cid}
        if step["number"] != expected or step["prev_hash"] != prev:
            raise BundleError(
                source,
                _(
                    "workflow step {number} of {contract} does not follow step {previous} "
                    "(the workflow chain is broken)"
                ).format(previous=expected - 1, **where),
            )
        if not all(
            isinstance(step[f], str)
            for f in ("hash", "revision_hash", "status", "actor", "at", "comment")
        ):
            raise BundleError(
                source, _("workflow step {number} of {contract} is not well formed").format(**where)
            )
        if (
            step_hash(
                cid,
                step["number"],
                step["revision_hash"],
                step["prev_hash"],
                step["actor"],
                step["at"],
                step["status"],
                step["comment"],
            )
            != step["hash"]
        ):
            raise BundleError(
                source,
                _("workflow step {number} of {contract} does not match its hash").format(**where),
            )
        if revisions.get(step["revision_hash"]) != step["revision_seq"]:
            raise BundleError(
                source,
                _(
                    "workflow step {number} of {contract} is about a revision "
                    "that is not {contract}#{seq}"
                ).format(seq=step["revision_seq"], **where),
            )
        here = local.get(step["number"])
        if here is None:
            fresh.append(step)
        elif here != step["hash"]:
            raise BundleError(
                source,
                _(
                    "workflow step {number} of {contract} was recorded differently in this "
                    "library (both sides took a workflow step on the same contract); "
                    "import the revisions without it and record the step again"
                ).format(**where),
            )
        prev = step["hash"]
    return fresh


def _row(cid: str, rev: dict[str, Any]) -> dict[str, Any]:
    return {
        "hash": rev["hash"],
        "contract_id": cid,
        "seq": rev["seq"],
        "parent_hash": rev["parent"],
        "author": rev["author"],
        "created_at": rev["created_at"],
        "message": rev["message"],
        "snapshot": rev["snapshot"],
    }
