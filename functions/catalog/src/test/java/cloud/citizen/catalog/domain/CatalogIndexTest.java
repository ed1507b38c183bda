package cloud.citizen.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.store.Pinyin4jReadings;

class CatalogIndexTest {
    private final Pinyin4jReadings readings = new Pinyin4jReadings();

    private static Service service(String id, String name, long usage, String... keywords) {
        return new Service(id, name, "housing-fund", Owner.department("fund"), true, List.of(keywords), usage);
    }

    private final CatalogIndex index = CatalogIndex.build(List.of(new Department("fund", "公积金中心")),
            List.of(new District("jinjiang", "锦江区")),
            List.of(service("a", "住房公积金提取", 10), service("b", "公积金贷款", 5), service("c", "异地转移", 99, "公积金"),
                    service("d", "社保查询", 1000), new Service("e", "公积金网点", "housing-fund",
                            Owner.district("jinjiang"), false, List.of(), 0)),
            readings);

    @Test
    void chineseAndPinyinQueries_findTheSameServices_inTheSameOrder() {
        List<String> chinese = ids(SearchQuery.of("公积金", null, null, null));
        assertThat(chinese).containsExactly("b", "e", "a", "c");
        for (String q : List.of("gongjijin", "gjj", "GJJ", "gong ji jin", "gongji")) {
            assertThat(ids(SearchQuery.of(q, null, null, null))).as(q).isEqualTo(chinese);
        }
    }

    @Test
    void pinyinIsOnlyMatchedForLatinQueries_andFormsNeverRunIntoEachOther() {
        assertThat(ids(SearchQuery.of("积金", null, null, null))).containsExactly("a", "b", "e", "c"); // no name starts with it
        assertThat(ids(SearchQuery.of("社保", null, null, null))).containsExactly("d");
        assertThat(ids(SearchQuery.of("tiquzhu", null, null, null))).isEmpty(); // end of one form + start of the next
    }

    @Test
    void filters_narrowTheMatches() {
        assertThat(ids(SearchQuery.of("gjj", null, null, "jinjiang"))).containsExactly("e");
        assertThat(ids(SearchQuery.of("gjj", null, "fund", null))).containsExactly("b", "a", "c");
        assertThat(ids(SearchQuery.of(null, "tax", null, null))).isEmpty();
    }

    @Test
    void withoutText_everythingComesMostUsedFirst() {
        assertThat(ids(SearchQuery.everything())).containsExactly("d", "c", "a", "b", "e");
    }

    @Test
    void paging_afterEachPosition_visitsEveryMatchOnce() {
        List<String> seen = new ArrayList<>();
        Optional<SearchPosition> after = Optional.empty();
        do {
            SearchResult page = index.search(SearchQuery.of("gjj", null, null, null), after, 1);
            page.items().forEach(s -> seen.add(s.serviceId()));
            after = page.next();
        } while (after.isPresent());
        assertThat(seen).containsExactly("b", "e", "a", "c");
    }

    @Test
    void with_addsOrReplacesOneService() {
        CatalogIndex next = index.with(service("b", "公积金贷款申请", 5000), readings);
        assertThat(next.find("b").orElseThrow().name()).isEqualTo("公积金贷款申请");
        assertThat(next.size()).isEqualTo(index.size());
        assertThat(next.search(SearchQuery.everything(), Optional.empty(), 1).items().get(0).serviceId()).isEqualTo("b");
    }

    @Test
    void listingsAndChineseQueries_neverAskForPinyin_soALoadDoesNotPayForTheReadingsTable() {
        ChineseReadings refusing = character -> {
            throw new AssertionError("readings asked for '" + character + "'");
        };
        CatalogIndex withoutReadings = CatalogIndex.build(List.of(), List.of(),
                List.of(service("a", "住房公积金提取", 10), service("c", "异地转移", 99, "公积金")), refusing);

        assertThat(withoutReadings.search(SearchQuery.everything(), Optional.empty(), 10).items()).hasSize(2);
        assertThat(withoutReadings.search(SearchQuery.of("公积金", null, null, null), Optional.empty(), 10).items())
                .extracting(Service::serviceId).containsExactly("a", "c");
    }

    @Test
    void filters_admitOnlyTheirOwnersAndCategory_andAnIdOfTheOtherKindMatchesNothing() {
        assertThat(ids(SearchQuery.of(null, null, "fund", null))).containsExactly("d", "c", "a", "b");
        assertThat(ids(SearchQuery.of(null, null, null, "jinjiang"))).containsExactly("e");
        assertThat(ids(SearchQuery.of(null, null, "jinjiang", null))).isEmpty(); // a district is not a department
        assertThat(ids(SearchQuery.of(null, null, null, "fund"))).isEmpty();
        assertThat(ids(SearchQuery.of(null, "housing-fund", null, "jinjiang"))).containsExactly("e");
        assertThat(ids(SearchQuery.of(null, "tax", null, null))).isEmpty();
        assertThat(ids(SearchQuery.of(null, "housing-fund", null, null))).containsExactly("d", "c", "a", "b", "e");
    }

    private List<String> ids(SearchQuery query) {
        return index.search(query, Optional.empty(), 100).items().stream().map(Service::serviceId).toList();
    }
}
