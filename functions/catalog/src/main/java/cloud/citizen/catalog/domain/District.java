package cloud.citizen.catalog.domain;

/** One of Chengdu's districts, counties, county-level cities or functional zones. */
public record District(String districtId, String name) {
}
