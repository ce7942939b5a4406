package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.DRAFT;
import static org.masthead.section.SectionState.IN_REVIEW;
import static org.masthead.section.SectionState.RETURNED;
import static org.masthead.security.PermissionMatrixTest.Actor.ADMIN;
import static org.masthead.security.PermissionMatrixTest.Actor.EDITOR;
import static org.masthead.security.PermissionMatrixTest.Actor.EDITOR_WHO_WRITES;
import static org.masthead.security.PermissionMatrixTest.Actor.NOBODY;
import static org.masthead.security.PermissionMatrixTest.Actor.OTHER_WRITER;
import static org.masthead.security.PermissionMatrixTest.Actor.PUBLISHER;
import static org.masthead.security.PermissionMatrixTest.Actor.VISITOR;
import static org.masthead.security.PermissionMatrixTest.Actor.WRITER;
import static org.masthead.security.PermissionMatrixTest.Verdict.NO;
import static org.masthead.security.PermissionMatrixTest.Verdict.YES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestTables;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.issue.CadenceWeek;
import org.masthead.issue.CalendarWeek;
import org.masthead.issue.Issue;
import org.masthead.issue.Publication;
import org.masthead.issue.TemplateSlot;
import org.masthead.issue.IssueService;
import org.masthead.mailing.ImportPreview;
import org.masthead.mailing.Subscriber;
import org.masthead.mailing.SubscriberSearch;
import org.masthead.mailing.SubscriberStatus;
import org.masthead.mailing.Subscribers;
import org.masthead.publishing.BackIssues;
import org.masthead.publishing.PreviewLink;
import org.masthead.publishing.PreviewLinks;
import org.masthead.publishing.Corrections;
import org.masthead.publishing.ReleaseService;
import org.masthead.publishing.Schedules;
import org.masthead.section.IssueProgress;
import org.masthead.section.ReviewNote;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Handover;
import org.masthead.section.Section;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.user.User;
import org.masthead.user.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * DESIGN.md's "Who may do what", tried at the service layer: every action by every role, then
 * the rules a role alone does not settle (whose section, which state, four eyes), then a released
 * issue. An allowed attempt must have its effect; a refused one must change nothing at all.
 */
class PermissionMatrixTest extends ServiceTest {

    private static final String NEW_BODY = "A *new* body, typed by whoever is signed in.";
    private static final String NOTE = "The second paragraph needs a source.";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CadenceService cadence;
    @Autowired
    IssueService issues;
    @Autowired
    SectionService sections;
    @Autowired
    SectionPlanning planning;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    ReviewNotes notes;
    @Autowired
    ReleaseService releases;
    @Autowired
    Accounts accounts;
    @Autowired
    Schedules schedules;
    @Autowired
    Corrections corrections;
    @Autowired
    BackIssues backIssues;
    @Autowired
    AuditTrail audit;
    @Autowired
    Subscribers subscribers;
    @Autowired
    PreviewLinks previewLinks;

    // ---------------------------------------------------------------------------------------------
    // 1. Every action of the table, by every role

    static final Set<Actor> READERS = EnumSet.of(WRITER, EDITOR, PUBLISHER);
    static final Set<Actor> PLANNERS = EnumSet.of(EDITOR, PUBLISHER);
    static final Set<Actor> SUBSCRIBER_KEEPERS = EnumSet.of(PUBLISHER, ADMIN);

