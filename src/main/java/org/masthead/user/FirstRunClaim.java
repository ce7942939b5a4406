package org.masthead.user;

import java.sql.Timestamp;
import java.time.Clock;
import org.masthead.base.WorkflowException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one row that says the first run happened (V16). Inserted in the first run's transaction: the
 * database refuses a second insert, so two first runs at once cannot both make an administrator,
 * whichever node or thread they run on.
 */
@Component
class FirstRunClaim {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FirstRunClaim(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the first run for this person, or refuses with the sentence a late first run gets. */
    void claim(String username) {
        try {
            jdbc.update("insert into first_run (only_one, username, claimed_at) values (1, ?, ?)",
                    username, Timestamp.from(clock.instant()));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException claimedMeanwhile) {
            throw new WorkflowException(FirstRun.ADMINISTRATOR_EXISTS);
        }
    }
}
