/**
 * What the nodes sharing one database tell each other: a desk change committed, who has a section
 * open, an edition stored. On PostgreSQL through {@code LISTEN/NOTIFY}, on H2 in this process (an
 * H2 database is shared only by the nodes of one JVM). Messages are small JSON objects naming what
 * happened and the ids involved; each node reads the rest from the database, the only shared state.
 */
package org.masthead.base.nodes;
