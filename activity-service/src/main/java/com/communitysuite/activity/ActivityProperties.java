package com.communitysuite.activity;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.communitysuite.activity.activity.MpActivityRules;

/**
 * @param zone  the zone "today" and the request codes' local times are in (the originals ran on Beijing time)
 * @param mp    the mini-program's limits
 * @param codes the request-code protocol's limits
 */
@ConfigurationProperties("activity")
public record ActivityProperties(ZoneId zone, Mp mp, Codes codes) {

    public ActivityProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        mp = mp == null ? new Mp(null, null, null) : mp;
        codes = codes == null ? new Codes(null) : codes;
    }

    /**
     * @param startWithinDays how far ahead an activity may start (the original: 60)
     * @param endWithinDays   how far ahead an activity may end (the original: 10)
     * @param detailPage      the mini-program page an approved activity's code opens
     */
    public record Mp(Integer startWithinDays, Integer endWithinDays, String detailPage) {

        public Mp {
            startWithinDays = startWithinDays == null ? 60 : startWithinDays;
            endWithinDays = endWithinDays == null ? 10 : endWithinDays;
            detailPage = detailPage == null ? "package-events/events/event-detail" : detailPage;
        }

        public MpActivityRules rules() {
            return new MpActivityRules(startWithinDays, endWithinDays);
        }
    }

    /**
     * @param maxImages images one activity may have (10301); their upload URLs last as the object store says
     *                  ({@code suite.storage.upload-validity})
     */
    public record Codes(Integer maxImages) {

        public Codes {
            maxImages = maxImages == null ? 9 : maxImages;
        }
    }
}
