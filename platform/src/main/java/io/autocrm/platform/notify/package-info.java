/**
 * PostgreSQL {@code LISTEN/NOTIFY}: a listener of one channel on a connection of its own that survives outages, for
 * the commit feed of query nodes and the live streams' change announcements.
 */
package io.autocrm.platform.notify;
