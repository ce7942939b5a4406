/**
 * Demo content for a trial: people for every role, the publication, one released issue and one
 * in production. Goes through the real services, signed in as the demo people, so the audit trail
 * reads as if they had done it. Depends on every feature; nothing depends on it.
 */
package org.masthead.demo;
