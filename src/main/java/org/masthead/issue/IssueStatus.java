package org.masthead.issue;

/**
 * Where an issue is. READY is derived from its sections (every kept section approved),
 * never set by hand.
 */
public enum IssueStatus {
    PLANNING, READY, RELEASED
}
