#include "PgSecurity.h"

// The PostgreSQL side of access control (migration step 11). Written so that running it again changes nothing:
// roles are created only when missing, functions and triggers are replaced, policies dropped and recreated.
// The statements run in the migration's transaction as the database owner, who needs CREATEROLE.

namespace hc::db {

namespace {

// Officials' login roles (UserService): created and changed only through this function, which runs as the
// owner (who has CREATEROLE) for an administrator whose scope covers the account, and takes the role's
// password only as a SCRAM-SHA-256 verifier computed by the client, so no plain password reaches the server.
// Part of step 11 and again of step 13 (which records who set another official's password).
const char kSyncLogin[] = R"SQL(CREATE OR REPLACE FUNCTION hc_sync_login(p_user_id bigint, p_verifier text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
SET client_min_messages = warning
AS $$
DECLARE
    u record;
    login text;
    k text;
    caller_admin boolean;
    caller_id bigint;
BEGIN
    SELECT id, name, role, jurisdiction_id, disabled, db_role INTO u FROM users WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No user with id %.', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    -- session_user: inside SECURITY DEFINER current_user is the owner.
    SELECT EXISTS (SELECT 1 FROM users a WHERE a.db_role = session_user AND a.disabled = 0
                   AND a.role = 'administrator' AND u.jurisdiction_id = ANY (hc_scope_of(session_user)))
        INTO caller_admin;
    -- An official may change their own password (the users row, not the caller, says which group they are in).
    IF NOT (caller_admin OR u.db_role = session_user OR pg_has_role(session_user, (SELECT relowner FROM pg_class
                                                       WHERE oid = 'public.people'::regclass), 'MEMBER')) THEN
        RAISE EXCEPTION 'Only an administrator whose scope covers user % manages their login.', u.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'A login password is set only as a SCRAM-SHA-256 verifier.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Setting another official's password sets up their account (schema step 13): the four-eyes checks ask who
    -- did. Dynamic SQL because step 11, which first defines this function, runs before the column exists.
    IF p_verifier IS NOT NULL AND u.db_role IS DISTINCT FROM session_user THEN
        SELECT id INTO caller_id FROM users WHERE db_role = session_user;
        IF caller_id IS NOT NULL AND EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public'
                                             AND table_name = 'users' AND column_name = 'set_up_by') THEN
            EXECUTE 'UPDATE users SET set_up_by = $1 WHERE id = $2' USING caller_id, u.id;
        END IF;
    END IF;
    login := hc_login_role(u.name);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login);
    END IF;
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN u.disabled = 0 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH k IN ARRAY ARRAY['viewer', 'operator', 'rule_editor', 'approver', 'administrator'] LOOP
        IF k = u.role THEN
            EXECUTE format('GRANT %I TO %I', hc_group_role(k), login);
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      JOIN pg_roles l ON l.oid = m.member WHERE g.rolname = hc_group_role(k) AND l.rolname = login) THEN
            EXECUTE format('REVOKE %I FROM %I', hc_group_role(k), login);
        END IF;
    END LOOP;
    UPDATE users SET db_role = login WHERE id = u.id AND db_role IS DISTINCT FROM login;
    RETURN login;
END $$)SQL";

const char* const kStatements[] = {
    // IF EXISTS and IF NOT EXISTS notices are no news to whoever runs the migration.
    "SET LOCAL client_min_messages = warning",
    // The role names of this database: every name starts with the database name, so that the many databases on
    // one cluster (test databases, a training copy) never share a role. Group roles end in role_<console role>,
    // officials' login roles in user_<user name>: the two cannot collide whatever a user is called.
    R"SQL(CREATE OR REPLACE FUNCTION hc_group_role(role_key text) RETURNS text LANGUAGE sql STABLE
AS $$ SELECT current_database() || '_role_' || role_key $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION hc_login_role(user_name text) RETURNS text LANGUAGE sql STABLE
AS $$ SELECT current_database() || '_user_' || user_name $$)SQL",

    // One group role per console role, and hc's common group that every official's role belongs to.
    R"SQL(DO $$
