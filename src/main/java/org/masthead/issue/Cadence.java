package org.masthead.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A publication's rhythm: the weekday and time of release in its zone, the writers' and the
 * editing deadline as days before the release at a time of day, and how many days before the
 * release the next issue is made. Every moment is worked out on the publication's wall clock, so a
 * deadline "two days before, 17:00" stays at 17:00 across a change to or from summer time.
 */
@Embeddable
public class Cadence {

    /** How far ahead a deadline or the making of an issue may lie: four weeks. */
    public static final int DAYS_MAX = 28;

    public static final String FIELD_WEEKDAY = "weekday";
    public static final String FIELD_RELEASE_TIME = "releaseTime";
    public static final String FIELD_WRITERS = "writersDaysBefore";
    public static final String FIELD_EDITING = "editingDaysBefore";
    public static final String FIELD_CREATE = "createDaysBefore";

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_weekday")
    private DayOfWeek weekday;

    @Column(name = "cadence_release_time")
    private LocalTime releaseTime;

    @Column(name = "cadence_writers_days")
    private Integer writersDaysBefore;

    @Column(name = "cadence_writers_time")
    private LocalTime writersTime;

    @Column(name = "cadence_editing_days")
    private Integer editingDaysBefore;

    @Column(name = "cadence_editing_time")
    private LocalTime editingTime;

    @Column(name = "cadence_create_days")
    private Integer createDaysBefore;

    protected Cadence() {
    }

    /** Any value may be missing here: {@link #refusal()} says which, before a publication takes it. */
    public Cadence(DayOfWeek weekday, LocalTime releaseTime, Integer writersDaysBefore, LocalTime writersTime,
                   Integer editingDaysBefore, LocalTime editingTime, Integer createDaysBefore) {
        this.weekday = weekday;
        this.releaseTime = releaseTime;
        this.writersDaysBefore = writersDaysBefore;
        this.writersTime = writersTime;
        this.editingDaysBefore = editingDaysBefore;
        this.editingTime = editingTime;
        this.createDaysBefore = createDaysBefore;
    }

    /** Hibernate gives an embedded value whose columns are all empty as null; this says the same of a half-read one. */
    boolean isComplete() {
        return weekday != null && releaseTime != null && writersDaysBefore != null && writersTime != null
                && editingDaysBefore != null && editingTime != null && createDaysBefore != null;
    }

    /**
     * What is wrong with this rhythm, as the field to show it on and the sentence: the order a
     * week runs in is made, writers' deadline, editing deadline, release.
     */
    public Optional<Refused> refusal() {
        if (weekday == null) {
            return refused(FIELD_WEEKDAY, "Pick the weekday the issue comes out.");
        }
        if (releaseTime == null || writersTime == null || editingTime == null) {
            return refused(FIELD_RELEASE_TIME, "Set the time of the release and of both deadlines.");
        }
        if (outOfRange(writersDaysBefore) || outOfRange(editingDaysBefore) || createDaysBefore == null
                || createDaysBefore < 1 || createDaysBefore > DAYS_MAX) {
            return refused(FIELD_CREATE, "Days before the release are whole numbers from 0 to " + DAYS_MAX
                    + " (the issue is made at least 1 day before).");
        }
        LocalDate release = LocalDate.of(2026, 1, 1).with(TemporalAdjusters.nextOrSame(weekday));
        var releaseAt = release.atTime(releaseTime);
        var editingAt = release.minusDays(editingDaysBefore).atTime(editingTime);
        var writersAt = release.minusDays(writersDaysBefore).atTime(writersTime);
        var madeAt = release.minusDays(createDaysBefore).atTime(releaseTime);
        if (!editingAt.isBefore(releaseAt)) {
            return refused(FIELD_EDITING, "The editing deadline must come before the release.");
        }
        if (!writersAt.isBefore(editingAt)) {
            return refused(FIELD_WRITERS, "The writers' deadline must come before the editing deadline.");
        }
        if (!madeAt.isBefore(writersAt)) {
            return refused(FIELD_CREATE, "The issue must be made before the writers' deadline, so they have time to write.");
        }
        return Optional.empty();
    }

    private static boolean outOfRange(Integer days) {
        return days == null || days < 0 || days > DAYS_MAX;
    }

    private static Optional<Refused> refused(String field, String sentence) {
        return Optional.of(new Refused(field, sentence));
    }

    /** A refusal of one value of the rhythm. */
    public record Refused(String field, String sentence) {
    }

    /** The release of the week whose release day is {@code date}, on the publication's clock. */
    public ZonedDateTime releaseOn(LocalDate date, ZoneId zone) {
        return date.atTime(releaseTime).atZone(zone);
    }

    /** The first regular release strictly after {@code instant}. */
    public LocalDate firstReleaseAfter(Instant instant, ZoneId zone) {
        LocalDate date = instant.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
        return releaseOn(date, zone).toInstant().isAfter(instant) ? date : date.plusWeeks(1);
    }

    /** The regular release days from {@code from} to {@code to}, both included. */
    public List<LocalDate> releaseDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(weekday)); !d.isAfter(to); d = d.plusWeeks(1)) {
            days.add(d);
        }
        return days;
    }

    /** When the writers' texts are due for a release on {@code releaseDay}. */
    public ZonedDateTime writersDeadline(LocalDate releaseDay, ZoneId zone) {
        return releaseDay.minusDays(writersDaysBefore).atTime(writersTime).atZone(zone);
    }

    /** When the editors are to be done for a release on {@code releaseDay}. */
    public ZonedDateTime editingDeadline(LocalDate releaseDay, ZoneId zone) {
        return releaseDay.minusDays(editingDaysBefore).atTime(editingTime).atZone(zone);
    }

    /** When the issue for a release on {@code releaseDay} is made: so many days before, at the release's time of day. */
    public ZonedDateTime madeAt(LocalDate releaseDay, ZoneId zone) {
        return releaseOn(releaseDay, zone).minusDays(createDaysBefore);
    }

    /**
     * The release days whose issue is due to be made at {@code now}: its making time has come and
     * its release is still ahead (a week whose release has passed is not made after the fact).
     */
    public List<LocalDate> dueAt(Instant now, ZoneId zone) {
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate d = firstReleaseAfter(now, zone); !madeAt(d, zone).toInstant().isAfter(now); d = d.plusWeeks(1)) {
            due.add(d);
        }
        return due;
    }

    /** "Thursday 09:00; writers 2 days before, 17:00; editing 1 day before, 12:00; made 6 days before". */
    public String describe() {
        return weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + releaseTime
                + "; writers " + days(writersDaysBefore) + ", " + writersTime
                + "; editing " + days(editingDaysBefore) + ", " + editingTime
                + "; made " + days(createDaysBefore);
    }

    private static String days(int n) {
        return n == 0 ? "the same day" : n == 1 ? "1 day before" : n + " days before";
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalTime getReleaseTime() {
        return releaseTime;
    }

    public int getWritersDaysBefore() {
        return writersDaysBefore;
    }

    public LocalTime getWritersTime() {
        return writersTime;
    }

    public int getEditingDaysBefore() {
        return editingDaysBefore;
    }

    public LocalTime getEditingTime() {
        return editingTime;
    }

    public int getCreateDaysBefore() {
        return createDaysBefore;
    }
}
