package org.masthead.issue;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The publication a fresh installation starts with, and how the desk writes dates
 * ({@code masthead.publication.*}). Checked at start: a bad value stops the app with a sentence
 * naming the variable.
 *
 * @param name     the publication's name
 * @param tagline  the line under its name
 * @param footer   the standing footer of every edition, in Markdown
 * @param timeZone its time zone, e.g. Europe/Prague
 * @param locale   the date pickers' language tag; day first and a 24-hour clock unless said otherwise
 */
@Validated
@ConfigurationProperties("masthead.publication")
public record PublicationSettings(
        @NotBlank(message = "MASTHEAD_PUBLICATION_NAME (masthead.publication.name) must not be blank")
        @DefaultValue("Weekly Briefing") String name,
        @DefaultValue("Our weekly briefing") String tagline,
        @DefaultValue("You receive this briefing because you subscribed to it.") String footer,
        @DefaultValue("UTC") String timeZone,
        @DefaultValue(PublicationSettings.EUROPEAN) String locale) {

    /** Day first, 24-hour clock: how our (European) editorial teams write dates and times. */
    static final String EUROPEAN = "en-GB";

    @AssertTrue(message = "MASTHEAD_PUBLICATION_TIME_ZONE (masthead.publication.time-zone) must be a time zone such as Europe/Prague or UTC")
    public boolean isTimeZoneKnown() {
        try {
            ZoneId.of(timeZone.strip());
            return true;
        } catch (DateTimeException | NullPointerException unknown) {
            return false;
        }
    }

    @AssertTrue(message = "MASTHEAD_PUBLICATION_LOCALE (masthead.publication.locale) must be a language tag such as en-GB or de-DE")
    public boolean isLocaleKnown() {
        return locale != null && !Locale.forLanguageTag(locale.strip()).getLanguage().isEmpty();
    }

    ZoneId zone() {
        return ZoneId.of(timeZone.strip());
    }

    Locale pickerLocale() {
        return Locale.forLanguageTag(locale.strip());
    }
}
