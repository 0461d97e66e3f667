package io.autocrm.command.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsEveryPlaceholderWithItsValueHtmlEscaped() {
        String filled = Placeholders.fill("<p>Hi {{requester.first_name}}, #{{ ticket.number }} {{agent.name}}</p>",
                Map.of("requester.first_name", "<script>alert('x')</script>", "ticket.number", "1042",
                        "agent.name", "Grace & \"Co\""));
        assertThat(filled).isEqualTo("<p>Hi &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;, #1042 Grace &amp; &quot;Co&quot;</p>");
    }

    @Test
    void fillsAPlaceholderWithoutValueWithNothingAndKeepsDollarsLiteral() {
        assertThat(Placeholders.fill("{{ticket.custom_fields.plan}}|{{agent.name}}", Map.of("agent.name", "$1 \\o/")))
                .isEqualTo("|$1 \\o/");
    }

    @Test
    void namesThePlaceholdersOfAText() {
        assertThat(Placeholders.in("{{a.b}} x {{ c }} {{a.b}}")).containsExactly("a.b", "c");
    }

    @Test
    void acceptsKnownPlaceholdersAndCustomFieldsThatExist() {
        Placeholders.requireKnown("{{ticket.status}} {{ticket.custom_fields.plan}}", Set.of("plan")::contains);
    }

    @Test
    void refusesAnUnknownPlaceholderOrCustomField() {
        for (String text : new String[] {"{{ticket.secret}}", "{{ticket.custom_fields.nope}}", "{{}}"}) {
            assertThatThrownBy(() -> Placeholders.requireKnown(text, Set.of("plan")::contains))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).errorCode()).isEqualTo(ErrorCode.UNKNOWN_PLACEHOLDER);
        }
    }
}
