package org.masthead.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.masthead.base.BeforeServing;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.issue.Publication;
import org.masthead.issue.TemplateSlot;
import org.masthead.mailing.DemoSubscribers;
import org.masthead.publishing.PreviewLinks;
import org.masthead.publishing.PreviewReading;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.ReviewNotes;
import org.masthead.section.Section;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionService;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.masthead.user.Accounts;
import org.masthead.user.FirstRun;
import org.masthead.user.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a team, a publication with its weekly rhythm, its readers and three
 * issues (released, ready, in production: the last made by the cadence), once.
 */
@Component
@Order(-1) // before the first-administrator check, which then finds the demo administrator
@Profile("!prod")
@ConditionalOnProperty(name = "masthead.demo.enabled", havingValue = "true")
class DemoContent implements BeforeServing {

    /**
     * Thursday 09:00 in the publication's zone; writers' texts two days before at 17:00, editing done
     * the day before at 12:00; each issue made two weeks ahead, so that the week after next is
     * always on the desk (issue 3 at the first start; then one more every Thursday, by itself).
     */
    static final Cadence RHYTHM = new Cadence(DayOfWeek.THURSDAY, LocalTime.of(9, 0), 2, LocalTime.of(17, 0),
            1, LocalTime.of(12, 0), 14);
    /** The standing slot: each week's narrative starts from the last approved one. */
    static final String CARRIED_OVER = "Kremlin's Current Narrative";

    /** Shared by every demo account; the README lists it. Never used outside demo mode. */
    static final String PASSWORD = "masthead-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Accounts accounts;
    private final FirstRun firstRun;
    private final IssueService issues;
    private final SectionService sections;
    private final SectionPlanning planning;
    private final SectionWorkflow workflow;
    private final ReviewNotes notes;
    private final ReleaseService releases;
    private final DemoSubscribers readers;
    private final PreviewLinks previewLinks;
    private final PreviewReading preview;
    private final CadenceService cadence;
    private final org.springframework.core.env.Environment environment;
    private final Clock clock;

