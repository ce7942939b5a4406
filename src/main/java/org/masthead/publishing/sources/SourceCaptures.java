package org.masthead.publishing.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.masthead.base.PublicAddress;
import org.masthead.issue.IssueService;
import org.masthead.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sources an issue cites, kept readable: registered when an edition is frozen (numbered within
 * the issue, in the release's transaction, cheaply), fetched by a job after the commit (a release
 * never waits on a source), shown to readers at {@code /archive/{n}/sources/{k}}, listed on the desk
 * with each failure's reason, exported as one {@code .warc.gz}, and checked weekly for links gone dead.
 */
@Service
public class SourceCaptures {

    private static final Logger log = LoggerFactory.getLogger(SourceCaptures.class);
    /** How many sources one capture job fetches at once (each host still gets at most its per-host share). */
    static final int AT_ONCE = 4;
    /** How many links one run of the dead-link check looks at: bounded, and polite, one after another. */
    static final int CHECKS_PER_RUN = 200;
    static final Duration CHECK_WITHIN = Duration.ofSeconds(10);

    private final SourceCaptureRepository captures;
    private final SourceContents contents;
    private final SourceFetcher fetcher;
    private final IssueService issues;
    private final PublicAddress publicAddress;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SourceCaptures(SourceCaptureRepository captures, SourceContents contents, SourceFetcher fetcher, IssueService issues,
                   PublicAddress publicAddress, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                   Clock clock) {
        this.captures = captures;
        this.contents = contents;
        this.fetcher = fetcher;
        this.issues = issues;
        this.publicAddress = publicAddress;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The numbers the edition's links get, without storing anything (the release screen's preview):
     * those an earlier edition of the issue numbered keep theirs, new ones follow.
     */
    @PreAuthorize("permitAll()") // reads numbers only; called from the guarded preview
    @Transactional(readOnly = true)
    public Map<String, Integer> numbersFor(Long issueId, List<String> urls) {
        return SourceLinks.numbered(urls, issueId == null ? Map.of() : earlier(issueId));
    }

    /**
     * Registers the edition's links in the caller's transaction (the release, correction or import
     * that stores the edition, each guarded itself) and returns their numbers. Only new links are
     * fetched: once committed, the capture job is scheduled for them.
     */
    @PreAuthorize("permitAll()") // runs only inside the guarded release, correction or import that freezes the edition
    @Transactional
    public Map<String, Integer> register(long issueId, int issueNumber, int editionNo, List<String> urls) {
        Map<String, Integer> earlier = earlier(issueId);
        Map<String, Integer> numbers = SourceLinks.numbered(urls, earlier);
        Instant now = clock.instant();
        List<SourceCapture> fresh = numbers.entrySet().stream().filter(e -> !earlier.containsKey(e.getKey()))
                .map(e -> new SourceCapture(issueId, issueNumber, e.getValue(), e.getKey(), now)).toList();
        if (!fresh.isEmpty()) {
            captures.saveAll(fresh);
            events.publishEvent(new SourcesRegistered(issueId, editionNo));
        }
        return numbers;
    }

    private Map<String, Integer> earlier(long issueId) {
        return captures.findByIssueIdOrderBySourceNoAsc(issueId).stream()
                .collect(Collectors.toMap(SourceCapture::getUrl, SourceCapture::getSourceNo, (a, b) -> a, LinkedHashMap::new));
    }

