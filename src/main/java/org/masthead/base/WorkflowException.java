package org.masthead.base;

import java.util.Optional;

/**
 * A request that breaks a rule of the desk (wrong state, missing note, four eyes...).
 * Its message is a sentence shown to the person as it is. A refusal about one value the person
 * typed names it ({@link #onField}; {@link #fieldKey()}), so that a form shows the sentence on that field.
 */
public class WorkflowException extends RuntimeException {

    private final String field;

    public WorkflowException(String message) {
        this(null, message);
    }

    protected WorkflowException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** A refusal of one value: {@code field} names it the way the service's parameter does ("username", "password"). */
    public static WorkflowException onField(String field, String message) {
        return new WorkflowException(field, message);
    }

    /** The value refused, when the refusal is about one. */
    public Optional<String> fieldKey() {
        return Optional.ofNullable(field);
    }
}
