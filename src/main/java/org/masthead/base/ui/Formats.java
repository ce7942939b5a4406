package org.masthead.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.masthead.base.Counting;

/**
 * How dates and times read on the desk: the same everywhere, "Thu 3 Dec 2026, 09:00", always in
 * the publication's zone ({@link DeskTime#zone()}), which is named where a reader might wonder
 * which clock is meant (a scheduled or planned release).
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String day(LocalDate date) {
        return date == null ? "–" : DAY.format(date);
    }

    public static String moment(Instant instant, ZoneId zone) {
        return instant == null ? "–" : MOMENT.format(instant.atZone(zone));
    }

    /** A moment with its zone named: "Thu 3 Dec 2026, 09:00 (Europe/Prague)". */
    public static String zoned(Instant instant, ZoneId zone) {
        return instant == null ? "–" : moment(instant, zone) + " (" + zone.getId() + ")";
    }

    /** Words a minute of an attentive reader of news prose. */
    static final int READING_SPEED = 230;

    /** "1 word", "412 words". */
    public static String count(int n, String noun) {
        return Counting.thousands(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /** "1 min read" for anything up to a minute of reading, then rounded to whole minutes. */
    public static String readingTime(int words) {
        int minutes = words == 0 ? 0 : Math.max(1, Math.round(words / (float) READING_SPEED));
        return minutes + " min read";
    }
}