    static final List<Action> TABLE = List.of(
            // read issues in production, their sections and notes: writer, editor, publisher
            new Action("list every issue", READERS, PermissionMatrixTest::listEveryIssue),
            new Action("open an issue", READERS, PermissionMatrixTest::openAnIssue),
            new Action("list the issues in production", READERS, PermissionMatrixTest::listIssuesInProduction),
            new Action("list an issue's sections", READERS, PermissionMatrixTest::listSections),
            new Action("open a section", READERS, PermissionMatrixTest::openASection),
            new Action("see how far an issue is", READERS, PermissionMatrixTest::seeProgress),
            new Action("read a section's review notes", READERS, PermissionMatrixTest::readNotes),
            new Action("ask what they may do to a section", READERS, PermissionMatrixTest::askWhatTheyMayDo),
            // create an issue, plan sections, assign writers, set deadlines: editor, publisher
            new Action("create an issue", PLANNERS, PermissionMatrixTest::createAnIssue),
            new Action("add a section to an issue", PLANNERS, PermissionMatrixTest::addASection),
            new Action("drop an optional section", PLANNERS, PermissionMatrixTest::dropASection),
            new Action("restore a dropped section", PLANNERS, PermissionMatrixTest::restoreASection),
            new Action("move a section down", PLANNERS, PermissionMatrixTest::moveASection),
            new Action("assign a writer to a section", PLANNERS, t -> t.assignWalter(t.freshSection())),
            new Action("set a section's deadline", PLANNERS, t -> t.setDeadline(t.freshSection())),
            // issue 15: see the weeks; set the cadence, skip or move a week (editor, publisher); name an issue (planners)
            new Action("see the calendar of weeks", READERS, PermissionMatrixTest::seeTheCalendar),
            new Action("set the publication's cadence", PLANNERS, PermissionMatrixTest::setTheCadence),
            new Action("set a template slot's default writer", PLANNERS, PermissionMatrixTest::setASlotsDefaults),
            new Action("skip a week", PLANNERS, PermissionMatrixTest::skipAWeek),
            new Action("take back a skipped week", PLANNERS, PermissionMatrixTest::unskipAWeek),
            new Action("move an issue's release", PLANNERS, PermissionMatrixTest::moveAnIssue),
            new Action("name an issue", PLANNERS, PermissionMatrixTest::nameAnIssue),
            // edit a section body: the writer while theirs, an editor while in review
            new Action("edit the body of wendy's draft", EnumSet.of(WRITER), t -> t.editBody(t.sectionOf("wendy", DRAFT))),
            new Action("edit the body of wendy's returned section", EnumSet.of(WRITER),
                    t -> t.editBody(t.sectionOf("wendy", RETURNED))),
            new Action("copy-edit wendy's section in review", EnumSet.of(EDITOR),
                    t -> t.copyEdit(t.sectionOf("wendy", IN_REVIEW))),
            // issue 4: a change to an approved body (its writer's or an editor's) sends it back to review
            new Action("change the body of wendy's approved section", EnumSet.of(WRITER, EDITOR),
                    t -> t.changeApproved(t.sectionOf("wendy", APPROVED))),
            // submit: the section's own writer
            new Action("submit wendy's draft", EnumSet.of(WRITER), t -> t.submit(t.sectionOf("wendy", DRAFT))),
            // approve or return: an editor
            new Action("approve wendy's section", EnumSet.of(EDITOR), t -> t.approve(t.sectionOf("wendy", IN_REVIEW))),
            new Action("return wendy's section with a note", EnumSet.of(EDITOR),
                    t -> t.returnToWriter(t.sectionOf("wendy", IN_REVIEW))),
            // issue 15: a note on a passage is a reviewer's: an editor, while the section is in review
            new Action("comment on a passage of wendy's section in review", EnumSet.of(EDITOR),
                    t -> t.notePassage(t.sectionOf("wendy", IN_REVIEW))),
            // reopen an approved section: editor, publisher
            new Action("reopen wendy's approved section", PLANNERS, t -> t.reopen(t.sectionOf("wendy", APPROVED))),
            // release: publisher
            new Action("release a ready issue", EnumSet.of(PUBLISHER), t -> t.release(t.desk.readyIssue())),
            // schedule, unschedule, publish a correction, bring in a back issue: publisher
            new Action("schedule a ready issue", EnumSet.of(PUBLISHER), PermissionMatrixTest::scheduleAnIssue),
            new Action("unschedule a scheduled issue", EnumSet.of(PUBLISHER), PermissionMatrixTest::unscheduleAnIssue),
            new Action("publish a correction of a released issue", EnumSet.of(PUBLISHER), PermissionMatrixTest::correctAnIssue),
            new Action("import a back issue", EnumSet.of(PUBLISHER), PermissionMatrixTest::importABackIssue),
            // manage users and roles: admin
            new Action("add a person", EnumSet.of(ADMIN), PermissionMatrixTest::addAPerson),
            new Action("change a person's roles", EnumSet.of(ADMIN), PermissionMatrixTest::changeRoles),
            new Action("list the people and their roles", EnumSet.of(ADMIN), PermissionMatrixTest::listPeople),
            // read the audit trail: editor, publisher, admin
            new Action("read the audit trail", EnumSet.of(EDITOR, PUBLISHER, ADMIN), PermissionMatrixTest::readAudit),
            // manage subscribers (list, add, import, export, delete): publisher, admin
            new Action("list the subscribers", SUBSCRIBER_KEEPERS, PermissionMatrixTest::listSubscribers),
            new Action("count the subscribers by status", SUBSCRIBER_KEEPERS, PermissionMatrixTest::countSubscribers),
            new Action("add a subscriber", SUBSCRIBER_KEEPERS, PermissionMatrixTest::addASubscriber),
            new Action("preview a subscriber import", SUBSCRIBER_KEEPERS, PermissionMatrixTest::previewAnImport),
            new Action("import subscribers", SUBSCRIBER_KEEPERS, PermissionMatrixTest::importSubscribers),
            new Action("export the subscribers", SUBSCRIBER_KEEPERS, PermissionMatrixTest::exportSubscribers),
            new Action("delete a subscriber's data", SUBSCRIBER_KEEPERS, PermissionMatrixTest::deleteASubscriber),
            // create or revoke a preview link for outsiders (and see an issue's links): editor, publisher
            new Action("create a preview link of an issue in production", PLANNERS, PermissionMatrixTest::createAPreviewLink),
            new Action("revoke a preview link", PLANNERS, PermissionMatrixTest::revokeAPreviewLink),
            new Action("list an issue's preview links", PLANNERS, PermissionMatrixTest::listPreviewLinks));

