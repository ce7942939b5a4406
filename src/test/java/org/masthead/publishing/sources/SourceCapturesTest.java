package org.masthead.publishing.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.publishing.Corrections;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.springframework.beans.factory.annotation.Autowired;

class SourceCapturesTest extends ServiceTest {

    static SourceFixtures sources;

    @Autowired
    ReleaseService releases;
    @Autowired
    Corrections corrections;
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
    void releasing_registers_each_external_link_once_and_the_web_edition_marks_it_with_its_archived_copy() {
        long issueId = desk.readyIssueWithFirstSection("See [the statement](" + sources.url("/page") + "), [the PDF](" + sources.url("/statement.pdf")
                + ") and [the statement again](" + sources.url("/page") + ").");

        Edition edition = release(issueId);

        assertThat(captures.of(issueId)).extracting(SourceCapture::getSourceNo, SourceCapture::getUrl, SourceCapture::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, sources.url("/page"), CaptureState.PENDING),
                        org.assertj.core.groups.Tuple.tuple(2, sources.url("/statement.pdf"), CaptureState.PENDING));
        Document page = Jsoup.parse(edition.getHtml());
        int n = edition.getIssueNumber();
        assertThat(page.select(".archived a").eachAttr("href"))
                .containsExactly("/archive/" + n + "/sources/1", "/archive/" + n + "/sources/2", "/archive/" + n + "/sources/1");
        assertThat(page.select(".archived a").eachText()).containsOnly("archived copy");
        // The email and the plain text are as before: the marks belong to the web edition.
        assertThat(edition.getEmailHtml()).doesNotContain("archived copy");
        assertThat(edition.getPlainText()).doesNotContain("archived copy");
    }

    @Test
    void a_release_with_forty_links_fetches_none_of_them_the_job_after_the_commit_does() {
        String body = IntStream.rangeClosed(1, 40).mapToObj(i -> "- [source " + i + "](" + sources.url("/held?" + i) + ")")
                .collect(Collectors.joining("\n"));
        long issueId = desk.readyIssueWithFirstSection(body);

        release(issueId);

        // The fixture holds every request it gets: had the release fetched one, it would still be waiting.
        assertThat(sources.heldRequests()).isZero();
        assertThat(captures.of(issueId)).hasSize(40).allMatch(c -> c.getState() == CaptureState.PENDING);
        assertThat(desk.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                CaptureTasks.CAPTURE)).isOne();
    }

    @Test
    void the_job_stores_status_final_address_type_hash_and_readable_warc_records() throws Exception {
        long issueId = desk.readyIssueWithFirstSection("[chain](" + sources.url("/chain/1") + ") and [missing](" + sources.url("/to-metadata") + ")");
        release(issueId);

        captures.capturePending(issueId);

        List<SourceCapture> all = captures.of(issueId);
        SourceCapture chain = all.get(0);
        assertThat(chain.getState()).isEqualTo(CaptureState.CAPTURED);
        assertThat(chain.getStatus()).isEqualTo(200);
        assertThat(chain.getFinalUrl()).isEqualTo(sources.url("/page"));
        assertThat(chain.getContentType()).startsWith("text/html");
        assertThat(chain.getSha256()).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(SourceFixtures.PAGE.getBytes(StandardCharsets.UTF_8))));
        assertThat(chain.getCapturedAt()).isNotNull();
        SourceCapture refused = all.get(1);
        assertThat(refused.getState()).isEqualTo(CaptureState.FAILED);
        assertThat(refused.getFailure()).contains("169.254.169.254 is not on the public internet");

        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> {
            try {
                captures.exportWarc(issueId, warc);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        List<WarcRecord> records = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc.toByteArray()))) {
            for (WarcRecord record : reader) {
                records.add(record);
                if (record instanceof WarcResponse response && response.http().status() == 200) {
                    bodies.add(new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo",
                "response", "request", "response", "request", "response", "request", "response", "request", "metadata");
        assertThat(records.get(1)).isInstanceOf(WarcResponse.class);
        assertThat(records.get(2)).isInstanceOf(WarcRequest.class);
        assertThat(records.get(records.size() - 1)).isInstanceOf(WarcMetadata.class);
        assertThat(bodies).containsExactly(SourceFixtures.PAGE);
    }

    @Test
    void a_link_the_writer_marked_no_archive_is_neither_captured_nor_marked_and_readers_do_not_see_the_marker() {
        long issueId = desk.readyIssueWithFirstSection("[her post](" + sources.url("/page") + " \"no-archive\") and [the PDF](" + sources.url("/statement.pdf") + ")");

        Edition edition = release(issueId);

        assertThat(captures.of(issueId)).extracting(SourceCapture::getUrl).containsExactly(sources.url("/statement.pdf"));
        assertThat(edition.getHtml()).doesNotContain("no-archive");
        assertThat(edition.getEmailHtml()).doesNotContain("no-archive");
        assertThat(Jsoup.parse(edition.getHtml()).select(".archived a")).hasSize(1);
    }

    @Test
    void a_correction_captures_its_new_links_and_the_old_ones_keep_their_numbers() {
        long issueId = desk.readyIssueWithFirstSection("[the statement](" + sources.url("/page") + ")");
        release(issueId);
        long topics = desk.sectionIds(issueId).get(0);

        Edition corrected = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> corrections.publish(issueId, Map.of(topics,
                "[the PDF](" + sources.url("/statement.pdf") + ") and [the statement](" + sources.url("/page") + ")"), "Added the PDF."));

        assertThat(captures.of(issueId)).extracting(SourceCapture::getSourceNo, SourceCapture::getUrl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, sources.url("/page")),
                        org.assertj.core.groups.Tuple.tuple(2, sources.url("/statement.pdf")));
        int n = corrected.getIssueNumber();
        assertThat(Jsoup.parse(corrected.getHtml()).select(".archived a").eachAttr("href"))
                .containsExactly("/archive/" + n + "/sources/2", "/archive/" + n + "/sources/1");
        assertThat(desk.jdbc().queryForObject("select count(*) from scheduled_tasks where task_name = ?", Integer.class,
                CaptureTasks.CAPTURE)).isEqualTo(2);
    }

    private Edition release(long issueId) {
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        Desk.signIn("paula", Role.PUBLISHER);
        return edition;
    }

    /** A ready issue whose first section is this body. */

}
