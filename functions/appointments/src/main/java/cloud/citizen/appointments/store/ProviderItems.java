package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;

/** Provider items; see {@link AppointmentsTable}. */
final class ProviderItems {
    static final String PROFILE = "PROFILE";
    static final String LIST_PARTITION = "PROVIDERS";

    private ProviderItems() {
    }

    static String pk(String providerId) {
        return "PROVIDER#" + providerId;
    }

    static Map<String, AttributeValue> keyOf(String providerId) {
        return key(pk(providerId), PROFILE);
    }

    static String listPrefix(ProviderType type, String district) {
        return type.wireName() + "#" + (district == null ? "" : district + "#");
    }

    static Map<String, AttributeValue> toItem(Provider provider) {
        Map<String, AttributeValue> item = new HashMap<>(keyOf(provider.providerId()));
        item.put("providerId", s(provider.providerId()));
        item.put("name", s(provider.name()));
        item.put("type", s(provider.type().wireName()));
        item.put("district", s(provider.district()));
        item.put("communityId", s(provider.communityId()));
        item.put("address", s(provider.address()));
        if (provider.department() != null) {
            item.put("department", s(provider.department()));
        }
        if (provider.vaccine() != null) {
            item.put("vaccine", s(provider.vaccine()));
        }
        item.put("gsi1pk", s(LIST_PARTITION));
        item.put("gsi1sk", s(listPrefix(provider.type(), provider.district()) + provider.providerId()));
        return item;
    }

    static Provider fromItem(Map<String, AttributeValue> item) {
        return new Provider(text(item, "providerId"), text(item, "name"),
                ProviderType.fromWire(text(item, "type")).orElseThrow(), text(item, "district"),
                text(item, "communityId"), text(item, "address"), text(item, "department"), text(item, "vaccine"));
    }
}
