#!/bin/bash
# PostgreSQL enforces access by itself (app/core/db/PgSecurity.cpp), tested from outside the console: officials
# connect with psql as their own login roles and try what the console would never send. Needs HC_TEST_PG_URL
# (a superuser URL on the test server, as for the other PostgreSQL tests), HC_CTL and psql.
#
# Checked: every role against every table and verb (privileges compared with tests/postgresql/privileges.expected),
# cross-jurisdiction reads returning nothing and writes refused, override self-approval, missing reasons and
# over-long expiries refused, rule approval and publication by the author refused, the audit log refusing UPDATE,
# DELETE and TRUNCATE (even for the owner), a forged audit hash corrected by the server so that `audit verify`
# (the C++ verifier) passes, including records with quotes, controls and Chinese text; and the login roles that
# `healthcode-ctl user add|disable|passwd` manage (SCRAM passwords, NOLOGIN when disabled); and approvals by an
# account that the requester or proposer set up (created, gave a password) refused.
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${HC_TEST_PG_URL:?HC_TEST_PG_URL names the test server}"
: "${HC_CTL:?HC_CTL names healthcode-ctl}"

if [[ ! "$HC_TEST_PG_URL" =~ ^postgresql://([^:@/]+):([^@/]*)@([^:/]+):([0-9]+)/(.*)$ ]]; then
    echo "HC_TEST_PG_URL must look like postgresql://user:password@host:port/db" >&2
    exit 2
fi
su_user=${BASH_REMATCH[1]} su_pass=${BASH_REMATCH[2]} host=${BASH_REMATCH[3]} port=${BASH_REMATCH[4]}
db="hc_pgacc_$$_$RANDOM"
owner_url="postgresql://$su_user:$su_pass@$host:$port/$db"
failures=0
checks=0

export PGCONNECT_TIMEOUT=5
psql_as() { # psql_as URL SQL: prints the rows (unaligned, tuples only), returns psql's status
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2" 2>&1
}
owner() { psql_as "$owner_url" "$1"; }
login_url() { # login_url NAME PASSWORD
    echo "postgresql://${db}_user_$1:$2@$host:$port/$db"
}
as() { # as NAME SQL (with that official's password)
    psql_as "$(login_url "$1" "$pw")" "$2"
}
pass() { checks=$((checks + 1)); echo "ok   $1"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && echo "     $2"; }
expect_rows() { # expect_rows WHAT EXPECTED ACTUAL
    if [ "$3" = "$2" ]; then pass "$1"; else fail "$1" "expected [$2], got [$3]"; fi
}
expect_refused() { # expect_refused WHAT PATTERN OUTPUT STATUS
    if [ "$4" -ne 0 ] && echo "$3" | grep -qiE "$2"; then pass "$1"; else fail "$1" "not refused as expected: $3"; fi
}
ctl() { "$HC_CTL" --db "$owner_url" "$@"; }

cleanup() {
    psql -X -q -d "postgresql://$su_user:$su_pass@$host:$port/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
        -c "DO \$\$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE starts_with(rolname, '${db}_role_')
            OR starts_with(rolname, '${db}_user_') LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END \$\$" >/dev/null
}
trap cleanup EXIT
psql -X -q -d "postgresql://$su_user:$su_pass@$host:$port/postgres" -c "CREATE DATABASE $db" || exit 2

# --- Set-up as IT would: init as the owner, then a city with two districts, people in each, officials. -------
pw="pg-access-password-1"
export HEALTHCODE_PASSWORD=$pw HEALTHCODE_NEW_PASSWORD=$pw
ctl init --admin admin >/dev/null || { echo "init failed" >&2; exit 2; }
owner "INSERT INTO jurisdictions (code, name, level, parent_id) SELECT '110100', 'City', 'city', id
           FROM jurisdictions WHERE parent_id IS NULL;
       INSERT INTO jurisdictions (code, name, level, parent_id) SELECT c, n, 'district', (SELECT id FROM jurisdictions
           WHERE code = '110100') FROM (VALUES ('110101', 'District A'), ('110102', 'District B')) v(c, n);
       INSERT INTO people (national_id, pseudonym, name, sex, birth_date, district_id)
           SELECT '11010119800101001' || d, 'ps-' || d, 'Person ' || d, 'F', '1980-01-01', j.id
           FROM (VALUES ('1', '110101'), ('2', '110102')) v(d, code) JOIN jurisdictions j ON j.code = v.code;
       INSERT INTO statuses (person_id, colour, since) SELECT id, 'green', 0 FROM people;
       INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) SELECT id, 'pcr', 'negative', 0, 0
           FROM people;" >/dev/null || exit 2
add() { ctl --user admin user add "$1" --role "$2" --scope "$3" >/dev/null || { echo "user add $1 failed" >&2; exit 2; }; }
add op_a operator 110101
add ap_a approver 110101
add ad_a administrator 110101
add ed rule_editor 100000
add ap_city approver 110100
add ap_root approver 100000
add vw_b viewer 110102
pid_a=$(owner "SELECT id FROM people WHERE national_id LIKE '%1'")
pid_b=$(owner "SELECT id FROM people WHERE national_id LIKE '%2'")
uid() { owner "SELECT id FROM users WHERE name = '$1'"; }

# --- Every role against every table and verb. ---------------------------------------------------------------
privileges() {
    owner "SELECT u.role, c.relname, CASE WHEN has_table_privilege(u.db_role, c.oid, v.verb) THEN v.verb
               ELSE v.verb || '(' || (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                     AND has_column_privilege(u.db_role, c.oid, a.attnum, v.verb)) || ')' END
           FROM (SELECT * FROM (SELECT DISTINCT ON (role) role, db_role FROM users WHERE name <> 'admin'
                                ORDER BY role, name) o
                 UNION ALL SELECT 'gate', current_database() || '_role_gate') u
           CROSS JOIN pg_class c
           CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) v(verb)
           WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
             AND (has_table_privilege(u.db_role, c.oid, v.verb)
                  OR (v.verb IN ('SELECT', 'INSERT', 'UPDATE')
                      AND has_any_column_privilege(u.db_role, c.oid, v.verb)))
           ORDER BY 1, 2, 3" | tr '|' ' ' | LC_ALL=C sort
}
if diff -u "$here/privileges.expected" <(privileges) >/tmp/pg_access_privs.$$; then
    pass "privileges of every role on every table match privileges.expected"
