package io.autocrm.query.confighistory;

import java.util.List;

/** A page of the configuration history, newest first; {@code nextCursor} fetches the older ones (null: no more). */
record ConfigChangePage(List<ConfigChange> items, String nextCursor) {
}
