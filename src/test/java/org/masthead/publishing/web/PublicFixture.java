package org.masthead.publishing.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.masthead.Desk;
import org.masthead.publishing.BackIssues;
import org.masthead.publishing.Corrections;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Released, corrected and imported issues for the public side's tests, made through the real services. */
@Component
class PublicFixture {

    private final Desk desk;
    private final ReleaseService releases;
    private final Corrections corrections;
    private final BackIssues backIssues;

    PublicFixture(Desk desk, ReleaseService releases, Corrections corrections, BackIssues backIssues) {
        this.desk = desk;
        this.releases = releases;
        this.corrections = corrections;
        this.backIssues = backIssues;
    }

    Edition released() {
        long issueId = desk.readyIssue();
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        SecurityContextHolder.clearContext();
        return edition;
    }

    Edition corrected(Edition edition, String body, String note) {
        long topics = desk.sectionIds(edition.getIssueId()).get(0);
        Edition next = Desk.as("paula", Desk.roles(Role.PUBLISHER),
                () -> corrections.publish(edition.getIssueId(), Map.of(topics, body), note));
        SecurityContextHolder.clearContext();
        return next;
    }

    /** The archive the prepared pages are checked against: issue 1 released and corrected, issue 2 released. */
    void twoIssuesTheFirstCorrected() {
        corrected(released(), "A corrected paragraph.", "A figure was wrong.");
        released();
    }

    Edition imported(int number, String title, String text) {
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> backIssues.importIssue(number, title,
                LocalDate.of(2020, 1, 1).plusDays(number), text.getBytes(StandardCharsets.UTF_8), true));
        SecurityContextHolder.clearContext();
        return edition;
    }
}