DECLARE
    k text;
    r text;
BEGIN
    IF octet_length(hc_login_role(repeat('x', 32))) > 63 THEN
        RAISE EXCEPTION 'The database name % is too long for its role names (at most 25 bytes).',
            current_database();
    END IF;
    FOREACH k IN ARRAY ARRAY['official', 'viewer', 'operator', 'rule_editor', 'approver', 'administrator', 'gate']
    LOOP
        r := hc_group_role(k);
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        IF k NOT IN ('official', 'gate') THEN
            EXECUTE format('GRANT %I TO %I', hc_group_role('official'), r);
        END IF;
    END LOOP;
    -- An administrator does everything the other roles do (app/core/auth/Role.cpp).
    FOREACH k IN ARRAY ARRAY['viewer', 'operator', 'rule_editor', 'approver'] LOOP
        EXECUTE format('GRANT %I TO %I', hc_group_role(k), hc_group_role('administrator'));
    END LOOP;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), hc_group_role('official'));
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), hc_group_role('gate'));
    EXECUTE format('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I', hc_group_role('official'), hc_group_role('gate'));
END $$)SQL",

    // Who is asking: the users row whose login role is the current role (none for the owner and IT's roles).
    R"SQL(CREATE OR REPLACE FUNCTION hc_me() RETURNS bigint LANGUAGE sql STABLE
AS $$ SELECT id FROM users WHERE db_role = current_user $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION hc_is_owner() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'public.people'::regclass),
                         'MEMBER') $$)SQL",
    // The jurisdictions the current role may see: an official's jurisdiction and everything below it; the owner
    // (IT's init, migrations and maintenance) all of them; any other role none. SECURITY DEFINER so that it reads
    // users and jurisdictions whatever policies apply to the caller; current_user inside is the owner, so the
    // caller is passed in by the policies as hc_scope(current_user).
    R"SQL(CREATE OR REPLACE FUNCTION hc_scope_of(caller name) RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
    WITH RECURSIVE me AS (
        SELECT jurisdiction_id FROM users WHERE db_role = caller AND disabled = 0
    ), tree(id) AS (
        SELECT jurisdiction_id FROM me
        UNION
        SELECT j.id FROM jurisdictions j JOIN tree t ON j.parent_id = t.id
    )
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM me) THEN (SELECT coalesce(array_agg(id), '{}') FROM tree)
        WHEN pg_has_role(caller, (SELECT relowner FROM pg_class WHERE oid = 'public.people'::regclass), 'MEMBER')
            THEN (SELECT coalesce(array_agg(id), '{}') FROM jurisdictions)
        ELSE '{}'::bigint[]
    END
$$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION hc_scope() RETURNS bigint[] LANGUAGE sql STABLE
AS $$ SELECT hc_scope_of(current_user) $$)SQL",

    // Privileges: nothing for PUBLIC, then per group exactly what its console role needs (Role.cpp, services).
    R"SQL(DO $$
