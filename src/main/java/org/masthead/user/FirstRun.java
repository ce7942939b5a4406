package org.masthead.user;

/** Where the first-run screen lives; the start-up log points there while nobody is an administrator. */
public final class FirstRun {

    public static final String ROUTE = "welcome";

    private FirstRun() {
    }
}
