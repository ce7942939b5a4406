package org.masthead.section;

import java.time.Clock;
import java.util.Optional;
import org.masthead.markdown.TextHygiene;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps what a person types, a few seconds after they stop, so a crash or a closed tab loses nothing. */
@Service
@Transactional
public class Autosaves {

    private final AutosaveRepository autosaves;
    private final SectionRepository sections;
    private final EditRights editRights;
    private final CurrentUser currentUser;
    private final Clock clock;

    Autosaves(AutosaveRepository autosaves, SectionRepository sections, EditRights editRights,
              CurrentUser currentUser, Clock clock) {
        this.autosaves = autosaves;
        this.sections = sections;
        this.editRights = editRights;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Keeps the text as the signed-in person's autosave of the section (only if they may edit it
     * now). A text over the section's limit is kept too, up to what the column holds: the limit is
     * for saving, and the point of an autosave is that nothing typed is lost.
     */
    @PreAuthorize("hasAnyRole('WRITER','EDITOR')")
    public void keep(long sectionId, String text) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        editRights.require(section, Actor.current(currentUser));
        String body = TextHygiene.clean(text);
        if (body.length() > Autosave.MAX) {
            throw new WorkflowException("This text has " + body.length() + " characters, too many even to keep a copy; "
                    + "a section holds at most " + Section.BODY_MAX + ".");
        }
        Autosave autosave = autosaves.findBySectionIdAndUsername(sectionId, me)
                .orElseGet(() -> new Autosave(sectionId, me));
        autosave.update(body, clock.instant());
        autosaves.save(autosave);
    }

    /** The person's autosaved text, when it differs from what is saved: to offer it back. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Optional<Autosave> pending(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        return autosaves.findBySectionIdAndUsername(sectionId, currentUser.requireUsername())
                .filter(a -> !a.getBody().equals(section.getBody()));
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public void discardMine(long sectionId) {
        discard(sectionId, currentUser.requireUsername());
    }

    void discard(long sectionId, String username) {
        autosaves.deleteBySectionIdAndUsername(sectionId, username);
    }
}
