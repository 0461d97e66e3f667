/** Small helpers every read model shares: read-your-writes waiting, request parameter parsing, times and JSON. */
package io.autocrm.query.support;
