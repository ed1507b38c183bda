package cloud.citizen.appointments.domain;

import java.time.format.DateTimeFormatter;

/**
 * The texts citizens receive. They name the place and time but never the booking code: the app
 * shows it to its owner, and messages travel through queues and SMS gateways.
 */
public final class Notices {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Notices() {
    }

    public static String promotedFromWaitlist(Appointment appointment) {
        return "候补成功：您已预约" + appointment.providerName() + " " + WHEN.format(appointment.start())
                + "，签到码请在App“我的预约”中查看。";
    }

    public static String dayBefore(String providerName, java.time.OffsetDateTime start) {
        return "预约提醒：您明天 " + TIME.format(start.atZoneSameInstant(CityTime.ZONE)) + " 在" + providerName
                + "有预约，请携带身份证按时到达；不能前往请提前取消。";
    }
}
