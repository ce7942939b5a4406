/** Sign-in, the roles, who is asking, and the two filter chains. Imports no feature. */
package org.masthead.security;
