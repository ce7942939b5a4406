package org.masthead.mailing;

import org.masthead.base.WorkflowException;

/** A subscriber or a list the service will not take, with the field the sentence belongs on. */
public class SubscriberRefused extends WorkflowException {

    /** Where the person typed or chose what was refused. */
    public enum Field { ADDRESS, NAME, FILE, NOTE }

    private final Field field;

    public SubscriberRefused(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
