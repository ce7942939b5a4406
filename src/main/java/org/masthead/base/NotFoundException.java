package org.masthead.base;

/** The thing asked for does not exist (any more). The message is shown to the person. */
public class NotFoundException extends WorkflowException {

    public NotFoundException(String message) {
        super(message);
    }
}
