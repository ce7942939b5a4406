package org.masthead.publishing;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Optional;
import org.masthead.issue.IssueService;
import org.masthead.issue.Publication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public archive: released editions, readable by anyone. Reads only frozen editions. */
@Service
@Transactional(readOnly = true)
public class Archive {

    private final EditionRepository editions;
    private final EditionRenderer renderer;
    private final IssueService issues;

    Archive(EditionRepository editions, EditionRenderer renderer, IssueService issues) {
        this.editions = editions;
        this.renderer = renderer;
        this.issues = issues;
    }

    public Optional<Edition> latestEdition(int issueNumber) {
        return editions.findFirstByIssueNumberOrderByEditionNoDesc(issueNumber);
    }

    public List<Edition> released() {
        return editions.findLatestOfEachIssue();
    }

    /** The archive's index page. */
    public String indexPage() {
        Publication publication = issues.publication();
        StringBuilder body = new StringBuilder("<h1>Archive</h1>");
        List<Edition> all = released();
        if (all.isEmpty()) {
            body.append("<p>Nothing has been released yet.</p>");
        } else {
            body.append("<ol class=\"archive\" reversed>");
            for (Edition edition : all) {
                body.append("<li><a href=\"").append(edition.permalink()).append("\">No. ")
                        .append(edition.getIssueNumber()).append(": ").append(htmlEscape(edition.getTitle()))
                        .append("</a> <span class=\"meta\">")
                        .append(EditionRenderer.date(edition.getReleasedAt(), publication.getTimeZone()))
                        .append("</span></li>");
            }
            body.append("</ol>");
        }
        return renderer.page(publication, publication.getName() + " · Archive", body.toString());
    }

    public String notFoundPage(int issueNumber) {
        Publication publication = issues.publication();
        return renderer.page(publication, "Not in the archive", "<h1>Not in the archive</h1><p>There is no released issue "
                + issueNumber + ". <a href=\"/archive\">See every released issue.</a></p>");
    }
}
