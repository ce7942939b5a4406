package org.masthead.publishing;

import java.util.Optional;
import org.masthead.base.NotFoundException;
import org.masthead.base.PublicAddress;
import org.masthead.issue.IssueService;
import org.masthead.issue.Publication;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Where readers find the public side (emails, the feed and the text edition need absolute
 * addresses) and whose it is: the publication every public page is headed with.
 */
@Component
class PublicSite {

    private final String baseUrl;
    private final IssueService issues;

    PublicSite(PublicAddress address, IssueService issues) {
        this.baseUrl = address.base();
        this.issues = issues;
    }

    String baseUrl() {
        return baseUrl;
    }

    String absolute(String path) {
        return baseUrl + path;
    }

    /** The host part, the authority of our tag: URIs. */
    String host() {
        return java.net.URI.create(baseUrl).getHost();
    }

    /** The publication the public pages show; until one is set up the archive is not open. */
    Publication publication() {
        try {
            return issues.publication();
        } catch (NotFoundException noneYet) {
            throw new ArchiveNotOpenException();
        }
    }

    /**
     * The publication, for a page that can do without it (an error page): none while none is set
     * up, nor when the database cannot be asked, so that the page that says so can still be written.
     */
    Optional<Publication> publicationIfAny() {
        try {
            return Optional.of(issues.publication());
        } catch (NotFoundException | DataAccessException cannotSay) {
            return Optional.empty();
        }
    }
}
