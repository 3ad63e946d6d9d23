/**
 * The town's guest book (issue 22): residents, former residents and visitors leave a message (a visitor confirms it
 * from their mailbox first), moderators approve or reject each one before anyone sees it, and the town may reply
 * publicly. The wall shows the newest first, paged in the database; a message has its own page, which can be shared.
 */
package org.civitas.guestbook;
