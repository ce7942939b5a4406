package org.masthead.mailing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.NotFoundException;
import org.masthead.markdown.TextHygiene;
import org.masthead.issue.IssueService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishers' (and admins') keeping of the mailing list: look people up, add one, import a
 * list (first a preview of what it would do), export it, and delete one person's data when asked.
 * Nobody who left the list (unsubscribed, bounced, complained) is ever put back on it here.
 */
@Service
@Transactional
@PreAuthorize(Roles.CAN_MANAGE_SUBSCRIBERS)
public class Subscribers {

    /** Sorted by address unless the screen asks otherwise; the id keeps pages stable among equals. */
    private static final Sort BY_ADDRESS = Sort.by("addressKey").and(Sort.by("id"));
    private static final int EXPORT_CHUNK = 1_000;
    /** The largest list file an import reads; a larger one is refused with a sentence, unread. */
    public static final int IMPORT_MAX_BYTES = SubscriberCsv.MAX_BYTES;

    private final SubscriberRepository subscribers;
    private final IssueService issues;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Subscribers(SubscriberRepository subscribers, IssueService issues, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.subscribers = subscribers;
        this.issues = issues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A staff member adds someone who agreed elsewhere (in person, by letter): confirmed at once. */
    public Subscriber add(String address, String name) {
        String clean = checked(address, name);
        long publicationId = publicationId();
        subscribers.findByPublicationIdAndAddressKey(publicationId, Subscriber.keyOf(clean)).ifPresent(known -> {
            throw new SubscriberRefused(SubscriberRefused.Field.ADDRESS, known.getStatus().isSuppressed()
                    ? clean + " left the list (" + known.getStatus().label().toLowerCase(Locale.ROOT)
                    + ") and stays off it; only they can sign up again, on the archive."
                    : clean + " is on the list already (" + known.getStatus().label().toLowerCase(Locale.ROOT) + ").");
        });
        Subscriber added = subscribers.save(new Subscriber(publicationId, clean, Addresses.cleanName(name), ConsentSource.STAFF,
                "Added by " + currentUser.requireUsername(), clock.instant()));
        audit.record(AuditAction.SUBSCRIBER_ADDED, null, null, null, SubscriberStatus.CONFIRMED, "Subscriber " + added.getId());
        return added;
    }

    /**
     * A publisher takes someone back after a bounce or a complaint (their mailbox works again, the
     * complaint was a slip), saying why: they are confirmed again and the audit trail keeps the note.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Subscriber liftSuppression(long subscriberId, String note) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            throw new SubscriberRefused(SubscriberRefused.Field.NOTE, "Say why the address may be mailed again, for the record.");
        }
        if (why.length() > Subscriber.NOTE_MAX) {
            throw new SubscriberRefused(SubscriberRefused.Field.NOTE, "Keep the note within " + Subscriber.NOTE_MAX + " characters.");
        }
        Subscriber subscriber = subscribers.findById(subscriberId)
                .orElseThrow(() -> new NotFoundException("That subscriber does not exist."));
        SubscriberStatus before = subscriber.getStatus();
        if (!subscriber.liftSuppression(why)) {
            throw new SubscriberRefused(SubscriberRefused.Field.NOTE, subscriber.getAddress() + " is " + before.label().toLowerCase(Locale.ROOT)
                    + ", not suppressed after a bounce or complaint: there is nothing to lift.");
        }
        audit.record(AuditAction.SUBSCRIBER_SUPPRESSION_LIFTED, null, null, before, SubscriberStatus.CONFIRMED,
                "Subscriber " + subscriberId + ": " + why);
        return subscriber;
    }

    /** One page of the list, as a lazy grid asks for it. */
    @Transactional(readOnly = true)
    public List<Subscriber> find(SubscriberSearch search, Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(), BY_ADDRESS);
        return subscribers.findAll(matching(search), sorted).getContent();
    }

    /** How many subscribers the search finds: the grid's count query. */
    @Transactional(readOnly = true)
    public long count(SubscriberSearch search) {
        return subscribers.count(matching(search));
    }

