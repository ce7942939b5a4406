/** The audit trail: one event for every change of state, readable by editors, publishers and admins. */
package org.masthead.audit;
