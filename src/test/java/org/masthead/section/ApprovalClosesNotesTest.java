package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.section.ui.NotesThread;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Approving a section ends its round of review: the round's open notes are closed with it, in the audit trail too. */
class ApprovalClosesNotesTest extends ServiceTest {

    @Autowired
    SectionWorkflow workflow;
    @Autowired
    ReviewNotes notes;
    @Autowired
    AuditTrail audit;

    @Test
    void approval_closes_the_open_notes_and_the_thread_no_longer_counts_them_open() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);           // erin: "Please tighten the lede."
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(id));
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.returnToWriter(id, "And name the source."));
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> workflow.submit(id));
        assertThat(Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id))).filteredOn(ReviewNote::isOpen).hasSize(2);

        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.approve(id));

        var thread = Desk.as("erin", Desk.roles(Role.EDITOR), () -> notes.of(id));
        assertThat(thread).filteredOn(ReviewNote::isOpen).isEmpty();
        assertThat(thread).extracting(ReviewNote::getResolvedBy).containsOnly("erin");
        NotesThread shown = new NotesThread(username -> username);
        shown.show(thread, ZoneId.of("Europe/Prague"));
        assertThat(shown.getElement().getTextRecursively()).startsWith("Review notes").doesNotContain("open");
        AuditEvent approved = Desk.as("erin", Desk.roles(Role.EDITOR), () -> audit.ofSection(id)).stream()
                .filter(e -> e.getAction() == AuditAction.SECTION_APPROVED).findFirst().orElseThrow();
        assertThat(approved.getNote()).contains("2 open review notes closed with the approval");
    }

    @Test
    void approval_without_open_notes_says_nothing_about_notes() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.APPROVED);

        AuditEvent approved = Desk.as("erin", Desk.roles(Role.EDITOR), () -> audit.ofSection(id)).stream()
                .filter(e -> e.getAction() == AuditAction.SECTION_APPROVED).findFirst().orElseThrow();
        assertThat(approved.getNote()).doesNotContain("notes");
    }
}