DECLARE
    t text;
    official text := hc_group_role('official');
    gate text := hc_group_role('gate');
    viewer text := hc_group_role('viewer');
    operator text := hc_group_role('operator');
    editor text := hc_group_role('rule_editor');
    approver text := hc_group_role('approver');
    admin text := hc_group_role('administrator');
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', t);
        EXECUTE format('REVOKE ALL ON %I FROM %I, %I, %I, %I, %I, %I, %I', t, official, viewer, operator, editor,
                       approver, admin, gate);
    END LOOP;
    -- The gate: the role of the URL office PCs are given (README, deployment). Before anyone logs in the console
    -- checks the schema version and whether the database has users, and records refused logins; nothing else.
    EXECUTE format('GRANT SELECT ON schema_version, database_info TO %I', gate);
    EXECUTE format('GRANT SELECT (id) ON users TO %I', gate);
    EXECUTE format('GRANT SELECT (seq, hash), INSERT ON audit_log TO %I', gate);
    -- Everyone reads the reference data, the people of their scope (policies below) and their facts.
    FOREACH t IN ARRAY ARRAY['schema_version', 'jurisdictions', 'people', 'venues', 'test_results', 'risk_areas',
        'close_contacts', 'symptom_declarations', 'scan_events', 'rule_versions', 'statuses', 'status_history',
        'overrides', 'approvals', 'print_batches', 'printed_cards', 'trust_list_imports', 'trusted_keys',
        'import_runs', 'heatmap_config', 'scan_rollup_cells', 'scan_rollup_districts', 'scan_rollup_venues',
        'database_info', 'status_daily_counts'] LOOP
        EXECUTE format('GRANT SELECT ON %I TO %I', t, official);
    END LOOP;
    -- Officials' accounts: names and roles for every screen that shows who did what, never the password hash.
    EXECUTE format('GRANT SELECT (id, name, display_name, role, jurisdiction_id, disabled, failed_logins, '
                   'locked_until, last_login_at, created_at, created_by, row_version, db_role) ON users TO %I',
                   official);
    -- Who last set an account up (step 13; absent while step 11 runs the first time), for the four-eyes checks.
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users'
               AND column_name = 'set_up_by') THEN
        EXECUTE format('GRANT SELECT (set_up_by) ON users TO %I', official);
    END IF;
    EXECUTE format('GRANT UPDATE (last_login_at, failed_logins, locked_until) ON users TO %I', official);
    -- Signing keys: the public half for everyone, the sealed secret for those who print and manage keys.
    EXECUTE format('GRANT SELECT (id, kid, purpose, jurisdiction_id, public_key, created_at, created_by, '
                   'retired_at) ON signing_keys TO %I', official);
    EXECUTE format('GRANT SELECT ON signing_keys TO %I', operator);
    -- The audit log: everyone appends (reading a person's details is audited too) and reads the chain's head;
    -- approvers and administrators read it all. No role may UPDATE, DELETE or TRUNCATE it.
    EXECUTE format('GRANT INSERT ON audit_log TO %I', official);
    EXECUTE format('GRANT SELECT (seq, hash) ON audit_log TO %I', official);
    EXECUTE format('GRANT SELECT ON audit_log TO %I', approver);
    -- Colours follow facts: re-evaluation (after an import, a publication, an override) writes statuses.
    FOREACH t IN ARRAY ARRAY['statuses', 'status_history', 'status_daily_counts'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE ON %I TO %I, %I, %I', t, operator, editor, approver);
    END LOOP;
    -- Operators import facts and scans, request and revoke overrides, and print cards.
    FOREACH t IN ARRAY ARRAY['people', 'venues', 'test_results', 'risk_areas', 'close_contacts',
        'symptom_declarations', 'scan_events', 'import_runs', 'scan_rollup_cells', 'scan_rollup_districts',
        'scan_rollup_venues', 'print_batches', 'printed_cards'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE ON %I TO %I', t, operator);
    END LOOP;
    EXECUTE format('GRANT SELECT, INSERT ON import_rejects TO %I', operator);
    EXECUTE format('GRANT INSERT, UPDATE ON overrides TO %I', operator);
    -- Approvers decide on overrides and rule versions.
    EXECUTE format('GRANT UPDATE ON overrides TO %I', approver);
    EXECUTE format('GRANT INSERT ON approvals TO %I', approver);
    EXECUTE format('GRANT UPDATE ON rule_versions TO %I', approver);
    -- Rule editors write, propose and publish (approved) versions.
    EXECUTE format('GRANT INSERT, UPDATE ON rule_versions TO %I', editor);
    -- Administrators: accounts, keys, trust lists, settings shared through the database, retention purges.
    EXECUTE format('GRANT INSERT, UPDATE ON users TO %I', admin);
    EXECUTE format('REVOKE UPDATE (password_hash) ON users FROM %I', admin);
    EXECUTE format('GRANT UPDATE (password_hash) ON users TO %I', admin);
    FOREACH t IN ARRAY ARRAY['signing_keys', 'trust_list_imports', 'trusted_keys', 'heatmap_config',
        'database_info', 'jurisdictions'] LOOP
        EXECUTE format('GRANT INSERT, UPDATE ON %I TO %I', t, admin);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['scan_events', 'scan_rollup_cells', 'scan_rollup_districts', 'scan_rollup_venues',
        'status_daily_counts'] LOOP
        EXECUTE format('GRANT DELETE ON %I TO %I', t, admin);
    END LOOP;
    -- Anyone's scope only through the policies (hc_scope() is the caller's own).
    EXECUTE format('REVOKE ALL ON FUNCTION hc_scope_of(name) FROM PUBLIC');
    EXECUTE format('GRANT EXECUTE ON FUNCTION hc_scope_of(name) TO %I', official);
END $$)SQL",

    // Row-level security, forced so that the owner's own sessions go through the same policies (the owner's scope
    // is everything, see hc_scope_of). Personal data is visible and writable only inside the caller's scope.
    R"SQL(DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['people', 'test_results', 'close_contacts', 'symptom_declarations', 'scan_events',
        'statuses', 'status_history', 'overrides', 'printed_cards', 'approvals', 'status_daily_counts', 'users'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS hc_scope ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS hc_read ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS hc_write ON %I', t);
    END LOOP;
    -- (SELECT hc_scope()) is an InitPlan: computed once per statement, not once per row.
    CREATE POLICY hc_scope ON people USING (district_id = ANY ((SELECT hc_scope())::bigint[]))
        WITH CHECK (district_id = ANY ((SELECT hc_scope())::bigint[]));
    FOREACH t IN ARRAY ARRAY['test_results', 'close_contacts', 'symptom_declarations', 'statuses', 'status_history',
        'overrides', 'printed_cards'] LOOP
        EXECUTE format('CREATE POLICY hc_scope ON %I USING (person_id IN (SELECT id FROM people)) '
                       'WITH CHECK (person_id IN (SELECT id FROM people))', t);
    END LOOP;
    -- A scan belongs to the scope of its venue and of the person scanned (people from elsewhere pass through).
    CREATE POLICY hc_scope ON scan_events
        USING (venue_id IN (SELECT id FROM venues WHERE district_id = ANY ((SELECT hc_scope())::bigint[]))
               OR person_id IN (SELECT id FROM people) OR (SELECT hc_is_owner()))
        WITH CHECK (venue_id IN (SELECT id FROM venues WHERE district_id = ANY ((SELECT hc_scope())::bigint[]))
                    OR person_id IN (SELECT id FROM people) OR (SELECT hc_is_owner()));
    CREATE POLICY hc_scope ON approvals
        USING (subject_kind = 'rule_version' OR subject_id IN (SELECT id FROM overrides))
        WITH CHECK (subject_kind = 'rule_version' OR subject_id IN (SELECT id FROM overrides));
    CREATE POLICY hc_scope ON status_daily_counts USING (district_id = ANY ((SELECT hc_scope())::bigint[]))
        WITH CHECK (district_id = ANY ((SELECT hc_scope())::bigint[]));
    -- Every official sees who the others are (names in histories and approvals); an administrator changes
    -- accounts in their scope only, anyone else only their own login bookkeeping.
    CREATE POLICY hc_read ON users FOR SELECT USING (true);
    CREATE POLICY hc_write ON users FOR INSERT
        WITH CHECK (jurisdiction_id = ANY ((SELECT hc_scope())::bigint[]) AND (hc_is_owner() OR pg_has_role(current_user,
                    hc_group_role('administrator'), 'MEMBER')));
    CREATE POLICY hc_scope ON users FOR UPDATE
        USING (jurisdiction_id = ANY ((SELECT hc_scope())::bigint[]) AND (hc_is_owner() OR pg_has_role(current_user,
               hc_group_role('administrator'), 'MEMBER')) OR db_role = current_user)
        WITH CHECK (jurisdiction_id = ANY ((SELECT hc_scope())::bigint[]) AND (hc_is_owner() OR pg_has_role(current_user,
                    hc_group_role('administrator'), 'MEMBER')) OR db_role = current_user);
END $$)SQL",

    // The audit log's canonical record, byte for byte what hc::audit::AuditLog::canonical writes (a compact JSON
    // array; to_json escapes strings as Qt's writer does: \" \\ \b \f \n \r \t and \u00xx for other controls).
    R"SQL(CREATE OR REPLACE FUNCTION hc_audit_canonical(seq bigint, at bigint, actor text, action text, target text,
                                              details text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT '[' || seq || ',' || at || ',' || to_json(actor)::text || ',' || to_json(action)::text || ','
             || to_json(target)::text || ',' || to_json(details)::text || ']' $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION hc_audit_hash(previous text, seq bigint, at bigint, actor text, action text,
                                         target text, details text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT encode(sha256(decode(previous, 'hex')
                           || convert_to(hc_audit_canonical(seq, at, actor, action, target, details), 'UTF8')), 'hex') $$)SQL",
    // The official a role belongs to, for roles that may not read users (the gate).
    R"SQL(CREATE OR REPLACE FUNCTION hc_official_name(caller name) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$ SELECT name FROM users WHERE db_role = caller $$)SQL",
    // Appends are serialised (the lock AuditLog::append takes too) and numbered and hashed here, whatever the
    // client sent: a forged or stale hash is replaced by the right one. An official's records carry their name.
    R"SQL(CREATE OR REPLACE FUNCTION hc_audit_append() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    head_seq bigint;
    head_hash text;
    official text;
