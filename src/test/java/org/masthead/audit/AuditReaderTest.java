package org.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AuditReaderTest extends ServiceTest {

    @Autowired
    AuditReader reader;

    long first;
    long second;
    long firstSection;

    @BeforeEach
    void twoIssuesWithWork() {
        first = desk.newIssue();
        second = desk.newIssue();
        firstSection = desk.sectionIds(first).get(0);
        desk.bringTo(firstSection, "wendy", SectionState.APPROVED);
        desk.bringTo(desk.sectionIds(second).get(0), "walter", SectionState.IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);
    }

    @Test
    void filtering_by_issue_finds_only_that_issues_lines_and_counts_them() {
        AuditFilter onlyFirst = new AuditFilter(first, null, null);

        List<AuditLine> lines = reader.page(onlyFirst, PageRequest.of(0, 50));

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.event().getIssueId()).isEqualTo(first));
        assertThat(reader.count(onlyFirst)).isEqualTo(lines.size());
        assertThat(reader.count(AuditFilter.EVERYTHING)).isGreaterThan(lines.size());
    }

    @Test
    void filtering_by_person_and_action_narrows_to_what_they_did() {
        AuditFilter wendysSubmissions = new AuditFilter(null, "wendy", AuditAction.SECTION_SUBMITTED);

        List<AuditLine> lines = reader.page(wendysSubmissions, PageRequest.of(0, 50));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.event().getActor()).isEqualTo("wendy");
            assertThat(line.event().getAction()).isEqualTo(AuditAction.SECTION_SUBMITTED);
            assertThat(line.event().getSectionId()).isEqualTo(firstSection);
        });
        assertThat(reader.count(wendysSubmissions)).isOne();
    }

    @Test
    void pages_come_from_the_database_a_few_lines_at_a_time_newest_first() {
        long total = reader.count(AuditFilter.EVERYTHING);

        List<AuditLine> page0 = reader.page(AuditFilter.EVERYTHING, PageRequest.of(0, 3));
        List<AuditLine> page1 = reader.page(AuditFilter.EVERYTHING, PageRequest.of(1, 3));

        assertThat(total).isGreaterThan(6);
        assertThat(page0).hasSize(3);
        assertThat(page1).hasSize(3).doesNotContainAnyElementsOf(page0);
        assertThat(page0.get(0).event().getAction()).isEqualTo(AuditAction.SECTION_SUBMITTED);
        assertThat(page0.get(0).event().getActor()).isEqualTo("walter");
        assertThat(page0.get(2).event().getOccurredAt()).isAfterOrEqualTo(page1.get(0).event().getOccurredAt());
    }

    @Test
    void a_line_carries_the_names_of_who_and_what() {
        AuditLine approval = reader.page(new AuditFilter(first, null, AuditAction.SECTION_APPROVED), PageRequest.of(0, 5)).get(0);

        assertThat(approval.actorName()).isEqualTo("Erin Editor");
        assertThat(approval.sectionHeading()).isEqualTo(Desk.HEADINGS.get(0));
        assertThat(approval.issue().words()).isEqualTo("No. " + approval.issue().number() + ": A test issue");
    }

    @Test
    void the_filters_offer_the_issues_and_people_found_in_the_trail() {
        AuditChoices choices = reader.choices();

        assertThat(choices.issues()).extracting(AuditSubjects.IssueName::id).contains(first, second);
        assertThat(choices.people()).extracting(AuditSubjects.Person::displayName).contains("Erin Editor", "Wendy Writer", "Walter Writer");
    }
}
