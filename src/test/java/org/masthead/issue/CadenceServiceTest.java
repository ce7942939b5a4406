package org.masthead.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.base.WorkflowException;
import org.masthead.section.Section;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionService;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The next issue makes itself, once, numbered without gaps; skipped weeks and moved issues keep it so. */
@Import(CadenceServiceTest.StoppedClock.class)
@TestPropertySource(properties = "masthead.test.database=cadence")
class CadenceServiceTest extends ServiceTest {

    /** Friday 4 December 2026, 10:00 in Prague: Thursday 10 December's issue is due (made six days before, at 09:00). */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-12-04T09:00:00Z");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);
    private static final Cadence THURSDAYS = new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0),
            1, LocalTime.of(12, 0), 6);

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(FRIDAY_MORNING);
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    CadenceService cadence;
    @Autowired
    CadenceTask task;
    @Autowired
    IssueService issues;
    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    SectionPlanning planning;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void itIsFridayMorningAndTheCadenceIsThursdays() {
        clock.set(FRIDAY_MORNING);
        asEditor(() -> cadence.setCadence(THURSDAYS));
    }

    private static <T> T asEditor(java.util.function.Supplier<T> step) {
        return Desk.as("erin", Desk.roles(Role.EDITOR), step);
    }

    private List<Integer> numbers() {
        return jdbc.queryForList("select number from issues order by number", Integer.class);
    }

    private void nextWeek() {
        clock.advance(Duration.ofDays(7));
    }

    @Test
    void the_next_issue_makes_itself_numbered_titled_with_default_writers_and_the_cadences_deadline_and_they_are_told() {
        long first = desk.newIssue();   // issue 1, planned for Friday 4 December by hand
        long slot = jdbc.queryForObject("select id from template_slots where position = 0", Long.class);
        asEditor(() -> cadence.setSlotDefaults(slot, desk.userId("wendy"), false));

        assertThat(task.run()).containsExactly(2);

        Issue made = asEditor(() -> issues.all().get(0));
        assertThat(made.getTitle()).isEqualTo("No. 2");
        assertThat(made.getPlannedRelease()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
        List<Section> laidOut = asEditor(() -> sections.sectionsOf(made.getId()));
        assertThat(laidOut).extracting(Section::getHeading).containsExactlyElementsOf(Desk.HEADINGS);
        assertThat(laidOut).extracting(Section::getDeadline).containsOnly(LocalDate.of(2026, 12, 8));
        assertThat(laidOut.get(0).getWriterName()).isEqualTo("Wendy Writer");
        assertThat(laidOut.get(1).getWriter()).isNull();
        assertThat(jdbc.queryForList("select text from inbox_messages where recipient = 'wendy'", String.class))
                .singleElement().asString().startsWith("The desk assigned you").contains("Topics of the Week");
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'ISSUE_CREATED_BY_CADENCE' "
                + "and issue_id = ? and actor = 'system'", Long.class, made.getId())).isOne();
        assertThat(first).isNotEqualTo(made.getId());
    }

    @Test
    void a_second_run_and_a_run_before_the_time_make_nothing() {
        clock.set(Instant.parse("2026-12-04T07:59:00Z"));   // 08:59 in Prague: a minute before it is made
        assertThat(task.run()).isEmpty();

        clock.set(FRIDAY_MORNING);
        assertThat(task.run()).containsExactly(1);
        assertThat(task.run()).isEmpty();
        assertThat(numbers()).containsExactly(1);
    }

    @Test
    void two_nodes_running_the_scheduler_at_once_make_the_next_issue_exactly_once() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<List<Integer>> node = () -> {
            together.await();
            return task.run();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Integer> made = new ArrayList<>();
        try {
            for (Future<List<Integer>> run : nodes.invokeAll(List.of(node, node))) {
                made.addAll(run.get());
            }
        } finally {
            nodes.shutdown();
            nodes.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertThat(made).containsExactly(1);
        assertThat(numbers()).containsExactly(1);
        assertThat(jdbc.queryForObject("select count(*) from cadence_weeks", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from sections", Long.class)).isEqualTo(Desk.HEADINGS.size());
    }

    @Test
    void a_skipped_week_takes_no_number_and_a_moved_issue_keeps_its_own() {
        asEditor(() -> cadence.skip(THURSDAY.plusWeeks(1), "Christmas"));
        assertThat(task.run()).containsExactly(1);   // 10 December

        nextWeek();   // 17 December is skipped
        assertThat(task.run()).isEmpty();

        nextWeek();   // 24 December
        assertThat(task.run()).containsExactly(2);
        long second = asEditor(() -> issues.all().get(0).getId());
        asEditor(() -> cadence.move(second, LocalDateTime.of(2026, 12, 22, 9, 0)));

        nextWeek();   // 31 December
        assertThat(task.run()).containsExactly(3);
        assertThat(numbers()).containsExactly(1, 2, 3);
        assertThat(asEditor(() -> issues.require(second)).getNumber()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from cadence_weeks where skipped and reason = 'Christmas'", Long.class)).isOne();
        assertThat(jdbc.queryForList("select action from audit_events where action in ('WEEK_SKIPPED', 'ISSUE_MOVED') "
                + "order by id", String.class)).containsExactly("WEEK_SKIPPED", "ISSUE_MOVED");
    }

    @Test
    void an_issue_moved_into_the_next_week_takes_that_day_and_no_second_issue_is_made_for_it() {
        assertThat(task.run()).containsExactly(1);
        long first = asEditor(() -> issues.all().get(0).getId());
        asEditor(() -> cadence.move(first, LocalDateTime.of(THURSDAY.plusWeeks(1), LocalTime.of(9, 0))));

        nextWeek();
        assertThat(task.run()).isEmpty();
        assertThat(numbers()).containsExactly(1);
    }

    @Test
    void changing_the_weekday_makes_no_second_issue_for_a_week_that_has_one() {
        assertThat(task.run()).containsExactly(1);   // Thursday 10 December
        asEditor(() -> cadence.setCadence(new Cadence(DayOfWeek.FRIDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0),
                1, LocalTime.of(12, 0), 6)));

        clock.advance(Duration.ofDays(1));   // Saturday: Friday 11 December is due, a day after issue 1
        assertThat(task.run()).isEmpty();

        nextWeek();   // Friday 18 December
        assertThat(task.run()).containsExactly(2);
        assertThat(numbers()).containsExactly(1, 2);
    }

    @Test
    void taking_back_a_skip_of_a_due_week_makes_its_issue_at_once_with_the_next_number() {
        asEditor(() -> cadence.skip(THURSDAY, "Holiday"));
        assertThat(task.run()).isEmpty();

        Issue made = asEditor(() -> cadence.unskip(THURSDAY)).orElseThrow();

        assertThat(made.getNumber()).isEqualTo(1);
        assertThat(numbers()).containsExactly(1);
    }

    @Test
    void a_week_with_its_issue_or_in_the_past_cannot_be_skipped_and_says_why() {
        task.run();
        assertThatThrownBy(() -> asEditor(() -> cadence.skip(THURSDAY, "")))
                .isInstanceOf(WorkflowException.class).hasMessage("Issue 1 is already made for this week: move it to another date instead.");
        assertThatThrownBy(() -> asEditor(() -> cadence.skip(LocalDate.of(2026, 12, 3), "")))
                .isInstanceOf(WorkflowException.class).hasMessage("This week's release has passed.");
        assertThatThrownBy(() -> asEditor(() -> cadence.skip(LocalDate.of(2026, 12, 11), "")))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("regular release day");
        assertThat(jdbc.queryForObject("select count(*) from cadence_weeks where skipped", Long.class)).isZero();
    }

    @Test
    void a_carried_over_slot_starts_from_the_last_approved_text_not_from_a_later_unapproved_draft() {
        long slot = jdbc.queryForObject("select id from template_slots where position = 2", Long.class);
        asEditor(() -> cadence.setSlotDefaults(slot, null, true));
        long olderIssue = desk.newIssue();
        long approved = desk.sectionIds(olderIssue).get(2);
        desk.draft(approved, "wendy", "About the programme, as approved.");
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(approved));
        asEditor(() -> workflow.approve(approved));
        long newerIssue = desk.newIssue();
        desk.draft(desk.sectionIds(newerIssue).get(2), "walter", "A draft nobody approved.");

        task.run();

        long made = asEditor(() -> issues.all().get(0).getId());
        List<Section> laidOut = asEditor(() -> sections.sectionsOf(made));
        assertThat(laidOut.get(2).getBody()).isEqualTo("About the programme, as approved.");
        assertThat(laidOut.get(2).getState()).isEqualTo(SectionState.DRAFT);
        assertThat(laidOut.get(0).getBody()).isEmpty();
    }

    @Test
    void moving_an_issue_moves_the_deadlines_the_cadence_gave_and_tells_the_writer_but_keeps_one_set_by_hand() {
        long slot = jdbc.queryForObject("select id from template_slots where position = 0", Long.class);
        asEditor(() -> cadence.setSlotDefaults(slot, desk.userId("wendy"), false));
        task.run();
        long made = asEditor(() -> issues.all().get(0).getId());
        List<Long> ids = desk.sectionIds(made);
        asEditor(() -> planning.setDeadline(ids.get(1), LocalDate.of(2026, 12, 7)));

        asEditor(() -> cadence.move(made, LocalDateTime.of(2026, 12, 11, 9, 0)));

        assertThat(desk.section(ids.get(0)).getDeadline()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(desk.section(ids.get(1)).getDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(jdbc.queryForList("select text from inbox_messages where recipient = 'wendy' order by id", String.class))
                .last().asString().contains("Wed 9 Dec 2026");
    }

    @Test
    void a_bad_cadence_is_refused_on_its_field_and_changes_nothing() {
        Cadence backwards = new Cadence(DayOfWeek.MONDAY, LocalTime.of(9, 0), 1, LocalTime.of(17, 0), 2, LocalTime.of(12, 0), 6);

        assertThatThrownBy(() -> asEditor(() -> cadence.setCadence(backwards)))
                .isInstanceOf(WorkflowException.class)
                .satisfies(e -> assertThat(((WorkflowException) e).fieldKey()).contains(Cadence.FIELD_WRITERS));
        assertThat(jdbc.queryForObject("select cadence_weekday from publications", String.class)).isEqualTo("THURSDAY");
    }

    @Test
    void a_writer_sees_the_weeks_but_may_not_skip_or_move_them() {
        task.run();
        List<CalendarWeek> weeks = Desk.as("wendy", Desk.roles(Role.WRITER), () -> cadence.calendar(2, 4));

        assertThat(weeks).isNotEmpty().allSatisfy(week -> {
            assertThat(week.may(WeekAction.SKIP)).isFalse();
            assertThat(week.whyNot(WeekAction.MOVE)).contains(WeekRules.ONLY_PLANNERS);
        });
        assertThat(weeks).filteredOn(CalendarWeek::hasIssue).singleElement()
                .satisfies(week -> assertThat(week.day()).isEqualTo(THURSDAY));
        assertThatThrownBy(() -> Desk.as("wendy", Desk.roles(Role.WRITER), () -> cadence.skip(THURSDAY.plusWeeks(1), "")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_calendar_shows_past_and_coming_weeks_with_skipped_ones_and_when_the_next_is_made() {
        asEditor(() -> cadence.skip(THURSDAY.plusWeeks(1), "Christmas"));
        task.run();

        List<CalendarWeek> weeks = asEditor(() -> cadence.calendar(2, 3));

        assertThat(weeks).extracting(CalendarWeek::day).containsExactly(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 3),
                THURSDAY, THURSDAY.plusWeeks(1), THURSDAY.plusWeeks(2));
        assertThat(weeks.get(2).issue().getNumber()).isEqualTo(1);
        assertThat(weeks.get(3).isSkipped()).isTrue();
        assertThat(weeks.get(3).skip().getReason()).isEqualTo("Christmas");
        assertThat(weeks.get(3).may(WeekAction.UNSKIP)).isTrue();
        assertThat(weeks.get(4).madeAt()).isEqualTo(Instant.parse("2026-12-18T08:00:00Z"));
        assertThat(weeks.get(4).may(WeekAction.SKIP)).isTrue();
        assertThat(weeks.get(0).madeAt()).isNull();
    }
}
