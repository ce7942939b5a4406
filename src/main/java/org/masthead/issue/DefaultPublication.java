package org.masthead.issue;

import java.time.ZoneId;
import java.util.Set;
import org.masthead.base.BeforeServing;
import org.masthead.base.WorkflowException;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation gets the publication of a weekly briefing, named from configuration,
 * so the desk can start at once. (Demo content, which runs earlier, sets up its own.)
 */
@Component
@Order(1)
class DefaultPublication implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DefaultPublication.class);

    private final IssueService issues;
    private final PublicationSettings settings;

    DefaultPublication(IssueService issues, PublicationSettings settings) {
        this.issues = issues;
        this.settings = settings;
    }

    @Override
    public void prepare() {
        if (issues.publicationExists()) {
            return;
        }
        try {
            RunAs.asDesk(Set.of(Role.ADMIN),
                    () -> issues.setUpPublication(settings.name(), settings.tagline(), settings.footer(), settings.zone(),
                            IssueService.BRIEFING_TEMPLATE));
        } catch (WorkflowException tooLong) {
            // Said where the person starting the app looks, with the settings to change.
            throw new IllegalStateException(tooLong.getMessage() + " Shorten MASTHEAD_PUBLICATION_NAME, "
                    + "MASTHEAD_PUBLICATION_TAGLINE or MASTHEAD_PUBLICATION_FOOTER and start again.", tooLong);
        }
        log.info("Set up the publication \"{}\" with the weekly briefing's sections.", settings.name());
    }
}