else
    fail "privileges differ from tests/postgresql/privileges.expected" "$(cat /tmp/pg_access_privs.$$)"
fi
rm -f /tmp/pg_access_privs.$$
out=$(as op_a "SELECT password_hash FROM users LIMIT 1"); expect_refused "no official reads password hashes" \
    "permission denied" "$out" $?
out=$(as ap_a "SELECT count(*) FROM signing_keys WHERE secret_box IS NOT NULL"); expect_refused \
    "an approver cannot read sealed signing keys" "permission denied" "$out" $?

# --- Cross-jurisdiction reads return nothing, writes are refused. -------------------------------------------
expect_rows "district A's operator sees only district A's people" "$pid_a" "$(as op_a "SELECT id FROM people")"
expect_rows "district B's viewer sees only district B's people" "$pid_b" "$(as vw_b "SELECT id FROM people")"
expect_rows "the city's approver sees both districts" "2" "$(as ap_city "SELECT count(*) FROM people")"
for t in statuses test_results; do
    expect_rows "district A's operator reads no $t of district B" "0" \
        "$(as op_a "SELECT count(*) FROM $t WHERE person_id = $pid_b")"
done
expect_rows "asking by ID number from another district finds nothing" "0" \
    "$(as op_a "SELECT count(*) FROM people WHERE national_id LIKE '%2'")"
