package cloud.citizen.votes.domain;

/** A unit as its owner sees it in "my units": where it is and its area, without the other owners. */
public record OwnedUnit(String communityId, String unitId, String building, String number, long areaCenti) {

    public static OwnedUnit of(Unit unit) {
        return new OwnedUnit(unit.communityId(), unit.unitId(), unit.building(), unit.number(), unit.areaCenti());
    }
}
