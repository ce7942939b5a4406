package org.masthead.publishing;

/**
 * The public side has nothing to show yet: no publication has been set up (a new installation,
 * before the administrator's first sign-in). Readers are told so; it is not an error of the app.
 */
public class ArchiveNotOpenException extends RuntimeException {

    public ArchiveNotOpenException() {
        super("No publication has been set up yet.");
    }
}
