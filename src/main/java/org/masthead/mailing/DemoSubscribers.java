package org.masthead.mailing;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's mailing list, for the demo content alone: puts a reader straight into any status, as
 * if their story (signing up, leaving, bouncing) had already happened, which no screen may do. The
 * same conditions as the demo content, so under prod, or without demo content, there is no such bean.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "masthead.demo.enabled", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
public class DemoSubscribers {

    /** The consent note of every demo reader, so nobody mistakes them for real ones. */
    public static final String NOTE = "demo";

    private final SubscriberRepository subscribers;
    private final MailSettings settings;
    private final Clock clock;

    DemoSubscribers(SubscriberRepository subscribers, MailSettings settings, Clock clock) {
        this.subscribers = subscribers;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A demo reader of the publication in the given status: pending ones signed up on the archive
     * and have not confirmed; the others came with an imported list.
     */
    @Transactional
    public void add(long publicationId, String address, String name, SubscriberStatus status) {
        Instant now = clock.instant();
        ConsentSource source = status == SubscriberStatus.PENDING ? ConsentSource.SIGN_UP_FORM : ConsentSource.IMPORT;
        Subscriber subscriber = new Subscriber(publicationId, address, name, source, NOTE, now);
        switch (status) {
            case PENDING, CONFIRMED -> {
                // as made
            }
            case UNSUBSCRIBED -> subscriber.unsubscribe(now);
            case BOUNCED -> {
                for (int refusal = 0; refusal < settings.bounceAfter(); refusal++) {
                    subscriber.hardBounced(settings.bounceAfter(), now);
                }
            }
            case COMPLAINED -> throw new IllegalArgumentException("The demo has no reader who complained.");
        }
        subscribers.save(subscriber);
    }
}
