package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class SubscribersTest extends ServiceTest {

    @Autowired
    Subscribers subscribers;
    @Autowired
    SubscriberRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void asThePublisher() {
        Desk.signIn("paula", Role.PUBLISHER);
    }

    @Test
    void a_publisher_adds_a_confirmed_subscriber_with_the_record_of_who_added_them() {
        Subscriber added = subscribers.add("  Reader@Example.org ", " Rita Reader ");

        Subscriber stored = repository.findById(added.getId()).orElseThrow();
        assertThat(stored.getAddress()).isEqualTo("Reader@Example.org");
        assertThat(stored.getName()).isEqualTo("Rita Reader");
        assertThat(stored.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(stored.getConsentSource()).isEqualTo(ConsentSource.STAFF);
        assertThat(stored.getConsentNote()).isEqualTo("Added by paula");
        assertThat(stored.getConfirmedAt()).isNotNull();
    }

    @Test
    void an_address_on_the_list_in_another_case_is_refused_on_the_address_field() {
        subscribers.add("reader@example.org", null);

        assertThatThrownBy(() -> subscribers.add("READER@example.org", "Someone"))
                .isInstanceOfSatisfying(SubscriberRefused.class, r -> assertThat(r.field()).isEqualTo(SubscriberRefused.Field.ADDRESS))
                .hasMessage("READER@example.org is on the list already (confirmed).");
    }

    @Test
    void staff_cannot_put_back_someone_who_unsubscribed() {
        Subscriber left = subscribers.add("left@example.org", null);
        unsubscribe(left.getId());

        assertThatThrownBy(() -> subscribers.add("left@example.org", null))
                .hasMessage("left@example.org left the list (unsubscribed) and stays off it; only they can sign up again, on the archive.");
        assertThat(repository.findById(left.getId()).orElseThrow().getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    }

    @Test
    void addresses_and_names_that_could_bend_a_mail_header_are_refused_with_a_sentence() {
        assertThatThrownBy(() -> subscribers.add("reader@example.org\r\nBcc: everyone@example.org", null))
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> subscribers.add("Rita <reader@example.org>", null)).hasMessageContaining("without a name");
        assertThatThrownBy(() -> subscribers.add("a@b@example.org", null)).hasMessageContaining("exactly one @");
        assertThatThrownBy(() -> subscribers.add("reader@example.org", "Rita\nBcc: x@example.org"))
                .isInstanceOfSatisfying(SubscriberRefused.class, r -> assertThat(r.field()).isEqualTo(SubscriberRefused.Field.NAME));
        assertThatThrownBy(() -> subscribers.add("r".repeat(250) + "@example.org", null)).hasMessageContaining("at most 254");
        assertThat(subscribers.count(SubscriberSearch.everyone())).isZero();
    }

    @Test
    void a_writer_or_an_editor_may_not_look_at_the_list() {
        Desk.signIn("wendy", Role.WRITER);
        assertThatThrownBy(() -> subscribers.count(SubscriberSearch.everyone())).isInstanceOf(AccessDeniedException.class);
        Desk.signIn("erin", Role.EDITOR);
        assertThatThrownBy(() -> subscribers.add("reader@example.org", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void search_finds_words_in_the_address_or_the_name_and_filters_by_status_a_page_at_a_time() {
        subscribers.add("anna@example.org", "Anna Archer");
        subscribers.add("bob@example.org", "Bob Baker");
        subscribers.add("carla@archer.example", null);
        unsubscribe(subscribers.add("dan@example.org", "Dan Archer").getId());

        assertThat(addresses(new SubscriberSearch("ARCHER", null), 0, 10))
                .containsExactly("anna@example.org", "carla@archer.example", "dan@example.org");
        assertThat(addresses(new SubscriberSearch("archer", SubscriberStatus.CONFIRMED), 0, 10))
                .containsExactly("anna@example.org", "carla@archer.example");
        assertThat(addresses(SubscriberSearch.everyone(), 1, 2)).containsExactly("carla@archer.example", "dan@example.org");
        assertThat(subscribers.count(new SubscriberSearch("archer", null))).isEqualTo(3);
        assertThat(subscribers.count(new SubscriberSearch("100%_", null))).isZero();
    }

    @Test
    void the_counts_name_every_status() {
        subscribers.add("anna@example.org", null);
        subscribers.add("bob@example.org", null);
        unsubscribe(subscribers.add("dan@example.org", null).getId());

        assertThat(subscribers.countsByStatus()).containsEntry(SubscriberStatus.CONFIRMED, 2L)
                .containsEntry(SubscriberStatus.UNSUBSCRIBED, 1L).containsEntry(SubscriberStatus.PENDING, 0L)
                .containsEntry(SubscriberStatus.BOUNCED, 0L).containsEntry(SubscriberStatus.COMPLAINED, 0L);
    }

    @Test
    void deleting_a_subscribers_data_removes_the_row_and_the_audit_line_does_not_keep_the_address() {
        Subscriber gone = subscribers.add("private@example.org", "Pat Private");

        subscribers.delete(gone.getId());

        assertThat(repository.findById(gone.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'SUBSCRIBER_DELETED'", Long.class)).isOne();
        assertThat(jdbc.queryForList("select concat(coalesce(note, ''), coalesce(from_state, ''), coalesce(to_state, '')) "
                + "from audit_events", String.class)).noneMatch(line -> line.contains("private@") || line.contains("Pat Private"));
    }

    @Test
    void the_import_preview_says_what_each_line_would_do_and_stores_nothing() {
        subscribers.add("known@example.org", null);
        unsubscribe(subscribers.add("left@example.org", null).getId());
        bounce(subscribers.add("bounced@example.org", null).getId());
        long before = subscribers.count(SubscriberSearch.everyone());

        ImportPreview preview = subscribers.previewImport("list.csv", csv("""
                email,name
                new@example.org,Nina New
                KNOWN@example.org,Known
                left@example.org,Left
                not an address,Nobody
                bounced@example.org,
                new@example.org,Nina Again
                second@example.org,"Sam, the Second"
                """));

        assertThat(preview.toAdd()).extracting(ImportPreview.NewSubscriber::line, ImportPreview.NewSubscriber::address,
                ImportPreview.NewSubscriber::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "new@example.org", "Nina New"),
                org.assertj.core.groups.Tuple.tuple(8L, "second@example.org", "Sam, the Second"));
        assertThat(preview.alreadyThere()).isOne();
        assertThat(preview.suppressed()).extracting(ImportPreview.Line::line, ImportPreview.Line::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "left@example.org"),
                        org.assertj.core.groups.Tuple.tuple(6L, "bounced@example.org"));
        assertThat(preview.refused()).extracting(ImportPreview.Line::line, ImportPreview.Line::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "That does not look like an email address (it should look like reader@example.org)."),
                org.assertj.core.groups.Tuple.tuple(7L, "The same address is on line 2 of this file already."));
        assertThat(preview.summary()).isEqualTo("2 new subscribers; 1 address already on the list; "
                + "2 addresses that left the list and stay off it; 2 lines that cannot be imported.");
        assertThat(subscribers.count(SubscriberSearch.everyone())).isEqualTo(before);
    }

    @Test
    void importing_adds_exactly_the_new_ones_and_nobody_who_left_is_subscribed_again() {
        Subscriber pending = pendingSubscriber("pending@example.org");
        unsubscribe(subscribers.add("left@example.org", null).getId());
        bounce(subscribers.add("bounced@example.org", null).getId());
        byte[] file = csv("new@example.org,Nina New\r\nleft@example.org,Left\r\nbounced@example.org\r\npending@example.org,P\r\n");

        ImportPreview done = subscribers.importFile("from-the-old-tool.csv", file);

        assertThat(done.newCount()).isOne();
        assertThat(statusOf("left@example.org")).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(statusOf("bounced@example.org")).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(statusOf("pending@example.org")).isEqualTo(SubscriberStatus.PENDING);
        assertThat(repository.findById(pending.getId()).orElseThrow().getName()).isNull();
        Subscriber imported = repository.findByPublicationIdAndAddressKey(publicationId(), "new@example.org").orElseThrow();
        assertThat(imported.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(imported.getConsentSource()).isEqualTo(ConsentSource.IMPORT);
        assertThat(imported.getConsentNote()).isEqualTo("from-the-old-tool.csv");
        assertThat(imported.getName()).isEqualTo("Nina New");
        // The same file again adds nobody.
        assertThat(subscribers.importFile("from-the-old-tool.csv", file).newCount()).isZero();
    }

    @Test
    void a_file_with_a_byte_order_mark_semicolons_and_quoted_line_breaks_is_read_as_a_spreadsheet_wrote_it() {
        ImportPreview preview = subscribers.previewImport("excel.csv", csv("\uFEFFE-mail;Name\r\nuno@example.org;\"Uno; One\"\r\n"
                + "\"dos@example.org\r\nBcc: x@example.org\";Two\r\n"));

        assertThat(preview.toAdd()).extracting(ImportPreview.NewSubscriber::name).containsExactly("Uno; One");
        assertThat(preview.refused()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.reason()).contains("line break");
        });
    }

    @Test
    void a_file_too_large_or_too_long_is_refused_before_it_is_read_with_a_sentence() {
        byte[] huge = new byte[SubscriberCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> subscribers.previewImport("huge.csv", huge)).hasMessageStartingWith("That file is larger than 5 MB.");

        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= SubscriberCsv.MAX_ROWS; i++) {
            many.append("r").append(i).append("@example.org\n");
        }
        assertThatThrownBy(() -> subscribers.importFile("many.csv", csv(many.toString())))
                .isInstanceOf(SubscriberRefused.class).hasMessageStartingWith("That file has more than 50,000 lines.");
        assertThat(subscribers.count(SubscriberSearch.everyone())).isZero();
        assertThatThrownBy(() -> subscribers.previewImport("latin1.csv", new byte[] {'a', (byte) 0xE9, '\n'}))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void an_export_read_back_by_the_import_gives_the_same_subscribers_and_keeps_who_left_off_the_list() throws Exception {
        subscribers.add("anna@example.org", "Anna \"Quotes\", Archer");
        subscribers.add("bob@example.org", null);
        unsubscribe(subscribers.add("dan@example.org", "Dan").getId());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subscribers.exportCsv(out);
        String exported = out.toString(StandardCharsets.UTF_8);

        assertThat(exported.lines().findFirst()).hasValue("address,name,status,consent,consented_at,confirmed_at,left_at");
        assertThat(exported).contains("dan@example.org,Dan,unsubscribed,staff,");
        for (Subscriber s : repository.findAll()) {
            subscribers.delete(s.getId());
        }
        ImportPreview back = subscribers.importFile("export.csv", out.toByteArray());
        assertThat(back.toAdd()).extracting(ImportPreview.NewSubscriber::address, ImportPreview.NewSubscriber::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anna@example.org", "Anna \"Quotes\", Archer"),
                        org.assertj.core.groups.Tuple.tuple("bob@example.org", null));
        assertThat(back.refused()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("dan@example.org");
            assertThat(line.reason()).isEqualTo("The file marks this address as \"unsubscribed\", not subscribed, so it is not imported.");
        });
    }

    // ---------------------------------------------------------------------------------------------

    private List<String> addresses(SubscriberSearch search, int page, int size) {
        return subscribers.find(search, PageRequest.of(page, size)).stream().map(Subscriber::getAddress).toList();
    }

    private void unsubscribe(long id) {
        Subscriber s = repository.findById(id).orElseThrow();
        s.unsubscribe(Instant.now());
        repository.save(s);
    }

    private void bounce(long id) {
        Subscriber s = repository.findById(id).orElseThrow();
        s.hardBounced(1, Instant.now());
        repository.save(s);
    }

    private Subscriber pendingSubscriber(String address) {
        return repository.save(new Subscriber(publicationId(), address, null, ConsentSource.SIGN_UP_FORM, null, Instant.now()));
    }

    private SubscriberStatus statusOf(String address) {
        return repository.findByPublicationIdAndAddressKey(publicationId(), address).orElseThrow().getStatus();
    }

    private long publicationId() {
        return jdbc.queryForObject("select id from publications", Long.class);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
