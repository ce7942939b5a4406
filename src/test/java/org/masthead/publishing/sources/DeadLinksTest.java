package org.masthead.publishing.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeadLinksTest {

    static final Instant CAPTURED = Instant.parse("2026-12-03T08:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    static SourceFixtures sources;
    static SourceFetcher fetcher;

    @BeforeAll
    static void start() {
        sources = new SourceFixtures();
        fetcher = new SourceFetcher(SourceFetcherTest.FIXTURES, () -> "The Test Watch", Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        sources.close();
        fetcher.close();
    }

    @Test
    void a_link_failing_three_weekly_checks_in_a_row_is_offline_since_the_first_of_them() {
        SourceCapture capture = captured();
        Instant first = CAPTURED.plus(WEEK);

        capture.checked(first, false);
        capture.checked(first.plus(WEEK), false);
        assertThat(capture.isOffline()).isFalse();
        capture.checked(first.plus(WEEK).plus(WEEK), false);

        assertThat(capture.isOffline()).isTrue();
        assertThat(capture.getOfflineSince()).isEqualTo(first);
    }

    @Test
    void an_answer_between_failures_starts_the_count_again() {
        SourceCapture capture = captured();

        capture.checked(CAPTURED.plus(WEEK), false);
        capture.checked(CAPTURED.plus(WEEK.multipliedBy(2)), false);
        capture.checked(CAPTURED.plus(WEEK.multipliedBy(3)), true);
        capture.checked(CAPTURED.plus(WEEK.multipliedBy(4)), false);

        assertThat(capture.isOffline()).isFalse();
        assertThat(capture.getFailuresInARow()).isOne();
    }

    @Test
    void a_link_that_comes_back_is_no_longer_offline() {
        SourceCapture capture = captured();
        for (int week = 1; week <= 3; week++) {
            capture.checked(CAPTURED.plus(WEEK.multipliedBy(week)), false);
        }

        capture.checked(CAPTURED.plus(WEEK.multipliedBy(4)), true);

        assertThat(capture.isOffline()).isFalse();
    }

    @Test
    void a_404_is_a_failure_of_the_check_and_the_same_page_back_again_is_alive() {
        assertThat(SourceCaptures.isDead(fetcher.fetch(sources.url("/comes-back")))).isTrue();

        sources.bringBackTheMissingPage();

        assertThat(SourceCaptures.isDead(fetcher.fetch(sources.url("/comes-back")))).isFalse();
    }

    @Test
    void a_host_that_is_gone_and_a_server_that_never_finishes_are_failures_and_a_refused_address_is_not_counted() {
        assertThat(SourceCaptures.isDead(fetcher.fetch("http://gone.invalid/page"))).isTrue();
        assertThat(SourceCaptures.isDead(fetcher.fetch(sources.url("/trickle"), Duration.ofSeconds(1)))).isTrue();
        assertThat(SourceCaptures.isDead(fetcher.fetch(sources.url("/to-metadata")))).isFalse();
    }

    private static SourceCapture captured() {
        SourceCapture capture = new SourceCapture(1L, 1, 1, "https://gone.example/page", CAPTURED);
        capture.captured(CAPTURED, 200, "https://gone.example/page", "text/html", "00", 10);
        return capture;
    }
}
