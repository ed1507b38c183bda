package cloud.citizen.notifications.store;

import java.util.Map;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import cloud.citizen.notifications.service.SmsGateway;

/** Production SMS through Amazon SNS (SMS_GATEWAY=sns), as transactional messages to E.164 numbers. */
public class SnsSmsGateway implements SmsGateway {
    private final SnsClient sns;

    public SnsSmsGateway(SnsClient sns) {
        this.sns = sns;
    }

    @Override
    public void send(String phone, String text) {
        sns.publish(publish -> publish.phoneNumber("+86" + phone).message(text).messageAttributes(Map.of(
                "AWS.SNS.SMS.SMSType", MessageAttributeValue.builder().dataType("String").stringValue("Transactional")
                        .build())));
    }
}
