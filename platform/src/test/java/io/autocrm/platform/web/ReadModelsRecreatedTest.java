package io.autocrm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.mock.web.MockHttpServletResponse;

class ReadModelsRecreatedTest {

    private static final SQLException MISSING_TABLE =
            new SQLException("ERROR: relation \"read_model.dead_letter_entry\" does not exist\n  Position: 15", "42P01");

    @Test
    void recognisesAReadOfTheReadModelWhileARebuildRecreatesIt() {
        assertThat(ReadModelsRecreated.causedBy(new BadSqlGrammarException("query", "SELECT …", MISSING_TABLE))).isTrue();
        assertThat(ReadModelsRecreated.causedBy(new SQLException("ERROR: schema \"read_model\" does not exist", "3F000")))
                .isTrue();
    }

    @Test
    void leavesOtherMissingRelationsAndOtherErrorsAlone() {
        assertThat(ReadModelsRecreated.causedBy(new SQLException("ERROR: relation \"pii.nothing\" does not exist", "42P01")))
                .isFalse();
        assertThat(ReadModelsRecreated.causedBy(new SQLException("ERROR: syntax error at \"read_model\"", "42601")))
                .isFalse();
    }

    @Test
    void answersA503ReadModelBehindWithRetryAfterInsteadOfAnInternalError() {
        var answer = new ProblemDetailsAdvice().unexpected(new BadSqlGrammarException("query", "SELECT …", MISSING_TABLE),
                new MockHttpServletResponse());
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "read-model-behind");
    }
}
