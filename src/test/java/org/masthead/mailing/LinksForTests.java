package org.masthead.mailing;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** The signed links of the mailing list, for tests outside its package (the public side's). */
@Component
public class LinksForTests {

    private final MailLinks links;

    LinksForTests(MailLinks links) {
        this.links = links;
    }

    public String unsubscribeUrl(long subscriberId) {
        return links.unsubscribeUrl(subscriberId);
    }

    public String confirmUrl(long subscriberId, String address, Instant until) {
        return links.confirmUrl(subscriberId, address, until);
    }
}
