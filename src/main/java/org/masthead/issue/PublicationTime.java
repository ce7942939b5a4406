package org.masthead.issue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.masthead.base.ui.DeskTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The desk's time zone is the publication's; before one is set up, UTC. */
@Component
class PublicationTime implements DeskTime {

    /** Day first, 24-hour clock: how our (European) editorial teams write dates and times. */
    static final Locale EUROPEAN = Locale.UK;

    private final IssueService issues;

    PublicationTime(IssueService issues) {
        this.issues = issues;
    }

    @Override
    @PreAuthorize("permitAll()")
    public ZoneId zone() {
        return issues.publicationExists() ? issues.publication().getTimeZone() : ZoneOffset.UTC;
    }

    @Override
    @PreAuthorize("permitAll()")
    public Locale pickerLocale() {
        return EUROPEAN;
    }
}
