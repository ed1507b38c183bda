package cloud.citizen.platform.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * JSON may escape half of a surrogate pair ({@code "\ud800"}); such a string is valid JSON but not
 * text (I-JSON, RFC 7493 §2.1, forbids it), and DynamoDB refuses to store it. Refusing it while
 * reading makes it a 400 like any other malformed field, before anything is written.
 */
public final class WellFormedText extends StdScalarDeserializer<String> {

    public WellFormedText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && !isWellFormed(value)) {
            throw InvalidFormatException.from(parser, "text with an unpaired surrogate", value, null);
        }
        return value;
    }

    /** True when every surrogate in the string is half of a high-low pair. */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
