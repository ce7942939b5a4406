package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it writes must not take the database down for everyone: on H2's plain
 * file system the interrupt closes the file channel and H2 closes the whole database ("The
 * database has been closed", seen in CI when SendingCrashIT's restarted node lost its database
 * mid-send). The production URL opens the file through H2's retry file system, which reopens the
 * channel and carries on.
 */
class InterruptedWriterTest {

    private static final int ROWS = 2_000;
    private static final int INTERRUPTS = 50;

    @TempDir
    Path folder;

    @Test
    void the_database_stays_open_when_a_writing_thread_is_interrupted_again_and_again() throws Exception {
        String url = CrashIT.productionDatabaseUrl(folder.resolve("masthead"));
        try (Connection reader = DriverManager.getConnection(url, "sa", "")) {
            reader.createStatement().execute("create table lines (id int primary key, body varchar(1000))");
            AtomicReference<Exception> writerFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> writeRows(url, writerFailure), "interrupted-writer");
            writer.start();
            for (int interrupts = 0; interrupts < INTERRUPTS && writer.isAlive(); interrupts++) {
                writer.interrupt();
                Thread.sleep(10);
            }
            writer.join();

            assertThat(writerFailure.get()).as("what the interrupted writer met").isNull();
            try (ResultSet count = reader.createStatement().executeQuery("select count(*) from lines")) {
                count.next();
                assertThat(count.getInt(1)).as("rows written by the interrupted thread").isEqualTo(ROWS);
            }
        }
    }

    private static void writeRows(String url, AtomicReference<Exception> failure) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = connection.prepareStatement("insert into lines values (?, ?)")) {
            for (int row = 0; row < ROWS; row++) {
                insert.setInt(1, row);
                insert.setString(2, "A line long enough to make H2 write pages to its file, number " + row + ".".repeat(300));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            failure.set(e);
        }
    }
}
