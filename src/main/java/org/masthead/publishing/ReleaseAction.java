package org.masthead.publishing;

/** What a person may do to an issue on its way out; {@link ReleaseService#actionsFor} says which they may do now. */
public enum ReleaseAction {
    RELEASE_NOW,
    SCHEDULE,
    /** Take a schedule back before it runs. */
    UNSCHEDULE,
    /** Publish a correction of a released issue, as a new edition. */
    CORRECT
}
