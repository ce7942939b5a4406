package org.masthead.section;

/** Whose turn it is on a section. */
public enum Holder {
    WRITER, EDITORS, NOBODY
}
