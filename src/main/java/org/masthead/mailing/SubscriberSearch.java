package org.masthead.mailing;

/**
 * What the Subscribers screen asks for: words found in the address or the name (any case), and
 * one status or all.
 *
 * @param text   blank for everyone
 * @param status null for every status
 */
public record SubscriberSearch(String text, SubscriberStatus status) {

    public static final int TEXT_MAX = Subscriber.ADDRESS_MAX;

    public static SubscriberSearch everyone() {
        return new SubscriberSearch("", null);
    }
}
