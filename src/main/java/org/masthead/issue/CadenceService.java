package org.masthead.issue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.base.ui.Formats;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication's rhythm: its cadence and template defaults, the weeks on the Calendar, skipping
 * and moving a week, and making each week's issue by itself ({@link CadenceTask}). Numbers follow
 * the issues made: a skipped week makes none and takes no number, a moved issue keeps its own.
 */
@Service
@Transactional
public class CadenceService {

    public static final String FIELD_REASON = "reason";
    public static final String FIELD_MOVE_TO = "moveTo";

    private final IssueRepository issues;
    private final CadenceWeekRepository weeks;
    private final IssueService issueService;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CadenceService(IssueRepository issues, CadenceWeekRepository weeks, IssueService issueService, UserService users,
                   CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.issues = issues;
        this.weeks = weeks;
        this.issueService = issueService;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.CAN_SET_CADENCE)
    public Publication setCadence(Cadence cadence) {
        cadence.refusal().ifPresent(refused -> {
            throw WorkflowException.onField(refused.field(), refused.sentence());
        });
        Publication publication = issueService.publication();
        publication.setCadence(cadence);
        audit.record(AuditAction.CADENCE_SET, null, null, null, null, cadence.describe());
        return publication;
    }

    /** A slot's default writer (null: none) and whether a new issue starts from its last approved text. */
    @PreAuthorize(Roles.CAN_SET_CADENCE)
    public TemplateSlot setSlotDefaults(long slotId, Long writerId, boolean carriedOver) {
        TemplateSlot slot = issueService.publication().getSlots().stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(() -> new NotFoundException("That template slot does not exist."));
        User writer = writerId == null ? null : users.require(writerId);
        if (writer != null && (!writer.isActive() || !writer.hasRole(Role.WRITER))) {
            throw WorkflowException.onField("writer", writer.getDisplayName() + " is not an active writer.");
        }
        slot.setDefaults(writer, carriedOver);
        audit.record(AuditAction.TEMPLATE_SLOT_DEFAULTS_SET, null, null, null, null, slot.getHeading() + ": "
                + (writer == null ? "no default writer" : "written by " + writer.getUsername())
                + (carriedOver ? ", carried over" : ", starts empty"));
        return slot;
    }

