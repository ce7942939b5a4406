package org.masthead;

import java.util.List;

/**
 * Every table of the desk's schema, in one list: the order in which they can be emptied (each
 * before the tables it refers to). Desk empties them, PermissionMatrixTest compares them before and
 * after a refused attempt, BackupIT compares them with a restored copy; TestTablesTest checks that
 * the list names every table the migrations make, so a new table cannot be forgotten in one of them.
 */
public final class TestTables {

    /** Flyway's own table: never emptied, but part of what a backup must restore. */
    public static final String FLYWAY_HISTORY = "\"flyway_schema_history\"";

    /** db-scheduler's table: its heartbeats move while a test runs, so a copy compares equal only without it. */
    public static final String SCHEDULER = "scheduled_tasks";

    public static final List<String> IN_DELETION_ORDER = List.of(
            "bounces", "notification_mails", "deliveries", "mailings", "sign_up_attempts", "one_time_tokens", "password_reset_attempts", "link_keys", "dkim_keys", "subscribers", "sign_in_failures", SCHEDULER,
            "deadline_reminders", "inbox_messages", "autosaves", "audit_events", "source_capture_contents", "source_captures", "editions", "review_notes", "revisions",
            "sections", "preview_links", "cadence_weeks", "issues", "template_slots", "publications", "first_run", "desk_sessions", "known_devices",
            "user_credentials", "user_entities", "second_factor_policy", "recovery_codes", "second_factors", "user_roles", "users");

    private TestTables() {
    }

    /** The tables whose rows stay still while a test looks at them: all but the scheduler's. */
    public static List<String> withoutTheScheduler() {
        return IN_DELETION_ORDER.stream().filter(table -> !table.equals(SCHEDULER)).toList();
    }
}
