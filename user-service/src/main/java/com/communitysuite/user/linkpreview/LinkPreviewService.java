package com.communitysuite.user.linkpreview;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * Link previews by the link's MD5: a kept preview is answered at once; otherwise the link (which must be the one the
 * MD5 names, as sent or with {@code http://} added) is fetched safely and its preview kept when it has a title and a
 * URL. A link that cannot be fetched answers empty fields, never an error.
 */
@Service
public class LinkPreviewService {

    static final int LINK_MAX = 300;

    private final CachedPreviewRepository cache;
    private final SafeLinkFetcher fetcher;
    private final Clock clock;

    LinkPreviewService(CachedPreviewRepository cache, SafeLinkFetcher fetcher, Clock clock) {
        this.cache = cache;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public LinkPreview preview(String linkMd5, String link) {
        if (linkMd5 == null || !linkMd5.matches("[a-f0-9]{32}")) {
            throw new InvalidInputException("linkMD5", "linkMD5须为32位小写MD5值");
        }
        Optional<CachedPreview> kept = cache.findById(linkMd5);
        if (kept.isPresent()) {
            return kept.get().preview();
        }
        if (link == null || link.isBlank()) {
            return LinkPreview.EMPTY;
        }
        String target = webLink(link);
        if (!linkMd5.equals(md5(link)) && !linkMd5.equals(md5(link.trim())) && !linkMd5.equals(md5(target))) {
            throw new InvalidInputException("link", "link与linkMD5不符");
        }
        if (target.length() > LINK_MAX) {
            return LinkPreview.EMPTY;
        }
        LinkPreview preview = fetcher.fetch(target).orElse(LinkPreview.EMPTY);
        if (preview.worthKeeping()) {
            try {
                cache.save(new CachedPreview(linkMd5, preview, clock.instant()));
            }
            catch (DataIntegrityViolationException alreadyKept) {
                // Another request fetched the same link at the same time; its copy is as good.
            }
        }
        return preview;
    }

    /** The link trimmed, with {@code http://} added when it has no web scheme. */
    static String webLink(String link) {
        String trimmed = link.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? trimmed : "http://" + trimmed;
    }

    static String md5(String text) {
        return HexFormat.of().formatHex(DigestUtils.md5Digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
