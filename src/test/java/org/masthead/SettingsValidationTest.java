package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.masthead.backup.BackupSettings;
import org.masthead.base.PublicSettings;
import org.masthead.base.ui.PushSettings;
import org.masthead.issue.PublicationSettings;
import org.masthead.mailing.SignUpLimits;
import org.masthead.publishing.ArchiveSettings;
import org.masthead.security.SignInSettings;
import org.masthead.user.AdministratorSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * A bad setting stops the app at start with a sentence that names its variable, instead of a
 * stack trace later or a silent fallback (a zero kept backups, an unknown zone, an address
 * without its scheme).
 */
class SettingsValidationTest {

    @Configuration
    @EnableConfigurationProperties({SignInSettings.class, BackupSettings.class, AdministratorSettings.class,
            ArchiveSettings.class, PushSettings.class, PublicSettings.class, PublicationSettings.class, SignUpLimits.class})
    static class Settings {
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "masthead.backup.keep               | 0                | MASTHEAD_BACKUP_KEEP",
            "masthead.backup.cron               | every night      | MASTHEAD_BACKUP_CRON",
            "masthead.sign-in.pair.lock-after   | 2                | MASTHEAD_SIGN_IN_PAIR_LOCK_AFTER",
            "masthead.sign-in.address.slow-after| 0                | MASTHEAD_SIGN_IN_ADDRESS_SLOW_AFTER",
            "masthead.sign-in.lock-for          | 0s               | MASTHEAD_SIGN_IN_LOCK_FOR",
            "masthead.sign-up.per-client        | 0                | MASTHEAD_SIGN_UP_PER_CLIENT",
            "masthead.publication.time-zone     | Mars/Olympus     | MASTHEAD_PUBLICATION_TIME_ZONE",
            "masthead.publication.name          | ' '              | MASTHEAD_PUBLICATION_NAME",
            "masthead.public-url                | news.example.org | MASTHEAD_PUBLIC_URL",
            "masthead.push.frame-buffer         | 10               | MASTHEAD_PUSH_FRAME_BUFFER",
            "masthead.archive.search-start-wait | -1s              | MASTHEAD_ARCHIVE_SEARCH_START_WAIT"})
    void a_bad_value_stops_the_start_with_a_sentence_naming_its_variable(String property, String value, String variable) {
        app.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(variable);
        });
    }

    @Test
    void without_settings_every_record_holds_its_default() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(BackupSettings.class).keep()).isEqualTo(7);
            assertThat(context.getBean(SignInSettings.class).pair().lockAfter()).isEqualTo(10);
            assertThat(context.getBean(PublicationSettings.class).timeZone()).isEqualTo("UTC");
            assertThat(context.getBean(PublicSettings.class).publicUrl()).isEqualTo("http://localhost:8080");
        });
    }
}
