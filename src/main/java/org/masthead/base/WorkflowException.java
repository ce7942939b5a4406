package org.masthead.base;

/**
 * A request that breaks a rule of the desk (wrong state, missing note, four eyes...).
 * Its message is a sentence shown to the person as it is.
 */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
