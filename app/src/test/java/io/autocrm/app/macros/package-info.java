/** Macros end to end over HTTP: validation, who may do what, rendering, applying through the ticket endpoints. */
package io.autocrm.app.macros;
