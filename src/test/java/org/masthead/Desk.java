package org.masthead;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.masthead.issue.IssueService;
import org.masthead.issue.IssueService.SlotSpec;
import org.masthead.issue.WordRange;
import org.masthead.section.Section;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.Accounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test fixture: a clean desk with a publication and people, and sections brought to any state
 * through the real services (so every fixture obeys the same rules as the app).
 */
@Component
public class Desk {

    public static final String PASSWORD = "correct-horse-battery";
    /** Template of the test publication: two required slots and one optional. */
    public static final List<String> HEADINGS = List.of("Topics of the Week", "Good Old Soviet Joke", "Policy & Research News");

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final IssueService issues;
    private final SectionService sections;
    private final SectionPlanning planning;
    private final SectionWorkflow workflow;

    Desk(JdbcTemplate jdbc, Accounts accounts, IssueService issues, SectionService sections,
         SectionPlanning planning, SectionWorkflow workflow) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.issues = issues;
        this.sections = sections;
        this.planning = planning;
        this.workflow = workflow;
    }

    /** Empties every table: a new installation, before anyone has set up the publication. */
    public void emptyEveryTable() {
        SecurityContextHolder.clearContext();
        for (String table : TestTables.IN_DELETION_ORDER) {
            jdbc.update("delete from " + table);
        }
    }

    /** Empties every table, then sets up the publication and the standard team. */
    public void reset() {
        emptyEveryTable();
        as("root", new Role[] {Role.ADMIN}, () -> {
            issues.setUpPublication("The Test Watch", "A briefing for tests", "Standing *footer* of the test watch.",
                    ZoneId.of("Europe/Prague"), List.of(
                            new SlotSpec(HEADINGS.get(0), "Three to five lines.", true),
                            new SlotSpec(HEADINGS.get(1), "One short joke.", false, WordRange.between(5, 60)),
                            new SlotSpec(HEADINGS.get(2), "Two or three stories.", true)));
            accounts.create("admin", "Ada Admin", PASSWORD, Set.of(Role.ADMIN));
            accounts.create("wendy", "Wendy Writer", PASSWORD, Set.of(Role.WRITER));
            accounts.create("walter", "Walter Writer", PASSWORD, Set.of(Role.WRITER));
            accounts.create("erin", "Erin Editor", PASSWORD, Set.of(Role.EDITOR));
            accounts.create("eddie", "Eddie Editor-Writer", PASSWORD, Set.of(Role.EDITOR, Role.WRITER));
            accounts.create("paula", "Paula Publisher", PASSWORD, Set.of(Role.PUBLISHER));
            return null;
        });
        SecurityContextHolder.clearContext();
    }

    /** Plain SQL on the test database, for a fixture the services would refuse (a desk without people). */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Signs in for service calls: sets the Spring security context. */
    public static void signIn(String username, Role... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }

    /** Runs a fixture step as someone, then restores whoever was signed in before. */
    public static <T> T as(String username, Role[] roles, Supplier<T> step) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn(username, roles);
            return step.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public long userId(String username) {
        return as("root", new Role[] {Role.ADMIN}, () -> accounts.all().stream()
                .filter(u -> u.getUsername().equals(username)).map(User::getId).findFirst().orElseThrow());
    }

    /** A new issue (created by erin), its sections in template order. */
    public long newIssue() {
        return as("erin", new Role[] {Role.EDITOR},
                () -> issues.create("A test issue", LocalDateTime.of(2026, 12, 4, 9, 0)).getId());
    }

    public List<Long> sectionIds(long issueId) {
        return as("erin", new Role[] {Role.EDITOR},
                () -> sections.sectionsOf(issueId).stream().map(Section::getId).toList());
    }

    public Section section(long sectionId) {
        return as("erin", new Role[] {Role.EDITOR}, () -> sections.require(sectionId));
    }

    public SectionState stateOf(long sectionId) {
        return section(sectionId).getState();
    }

    /** Assigns the section to the writer (as erin). */
    public void assign(long sectionId, String writer) {
        long writerId = userId(writer);
        as("erin", new Role[] {Role.EDITOR}, () -> planning.assign(sectionId, writerId));
    }

    /**
     * Brings a fresh (draft) section, assigned to {@code writer}, to {@code target} through the
     * workflow; reviews are done by erin, so pick another writer when erin's four eyes matter.
     */
    public void bringTo(long sectionId, String writer, SectionState target) {
        draft(sectionId, writer, "Some **text** for " + writer + ".");
        Role[] writerRoles = rolesOf(writer);
        if (target == SectionState.DRAFT) {
            return;
        }
        as(writer, writerRoles, () -> workflow.submit(sectionId));
        if (target == SectionState.IN_REVIEW) {
            return;
        }
        if (target == SectionState.RETURNED) {
            as("erin", new Role[] {Role.EDITOR}, () -> workflow.returnToWriter(sectionId, "Please tighten the lede."));
            return;
        }
        as("erin", new Role[] {Role.EDITOR}, () -> workflow.approve(sectionId));
    }

    /** Assigns the section to the writer, who saves this body as her draft (through the real service). */
    public void draft(long sectionId, String writer, String body) {
        assign(sectionId, writer);
        as(writer, rolesOf(writer), () -> sections.saveBody(sectionId, body, section(sectionId).getVersion()));
    }

    private static Role[] rolesOf(String writer) {
        return writer.equals("eddie") ? new Role[] {Role.WRITER, Role.EDITOR} : new Role[] {Role.WRITER};
    }

    /** An issue whose every section is approved: ready to release. */
    public long readyIssue() {
        long issueId = newIssue();
        sectionIds(issueId).forEach(id -> bringTo(id, "wendy", SectionState.APPROVED));
        return issueId;
    }

    /**
     * An issue every section of which is approved, its first section with this body as the editor
     * approved it (Wendy drafts, Erin edits the text in and approves): for tests of what a body cites.
     */
    public long readyIssueWithFirstSection(String body) {
        long issueId = newIssue();
        List<Long> ids = sectionIds(issueId);
        ids.forEach(id -> assign(id, "wendy"));
        approvedAs(ids.get(0), body);
        approvedAs(ids.get(1), "A joke.");
        approvedAs(ids.get(2), "A story.");
        return issueId;
    }

    private void approvedAs(long sectionId, String body) {
        as("wendy", new Role[] {Role.WRITER}, () -> {
            sections.saveBody(sectionId, "Draft.", section(sectionId).getVersion());
            return workflow.submit(sectionId);
        });
        as("erin", new Role[] {Role.EDITOR}, () -> {
            sections.saveBody(sectionId, body, section(sectionId).getVersion());
            return workflow.approve(sectionId);
        });
    }

    public static Role[] roles(Role... roles) {
        return roles;
    }

    public static Set<Role> set(Role... roles) {
        return roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }
}
