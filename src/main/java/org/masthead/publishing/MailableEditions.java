package org.masthead.publishing;

import java.util.Optional;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.mailing.EditionMail;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishing's side of {@link EditionMail}: the stored bytes of an edition, and the preview for a test send. */
@Component
class MailableEditions implements EditionMail {

    static final String CORRECTION = "Correction: ";

    private final EditionRepository editions;
    private final IssueService issues;
    private final ReleaseService releases;
    private final PublicSite site;

    /** {@code @Lazy}: the release service queues mail through Sending, which reads editions through here. */
    MailableEditions(EditionRepository editions, IssueService issues, @Lazy ReleaseService releases, PublicSite site) {
        this.editions = editions;
        this.issues = issues;
        this.releases = releases;
        this.site = site;
    }

    /**
     * permitAll: a stored edition is what the public archive shows anyone; the sender asks for it
     * from a scheduler thread where nobody is signed in.
     */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Content> ofEdition(long editionId) {
        return editions.findById(editionId).map(edition -> new Content(edition.getIssueId(), edition.getIssueNumber(),
                (edition.isCorrection() ? CORRECTION : "") + edition.getTitle(), edition.getEmailHtml(),
                edition.getPlainText(), edition.isCorrection(), site.absolute(edition.permalink())));
    }

    @Override
    @PreAuthorize("hasRole('PUBLISHER')")
    @Transactional(readOnly = true)
    public Content previewOf(long issueId) {
        Issue issue = issues.require(issueId);
        EditionPreview preview = releases.preview(issueId);
        return new Content(issueId, issue.getNumber(), issue.getTitle(), preview.email(), preview.text(), false,
                site.absolute(Edition.permalink(issue.getNumber())));
    }
}
