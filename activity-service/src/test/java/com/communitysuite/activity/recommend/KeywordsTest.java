package com.communitysuite.activity.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    final Keywords keywords = new Keywords();

    @Test
    void extractsAtMostOneKeywordPerTwentyCharactersAndFiveAtMost() {
        String description = "本周末摄影社组织户外摄影活动，带领大家在颐和园拍摄秋天的风景，欢迎摄影爱好者参加，"
                + "活动结束后会进行作品点评和摄影技巧交流，请自带相机或者手机";
        assertThat(keywords.of("周末户外摄影", description)).hasSizeBetween(1, 5).contains("摄影")
                .allSatisfy(k -> assertThat(k.length()).isGreaterThanOrEqualTo(2));
        assertThat(keywords.of("Python编程讲座", "学习Python")).isNotEmpty()
                .allSatisfy(k -> assertThat(k).isEqualTo(k.toLowerCase()));
        assertThat(keywords.of(null, null)).isEmpty();
    }
}
