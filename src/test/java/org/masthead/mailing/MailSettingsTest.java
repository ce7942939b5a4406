package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

/** A bad masthead.mail value stops the app at start, with a sentence that names the setting to fix. */
class MailSettingsTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(MailConfiguration.class);

    @Test
    void no_connections_stops_the_app_naming_masthead_mail_connections() {
        app.withPropertyValues("masthead.mail.connections=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(reason(context.getStartupFailure()))
                    .contains("masthead.mail.connections must be at least 1");
        });
    }

    @Test
    void a_negative_rate_stops_the_app_naming_masthead_mail_rate() {
        app.withPropertyValues("masthead.mail.rate=-1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(reason(context.getStartupFailure())).contains("masthead.mail.rate must be 0 (no limit) or more");
        });
    }

    @Test
    void a_rate_window_of_nothing_stops_the_app_naming_masthead_mail_rate_window() {
        app.withPropertyValues("masthead.mail.rate=10", "masthead.mail.rate-window=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(reason(context.getStartupFailure())).contains("masthead.mail.rate-window must be longer than 0");
        });
    }

    @Test
    void the_defaults_start() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MailSettings.class).connections()).isEqualTo(2);
            assertThat(context.getBean(MailSettings.class).embedded()).isFalse();
        });
    }

    /** What the start-up report prints as the reason: the innermost message. */
    private static String reason(Throwable failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }
}
