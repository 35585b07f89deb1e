"""The team server's schema (PostgreSQL), as SQL text: `slaadmin team setup-server` runs it
and prints it for the DBA.

Everything a client sends is checked by the server itself, whatever the client is:
- revisions, workflow steps and their extra parents are append-only: UPDATE, DELETE and
  TRUNCATE are revoked from the team roles and refused by triggers for everybody;
- each revision's SHA-256 is recomputed in SQL from the same bytes as
  `slaadmin.store.library.revision_hash` (the JSON header is rebuilt by `slaadmin.json_str`,
  which escapes exactly as Python's `json.dumps(..., ensure_ascii=False)`), and its parents
  must be earlier revisions of the same contract (a constraint trigger);
- each workflow step's hash is recomputed the same way, and only members of
  `slaadmin_legal` may record an 'approved' or 'signed' step;
- planned maintenances and their steps (store/maintenance.py) likewise: append-only,
  hashes recomputed, a maintenance only on a contract the server has, each step following
  the one before it (number, hash, an allowed change of state) and never a second step
  with the same number;
- ids are handed out under one advisory lock per pushing transaction, so they grow in commit
  order and a client's "everything after id N" never skips a revision committed late.
"""

from __future__ import annotations

SCHEMA = "slaadmin"
SALES_ROLE = "slaadmin_sales"
LEGAL_ROLE = "slaadmin_legal"
PUSH_LOCK = 72_616_101  # the advisory lock that orders ids; any constant

