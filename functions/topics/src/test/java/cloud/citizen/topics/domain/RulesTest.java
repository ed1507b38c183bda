package cloud.citizen.topics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Plain rules: status changes, image signatures, the hot score. */
class RulesTest {

    @Test
    void statusChange_movesThePublishedCountOnlyWhenVisibilityChanges() {
        assertThat(StatusChange.of(PostStatus.PUBLISHED, ModerationAction.HIDE).publishedDelta()).isEqualTo(-1);
        assertThat(StatusChange.of(PostStatus.HIDDEN, ModerationAction.HIDE).changes()).isFalse();
        assertThat(StatusChange.of(PostStatus.PENDING_REVIEW, ModerationAction.HIDE).publishedDelta()).isZero();
        assertThat(StatusChange.of(PostStatus.PENDING_REVIEW, ModerationAction.RESTORE).publishedDelta()).isEqualTo(1);
        assertThat(StatusChange.of(PostStatus.HIDDEN, ModerationAction.RESTORE).to()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(StatusChange.of(PostStatus.PENDING_REVIEW, ModerationAction.ADOPT).to())
                .isEqualTo(PostStatus.PENDING_REVIEW);
    }

    @Test
    void imageType_believesTheDeclaredTypeOnlyWhenTheBytesAgree() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };
        byte[] webp = { 'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P' };
        assertThat(ImageType.PNG.matches(png)).isTrue();
        assertThat(ImageType.JPEG.matches(png)).isFalse();
        assertThat(ImageType.JPEG.matches(jpeg)).isTrue();
        assertThat(ImageType.WEBP.matches(webp)).isTrue();
        assertThat(ImageType.WEBP.matches(new byte[] { 'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E' })).isFalse();
        assertThat(ImageType.PNG.matches(new byte[0])).isFalse();
        assertThat(ImageType.fromContentType("image/gif")).isEmpty();
    }

    @Test
    void hotScore_engagementLifts_ageDecays() {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        assertThat(HotScore.of(now, 1, 0)).isGreaterThan(HotScore.of(now, 0, 0));
        assertThat(HotScore.of(now, 0, 1)).isGreaterThan(HotScore.of(now, 1, 0));
        // ten points an hour: a day-old post needs 240 more likes than a fresh one to stay level
        assertThat(HotScore.of(now.minus(Duration.ofHours(24)), 240, 0)).isEqualTo(HotScore.of(now, 0, 0));
        assertThat(HotScore.of(now.minus(Duration.ofHours(24)), 239, 0)).isLessThan(HotScore.of(now, 0, 0));
    }

    @Test
    void filterVerdict_bannedRefuses_reviewHolds() {
        assertThatThrownBy(FilterVerdict.BANNED::initialStatus).isInstanceOf(ContentRejectedException.class);
        assertThat(FilterVerdict.REVIEW.initialStatus()).isEqualTo(PostStatus.PENDING_REVIEW);
        assertThat(FilterVerdict.CLEAN.initialStatus()).isEqualTo(PostStatus.PUBLISHED);
    }
}
