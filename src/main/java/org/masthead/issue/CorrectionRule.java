package org.masthead.issue;

import org.masthead.base.WorkflowException;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An edition is never changed in place: a released issue, and each of its sections, changes only
 * as a correction, whose new edition is stored in the same transaction after the change. Every
 * change to a released record asks this first; the transaction then refuses to commit without the
 * new edition, whoever called, so a change made alone is rolled back and the record stays as
 * readers have it.
 */
@Component
public class CorrectionRule {

    private final EditionCount editions;

    /** {@code @Lazy}: the publishing feature that counts editions is built after the issue feature. */
    CorrectionRule(@Lazy EditionCount editions) {
        this.editions = editions;
    }

    /** Lets the caller's transaction commit only once a new edition of the issue is stored after this moment. */
    @PreAuthorize("hasRole('PUBLISHER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireNewEditionBeforeCommit(Issue issue) {
        long issueId = issue.getId();
        int before = editions.editionsOf(issueId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (editions.editionsOf(issueId) <= before) {
                    throw new WorkflowException("Issue " + issue.getNumber() + " is released: it changes only through a "
                            + "correction, which readers get as a new edition. Nothing was changed.");
                }
            }
        });
    }
}
