package org.masthead.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The cadence's arithmetic, on the publication's wall clock: Thursday 09:00 in Prague. */
class CadenceTest {

    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** Thursday 09:00; writers two days before at 17:00; editing one day before at 12:00; made six days before. */
    private static final Cadence THURSDAYS = new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0),
            1, LocalTime.of(12, 0), 6);
    /** Summer time starts on Sunday 29 March 2026 in Prague. */
    private static final LocalDate THURSDAY_AFTER_THE_CHANGE = LocalDate.of(2026, 4, 2);

    @Test
    void the_release_and_its_deadlines_keep_their_wall_clock_times_across_the_change_to_summer_time() {
        assertThat(THURSDAYS.releaseOn(THURSDAY_AFTER_THE_CHANGE, PRAGUE).toInstant())
                .isEqualTo(Instant.parse("2026-04-02T07:00:00Z"));   // 09:00 summer time
        assertThat(THURSDAYS.writersDeadline(THURSDAY_AFTER_THE_CHANGE, PRAGUE).toInstant())
                .isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));   // Tuesday 17:00 summer time
        assertThat(THURSDAYS.editingDeadline(THURSDAY_AFTER_THE_CHANGE, PRAGUE).toInstant())
                .isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));   // Wednesday 12:00
        // Made six days before, on the Friday still in winter time: 09:00 there is 08:00 UTC.
        assertThat(THURSDAYS.madeAt(THURSDAY_AFTER_THE_CHANGE, PRAGUE).toInstant())
                .isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
    }

    @Test
    void the_same_cadence_in_winter_is_an_hour_later_in_utc() {
        LocalDate winterThursday = LocalDate.of(2026, 12, 3);
        assertThat(THURSDAYS.releaseOn(winterThursday, PRAGUE).toInstant()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(THURSDAYS.writersDeadline(winterThursday, PRAGUE).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void the_next_release_is_todays_until_its_hour_then_next_weeks() {
        Instant thursdayEarly = Instant.parse("2026-12-03T07:59:00Z");   // 08:59 in Prague
        Instant thursdayOnTheHour = Instant.parse("2026-12-03T08:00:00Z");
        assertThat(THURSDAYS.firstReleaseAfter(thursdayEarly, PRAGUE)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(THURSDAYS.firstReleaseAfter(thursdayOnTheHour, PRAGUE)).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void a_weeks_issue_is_due_from_its_making_time_until_its_release() {
        Instant madeAt = Instant.parse("2026-03-27T08:00:00Z");
        assertThat(THURSDAYS.dueAt(madeAt.minusSeconds(60), PRAGUE)).isEmpty();
        assertThat(THURSDAYS.dueAt(madeAt, PRAGUE)).containsExactly(THURSDAY_AFTER_THE_CHANGE);
        assertThat(THURSDAYS.dueAt(Instant.parse("2026-04-02T06:59:00Z"), PRAGUE)).containsExactly(THURSDAY_AFTER_THE_CHANGE);
        assertThat(THURSDAYS.dueAt(Instant.parse("2026-04-02T07:00:00Z"), PRAGUE)).isEmpty();
    }

    @Test
    void made_two_weeks_ahead_two_weeks_can_be_due_at_once_in_date_order() {
        Cadence early = new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 14);
        assertThat(early.dueAt(Instant.parse("2026-12-03T09:00:00Z"), PRAGUE))
                .containsExactly(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17));
    }

    @Test
    void a_week_must_run_made_then_writers_then_editing_then_release() {
        assertThat(THURSDAYS.refusal()).isEmpty();
        assertThat(new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 1, LocalTime.of(17, 0), 2, LocalTime.of(12, 0), 6)
                .refusal()).get().extracting(Cadence.Refused::field).isEqualTo(Cadence.FIELD_WRITERS);
        assertThat(new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 0, LocalTime.of(10, 0), 6)
                .refusal()).get().extracting(Cadence.Refused::field).isEqualTo(Cadence.FIELD_EDITING);
        assertThat(new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 1)
                .refusal()).get().extracting(Cadence.Refused::field).isEqualTo(Cadence.FIELD_CREATE);
        assertThat(new Cadence(null, LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 6)
                .refusal()).get().extracting(Cadence.Refused::field).isEqualTo(Cadence.FIELD_WEEKDAY);
        assertThat(new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 40)
                .refusal()).get().extracting(Cadence.Refused::sentence).asString().contains("0 to 28");
    }
}
