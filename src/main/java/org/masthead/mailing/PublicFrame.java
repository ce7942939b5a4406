package org.masthead.mailing;

/**
 * The public side's page frame (masthead, stylesheet), for the sign-up, confirmation and
 * unsubscribe pages. The feature that owns the archive supplies it; mailing knows nothing of it.
 */
public interface PublicFrame {

    /** A whole page: the frame around {@code bodyHtml}, which is already escaped. */
    String page(String title, String bodyHtml);
}
