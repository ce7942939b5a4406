/** The people at the desk and their roles. */
package org.masthead.user;
