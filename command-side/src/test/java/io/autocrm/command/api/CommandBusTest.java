package io.autocrm.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.command.customer.EraseCustomerCommand;
import io.autocrm.events.common.CustomerId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;

/** The command side registers its error interceptor on the application's command bus. */
@SpringJUnitWebConfig(CommandSideTestApplication.class)
class CommandBusTest {

    @Autowired
    CommandGateway gateway;

    @Test
    void namesAHandlersRefusalInTheDetailsSoItCanCrossTheWire() {
        assertThatThrownBy(() -> gateway.sendAndWait(new EraseCustomerCommand(CustomerId.random())))
                .isInstanceOfSatisfying(CommandExecutionException.class, e -> {
                    assertThat(e).hasCauseInstanceOf(AggregateNotFoundException.class);
                    assertThat(e.getDetails()).hasValueSatisfying(
                            details -> assertThat(details.toString()).contains("NOT_FOUND"));
                });
    }
}
