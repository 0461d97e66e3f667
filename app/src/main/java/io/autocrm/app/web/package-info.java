/** Serving the browser app: its routes and files. */
package io.autocrm.app.web;
