package org.masthead.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two people open the first-run screen of a new desk and press the button at the same moment (two
 * browsers, or two nodes): one of them becomes the administrator, the other is told the desk has one.
 * A lock in one JVM cannot promise that (it is released before the commit, and a second node does
 * not share it); the database does.
 */
class FirstRunAtOnceTest extends ServiceTest {

    private static final int ROUNDS = 10;
    private static final int PEOPLE = 4;

    @Autowired
    FirstRun firstRun;

    @Test
    void of_first_runs_sent_at_the_same_moment_exactly_one_makes_an_administrator() throws Exception {
        ExecutorService browsers = Executors.newFixedThreadPool(PEOPLE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                nobodyYet();
                CyclicBarrier together = new CyclicBarrier(PEOPLE);
                List<Future<Object>> answers = new ArrayList<>();
                for (int person = 0; person < PEOPLE; person++) {
                    String username = "founder" + round + "x" + person;
                    answers.add(browsers.submit(firstRun(together, username)));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> answer : answers) {
                    outcomes.add(answer.get());
                }

                assertThat(outcomes).as("round " + round + ": administrators made").filteredOn(User.class::isInstance).hasSize(1);
                assertThat(outcomes).as("round " + round + ": the others are told, in a sentence")
                        .filteredOn(o -> !(o instanceof User))
                        .allSatisfy(o -> assertThat(o).isEqualTo(FirstRun.ADMINISTRATOR_EXISTS));
                assertThat(desk.jdbc().queryForObject("select count(*) from user_roles where role = 'ADMIN'", Integer.class))
                        .as("round " + round + ": administrators in the database").isEqualTo(1);
            }
        } finally {
            browsers.shutdownNow();
        }
    }

    /** The person's first run: the administrator made, or the sentence they were refused with. */
    private Callable<Object> firstRun(CyclicBarrier together, String username) {
        return () -> {
            SecurityContextHolder.clearContext();
            together.await();
            try {
                return firstRun.createFirstAdministrator(username, "Founder " + username, null, "first-light-on-the-desk");
            } catch (WorkflowException refused) {
                return refused.getMessage();
            }
        };
    }

    private void nobodyYet() {
        desk.emptyEveryTable();
        SecurityContextHolder.clearContext();
    }
}
