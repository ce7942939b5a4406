package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.section.SectionAction.ANSWER_NOTE;
import static org.masthead.section.SectionAction.NOTE_PASSAGE;
import static org.masthead.section.SectionAction.APPROVE;
import static org.masthead.section.SectionAction.EDIT;
import static org.masthead.section.SectionAction.REOPEN;
import static org.masthead.section.SectionAction.RESOLVE_NOTE;
import static org.masthead.section.SectionAction.RETURN;
import static org.masthead.section.SectionAction.SUBMIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * What each person may do to a section in each state, with the reasons when not; and that the
 * answer is honest: for every action, {@link SectionWorkflow#actionsFor} says yes exactly when
 * the service call succeeds.
 */
class SectionActionsTest extends ServiceTest {

    /** Where a section is: its state, or approved in an issue already released. */
    enum Situation { DRAFT, IN_REVIEW, RETURNED, APPROVED, RELEASED }

    /** Who asks, and whose section it is. */
    enum Person {
        WENDY_ON_HER_OWN("wendy", "wendy", Role.WRITER),
        WALTER_ON_WENDYS("walter", "wendy", Role.WRITER),
        ERIN_ON_WENDYS("erin", "wendy", Role.EDITOR),
        EDDIE_ON_WENDYS("eddie", "wendy", Role.EDITOR, Role.WRITER),
        EDDIE_ON_HIS_OWN("eddie", "eddie", Role.EDITOR, Role.WRITER),
        PAULA_ON_WENDYS("paula", "wendy", Role.PUBLISHER);

        final String username;
        final String writer;
        final Role[] roles;

        Person(String username, String writer, Role... roles) {
            this.username = username;
            this.writer = writer;
            this.roles = roles;
        }
    }

    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    ReviewNotes notes;
    @Autowired
    ReleaseService releases;

    static Stream<Arguments> whatEachMayDo() {
        return Stream.of(
                may(Situation.DRAFT, Person.WENDY_ON_HER_OWN, EDIT, SUBMIT),
                may(Situation.DRAFT, Person.WALTER_ON_WENDYS),
                may(Situation.DRAFT, Person.ERIN_ON_WENDYS),
                may(Situation.DRAFT, Person.EDDIE_ON_WENDYS),
                may(Situation.DRAFT, Person.EDDIE_ON_HIS_OWN, EDIT, SUBMIT),
                may(Situation.DRAFT, Person.PAULA_ON_WENDYS),
                may(Situation.IN_REVIEW, Person.WENDY_ON_HER_OWN),
                may(Situation.IN_REVIEW, Person.WALTER_ON_WENDYS),
                may(Situation.IN_REVIEW, Person.ERIN_ON_WENDYS, EDIT, APPROVE, RETURN, NOTE_PASSAGE),
                may(Situation.IN_REVIEW, Person.EDDIE_ON_WENDYS, EDIT, APPROVE, RETURN, NOTE_PASSAGE),
                // Four eyes: he may copy-edit his own section in review, never decide on it.
                may(Situation.IN_REVIEW, Person.EDDIE_ON_HIS_OWN, EDIT),
                may(Situation.IN_REVIEW, Person.PAULA_ON_WENDYS),
                may(Situation.RETURNED, Person.WENDY_ON_HER_OWN, EDIT, SUBMIT, ANSWER_NOTE, RESOLVE_NOTE),
                may(Situation.RETURNED, Person.WALTER_ON_WENDYS),
                may(Situation.RETURNED, Person.ERIN_ON_WENDYS, RESOLVE_NOTE),
                may(Situation.RETURNED, Person.EDDIE_ON_WENDYS, RESOLVE_NOTE),
                may(Situation.RETURNED, Person.EDDIE_ON_HIS_OWN, EDIT, SUBMIT, ANSWER_NOTE, RESOLVE_NOTE),
                may(Situation.RETURNED, Person.PAULA_ON_WENDYS),
                may(Situation.APPROVED, Person.WENDY_ON_HER_OWN, EDIT),
                may(Situation.APPROVED, Person.WALTER_ON_WENDYS),
                may(Situation.APPROVED, Person.ERIN_ON_WENDYS, EDIT, REOPEN),
                may(Situation.APPROVED, Person.EDDIE_ON_WENDYS, EDIT, REOPEN),
                may(Situation.APPROVED, Person.EDDIE_ON_HIS_OWN, EDIT, REOPEN),
                may(Situation.APPROVED, Person.PAULA_ON_WENDYS, REOPEN),
                may(Situation.RELEASED, Person.WENDY_ON_HER_OWN),
                may(Situation.RELEASED, Person.WALTER_ON_WENDYS),
                may(Situation.RELEASED, Person.ERIN_ON_WENDYS),
                may(Situation.RELEASED, Person.EDDIE_ON_WENDYS),
                may(Situation.RELEASED, Person.EDDIE_ON_HIS_OWN),
                may(Situation.RELEASED, Person.PAULA_ON_WENDYS));
    }

    private static Arguments may(Situation situation, Person person, SectionAction... allowed) {
        Set<SectionAction> set = allowed.length == 0 ? EnumSet.noneOf(SectionAction.class) : EnumSet.copyOf(Arrays.asList(allowed));
        return Arguments.of(situation, person, set);
    }

    @ParameterizedTest(name = "{0}: {1} may {2}")
    @MethodSource("whatEachMayDo")
    void each_person_is_offered_exactly_what_the_desk_allows_them_now(Situation situation, Person person,
                                                                      Set<SectionAction> allowed) {
        long id = sectionIn(situation, person.writer);
        Desk.signIn(person.username, person.roles);

        SectionActions actions = workflow.actionsFor(id);

        for (SectionAction action : SectionAction.values()) {
            assertThat(actions.may(action)).as(action + " " + actions.whyNot(action)).isEqualTo(allowed.contains(action));
            assertThat(actions.whyNot(action).map(String::isBlank)).as("a refusal is a sentence").isNotEqualTo(java.util.Optional.of(true));
        }
    }

    /** The one rule is honest: each verdict is what the service does when the person tries, on a fresh issue each time. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("whatEachMayDo")
    void each_verdict_is_what_the_service_does_when_the_person_tries(Situation situation, Person person) {
        List<String> lies = new ArrayList<>();
        for (SectionAction action : SectionAction.values()) {
            long id = sectionIn(situation, person.writer);
            Desk.signIn(person.username, person.roles);
            SectionActions actions = workflow.actionsFor(id);
            String outcome = attempt(action, id);
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
    void the_writer_of_a_section_in_review_is_told_which_other_editors_may_decide_on_it() {
        long id = sectionIn(Situation.IN_REVIEW, "eddie");
        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);

        SectionActions actions = workflow.actionsFor(id);

        assertThat(actions.whyNot(APPROVE)).contains("You wrote this section; another editor must approve it: Erin Editor.");
        assertThat(actions.whyNot(RETURN)).contains("You wrote this section; another editor must return it: Erin Editor.");
    }

    @Test
    void the_writer_of_a_section_in_review_is_told_when_there_is_no_other_editor() {
        long id = sectionIn(Situation.IN_REVIEW, "eddie");
        desk.jdbc().update("update users set active = false where username = 'erin'");
        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);

        assertThat(workflow.actionsFor(id).whyNot(APPROVE))
                .contains("You wrote this section; another editor must approve it, and there is no other active editor.");
    }

    @Test
    void refusals_say_why_in_a_sentence() {
        long draft = sectionIn(Situation.DRAFT, "wendy");
        long inReview = sectionIn(Situation.IN_REVIEW, "wendy");
        long returned = sectionIn(Situation.RETURNED, "wendy");
        long approved = sectionIn(Situation.APPROVED, "wendy");

        Desk.signIn("walter", Role.WRITER);
        assertThat(workflow.actionsFor(draft).whyNot(SUBMIT)).contains("Only Wendy Writer, its writer, can submit this section.");
        assertThat(workflow.actionsFor(draft).whyNot(EDIT)).contains("Only Wendy Writer, its writer, can edit this section now.");
        assertThat(workflow.actionsFor(returned).whyNot(RESOLVE_NOTE)).contains("Only Wendy Writer or an editor can resolve these notes.");
        assertThat(workflow.actionsFor(returned).whyNot(ANSWER_NOTE)).contains("Only Wendy Writer, its writer, can answer these notes.");
        Desk.signIn("wendy", Role.WRITER);
        assertThat(workflow.actionsFor(inReview).whyNot(EDIT)).contains("This section is in review: only an editor can change it now.");
        assertThat(workflow.actionsFor(approved).whyNot(SUBMIT))
                .contains("Only a draft or a returned section can be submitted; this one is approved.");
        assertThat(workflow.actionsFor(draft).whyNot(ANSWER_NOTE)).contains("There is no note from the editors to answer yet.");
        Desk.signIn("erin", Role.EDITOR);
        assertThat(workflow.actionsFor(draft).whyNot(APPROVE)).contains("Only a section in review can be approved; this one is a draft.");
        assertThat(workflow.actionsFor(inReview).whyNot(REOPEN)).contains("Only an approved section can be reopened; this one is in review.");
        assertThat(workflow.actionsFor(draft).whyNot(RESOLVE_NOTE)).contains("There is no open note to resolve.");
        Desk.signIn("paula", Role.PUBLISHER);
        assertThat(workflow.actionsFor(inReview).whyNot(APPROVE)).contains("Only an editor can approve a section.");
        assertThat(workflow.actionsFor(inReview).whyNot(RETURN)).contains("Only an editor can return a section.");
    }

    @Test
    void nothing_in_a_released_issue_is_offered_and_each_refusal_says_it_is_released() {
        long id = sectionIn(Situation.RELEASED, "wendy");
        int number = desk.section(id).getIssue().getNumber();
        Desk.signIn("erin", Role.EDITOR);

        SectionActions actions = workflow.actionsFor(id);

        for (SectionAction action : SectionAction.values()) {
            assertThat(actions.whyNot(action)).as(action.name())
                    .contains("Issue " + number + " is released; nothing in it can change any more.");
        }
    }

    @Test
    void a_section_waiting_for_review_is_in_an_editors_queue_unless_he_wrote_it() {
        long his = sectionIn(Situation.IN_REVIEW, "eddie");
        long hers = sectionIn(Situation.IN_REVIEW, "wendy");

        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);
        assertThat(sections.reviewQueue(PageRequest.of(0, 10))).extracting(Section::getId).containsExactly(hers);
        assertThat(sections.reviewQueueSize()).isEqualTo(1);
        Desk.signIn("erin", Role.EDITOR);
        assertThat(sections.reviewQueue(PageRequest.of(0, 10))).extracting(Section::getId).containsExactly(his, hers);
        assertThat(sections.reviewQueue(PageRequest.of(1, 1))).extracting(Section::getId).containsExactly(hers);
        assertThat(sections.reviewQueueSize()).isEqualTo(2);
    }

    /** The service call behind each action; null when it succeeded, else what refused it. */
    private String attempt(SectionAction action, long id) {
        try {
            switch (action) {
                case EDIT -> sections.saveBody(id, desk.section(id).getBody() + " One more line.", desk.section(id).getVersion());
                case SUBMIT -> workflow.submit(id);
                case APPROVE -> workflow.approve(id);
                case RETURN -> workflow.returnToWriter(id, "Please check the figures.");
                case REOPEN -> workflow.reopen(id, "The figures changed.");
                case ANSWER_NOTE -> notes.answer(id, "Checked, and fixed.");
                case NOTE_PASSAGE -> notes.notePassage(id, "text for", 1, "Which text?");
                case RESOLVE_NOTE -> {
                    List<ReviewNote> thread = Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id));
                    ReviewNote note = thread.stream().filter(ReviewNote::isOpen).findFirst()
                            .orElse(thread.isEmpty() ? null : thread.get(0));
                    if (note == null) {
                        return "there is no note to try resolving";
                    }
                    notes.resolve(note.getId());
                }
            }
            return null;
        } catch (RuntimeException refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }

    /** A section of a new issue, written by {@code writer}, brought to the situation through the real services. */
    private long sectionIn(Situation situation, String writer) {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        long id = ids.get(0);
        if (situation == Situation.RELEASED) {
            desk.bringTo(id, writer, SectionState.APPROVED);
            desk.bringTo(ids.get(1), "wendy", SectionState.APPROVED);
            desk.bringTo(ids.get(2), "wendy", SectionState.APPROVED);
            Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        } else {
            desk.bringTo(id, writer, SectionState.valueOf(situation.name()));
        }
        return id;
    }
}
