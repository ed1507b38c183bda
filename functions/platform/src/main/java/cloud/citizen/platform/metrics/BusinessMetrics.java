package cloud.citizen.platform.metrics;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/**
 * Business events as CloudWatch Embedded Metric Format lines: one JSON object per line on stdout,
 * which CloudWatch Logs turns into metrics (namespace {@code CitizenCloud}, dimension
 * {@code Function}; refusals also by {@code Code}) with no API call and no SDK. The only place
 * that writes them; the platform calls it where every such event already passes:
 * <ul>
 * <li>{@link #announced} from the outbox, after the commit: logins, registrations, real-name
 * verifications, payments succeeded, bookings, ballots, posts, survey responses (the usage events);</li>
 * <li>{@link #refused} from the problem mapper: every refusal by code (SLOT_FULL, BAD_CREDENTIALS, ...);</li>
 * <li>{@link #count} for the few events with no such passage (outbox backlog, payments failed, import rows).</li>
 * </ul>
 * No personal data: names, counts and codes only.
 */
public final class BusinessMetrics {
    public static final String NAMESPACE = "CitizenCloud";
    private static final ObjectMapper JSON = new ObjectMapper();
    // raw stdout, not the JSON logger: CloudWatch reads EMF only from lines that are the EMF object itself
    private static final BusinessMetrics STDOUT = new BusinessMetrics(System.out, Clock.systemUTC(), functionName());

    private final PrintStream out;
    private final Clock clock;
    private final String function;

    BusinessMetrics(PrintStream out, Clock clock, String function) {
        this.out = out;
        this.clock = clock;
        this.function = function;
    }

    /** The metrics of a committed event: usage events count by kind; other events are not business metrics. */
    public static void announced(OutboxEvent event) {
        if (ServiceUse.TYPE.equals(event.type())) {
            try {
                STDOUT.emit(Map.of(metricOf(ServiceUse.fromJson(event.body()).kind()), 1L), Map.of());
            } catch (IllegalArgumentException notAUsageEvent) {
                // the consumer reports a malformed event; a metric is not worth failing the request for
            }
        }
    }

    /** A refusal answered to a caller, counted by its code. */
    public static void refused(String code) {
        STDOUT.emit(Map.of("Refusals", 1L), Map.of("Code", code));
    }

    /** Any other business count, e.g. {@code count("PaymentsFailed", 1)}. */
    public static void count(String metric, long value) {
        STDOUT.emit(Map.of(metric, value), Map.of());
    }

    /** Several counts of one event in one line, e.g. an import's rows and rejected rows. */
    public static void count(Map<String, Long> metrics) {
        STDOUT.emit(metrics, Map.of());
    }

    static String metricOf(UsageKind kind) {
        return switch (kind) {
            case PAYMENT -> "PaymentsSucceeded";
            case APPOINTMENT -> "Bookings";
            case BALLOT -> "Ballots";
            case POST -> "Posts";
            case SURVEY_RESPONSE -> "SurveyResponses";
            case REGISTRATION -> "Registrations";
            case REAL_NAME_VERIFICATION -> "RealNameVerifications";
            case LOGIN -> "Logins";
        };
    }

    /** One EMF line: {@code {"_aws":{"Timestamp","CloudWatchMetrics":[{Namespace,Dimensions,Metrics}]},"Function",<dims>,<metrics>}}. */
    void emit(Map<String, Long> metrics, Map<String, String> extraDimensions) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("Function", function);
        dimensions.putAll(extraDimensions);
        ObjectNode line = JSON.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", clock.millis());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        dimensions.keySet().forEach(dimensionSet::add);
        ArrayNode definitions = directive.putArray("Metrics");
        metrics.keySet().forEach(name -> definitions.addObject().put("Name", name).put("Unit", "Count"));
        dimensions.forEach(line::put);
        metrics.forEach(line::put);
        String text = line.toString();
        synchronized (out) {
            out.println(text);
        }
    }

    /** Lambda sets the function's name; locally the runner does the same. */
    private static String functionName() {
        return Optional.ofNullable(System.getenv("AWS_LAMBDA_FUNCTION_NAME")).filter(name -> !name.isBlank()).orElse("unknown");
    }
}
