package org.masthead.publishing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Preview links ({@code masthead.preview-links.*}). Checked at start: a bad value stops the app
 * with a sentence naming the variable.
 *
 * @param validFor          how long a new link opens
 * @param commentsPerWindow comments through one link per window: enough for a careful reader, not a flood
 * @param commentWindow     the window they are counted in
 */
@Validated
@ConfigurationProperties("masthead.preview-links")
public record PreviewLinkPolicy(
        @NotNull @DurationMin(minutes = 1, message = "MASTHEAD_PREVIEW_LINKS_VALID_FOR (masthead.preview-links.valid-for) must be at least 1m, e.g. 7d")
        @DefaultValue("7d") Duration validFor,
        @Min(value = 1, message = "MASTHEAD_PREVIEW_LINKS_COMMENTS_PER_WINDOW (masthead.preview-links.comments-per-window) must be at least 1")
        @DefaultValue("10") int commentsPerWindow,
        @NotNull @DurationMin(seconds = 1, message = "MASTHEAD_PREVIEW_LINKS_COMMENT_WINDOW (masthead.preview-links.comment-window) must be at least 1s, e.g. 1h")
        @DefaultValue("1h") Duration commentWindow) {
}