out=$(as op_a "INSERT INTO people (national_id, pseudonym, name, sex, birth_date, district_id)
               SELECT '110102198001010099', 'ps-x', 'X', 'M', '1980-01-01', id FROM jurisdictions WHERE code = '110102'")
expect_refused "an operator cannot add people to another district" "row-level security" "$out" $?
out=$(as op_a "UPDATE statuses SET colour = 'red' WHERE person_id = $pid_b RETURNING person_id")
expect_rows "an operator's update of another district's status changes nothing" "" "$out"
out=$(as vw_b "UPDATE statuses SET colour = 'red'"); expect_refused "a viewer cannot change statuses" \
    "permission denied" "$out" $?
out=$(as vw_b "INSERT INTO overrides (person_id, target_colour, reason_category, reason_text, state, needs_approval,
               requested_by, requested_at, request_expires_at, expires_at)
               VALUES ($pid_b, 'green', 'other', 'x', 'requested', 1, $(uid vw_b), 0, 100, 100)")
expect_refused "a viewer cannot request overrides" "permission denied" "$out" $?
out=$(as op_a "SELECT count(*) FROM audit_log WHERE action = 'init'"); expect_refused \
    "an operator cannot read the audit log's records" "permission denied" "$out" $?

# --- Overrides: reasons, expiry, self-approval, acting under another's name. -------------------------------
request() { # request WHO PERSON REASON_TEXT EXPIRES_AFTER_SECONDS [REQUESTED_BY]
    as "$1" "INSERT INTO overrides (person_id, target_colour, reason_category, reason_text, state, needs_approval,
             requested_by, requested_at, request_expires_at, expires_at)
             VALUES ($2, 'green', 'test_result_correction', '$3', 'requested', 1, ${5:-$(uid "$1")},
                     extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint + 86400,
                     extract(epoch FROM now())::bigint + $4) RETURNING id"
}
out=$(request op_a "$pid_a" "   " 86400); expect_refused "an override without a reason text is refused" "reason" "$out" $?
out=$(request op_a "$pid_a" "lab mix-up" $((91 * 86400))); expect_refused "an override longer than 90 days is refused" \
    "at most" "$out" $?
out=$(request op_a "$pid_a" "lab mix-up" 86400 "$(uid ap_a)"); expect_refused \
    "an operator cannot request under an approver's name" "own name" "$out" $?
out=$(as op_a "INSERT INTO overrides (person_id, target_colour, reason_category, reason_text, state, needs_approval,
               requested_by, requested_at, request_expires_at, expires_at, decided_by)
               VALUES ($pid_a, 'green', 'other', 'x', 'active', 1, $(uid op_a), 0, 100, 100, $(uid ap_a))")
