/** The identity settings ({@code autocrm.security.*}) and which issuer AutoCRM trusts, embedded or external. */
package io.autocrm.identity.config;
