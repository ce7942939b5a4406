package org.masthead.issue;

/**
 * Where an issue is. READY is derived from its sections (every kept section approved),
 * never set by hand; SCHEDULED, RELEASED and CORRECTED follow from what the issue records.
 */
public enum IssueStatus {
    PLANNING, READY, SCHEDULED, RELEASED, CORRECTED;

    /** How people at the desk say it. */
    public String label() {
        return switch (this) {
            case PLANNING -> "Planning";
            case READY -> "Ready to release";
            case SCHEDULED -> "Scheduled";
            case RELEASED -> "Released";
            case CORRECTED -> "Corrected";
        };
    }
}
