package cloud.citizen.appointments;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.appointments.service.Booking;
import cloud.citizen.appointments.service.Cancellation;
import cloud.citizen.appointments.service.CheckIn;
import cloud.citizen.appointments.service.MyAppointments;
import cloud.citizen.appointments.service.Providers;
import cloud.citizen.appointments.service.SlotPlanning;
import cloud.citizen.appointments.service.Waitlisting;
import cloud.citizen.appointments.store.AppointmentsSettings;
import cloud.citizen.platform.paging.CursorCodec;

/** Hands the plain-Java graph to CDI, configured from the function's environment (template.yaml). */
public class AppointmentsWiring {

    @Produces
    @Singleton
    AppointmentsGraph graph(DynamoDbClient dynamo, SqsClient sqs, CursorCodec cursors,
            @ConfigProperty(name = "citizen.appointments.table") String table,
            @ConfigProperty(name = "citizen.outbox.table") String outboxTable,
            @ConfigProperty(name = "citizen.appointments.waitlist-queue-url") String waitlistQueue) {
        return new AppointmentsGraph(dynamo, sqs,
                new AppointmentsSettings(table, outboxTable, Optional.of(waitlistQueue), Optional.empty()), cursors,
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    Providers providers(AppointmentsGraph graph) {
        return graph.providers();
    }

    @Produces
    @Singleton
    SlotPlanning slotPlanning(AppointmentsGraph graph) {
        return graph.slotPlanning();
    }

    @Produces
    @Singleton
    Booking booking(AppointmentsGraph graph) {
        return graph.booking();
    }

    @Produces
    @Singleton
    Cancellation cancellation(AppointmentsGraph graph) {
        return graph.cancellation();
    }

    @Produces
    @Singleton
    CheckIn checkIn(AppointmentsGraph graph) {
        return graph.checkIn();
    }

    @Produces
    @Singleton
    MyAppointments myAppointments(AppointmentsGraph graph) {
        return graph.myAppointments();
    }

    @Produces
    @Singleton
    Waitlisting waitlisting(AppointmentsGraph graph) {
        return graph.waitlisting();
    }
}