    static Stream<Arguments> everyRoleTimesEveryAction() {
        return TABLE.stream().flatMap(action -> Actor.ROLES.stream()
                .map(actor -> Arguments.of(actor, action, Verdict.of(action.allowed().contains(actor)))));
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("everyRoleTimesEveryAction")
    void each_role_may_do_exactly_what_the_table_gives_it(Actor actor, Action action, Verdict verdict) throws Exception {
        attempt(actor, action.prepare().apply(this), verdict);
    }

    // ---------------------------------------------------------------------------------------------
    // 2. What the role alone does not settle: whose section, which state, four eyes

    static Stream<Arguments> rulesBeyondTheRole() {
        return Stream.of(
                rule(OTHER_WRITER, "edit the body of wendy's draft", NO, t -> t.editBody(t.sectionOf("wendy", DRAFT))),
                rule(OTHER_WRITER, "edit the body of wendy's returned section", NO,
                        t -> t.editBody(t.sectionOf("wendy", RETURNED))),
                rule(WRITER, "edit the body of her own section while it is in review", NO,
                        t -> t.editBody(t.sectionOf("wendy", IN_REVIEW))),
                rule(EDITOR, "edit the body of a draft", NO, t -> t.editBody(t.sectionOf("wendy", DRAFT))),
                rule(EDITOR, "edit the body of a returned section", NO, t -> t.editBody(t.sectionOf("wendy", RETURNED))),
                rule(EDITOR_WHO_WRITES, "edit the body of wendy's draft", NO, t -> t.editBody(t.sectionOf("wendy", DRAFT))),
                rule(EDITOR_WHO_WRITES, "edit the body of his own draft", YES, t -> t.editBody(t.sectionOf("eddie", DRAFT))),
                rule(EDITOR_WHO_WRITES, "copy-edit wendy's section in review", YES,
                        t -> t.copyEdit(t.sectionOf("wendy", IN_REVIEW))),
                rule(OTHER_WRITER, "change the body of wendy's approved section", NO,
                        t -> t.changeApproved(t.sectionOf("wendy", APPROVED))),
                rule(EDITOR_WHO_WRITES, "change the body of his own approved section", YES,
                        t -> t.changeApproved(t.sectionOf("eddie", APPROVED))),
                rule(OTHER_WRITER, "submit wendy's draft", NO, t -> t.submit(t.sectionOf("wendy", DRAFT))),
                rule(OTHER_WRITER, "submit a section nobody was assigned", NO, t -> t.submit(t.freshSection())),
                rule(EDITOR_WHO_WRITES, "submit wendy's draft", NO, t -> t.submit(t.sectionOf("wendy", DRAFT))),
                rule(EDITOR_WHO_WRITES, "submit his own draft", YES, t -> t.submit(t.sectionOf("eddie", DRAFT))),
                rule(WRITER, "resubmit her own returned section", YES, t -> t.submit(t.sectionOf("wendy", RETURNED))),
                // four eyes: eddie may review, but never what he wrote himself
                rule(EDITOR_WHO_WRITES, "approve a section he wrote", NO, t -> t.approve(t.sectionOf("eddie", IN_REVIEW))),
                rule(EDITOR_WHO_WRITES, "return a section he wrote", NO,
                        t -> t.returnToWriter(t.sectionOf("eddie", IN_REVIEW))),
                rule(EDITOR_WHO_WRITES, "comment on a passage of a section he wrote", NO,
                        t -> t.notePassage(t.sectionOf("eddie", IN_REVIEW))),
                rule(EDITOR, "comment on a passage of wendy's draft", NO, t -> t.notePassage(t.sectionOf("wendy", DRAFT))),
                rule(EDITOR, "approve a section eddie wrote", YES, t -> t.approve(t.sectionOf("eddie", IN_REVIEW))),
                rule(EDITOR, "return a section eddie wrote", YES, t -> t.returnToWriter(t.sectionOf("eddie", IN_REVIEW))),
                rule(EDITOR_WHO_WRITES, "approve a section wendy wrote", YES,
                        t -> t.approve(t.sectionOf("wendy", IN_REVIEW))),
                rule(EDITOR_WHO_WRITES, "return a section wendy wrote", YES,
                        t -> t.returnToWriter(t.sectionOf("wendy", IN_REVIEW))));
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("rulesBeyondTheRole")
    void the_rules_beyond_the_role_hold(Actor actor, String action, Verdict verdict,
                                        Function<PermissionMatrixTest, Prepared<?>> prepare) throws Exception {
        attempt(actor, prepare.apply(this), verdict);
    }

    // ---------------------------------------------------------------------------------------------
    // 3. A released issue is read-only for everyone

    static Stream<Arguments> changesToAReleasedIssue() {
        return Stream.of(
                change(WRITER, "edit the body of her section", (t, issue) -> t.editBody(t.first(issue))),
                change(WRITER, "submit her section", (t, issue) -> t.submit(t.first(issue))),
                change(EDITOR, "copy-edit a section", (t, issue) -> t.copyEdit(t.first(issue))),
                change(EDITOR, "approve a section", (t, issue) -> t.approve(t.first(issue))),
                change(EDITOR, "comment on a passage of a section", (t, issue) -> t.notePassage(t.first(issue))),
                change(EDITOR, "reopen a section", (t, issue) -> t.reopen(t.first(issue))),
                change(PUBLISHER, "reopen a section", (t, issue) -> t.reopen(t.first(issue))),
                change(EDITOR, "assign a writer", (t, issue) -> t.assignWalter(t.first(issue))),
                change(EDITOR, "set a deadline", (t, issue) -> t.setDeadline(t.first(issue))),
                change(PUBLISHER, "add a section", (t, issue) -> t.addTo(issue)),
                change(EDITOR, "drop the optional section", (t, issue) -> t.drop(t.desk.sectionIds(issue).get(1))),
                change(EDITOR, "restore a section", (t, issue) -> t.restore(t.desk.sectionIds(issue).get(1))),
                change(EDITOR, "move a section", (t, issue) -> t.moveDown(issue)),
                change(PUBLISHER, "release it again", (t, issue) -> t.release(issue)),
                change(PUBLISHER, "schedule it", (t, issue) -> t.schedule(issue)),
                change(EDITOR, "create a preview link of it", (t, issue) -> new Prepared<>(() -> t.previewLinks.create(issue),
                        line -> { })),
                change(EDITOR, "move its release", (t, issue) -> t.move(issue)),
                change(PUBLISHER, "rename it", (t, issue) -> t.rename(issue)));
    }

    @ParameterizedTest(name = "{0} may not {1} once the issue is released")
    @MethodSource("changesToAReleasedIssue")
    void a_released_issue_is_read_only_for_everyone(Actor actor, String action,
                                                    BiFunction<PermissionMatrixTest, Long, Prepared<?>> prepare) {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        Prepared<?> prepared = prepare.apply(this, issueId);
        List<String> before = snapshot();

        actor.signIn();
        Throwable refusal = catchThrowable(() -> prepared.call().call());
        SecurityContextHolder.clearContext();

        assertThat(refusal).as("the attempt should have been refused").isNotNull()
                .isInstanceOf(WorkflowException.class).hasMessageContaining("is released");
        assertThat(snapshot()).as("the database after the refused attempt").isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------
    // The attempt: allowed means it had its effect, refused means nothing changed

    private void attempt(Actor actor, Prepared<?> prepared, Verdict verdict) throws Exception {
        if (verdict == YES) {
            actor.signIn();
            try {
                prepared.runAndCheck();
            } finally {
                SecurityContextHolder.clearContext();
            }
            return;
        }
        List<String> before = snapshot();
        actor.signIn();
        Throwable refusal = catchThrowable(() -> prepared.call().call());
        SecurityContextHolder.clearContext();
        assertThat(refusal).as("the attempt should have been refused, but it went through").isNotNull();
        assertThat(refusal).as("how the attempt was refused").isInstanceOfAny(actor.refusals());
        assertThat(snapshot()).as("the database after the refused attempt").isEqualTo(before);
    }

    /** Every row of every table, as text, in a stable order. */
    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        // Every table of the schema: a refused attempt leaves each of them exactly as it was.
        for (String table : TestTables.IN_DELETION_ORDER) {
            jdbc.queryForList("select * from " + table).stream()
                    .map(row -> table + " " + row)
                    .sorted()
                    .forEach(rows::add);
        }
        return rows;
    }

    // ---------------------------------------------------------------------------------------------
    // The actions: each prepares its fixture (through the real services) and says what its effect is

    private static final Cadence THURSDAYS = new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0),
            1, LocalTime.of(12, 0), 6);

