/** The application frame: main layout with per-role navigation, and how errors reach the person. */
package org.masthead.base.ui;