    /** The job: fetches every source of the issue still pending, a few at once, storing each as it comes. */
    void capturePending(long issueId) {
        List<SourceCapture> pending = captures.findByIssueIdAndStateOrderBySourceNoAsc(issueId, CaptureState.PENDING);
        if (pending.isEmpty()) {
            return;
        }
        String by = capturedBy();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(AT_ONCE, pending.size()));
        try {
            List<Future<?>> running = pending.stream()
                    .map(capture -> pool.submit(() -> store(capture.getId(), fetcher.fetch(capture.getUrl()), by)))
                    .collect(Collectors.toList());
            for (Future<?> one : running) {
                try {
                    one.get();
                } catch (java.util.concurrent.ExecutionException failed) {
                    log.warn("Capturing a source of issue id {} failed: {}", issueId, failed.getCause().toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    private void store(long captureId, FetchResult result, String by) {
        tx.executeWithoutResult(status -> {
            SourceCapture capture = captures.findById(captureId).orElse(null);
            if (capture == null || capture.getState() != CaptureState.PENDING) {
                return; // captured meanwhile (the job ran twice): the first capture stands
            }
            Instant now = clock.instant();
            if (result.answered()) {
                Exchange last = result.last();
                capture.captured(now, last.status(), last.uri().toString(), last.contentType(), sha256(last.body()), last.body().length);
                captures.saveAndFlush(capture);
                contents.save(captureId, last.body(), WarcRecords.of(result, by));
            } else {
                capture.failed(now, result.failure());
                captures.save(capture);
            }
        });
    }

    /** The user agent of every fetch: it names the publication and where to read it. */
    String userAgent() {
        return "Masthead (archiving the sources cited by " + capturedBy() + "; +" + publicAddress.base() + ")";
    }

    private String capturedBy() {
        try {
            return issues.publication().getName();
        } catch (RuntimeException none) {
            return "Masthead";
        }
    }

    // --- readers ---------------------------------------------------------------------------------

    /** A captured source for its public page: the row and, if captured, its body. */
    @PreAuthorize("permitAll()") // the public archive: readers see what a released issue cites
    @Transactional(readOnly = true)
    public Optional<Captured> source(int issueNumber, int sourceNo) {
        return captures.findByIssueNumberAndSourceNo(issueNumber, sourceNo)
                .map(c -> new Captured(c, c.getState() == CaptureState.CAPTURED ? contents.bodyOf(c.getId()).orElse(null) : null));
    }

    /** The sources of a released issue, by number: the archive marks those offline. */
    @PreAuthorize("permitAll()") // the public archive
    @Transactional(readOnly = true)
    public List<SourceCapture> sourcesOfIssue(int issueNumber) {
        return captures.findByIssueNumberOrderBySourceNoAsc(issueNumber);
    }

    /** A capture and what it holds (null unless captured). */
    public record Captured(SourceCapture capture, byte[] body) {
    }

    // --- the desk --------------------------------------------------------------------------------

    /** Every source of the issue with where its capture stands: the release screen lists them. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<SourceCapture> of(long issueId) {
        return captures.findByIssueIdOrderBySourceNoAsc(issueId);
    }

    /** The issue's captures as one {@code .warc.gz}: a warcinfo record, then every source's records. */
    @PreAuthorize("hasRole('PUBLISHER')")
    @Transactional(readOnly = true)
    public void exportWarc(long issueId, OutputStream out) throws IOException {
        int number = issues.require(issueId).getNumber();
        out.write(WarcRecords.info(exportName(number), capturedBy()));
        contents.writeWarcsOf(issueId, out);
    }

    public static String exportName(int issueNumber) {
        return "issue-" + issueNumber + "-sources.warc.gz";
    }

    /** The links that went offline (a third failed check in a row) in the week before now, newest first. */
    @PreAuthorize("hasRole('PUBLISHER')")
    @Transactional(readOnly = true)
    public List<SourceCapture> wentOfflineThisWeek() {
        return captures.wentOfflineSince(clock.instant().minus(CaptureTasks.CHECK_EVERY));
    }

    // --- the weekly check ------------------------------------------------------------------------

    /**
     * The dead-link check: each link is asked again once a week, at most {@link #CHECKS_PER_RUN} a
     * run, one after another. Gone (404 or 410), no such host or no answer in time count as failures;
     * three in a row and the link is offline since the first. Anything else that answers is alive.
     */
    void checkDue() {
        Instant now = clock.instant();
        List<SourceCapture> due = captures.dueForCheck(now.minus(CaptureTasks.CHECK_EVERY).plus(Duration.ofHours(12)),
                PageRequest.of(0, CHECKS_PER_RUN));
        for (SourceCapture capture : due) {
            FetchResult result = fetcher.fetch(capture.getUrl(), CHECK_WITHIN);
            boolean dead = isDead(result);
            tx.executeWithoutResult(status -> captures.findById(capture.getId()).ifPresent(c -> {
                c.checked(clock.instant(), !dead);
                captures.save(c);
            }));
        }
    }

    static boolean isDead(FetchResult result) {
        if (result.answered()) {
            int status = result.last().status();
            return status == 404 || status == 410;
        }
        String why = result.failure() == null ? "" : result.failure();
        return why.contains("could not be found") || why.startsWith("It took longer") || why.startsWith("It could not be fetched");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
