package org.masthead.backup;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled backups of the built-in H2 database ({@code masthead.backup.*}). Checked at start: a
 * bad value stops the app with a sentence naming the variable.
 *
 * @param folder where backups go; none are taken while it is blank
 * @param keep   how many of the newest backups are kept
 * @param cron   when, in UTC (Spring's six fields: second minute hour day month weekday)
 */
@Validated
@ConfigurationProperties("masthead.backup")
public record BackupSettings(
        @DefaultValue("") String folder,
        @Min(value = 1, message = "MASTHEAD_BACKUP_KEEP (masthead.backup.keep) must be at least 1: the newest backup is always kept")
        @DefaultValue("7") int keep,
        @DefaultValue("0 0 3 * * *") String cron) {

    @AssertTrue(message = "MASTHEAD_BACKUP_CRON (masthead.backup.cron) must be six fields, second to weekday, e.g. \"0 0 3 * * *\" for 03:00 UTC every day")
    public boolean isCronReadable() {
        return cron != null && CronExpression.isValidExpression(cron);
    }

    /** The folder, without surrounding blanks; empty when backups are off. */
    String folderName() {
        return folder == null ? "" : folder.strip();
    }
}