BEGIN
    -- The verifier writes the time as a JSON number (a double): beyond 2^53 it would lose digits.
    IF NEW.at IS NULL OR NEW.at < 0 OR NEW.at > 9007199254740992 THEN
        RAISE EXCEPTION 'An audit record''s time (%) must lie between 0 and 2^53 milliseconds.', NEW.at
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM pg_advisory_xact_lock(4242002);
    SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    END IF;
    official := hc_official_name(current_user);
    IF official IS NOT NULL THEN
        NEW.actor := official;
    END IF;
    NEW.seq := head_seq + 1;
    NEW.hash := hc_audit_hash(head_hash, NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.target, NEW.details);
    RETURN NEW;
END $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION hc_audit_refuse() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % is refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_audit_append ON audit_log",
    "CREATE TRIGGER hc_audit_append BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION hc_audit_append()",
    "DROP TRIGGER IF EXISTS hc_audit_refuse ON audit_log",
    "CREATE TRIGGER hc_audit_refuse BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION hc_audit_refuse()",
    "DROP TRIGGER IF EXISTS hc_audit_refuse_truncate ON audit_log",
    "CREATE TRIGGER hc_audit_refuse_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
    "EXECUTE FUNCTION hc_audit_refuse()",

    // Overrides (OverrideService): a request with a reason, an expiry at most overrides/max_days (the highest the
    // setting allows, 90 days, or database_info's override_max_days) after the request, decided by a second
    // official with the approver role; revocations need a reason. An official acts only under their own name.
    R"SQL(CREATE OR REPLACE FUNCTION hc_override_max_secs() RETURNS bigint LANGUAGE sql STABLE
