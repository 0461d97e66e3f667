/** HTTP edges of the application: RFC 9457 problem details with stable codes, request limits, the request's actor. */
package io.autocrm.platform.web;
