/** Ids, value types and error codes shared by every aggregate's events. */
package io.autocrm.events.common;
