package org.masthead.section;

import static org.masthead.base.Refusal.first;
import static org.masthead.base.Refusal.unless;

import java.util.Optional;
import org.masthead.base.Refusal;
import org.masthead.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change a section's body now: the rule of DESIGN.md's table, in one place. The body
 * save and the autosave enforce it; {@link SectionWorkflow#actionsFor} reports it.
 */
@Component
class EditRights {

    /** Why this person may not change this section's body now, or empty when they may. */
    Optional<String> whyNot(Section section, Actor me) {
        boolean editor = me.has(Role.EDITOR);
        return first(section.getIssue().whyFrozen(), switch (section.getState()) {
            case DRAFT, RETURNED -> first(WorkflowRules.unassigned(section), unless(me.writes(section),
                    "Only " + section.getWriterName() + ", its writer, can edit this section now."));
            case IN_REVIEW -> unless(editor, "This section is in review: only an editor can change it now.");
            // and the change sends it back to review
            case APPROVED -> unless(me.writes(section) || editor, section.getWriter() == null
                    ? "Only an editor can change this approved section."
                    : "Only " + section.getWriterName() + ", its writer, or an editor can change this approved section.");
        });
    }

    /** Refuses, with the reason, anyone who may not change this section's body now. */
    void require(Section section, Actor me) {
        Refusal.enforce(whyNot(section, me));
    }
}