    /** A regular release day of {@link #THURSDAYS} far enough ahead that its issue is not due yet. */
    private static LocalDate aThursdayAhead() {
        return LocalDate.now().plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    private void withCadence() {
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> cadence.setCadence(THURSDAYS));
    }

    private Prepared<List<CalendarWeek>> seeTheCalendar() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> cadence.calendar(520, 520),
                weeks -> assertThat(weeks).extracting(w -> w.issue().getId()).containsExactly(issueId));
    }

    private Prepared<Publication> setTheCadence() {
        return new Prepared<>(() -> cadence.setCadence(THURSDAYS), set -> assertThat(jdbc.queryForObject(
                "select cadence_weekday from publications", String.class)).isEqualTo("THURSDAY"));
    }

    private Prepared<TemplateSlot> setASlotsDefaults() {
        long slotId = jdbc.queryForObject("select min(id) from template_slots", Long.class);
        long walter = desk.userId("walter");
        return new Prepared<>(() -> cadence.setSlotDefaults(slotId, walter, true), set -> assertThat(jdbc.queryForObject(
                "select default_writer_id from template_slots where id = ? and carried_over", Long.class, slotId)).isEqualTo(walter));
    }

    private Prepared<CadenceWeek> skipAWeek() {
        withCadence();
        LocalDate day = aThursdayAhead();
        return new Prepared<>(() -> cadence.skip(day, "Holiday"), skipped -> assertThat(count(
                "select count(*) from cadence_weeks where release_date = ? and skipped", day)).isOne());
    }

    private Prepared<Optional<Issue>> unskipAWeek() {
        withCadence();
        LocalDate day = aThursdayAhead();
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> cadence.skip(day, "Holiday"));
        return new Prepared<>(() -> cadence.unskip(day), back -> assertThat(count(
                "select count(*) from cadence_weeks where release_date = ?", day)).isZero());
    }

    private Prepared<Issue> moveAnIssue() {
        return move(desk.newIssue());
    }

    private Prepared<Issue> move(long issueId) {
        LocalDateTime to = LocalDateTime.of(aThursdayAhead().plusDays(1), LocalTime.of(10, 0));
        return new Prepared<>(() -> cadence.move(issueId, to), moved -> assertThat(count(
                "select count(*) from audit_events where issue_id = ? and action = 'ISSUE_MOVED'", issueId)).isOne());
    }

    private Prepared<Issue> nameAnIssue() {
        return rename(desk.newIssue());
    }

    private Prepared<Issue> rename(long issueId) {
        return new Prepared<>(() -> issues.rename(issueId, "Named at last"), named -> assertThat(jdbc.queryForObject(
                "select title from issues where id = ?", String.class, issueId)).isEqualTo("Named at last"));
    }

    private Prepared<List<Issue>> listEveryIssue() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> issues.all(),
                all -> assertThat(all).extracting(Issue::getId).containsExactly(issueId));
    }

    private Prepared<Issue> openAnIssue() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> issues.require(issueId),
                issue -> assertThat(issue.getTitle()).isEqualTo("A test issue"));
    }

    private Prepared<List<Issue>> listIssuesInProduction() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> issues.inProduction(),
                open -> assertThat(open).extracting(Issue::getId).containsExactly(issueId));
    }

    private Prepared<List<Section>> listSections() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> sections.sectionsOf(issueId),
                all -> assertThat(all).extracting(Section::getHeading).containsExactlyElementsOf(Desk.HEADINGS));
    }

    private Prepared<Section> openASection() {
        long sectionId = freshSection();
        return new Prepared<>(() -> sections.require(sectionId),
                section -> assertThat(section.getHeading()).isEqualTo(Desk.HEADINGS.get(0)));
    }

    private Prepared<org.masthead.section.SectionActions> askWhatTheyMayDo() {
        long sectionId = sectionOf("wendy", RETURNED);
        return new Prepared<>(() -> workflow.actionsFor(sectionId),
                actions -> assertThat(actions.may(org.masthead.section.SectionAction.APPROVE)).isFalse());
    }

    private Prepared<IssueProgress> seeProgress() {
        long issueId = desk.newIssue();
        desk.bringTo(desk.sectionIds(issueId).get(0), "wendy", APPROVED);
        return new Prepared<>(() -> sections.progressOf(issueId),
                progress -> assertThat(progress.label()).isEqualTo("1 / 3 approved"));
    }

    private Prepared<List<ReviewNote>> readNotes() {
        long sectionId = sectionOf("wendy", RETURNED);
        return new Prepared<>(() -> notes.of(sectionId),
                thread -> assertThat(thread).extracting(ReviewNote::getBody).containsExactly("Please tighten the lede."));
    }

    private Prepared<Issue> createAnIssue() {
        return new Prepared<>(() -> issues.create("An issue from the matrix", LocalDateTime.of(2026, 12, 11, 9, 0)),
                issue -> {
                    assertThat(count("select count(*) from issues where title = ?", "An issue from the matrix")).isOne();
                    assertThat(count("select count(*) from sections where issue_id = ?", issue.getId()))
                            .isEqualTo(Desk.HEADINGS.size());
                });
    }

    private Prepared<Section> addASection() {
        return addTo(desk.newIssue());
    }

    private Prepared<Section> addTo(long issueId) {
        return new Prepared<>(() -> planning.add(issueId, "Letters to the desk"),
                added -> assertThat(count("select count(*) from sections where issue_id = ? and heading = ?",
                        issueId, "Letters to the desk")).isOne());
    }

    private Prepared<Section> dropASection() {
        return drop(desk.sectionIds(desk.newIssue()).get(1));   // the joke: optional in the template
    }

    private Prepared<Section> drop(long sectionId) {
        return new Prepared<>(() -> planning.drop(sectionId), dropped -> assertThat(isDropped(sectionId)).isTrue());
    }

    private Prepared<Section> restoreASection() {
        long sectionId = desk.sectionIds(desk.newIssue()).get(1);
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> planning.drop(sectionId));
        return restore(sectionId);
    }

    private Prepared<Section> restore(long sectionId) {
        return new Prepared<>(() -> planning.restore(sectionId), kept -> assertThat(isDropped(sectionId)).isFalse());
    }

    private Prepared<Void> moveASection() {
        return moveDown(desk.newIssue());
    }

    private Prepared<Void> moveDown(long issueId) {
        List<Long> ids = desk.sectionIds(issueId);
        return new Prepared<>(() -> {
            planning.move(ids.get(0), +1);
            return null;
        }, nothing -> assertThat(desk.sectionIds(issueId)).containsExactly(ids.get(1), ids.get(0), ids.get(2)));
    }

    private Prepared<Section> assignWalter(long sectionId) {
        long walter = desk.userId("walter");
        return new Prepared<>(() -> planning.assign(sectionId, walter),
                assigned -> assertThat(jdbc.queryForObject("select writer_id from sections where id = ?", Long.class,
                        sectionId)).isEqualTo(walter));
    }

    private Prepared<Section> setDeadline(long sectionId) {
        LocalDate deadline = LocalDate.of(2026, 12, 2);
        return new Prepared<>(() -> planning.setDeadline(sectionId, deadline),
                changed -> assertThat(jdbc.queryForObject("select deadline from sections where id = ?", LocalDate.class,
                        sectionId)).isEqualTo(deadline));
    }

    private Prepared<Section> editBody(long sectionId) {
        long version = desk.section(sectionId).getVersion();
        return new Prepared<>(() -> sections.saveBody(sectionId, NEW_BODY, version),
                saved -> assertThat(bodyOf(sectionId)).isEqualTo(NEW_BODY));
    }

    /** A change to an approved body is kept as a revision and sends the section back to review. */
    private Prepared<Section> changeApproved(long sectionId) {
        long version = desk.section(sectionId).getVersion();
        return new Prepared<>(() -> sections.saveBody(sectionId, NEW_BODY, version), saved -> {
            assertThat(bodyOf(sectionId)).isEqualTo(NEW_BODY);
            assertThat(stateOf(sectionId)).isEqualTo(IN_REVIEW.name());
            assertThat(count("select count(*) from revisions where section_id = ? and reason = 'CHANGED_AFTER_APPROVAL' "
                    + "and body = ?", sectionId, NEW_BODY)).isOne();
            assertThat(count("select count(*) from audit_events where section_id = ? "
                    + "and action = 'SECTION_CHANGED_AFTER_APPROVAL' and to_state = 'IN_REVIEW'", sectionId)).isOne();
        });
    }

    /** An editor's save in review is kept as a revision, besides changing the body. */
    private Prepared<Section> copyEdit(long sectionId) {
        long version = desk.section(sectionId).getVersion();
        return new Prepared<>(() -> sections.saveBody(sectionId, NEW_BODY, version), saved -> {
            assertThat(bodyOf(sectionId)).isEqualTo(NEW_BODY);
            assertThat(count("select count(*) from revisions where section_id = ? and reason = 'EDITOR_SAVE' and body = ?",
                    sectionId, NEW_BODY)).isOne();
        });
    }

    private Prepared<Handover> submit(long sectionId) {
        return new Prepared<>(() -> workflow.submit(sectionId), submitted -> {
            assertThat(stateOf(sectionId)).isEqualTo(IN_REVIEW.name());
            assertThat(count("select count(*) from audit_events where section_id = ? and action = 'SECTION_SUBMITTED'",
                    sectionId)).isPositive();
        });
    }

    private Prepared<Handover> approve(long sectionId) {
        return new Prepared<>(() -> workflow.approve(sectionId),
                approved -> assertThat(stateOf(sectionId)).isEqualTo(APPROVED.name()));
    }

    private Prepared<Handover> returnToWriter(long sectionId) {
        return new Prepared<>(() -> workflow.returnToWriter(sectionId, NOTE), returned -> {
            assertThat(stateOf(sectionId)).isEqualTo(RETURNED.name());
            assertThat(count("select count(*) from review_notes where section_id = ? and kind = 'RETURNED' and body = ?",
                    sectionId, NOTE)).isOne();
        });
    }

    private Prepared<ReviewNote> notePassage(long sectionId) {
        return new Prepared<>(() -> notes.notePassage(sectionId, "text for", 1, NOTE), noted -> {
            assertThat(stateOf(sectionId)).isEqualTo(IN_REVIEW.name());
            assertThat(count("select count(*) from review_notes where section_id = ? and kind = 'PASSAGE' and body = ?",
                    sectionId, NOTE)).isOne();
        });
    }

    private Prepared<Handover> reopen(long sectionId) {
        return new Prepared<>(() -> workflow.reopen(sectionId, NOTE), reopened -> {
            assertThat(stateOf(sectionId)).isEqualTo(RETURNED.name());
            assertThat(count("select count(*) from review_notes where section_id = ? and kind = 'REOPENED' and body = ?",
                    sectionId, NOTE)).isOne();
        });
    }

    private Prepared<?> release(long issueId) {
        return new Prepared<>(() -> releases.release(issueId), edition -> {
            assertThat(count("select count(*) from editions where issue_id = ?", issueId)).isOne();
            assertThat(count("select count(*) from issues where id = ? and released_at is not null", issueId)).isOne();
        });
    }

    private Prepared<?> scheduleAnIssue() {
        return schedule(desk.readyIssue());
    }

    private Prepared<?> schedule(long issueId) {
        return new Prepared<>(() -> schedules.schedule(issueId, LocalDateTime.now().plusDays(7)), issue ->
                assertThat(count("select count(*) from scheduled_tasks where task_instance = ?", String.valueOf(issueId))).isOne());
    }

    private Prepared<?> unscheduleAnIssue() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, LocalDateTime.now().plusDays(7)));
        return new Prepared<>(() -> schedules.unschedule(issueId), issue -> {
            assertThat(count("select count(*) from scheduled_tasks where task_instance = ?", String.valueOf(issueId))).isZero();
            assertThat(count("select count(*) from issues where id = ? and scheduled_for is null", issueId)).isOne();
        });
    }

    private Prepared<?> correctAnIssue() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long topics = first(issueId);
        return new Prepared<>(() -> corrections.publish(issueId, Map.of(topics, "Fixed."), "A typo."), edition -> {
            assertThat(count("select count(*) from editions where issue_id = ?", issueId)).isEqualTo(2);
            assertThat(bodyOf(topics)).isEqualTo("Fixed.");
        });
    }

    private Prepared<?> importABackIssue() {
        byte[] file = "Topics of the Week\n\nOne line.\n\nThe footer.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Prepared<>(() -> backIssues.importIssue(90, "An old issue", LocalDate.of(2020, 1, 3), file, true),
                edition -> assertThat(count("select count(*) from editions where issue_number = 90")).isOne());
    }

    private Prepared<User> addAPerson() {
        return new Prepared<>(() -> accounts.create("nina", "Nina New", Desk.PASSWORD, Set.of(Role.WRITER)),
                added -> assertThat(jdbc.queryForList(
                        "select r.role from users u join user_roles r on r.user_id = u.id where u.username = 'nina'",
                        String.class)).containsExactly("WRITER"));
    }

    private Prepared<User> changeRoles() {
        long walter = desk.userId("walter");
        return new Prepared<>(() -> accounts.changeRoles(walter, Set.of(Role.WRITER, Role.EDITOR)),
                changed -> assertThat(jdbc.queryForList("select role from user_roles where user_id = ?", String.class,
                        walter)).containsExactlyInAnyOrder("WRITER", "EDITOR"));
    }

    private Prepared<List<User>> listPeople() {
        return new Prepared<>(() -> accounts.all(), people -> assertThat(people).extracting(User::getUsername)
                .containsExactlyInAnyOrder("admin", "wendy", "walter", "erin", "eddie", "paula"));
    }

    private Prepared<PreviewLinks.Line> createAPreviewLink() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> previewLinks.create(issueId), line -> {
            assertThat(line.status()).isEqualTo(PreviewLink.Status.OPEN);
            assertThat(jdbc.queryForObject("select count(*) from preview_links where issue_id = ?", Integer.class, issueId))
                    .isEqualTo(1);
        });
    }

    private Prepared<PreviewLinks.Line> revokeAPreviewLink() {
        long issueId = desk.newIssue();
        long linkId = Desk.as("erin", Desk.roles(Role.EDITOR), () -> previewLinks.create(issueId)).id();
        return new Prepared<>(() -> previewLinks.revoke(linkId), line -> {
            assertThat(line.status()).isEqualTo(PreviewLink.Status.REVOKED);
            assertThat(jdbc.queryForObject("select count(*) from preview_links where revoked_at is not null", Integer.class))
                    .isEqualTo(1);
        });
    }

    private Prepared<List<PreviewLinks.Line>> listPreviewLinks() {
        long issueId = desk.newIssue();
        long linkId = Desk.as("erin", Desk.roles(Role.EDITOR), () -> previewLinks.create(issueId)).id();
        return new Prepared<>(() -> previewLinks.of(issueId), all -> assertThat(all).extracting(PreviewLinks.Line::id)
                .containsExactly(linkId));
    }

    private Prepared<List<AuditEvent>> readAudit() {
        long issueId = desk.newIssue();
        return new Prepared<>(() -> audit.latest(50), trail -> assertThat(trail)
                .anySatisfy(event -> {
                    assertThat(event.getAction()).isEqualTo(AuditAction.ISSUE_CREATED);
                    assertThat(event.getIssueId()).isEqualTo(issueId);
                }));
    }

    private static final byte[] LIST = "email,name\nnina@example.org,Nina New\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** A subscriber on the list, added by the publisher. */
    private long subscriberOnTheList() {
        long id = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> subscribers.add("rita@example.org", "Rita")).getId();
        SecurityContextHolder.clearContext();
        return id;
    }

    private Prepared<List<Subscriber>> listSubscribers() {
        subscriberOnTheList();
        return new Prepared<>(() -> subscribers.find(SubscriberSearch.everyone(), org.springframework.data.domain.PageRequest.of(0, 10)),
                found -> assertThat(found).extracting(Subscriber::getAddress).containsExactly("rita@example.org"));
    }

    private Prepared<Map<SubscriberStatus, Long>> countSubscribers() {
        subscriberOnTheList();
        return new Prepared<>(() -> subscribers.countsByStatus(),
                counts -> assertThat(counts).containsEntry(SubscriberStatus.CONFIRMED, 1L));
    }

    private Prepared<Subscriber> addASubscriber() {
        return new Prepared<>(() -> subscribers.add("nina@example.org", "Nina New"), added ->
                assertThat(count("select count(*) from subscribers where address_key = 'nina@example.org' and status = 'CONFIRMED'")).isOne());
    }

    private Prepared<ImportPreview> previewAnImport() {
        return new Prepared<>(() -> subscribers.previewImport("list.csv", LIST), preview -> {
            assertThat(preview.newCount()).isOne();
            assertThat(count("select count(*) from subscribers")).isZero();
        });
    }

    private Prepared<ImportPreview> importSubscribers() {
        return new Prepared<>(() -> subscribers.importFile("list.csv", LIST), done ->
                assertThat(count("select count(*) from subscribers where address_key = 'nina@example.org' and consent_source = 'IMPORT'")).isOne());
    }

    private Prepared<String> exportSubscribers() {
        subscriberOnTheList();
        return new Prepared<>(() -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            subscribers.exportCsv(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }, csv -> assertThat(csv).contains("rita@example.org,Rita,confirmed,staff,"));
    }

    private Prepared<Void> deleteASubscriber() {
        long id = subscriberOnTheList();
        return new Prepared<>(() -> {
            subscribers.delete(id);
            return null;
        }, nothing -> assertThat(count("select count(*) from subscribers where id = ?", id)).isZero());
    }

    // ---------------------------------------------------------------------------------------------
    // Fixture helpers

    /** The first section of a new issue, assigned to {@code writer} and brought to {@code state}. */
    private long sectionOf(String writer, SectionState state) {
        long sectionId = freshSection();
        desk.bringTo(sectionId, writer, state);
        return sectionId;
    }

    /** The first section of a new issue: a draft with no writer. */
    private long freshSection() {
        return first(desk.newIssue());
    }

    private long first(long issueId) {
        return desk.sectionIds(issueId).get(0);
    }

    private String stateOf(long sectionId) {
        return jdbc.queryForObject("select state from sections where id = ?", String.class, sectionId);
    }

    private String bodyOf(long sectionId) {
        return jdbc.queryForObject("select body from sections where id = ?", String.class, sectionId);
    }

    private boolean isDropped(long sectionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select dropped from sections where id = ?", Boolean.class,
                sectionId));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static Arguments rule(Actor actor, String action, Verdict verdict,
                                  Function<PermissionMatrixTest, Prepared<?>> prepare) {
        return Arguments.of(actor, action, verdict, prepare);
    }

    private static Arguments change(Actor actor, String action, BiFunction<PermissionMatrixTest, Long, Prepared<?>> prepare) {
        return Arguments.of(actor, action, prepare);
    }

    // ---------------------------------------------------------------------------------------------
    // The vocabulary of the matrix

    /** Someone at the desk, signed in with exactly the roles the fixture gives them, or nobody. */
    enum Actor {
        WRITER("a writer (wendy)", "wendy", Role.WRITER),
        EDITOR("an editor (erin)", "erin", Role.EDITOR),
        PUBLISHER("a publisher (paula)", "paula", Role.PUBLISHER),
        ADMIN("an admin", "admin", Role.ADMIN),
        /** What the desk's filter chain makes of a request without a sign-in. */
        VISITOR("a signed-out visitor", null),
        /** No authentication at all in the security context. */
        NOBODY("nobody (no authentication)", null),
        OTHER_WRITER("another writer (walter)", "walter", Role.WRITER),
        EDITOR_WHO_WRITES("eddie (editor and writer)", "eddie", Role.EDITOR, Role.WRITER);

        /** The columns of the table, plus the two kinds of nobody. */
        static final List<Actor> ROLES = List.of(WRITER, EDITOR, PUBLISHER, ADMIN, VISITOR, NOBODY);

        private final String label;
        private final String username;
        private final Role[] roles;

        Actor(String label, String username, Role... roles) {
            this.label = label;
            this.username = username;
            this.roles = roles;
        }

        void signIn() {
            SecurityContextHolder.clearContext();
            if (this == VISITOR) {
                SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("desk",
                        "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            } else if (username != null) {
                Desk.signIn(username, roles);
            }
        }

        /**
         * How a refusal may look: the role is refused by method security, a rule by the service.
         * Without any authentication Spring refuses before it even asks about roles.
         */
        @SuppressWarnings("unchecked")
        Class<? extends Throwable>[] refusals() {
            if (this == NOBODY) {
                return new Class[] {AuthenticationCredentialsNotFoundException.class};
            }
            if (this == VISITOR) {
                return new Class[] {AccessDeniedException.class};
            }
            return new Class[] {AccessDeniedException.class, WorkflowException.class};
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum Verdict {
        YES, NO;

        static Verdict of(boolean allowed) {
            return allowed ? YES : NO;
        }

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }

    /** One row of DESIGN.md's table, made concrete: who may, and how to set it up and try it. */
    record Action(String description, Set<Actor> allowed, Function<PermissionMatrixTest, Prepared<?>> prepare) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** A service call ready to be made, and what must be true afterwards if it was allowed. */
    record Prepared<T>(Callable<T> call, Consumer<T> effect) {
        void runAndCheck() throws Exception {
            effect.accept(call.call());
        }
    }
}
