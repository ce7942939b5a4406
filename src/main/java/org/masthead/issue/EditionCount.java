package org.masthead.issue;

/**
 * How many editions of an issue are stored. The issue feature cannot see editions (publishing
 * depends on it), so the publishing feature implements this; {@link CorrectionRule} asks it
 * before a change to a released issue may commit.
 */
public interface EditionCount {

    int editionsOf(long issueId);
}
