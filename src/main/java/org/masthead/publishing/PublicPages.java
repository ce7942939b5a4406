package org.masthead.publishing;

import org.masthead.mailing.PublicFrame;
import org.masthead.security.PublicErrorPages;
import org.springframework.stereotype.Component;

/**
 * The public side's pages for what it cannot show: an address that is not there, a request it
 * cannot read or will not take, the archive not open yet or still starting. Same look as the
 * archive's own pages; one sentence and a way back to the archive.
 */
@Component
public class PublicPages implements PublicErrorPages, PublicFrame {

    /** The masthead while no publication can head the page (none set up yet, or still starting). */
    static final String PLAIN_NAME = "Archive";
    static final String PLAIN_TAGLINE = "Released issues, for anyone to read";

    private static final String BACK = " <a href=\"/archive\">See every released issue.</a>";
    private static final String AGAIN = " <a href=\"/archive\">Try the archive again.</a>";

    private final EditionRenderer renderer;
    private final PublicSite site;

    PublicPages(EditionRenderer renderer, PublicSite site) {
        this.renderer = renderer;
        this.site = site;
    }

    @Override
    public String forStatus(int status) {
        if (status == 404) {
            return sentencePage("Not in the archive", "There is nothing in the archive at this address." + BACK);
        }
        if (status == 405) {
            return sentencePage("Only for reading", "This address of the archive can be read, not changed." + BACK);
        }
        if (status >= 500) {
            return sentencePage("Something went wrong", "The archive could not show this page; try again in a moment." + AGAIN);
        }
        return sentencePage("Not understood", "The archive cannot make sense of this address." + BACK);
    }

    @Override
    public String starting() {
        return plain("Starting", "The archive is starting; try again in a few seconds." + AGAIN);
    }

    /** No publication has been set up: there is nothing to read yet, and no name to head the page with. */
    public String notOpen() {
        return plain("Not open yet", "This archive is not open yet; try again later." + AGAIN);
    }

    /** The mailing list's pages (sign-up, confirmation, unsubscribe) in the archive's frame. */
    @Override
    public String page(String title, String bodyHtml) {
        return framed(title, bodyHtml);
    }

    /** A preview link's page (the issue, or why it does not open), in the archive's frame, kept out of search engines. */
    public String previewPage(String title, String bodyHtml) {
        return site.publicationIfAny().map(publication -> renderer.page(publication.getName(), publication.getTagline(), title,
                        bodyHtml, true))
                .orElseGet(() -> renderer.page(PLAIN_NAME, PLAIN_TAGLINE, title, bodyHtml, true));
    }

    private String sentencePage(String title, String sentence) {
        return framed(title, "<h1>" + title + "</h1><p>" + sentence + "</p>");
    }

    private String framed(String title, String body) {
        return site.publicationIfAny().map(publication -> renderer.page(publication, title, body))
                .orElseGet(() -> renderer.page(PLAIN_NAME, PLAIN_TAGLINE, title, body));
    }

    private String plain(String title, String sentence) {
        return renderer.page(PLAIN_NAME, PLAIN_TAGLINE, title, "<h1>" + title + "</h1><p>" + sentence + "</p>");
    }
}
