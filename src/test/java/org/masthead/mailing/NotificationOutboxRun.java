package org.masthead.mailing;

import org.springframework.context.ApplicationContext;

/** For tests outside mailing: one run of the notification outbox's task, as the scheduler would start it. */
public final class NotificationOutboxRun {

    private NotificationOutboxRun() {
    }

    /** Sends what is due now; how many mails the server accepted. */
    public static int sendDue(ApplicationContext app) {
        return app.getBean(NotificationSender.class).sendDue();
    }
}
