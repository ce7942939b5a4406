package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.IN_REVIEW;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.issue.IssueStatus;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class IssueProgressTest extends ServiceTest {

    @Autowired
    SectionService sections;
    @Autowired
    SectionPlanning planning;
    @Autowired
    IssueService issues;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void the_progress_of_a_page_of_issues_comes_from_one_statement_with_the_right_counts_for_each() {
        long started = desk.newIssue();
        List<Long> startedSections = desk.sectionIds(started);
        desk.bringTo(startedSections.get(0), "wendy", APPROVED);
        desk.bringTo(startedSections.get(1), "wendy", IN_REVIEW);
        long ready = desk.readyIssue();
        long trimmed = desk.newIssue();
        Desk.signIn("erin", Role.EDITOR);
        planning.drop(desk.sectionIds(trimmed).get(1));   // the optional joke: dropped ones do not count
        List<Issue> page = List.of(issues.require(started), issues.require(ready), issues.require(trimmed));

        Counted<Map<Long, IssueProgress>> progress = countStatements(() -> sections.progressOf(page));

        assertThat(progress.statements()).as("SQL statements for three issues").isEqualTo(1);
        assertThat(progress.result().get(started).label()).isEqualTo("1 / 3 approved");
        assertThat(progress.result().get(started).status()).isEqualTo(IssueStatus.PLANNING);
        assertThat(progress.result().get(ready).label()).isEqualTo("3 / 3 approved");
        assertThat(progress.result().get(ready).status()).isEqualTo(IssueStatus.READY);
        assertThat(progress.result().get(trimmed).label()).isEqualTo("0 / 2 approved");
        assertThat(progress.result().get(trimmed).status()).isEqualTo(IssueStatus.PLANNING);
    }

    @Test
    void the_progress_of_one_issue_agrees_with_the_progress_of_a_page() {
        long ready = desk.readyIssue();
        Desk.signIn("erin", Role.EDITOR);

        assertThat(sections.progressOf(ready)).isEqualTo(sections.progressOf(List.of(issues.require(ready))).get(ready));
        assertThat(sections.progressOf(List.of())).isEmpty();
    }

    /** What the step returned and how many SQL statements it prepared, read from Hibernate's statistics. */
    private <T> Counted<T> countStatements(Supplier<T> step) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasOn = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            T result = step.get();
            return new Counted<>(result, statistics.getPrepareStatementCount());
        } finally {
            statistics.setStatisticsEnabled(wasOn);
        }
    }

    private record Counted<T>(T result, long statements) {
    }
}
