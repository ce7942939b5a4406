package org.masthead.demo;

import java.util.List;
import org.masthead.mailing.SubscriberStatus;

/** The demo's mailing list: six readers who receive the next release, and one of each who does not. */
final class DemoReaders {

    record Reader(String name, String address, SubscriberStatus status) {
    }

    static final List<Reader> ALL = List.of(
            new Reader("Alena Dvořáková", "alena.dvorakova@example.org", SubscriberStatus.CONFIRMED),
            new Reader("Tomasz Nowak", "tomasz.nowak@example.org", SubscriberStatus.CONFIRMED),
            new Reader("Grace Okafor", "grace.okafor@example.org", SubscriberStatus.CONFIRMED),
            new Reader("Mikael Lindqvist", "mikael.lindqvist@example.org", SubscriberStatus.CONFIRMED),
            new Reader("Priya Raman", "priya.raman@example.org", SubscriberStatus.CONFIRMED),
            new Reader("Daniel Weiss", "daniel.weiss@example.org", SubscriberStatus.CONFIRMED),
            new Reader("Lucía Fernández", "lucia.fernandez@example.org", SubscriberStatus.PENDING),
            new Reader("Oskar Berg", "oskar.berg@example.org", SubscriberStatus.UNSUBSCRIBED),
            new Reader("Marek Horák", "marek.horak@example.org", SubscriberStatus.BOUNCED));

    private DemoReaders() {
    }
}
