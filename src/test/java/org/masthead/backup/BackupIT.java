package org.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.TestTables;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Backups of the built-in H2 database, and the restore the README documents. Always on H2, also
 * in the PostgreSQL run: that is the database these backups are for (PostgreSQL has pg_dump).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:backup_source;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class BackupIT {

    @Autowired
    Desk desk;
    @Autowired
    BackupService backups;
    @Autowired
    ReleaseService releases;
    @Autowired
    H2Backup h2;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    @TempDir
    Path folder;

    @BeforeEach
    void cleanDesk() {
        ServiceTest.useSecurityOf(securityStrategy);
        desk.reset();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_backup_restored_into_a_fresh_database_holds_every_issue_section_revision_note_event_and_edition()
            throws Exception {
        long released = desk.readyIssue();
        as("paula", roles(Role.PUBLISHER), () -> releases.release(released));
        long inProduction = desk.newIssue();
        desk.bringTo(desk.sectionIds(inProduction).get(0), "walter", SectionState.RETURNED);
        jdbc.update("insert into sign_in_failures (subject, failures, last_failure_at) values ('account:x', 2, current_timestamp)");
        for (String table : List.of("issues", "sections", "revisions", "review_notes", "audit_events", "editions")) {
            assertThat(count(jdbc, table)).as("rows in " + table + " before the backup").isPositive();
        }

        Path backup = folder.resolve("masthead-backup.zip");
        Desk.signIn("admin", Role.ADMIN);
        try (var out = Files.newOutputStream(backup)) {
            backups.writeBackup(out);
        }
        Path restored = folder.resolve("restored");
        // The README's restore command, word for word but for the paths.
        new RunScript().runTool("-url", "jdbc:h2:file:" + restored.resolve("masthead"), "-user", "sa",
                "-script", backup.toString(), "-options", "compression", "zip");

        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("masthead"), "sa", "")) {
            JdbcTemplate copy = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // Every table of the desk and Flyway's history, row for row; the scheduler's heartbeats move meanwhile.
            for (String table : Stream.concat(TestTables.withoutTheScheduler().stream(), Stream.of(TestTables.FLYWAY_HISTORY)).toList()) {
                assertThat(rows(copy, table)).as("restored " + table).isEqualTo(rows(jdbc, table));
            }
        }
    }

    @Test
    void only_an_administrator_may_take_a_backup() {
        Desk.signIn("erin", Role.EDITOR, Role.PUBLISHER, Role.WRITER);

        assertThatThrownBy(() -> backups.writeBackup(new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void scheduled_backups_go_into_the_folder_and_only_the_newest_are_kept() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-03-01T03:00:00Z"));
        ScheduledBackups schedule = new ScheduledBackups(h2, clock, new BackupSettings(folder.toString(), 3, "0 0 3 * * *"));

        for (int night = 0; night < 5; night++) {
            schedule.takeBackup();
            clock.advance(Duration.ofDays(1));
        }

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
                    "masthead-backup-20260303-030000Z.zip",
                    "masthead-backup-20260304-030000Z.zip",
                    "masthead-backup-20260305-030000Z.zip");
        }
    }

    @Test
    void without_a_folder_the_schedule_says_how_to_turn_it_on() {
        Desk.signIn("admin", Role.ADMIN);

        assertThat(backups.scheduleDescription()).contains("MASTHEAD_BACKUP_FOLDER");
    }

    private static int count(JdbcTemplate db, String table) {
        return db.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static List<Map<String, Object>> rows(JdbcTemplate db, String table) {
        return db.queryForList("select * from " + table + " order by 1, 2");
    }
}
