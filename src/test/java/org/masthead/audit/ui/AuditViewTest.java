package org.masthead.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditLine;
import org.masthead.audit.AuditSubjects.IssueName;
import org.masthead.audit.AuditSubjects.Person;
import org.masthead.section.SectionState;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

class AuditViewTest extends KaribuTest {

    @Test
    void a_writer_cannot_open_the_audit_trail() {
        login("wendy", Role.WRITER);

        UI.getCurrent().navigate(AuditView.class);

        assertRefused(AuditView.class);
    }

    @Test
    void an_editor_reads_the_audit_trail_newest_first() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(AuditView.class);

        assertThat(currentView()).isInstanceOf(AuditView.class);
        assertThat(GridKt._get(trail(), 0).event().getAction()).isEqualTo(AuditAction.SECTION_SUBMITTED);
        assertThat(GridKt._get(trail(), 0).event().getActor()).isEqualTo("wendy");
    }

    @Test
    void an_approval_reads_as_words_with_the_section_and_issue_named_and_linked() {
        long issueId = desk.newIssue();
        int number = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, issueId);
        long sectionId = desk.sectionIds(issueId).get(0);
        desk.bringTo(sectionId, "wendy", SectionState.APPROVED);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(AuditView.class);

        Component what = GridKt._getCellComponent(trail(), 0, "what");
        assertThat(what.getElement().getTextRecursively())
                .isEqualTo("Erin Editor approved Topics of the Week in No. " + number + ": A test issue."
                        + "From in review to approved.");
        assertThat(anchors(what)).extracting(Anchor::getHref, a -> a.getElement().getTextRecursively()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections/" + sectionId, "Topics of the Week"),
                org.assertj.core.groups.Tuple.tuple("issues/" + issueId, "No. " + number + ": A test issue"));
        assertThat(GridKt._getFormattedRow(trail(), 0).get(0))
                .as("the time, in the publication's zone, not UTC").doesNotContain("UTC").matches(".*\\d\\d:\\d\\d");
    }

    @Test
    void the_filters_narrow_the_trail_by_issue_person_and_action() {
        long first = desk.newIssue();
        long second = desk.newIssue();
        desk.bringTo(desk.sectionIds(first).get(0), "wendy", SectionState.APPROVED);
        desk.bringTo(desk.sectionIds(second).get(0), "walter", SectionState.IN_REVIEW);
        login("erin", Role.EDITOR);
        UI.getCurrent().navigate(AuditView.class);
        int everything = GridKt._size(trail());

        IssueName secondIssue = comboItems(combo("audit-issue")).stream()
                .map(IssueName.class::cast).filter(i -> i.id() == second).findFirst().orElseThrow();
        combo("audit-issue").setValue(secondIssue);

        assertThat(GridKt._size(trail())).isPositive().isLessThan(everything);
        assertThat(lines()).allSatisfy(line -> assertThat(line.event().getIssueId()).isEqualTo(second));

        combo("audit-issue").clear();
        Person walter = comboItems(combo("audit-person")).stream().map(Person.class::cast)
                .filter(p -> p.displayName().equals("Walter Writer")).findFirst().orElseThrow();
        combo("audit-person").setValue(walter);
        combo("audit-action").setValue(AuditAction.SECTION_SUBMITTED);

        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.actorName()).isEqualTo("Walter Writer");
            assertThat(line.event().getAction()).isEqualTo(AuditAction.SECTION_SUBMITTED);
        });
    }

    @Test
    void a_person_acted_on_is_named_and_the_note_does_not_repeat_them() {
        login("admin", Role.ADMIN);

        UI.getCurrent().navigate(AuditView.class);
        combo("audit-action").setValue(AuditAction.USER_CREATED);

        int erin = IntStream.range(0, GridKt._size(trail()))
                .filter(row -> "erin".equals(GridKt._get(trail(), row).event().getNote())).findFirst().orElseThrow();
        assertThat(GridKt._getCellComponent(trail(), erin, "what").getElement().getTextRecursively())
                .contains("added Erin Editor to the desk.");
        assertThat(GridKt._getFormattedRow(trail(), erin).get(2)).isEmpty();
    }

    @Test
    void what_the_desk_did_by_itself_is_said_by_the_name_every_screen_gives_it() {
        long issueId = desk.newIssue();
        int number = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, issueId);
        desk.jdbc().update("insert into audit_events (occurred_at, actor, action, issue_id) values (?, ?, ?, ?)",
                java.sql.Timestamp.from(java.time.Instant.parse("2099-01-01T09:00:00Z")), CurrentUser.DESK,
                AuditAction.ISSUE_RELEASED.name(), issueId);
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(AuditView.class);

        assertThat(GridKt._getCellComponent(trail(), 0, "what").getElement().getTextRecursively())
                .isEqualTo("The desk released No. " + number + ": A test issue.");
        assertThat(comboItems(combo("audit-person"))).map(Person.class::cast)
                .filteredOn(person -> person.username().equals(CurrentUser.DESK))
                .singleElement().extracting(Person::displayName).isEqualTo("The desk");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditLine> trail() {
        return _get(Grid.class, spec -> spec.withId("audit"));
    }

    private static List<AuditLine> lines() {
        return IntStream.range(0, GridKt._size(trail())).mapToObj(row -> GridKt._get(trail(), row)).toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static List<Object> comboItems(ComboBox<Object> box) {
        return box.getListDataView().getItems().toList();
    }

    private static List<Anchor> anchors(Component root) {
        return descendants(root).filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AuditViewTest::descendants));
    }
}