    DemoContent(Accounts accounts, FirstRun firstRun, IssueService issues, SectionService sections, SectionPlanning planning,
                SectionWorkflow workflow, ReviewNotes notes, ReleaseService releases, DemoSubscribers readers,
                PreviewLinks previewLinks, PreviewReading preview, CadenceService cadence,
                org.springframework.core.env.Environment environment, Clock clock) {
        this.environment = environment;
        this.notes = notes;
        this.previewLinks = previewLinks;
        this.preview = preview;
        this.cadence = cadence;
        this.accounts = accounts;
        this.firstRun = firstRun;
        this.issues = issues;
        this.sections = sections;
        this.planning = planning;
        this.workflow = workflow;
        this.releases = releases;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public void prepare() {
        if (firstRun.anyUserExists()) {
            return;
        }
        create();
        log.info("Demo content created. Sign in as wendy, walter, erin, eddie, paula or adam with password '{}'.", PASSWORD);
    }

    private void create() {
        Publication publication = as(CurrentUser.DESK, Set.of(Role.ADMIN), () -> {
            person("adam", "Adam Admin", Role.ADMIN);
            person("wendy", "Wendy Writer", Role.WRITER);
            person("walter", "Walter Writer", Role.WRITER);
            person("erin", "Erin Editor", Role.EDITOR);
            person("eddie", "Eddie Editor-Writer", Role.EDITOR, Role.WRITER);
            person("paula", "Paula Publisher", Role.PUBLISHER);
            return issues.setUpPublication("The Narrative Watch",
                    "A weekly briefing on disinformation and influence operations",
                    DemoTexts.FOOTER, ZoneId.of("Europe/Prague"), IssueService.BRIEFING_TEMPLATE);
        });
        Map<String, Long> ids = Map.of(
                "wendy", userId("wendy"), "walter", userId("walter"), "eddie", userId("eddie"));
        LocalDate today = LocalDate.now(clock.withZone(publication.getTimeZone()));
        // The briefing comes out on Thursdays: the next one (issue 2) is the first Thursday release ahead.
        as("erin", Set.of(Role.EDITOR), () -> cadence.setCadence(RHYTHM));
        LocalDate thursday = RHYTHM.firstReleaseAfter(clock.instant(), publication.getTimeZone());

        Issue released = as("paula", Set.of(Role.PUBLISHER), () -> issues.create("Platforms under pressure",
                LocalDateTime.of(thursday.minusWeeks(1), RHYTHM.getReleaseTime())));
        List<Section> first = sectionsOf(released);
        String[] writers = {"wendy", "walter", "wendy", "eddie", "walter"};
        for (int i = 0; i < first.size(); i++) {
            long id = first.get(i).getId();
            String writer = writers[i];
            as("paula", Set.of(Role.PUBLISHER), () -> planning.assign(id, ids.get(writer)));
            writeAndSubmit(writer, id, DemoTexts.RELEASED.get(i));
            as("erin", Set.of(Role.EDITOR), () -> workflow.approve(id));
        }
        as("paula", Set.of(Role.PUBLISHER), () -> releases.release(released.getId()));
        // Readers joined after issue 1 went out: the next release is the first they receive (Outbox).
        as(CurrentUser.DESK, Set.of(Role.ADMIN), () -> DemoReaders.ALL.forEach(reader ->
                readers.add(publication.getId(), reader.address(), reader.name(), reader.status())));

        // Issue 2 is ready: a newcomer releases it and reads on the Outbox what the readers received.
        Issue ready = as("erin", Set.of(Role.EDITOR), () -> issues.create("Ads, audits and a tired narrative",
                LocalDateTime.of(thursday, RHYTHM.getReleaseTime())));
        List<Section> readySections = sectionsOf(ready);
        for (int i = 0; i < readySections.size(); i++) {
            long id = readySections.get(i).getId();
            String writer = writers[i];
            as("erin", Set.of(Role.EDITOR), () -> planning.assign(id, ids.get(writer)));
            // The first section cites a source (served by DemoSources): released, it is captured for the archive.
            writeAndSubmit(writer, id, i == 0 ? DemoTexts.READY.get(i).strip() + "\n- The first report: [paid influence, contract by contract]("
                    + DemoSources.address(environment) + ").\n" : DemoTexts.READY.get(i));
            as("erin", Set.of(Role.EDITOR), () -> workflow.approve(id));
        }

        // From now on each slot has its writer, and the narrative carries over from week to week.
        List<TemplateSlot> slots = publication.getSlots();
        for (int i = 0; i < slots.size(); i++) {
            long slotId = slots.get(i).getId();
            long writerId = ids.get(writers[i]);
            boolean carried = slots.get(i).getHeading().equals(CARRIED_OVER);
            as("erin", Set.of(Role.EDITOR), () -> cadence.setSlotDefaults(slotId, writerId, carried));
        }
        // Issue 3 is made by the desk, as the cadence job makes every week's issue (the same call):
        // numbered, titled "No. 3", its writers assigned and told, the narrative starting from issue 2's.
        Issue current = as(CurrentUser.DESK, Set.of(Role.EDITOR), () -> cadence.dueWeeks().stream()
                .map(cadence::makeIssueFor).flatMap(java.util.Optional::stream).findFirst().orElseThrow());
        as("erin", Set.of(Role.EDITOR), () -> issues.rename(current.getId(), "Elections, ads and the long game"));
        List<Section> next = sectionsOf(current);
        long overdue = next.get(0).getId();
        as("erin", Set.of(Role.EDITOR), () -> planning.setDeadline(overdue, today.minusDays(1)));
        // Topics: still a draft (and overdue). Joke: in review. Policy: returned with a note.
        // US: approved. Kremlin: a draft nobody has started.
        save("wendy", next.get(0).getId(), DemoTexts.CURRENT.get(0));
        writeAndSubmit("walter", next.get(1).getId(), DemoTexts.CURRENT.get(1));
        long policy = next.get(2).getId();
        writeAndSubmit("wendy", policy, DemoTexts.CURRENT.get(2));
        // A note on one sentence (issue 15): marked on the review screen and in wendy's preview.
        as("erin", Set.of(Role.EDITOR), () -> notes.notePassage(policy, "The answers differed widely.", 19,
                "Differed how? One example per platform would show it."));
        as("erin", Set.of(Role.EDITOR), () -> workflow.returnToWriter(policy,
                "Good start. Please add the date of the hearing and a link to the committee's report."));
        long us = next.get(3).getId();
        writeAndSubmit("eddie", us, DemoTexts.CURRENT.get(3));
        as("erin", Set.of(Role.EDITOR), () -> workflow.approve(us));

        // A preview link of issue 3 for the programme's lawyer, who has commented on the policy section through it.
        String link = as("erin", Set.of(Role.EDITOR), () -> previewLinks.create(current.getId())).url();
        preview.comment(link.substring(link.indexOf("/archive/preview/") + "/archive/preview/".length()), "Lena Lawyer",
                Long.toString(policy), "Before this goes out: the second paragraph quotes the committee's draft. "
                        + "Please say it is a draft, and link the published version once there is one.");
    }

    private void person(String username, String name, Role... roles) {
        accounts.create(username, name, PASSWORD, Set.of(roles));
    }

    private long userId(String username) {
        return as(CurrentUser.DESK, Set.of(Role.ADMIN), () -> accounts.all().stream()
                .filter(u -> u.getUsername().equals(username)).map(User::getId).findFirst().orElseThrow());
    }

    private List<Section> sectionsOf(Issue issue) {
        return as(CurrentUser.DESK, Set.of(Role.EDITOR), () -> sections.sectionsOf(issue.getId()));
    }

    private void save(String writer, long sectionId, String text) {
        as(writer, Set.of(Role.WRITER), () -> {
            Section section = sections.require(sectionId);
            return sections.saveBody(sectionId, text, section.getVersion());
        });
    }

    private void writeAndSubmit(String writer, long sectionId, String text) {
        save(writer, sectionId, text);
        as(writer, Set.of(Role.WRITER), () -> workflow.submit(sectionId));
    }

    private static <T> T as(String username, Set<Role> roles, Supplier<T> action) {
        return RunAs.as(username, roles, action);
    }

    private static void as(String username, Set<Role> roles, Runnable action) {
        as(username, roles, () -> {
            action.run();
            return null;
        });
    }
}