SET search_path = public, pg_temp
AS $$ SELECT 86400 * coalesce((SELECT value::bigint FROM database_info WHERE name = 'override_max_days'
                                AND value ~ '^[0-9]{1,4}$'), 90) $$)SQL",
    R"SQL(CREATE OR REPLACE FUNCTION hc_overrides_check() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    me bigint := hc_me();
    decider_role text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.state <> 'requested' THEN
            RAISE EXCEPTION 'An override starts as a request (state requested), not %.', NEW.state
                USING ERRCODE = 'check_violation';
        END IF;
        IF me IS NOT NULL AND NEW.requested_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'An official requests overrides only under their own name.'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF btrim(NEW.reason_text) = '' THEN
            RAISE EXCEPTION 'An override needs a reason text.' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.expires_at <= NEW.requested_at OR NEW.expires_at - NEW.requested_at > hc_override_max_secs() THEN
            RAISE EXCEPTION 'An override expires after its request and at most % days later.',
                hc_override_max_secs() / 86400 USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.person_id, NEW.target_colour, NEW.reason_category, NEW.reason_text, NEW.requested_by,
        NEW.requested_at, NEW.expires_at, NEW.needs_approval)
       IS DISTINCT FROM (OLD.person_id, OLD.target_colour, OLD.reason_category, OLD.reason_text, OLD.requested_by,
        OLD.requested_at, OLD.expires_at, OLD.needs_approval) THEN
        RAISE EXCEPTION 'Override %: what was requested cannot be changed afterwards.', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.state IS NOT DISTINCT FROM OLD.state THEN
        IF (NEW.decided_by, NEW.decided_at, NEW.revoked_by, NEW.revoked_at, NEW.revoke_reason)
           IS DISTINCT FROM (OLD.decided_by, OLD.decided_at, OLD.revoked_by, OLD.revoked_at, OLD.revoke_reason) THEN
            RAISE EXCEPTION 'Override %: decisions change only with the state.', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    -- A request may be withdrawn (revoked, with who and why) before anyone decides, as the console offers.
    IF NOT ((OLD.state = 'requested' AND NEW.state IN ('active', 'rejected', 'request_expired', 'revoked'))
            OR (OLD.state = 'active' AND NEW.state IN ('revoked', 'expired'))) THEN
        RAISE EXCEPTION 'Override % cannot go from % to %.', OLD.id, OLD.state, NEW.state
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.state IN ('active', 'rejected') THEN
        IF NEW.decided_by IS NULL OR NEW.decided_by = NEW.requested_by THEN
            RAISE EXCEPTION 'Override %: the official who requested it cannot decide on it too.', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF me IS NOT NULL AND NEW.decided_by <> me THEN
            RAISE EXCEPTION 'Override %: an official decides only under their own name.', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT role INTO decider_role FROM users WHERE id = NEW.decided_by AND disabled = 0;
        IF decider_role IS NULL OR decider_role NOT IN ('approver', 'administrator') THEN
            RAISE EXCEPTION 'Override %: only an approver or an administrator decides.', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.state = 'revoked' THEN
        IF NEW.revoked_by IS NULL OR coalesce(btrim(NEW.revoke_reason), '') = '' THEN
            RAISE EXCEPTION 'Override %: a revocation needs who and why.', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        IF me IS NOT NULL AND NEW.revoked_by <> me THEN
            RAISE EXCEPTION 'Override %: an official revokes only under their own name.', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_overrides_check ON overrides",
    "CREATE TRIGGER hc_overrides_check BEFORE INSERT OR UPDATE ON overrides FOR EACH ROW "
    "EXECUTE FUNCTION hc_overrides_check()",
    "DROP TRIGGER IF EXISTS hc_overrides_no_delete ON overrides",
    "CREATE TRIGGER hc_overrides_no_delete BEFORE DELETE ON overrides FOR EACH ROW "
    "EXECUTE FUNCTION hc_audit_refuse()",

    // Rule versions (RuleService): drafts by their author; approval only by a second official with the approver
    // role who neither wrote nor proposed the version; publication only of an approved version; a published
    // version is born only as the console's default set (no author, at setup) or as a rollback to a version
    // that was published before, with its text.
    R"SQL(CREATE OR REPLACE FUNCTION hc_rule_versions_check() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    me bigint := hc_me();
    approver_role text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF me IS NOT NULL AND NEW.created_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'An official writes rule versions only under their own name.'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.state = 'draft' THEN
            RETURN NEW;
        END IF;
        IF NEW.state = 'published' AND NEW.created_by IS NULL AND me IS NULL
           AND NOT EXISTS (SELECT 1 FROM rule_versions) THEN
            RETURN NEW;
        END IF;
        IF NEW.state = 'published' AND EXISTS (SELECT 1 FROM rule_versions r WHERE r.version = NEW.based_on
                AND r.text = NEW.text AND r.published_at IS NOT NULL AND r.state IN ('published', 'superseded'))
           AND coalesce(btrim(NEW.urgency_reason), '') <> '' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'A rule version starts as a draft (or restores a version that was published).'
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.state <> 'draft' AND (NEW.text, NEW.version, NEW.created_by, NEW.jurisdiction_id)
       IS DISTINCT FROM (OLD.text, OLD.version, OLD.created_by, OLD.jurisdiction_id) THEN
        RAISE EXCEPTION 'Rule set version %: only a draft can be edited.', OLD.version
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.state IS NOT DISTINCT FROM OLD.state THEN
        IF (NEW.proposed_by, NEW.approved_by, NEW.published_by) IS DISTINCT FROM
           (OLD.proposed_by, OLD.approved_by, OLD.published_by) THEN
            RAISE EXCEPTION 'Rule set version %: who proposed, approved and published changes only with the state.',
                OLD.version USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.state = 'proposed' THEN
        IF OLD.state <> 'draft' OR (me IS NOT NULL AND NEW.proposed_by IS DISTINCT FROM me) THEN
            RAISE EXCEPTION 'Rule set version %: only its author proposes a draft.', OLD.version
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.state = 'approved' THEN
        IF OLD.state <> 'proposed' THEN
            RAISE EXCEPTION 'Rule set version %: only a proposed version is approved.', OLD.version
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.approved_by IS NULL OR NEW.approved_by = OLD.created_by OR NEW.approved_by = OLD.proposed_by THEN
            RAISE EXCEPTION 'Rule set version %: whoever wrote or proposed it cannot approve it too.', OLD.version
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF me IS NOT NULL AND NEW.approved_by <> me THEN
            RAISE EXCEPTION 'Rule set version %: an official approves only under their own name.', OLD.version
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT role INTO approver_role FROM users WHERE id = NEW.approved_by AND disabled = 0;
        IF approver_role IS NULL OR approver_role NOT IN ('approver', 'administrator') THEN
            RAISE EXCEPTION 'Rule set version %: only an approver or an administrator approves.', OLD.version
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.state = 'published' THEN
        IF OLD.state <> 'approved' OR OLD.approved_by IS NULL OR OLD.approved_by = OLD.created_by
           OR OLD.approved_by = OLD.proposed_by OR NEW.approved_by IS DISTINCT FROM OLD.approved_by THEN
            RAISE EXCEPTION 'Rule set version %: only a version approved by a second official is published.',
                OLD.version USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.published_by IS NULL OR (me IS NOT NULL AND NEW.published_by <> me) THEN
            RAISE EXCEPTION 'Rule set version %: an official publishes only under their own name.', OLD.version
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF NEW.state NOT IN ('rejected', 'superseded') THEN
        RAISE EXCEPTION 'Rule set version % cannot go from % to %.', OLD.version, OLD.state, NEW.state
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_rule_versions_check ON rule_versions",
    "CREATE TRIGGER hc_rule_versions_check BEFORE INSERT OR UPDATE ON rule_versions FOR EACH ROW "
    "EXECUTE FUNCTION hc_rule_versions_check()",
    "DROP TRIGGER IF EXISTS hc_rule_versions_no_delete ON rule_versions",
    "CREATE TRIGGER hc_rule_versions_no_delete BEFORE DELETE ON rule_versions FOR EACH ROW "
    "EXECUTE FUNCTION hc_audit_refuse()",
    R"SQL(CREATE OR REPLACE FUNCTION hc_approvals_check() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    me bigint := hc_me();
