package io.autocrm.command.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.command.rules.Condition;
import io.autocrm.command.rules.Conditions;
import io.autocrm.events.common.MetadataKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** The metadata a rule's commands carry, the depth of a chain, and how an automation finds its candidates. */
class RuleCauseTest {

    private static final Rule TRIGGER = new Rule("3f1c0c1e-0000-4000-8000-000000000001", RuleKind.TRIGGER, "VIP", null,
            1, true, 4, Conditions.ALWAYS, List.of(RuleAction.of("set-priority", "urgent")), Instant.EPOCH,
            Instant.EPOCH, Instant.EPOCH);

    @Test
    void namesTheSystemAsActorAndTheRuleWithItsVersionAndDepthAsCause() {
        MetaData metaData = new RuleCause(TRIGGER, "chain-1", 2).metaData();
        assertThat(metaData).containsEntry(MetadataKeys.ACTOR_TYPE, "system")
                .containsEntry(MetadataKeys.ACTOR_ID, "system").containsEntry(MetadataKeys.CHANNEL, "system")
                .containsEntry(MetadataKeys.CORRELATION_ID, "chain-1")
                .containsEntry(MetadataKeys.CAUSE_TYPE, "trigger").containsEntry(MetadataKeys.CAUSE_ID, TRIGGER.id())
                .containsEntry(MetadataKeys.CAUSE_NAME, "VIP").containsEntry(MetadataKeys.CAUSE_VERSION, 4)
                .containsEntry(MetadataKeys.CAUSE_DEPTH, 2);
    }

    @Test
    void aPersonsChangeIsDepthZeroAndARulesChangeCarriesItsDepth() {
        assertThat(RuleCause.depthOf(Map.of(MetadataKeys.ACTOR_TYPE, "user"))).isZero();
        assertThat(RuleCause.depthOf(Map.of(MetadataKeys.CAUSE_TYPE, "macro", MetadataKeys.CAUSE_DEPTH, 3))).isZero();
        assertThat(RuleCause.depthOf(Map.of(MetadataKeys.CAUSE_TYPE, "trigger", MetadataKeys.CAUSE_DEPTH, 3)))
                .isEqualTo(3);
        assertThat(RuleCause.depthOf(Map.of(MetadataKeys.CAUSE_TYPE, "automation", MetadataKeys.CAUSE_DEPTH, "1")))
                .isEqualTo(1);
        assertThat(RuleCause.depthOf(Map.of(MetadataKeys.CAUSE_TYPE, "trigger"))).isEqualTo(1);
    }

    @Test
    void anAutomationFindsItsCandidatesByTheGreaterThanTimeConditionsOfAll() {
        AutomationTimes times = AutomationTimes.of(new Conditions(List.of(
                Condition.of("status", "is", "solved"),
                Condition.of("hours-since-status-changed", "greater-than", "96"),
                Condition.of("hours-since-updated", "less-than", "200"),
                Condition.of("hours-since-created", "greater-than", "0.5")),
                List.of(Condition.of("hours-since-updated", "greater-than", "1"))));

        assertThat(times.bounds()).containsExactly(
                new AutomationTimes.Bound("status_changed_at", new BigDecimal("96")),
                new AutomationTimes.Bound("created_at", new BigDecimal("0.5")));
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(times.bounds().getLast().before(now)).isEqualTo(Instant.parse("2026-12-07T09:30:00Z"));
        assertThat(AutomationTimes.of(Conditions.all(Condition.of("status", "is", "solved"))).isEmpty()).isTrue();
    }
}
