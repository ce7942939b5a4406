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

    private final IssueService issues;
    private final Locale pickerLocale;

    /** {@code masthead.publication.locale}: a language tag ("de-DE", "en-US") for a publication that writes dates otherwise. */
    PublicationTime(IssueService issues, PublicationSettings settings) {
        this.issues = issues;
        this.pickerLocale = settings.pickerLocale();
    }

    @Override
    @PreAuthorize("permitAll()")
    public ZoneId zone() {
        return issues.publicationExists() ? issues.publication().getTimeZone() : ZoneOffset.UTC;
    }

    @Override
    @PreAuthorize("permitAll()")
    public Locale pickerLocale() {
        return pickerLocale;
    }
}
