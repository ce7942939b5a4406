package org.masthead.base.ui;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The time zone every desk time is shown in (the publication's) and the locale of the date and
 * time pickers. The publication lives in a feature above `base`, so views ask through this
 * interface; {@link Formats} turns instants into words with it.
 */
public interface DeskTime {

    ZoneId zone();

    /** The pickers' locale: European (day first, 24-hour clock) unless the publication says otherwise. */
    Locale pickerLocale();
}
