package org.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.TestDatabase;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Archive;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The first start on an empty database gives a team, a released issue and one in production. */
@SpringBootTest(properties = {"masthead.demo.enabled=true",
        "masthead.test.database=masthead_demo"})
@ActiveProfiles(resolver = TestDatabase.Test.class)
class DemoContentTest {

    @Autowired
    Accounts accounts;
    @Autowired
    IssueService issues;
    @Autowired
    SectionService sections;
    @Autowired
    Archive archive;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService logins;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityStrategy;

    @org.junit.jupiter.api.BeforeEach
    void useThisContextsSecurity() {
        org.masthead.ServiceTest.useSecurityOf(securityStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_role_has_a_demo_person_who_can_sign_in_with_the_documented_password() {
        Desk.signIn("root", Role.ADMIN);
        List<User> all = accounts.all();

        assertThat(all.stream().flatMap(u -> u.getRoles().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Role.values());
        for (User user : all) {
            assertThat(encoder.matches(DemoContent.PASSWORD, logins.loadUserByUsername(user.getUsername()).getPassword()))
                    .as(user.getUsername()).isTrue();
        }
    }

    @Test
    void one_issue_is_released_one_is_ready_to_release_and_one_is_in_production_with_sections_in_every_state() {
        Desk.signIn("erin", Role.EDITOR);

        assertThat(archive.released()).extracting(e -> e.getIssueNumber()).containsExactly(1);
        List<Issue> inProduction = issues.inProduction();
        assertThat(inProduction).extracting(Issue::getNumber).containsExactlyInAnyOrder(2, 3);
        Issue ready = inProduction.stream().filter(i -> i.getNumber() == 2).findFirst().orElseThrow();
        Issue current = inProduction.stream().filter(i -> i.getNumber() == 3).findFirst().orElseThrow();
        assertThat(sections.sectionsOf(ready.getId())).extracting(Section::getState).containsOnly(SectionState.APPROVED);
        Set<SectionState> states = sections.sectionsOf(current.getId()).stream()
                .map(Section::getState).collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder(SectionState.values());
        assertThat(issues.publication().getSlots()).extracting(s -> s.getHeading()).containsExactly(
                "Topics of the Week", "Good Old Soviet Joke", "Policy & Research News", "US Developments",
                "Kremlin's Current Narrative");
    }

    @Test
    void the_demo_publication_has_readers_in_each_state_a_newcomer_meets_with_consent_noted_as_demo() {
        long publication = jdbc.queryForObject("select id from publications", Long.class);
        Map<String, Long> byStatus = jdbc.queryForList(
                        "select status, count(*) as n from subscribers where publication_id = ? group by status", publication)
                .stream().collect(Collectors.toMap(row -> (String) row.get("status"), row -> ((Number) row.get("n")).longValue()));

        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(
                Map.of("CONFIRMED", 6L, "PENDING", 1L, "UNSUBSCRIBED", 1L, "BOUNCED", 1L));
        assertThat(jdbc.queryForList("select address from subscribers", String.class))
                .allSatisfy(address -> assertThat(address).endsWith("@example.org"));
        assertThat(jdbc.queryForList("select distinct consent_note from subscribers", String.class)).containsExactly("demo");
        assertThat(jdbc.queryForObject("select count(*) from subscribers where status in ('UNSUBSCRIBED', 'BOUNCED') "
                + "and left_at is null", Long.class)).as("those who left, without a date").isZero();
    }
}
