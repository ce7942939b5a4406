package org.masthead.user;

/**
 * Mail about a person's own account ("forgot password"), handed to the notification outbox. The
 * user feature knows nothing of mailing (ArchitectureTest), so mailing implements this port.
 */
public interface AccountMail {

    /**
     * Queues one mail, in the caller's transaction, to be sent off the request thread. Without a
     * mail server nothing is queued. Answers whether it was.
     */
    boolean queue(String address, String subject, String body);
}
