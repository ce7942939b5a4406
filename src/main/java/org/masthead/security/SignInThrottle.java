package org.masthead.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down, then stops, guessing at passwords, without handing anyone a way to lock somebody
 * else out (OWASP's authentication cheat sheet). Three counts, all in the database so every node
 * sees them:
 * <ul>
 * <li>per name and address: after a few failures each new attempt must wait longer (1 s, 2 s,
 * 4 s...), after more the pair is refused for a while. The person behind the name, on another
 * client, is not touched by it;</li>
 * <li>per address, across names: slowed, then refused, so one client cannot try many names;</li>
 * <li>per name, across addresses: a ceiling against guessing from many addresses, which only
 * slows addresses that have failed themselves. An address without failures is always let
 * through by it, so it cannot lock the real person out.</li>
 * </ul>
 * Checking and counting are one step: an attempt is counted as a failure under a row lock
 * before its password is checked, and given back when the password is right. Parallel attempts
 * therefore queue on the lock, and never more passwords are checked than the limits allow.
 * Names that match no account are counted just the same, so the answer never tells whether an
 * account exists.
 */
@Component
class SignInThrottle {

    /** How a kind of subject is limited: free attempts, attempts until the lock, and the lock's length. */
    record Limits(int slowAfter, int lockAfter, Duration lockFor, Duration longestWait) {

        /** Slows down after {@code slowAfter} failures but never locks. */
        static Limits slowingOnly(int slowAfter, Duration forgetAfter, Duration longestWait) {
            return new Limits(slowAfter, Integer.MAX_VALUE, forgetAfter, longestWait);
        }
    }

    /** The three limits together. */
    record Policy(Limits pair, Limits address, Limits account) {
    }

    private static final int MAX_NAME = 200;
    private static final int MAX_ADDRESS = 64;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Policy policy;

    @Autowired
    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, SignInSettings settings) {
        this(jdbc, transactions, clock, new Policy(
                new Limits(settings.pair().slowAfter(), settings.pair().lockAfter(), settings.lockFor(), LONGEST_WAIT),
                new Limits(settings.address().slowAfter(), settings.address().lockAfter(), settings.lockFor(), LONGEST_WAIT),
                Limits.slowingOnly(settings.account().slowAfter(), settings.lockFor(), LONGEST_WAIT)));
    }

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, Policy policy) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        // Its own transaction, whatever the caller has open: the count must stand even if the caller rolls back.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Asks to check one password. Empty: go ahead, the attempt is already counted as a failure
     * (call {@link #succeeded} if the password is right). Otherwise how long the caller must wait;
     * a refused attempt is not counted.
     */
    public Optional<Duration> reserveAttempt(String username, String remoteAddress) {
        Subjects subjects = Subjects.of(username, remoteAddress);
        Instant now = clock.instant();
        subjects.all().forEach(subject -> createIfMissing(subject, now));
        return transaction.execute(tx -> {
            Map<String, Row> rows = lockInOrder(subjects);
            Row pair = rows.get(subjects.pair());
            Row address = rows.get(subjects.address());
            Row account = rows.get(subjects.account());
            Optional<Duration> wait = longest(
                    waitFor(pair, policy.pair(), now),
                    waitFor(address, policy.address(), now),
                    // The name's ceiling slows only addresses that have failed: a clean one always gets in.
                    countOf(address, policy.address(), now) > 0 ? waitFor(account, policy.account(), now) : Optional.empty());
            if (wait.isEmpty()) {
                count(subjects.pair(), pair, policy.pair(), now);
                count(subjects.address(), address, policy.address(), now);
                count(subjects.account(), account, policy.account(), now);
            }
            return wait;
        });
    }

    /**
     * The password was right: the pair's count goes (the person proved who they are from here);
     * the address and the name only get back the attempt reserved, or one could clear them with
     * a known account of one's own.
     */
    public void succeeded(String username, String remoteAddress) {
        Subjects subjects = Subjects.of(username, remoteAddress);
        transaction.executeWithoutResult(tx -> {
            Map<String, Row> rows = lockInOrder(subjects);
            jdbc.update("delete from sign_in_failures where subject = ?", subjects.pair());
            giveBack(subjects.address(), rows.get(subjects.address()), policy.address());
            giveBack(subjects.account(), rows.get(subjects.account()), policy.account());
        });
    }

    /** 1 s after the first slowed failure, doubling, but never more than the longest wait. */
    static Duration delayAfter(int failures, Limits limits) {
        int doublings = Math.min(failures - limits.slowAfter(), 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : delay;
    }

    /**
     * A row to lock, even for a subject never seen: inserted with no failures, in its own
     * transaction, so a second node inserting the same subject at the same moment only loses the
     * race (and on PostgreSQL does not spoil the transaction that counts).
     */
    private void createIfMissing(String subject, Instant now) {
        Integer present = jdbc.queryForObject("select count(*) from sign_in_failures where subject = ?", Integer.class, subject);
        if (present != null && present > 0) {
            return;
        }
        try {
            transaction.executeWithoutResult(tx -> jdbc.update(
                    "insert into sign_in_failures (subject, failures, last_failure_at, locked_until) values (?, 0, ?, null)",
                    subject, Timestamp.from(now)));
        } catch (DataIntegrityViolationException anotherAttemptInsertedItFirst) {
            // the row exists now, which is all this wanted
        }
    }

    /** Locks the rows one by one in the same order in every transaction, so two attempts never deadlock. */
    private Map<String, Row> lockInOrder(Subjects subjects) {
        Map<String, Row> rows = new HashMap<>();
        subjects.all().sorted().forEach(subject -> jdbc.query(
                "select failures, last_failure_at, locked_until from sign_in_failures where subject = ? for update",
                (rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()), subject)
                .stream().findFirst().ifPresent(row -> rows.put(subject, row)));
        return rows;
    }

    private static Optional<Duration> waitFor(Row row, Limits limits, Instant now) {
        if (row == null) {
            return Optional.empty();
        }
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return Optional.of(Duration.between(now, row.lockedUntil()));
        }
        int failures = countOf(row, limits, now);
        if (failures < limits.slowAfter()) {
            return Optional.empty();
        }
        Instant nextTry = row.lastFailureAt().plus(delayAfter(failures, limits));
        return nextTry.isAfter(now) ? Optional.of(Duration.between(now, nextTry)) : Optional.empty();
    }

    /** The failures that still count now: none once a count is stale. */
    private static int countOf(Row row, Limits limits, Instant now) {
        return row == null || isStale(row, limits, now) ? 0 : row.failures();
    }

    private void count(String subject, Row row, Limits limits, Instant now) {
        int failures = countOf(row, limits, now) + 1;
        Instant lockedUntil = failures >= limits.lockAfter() ? now.plus(limits.lockFor()) : null;
        jdbc.update("update sign_in_failures set failures = ?, last_failure_at = ?, locked_until = ? where subject = ?",
                failures, Timestamp.from(now), lockedUntil == null ? null : Timestamp.from(lockedUntil), subject);
    }

    /** Takes back one reserved attempt; a lock that attempt set goes with it. */
    private void giveBack(String subject, Row row, Limits limits) {
        if (row == null || row.failures() == 0) {
            return;
        }
        int failures = row.failures() - 1;
        Instant lockedUntil = failures >= limits.lockAfter() ? row.lockedUntil() : null;
        jdbc.update("update sign_in_failures set failures = ?, locked_until = ? where subject = ?",
                failures, lockedUntil == null ? null : Timestamp.from(lockedUntil), subject);
    }

    /** A count ends with its lock, or after a lock's length without failures: old mistakes are forgiven. */
    private static boolean isStale(Row row, Limits limits, Instant now) {
        if (row.lockedUntil() != null) {
            return !row.lockedUntil().isAfter(now);
        }
        return row.lastFailureAt().plus(limits.lockFor()).isBefore(now);
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... waits) {
        return Stream.of(waits).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /** The three rows an attempt is counted in, by their keys. */
    private record Subjects(String pair, String address, String account) {

        static Subjects of(String username, String remoteAddress) {
            String name = name(username);
            String address = address(remoteAddress);
            // An address holds no '@', so the last one in a pair's key always separates the two.
            return new Subjects("pair:" + name + "@" + address, "address:" + address, "account:" + name);
        }

        Stream<String> all() {
            return Stream.of(pair, address, account);
        }

        private static String name(String username) {
            String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
            // Anything longer is no username of ours; cut it so it fits the column and is still counted.
            return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        }

        private static String address(String remoteAddress) {
            String address = remoteAddress == null ? "unknown" : remoteAddress;
            return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        }
    }

    private record Row(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }
}
