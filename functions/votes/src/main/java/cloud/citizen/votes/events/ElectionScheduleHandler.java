package cloud.citizen.votes.events;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;

import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.service.ElectionSchedule;

/**
 * Every minute (template.yaml: VotesScheduleFunction): opens due elections, closes those past
 * closesAt, finishes interrupted countings, sends pending opening notices. A plain class with
 * {@code handleRequest}, no HTTP stack (see the platform's OutboxSweepHandler on why not RequestHandler).
 */
public class ElectionScheduleHandler {
    private final ElectionSchedule schedule;

    public ElectionScheduleHandler() {
        this(VotesComponents.fromEnvironment());
    }

    public ElectionScheduleHandler(VotesComponents components) {
        this.schedule = components.schedule();
    }

    public Map<String, Integer> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        ElectionSchedule.Run run = schedule.run();
        return Map.of("opened", run.opened(), "closed", run.closed(), "noticesSent", run.noticesSent(),
                "failed", run.failed());
    }
}
