package org.masthead.publishing.sources;

/** An edition's new links were registered for capture: once its transaction commits, the job fetches them. */
record SourcesRegistered(long issueId, int editionNo) {
}