    /** How many subscribers each status has, every status named (0 when none). */
    @Transactional(readOnly = true)
    public Map<SubscriberStatus, Long> countsByStatus() {
        Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
        for (SubscriberStatus status : SubscriberStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : subscribers.countByStatus(publicationId())) {
            counts.put((SubscriberStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * A person asked for their data to be deleted: the row goes, and with it (on delete cascade)
     * the record of what was sent to them. The audit trail says that a subscriber was deleted and
     * by whom, never the address: that would keep what was asked to go.
     */
    public void delete(long subscriberId) {
        Subscriber subscriber = subscribers.findById(subscriberId)
                .orElseThrow(() -> new NotFoundException("That subscriber is not on the list any more."));
        subscribers.delete(subscriber);
        audit.record(AuditAction.SUBSCRIBER_DELETED, null, null, subscriber.getStatus(), null, "Subscriber " + subscriberId + ", on request");
    }

    /** What importing this file would do, line by line; nothing is stored. */
    @Transactional(readOnly = true)
    public ImportPreview previewImport(String fileName, byte[] file) {
        return sort(fileName, SubscriberCsv.read(file));
    }

    /**
     * Imports the file: exactly what its preview showed. New addresses are confirmed (the list's
     * owner vouches for their consent, and the file name is kept as its record); addresses on
     * the list already are left as they are, and nobody who left is put back.
     */
    public ImportPreview importFile(String fileName, byte[] file) {
        ImportPreview preview = sort(fileName, SubscriberCsv.read(file));
        long publicationId = publicationId();
        Instant now = clock.instant();
        String note = note(fileName);
        List<Subscriber> added = new ArrayList<>(preview.toAdd().size());
        for (ImportPreview.NewSubscriber row : preview.toAdd()) {
            added.add(new Subscriber(publicationId, row.address(), row.name(), ConsentSource.IMPORT, note, now));
        }
        subscribers.saveAll(added);
        audit.record(AuditAction.SUBSCRIBERS_IMPORTED, null, null, null, SubscriberStatus.CONFIRMED,
                added.size() + " new from " + note + "; " + preview.suppressed().size() + " who left stay off the list");
        return preview;
    }

    /** The whole list as CSV (UTF-8), a thousand rows at a time: the list is never all in memory. */
    @Transactional(readOnly = true)
    public void exportCsv(OutputStream out) throws IOException {
        long publicationId = publicationId();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = SubscriberCsv.printer(writer);
        long after = 0;
        List<Subscriber> chunk;
        do {
            chunk = subscribers.findByPublicationIdAndIdGreaterThanOrderById(publicationId, after, PageRequest.of(0, EXPORT_CHUNK));
            for (Subscriber subscriber : chunk) {
                SubscriberCsv.print(printer, subscriber);
                after = subscriber.getId();
            }
        } while (chunk.size() == EXPORT_CHUNK);
        printer.flush();
    }

    private ImportPreview sort(String fileName, List<SubscriberCsv.Row> rows) {
        Map<String, SubscriberStatus> known = new HashMap<>();
        for (Object[] row : subscribers.statusByAddressKey(publicationId())) {
            known.put((String) row[0], (SubscriberStatus) row[1]);
        }
        Map<String, Long> seenOnLine = new HashMap<>();
        List<ImportPreview.NewSubscriber> toAdd = new ArrayList<>();
        List<ImportPreview.Line> suppressed = new ArrayList<>();
        List<ImportPreview.Line> refused = new ArrayList<>();
        int alreadyThere = 0;
        for (SubscriberCsv.Row row : rows) {
            String address = Addresses.clean(row.address());
            String problem = Addresses.problemWithAddress(address).or(() -> Addresses.problemWithName(row.name()))
                    .or(() -> notSubscribedInTheFile(row.status())).orElse(null);
            if (problem != null) {
                refused.add(new ImportPreview.Line(row.line(), shown(address), problem));
                continue;
            }
            String key = Subscriber.keyOf(address);
            Long earlier = seenOnLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                refused.add(new ImportPreview.Line(row.line(), address, "The same address is on line " + earlier + " of this file already."));
                continue;
            }
            SubscriberStatus status = known.get(key);
            if (status == null) {
                toAdd.add(new ImportPreview.NewSubscriber(row.line(), address, Addresses.cleanName(row.name())));
            } else if (status.isSuppressed()) {
                suppressed.add(new ImportPreview.Line(row.line(), address, "Left the list (" + status.label().toLowerCase(Locale.ROOT)
                        + "); stays off it."));
            } else {
                alreadyThere++;
            }
        }
        return new ImportPreview(fileName, toAdd, alreadyThere, suppressed, refused);
    }

    /** A status column (our own export has one): only those the file says are subscribed come in. */
    private static java.util.Optional<String> notSubscribedInTheFile(String status) {
        if (status == null || status.isBlank()) {
            return java.util.Optional.empty();
        }
        String s = status.strip().toLowerCase(Locale.ROOT);
        if (s.equals("confirmed") || s.equals("subscribed") || s.equals("active")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("The file marks this address as \"" + shown(status.strip())
                + "\", not subscribed, so it is not imported.");
    }

    /** A refused cell as the screen may show it: one line, not endless. */
    private static String shown(String cell) {
        String oneLine = TextHygiene.clean(cell).replace('\n', ' ').replace('\t', ' ');
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine;
    }

    private static String note(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "a file" : shown(fileName);
        return name.length() > Subscriber.NOTE_MAX ? name.substring(0, Subscriber.NOTE_MAX) : name;
    }

    private static String checked(String address, String name) {
        Addresses.problemWithAddress(address).ifPresent(problem -> {
            throw new SubscriberRefused(SubscriberRefused.Field.ADDRESS, problem);
        });
        Addresses.problemWithName(name).ifPresent(problem -> {
            throw new SubscriberRefused(SubscriberRefused.Field.NAME, problem);
        });
        return Addresses.clean(address);
    }

    private long publicationId() {
        return issues.publication().getId();
    }

    private Specification<Subscriber> matching(SubscriberSearch search) {
        long publicationId = publicationId();
        return (root, query, cb) -> {
            var where = cb.equal(root.get("publicationId"), publicationId);
            if (search.status() != null) {
                where = cb.and(where, cb.equal(root.get("status"), search.status()));
            }
            String text = search.text() == null ? "" : TextHygiene.clean(search.text()).strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where = cb.and(where, cb.or(cb.like(root.get("addressKey"), like, '\\'),
                        cb.like(cb.lower(root.get("name")), like, '\\')));
            }
            return where;
        };
    }
}
