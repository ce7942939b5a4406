package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A section is overdue when it is still with its writer after the day of its deadline, that day
 * counted in the publication's zone (the test desk's is Europe/Prague, an hour ahead of UTC in
 * winter); the desk and the board ask the section, so they say the same.
 */
class OverdueTest extends ServiceTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @Autowired
    SectionPlanning planning;

    @Test
    void a_section_with_its_writer_is_overdue_once_its_deadline_day_has_passed_in_the_publications_zone() {
        long section = sectionWithDeadline();

        assertThat(Turn.isOverdueAt(desk.section(section), Instant.parse("2026-11-30T22:59:00Z"))).as("23:59 in Prague").isFalse();
        assertThat(Turn.isOverdueAt(desk.section(section), Instant.parse("2026-11-30T23:01:00Z"))).as("00:01 in Prague, 23:01 in UTC").isTrue();
    }

    @Test
    void a_section_no_longer_with_its_writer_is_never_overdue() {
        long section = sectionWithDeadline();
        desk.bringTo(section, "wendy", SectionState.IN_REVIEW);

        assertThat(Turn.isOverdueAt(desk.section(section), Instant.parse("2026-12-10T12:00:00Z"))).isFalse();
    }

    private long sectionWithDeadline() {
        long section = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(section, "wendy");
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> planning.setDeadline(section, DEADLINE));
        return section;
    }
}
