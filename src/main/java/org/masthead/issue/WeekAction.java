package org.masthead.issue;

/** What an editor or publisher may do with a week on the Calendar. */
public enum WeekAction {
    SKIP, UNSKIP, MOVE, RENAME
}
