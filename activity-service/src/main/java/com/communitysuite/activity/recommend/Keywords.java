package com.communitysuite.activity.recommend;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.hankcs.hanlp.HanLP;

/**
 * The keywords of an activity's name and description, as the original's recommender took them (jieba's TF-IDF
 * there, HanLP's TextRank here: a kept analyzer library rather than hand-written segmentation): up to one per 20
 * characters, at most 5, every keyword for a text shorter than 20; lower-cased, at least 2 characters, distinct.
 */
@Component
public class Keywords {

    static final int MAX_KEYWORDS = 5;
    static final int CHARACTERS_PER_KEYWORD = 20;
    /** "Every keyword" of a short text, bounded so a pathological text cannot ask for thousands. */
    static final int ALL_OF_A_SHORT_TEXT = 50;

    public List<String> of(String name, String description) {
        String text = (name == null ? "" : name) + " " + (description == null ? "" : description);
        if (text.isBlank()) {
            return List.of();
        }
        int wanted = Math.min(MAX_KEYWORDS, text.length() / CHARACTERS_PER_KEYWORD);
        List<String> extracted = HanLP.extractKeyword(text, wanted == 0 ? ALL_OF_A_SHORT_TEXT : wanted);
        Set<String> keywords = new LinkedHashSet<>();
        for (String keyword : extracted) {
            String normalised = keyword.strip().toLowerCase(Locale.ROOT);
            if (normalised.length() >= 2 && normalised.length() <= 100) {
                keywords.add(normalised);
            }
        }
        return List.copyOf(keywords);
    }
}
