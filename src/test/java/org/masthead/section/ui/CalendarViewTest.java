package org.masthead.section.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Calendar: set the rhythm, see next week's issue without creating it, skip a week, open an issue. */
class CalendarViewTest extends KaribuTest {

    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    @Autowired
    CadenceService cadence;
    @Autowired
    JdbcTemplate jdbc;

    /** The day after tomorrow: its release is always ahead and, made six days before, always due. */
    private static DayOfWeek dayAfterTomorrow() {
        return LocalDate.now(PRAGUE).plusDays(2).getDayOfWeek();
    }

    private void rhythmOn(DayOfWeek weekday) {
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> cadence.setCadence(new Cadence(weekday, LocalTime.of(9, 0), 2,
                LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 6)));
    }

    /** What the cadence job does each hour, done now. */
    private void theDeskMakesDueIssues() {
        Desk.as("system", Desk.roles(Role.EDITOR), () -> cadence.dueWeeks().stream().map(cadence::makeIssueFor).toList());
    }

    private static List<String> weekTexts() {
        return _find(WeekLine.class).stream().map(KaribuTest::textOf).toList();
    }

    @Test
    void an_editor_sets_the_rhythm_and_the_coming_issue_appears_on_the_calendar_without_anyone_creating_it() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(CalendarView.class);
        assertThat(_get(Details.class, spec -> spec.withId("calendar-settings")).isOpened()).isTrue();

        _setValue(_get(Select.class, spec -> spec.withId("cadence-weekday")), dayAfterTomorrow());
        _click(_get(Button.class, spec -> spec.withId("save-cadence")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("The rhythm is saved."));

        theDeskMakesDueIssues();
        UI.getCurrent().navigate(CalendarView.class);

        assertThat(weekTexts()).anySatisfy(text -> assertThat(text).contains("No. 1", "Planning", "0 / 3 approved"));
        assertThat(textOf(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("calendar-rhythm"))))
                .contains("made 6 days before", "Europe/Prague");
    }

    @Test
    void a_week_in_the_wrong_order_is_refused_on_its_field_and_nothing_is_saved() {
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(CalendarView.class);
        IntegerField writersDays = _get(IntegerField.class, spec -> spec.withId("cadence-writers-days"));
        IntegerField createDays = _get(IntegerField.class, spec -> spec.withId("cadence-create-days"));

        _setValue(createDays, 40);
        _click(_get(Button.class, spec -> spec.withId("save-cadence")));
        assertThat(createDays.isInvalid()).isTrue();
        assertThat(createDays.getErrorMessage()).isEqualTo("Days from 1 to 28.");

        _setValue(createDays, 6);
        _setValue(writersDays, 0);   // on the release day at 17:00: after the editing deadline
        _click(_get(Button.class, spec -> spec.withId("save-cadence")));

        assertThat(writersDays.isInvalid()).isTrue();
        assertThat(writersDays.getErrorMessage()).isEqualTo("The writers' deadline must come before the editing deadline.");
        assertThat(jdbc.queryForObject("select cadence_weekday from publications", String.class)).isNull();
    }

    @Test
    void an_editor_skips_a_week_with_a_reason_and_it_shows_as_skipped_by_her() {
        rhythmOn(DayOfWeek.THURSDAY);
        LocalDate thursday = LocalDate.now(PRAGUE).plusWeeks(3).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(CalendarView.class);

        _click(_get(Button.class, spec -> spec.withId("skip-" + thursday)));
        _setValue(_get(TextField.class, spec -> spec.withId("skip-reason")), "Christmas");
        _click(_get(Button.class, spec -> spec.withId("week-dialog-confirm")));

        assertThat(weekTexts()).anySatisfy(text -> assertThat(text).contains("Skipped", "by erin: Christmas"));
        assertThat(_find(Button.class, spec -> spec.withId("unskip-" + thursday))).hasSize(1);
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("is skipped"));
    }

    @Test
    void an_editor_moves_the_issue_a_day_later_and_it_keeps_its_number_and_says_where_it_came_from() {
        rhythmOn(dayAfterTomorrow());
        theDeskMakesDueIssues();
        LocalDate regular = LocalDate.now(PRAGUE).plusDays(2);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(CalendarView.class);

        _click(_get(Button.class, spec -> spec.withId("move-" + regular)));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("move-to")), regular.plusDays(1).atTime(10, 0));
        _click(_get(Button.class, spec -> spec.withId("week-dialog-confirm")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Issue 1 now comes out on"));
        assertThat(weekTexts()).anySatisfy(text -> assertThat(text).contains("No. 1", "moved from"));
        assertThat(jdbc.queryForList("select number from issues", Integer.class)).containsExactly(1);
    }

    @Test
    void a_move_into_the_past_is_refused_on_the_date_field() {
        rhythmOn(dayAfterTomorrow());
        theDeskMakesDueIssues();
        LocalDate regular = LocalDate.now(PRAGUE).plusDays(2);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(CalendarView.class);

        _click(_get(Button.class, spec -> spec.withId("move-" + regular)));
        DateTimePicker to = _get(DateTimePicker.class, spec -> spec.withId("move-to"));
        to.setMin(null);   // the picker's own limit aside, the service says it in a sentence
        _setValue(to, LocalDate.now(PRAGUE).minusDays(3).atTime(9, 0));
        _click(_get(Button.class, spec -> spec.withId("week-dialog-confirm")));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Pick a moment that is still ahead.");
    }

    @Test
    void a_writer_sees_the_weeks_but_no_settings_and_no_buttons_and_a_click_on_an_issue_opens_its_board() {
        rhythmOn(dayAfterTomorrow());
        theDeskMakesDueIssues();
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(CalendarView.class);

        assertThat(_find(Details.class, spec -> spec.withId("calendar-settings"))).isEmpty();
        assertThat(_find(WeekLine.class).stream().flatMap(line -> _find(line, Button.class).stream())).isEmpty();
        assertThat(weekTexts()).anySatisfy(text -> assertThat(text).contains("The desk makes its issue on"));

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("No. 1")));

        assertThat(currentView()).isInstanceOf(IssueBoardView.class);
    }
}
