package org.masthead.publishing.sources;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the sources an edition cites are fetched for its archive ({@code masthead.sources.*}). Checked
 * at start: a bad value stops the app with a sentence naming the variable.
 *
 * @param timeout       the longest one fetch may take, redirects included
 * @param maxSize       the most a source may weigh, as received and once unpacked
 * @param maxRedirects  how many redirects a fetch follows before it gives up
 * @param perHost       how many fetches may talk to one host at once
 * @param loopbackHosts test only: host names (as written in a link) taken to be this machine (127.0.0.1)
 *                      without asking DNS, for the tests' fixture servers; empty in every real installation
 */
@Validated
@ConfigurationProperties("masthead.sources")
public record SourceSettings(
        @NotNull @DurationMin(seconds = 1, message = "MASTHEAD_SOURCES_TIMEOUT (masthead.sources.timeout) must be at least 1s, e.g. 10s")
        @DefaultValue("10s") Duration timeout,
        @NotNull @DefaultValue("10MB") DataSize maxSize,
        @Min(value = 0, message = "MASTHEAD_SOURCES_MAX_REDIRECTS (masthead.sources.max-redirects) must be 0 or more, e.g. 5")
        @Max(value = 20, message = "MASTHEAD_SOURCES_MAX_REDIRECTS (masthead.sources.max-redirects) must be at most 20")
        @DefaultValue("5") int maxRedirects,
        @Min(value = 1, message = "MASTHEAD_SOURCES_PER_HOST (masthead.sources.per-host) must be at least 1, e.g. 2")
        @DefaultValue("2") int perHost,
        @NotNull @DefaultValue("") List<String> loopbackHosts) {

    /** The settings of a real installation: what the fetcher must hold to. */
    public static SourceSettings production() {
        return new SourceSettings(Duration.ofSeconds(10), DataSize.ofMegabytes(10), 5, 2, List.of());
    }
}
