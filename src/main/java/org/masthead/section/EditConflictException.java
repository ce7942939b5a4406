package org.masthead.section;

import org.masthead.base.WorkflowException;

/**
 * Someone saved the section after this person started editing. Carries the text that is saved
 * now, so the person can see both versions side by side and choose or merge; nothing is lost.
 */
public class EditConflictException extends WorkflowException {

    private final String savedBody;
    private final String savedBy;

    public EditConflictException(String savedBody, String savedBy) {
        super("Someone else saved this section while you were editing (" + savedBy + "). "
                + "Your text is kept: compare both versions and choose or merge.");
        this.savedBody = savedBody;
        this.savedBy = savedBy;
    }

    public String getSavedBody() {
        return savedBody;
    }

    public String getSavedBy() {
        return savedBy;
    }
}
