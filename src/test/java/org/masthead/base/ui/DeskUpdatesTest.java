package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.base.DeskChange;
import org.masthead.section.SectionEvents.SectionSubmitted;
import org.masthead.section.SectionState;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Open screens hear of a change once it is committed, and only then. */
class DeskUpdatesTest extends KaribuTest {

    record SomethingChanged(String what) implements DeskChange {
    }

    @Autowired
    DeskUpdates updates;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<DeskChange> heard = new CopyOnWriteArrayList<>();
    private Registration listening;

    @AfterEach
    void stopListening() {
        if (listening != null) {
            listening.remove();
        }
    }

    @Test
    void a_listener_hears_a_change_once_its_transaction_commits_and_not_before() {
        listening = updates.register(heard::add);
        List<DeskChange> heardBeforeCommit = new TemplateRun().inTransaction(() -> {
            events.publishEvent(new SomethingChanged("submitted"));
            return List.copyOf(heard);
        });

        assertThat(heardBeforeCommit).isEmpty();
        assertThat(heard).containsExactly(new SomethingChanged("submitted"));
    }

    @Test
    void a_change_that_is_rolled_back_is_never_heard() {
        listening = updates.register(heard::add);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new SomethingChanged("submitted, then undone"));
            status.setRollbackOnly();
        });

        assertThat(heard).isEmpty();
    }

    @Test
    void a_submit_through_the_real_workflow_is_heard() {
        listening = updates.register(heard::add);
        long sectionId = desk.sectionIds(desk.newIssue()).get(0);

        desk.bringTo(sectionId, "wendy", SectionState.IN_REVIEW);

        assertThat(heard).anySatisfy(change -> assertThat(change).isInstanceOf(SectionSubmitted.class));
    }

    @Test
    void a_screen_is_refreshed_after_someone_elses_change_but_not_after_its_own() {
        AtomicInteger refreshed = new AtomicInteger();
        AtomicInteger inboxCount = new AtomicInteger();
        Span shown = new Span();
        Span badge = new Span();
        updates.whileShown(shown, refreshed::incrementAndGet);
        updates.whileShownAfterEveryChange(badge, inboxCount::incrementAndGet);
        UI.getCurrent().add(shown, badge);

        publishHere("my own act");
        awaitPush(() -> inboxCount.get() == 1);
        publishHere("my next act");
        // Pushes run in order: once the second reached the count, everything the first caused has run.
        awaitPush(() -> inboxCount.get() == 2);
        assertThat(refreshed).as("refreshes after my own acts").hasValue(0);

        publishFromAnotherScreen("someone else's act");
        awaitPush(() -> refreshed.get() == 1);
    }

    @Test
    void a_screen_no_longer_shown_is_not_refreshed_and_no_longer_listened_to() {
        AtomicInteger refreshed = new AtomicInteger();
        AtomicInteger counted = new AtomicInteger();
        Span gone = new Span();
        Span stays = new Span();
        updates.whileShown(gone, refreshed::incrementAndGet);
        updates.whileShown(stays, counted::incrementAndGet);
        UI.getCurrent().add(gone, stays);
        UI.getCurrent().remove(gone);

        publishFromAnotherScreen("someone else's act");
        awaitPush(() -> counted.get() == 1);

        assertThat(refreshed).hasValue(0);
    }

    private void publishHere(String what) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new SomethingChanged(what)));
    }

    /** Another person's request runs on another thread, where this screen is not the current one. */
    private void publishFromAnotherScreen(String what) {
        CompletableFuture.runAsync(() -> publishHere(what)).join();
    }

    /** Lets the pushed refreshes run (Karibu holds the session, as a request would) until the condition holds. */
    static void awaitPush(java.util.concurrent.Callable<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.runUIQueue();
            return condition.call();
        });
    }

    private class TemplateRun {
        <T> T inTransaction(java.util.function.Supplier<T> step) {
            return new TransactionTemplate(transactions).execute(status -> step.get());
        }
    }
}
