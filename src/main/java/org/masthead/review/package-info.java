/** Review: each person's desk (what needs me now) and the review screen where editors approve or return. */
package org.masthead.review;
