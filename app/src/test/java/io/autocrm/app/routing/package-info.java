/** End-to-end tests of routing rules: the admin API, the routing process manager and the dry run. */
package io.autocrm.app.routing;
