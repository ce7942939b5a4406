package org.masthead.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** An administrator's backup, taken now and handed over as a download. */
@Service
public class BackupService {

    static final String PREFIX = "masthead-backup-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final H2Backup h2;
    private final ScheduledBackups schedule;
    private final Clock clock;

    BackupService(H2Backup h2, ScheduledBackups schedule, Clock clock) {
        this.h2 = h2;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Whether this installation's database can be backed up from the app (H2), or needs pg_dump. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean available() {
        return h2.supported();
    }

    /** The file name the next backup gets: names sort by time. */
    @PreAuthorize("hasRole('ADMIN')")
    public String nextFileName() {
        return PREFIX + STAMP.format(clock.instant()) + SUFFIX;
    }

    /** Takes a consistent backup now and writes it, zipped, to the stream. */
    @PreAuthorize("hasRole('ADMIN')")
    public void writeBackup(OutputStream out) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("masthead-backup");
            Path file = folder.resolve(nextFileName());
            h2.writeTo(file);
            Files.copy(file, out);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand over the backup.", e);
        } finally {
            if (folder != null) {
                folder.toFile().delete();
            }
        }
    }

    /** What the scheduled backups do here, in a sentence for the administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    public String scheduleDescription() {
        return schedule.describe();
    }
}
