package cloud.citizen.surveys.domain;

import java.util.List;

/** Shows a question only when an earlier choice question was answered with any of these options. */
public record ShowIf(String questionId, List<String> anyOf) {
    public ShowIf {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
}