BEGIN
    IF me IS NOT NULL AND NEW.approver_id <> me THEN
        RAISE EXCEPTION 'An official records decisions only under their own name.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_approvals_check ON approvals",
    "CREATE TRIGGER hc_approvals_check BEFORE INSERT ON approvals FOR EACH ROW EXECUTE FUNCTION hc_approvals_check()",

    // Officials' login roles: see kSyncLogin.
    kSyncLogin,
    R"SQL(DO $$ BEGIN EXECUTE format('REVOKE ALL ON FUNCTION hc_sync_login(bigint, text) FROM PUBLIC, %I',
                                    hc_group_role('official'));
                    EXECUTE format('GRANT EXECUTE ON FUNCTION hc_sync_login(bigint, text) TO %I',
                                    hc_group_role('administrator')); END $$)SQL",
    // Accounts that existed before this step get their role now (without a password: an administrator sets one
    // with `healthcode-ctl user passwd`, which is when they can log in).
    "SELECT hc_sync_login(id, NULL) FROM users ORDER BY id",
};

// Step 13: four-eyes across accounts. The server records who set an account up (created it, set its password or
// changed its role or scope; an official's own password change does not count), whatever the client sends, and
// refuses the approval of an override or a rule version (and publishing the latter) by an account set up by the
// official who asked for it.
const char* const kSetUpStatements[] = {
    "SET LOCAL client_min_messages = warning",
    R"SQL(DO $$ BEGIN EXECUTE format('GRANT SELECT (set_up_by) ON users TO %I', hc_group_role('official')); END $$)SQL",
    kSyncLogin,
    R"SQL(CREATE OR REPLACE FUNCTION hc_users_set_up() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    me bigint := hc_me();
BEGIN
    -- The owner (IT's init, migrations, owner-URL sessions) says itself who acted.
    IF me IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.set_up_by := me;
    ELSIF (NEW.password_hash, NEW.role, NEW.jurisdiction_id) IS DISTINCT FROM
          (OLD.password_hash, OLD.role, OLD.jurisdiction_id) AND OLD.id <> me THEN
        NEW.set_up_by := me;
    ELSE
        NEW.set_up_by := OLD.set_up_by;
    END IF;
    RETURN NEW;
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_users_set_up ON users",
    "CREATE TRIGGER hc_users_set_up BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION hc_users_set_up()",
    R"SQL(CREATE OR REPLACE FUNCTION hc_overrides_set_up_check() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    decider text;
    requester text;
BEGIN
    IF NEW.state = 'active' AND OLD.state = 'requested' THEN
        SELECT d.name, r.name INTO decider, requester FROM users d JOIN users r ON r.id = d.set_up_by
            WHERE d.id = NEW.decided_by AND d.set_up_by = NEW.requested_by;
        IF FOUND THEN
            RAISE EXCEPTION 'Override %: % was set up by %, who asked for this; another official must decide.',
                OLD.id, decider, requester USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_overrides_set_up_check ON overrides",
    "CREATE TRIGGER hc_overrides_set_up_check BEFORE UPDATE ON overrides FOR EACH ROW "
    "EXECUTE FUNCTION hc_overrides_set_up_check()",
    R"SQL(CREATE OR REPLACE FUNCTION hc_rule_versions_set_up_check() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
    decider text;
    asker text;
BEGIN
    IF NEW.state IS NOT DISTINCT FROM OLD.state OR NEW.state NOT IN ('approved', 'published') THEN
        RETURN NEW;
    END IF;
    -- Approval, and publication of what was approved: the approver was not set up by the author or proposer.
    SELECT d.name, a.name INTO decider, asker FROM users d JOIN users a ON a.id = d.set_up_by
        WHERE d.id = CASE WHEN NEW.state = 'approved' THEN NEW.approved_by ELSE OLD.approved_by END
          AND d.set_up_by IN (OLD.created_by, OLD.proposed_by);
    IF FOUND THEN
        RAISE EXCEPTION 'Rule set version %: % was set up by %, who asked for this; another official must decide.',
            OLD.version, decider, asker USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$)SQL",
    "DROP TRIGGER IF EXISTS hc_rule_versions_set_up_check ON rule_versions",
    "CREATE TRIGGER hc_rule_versions_set_up_check BEFORE UPDATE ON rule_versions FOR EACH ROW "
    "EXECUTE FUNCTION hc_rule_versions_set_up_check()",
};

} // namespace

QStringList PgSecurity::setUpStatements()
{
    QStringList out;
    for (const char* s : kSetUpStatements)
        out << QString::fromUtf8(s);
    return out;
}

QStringList PgSecurity::statements()
{
    QStringList out;
    for (const char* s : kStatements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace hc::db
