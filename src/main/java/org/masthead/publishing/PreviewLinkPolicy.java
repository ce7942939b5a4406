package org.masthead.publishing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Preview links ({@code masthead.preview-links.*}).
 *
 * @param validFor          how long a new link opens
 * @param commentsPerWindow comments through one link per window: enough for a careful reader, not a flood
 * @param commentWindow     the window they are counted in
 */
@Validated
@ConfigurationProperties("masthead.preview-links")
public record PreviewLinkPolicy(
        @NotNull @DefaultValue("7d") Duration validFor,
        @Min(1) @DefaultValue("10") int commentsPerWindow,
        @NotNull @DefaultValue("1h") Duration commentWindow) {
}
