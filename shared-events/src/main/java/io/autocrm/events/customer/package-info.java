/** Events of the Customer aggregate. Names and emails stay out of them; they live in the erasable personal-data store. */
package io.autocrm.events.customer;
