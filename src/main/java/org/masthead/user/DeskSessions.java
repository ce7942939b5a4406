package org.masthead.user;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.NotFoundException;
import org.masthead.base.PublicAddress;
import org.masthead.base.SignedLinks;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.masthead.security.SessionCheck;
import org.masthead.security.SecondFactorReset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The desk's signed-in sessions, in the database so that every node knows them (desk_sessions), and
 * each person's security stamp (users.security_stamp). Every successful sign-in, whichever way it was
 * made (password, passkey, one-time link, organisation account: each ends in Spring Security's
 * authentication success event), is recorded with a random key kept in the HTTP session; each request
 * of the desk asks {@link #refusal} whether that session may still be used. A change that must bite
 * (deactivation, roles, a password reset or change, a second factor reset: {@link #endSessionsOf})
 * gives the person a new stamp and ends their sessions; every node sees it within {@link #FRESH}.
 *
 * <p>The check costs one query per session per {@link #FRESH} at most (answers are kept that long on
 * each node), plus one update of "last seen" per session per {@link #LAST_SEEN_EVERY}.
 */
@Service
@Transactional
public class DeskSessions implements SessionCheck {

    /** How long a node trusts its last look at a session: a change on another node bites within it. */
    static final Duration FRESH = Duration.ofSeconds(1);
    /** "Last seen" is written at most this often per session. */
    static final Duration LAST_SEEN_EVERY = Duration.ofMinutes(1);
    /** How long the "This wasn't me" link of a new-device mail works. */
    static final Duration NOT_ME_LINK_LIFE = Duration.ofDays(7);
    /** The browser's long-lived random cookie: which browsers a person has signed in from. */
    static final String DEVICE_COOKIE = "masthead-device";
    static final int DEVICE_COOKIE_AGE = (int) Duration.ofDays(400).toSeconds();

    private final JdbcTemplate jdbc;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final SignedLinks links;
    private final PublicAddress publicAddress;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration sessionTimeout;
    /** The node's monotonic time, for how fresh a look is (the injected clock may stand still in tests). */
    private volatile LongSupplier ticker = System::nanoTime;
    private final Map<String, Look> looks = new ConcurrentHashMap<>();
    /** Queries the per-request check made: what the cache saves (RequestCheckCostTest). */
    private final AtomicLong lookups = new AtomicLong();

    /** What a node last saw of a session: whether it may be used, and when "last seen" was written. */
    private record Look(long userId, Instant lastSeenWritten, long lookedAt) {
    }

    DeskSessions(JdbcTemplate jdbc, UserRepository users, CurrentUser currentUser, AuditTrail audit, SignedLinks links,
                 PublicAddress publicAddress, ApplicationEventPublisher events, Clock clock,
                 @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.jdbc = jdbc;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.links = links;
        this.publicAddress = publicAddress;
        this.events = events;
        this.clock = clock;
        this.sessionTimeout = sessionTimeout;
    }

    /**
     * Asked by the desk's filter on every request of a signed-in session, before anyone is known for
     * it: it answers only about the session whose own key the request's session holds.
     */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)   // no transaction per request: a cached answer costs no query
    public Optional<String> refusal(String sessionKey) {
        long now = ticker.getAsLong();
        Look look = looks.get(sessionKey);
        if (look != null && now - look.lookedAt() < FRESH.toNanos()) {
            return Optional.empty();
        }
        lookups.incrementAndGet();
        String hash = hash(sessionKey);
        List<Optional<SignOutReason>> found = jdbc.query("select s.stamp, s.ended_at, s.end_reason, s.last_seen_at, "
                        + "u.security_stamp, u.stamp_reason, u.active, u.id from desk_sessions s join users u on u.id = s.user_id "
                        + "where s.key_hash = ?",
                (rs, n) -> {
                    SignOutReason why = null;
                    if (rs.getTimestamp(2) != null) {
                        why = SignOutReason.named(rs.getString(3));
                    } else if (!rs.getBoolean(7)) {
                        why = SignOutReason.DEACTIVATED;
                    } else if (!rs.getString(1).equals(rs.getString(5))) {
                        why = SignOutReason.named(rs.getString(6));
                    }
                    if (why == null) {
                        Instant lastSeen = rs.getTimestamp(4).toInstant();
                        Instant written = look == null ? lastSeen : look.lastSeenWritten();
                        looks.put(sessionKey, new Look(rs.getLong(8), written, now));
                    }
                    return Optional.ofNullable(why);
                }, hash);
        Optional<SignOutReason> why = found.isEmpty() ? Optional.of(SignOutReason.ENDED) : found.get(0);
        if (why.isPresent()) {
            looks.remove(sessionKey);
            end(hash, why.get());
            return Optional.of(why.get().sentence());
        }
        seen(sessionKey, hash);
        return Optional.empty();
    }

    /** Writes "last seen" when the one written is older than {@link #LAST_SEEN_EVERY}. */
    private void seen(String key, String hash) {
        Look look = looks.get(key);
        Instant now = clock.instant();
        if (look != null && Duration.between(look.lastSeenWritten(), now).compareTo(LAST_SEEN_EVERY) >= 0) {
            jdbc.update("update desk_sessions set last_seen_at = ? where key_hash = ? and ended_at is null", Timestamp.from(now), hash);
            looks.put(key, new Look(look.userId(), now, look.lookedAt()));
        }
    }

    /**
     * Records every successful sign-in, however it was made, on the request that made it: a new random
     * key in the HTTP session (it survives the session id's change that follows), the device, the
     * address, and the stamp it signed in under. A browser new to the person gets the known-device
     * cookie, and the person a mail, unless this is their very first sign-in.
     */
    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
            return;   // not a sign-in over HTTP (a test's, the desk's own work)
        }
        if (event.getAuthentication() instanceof OneTimeTokenAuthenticationToken) {
            return;   // a forgotten password's mailed link: it leads to a new password, never to a session
        }
        Optional<User> found = users.findByUsername(event.getAuthentication().getName());
        if (found.isEmpty()) {
            return;
        }
        User user = found.get();
        HttpServletRequest request = web.getRequest();
        HttpSession session = request.getSession(true);
        if (session.getAttribute(KEY) instanceof String before) {
            end(hash(before), SignOutReason.SIGNED_OUT);
            looks.remove(before);
        }
        session.removeAttribute(WHY);
        String key = SignedLinks.randomId() + SignedLinks.randomId();
        Instant now = clock.instant();
        String device = cut(DeviceNames.of(request.getHeader("User-Agent")), 100);
        String address = cut(request.getRemoteAddr(), 64);
        String stamp = jdbc.queryForObject("select security_stamp from users where id = ?", String.class, user.getId());
        jdbc.update("insert into desk_sessions (key_hash, user_id, device, address, stamp, signed_in_at, last_seen_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", hash(key), user.getId(), device, address, stamp,
                Timestamp.from(now), Timestamp.from(now));
        session.setAttribute(KEY, key);
        if (isNewDevice(user, request, web.getResponse(), now) && user.getEmail() != null && !user.getEmail().isBlank()) {
            String id = SignedLinks.randomId();
            Instant expires = now.plus(NOT_ME_LINK_LIFE);
            jdbc.update("update desk_sessions set alarm_hash = ?, alarm_expires_at = ? where key_hash = ?",
                    hash(id), Timestamp.from(expires), hash(key));
            String link = publicAddress.of("/not-me?id=" + id + "&sig=" + links.sign(notMePayload(id)));
            events.publishEvent(new NewDeviceSignedIn(user.getUsername(), user.getDisplayName(), user.getEmail(),
                    device, address, now, link, expires));
        }
    }

    /**
     * Whether this browser is new to the person: it brings no known-device cookie of theirs. The browser
     * gets one now if it had none. The very first browser of an account is not news: it is how every
     * account starts, and a mail then would teach people to ignore the ones that matter.
     */
    private boolean isNewDevice(User user, HttpServletRequest request, HttpServletResponse response, Instant now) {
        String cookie = null;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (DEVICE_COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().length() >= 20) {
                    cookie = c.getValue();
                }
            }
        }
        if (cookie == null) {
            cookie = SignedLinks.randomId() + SignedLinks.randomId();
            if (response != null) {
                Cookie given = new Cookie(DEVICE_COOKIE, cookie);
                given.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                given.setMaxAge(DEVICE_COOKIE_AGE);
                given.setHttpOnly(true);
                given.setSecure(request.isSecure());
                given.setAttribute("SameSite", "Lax");
                response.addCookie(given);
            }
        }
        String cookieHash = hash(cookie);
        Integer known = jdbc.queryForObject("select count(*) from known_devices where user_id = ? and cookie_hash = ?",
                Integer.class, user.getId(), cookieHash);
        if (known != null && known > 0) {
            return false;
        }
        Integer others = jdbc.queryForObject("select count(*) from known_devices where user_id = ?", Integer.class, user.getId());
        jdbc.update("insert into known_devices (user_id, cookie_hash, first_seen_at) values (?, ?, ?)",
                user.getId(), cookieHash, Timestamp.from(now));
        return others != null && others > 0;
    }

    /**
     * A second factor taken away (an administrator's reset, the operator's recovery at start) ends the
     * person's sessions everywhere in the same transaction: whoever held the old factor is out at once.
     */
    @EventListener
    public void secondFactorReset(SecondFactorReset reset) {
        users.findByUsername(reset.username()).ifPresent(user -> restamp(user, SignOutReason.SECOND_FACTOR_RESET, null));
    }

    /** A session that ended on this node (signed out, timed out, invalidated) ends in the database too. */
    @EventListener
    public void sessionEnded(HttpSessionDestroyedEvent event) {
        Object key;
        try {
            key = event.getSession().getAttribute(KEY);
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        if (key instanceof String k) {
            looks.remove(k);
            end(hash(k), SignOutReason.SIGNED_OUT);
        }
    }

    /**
     * Ends every session of the person, on every node (each refuses its next request, within {@link #FRESH}),
     * and gives them a new security stamp, with the reason their tabs are told; audited. For changes that
     * must bite made elsewhere: the second factor reset by an administrator calls it with
     * {@link SignOutReason#SECOND_FACTOR_RESET}. An administrator may end anyone's sessions, a person their own.
     */
    @PreAuthorize("hasRole('ADMIN') or #username == authentication?.name")
    public void endSessionsOf(String username, SignOutReason reason) {
        User user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("That person does not exist."));
        restamp(user, reason, null);
        audit.record(AuditAction.USER_SIGNED_OUT_EVERYWHERE, null, null, null, reason.name(), user.getUsername());
    }

    /**
     * A new stamp for the person and every session of theirs ended, except the one with this key (the
     * session that changed its own password goes on, under the new stamp). Not audited here: the change
     * that calls it records itself.
     */
    void restamp(User user, SignOutReason reason, String keepKey) {
        String stamp = SignedLinks.randomId();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update users set security_stamp = ?, stamp_reason = ? where id = ?", stamp, reason.name(), user.getId());
        if (keepKey == null) {
            jdbc.update("update desk_sessions set ended_at = ?, end_reason = ? where user_id = ? and ended_at is null",
                    now, reason.name(), user.getId());
        } else {
            String kept = hash(keepKey);
            jdbc.update("update desk_sessions set ended_at = ?, end_reason = ? where user_id = ? and ended_at is null "
                    + "and key_hash <> ?", now, reason.name(), user.getId(), kept);
            jdbc.update("update desk_sessions set stamp = ? where key_hash = ?", stamp, kept);
        }
        forget(user.getId());
    }

    /** The signed-in person's sessions, this one first, then the latest seen. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeskSession> mine() {
        return of(currentUser.requireUsername(), currentKey());
    }

    /** Anyone's sessions, for an administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DeskSession> ofPerson(String username) {
        return of(username, currentKey());
    }

    private List<DeskSession> of(String username, Optional<String> currentKey) {
        String current = currentKey.map(DeskSessions::hash).orElse("");
        Instant alive = clock.instant().minus(sessionTimeout).minus(LAST_SEEN_EVERY);
        return jdbc.query("select s.id, u.username, s.device, s.address, s.signed_in_at, s.last_seen_at, s.key_hash "
                        + "from desk_sessions s join users u on u.id = s.user_id where u.username = ? and s.ended_at is null "
                        + "and s.last_seen_at > ? order by s.last_seen_at desc, s.id desc",
                (rs, n) -> new DeskSession(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7).equals(current)),
                username, Timestamp.from(alive)).stream()
                .sorted((a, b) -> Boolean.compare(b.current(), a.current())).toList();
    }

    /**
     * Ends one session: one's own (from another), or anyone's for an administrator. Its node refuses
     * its next request; audited.
     */
    @PreAuthorize("isAuthenticated()")
    public void endSession(long sessionId) {
        String me = currentUser.requireUsername();
        List<String> owner = jdbc.queryForList("select u.username from desk_sessions s join users u on u.id = s.user_id "
                + "where s.id = ? and s.ended_at is null", String.class, sessionId);
        if (owner.isEmpty()) {
            throw new NotFoundException("That session has already ended.");
        }
        boolean own = owner.get(0).equals(me);
        if (!own && !currentUser.hasRole(Role.ADMIN)) {
            throw new NotFoundException("That session has already ended.");
        }
        SignOutReason reason = own ? SignOutReason.SIGNED_OUT_BY_YOU : SignOutReason.SIGNED_OUT_BY_ADMIN;
        jdbc.update("update desk_sessions set ended_at = ?, end_reason = ? where id = ? and ended_at is null",
                Timestamp.from(clock.instant()), reason.name(), sessionId);
        forgetAll();
        audit.record(AuditAction.USER_SESSION_ENDED, null, null, null, null, owner.get(0));
    }

    /** Signs the person out everywhere but here; audited. Answers how many sessions ended. */
    @PreAuthorize("isAuthenticated()")
    public int endMyOtherSessions() {
        User me = users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        String kept = currentKey().map(DeskSessions::hash).orElse("");
        int ended = jdbc.update("update desk_sessions set ended_at = ?, end_reason = ? where user_id = ? and ended_at is null "
                + "and key_hash <> ?", Timestamp.from(clock.instant()), SignOutReason.SIGNED_OUT_BY_YOU.name(), me.getId(), kept);
        forget(me.getId());
        audit.record(AuditAction.OWN_OTHER_SESSIONS_ENDED, null, null, null, ended, null);
        return ended;
    }

    /**
     * The "This wasn't me" link of a new-device mail, followed by someone who has no session: proven by
     * the link alone (signed, unguessable, single-use, expiring). Ends every session of the person and
     * gives them a new stamp; audited as theirs. Answers whose account it was, or empty for a link that
     * is not one, was used already or has expired.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> notMe(String id, String signature) {
        if (id == null || !links.holds(signature, notMePayload(id))) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        String alarm = hash(id);
        int used = jdbc.update("update desk_sessions set alarm_used_at = ? where alarm_hash = ? and alarm_used_at is null "
                + "and alarm_expires_at > ?", now, alarm, now);
        if (used != 1) {
            return Optional.empty();
        }
        Long userId = jdbc.queryForObject("select user_id from desk_sessions where alarm_hash = ?", Long.class, alarm);
        User user = users.findById(userId).orElseThrow();
        restamp(user, SignOutReason.NOT_ME, null);
        RunAs.as(user.getUsername(), Set.of(), () -> {
            audit.record(AuditAction.NOT_ME_SIGNED_OUT_EVERYWHERE, null, null, null, null, user.getUsername());
            return null;
        });
        return Optional.of(user.getUsername());
    }

    /** Tests move this node's monotonic time by hand, so that what they check never depends on how fast it runs. */
    void useTicker(LongSupplier nanos) {
        this.ticker = nanos;
        looks.clear();
    }

    /** How many times the per-request check asked the database, on this node. */
    long lookups() {
        return lookups.get();
    }

    /** The key of the session asking, when it is a signed-in desk session over HTTP. */
    Optional<String> currentKey() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            HttpSession session = web.getRequest().getSession(false);
            if (session != null && session.getAttribute(KEY) instanceof String key) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private void end(String hash, SignOutReason reason) {
        jdbc.update("update desk_sessions set ended_at = ?, end_reason = ? where key_hash = ? and ended_at is null",
                Timestamp.from(clock.instant()), reason.name(), hash);
    }

    /** This node forgets what it saw of the person's sessions, now and once the change is committed. */
    private void forget(long userId) {
        looks.values().removeIf(look -> look.userId() == userId);
        afterCommit(() -> looks.values().removeIf(look -> look.userId() == userId));
    }

    private void forgetAll() {
        looks.clear();
        afterCommit(looks::clear);
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        }
    }

    private static String notMePayload(String id) {
        return "not-me:" + id;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
