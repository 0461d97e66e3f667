/** End-to-end tests of the browser app: a real Chromium, driven by Playwright, against the assembled app. */
package io.autocrm.app.e2e;
