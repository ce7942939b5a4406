package org.masthead.mailing;

import java.time.Clock;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What a delivery's outcome means for its subscriber: a permanent refusal counts toward bounced, a success resets it. */
@Component
class DeliveryOutcomes {

    private final SubscriberRepository subscribers;
    private final TransactionTemplate transaction;
    private final MailSettings settings;
    private final Clock clock;

    DeliveryOutcomes(SubscriberRepository subscribers, PlatformTransactionManager transactions, MailSettings settings,
                     Clock clock) {
        this.subscribers = subscribers;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    void bounced(long subscriberId) {
        change(subscriberId, s -> s.hardBounced(settings.bounceAfter(), clock.instant()));
    }

    void delivered(long subscriberId) {
        change(subscriberId, Subscriber::delivered);
    }

    /** A staff member may be editing the subscriber at the same moment: try again on their newer version. */
    private void change(long subscriberId, java.util.function.Consumer<Subscriber> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(tx -> subscribers.findById(subscriberId).ifPresent(change));
                return;
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                if (attempt == 3) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
