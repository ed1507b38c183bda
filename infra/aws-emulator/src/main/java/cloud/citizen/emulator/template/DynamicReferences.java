package cloud.citizen.emulator.template;

import java.text.ParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Replaces CloudFormation dynamic references inside strings, e.g.
 * {@code {{resolve:secretsmanager:citizen-cloud/accounts:SecretString:signingKey}}}, by asking a
 * {@link SecretSource}. Only Secrets Manager references are supported; SSM parameters fail loudly.
 */
final class DynamicReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{resolve:([^}]*)}}");
    private static final String SECRETS_MANAGER = "secretsmanager:";

    private DynamicReferences() {
    }

    static String replaceIn(String text, SecretSource secrets) {
        if (!text.contains("{{resolve:")) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(resolve(matcher.group(1), secrets)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String resolve(String reference, SecretSource secrets) {
        if (!reference.startsWith(SECRETS_MANAGER)) {
            throw new UnresolvableValueException("only secretsmanager dynamic references are emulated, got: {{resolve:"
                    + reference + "}}");
        }
        String[] parts = reference.substring(SECRETS_MANAGER.length()).split(":", -1);
        // an ARN secret id has 7 colon-separated parts of its own (arn:aws:secretsmanager:region:account:secret:name)
        int idParts = parts[0].equals("arn") ? Math.min(7, parts.length) : 1;
        String secretId = String.join(":", Arrays.copyOfRange(parts, 0, idParts));
        String secretString = secrets.secretString(secretId);
        boolean hasJsonKey = parts.length > idParts + 1 && !parts[idParts + 1].isEmpty();
        if (!hasJsonKey) {
            return secretString;
        }
        return jsonField(secretId, secretString, parts[idParts + 1]);
    }

    private static String jsonField(String secretId, String secretString, String key) {
        try {
            Map<String, Object> json = JSONObjectUtils.parse(secretString);
            Object value = json.get(key);
            if (value == null) {
                throw new UnresolvableValueException("secret " + secretId + " has no field " + key);
            }
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> object = (Map<String, ?>) nested;
                return JSONObjectUtils.toJSONString(object);
            }
            return String.valueOf(value);
        } catch (ParseException e) {
            throw new UnresolvableValueException("secret " + secretId + " is not a JSON object, cannot read field "
                    + key);
        }
    }
}
