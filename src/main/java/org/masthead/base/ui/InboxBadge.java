package org.masthead.base.ui;

/**
 * The unread count on the top bar. The inbox lives in a feature above `base`, so the layout
 * asks for it through this interface instead of importing the feature.
 */
public interface InboxBadge {

    long unreadCount();
}
