package org.masthead.publishing.sources;

/** Where the capture of one cited source stands. */
public enum CaptureState {
    /** Registered at release; the job after the commit has not fetched it yet. */
    PENDING,
    /** Fetched and stored, whatever the status (a 404 is captured as what the address said). */
    CAPTURED,
    /** Not fetched, for the reason given (refused address, too large, too slow, no such host). */
    FAILED;

    boolean canMoveTo(CaptureState next) {
        return this == PENDING && next != PENDING;
    }
}
