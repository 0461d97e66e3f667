/**
 * The AutoCRM application: assembles platform, the command side, the query side, identity and the UI into one Spring
 * Boot process, and holds what only the assembly needs (run roles, startup banner, demo data).
 */
package io.autocrm.app;
