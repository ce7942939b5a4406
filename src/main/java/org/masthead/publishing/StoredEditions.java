package org.masthead.publishing;

import org.masthead.issue.EditionCount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The count of an issue's stored editions, for the issue feature's {@link org.masthead.issue.CorrectionRule}. */
@Component
class StoredEditions implements EditionCount {

    private final EditionRepository editions;

    StoredEditions(EditionRepository editions) {
        this.editions = editions;
    }

    /** Anyone may ask: the public archive lists every edition of a released issue. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int editionsOf(long issueId) {
        return (int) editions.countByIssueId(issueId);
    }
}
