/** Rechecking callers while their long-lived responses run. */
package io.autocrm.identity.access;
