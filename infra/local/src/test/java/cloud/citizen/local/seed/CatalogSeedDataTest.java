package cloud.citizen.local.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.domain.Categories;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.service.CatalogContents;
import cloud.citizen.emulator.RepositoryRoot;

/** The demo catalog's data file: what the generator makes, in the numbers the city publishes. */
class CatalogSeedDataTest {
    private final CatalogContents catalog = CatalogSeed.read();

    @Test
    void theDataFile_isExactlyWhatTheGeneratorMakes() throws Exception {
        String file = Files.readString(RepositoryRoot.locate().resolve(CatalogSeedGenerator.DATA_FILE),
                StandardCharsets.UTF_8);
        assertThat(file).as("regenerate with CatalogSeedGenerator.main").isEqualTo(CatalogSeedGenerator.json());
    }

    @Test
    void counts_are61Departments_22Districts_683Services_241FromDepartments() {
        assertThat(catalog.departments()).hasSize(61);
        assertThat(catalog.districts()).hasSize(22);
        assertThat(catalog.services()).hasSize(683);
        assertThat(catalog.services()).filteredOn(s -> s.owner().isDepartment()).hasSize(241);
        assertThat(catalog.services().stream().map(Service::serviceId).distinct()).hasSize(683);
    }

    @Test
    void districts_areChengdusRealOnes() {
        assertThat(catalog.districts()).extracting(d -> d.name()).contains("锦江区", "青羊区", "金牛区", "武侯区", "成华区",
                "龙泉驿区", "青白江区", "新都区", "温江区", "双流区", "郫都区", "新津区", "简阳市", "都江堰市", "彭州市", "邛崃市",
                "崇州市", "金堂县", "大邑县", "蒲江县", "天府新区", "高新区");
    }

    @Test
    void everyService_belongsToAKnownOwner_andCategory_andEveryOwnerOffersSome() {
        Set<String> owners = catalog.services().stream().map(s -> s.owner().id()).collect(Collectors.toSet());
        catalog.departments().forEach(d -> assertThat(owners).contains(d.departmentId()));
        catalog.districts().forEach(d -> assertThat(owners).contains(d.districtId()));
        Set<String> known = catalog.departments().stream().map(d -> d.departmentId())
                .collect(Collectors.toCollection(java.util.HashSet::new));
        catalog.districts().forEach(d -> known.add(d.districtId()));
        assertThat(catalog.services()).allMatch(s -> known.contains(s.owner().id()))
                .allMatch(s -> Categories.isKnown(s.category()));
    }

    @Test
    void thePlatformsOwnServices_haveTheirFixedIds() {
        assertThat(catalog.services()).extracting(Service::serviceId).contains("bills.water", "bills.electricity",
                "bills.gas", "bills.education", "bills.property", "appointments.hospital", "appointments.vaccine",
                "votes.ballot", "topics.post", "surveys.response");
        assertThat(catalog.services()).filteredOn(s -> s.name().contains("公积金")).hasSizeGreaterThan(5);
    }
}
