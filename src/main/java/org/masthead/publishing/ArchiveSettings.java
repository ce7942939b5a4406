package org.masthead.publishing;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public archive's settings ({@code masthead.archive.*}). Checked at start: a bad value stops
 * the app with a sentence naming the variable.
 *
 * @param recheckAfter    how long a node trusts the editions it prepared before asking the database
 *                        whether another node released or corrected one
 * @param searchStartWait how long a search asked for while the index is still being built at start
 *                        waits for it, before the reader is told the search is starting
 */
@Validated
@ConfigurationProperties("masthead.archive")
public record ArchiveSettings(
        @NotNull @DurationMin(nanos = 0, message = "MASTHEAD_ARCHIVE_RECHECK_AFTER (masthead.archive.recheck-after) must be 0 (ask every time) or more, e.g. 1s")
        @DefaultValue("1s") Duration recheckAfter,
        @NotNull @DurationMin(nanos = 0, message = "MASTHEAD_ARCHIVE_SEARCH_START_WAIT (masthead.archive.search-start-wait) must be 0 or more, e.g. 3s")
        @DefaultValue("3s") Duration searchStartWait) {
}