expect_refused "an override cannot be inserted already active" "starts as a request" "$out" $?
own=$(request ad_a "$pid_a" "lab mix-up" 86400)
if [[ "$own" =~ ^[0-9]+$ ]]; then pass "an administrator requests an override in scope"; else fail "request" "$own"; fi
out=$(as ad_a "UPDATE overrides SET state = 'active', decided_by = $(uid ad_a), decided_at = 1 WHERE id = $own")
expect_refused "self-approval of an override is refused" "cannot decide" "$out" $?
out=$(as ap_a "UPDATE overrides SET state = 'active', decided_by = $(uid ap_city), decided_at = 1 WHERE id = $own")
expect_refused "an approver cannot approve under another official's name" "own name" "$out" $?
out=$(as op_a "UPDATE overrides SET state = 'active', decided_by = $(uid ap_a), decided_at = 1 WHERE id = $own")
expect_refused "an operator cannot approve by naming an approver" "own name" "$out" $?
out=$(as ap_a "UPDATE overrides SET expires_at = expires_at + 86400 WHERE id = $own")
expect_refused "a request's expiry cannot be extended afterwards" "cannot be changed" "$out" $?
out=$(as ap_a "UPDATE overrides SET state = 'active', decided_by = $(uid ap_a), decided_at = 1 WHERE id = $own
               RETURNING state")
expect_rows "a second official approves" "active" "$out"
out=$(as ad_a "UPDATE overrides SET state = 'revoked', revoked_by = $(uid ad_a), revoked_at = 2, revoke_reason = ' '
               WHERE id = $own")
expect_refused "a revocation without a reason is refused" "who and why" "$out" $?
out=$(as ad_a "UPDATE overrides SET state = 'revoked', revoked_by = $(uid ad_a), revoked_at = 2,
               revoke_reason = 'lab corrected' WHERE id = $own RETURNING state")
expect_rows "a revocation with a reason is accepted" "revoked" "$out"
withdrawn=$(request ad_a "$pid_a" "typed the wrong person" 86400)
out=$(as ad_a "UPDATE overrides SET state = 'revoked', revoked_by = $(uid ad_a), revoked_at = 2,
               revoke_reason = 'wrong person' WHERE id = $withdrawn RETURNING state")
expect_rows "a request is withdrawn (revoked with a reason) before anyone decides" "revoked" "$out"
out=$(as ad_a "DELETE FROM overrides WHERE id = $own"); expect_refused "overrides cannot be deleted" \
    "permission denied|refused" "$out" $?
out=$(owner "DELETE FROM overrides WHERE id = $own"); expect_refused "not even by the owner" "refused" "$out" $?

# --- Rules: the four-eyes rule on the server. ----------------------------------------------------------------
jroot=$(owner "SELECT id FROM jurisdictions WHERE parent_id IS NULL")
v=$(owner "SELECT max(version) + 1 FROM rule_versions")
out=$(as ed "INSERT INTO rule_versions (version, jurisdiction_id, text, state, created_by, created_at)
             SELECT $v, $jroot, text, 'draft', $(uid ed), 0 FROM rule_versions WHERE version = 1 RETURNING state")
expect_rows "a rule editor writes a draft" "draft" "$out"
out=$(as ed "INSERT INTO rule_versions (version, jurisdiction_id, text, state, created_by, created_at)
             VALUES ($((v + 1)), $jroot, 'rule y', 'published', $(uid ed), 0)")
expect_refused "a version cannot be inserted already published" "starts as a draft" "$out" $?
out=$(as ed "UPDATE rule_versions SET state = 'published', published_by = $(uid ed), published_at = 1,
             effective_at = 1 WHERE version = $v")
expect_refused "a draft cannot be published" "approved by a second" "$out" $?
out=$(as ed "UPDATE rule_versions SET state = 'proposed', proposed_by = $(uid ed), proposed_at = 1 WHERE version = $v
             RETURNING state")
expect_rows "its author proposes it" "proposed" "$out"
out=$(as ed "UPDATE rule_versions SET state = 'approved', approved_by = $(uid ed), approved_at = 1 WHERE version = $v")
expect_refused "the author cannot approve their own version" "cannot approve" "$out" $?
out=$(as ed "UPDATE rule_versions SET state = 'approved', approved_by = $(uid ap_root), approved_at = 1
             WHERE version = $v")
expect_refused "the author cannot approve by naming an approver" "own name" "$out" $?
out=$(as ed "UPDATE rule_versions SET text = 'rule z' WHERE version = $v")
expect_refused "a proposed version's text cannot change" "only a draft" "$out" $?
out=$(as ap_root "UPDATE rule_versions SET state = 'approved', approved_by = $(uid ap_root), approved_at = 1
                  WHERE version = $v RETURNING state")
expect_rows "a second official approves the version" "approved" "$out"
out=$(as ed "UPDATE rule_versions SET state = 'published', published_by = $(uid ed), published_at = 2,
             effective_at = 2 WHERE version = $v RETURNING state")
expect_rows "the approved version is published" "published" "$out"

# --- The audit log: insert-only for everyone, hashed by the server. -----------------------------------------
for who in ad_a ap_a; do
    out=$(as $who "UPDATE audit_log SET actor = 'x' WHERE seq = 1"); expect_refused "$who cannot UPDATE the audit log" \
        "permission denied|append-only" "$out" $?
    out=$(as $who "DELETE FROM audit_log WHERE seq = 1"); expect_refused "$who cannot DELETE from the audit log" \
        "permission denied|append-only" "$out" $?
    out=$(as $who "TRUNCATE audit_log"); expect_refused "$who cannot TRUNCATE the audit log" \
        "permission denied|append-only" "$out" $?
done
out=$(owner "UPDATE audit_log SET actor = 'x' WHERE seq = 1"); expect_refused "the owner cannot UPDATE it either" \
    "append-only" "$out" $?
out=$(owner "DELETE FROM audit_log"); expect_refused "the owner cannot DELETE it either" "append-only" "$out" $?
out=$(owner "TRUNCATE audit_log"); expect_refused "the owner cannot TRUNCATE it either" "append-only" "$out" $?
head=$(owner "SELECT max(seq) FROM audit_log")
as op_a "INSERT INTO audit_log (seq, at, actor, action, target, details, hash)
          VALUES (1, 1, 'admin', 'forged', '', '{}', repeat('f', 64))" >/dev/null
expect_rows "a forged record is renumbered, signed with its official's name and rehashed" \
    "$((head + 1))|op_a|f" "$(owner "SELECT seq, actor, hash = repeat('f', 64) FROM audit_log WHERE action = 'forged'")"
# Records with everything JSON escapes, Chinese and emoji, appended by an official through psql: the server's hash
# must be the C++ verifier's, byte for byte.
as ap_a "INSERT INTO audit_log (at, actor, action, target, details, hash) VALUES
    (1700000000123, '', 'q\"uote\\back/slash', E'ctl\\b\\f\\n\\r\\t\\x01\\x1f\\x7f', '{\"k\":\"健康码 ✓ 😷\"}', ''),
    (9007199254740992, 'x', '', '', '', '')" >/dev/null
# Beyond 2^53 a time would lose digits in the verifier's JSON number: refused rather than breaking the chain.
out=$(as ap_a "INSERT INTO audit_log (at, actor, action, target, details, hash) VALUES (9007199254740993, '', '', '', '', '')")
expect_refused "a record time beyond 2^53 is refused" "time" "$out" $?
if verify=$(ctl --user admin audit verify 2>&1); then
    pass "audit verify (the C++ verifier) accepts every record the server hashed"
else
    fail "audit verify after server-side hashing" "$verify"
fi

# --- The console itself through the office PCs' gate login: every command runs as the official's own role. ---
owner "CREATE ROLE ${db}_user_zgate LOGIN PASSWORD 'gate-password-1' IN ROLE ${db}_role_gate" >/dev/null
gate_url="postgresql://${db}_user_zgate:gate-password-1@$host:$port/$db"
as_ctl() { # as_ctl NAME ARGS...: healthcode-ctl through the gate, logged in as NAME
    local who=$1
    shift
    local out rc
    out=$(HEALTHCODE_PASSWORD=$pw "$HC_CTL" --db "$gate_url" --user "$who" "$@" 2>"/tmp/pg_access_err.$$")
    rc=$?
    echo "$out" # the command's output first, then what it logged
    grep -v '^hc\.' "/tmp/pg_access_err.$$"
    return $rc
}
out=$(psql_as "$gate_url" "SELECT count(*) FROM people"); expect_refused "the gate login reads no people" \
    "permission denied" "$out" $?
out=$(as_ctl op_a override request ps-1 --to yellow --reason other --note "console as its role" --expires 2d)
id=$(echo "$out" | head -1)
if [[ "$id" =~ ^[0-9]+$ ]]; then pass "an operator requests an override through the console"; else
    fail "override request through the gate" "$out"; fi
expect_rows "the console logged in as the official's own role" "1" \
    "$(owner "SELECT count(*) FROM audit_log WHERE action = 'login' AND actor = 'op_a'
              AND details LIKE '%${db}_user_op_a%'")"
out=$(as_ctl op_a override approve "$id"); expect_refused "the requester cannot approve it through the console" \
    "approve|cannot" "$out" $?
out=$(as_ctl ap_a override approve "$id" --note "checked")
expect_rows "a district approver approves it through the console" "active|yellow" \
    "$(owner "SELECT o.state, s.colour FROM overrides o JOIN statuses s ON s.person_id = o.person_id WHERE o.id = $id")"
owner "SELECT text FROM rule_versions WHERE version = 1" >"/tmp/pg_access_rules.$$"
out=$(as_ctl ed rules propose "/tmp/pg_access_rules.$$" --summary "same rules, new version")
rv=$(owner "SELECT max(version) FROM rule_versions WHERE state = 'proposed'")
if [ -n "$rv" ]; then pass "a rule editor proposes a version through the console"; else fail "rules propose" "$out"; fi
out=$(as_ctl ap_root rules approve "$rv" --note "four eyes")
out=$(as_ctl ed rules publish "$rv" --urgent "test of the server's checks")
expect_rows "approved by a second official and published through the console" "published" \
    "$(owner "SELECT state FROM rule_versions WHERE version = $rv")"
out=$(as_ctl ap_city rules reevaluate); rc=$?
if [ $rc -eq 0 ]; then pass "a city approver re-evaluates statuses as their role"; else fail "rules reevaluate" "$out"; fi
out=$(as_ctl ad_a audit verify); rc=$?
if [ $rc -eq 0 ]; then pass "a district administrator verifies the audit chain as their role"; else
    fail "audit verify as a role" "$out"; fi
out=$(as_ctl op_a audit verify); expect_refused "an operator may not verify the audit log" "." "$out" $?
rm -f "/tmp/pg_access_rules.$$" "/tmp/pg_access_err.$$"

# --- Login roles managed by healthcode-ctl. ------------------------------------------------------------------
expect_rows "an official logs in as their own role" "${db}_user_op_a" "$(as op_a "SELECT current_user")"
expect_rows "their role is in their console role's group" "t" \
    "$(as op_a "SELECT pg_has_role('${db}_role_operator', 'MEMBER')")"
expect_rows "the password is stored as a SCRAM-SHA-256 verifier" "SCRAM-SHA-256" \
    "$(owner "SELECT split_part(rolpassword, '\$', 1) FROM pg_authid WHERE rolname = '${db}_user_op_a'")"
out=$(psql_as "$(login_url op_a wrong-password-1)" "SELECT 1"); expect_refused "a wrong password is refused" \
    "password authentication failed" "$out" $?
HEALTHCODE_NEW_PASSWORD=another-password-2 ctl --user admin user passwd op_a >/dev/null
expect_rows "user passwd changes the role's password" "1" "$(psql_as "$(login_url op_a another-password-2)" "SELECT 1")"
out=$(as op_a "SELECT 1"); expect_refused "the old password no longer works" "password authentication failed" "$out" $?
ctl --user admin user disable vw_b >/dev/null
out=$(as vw_b "SELECT 1"); expect_refused "a disabled official cannot log in (NOLOGIN)" "not permitted to log in" "$out" $?
out=$(as ad_a "SELECT hc_sync_login($(uid ed), NULL)"); expect_refused \
    "a district administrator cannot manage a city-level account's login" "permission denied|administrator" "$out" $?
out=$(as ad_a "ALTER ROLE ${db}_user_ap_a PASSWORD 'x'"); expect_refused "an administrator cannot change roles directly" \
    "permission denied" "$out" $?

# --- Four-eyes across accounts (schema step 13): an account its administrator set up does not approve for them. --
out=$(as_ctl ad_a user add ap_p --role approver --scope 110101 2>&1)
expect_rows "the server records who created an account, whatever the client sends" "$(uid ad_a)" \
    "$(owner "SELECT set_up_by FROM users WHERE name = 'ap_p'")"
out=$(as ad_a "UPDATE users SET set_up_by = $(uid admin) WHERE name = 'ap_p'")
expect_rows "an administrator cannot rewrite who set an account up" "$(uid ad_a)" \
    "$(owner "SELECT set_up_by FROM users WHERE name = 'ap_p'")"
puppet=$(request ad_a "$pid_a" "lab mix-up" 86400)
out=$(as ap_p "UPDATE overrides SET state = 'active', decided_by = $(uid ap_p), decided_at = 1 WHERE id = $puppet")
expect_refused "an approver set up by the requester cannot approve the override" "set up by" "$out" $?
out=$(as ap_p "UPDATE overrides SET state = 'rejected', decided_by = $(uid ap_p), decided_at = 1 WHERE id = $puppet
               RETURNING state")
expect_rows "but may reject it" "rejected" "$out"
v2=$(owner "SELECT max(version) + 1 FROM rule_versions")
as ad_a "INSERT INTO rule_versions (version, jurisdiction_id, text, state, created_by, created_at)
         SELECT $v2, $jroot, text, 'draft', $(uid ad_a), 0 FROM rule_versions WHERE version = 1" >/dev/null
as ad_a "UPDATE rule_versions SET state = 'proposed', proposed_by = $(uid ad_a), proposed_at = 1 WHERE version = $v2" \
    >/dev/null
out=$(as ap_p "UPDATE rule_versions SET state = 'approved', approved_by = $(uid ap_p), approved_at = 1
               WHERE version = $v2")
expect_refused "an approver set up by the proposer cannot approve the rule version" "set up by" "$out" $?
out=$(as ad_a "SELECT hc_sync_login($(uid ap_a), 'SCRAM-SHA-256\$4096:c2FsdA==\$c3RvcmVk:c2VydmVy')")
expect_rows "setting another official's login password through hc_sync_login records who did" "$(uid ad_a)" \
    "$(owner "SELECT set_up_by FROM users WHERE name = 'ap_a'")"

echo "pg_access: $checks checks, $failures failures"
[ "$failures" -eq 0 ]
