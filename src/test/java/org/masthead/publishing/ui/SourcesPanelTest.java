package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.KaribuTest;
import org.masthead.publishing.ReleaseService;
import org.masthead.publishing.sources.SourceCaptures;
import org.masthead.publishing.sources.SourceFixtures;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class SourcesPanelTest extends KaribuTest {

    static SourceFixtures sources;

    @Autowired
    ReleaseService releases;
    @Autowired
    SourceCaptures captures;

    @BeforeAll
    static void start() {
        sources = new SourceFixtures();
    }

    @AfterAll
    static void stop() {
        sources.close();
    }

    @Test
    void before_release_the_publisher_reads_how_many_links_will_be_captured() {
        long issueId = desk.readyIssueWithFirstSection("[one](" + sources.url("/page") + "), [two](" + sources.url("/statement.pdf") + ")");
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("sources-to-capture")).getText())
                .startsWith("2 links will be captured for the archive just after the release");
    }

    @Test
    void after_release_the_publisher_sees_the_progress_each_failure_with_its_reason_and_the_export() {
        long issueId = desk.readyIssueWithFirstSection("[one](" + sources.url("/page") + "), [refused](" + sources.url("/to-metadata") + ")");
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        SourceFixtures.captureNow(captures, issueId);
        login("paula", Role.PUBLISHER);

        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(_get(Paragraph.class, spec -> spec.withId("sources-progress")).getText())
                .isEqualTo("1 of 2 sources captured, 1 could not be captured (readers get the link and the reason).");
        assertThat(textOf(_get(UnorderedList.class, spec -> spec.withId("sources-failed"))))
                .contains(sources.url("/to-metadata") + ": 169.254.169.254 is not on the public internet");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-warc")).getText()).isEqualTo("Download the captures (.warc.gz)");
    }


}
