package org.masthead.mailing;

/**
 * What one message in the bounce mailbox says, once read (BounceParser).
 *
 * @param status     the enhanced status code (RFC 3463, "5.1.1"), or the feedback type of a complaint
 * @param diagnostic the remote server's words, if any
 * @param target     the delivery or notification it is about, from its signed envelope address; null when none holds
 * @param sourceId   the bounce's own Message-ID (or a digest of it): the same bounce read twice counts once
 */
record Bounce(Kind kind, String status, String diagnostic, Verp.Target target, String sourceId) {

    enum Kind {
        /** A permanent failure (5.x.x): the address is gone. */
        HARD,
        /** A temporary failure or a delay (4.x.x). */
        SOFT,
        /** An RFC 5965 feedback report: the reader marked the mail as spam. */
        COMPLAINT,
        /** A vacation message or other automatic reply (RFC 3834): nothing to do. */
        AUTO_REPLY,
        /** A DSN that says the mail was delivered or relayed: nothing to do. */
        NOTHING_TO_DO,
        /** Not understood: left in the mailbox for a person. */
        UNKNOWN
    }

    /** Whether the message was understood, so it may leave the mailbox for the processed folder. */
    boolean understood() {
        return switch (kind) {
            case AUTO_REPLY, NOTHING_TO_DO -> true;
            case HARD, SOFT, COMPLAINT -> target != null;
            case UNKNOWN -> false;
        };
    }
}
