package org.masthead.publishing.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class SourceFetcherTest {

    /** The production limits, with a shorter cut-off so the slow cases end sooner, and the fixtures' host. */
    static final SourceSettings FIXTURES = new SourceSettings(Duration.ofSeconds(3), DataSize.ofMegabytes(10), 5, 2,
            List.of(SourceFixtures.HOST));

    static SourceFixtures sources;
    static SourceFetcher fetcher;
    static SourceFetcher production;

    @BeforeAll
    static void start() {
        sources = new SourceFixtures();
        fetcher = new SourceFetcher(FIXTURES, () -> "The Narrative Watch archiver", Clock.systemUTC());
        production = new SourceFetcher(SourceSettings.production(), () -> "The Narrative Watch archiver", Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        sources.close();
        fetcher.close();
        production.close();
    }

    @Test
    void an_ordinary_page_is_fetched_with_its_status_type_and_body() {
        FetchResult result = fetcher.fetch(sources.url("/page"));

        assertThat(result.failure()).isNull();
        assertThat(result.last().status()).isEqualTo(200);
        assertThat(result.last().contentType()).startsWith("text/html");
        assertThat(new String(result.last().body(), StandardCharsets.UTF_8)).isEqualTo(SourceFixtures.PAGE);
        assertThat(result.last().address()).isEqualTo("127.0.0.1");
    }

    @Test
    void the_request_names_the_publication_in_its_user_agent() {
        FetchResult result = fetcher.fetch(sources.url("/page"));

        assertThat(result.last().requestHeaders()).anySatisfy(h -> {
            assertThat(h.getKey()).isEqualTo("User-Agent");
            assertThat(h.getValue()).contains("The Narrative Watch");
        });
    }

    @Test
    void a_pdf_is_fetched_as_it_is() {
        FetchResult result = fetcher.fetch(sources.url("/statement.pdf"));

        assertThat(result.last().contentType()).isEqualTo("application/pdf");
        assertThat(result.last().body()).isEqualTo(SourceFixtures.PDF);
    }

    @Test
    void a_redirect_chain_is_followed_to_the_page_and_every_hop_is_kept() {
        FetchResult result = fetcher.fetch(sources.url("/chain/1"));

        assertThat(result.failure()).isNull();
        assertThat(result.exchanges()).hasSize(4);
        assertThat(result.last().uri().toString()).isEqualTo(sources.url("/page"));
        assertThat(result.last().status()).isEqualTo(200);
    }

    @Test
    void an_endless_redirect_stops_after_five() {
        FetchResult result = fetcher.fetch(sources.url("/forever"));

        assertThat(result.failure()).isEqualTo("It redirected more than 5 times.");
        assertThat(result.exchanges()).hasSize(6);
    }

    @Test
    void a_redirect_to_127_0_0_1_is_refused_even_where_the_fixtures_may_be_fetched() {
        FetchResult result = fetcher.fetch(sources.url("/to-loopback"));

        assertThat(result.failure()).contains("127.0.0.1 is not on the public internet");
        assertThat(result.exchanges()).hasSize(1);
    }

    @Test
    void a_redirect_to_the_cloud_metadata_address_is_refused() {
        FetchResult result = fetcher.fetch(sources.url("/to-metadata"));

        assertThat(result.failure()).contains("169.254.169.254 is not on the public internet");
        assertThat(result.exchanges()).hasSize(1);
    }

    @Test
    void a_redirect_to_a_file_address_is_refused() {
        FetchResult result = fetcher.fetch(sources.url("/to-file"));

        assertThat(result.failure()).isEqualTo("Only http and https addresses are fetched, not file:.");
    }

    @Test
    void with_the_production_setting_nothing_on_this_machine_is_fetched_by_name_or_by_number() {
        assertThat(production.fetch("http://localhost:" + sources.port() + "/page").failure()).contains("is not on the public internet");
        assertThat(production.fetch(sources.url("/page")).failure()).isEqualTo("The address of sources.test could not be found.");
        assertThat(production.fetch("http://127.0.0.1:" + sources.port() + "/page").failure()).contains("is not on the public internet");
        assertThat(production.fetch("http://[::1]:" + sources.port() + "/page").failure()).contains("is not on the public internet");
        assertThat(production.fetch("http://169.254.169.254/latest/meta-data/").failure()).contains("is not on the public internet");
        assertThat(production.fetch("http://10.0.0.1/").failure()).contains("is not on the public internet");
    }

    @Test
    void only_http_and_https_are_fetched() {
        assertThat(fetcher.fetch("ftp://localhost/file").failure()).isEqualTo("Only http and https addresses are fetched, not ftp:.");
        assertThat(fetcher.fetch("javascript:alert(1)").failure()).startsWith("Only http and https");
    }

    @Test
    void a_server_that_trickles_is_cut_off_at_the_time_limit() {
        FetchResult result = fetcher.fetch(sources.url("/trickle"));

        assertThat(result.failure()).isEqualTo("It took longer than 3 s.");
    }

    @Test
    void a_fifty_megabyte_body_is_refused_at_ten() {
        FetchResult result = fetcher.fetch(sources.url("/fifty-megabytes"));

        assertThat(result.failure()).isEqualTo("It is larger than 10 MB.");
    }

    @Test
    void a_gzip_bomb_stops_when_it_unpacks_past_the_limit() {
        FetchResult result = fetcher.fetch(sources.url("/bomb"));

        assertThat(result.failure()).isEqualTo("It unpacks to more than 10 MB.");
    }

    @Test
    void a_missing_page_is_an_answer_with_its_status_and_later_comes_back() {
        assertThat(fetcher.fetch(sources.url("/comes-back")).last().status()).isEqualTo(404);

        sources.bringBackTheMissingPage();

        assertThat(fetcher.fetch(sources.url("/comes-back")).last().status()).isEqualTo(200);
    }

    @Test
    void no_more_than_two_fetches_talk_to_one_host_at_once() throws Exception {
        CompletableFuture<FetchResult> first = CompletableFuture.supplyAsync(() -> fetcher.fetch(sources.url("/held")));
        CompletableFuture<FetchResult> second = CompletableFuture.supplyAsync(() -> fetcher.fetch(sources.url("/held")));
        while (sources.heldNow() < 2) {
            Thread.onSpinWait();
        }

        // Cut off before the two held ones are: while they hold both places, it never gets one.
        FetchResult third = fetcher.fetch(sources.url("/held"), Duration.ofSeconds(1));

        assertThat(third.failure()).isEqualTo("It took longer than 1 s.");
        assertThat(sources.heldRequests()).isEqualTo(2);
        sources.letGo();
        first.join();
        second.join();
    }
}
