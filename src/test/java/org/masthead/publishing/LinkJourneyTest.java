package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two addresses reported as passing the submit checks and approval and then being refused
 * at release: a link that may be submitted is a link that may be released and that readers get.
 */
class LinkJourneyTest extends ServiceTest {

    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    ReleaseService releases;

    @ParameterizedTest
    @ValueSource(strings = {"https://bücher.de/x", "https://my_host.example.org/"})
    void a_link_the_writer_could_submit_goes_through_approval_and_release_to_readers(String address) {
        long issueId = desk.newIssue();
        List<Long> ids = desk.sectionIds(issueId);
        desk.assign(ids.get(0), "wendy");
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> {
            sections.saveBody(ids.get(0), "Read [the shop](" + address + ") first.", desk.section(ids.get(0)).getVersion());
            return workflow.submit(ids.get(0));
        });
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.approve(ids.get(0)));
        desk.bringTo(ids.get(1), "wendy", SectionState.APPROVED);
        desk.bringTo(ids.get(2), "wendy", SectionState.APPROVED);
        Desk.signIn("paula", Role.PUBLISHER);

        assertThat(releases.problemsBeforeRelease(issueId)).isEmpty();
        Edition edition = releases.release(issueId);

        assertThat(Jsoup.parse(edition.getHtml()).select("a:contains(the shop)").eachAttr("href")).containsExactly(address);
    }
}
