/**
 * Business-hours calendars: the calculus ({@link io.autocrm.command.calendar.BusinessCalendar}), the calendars admins
 * keep in {@code directory.business_calendar} with their REST API and preview, agents' time zones and working
 * schedules and teams' coverage hours ({@link io.autocrm.command.calendar.Shifts}), and the helpdesk's default hours
 * ({@link io.autocrm.command.calendar.BusinessCalendars}) that SLA policies measure business time with.
 */
package io.autocrm.command.calendar;
