package org.masthead.base;

/**
 * Marks an application event after which other people's open screens may be stale (a section
 * moved on, an inbox message arrived, an issue was released). Once the transaction that
 * published it commits, the desk pushes a refresh to the screens it concerns.
 */
public interface DeskChange {
}
