package org.masthead.section;

import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.springframework.stereotype.Component;

/** Who may change a section's body now: the rule of DESIGN.md's table, in one place. */
@Component
class EditRights {

    private final CurrentUser currentUser;

    EditRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean allows(Section section, String me) {
        if (section.getIssue().isReleased()) {
            return false;
        }
        boolean writer = currentUser.hasRole(Role.WRITER) && section.isWrittenBy(me);
        boolean editor = currentUser.hasRole(Role.EDITOR);
        return switch (section.getState()) {
            case DRAFT, RETURNED -> writer;
            case IN_REVIEW -> editor;
            case APPROVED -> writer || editor;   // and the change sends it back to review
        };
    }

    /** Refuses, with the reason, anyone who may not change this section's body now. */
    void require(Section section, String me) {
        section.getIssue().requireInProduction();
        if (!allows(section, me)) {
            throw new WorkflowException(section.getState() == SectionState.IN_REVIEW
                    ? "This section is in review: only an editor can change it now."
                    : "Only " + section.getWriterName() + ", its writer, can edit this section now.");
        }
    }
}