    /**
     * The Calendar: the days from {@code weeksBack} weeks ago to {@code weeksAhead} weeks ahead that
     * have an issue, and the cadence's regular release days in between, earliest first.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<CalendarWeek> calendar(int weeksBack, int weeksAhead) {
        Publication publication = issueService.publication();
        ZoneId zone = publication.getTimeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate from = today.minusWeeks(weeksBack);
        LocalDate to = today.plusWeeks(weeksAhead);
        List<Issue> shown = issues.findByPlannedReleaseGreaterThanEqualAndPlannedReleaseLessThanOrderByPlannedReleaseAsc(
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, LocalDate> regularDayOf = shown.isEmpty() ? Map.of()
                : weeks.findByIssueIdIn(shown.stream().map(Issue::getId).toList()).stream()
                .collect(Collectors.toMap(w -> w.getIssue().getId(), CadenceWeek::getReleaseDay, (a, b) -> a));
        boolean planner = currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.PUBLISHER);
        Optional<Cadence> cadence = publication.getCadence();
        List<CalendarWeek> lines = new ArrayList<>();
        for (Issue issue : shown) {
            LocalDate day = issue.getPlannedRelease().atZone(zone).toLocalDate();
            LocalDate regular = regularDayOf.get(issue.getId());
            lines.add(new CalendarWeek(day, issue, day.equals(regular) ? null : regular, null, null,
                    cadence.map(c -> c.writersDeadline(day, zone).toInstant()).orElse(null),
                    cadence.map(c -> c.editingDeadline(day, zone).toInstant()).orElse(null),
                    WeekRules.actions(planner, issue, false, issue.getPlannedRelease(), now)));
        }
        cadence.ifPresent(c -> {
            Map<LocalDate, CadenceWeek> decided = weeks.findByPublicationIdAndReleaseDayBetween(publication.getId(), from, to)
                    .stream().collect(Collectors.toMap(CadenceWeek::getReleaseDay, Function.identity()));
            for (LocalDate day : c.releaseDays(from, to)) {
                CadenceWeek week = decided.get(day);
                if (nearest(shown, day, zone).isPresent() || (week != null && !week.isSkipped())) {
                    continue;   // shown with its issue, on the day the issue now has
                }
                Instant release = c.releaseOn(day, zone).toInstant();
                boolean skipped = week != null;
                lines.add(new CalendarWeek(day, null, null, week,
                        skipped || !release.isAfter(now) ? null : c.madeAt(day, zone).toInstant(),
                        c.writersDeadline(day, zone).toInstant(), c.editingDeadline(day, zone).toInstant(),
                        WeekRules.actions(planner, null, skipped, release, now)));
            }
        });
        lines.sort(Comparator.comparing(CalendarWeek::day)
                .thenComparing(w -> w.issue() == null ? Integer.MAX_VALUE : w.issue().getNumber()));
        return lines;
    }

    /** Skips the week of a regular release day (a holiday): no issue is made for it, and it takes no number. */
    @PreAuthorize(Roles.CAN_SET_CADENCE)
    public CadenceWeek skip(LocalDate day, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > CadenceWeek.REASON_MAX) {
            throw WorkflowException.onField(FIELD_REASON, "Say why in at most " + CadenceWeek.REASON_MAX + " characters.");
        }
        Publication publication = issueService.publication();
        ZoneId zone = publication.getTimeZone();
        Cadence cadence = requireRegularDay(publication, day);
        Optional<CadenceWeek> week = weeks.findByPublicationIdAndReleaseDay(publication.getId(), day);
        Issue issue = week.map(CadenceWeek::getIssue).or(() -> issueNear(day, zone)).orElse(null);
        WeekRules.require(WeekAction.SKIP, issue, week.isPresent(), cadence.releaseOn(day, zone).toInstant(), clock.instant());
        CadenceWeek skipped = weeks.saveAndFlush(CadenceWeek.skipped(publication.getId(), day, actor(),
                why.isEmpty() ? null : why, clock.instant()));
        audit.record(AuditAction.WEEK_SKIPPED, null, null, null, null, Formats.day(day) + (why.isEmpty() ? "" : ": " + why));
        return skipped;
    }

    /** Takes a skip back; if the week is due, its issue is made at once (with the next number). */
    @PreAuthorize(Roles.CAN_SET_CADENCE)
    public Optional<Issue> unskip(LocalDate day) {
        Publication publication = issueService.publication();
        ZoneId zone = publication.getTimeZone();
        Cadence cadence = requireRegularDay(publication, day);
        Optional<CadenceWeek> week = weeks.findByPublicationIdAndReleaseDay(publication.getId(), day)
                .filter(CadenceWeek::isSkipped);
        WeekRules.require(WeekAction.UNSKIP, null, week.isPresent(), cadence.releaseOn(day, zone).toInstant(), clock.instant());
        weeks.delete(week.orElseThrow());
        weeks.flush();
        audit.record(AuditAction.WEEK_UNSKIPPED, null, null, null, null, Formats.day(day));
        return makeIssueFor(day);
    }

    /** Moves one issue's release to another day and time; it keeps its number, and its writers' deadlines follow. */
    @PreAuthorize(Roles.CAN_SET_CADENCE)
    public Issue move(long issueId, LocalDateTime to) {
        if (to == null) {
            throw WorkflowException.onField(FIELD_MOVE_TO, "Pick the new release date and time.");
        }
        Issue issue = issueService.require(issueId);
        ZoneId zone = issue.getPublication().getTimeZone();
        Instant from = issue.getPlannedRelease();
        WeekRules.require(WeekAction.MOVE, issue, false, from, clock.instant());
        Instant target = to.atZone(zone).toInstant();
        if (!target.isAfter(clock.instant())) {
            throw WorkflowException.onField(FIELD_MOVE_TO, "Pick a moment that is still ahead.");
        }
        if (target.equals(from)) {
            throw WorkflowException.onField(FIELD_MOVE_TO, "Issue " + issue.getNumber() + " is already planned then.");
        }
        Optional<Issue> other = issueOn(to.toLocalDate(), zone).filter(i -> !i.equals(issue));
        if (other.isPresent()) {
            throw WorkflowException.onField(FIELD_MOVE_TO, "Issue " + other.get().getNumber() + " is already planned for "
                    + Formats.day(to.toLocalDate()) + ".");
        }
        issue.moveRelease(target);
        audit.record(AuditAction.ISSUE_MOVED, issueId, null, null, null,
                "from " + Formats.moment(from, zone) + " to " + Formats.moment(target, zone));
        events.publishEvent(new IssueMoved(issueId, from, target));
        return issue;
    }

    /** The regular release days whose issue is due now and not yet decided: what {@link CadenceTask} makes. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public List<LocalDate> dueWeeks() {
        Publication publication = issueService.publication();
        return publication.getCadence().map(c -> c.dueAt(clock.instant(), publication.getTimeZone())).orElse(List.of())
                .stream().filter(day -> weeks.findByPublicationIdAndReleaseDay(publication.getId(), day).isEmpty())
                .toList();
    }

    /**
     * Makes the issue of a due week, numbered after the last, titled "No. N" until someone names
     * it; the sections follow from the template on {@link IssueCreated}. The week's row is written
     * first: a second node making the same week at the same moment is refused by its unique key
     * (and rolls back everything it did). An issue already planned within {@value #NEAR_DAYS} days
     * of that day (made by hand, moved there, or made before the weekday changed) is the week's
     * issue, and nothing new is made.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public Optional<Issue> makeIssueFor(LocalDate day) {
        Publication publication = issueService.publication();
        ZoneId zone = publication.getTimeZone();
        Optional<Cadence> cadence = publication.getCadence();
        if (cadence.isEmpty() || !cadence.get().dueAt(clock.instant(), zone).contains(day)
                || weeks.findByPublicationIdAndReleaseDay(publication.getId(), day).isPresent()) {
            return Optional.empty();
        }
        CadenceWeek week = weeks.saveAndFlush(CadenceWeek.claimed(publication.getId(), day, actor(), clock.instant()));
        Optional<Issue> planned = issueNear(day, zone);
        if (planned.isPresent()) {
            week.madeWith(planned.get());
            return Optional.empty();
        }
        int number = issues.highestNumber() + 1;
        Issue issue = issues.saveAndFlush(new Issue(publication, number, "No. " + number,
                cadence.get().releaseOn(day, zone).toInstant()));
        week.madeWith(issue);
        audit.record(AuditAction.ISSUE_CREATED_BY_CADENCE, issue.getId(), null, null, IssueStatus.PLANNING,
                "Issue " + number + " for " + Formats.day(day));
        events.publishEvent(new IssueCreated(issue.getId()));
        return Optional.of(issue);
    }

    private Cadence requireRegularDay(Publication publication, LocalDate day) {
        Cadence cadence = publication.getCadence()
                .orElseThrow(() -> new WorkflowException("The publication has no cadence yet: set it first."));
        if (day == null || day.getDayOfWeek() != cadence.getWeekday()) {
            throw new WorkflowException("Only a regular release day of the cadence can be skipped.");
        }
        return cadence;
    }

    /** How close to a regular release day an issue must be to count as that week's. */
    static final int NEAR_DAYS = 3;

    private Optional<Issue> issueNear(LocalDate day, ZoneId zone) {
        return nearest(issues.findByPlannedReleaseGreaterThanEqualAndPlannedReleaseLessThanOrderByPlannedReleaseAsc(
                day.minusDays(NEAR_DAYS).atStartOfDay(zone).toInstant(),
                day.plusDays(NEAR_DAYS + 1).atStartOfDay(zone).toInstant()), day, zone);
    }

    /** Of these issues, the one planned closest to {@code day}, if one is within {@value #NEAR_DAYS} days. */
    private static Optional<Issue> nearest(List<Issue> candidates, LocalDate day, ZoneId zone) {
        return candidates.stream()
                .filter(i -> Math.abs(distance(i, day, zone)) <= NEAR_DAYS)
                .min(Comparator.comparingLong(i -> Math.abs(distance(i, day, zone))));
    }

    private static long distance(Issue issue, LocalDate day, ZoneId zone) {
        return java.time.temporal.ChronoUnit.DAYS.between(day, issue.getPlannedRelease().atZone(zone).toLocalDate());
    }

    private Optional<Issue> issueOn(LocalDate day, ZoneId zone) {
        return issues.findByPlannedReleaseGreaterThanEqualAndPlannedReleaseLessThanOrderByPlannedReleaseAsc(
                day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()).stream().findFirst();
    }

    private String actor() {
        return currentUser.usernameOrDesk();
    }
}
