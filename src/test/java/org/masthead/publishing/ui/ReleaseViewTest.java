package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.Jsoup;
import java.util.List;
import org.masthead.Desk;
import org.masthead.review.ui.DeskView;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.publishing.ReleaseService;
import org.masthead.publishing.Schedules;
import org.masthead.base.ui.Formats;
import org.masthead.section.SectionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.masthead.section.SectionState;
import org.masthead.security.Role;

class ReleaseViewTest extends KaribuTest {

    @Autowired
    Schedules schedules;
    @Autowired
    ReleaseService releases;
    @Autowired
    SectionWorkflow workflow;

    @Test
    void the_release_button_stays_disabled_until_every_section_is_approved() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", SectionState.IN_REVIEW);
        ids.subList(1, ids.size()).forEach(id -> desk.bringTo(id, "walter", SectionState.APPROVED));
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(release().isVisible()).isTrue();
        assertThat(release().isEnabled()).isFalse();
        assertThat(textOf(checks())).contains("Not ready yet").contains("\"Topics of the Week\" is in review (Wendy Writer).");
        assertThatThrownBy(() -> _click(release())).isInstanceOf(IllegalStateException.class);
        assertThat(desk.section(ids.get(0)).getIssue().isReleased()).isFalse();
    }

    @Test
    void a_publisher_releases_a_ready_issue_and_is_given_its_permalink() {
        long issueId = desk.readyIssue();
        int number = desk.section(desk.sectionIds(issueId).get(0)).getIssue().getNumber();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(release().isEnabled()).isTrue();

        _click(release());
        confirm();

        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isReleased()).isTrue();
        assertThat(notificationTexts()).contains("Released. Readers find it at /archive/" + number + ".");
        Anchor permalink = _get(Anchor.class, spec -> spec.withId("permalink"));
        assertThat(permalink.isVisible()).isTrue();
        assertThat(permalink.getHref()).isEqualTo("/archive/" + number);
        assertThat(release().isVisible()).isFalse();
        assertThat(textOf(checks())).contains("Released.");
    }

    @Test
    void release_now_asks_first_in_words_naming_the_issue_and_what_cannot_be_undone() {
        long issueId = desk.readyIssue();
        int number = desk.section(desk.sectionIds(issueId).get(0)).getIssue().getNumber();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        _click(release());

        assertThat(confirmationText()).startsWith("Release issue " + number + " now?")
                .contains("Issue " + number + ", \"A test issue\", goes out now, dated " + previewDate())
                .contains("frozen", "the public archive and the feed show it", "only by a correction");
        assertThat(confirmLabel()).isEqualTo("Release issue " + number + " now");
        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isReleased()).isFalse();
    }

    @Test
    void releasing_a_scheduled_issue_now_says_it_replaces_the_schedule_and_cancel_keeps_the_schedule() {
        long issueId = desk.readyIssue();
        LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, nextWeek));
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        _click(release());
        assertThat(confirmationText()).contains("This replaces the release scheduled for ",
                "and the edition carries today's date instead.");
        cancel();

        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isScheduled()).isTrue();
        assertThat(desk.jdbc().queryForObject("select count(*) from scheduled_tasks", Long.class)).isOne();
    }

    @Test
    void cancelling_the_release_changes_nothing() {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        _click(release());
        cancel();

        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isReleased()).isFalse();
        assertThat(desk.jdbc().queryForObject("select count(*) from editions", Long.class)).isZero();
        assertThat(desk.jdbc().queryForObject("select count(*) from audit_events where action = 'ISSUE_RELEASED'",
                Long.class)).isZero();
        assertThat(release().isVisible()).isTrue();
    }

    @Test
    void the_release_screen_says_which_date_the_edition_will_carry_and_previews_it_with_that_date() {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(anyById(Paragraph.class, "edition-date").getText())
                .startsWith("Released now, the edition carries today's date, " + previewDate() + ",");

        LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("release-at")), nextWeek);
        _click(anyById(Button.class, "schedule"));

        String scheduledDay = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(nextWeek);
        assertThat(previewDate()).isEqualTo(scheduledDay);
        assertThat(anyById(Paragraph.class, "edition-date").getText())
                .isEqualTo("The edition will carry the date " + scheduledDay
                        + ", the day it is scheduled to go out, as the preview below shows it.");
    }

    @Test
    void an_editor_sees_the_release_screen_without_a_release_button() {
        long issueId = desk.readyIssue();
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(currentView()).isInstanceOf(ReleaseView.class);
        assertThat(release().isVisible()).isFalse();
        assertThat(htmlIn(_get(Div.class, spec -> spec.withId("release-preview")))).contains("<h2>Topics of the Week</h2>");
    }

    @Test
    void an_editor_is_offered_no_release_schedule_or_correction_and_reads_who_releases() {
        long issueId = desk.readyIssue();
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(release().isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("schedule"))).as("a visible Schedule button").isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("to-correction"))).as("a visible correction link").isEmpty();
        assertThat(anyById(Paragraph.class, "release-why-not").isVisible()).isTrue();
        assertThat(anyById(Paragraph.class, "release-why-not").getText()).isEqualTo("Only a publisher can release an issue.");
    }

    @Test
    void a_publisher_on_an_issue_not_ready_sees_the_release_button_disabled_and_reads_why_beside_it() {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.bringTo(ids.get(0), "wendy", SectionState.IN_REVIEW);
        ids.subList(1, ids.size()).forEach(id -> desk.bringTo(id, "walter", SectionState.APPROVED));
        int number = desk.section(ids.get(0)).getIssue().getNumber();
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(release().isVisible()).isTrue();
        assertThat(release().isEnabled()).isFalse();
        assertThat(anyById(Button.class, "schedule").isEnabled()).isFalse();
        assertThat(anyById(Paragraph.class, "release-why-not").isVisible()).isTrue();
        assertThat(anyById(Paragraph.class, "release-why-not").getText())
                .isEqualTo("Issue " + number + " is not ready to release: 2 / 3 approved. "
                        + "\"Topics of the Week\" is in review (Wendy Writer).");
    }

    @Test
    void a_late_issue_offers_the_next_quarter_hour_to_release_at_instead_of_its_passed_planned_time() {
        long issueId = desk.readyIssue();   // planned for 2026-12-04 09:00, which has passed
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withId("release-at"));

        assertThat(at.getValue()).isAfterOrEqualTo(at.getMin());
        assertThat(at.getValue().getMinute() % 15).isZero();
        assertThat(at.isInvalid()).isFalse();
        assertThat(anyById(Button.class, "schedule").isEnabled()).isTrue();
    }

    @Test
    void a_schedule_without_a_time_is_marked_on_the_time_field_and_the_button_waits_for_one() {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withId("release-at"));

        _setValue(at, null);

        assertThat(at.isInvalid()).isTrue();
        assertThat(at.getErrorMessage()).isEqualTo("Pick the date and time of the release.");
        assertThat(anyById(Button.class, "schedule").isEnabled()).isFalse();
        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isScheduled()).isFalse();
        assertThat(notificationTexts()).isEmpty();
    }

    @Test
    void a_publisher_schedules_an_issue_on_the_release_screen_and_can_take_it_back() {
        long issueId = desk.readyIssue();
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("release-at")), nextWeek);
        _click(anyById(Button.class, "schedule"));

        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isScheduled()).isTrue();
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Scheduled. It goes out on "));
        assertThat(anyById(Paragraph.class, "scheduled-for").getText())
                .isEqualTo("Scheduled for " + Formats.moment(nextWeek.atZone(ZoneId.of("Europe/Prague")).toInstant(),
                        ZoneId.of("Europe/Prague")) + " (Europe/Prague).");
        assertThat(anyById(Button.class, "schedule").isVisible()).isFalse();

        _click(anyById(Button.class, "unschedule"));

        assertThat(desk.section(desk.sectionIds(issueId).get(0)).getIssue().isScheduled()).isFalse();
        assertThat(anyById(Button.class, "schedule").isVisible()).isTrue();
    }

    @Test
    void when_a_reopened_section_cancels_the_schedule_the_publisher_reads_why_on_the_release_screen_and_the_desk() {
        long issueId = desk.readyIssue();
        LocalDateTime nextWeek = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7);
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, nextWeek));
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.reopen(desk.sectionIds(issueId).get(0), "Outdated."));
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(anyById(Paragraph.class, "schedule-notice").isVisible()).isTrue();
        assertThat(anyById(Paragraph.class, "schedule-notice").getText())
                .contains("Schedule cancelled", "\"Topics of the Week\" was reopened by erin (Outdated.)");

        UI.getCurrent().navigate(DeskView.class);
        assertThat(textOf(_get(Div.class, spec -> spec.withId("schedule-notices"))))
                .contains("will not go out as scheduled", "was reopened by erin");
    }

    @Test
    void a_released_issue_lists_its_editions_and_offers_the_publisher_a_correction() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(textOf(_get(UnorderedList.class, spec -> spec.withId("editions")))).startsWith("Edition 1 of ");
        assertThat(anyById(Anchor.class, "to-correction").isVisible()).isTrue();
        assertThat(anyById(IFrame.class, "email-preview").getSrcdoc().orElse("")).contains("Read it on the web");
    }

    @Test
    void the_release_screen_opens_for_an_issue_holding_a_draft_of_ten_thousand_quote_markers_and_names_that_section() {
        long issueId = desk.newIssue();
        long topics = desk.sectionIds(issueId).get(0);
        desk.draft(topics, "wendy", ">".repeat(10_000));
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(textOf(checks())).contains("Not ready yet").contains("\"Topics of the Week\" is draft (Wendy Writer).");
        assertThat(release().isEnabled()).isFalse();
        assertThat(Jsoup.parse(htmlIn(_get(Div.class, spec -> spec.withId("release-preview")))).select("section h2").eachText())
                .contains("Topics of the Week");
    }


    private static Button release() {
        return anyById(Button.class, "release");
    }

    /** The date the previewed edition carries, from its own meta line ("Issue 3 · 30 November 2026"). */
    private static String previewDate() {
        String meta = Jsoup.parse(htmlIn(_get(Div.class, spec -> spec.withId("release-preview")))).selectFirst("p.meta").text();
        return meta.substring(meta.indexOf(" · ") + 3);
    }

    private static Div checks() {
        return _get(Div.class, spec -> spec.withId("release-checks"));
    }
}
