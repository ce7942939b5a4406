package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.publishing.ReleaseAction.CORRECT;
import static org.masthead.publishing.ReleaseAction.RELEASE_NOW;
import static org.masthead.publishing.ReleaseAction.SCHEDULE;
import static org.masthead.publishing.ReleaseAction.UNSCHEDULE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.issue.Issue;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * What each person may do to an issue's release in each situation, with the reasons when not;
 * and that the answer is honest: for every action, {@link ReleaseService#actionsFor} says yes
 * exactly when the service call succeeds.
 */
class ReleaseActionsTest extends ServiceTest {

    /** Where an issue is on its way out. */
    enum Situation { IN_PRODUCTION_NOT_READY, READY, SCHEDULED, RELEASED }

    /** Who asks. (An administrator without other roles does not read production at all.) */
    enum Person {
        WENDY_THE_WRITER("wendy", Role.WRITER),
        ERIN_THE_EDITOR("erin", Role.EDITOR),
        PAULA_THE_PUBLISHER("paula", Role.PUBLISHER);

        final String username;
        final Role[] roles;

        Person(String username, Role... roles) {
            this.username = username;
            this.roles = roles;
        }
    }

    @Autowired
    ReleaseService releases;
    @Autowired
    Schedules schedules;
    @Autowired
    Corrections corrections;
    @Autowired
    Clock clock;

    static Stream<Arguments> whatEachMayDo() {
        List<Arguments> all = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            all.add(may(situation, Person.WENDY_THE_WRITER));
            all.add(may(situation, Person.ERIN_THE_EDITOR));
        }
        all.add(may(Situation.IN_PRODUCTION_NOT_READY, Person.PAULA_THE_PUBLISHER));
        all.add(may(Situation.READY, Person.PAULA_THE_PUBLISHER, RELEASE_NOW, SCHEDULE));
        // Released by hand before its time, a scheduled issue replaces its schedule.
        all.add(may(Situation.SCHEDULED, Person.PAULA_THE_PUBLISHER, RELEASE_NOW, UNSCHEDULE));
        all.add(may(Situation.RELEASED, Person.PAULA_THE_PUBLISHER, CORRECT));
        return all.stream();
    }

    private static Arguments may(Situation situation, Person person, ReleaseAction... allowed) {
        Set<ReleaseAction> set = allowed.length == 0 ? EnumSet.noneOf(ReleaseAction.class) : EnumSet.copyOf(Arrays.asList(allowed));
        return Arguments.of(situation, person, set);
    }

    @ParameterizedTest(name = "{0}: {1} may {2}")
    @MethodSource("whatEachMayDo")
    void each_person_is_offered_exactly_what_the_desk_allows_them_now(Situation situation, Person person,
                                                                      Set<ReleaseAction> allowed) {
        long issueId = issueIn(situation);
        Desk.signIn(person.username, person.roles);

        ReleaseActions actions = releases.actionsFor(issueId);

        for (ReleaseAction action : ReleaseAction.values()) {
            assertThat(actions.may(action)).as(action + " " + actions.whyNot(action)).isEqualTo(allowed.contains(action));
            assertThat(actions.whyNot(action).map(String::isBlank)).as("a refusal is a sentence").isNotEqualTo(Optional.of(true));
        }
    }

    /** The one rule is honest: each verdict is what the service does when the person tries, on a fresh issue each time. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("whatEachMayDo")
    void each_verdict_is_what_the_service_does_when_the_person_tries(Situation situation, Person person) {
        List<String> lies = new ArrayList<>();
        for (ReleaseAction action : ReleaseAction.values()) {
            long issueId = issueIn(situation);
            Desk.signIn(person.username, person.roles);
            ReleaseActions actions = releases.actionsFor(issueId);
            String outcome = attempt(action, issueId);
            boolean succeeded = outcome == null;
            if (succeeded != actions.may(action)) {
                lies.add(action + ": offered " + actions.may(action) + " (" + actions.whyNot(action).orElse("") + ") but the service "
                        + (succeeded ? "did it" : "refused: " + outcome));
            }
            Desk.signIn("nobody");
        }
        assertThat(lies).isEmpty();
    }

    @Test
    void only_a_publisher_is_offered_anything_and_the_others_are_told_so() {
        long issueId = issueIn(Situation.READY);
        Desk.signIn("erin", Role.EDITOR);

        ReleaseActions actions = releases.actionsFor(issueId);

        assertThat(actions.whyNot(RELEASE_NOW)).contains("Only a publisher can release an issue.");
        assertThat(actions.whyNot(SCHEDULE)).contains("Only a publisher can schedule an issue.");
        assertThat(actions.whyNot(UNSCHEDULE)).contains("Only a publisher can unschedule an issue.");
        assertThat(actions.whyNot(CORRECT)).contains("Only a publisher can publish a correction.");
        assertThat(Arrays.stream(ReleaseAction.values()).filter(actions::offers)).isEmpty();
    }

    @Test
    void a_publisher_is_told_what_stands_in_the_way_of_an_issue_not_ready_and_is_still_offered_release_and_schedule() {
        long issueId = issueIn(Situation.IN_PRODUCTION_NOT_READY);
        int number = numberOf(issueId);
        Desk.signIn("paula", Role.PUBLISHER);

        ReleaseActions actions = releases.actionsFor(issueId);

        assertThat(actions.whyNot(RELEASE_NOW).orElseThrow())
                .startsWith("Issue " + number + " is not ready to release: 1 / 3 approved. ")
                .contains("\"Topics of the Week\" is draft");
        assertThat(actions.whyNot(SCHEDULE).orElseThrow()).startsWith("Issue " + number + " cannot be scheduled yet: ")
                .contains("\"Topics of the Week\" is draft");
        assertThat(actions.whyNot(UNSCHEDULE)).contains("Issue " + number + " is not scheduled.");
        assertThat(actions.whyNot(CORRECT)).contains("Issue " + number + " is not released yet: edit its sections instead.");
        assertThat(actions.offers(RELEASE_NOW)).isTrue();
        assertThat(actions.offers(SCHEDULE)).isTrue();
        assertThat(actions.offers(UNSCHEDULE)).isFalse();
    }

    @Test
    void a_scheduled_issue_cannot_be_scheduled_again_before_its_schedule_is_taken_back() {
        long issueId = issueIn(Situation.SCHEDULED);
        Desk.signIn("paula", Role.PUBLISHER);

        assertThat(releases.actionsFor(issueId).whyNot(SCHEDULE))
                .contains("Issue " + numberOf(issueId) + " is already scheduled. Unschedule it first to pick another time.");
        assertThat(releases.actionsFor(issueId).offers(SCHEDULE)).isFalse();
    }

    @Test
    void a_released_issue_is_corrected_not_released_or_scheduled_again() {
        long issueId = issueIn(Situation.RELEASED);
        int number = numberOf(issueId);
        Desk.signIn("paula", Role.PUBLISHER);

        ReleaseActions actions = releases.actionsFor(issueId);

        assertThat(actions.whyNot(RELEASE_NOW)).contains("Issue " + number + " is released already: publish a correction instead.");
        assertThat(actions.whyNot(SCHEDULE)).contains("Issue " + number + " is released already: publish a correction instead.");
        assertThat(actions.whyNot(UNSCHEDULE)).contains("Issue " + number + " is not scheduled.");
        assertThat(actions.offers(RELEASE_NOW)).isFalse();
    }

    @Test
    void an_administrator_without_another_role_does_not_read_production_so_is_not_answered() {
        long issueId = issueIn(Situation.READY);
        Desk.signIn("root", Role.ADMIN);

        assertThatThrownBy(() -> releases.actionsFor(issueId)).isInstanceOf(AccessDeniedException.class);
    }

    /** The service call behind each action; null when it succeeded, else what refused it. */
    private String attempt(ReleaseAction action, long issueId) {
        try {
            switch (action) {
                case RELEASE_NOW -> releases.release(issueId);
                case SCHEDULE -> schedules.schedule(issueId, nextWeek(issueId));
                case UNSCHEDULE -> schedules.unschedule(issueId);
                case CORRECT -> corrections.publish(issueId, Map.of(desk.sectionIds(issueId).get(0), "Fixed."), "A typo.");
            }
            return null;
        } catch (RuntimeException refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }

    /** A time a week ahead, in the publication's zone, by the desk's clock. */
    private LocalDateTime nextWeek(long issueId) {
        ZoneId zone = issue(issueId).getPublication().getTimeZone();
        return LocalDateTime.now(clock.withZone(zone)).plusDays(7).withSecond(0).withNano(0);
    }

    /** A new issue brought to the situation through the real services. */
    private long issueIn(Situation situation) {
        if (situation == Situation.IN_PRODUCTION_NOT_READY) {
            long issueId = desk.newIssue();
            desk.bringTo(desk.sectionIds(issueId).get(1), "wendy", SectionState.APPROVED);
            return issueId;
        }
        long issueId = desk.readyIssue();
        if (situation == Situation.SCHEDULED) {
            Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, nextWeek(issueId)));
        } else if (situation == Situation.RELEASED) {
            Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        }
        return issueId;
    }

    private Issue issue(long issueId) {
        return desk.section(desk.sectionIds(issueId).get(0)).getIssue();
    }

    private int numberOf(long issueId) {
        return issue(issueId).getNumber();
    }
}
