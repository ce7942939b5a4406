package org.masthead.issue;

/**
 * Whether every kept section of an issue is approved. The issue feature cannot see sections
 * (they depend on it), so the section feature implements this; the issue refuses to be marked
 * released without asking it, whoever calls.
 */
public interface ReleaseReadiness {

    boolean isReadyToRelease(long issueId);
}
