package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    @Test
    void a_moment_reads_as_weekday_day_month_year_and_a_24_hour_time_in_the_publications_zone() {
        // The inbox, the desk and the notes all showed this event, as "07:35", "08:35" and "07:35:57 UTC".
        assertThat(Formats.moment(Instant.parse("2026-11-30T07:35:57Z"), PRAGUE)).isEqualTo("Mon 30 Nov 2026, 08:35");
    }

    @Test
    void in_summer_the_same_wall_clock_is_an_hour_nearer_to_utc() {
        assertThat(Formats.moment(Instant.parse("2026-07-01T07:35:00Z"), PRAGUE)).isEqualTo("Wed 1 Jul 2026, 09:35");
    }

    @Test
    void a_day_reads_as_the_day_part_of_a_moment() {
        assertThat(Formats.day(LocalDate.of(2026, 12, 3))).isEqualTo("Thu 3 Dec 2026");
        assertThat(Formats.moment(Instant.parse("2026-12-03T08:00:00Z"), PRAGUE)).startsWith(Formats.day(LocalDate.of(2026, 12, 3)));
    }
}
