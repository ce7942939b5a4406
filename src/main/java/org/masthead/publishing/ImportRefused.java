package org.masthead.publishing;

import org.masthead.base.WorkflowException;

/**
 * A back issue refused for what its file holds, with the field of the import screen the sentence
 * belongs on: the file itself (too large, too many sections) or the standing footer it ends with.
 */
public class ImportRefused extends WorkflowException {

    /** Where on the import screen the person reads the sentence. */
    public enum Field { FILE, FOOTER }

    private final Field field;

    ImportRefused(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
