package org.masthead.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the whole H2 database as one SQL script (schema, data, Flyway's history), zipped. H2's
 * SCRIPT locks the tables while it reads them, so the copy is consistent; and a script, unlike
 * a copy of the database file, can be read into a newer H2 after an upgrade.
 */
@Component
class H2Backup {

    private final JdbcTemplate jdbc;
    private final boolean h2;

    H2Backup(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.h2 = isH2(dataSource);
    }

    /** Whether the desk runs on H2; on PostgreSQL, pg_dump is the tool (README). */
    boolean supported() {
        return h2;
    }

    /** Writes the backup to the file; a half-written backup never carries the final name. */
    void writeTo(Path target) {
        if (!h2) {
            throw new IllegalStateException("Backups from the app cover the built-in H2 database only.");
        }
        try {
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(partial);
            // SCRIPT takes a file name, not a parameter: the path is ours (never typed by anyone), quotes doubled.
            String name = partial.toAbsolutePath().toString().replace("'", "''");
            jdbc.execute("SCRIPT TO '" + name + "' COMPRESSION ZIP");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup to " + target, e);
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to see which one it is.", e);
        }
    }
}
