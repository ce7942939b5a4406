package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class AutosavesTest extends ServiceTest {

    @Autowired
    Autosaves autosaves;
    @Autowired
    SectionService sections;
    @Autowired
    SectionPlanning planning;

    private long wendysDraft() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.DRAFT);
        return id;
    }

    @Test
    void text_kept_by_autosave_is_offered_back_in_a_new_session() {
        long id = wendysDraft();
        Desk.signIn("wendy", Role.WRITER);
        autosaves.keep(id, "Typed before the browser crashed.");

        Desk.signIn("wendy", Role.WRITER);   // a new session: nothing in memory but the database

        assertThat(autosaves.pending(id)).map(Autosave::getBody).contains("Typed before the browser crashed.");
        assertThat(desk.section(id).getBody()).isEqualTo("Some **text** for wendy.");
    }

    @Test
    void saving_the_section_clears_the_autosave() {
        long id = wendysDraft();
        Desk.signIn("wendy", Role.WRITER);
        autosaves.keep(id, "Almost done.");

        sections.saveBody(id, "Almost done.", desk.section(id).getVersion());

        assertThat(autosaves.pending(id)).isEmpty();
    }

    @Test
    void an_autosave_is_private_to_its_author() {
        long id = wendysDraft();
        Desk.signIn("wendy", Role.WRITER);
        autosaves.keep(id, "Wendy's unsaved words.");

        Desk.signIn("erin", Role.EDITOR);

        assertThat(autosaves.pending(id)).isEmpty();
    }

    @Test
    void nobody_autosaves_a_section_they_may_not_edit() {
        long id = wendysDraft();
        Desk.signIn("walter", Role.WRITER);

        assertThatThrownBy(() -> autosaves.keep(id, "Not mine.")).isInstanceOf(WorkflowException.class);
        assertThat(autosaves.pending(id)).isEmpty();
    }

    @Test
    void two_people_saving_the_same_section_lose_neither_text() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        long version = desk.section(id).getVersion();
        Desk.signIn("erin", Role.EDITOR);
        sections.saveBody(id, "Erin's copy-edit.", version);

        Desk.signIn("eddie", Role.EDITOR, Role.WRITER);
        autosaves.keep(id, "Eddie's copy-edit.");
        EditConflictException conflict = org.assertj.core.api.Assertions.catchThrowableOfType(
                EditConflictException.class, () -> sections.saveBody(id, "Eddie's copy-edit.", version));

        assertThat(conflict.getSavedBody()).isEqualTo("Erin's copy-edit.");
        assertThat(conflict.getSavedBy()).isEqualTo("erin");
        assertThat(desk.section(id).getBody()).isEqualTo("Erin's copy-edit.");
        assertThat(autosaves.pending(id)).map(Autosave::getBody).contains("Eddie's copy-edit.");
    }

    @Test
    void saving_the_text_already_saved_is_no_conflict_even_after_the_version_moved() {
        long id = wendysDraft();
        long versionWendySaw = desk.section(id).getVersion();
        String saved = desk.section(id).getBody();
        Desk.signIn("erin", Role.EDITOR);
        planning.setDeadline(id, java.time.LocalDate.of(2026, 12, 3));

        Desk.signIn("wendy", Role.WRITER);
        sections.saveBody(id, saved, versionWendySaw);

        assertThat(desk.section(id).getBody()).isEqualTo(saved);
        assertThat(desk.section(id).getVersion()).isGreaterThan(versionWendySaw);
    }
}
