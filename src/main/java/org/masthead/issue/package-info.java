/** The publication, its section template, and the issues made from it. */
package org.masthead.issue;
