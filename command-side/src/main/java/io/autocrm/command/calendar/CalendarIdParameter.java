package io.autocrm.command.calendar;

import io.autocrm.events.common.CalendarId;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.platform.web.IdParameter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets controllers take a {@link CalendarId}; a value that is no id names no calendar ({@code calendar-not-found}). */
@Configuration(proxyBeanMethods = false)
class CalendarIdParameter {

    @Bean
    IdParameter<CalendarId> calendarIds() {
        return new IdParameter<>(CalendarId.class, CalendarId::new, ErrorCode.CALENDAR_NOT_FOUND, "calendar");
    }
}
