/** The agent workspace's server features over HTTP: saved views, bulk changes, presence. */
package io.autocrm.app.workspace;
