package org.masthead.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down, then stops, guessing at passwords. Counts failed sign-ins per account name typed
 * and per address: after a few failures each new attempt must wait longer (1 s, 2 s, 4 s...);
 * after many, the account name or address is refused for a while. Names that match no account
 * are counted just the same, so the answer never tells whether an account exists.
 */
@Component
class SignInThrottle {

    /** How a kind of subject is limited: free attempts, attempts until the lock, and the lock's length. */
    record Limits(int slowAfter, int lockAfter, Duration lockFor, Duration longestWait) {
    }

    private static final int MAX_NAME = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Limits account;
    private final Limits address;

    @Autowired
    SignInThrottle(JdbcTemplate jdbc, Clock clock,
                   @Value("${masthead.sign-in.account.slow-after:3}") int accountSlowAfter,
                   @Value("${masthead.sign-in.account.lock-after:10}") int accountLockAfter,
                   @Value("${masthead.sign-in.address.slow-after:10}") int addressSlowAfter,
                   @Value("${masthead.sign-in.address.lock-after:50}") int addressLockAfter,
                   @Value("${masthead.sign-in.lock-for:15m}") Duration lockFor) {
        this(jdbc, clock, new Limits(accountSlowAfter, accountLockAfter, lockFor, Duration.ofSeconds(30)),
                new Limits(addressSlowAfter, addressLockAfter, lockFor, Duration.ofSeconds(30)));
    }

    SignInThrottle(JdbcTemplate jdbc, Clock clock, Limits account, Limits address) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.account = account;
        this.address = address;
    }

    /** How long the caller must wait before this attempt may be checked at all, if at all. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Duration> waitBefore(String username, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Duration> forAccount = waitFor(accountKey(username), account, now);
        Optional<Duration> forAddress = remoteAddress == null ? Optional.empty()
                : waitFor(addressKey(remoteAddress), address, now);
        return forAccount.map(a -> forAddress.filter(b -> b.compareTo(a) > 0).orElse(a)).or(() -> forAddress);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String remoteAddress) {
        Instant now = clock.instant();
        count(accountKey(username), account, now);
        if (remoteAddress != null) {
            count(addressKey(remoteAddress), address, now);
        }
    }

    /** A right password clears the account's count; the address keeps its own, or one could reset it with a known account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.update("delete from sign_in_failures where subject = ?", accountKey(username));
    }

    private Optional<Duration> waitFor(String subject, Limits limits, Instant now) {
        return row(subject).flatMap(row -> {
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                return Optional.of(Duration.between(now, row.lockedUntil()));
            }
            if (row.failures() < limits.slowAfter() || isStale(row, limits, now)) {
                return Optional.empty();
            }
            Instant nextTry = row.lastFailureAt().plus(delayAfter(row.failures(), limits));
            return nextTry.isAfter(now) ? Optional.of(Duration.between(now, nextTry)) : Optional.empty();
        });
    }

    /** 1 s after the first slowed failure, doubling, but never more than the longest wait. */
    static Duration delayAfter(int failures, Limits limits) {
        int doublings = Math.min(failures - limits.slowAfter(), 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : delay;
    }

    private void count(String subject, Limits limits, Instant now) {
        Optional<Row> existing = row(subject);
        int failures = existing.filter(row -> !isStale(row, limits, now)).map(row -> row.failures() + 1).orElse(1);
        Instant lockedUntil = failures >= limits.lockAfter() ? now.plus(limits.lockFor()) : null;
        Timestamp at = Timestamp.from(now);
        Timestamp until = lockedUntil == null ? null : Timestamp.from(lockedUntil);
        if (existing.isPresent()) {
            jdbc.update("update sign_in_failures set failures = ?, last_failure_at = ?, locked_until = ? where subject = ?",
                    failures, at, until, subject);
            return;
        }
        // Two nodes inserting the same subject at once: one insert fails on the key, the caller logs it.
        jdbc.update("insert into sign_in_failures (subject, failures, last_failure_at, locked_until) values (?, ?, ?, ?)",
                subject, failures, at, until);
    }

    /** A count ends with its lock, or after a lock's length without failures: old mistakes are forgiven. */
    private static boolean isStale(Row row, Limits limits, Instant now) {
        if (row.lockedUntil() != null) {
            return !row.lockedUntil().isAfter(now);
        }
        return row.lastFailureAt().plus(limits.lockFor()).isBefore(now);
    }

    private Optional<Row> row(String subject) {
        List<Row> rows = jdbc.query("select failures, last_failure_at, locked_until from sign_in_failures where subject = ?",
                (rs, i) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()), subject);
        return rows.stream().findFirst();
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // Anything longer is no username of ours; cut it so it fits the column and is still counted.
        return "account:" + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    private static String addressKey(String remoteAddress) {
        return "address:" + remoteAddress;
    }

    private record Row(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }
}
