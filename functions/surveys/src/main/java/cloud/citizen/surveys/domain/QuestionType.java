package cloud.citizen.surveys.domain;

import java.util.Arrays;
import java.util.Optional;

/** What kind of answer a question takes. Lower case on the wire. */
public enum QuestionType {
    SINGLE, MULTIPLE, TEXT, RATING, NUMBER;

    public String wireName() {
        return name().toLowerCase();
    }

    public static Optional<QuestionType> fromWire(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }

    /** Choice questions have options, and only they may control another question's {@code showIf}. */
    public boolean isChoice() {
        return this == SINGLE || this == MULTIPLE;
    }
}