SETUP_SQL = r"""
CREATE SCHEMA IF NOT EXISTS slaadmin;

DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'slaadmin_sales') THEN
    CREATE ROLE slaadmin_sales NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'slaadmin_legal') THEN
    CREATE ROLE slaadmin_legal NOLOGIN;
  END IF;
END $$;

-- A JSON string exactly as Python's json.dumps(s, ensure_ascii=False) writes it.
CREATE OR REPLACE FUNCTION slaadmin.json_str(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  r text := s;
  i int;
BEGIN
  r := replace(r, '\', '\\');
  r := replace(r, '"', '\"');
  r := replace(r, E'\n', '\n');
  r := replace(r, E'\r', '\r');
  r := replace(r, E'\t', '\t');
  r := replace(r, E'\b', '\b');
  r := replace(r, E'\f', '\f');
  IF r ~ '[\x01-\x1f]' THEN
    FOR i IN 1..31 LOOP
      r := replace(r, chr(i), '\u' || lpad(to_hex(i), 4, '0'));
    END LOOP;
  END IF;
  RETURN '"' || r || '"';
END $$;

CREATE OR REPLACE FUNCTION slaadmin.json_opt(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN s IS NULL THEN 'null' ELSE slaadmin.json_str(s) END $$;

-- The SHA-256 of library.revision_hash, computed by the server.
CREATE OR REPLACE FUNCTION slaadmin.revision_hash(
    contract_id text, seq int, parent text, author text, created_at text, message text,
    snapshot text, other_parents text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(
    E'slaadmin-revision-v1\n'
    || '{"author":' || slaadmin.json_str(author)
    || ',"contract_id":' || slaadmin.json_str(contract_id)
    || ',"created_at":' || slaadmin.json_str(created_at)
    || ',"message":' || slaadmin.json_str(message)
    || ',"parent":' || slaadmin.json_opt(parent)
    || CASE WHEN coalesce(cardinality(other_parents), 0) = 0 THEN ''
       ELSE ',"parents":[' || (SELECT string_agg(slaadmin.json_str(p), ',' ORDER BY n)
                                FROM unnest(other_parents) WITH ORDINALITY AS u(p, n)) || ']'
       END
    || ',"seq":' || seq::text || '}'
    || E'\n' || snapshot, 'UTF8')), 'hex') $$;

-- The SHA-256 of approvals.step_hash, computed by the server.
CREATE OR REPLACE FUNCTION slaadmin.step_hash(
    contract_id text, number int, revision_hash text, prev_hash text, actor text, at text,
    status text, comment text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(
    E'slaadmin-workflow-v1\n'
    || '{"actor":' || slaadmin.json_str(actor)
    || ',"at":' || slaadmin.json_str(at)
    || ',"comment":' || slaadmin.json_str(comment)
    || ',"contract_id":' || slaadmin.json_str(contract_id)
    || ',"number":' || number::text
    || ',"prev":' || slaadmin.json_opt(prev_hash)
    || ',"revision":' || slaadmin.json_str(revision_hash)
    || ',"status":' || slaadmin.json_str(status) || '}', 'UTF8')), 'hex') $$;

-- The SHA-256 of maintenance.maintenance_hash and maintenance.step_hash.
CREATE OR REPLACE FUNCTION slaadmin.maintenance_hash(
    uid text, contract_id text, start_utc text, end_utc text, impact text, emergency int)
    RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(
    E'slaadmin-maintenance-v1\n'
    || '{"contract_id":' || slaadmin.json_str(contract_id)
    || ',"emergency":' || emergency::text
    || ',"end_utc":' || slaadmin.json_str(end_utc)
    || ',"impact":' || slaadmin.json_str(impact)
    || ',"start_utc":' || slaadmin.json_str(start_utc)
    || ',"uid":' || slaadmin.json_str(uid) || '}', 'UTF8')), 'hex') $$;

CREATE OR REPLACE FUNCTION slaadmin.maintenance_step_hash(
    maintenance_uid text, number int, prev_hash text, state text, actor text, at text,
    recorded_at text, channels text, note text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to(
    E'slaadmin-maintenance-step-v1\n'
    || '{"actor":' || slaadmin.json_str(actor)
    || ',"at":' || slaadmin.json_str(at)
    || ',"channels":' || slaadmin.json_str(channels)
    || ',"maintenance":' || slaadmin.json_str(maintenance_uid)
    || ',"note":' || slaadmin.json_str(note)
    || ',"number":' || number::text
    || ',"prev":' || slaadmin.json_opt(prev_hash)
    || ',"recorded_at":' || slaadmin.json_str(recorded_at)
    || ',"state":' || slaadmin.json_str(state) || '}', 'UTF8')), 'hex') $$;

CREATE TABLE IF NOT EXISTS slaadmin.revisions (
  id bigint PRIMARY KEY,
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  contract_id text NOT NULL CHECK (length(contract_id) BETWEEN 1 AND 200),
  seq int NOT NULL CHECK (seq >= 1),
  parent_hash text,
  other_parents text[] NOT NULL DEFAULT '{}',
  author text NOT NULL,
  created_at text NOT NULL,
  message text NOT NULL,
  snapshot text NOT NULL,
  pushed_by name NOT NULL DEFAULT current_user,
  pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE IF NOT EXISTS slaadmin.revisions_id_seq;
CREATE INDEX IF NOT EXISTS revisions_by_contract ON slaadmin.revisions (contract_id, seq);

CREATE TABLE IF NOT EXISTS slaadmin.workflow_steps (
  id bigint PRIMARY KEY,
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  contract_id text NOT NULL,
  number int NOT NULL CHECK (number >= 1),
  revision_hash text NOT NULL REFERENCES slaadmin.revisions (hash),
  revision_seq int NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'signed')),
  actor text NOT NULL,
  at text NOT NULL,
  comment text NOT NULL,
  prev_hash text,
  pushed_by name NOT NULL DEFAULT current_user,
  pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS steps_by_contract
  ON slaadmin.workflow_steps (contract_id, number);

CREATE TABLE IF NOT EXISTS slaadmin.maintenances (
  id bigint PRIMARY KEY,
  uid text NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 200),
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  contract_id text NOT NULL,
  start_utc text NOT NULL,
  end_utc text NOT NULL,
  impact text NOT NULL,
  emergency int NOT NULL CHECK (emergency IN (0, 1)),
  pushed_by name NOT NULL DEFAULT current_user,
  pushed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS slaadmin.maintenance_steps (
  id bigint PRIMARY KEY,
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  maintenance_uid text NOT NULL REFERENCES slaadmin.maintenances (uid),
  number int NOT NULL CHECK (number >= 1),
  prev_hash text,
  state text NOT NULL
    CHECK (state IN ('planned', 'notified', 'acknowledged', 'done', 'cancelled')),
  actor text NOT NULL,
  at text NOT NULL,
  recorded_at text NOT NULL,
  channels text NOT NULL,
  note text NOT NULL,
  pushed_by name NOT NULL DEFAULT current_user,
  pushed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS maintenance_steps_by_number
  ON slaadmin.maintenance_steps (maintenance_uid, number);

-- Ids under one lock: transactions that push hand them out one after the other, so a
-- transaction committing late never holds ids below ones already visible.
CREATE OR REPLACE FUNCTION slaadmin.take_id() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(72616101);
  NEW.id := nextval('slaadmin.revisions_id_seq');
  NEW.pushed_by := current_user;
  NEW.pushed_at := now();
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION slaadmin.check_revision_hash() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF slaadmin.revision_hash(NEW.contract_id, NEW.seq, NEW.parent_hash, NEW.author,
       NEW.created_at, NEW.message, NEW.snapshot, NEW.other_parents) <> NEW.hash THEN
    RAISE EXCEPTION 'revision %#% (%) does not match its hash: it was altered after it was made',
      NEW.contract_id, NEW.seq, left(NEW.hash, 12)
      USING ERRCODE = 'check_violation', HINT = NEW.hash;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION slaadmin.check_revision_parents() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  p text;
BEGIN
  IF NEW.seq = 1 AND NEW.parent_hash IS NOT NULL THEN
    RAISE EXCEPTION 'revision %#% (%) is the first but names a parent',
      NEW.contract_id, NEW.seq, left(NEW.hash, 12)
      USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
  END IF;
  IF NEW.seq > 1 AND NOT EXISTS (SELECT 1 FROM slaadmin.revisions r WHERE r.hash = NEW.parent_hash
      AND r.contract_id = NEW.contract_id AND r.seq = NEW.seq - 1) THEN
    RAISE EXCEPTION 'revision %#% (%) names a parent % that is not revision #% of the contract',
      NEW.contract_id, NEW.seq, left(NEW.hash, 12), left(coalesce(NEW.parent_hash, '-'), 12),
      NEW.seq - 1 USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
  END IF;
  FOREACH p IN ARRAY NEW.other_parents LOOP
    IF p = NEW.parent_hash OR NOT EXISTS (SELECT 1 FROM slaadmin.revisions r WHERE r.hash = p
        AND r.contract_id = NEW.contract_id AND r.seq < NEW.seq) THEN
      RAISE EXCEPTION 'merge %#% (%) names a parent % that is not an earlier revision',
        NEW.contract_id, NEW.seq, left(NEW.hash, 12), left(p, 12)
        USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION slaadmin.check_step() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IN ('approved', 'signed')
     AND NOT pg_has_role(session_user, 'slaadmin_legal', 'MEMBER') THEN
    RAISE EXCEPTION
      'step % of % (%): % may not record an ''%'' step; only members of slaadmin_legal may',
      NEW.number, NEW.contract_id, left(NEW.hash, 12), session_user, NEW.status
      USING ERRCODE = 'insufficient_privilege', HINT = NEW.hash;
  END IF;
  IF slaadmin.step_hash(NEW.contract_id, NEW.number, NEW.revision_hash, NEW.prev_hash,
       NEW.actor, NEW.at, NEW.status, NEW.comment) <> NEW.hash THEN
    RAISE EXCEPTION 'step % of % (%) does not match its hash', NEW.number, NEW.contract_id,
      left(NEW.hash, 12) USING ERRCODE = 'check_violation', HINT = NEW.hash;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM slaadmin.revisions r WHERE r.hash = NEW.revision_hash
       AND r.contract_id = NEW.contract_id AND r.seq = NEW.revision_seq) THEN
    RAISE EXCEPTION 'step % of % (%) is about a revision the server does not have',
      NEW.number, NEW.contract_id, left(NEW.hash, 12)
      USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
  END IF;
  IF (NEW.number = 1) <> (NEW.prev_hash IS NULL) OR (NEW.number > 1 AND NOT EXISTS (
       SELECT 1 FROM slaadmin.workflow_steps s WHERE s.hash = NEW.prev_hash
       AND s.contract_id = NEW.contract_id AND s.number = NEW.number - 1)) THEN
    RAISE EXCEPTION 'step % of % (%) does not follow step % of the contract',
      NEW.number, NEW.contract_id, left(NEW.hash, 12), NEW.number - 1
      USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION slaadmin.check_maintenance() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF slaadmin.maintenance_hash(NEW.uid, NEW.contract_id, NEW.start_utc, NEW.end_utc,
       NEW.impact, NEW.emergency) <> NEW.hash THEN
    RAISE EXCEPTION 'maintenance % of % (%) does not match its hash: it was altered after '
      'it was planned',
      left(NEW.uid, 12), NEW.contract_id, left(NEW.hash, 12)
      USING ERRCODE = 'check_violation', HINT = NEW.hash;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM slaadmin.revisions r WHERE r.contract_id = NEW.contract_id) THEN
    RAISE EXCEPTION 'maintenance % of % (%) is about a contract the server does not have',
      left(NEW.uid, 12), NEW.contract_id, left(NEW.hash, 12)
      USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION slaadmin.check_maintenance_step() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  before_state text;
BEGIN
  IF slaadmin.maintenance_step_hash(NEW.maintenance_uid, NEW.number, NEW.prev_hash, NEW.state,
       NEW.actor, NEW.at, NEW.recorded_at, NEW.channels, NEW.note) <> NEW.hash THEN
    RAISE EXCEPTION 'step % of maintenance % (%) does not match its hash',
      NEW.number, left(NEW.maintenance_uid, 12), left(NEW.hash, 12)
      USING ERRCODE = 'check_violation', HINT = NEW.hash;
  END IF;
  IF EXISTS (SELECT 1 FROM slaadmin.maintenance_steps s
             WHERE s.maintenance_uid = NEW.maintenance_uid AND s.number = NEW.number
               AND s.hash <> NEW.hash) THEN
    RAISE EXCEPTION 'step % of maintenance % (%) was recorded differently on the server '
      '(both sides recorded a step on it)',
      NEW.number, left(NEW.maintenance_uid, 12), left(NEW.hash, 12)
      USING ERRCODE = 'unique_violation', HINT = NEW.hash;
  END IF;
  SELECT s.state INTO before_state FROM slaadmin.maintenance_steps s
    WHERE s.hash = NEW.prev_hash AND s.maintenance_uid = NEW.maintenance_uid
      AND s.number = NEW.number - 1;
  IF (NEW.number = 1) <> (NEW.prev_hash IS NULL) OR (NEW.number > 1 AND before_state IS NULL) THEN
    RAISE EXCEPTION 'step % of maintenance % (%) does not follow step %',
      NEW.number, left(NEW.maintenance_uid, 12), left(NEW.hash, 12), NEW.number - 1
      USING ERRCODE = 'foreign_key_violation', HINT = NEW.hash;
  END IF;
  IF NOT ((NEW.number = 1 AND NEW.state = 'planned')
          OR (before_state = 'planned' AND NEW.state IN ('notified', 'done', 'cancelled'))
          OR (before_state = 'notified' AND NEW.state IN ('acknowledged', 'done', 'cancelled'))
          OR (before_state = 'acknowledged' AND NEW.state IN ('done', 'cancelled'))) THEN
    RAISE EXCEPTION 'step % of maintenance % (%) cannot go from % to %',
      NEW.number, left(NEW.maintenance_uid, 12), left(NEW.hash, 12),
      coalesce(before_state, '-'), NEW.state
      USING ERRCODE = 'check_violation', HINT = NEW.hash;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION slaadmin.append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['revisions', 'workflow_steps', 'maintenances',
                           'maintenance_steps'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I_take_id ON slaadmin.%I', t, t);
    EXECUTE format('CREATE TRIGGER %I_take_id BEFORE INSERT ON slaadmin.%I '
                   'FOR EACH ROW EXECUTE FUNCTION slaadmin.take_id()', t, t);
    EXECUTE format('DROP TRIGGER IF EXISTS %I_no_change ON slaadmin.%I', t, t);
    EXECUTE format('CREATE TRIGGER %I_no_change BEFORE UPDATE OR DELETE ON slaadmin.%I '
                   'FOR EACH ROW EXECUTE FUNCTION slaadmin.append_only()', t, t);
    EXECUTE format('DROP TRIGGER IF EXISTS %I_no_truncate ON slaadmin.%I', t, t);
    EXECUTE format('CREATE TRIGGER %I_no_truncate BEFORE TRUNCATE ON slaadmin.%I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION slaadmin.append_only()', t, t);
  END LOOP;
END $$;

DROP TRIGGER IF EXISTS revisions_hash ON slaadmin.revisions;
CREATE TRIGGER revisions_hash BEFORE INSERT ON slaadmin.revisions
  FOR EACH ROW EXECUTE FUNCTION slaadmin.check_revision_hash();
DROP TRIGGER IF EXISTS revisions_parents ON slaadmin.revisions;
CREATE CONSTRAINT TRIGGER revisions_parents AFTER INSERT ON slaadmin.revisions
  DEFERRABLE INITIALLY IMMEDIATE
  FOR EACH ROW EXECUTE FUNCTION slaadmin.check_revision_parents();
DROP TRIGGER IF EXISTS workflow_steps_check ON slaadmin.workflow_steps;
CREATE TRIGGER workflow_steps_check BEFORE INSERT ON slaadmin.workflow_steps
  FOR EACH ROW EXECUTE FUNCTION slaadmin.check_step();
DROP TRIGGER IF EXISTS maintenances_check ON slaadmin.maintenances;
CREATE TRIGGER maintenances_check BEFORE INSERT ON slaadmin.maintenances
  FOR EACH ROW EXECUTE FUNCTION slaadmin.check_maintenance();
DROP TRIGGER IF EXISTS maintenance_steps_check ON slaadmin.maintenance_steps;
CREATE TRIGGER maintenance_steps_check BEFORE INSERT ON slaadmin.maintenance_steps
  FOR EACH ROW EXECUTE FUNCTION slaadmin.check_maintenance_step();

REVOKE ALL ON ALL TABLES IN SCHEMA slaadmin FROM PUBLIC;
REVOKE ALL ON SCHEMA slaadmin FROM PUBLIC;
GRANT USAGE ON SCHEMA slaadmin TO slaadmin_sales, slaadmin_legal;
GRANT SELECT, INSERT ON slaadmin.revisions, slaadmin.workflow_steps, slaadmin.maintenances,
  slaadmin.maintenance_steps TO slaadmin_sales, slaadmin_legal;
REVOKE UPDATE, DELETE, TRUNCATE ON slaadmin.revisions, slaadmin.workflow_steps,
  slaadmin.maintenances, slaadmin.maintenance_steps FROM slaadmin_sales, slaadmin_legal;
GRANT USAGE ON SEQUENCE slaadmin.revisions_id_seq TO slaadmin_sales, slaadmin_legal;
"""


def person_sql(login: str, role: str) -> str:
    """Return the SQL that gives one person a login in a team role (for the DBA page)."""
    return (
        f"CREATE ROLE {login} LOGIN PASSWORD '…' IN ROLE {role};  -- or: GRANT {role} TO {login};"
    )
