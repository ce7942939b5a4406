/**
 * The administrator's side of the second factor (issue 25): which roles must use one, resetting a
 * person's (audited, the person told by mail), and the operator's recovery at start. The factor
 * itself, and the sign-in step, are in org.masthead.security.
 */
package org.masthead.secondfactor;
