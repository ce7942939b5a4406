package org.masthead.mailing;

import java.util.Optional;

/**
 * What the mailing list sends, handed over by publishing (which implements this): the stored email
 * of an edition, byte for byte, and the release preview for a test send. Mailing knows nothing of
 * how editions are made.
 */
public interface EditionMail {

    /** The stored email of an edition; empty when there is no such edition. */
    Optional<Content> ofEdition(long editionId);

    /** The email the issue's release would store, rendered now from the same inputs: the test send. */
    Content previewOf(long issueId);

    /**
     * One email edition.
     *
     * @param subject    the issue's title; a correction's starts with "Correction: "
     * @param html       the stored email_html, exactly
     * @param text       the stored plain_text, exactly
     * @param correction whether this edition corrects one mailed before
     * @param permalink  the absolute address of the issue on the web
     */
    record Content(long issueId, int issueNumber, String subject, String html, String text, boolean correction,
                   String permalink) {
    }
}
