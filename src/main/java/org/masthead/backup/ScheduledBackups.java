package org.masthead.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Backups on a schedule (MASTHEAD_BACKUP_FOLDER, MASTHEAD_BACKUP_CRON, MASTHEAD_BACKUP_KEEP):
 * one file per run, the oldest removed once there are more than the number to keep. H2 serves
 * one node only, so this plain scheduler runs the job once; on PostgreSQL it does nothing.
 */
@Component
@EnableScheduling
class ScheduledBackups implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final H2Backup h2;
    private final Clock clock;
    private final String folder;
    private final int keep;
    private final String cron;

    ScheduledBackups(H2Backup h2, Clock clock, BackupSettings settings) {
        this.h2 = h2;
        this.clock = clock;
        this.folder = settings.folderName();
        this.keep = settings.keep();
        this.cron = settings.cron();
        if (!this.folder.isEmpty() && !h2.supported()) {
            log.warn("MASTHEAD_BACKUP_FOLDER is set, but the desk runs on PostgreSQL: back it up with pg_dump instead.");
        }
    }

    /** On the settings' schedule, in UTC (the cron is read from BackupSettings, like the rest). */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(this::onSchedule, new CronTrigger(cron, ZoneOffset.UTC));
    }

    void onSchedule() {
        if (folder.isEmpty() || !h2.supported()) {
            return;
        }
        try {
            Path written = takeBackup();
            log.info("Backup written to {}", written);
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed; the previous ones are kept.", e);
        }
    }

    /** Writes one backup into the folder and removes the oldest beyond the number to keep. */
    Path takeBackup() {
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Path file = dir.resolve(BackupService.PREFIX + STAMP.format(clock.instant()) + BackupService.SUFFIX);
            h2.writeTo(file);
            List<Path> newestFirst = kept(dir);
            for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
                Files.delete(old);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String describe() {
        if (!h2.supported()) {
            return "This desk keeps its data in PostgreSQL: back it up with pg_dump, as the README describes.";
        }
        if (folder.isEmpty()) {
            return "No scheduled backups: set MASTHEAD_BACKUP_FOLDER to have one taken every day.";
        }
        return "A backup is taken on the schedule \"" + cron + "\" (UTC) into " + folder + "; the newest "
                + keep + " are kept.";
    }

    private static List<Path> kept(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(BackupService.PREFIX) && name.endsWith(BackupService.SUFFIX);
            }).sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        }
    }
}
