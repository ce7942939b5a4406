package org.masthead.mailing;

/** Where one subscriber's copy of one mailing stands. */
public enum DeliveryStatus {
    /** Waiting to go out, now or at its next_attempt_at after a temporary refusal. */
    QUEUED,
    /**
     * Handed to the mail server: marked just before the message's final dot; confirmed_at is set
     * after its 250 (a SENT row never confirmed shows as "fate unknown").
     */
    SENT,
    /** Refused permanently, or temporarily for longer than masthead.mail.give-up-after. */
    FAILED,
    /** The subscriber was no longer confirmed when their turn came. */
    SKIPPED
}
