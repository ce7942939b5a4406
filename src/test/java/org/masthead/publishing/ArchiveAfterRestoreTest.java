package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the public side prepared in memory is never taken for another edition that got the same
 * row id, as happens when a database is restored from a backup or emptied and filled again.
 */
class ArchiveAfterRestoreTest extends ServiceTest {

    @Autowired
    Archive archive;
    @Autowired
    ReleaseService releases;

    @Test
    void an_edition_that_gets_the_id_of_one_read_before_is_shown_as_itself() {
        String first = releaseIssueOneSaying("Written in the first database.");
        long firstId = archive.key(1, null).orElseThrow().id();
        assertThat(first).contains("Written in the first database.");

        // A new database behind the node's back: the same numbers, another text.
        desk.reset();
        desk.jdbc().update("alter table editions alter column id restart with " + firstId);
        String second = releaseIssueOneSaying("Written in the restored database.");

        assertThat(archive.key(1, null).orElseThrow().id()).as("the same row id as before").isEqualTo(firstId);
        assertThat(second).contains("Written in the restored database.").doesNotContain("first database");
    }

    private String releaseIssueOneSaying(String text) {
        long issueId = desk.newIssue();
        desk.sectionIds(issueId).forEach(id -> desk.bringTo(id, "wendy", SectionState.APPROVED));
        desk.jdbc().update("update issues set title = ? where id = ?", text, issueId);
        as("paula", roles(Role.PUBLISHER), () -> releases.release(issueId));
        EditionKey key = archive.key(1, null).orElseThrow();
        return new String(archive.bytes(key, Archive.Format.WEB), StandardCharsets.UTF_8);
    }
}
