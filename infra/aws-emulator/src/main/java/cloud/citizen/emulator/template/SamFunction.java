package cloud.citizen.emulator.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code AWS::Serverless::Function} with {@code Globals.Function} already merged in (the
 * function's own values win). Environment values are unresolved: see {@code FunctionEnvironment}.
 */
public record SamFunction(String logicalId, String codeUri, String handler, String runtime,
        Optional<Integer> memorySize, Optional<Integer> timeout, Map<String, Object> environment,
        List<HttpRoute> httpRoutes, List<SqsEventSource> sqsEvents, List<ScheduleEventSource> schedules,
        List<S3EventSource> s3Events) {

    public SamFunction {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        httpRoutes = List.copyOf(httpRoutes);
        sqsEvents = List.copyOf(sqsEvents);
        schedules = List.copyOf(schedules);
        s3Events = List.copyOf(s3Events);
    }
}
