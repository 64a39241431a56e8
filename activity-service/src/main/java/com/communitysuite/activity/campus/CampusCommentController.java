package com.communitysuite.activity.campus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.communitysuite.platform.web.campus.CampusList;
import com.communitysuite.platform.web.campus.CampusLists;
import com.communitysuite.activity.comment.CommentScore;
import com.communitysuite.activity.comment.Comments;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.web.mvc.CampusApi;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import tools.jackson.databind.JsonNode;

/** Campus comments on activities: one per participant, rated 0-5 in halves (0 unrated). */
@CampusApi
@PreAuthorize("@access.account()")
class CampusCommentController {

    private final Comments comments;
    private final CampusViews views;

    CampusCommentController(Comments comments, CampusViews views) {
        this.comments = comments;
        this.views = views;
    }

    record CreatedView(long id, @Schema(nullable = true) String content, @JsonProperty("pub_time") String pubTime,
            double score, long act, long user) {
    }

    record UpdatedView(@Schema(nullable = true) String content, double score) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/campus/activities/comments")
    ResponseEntity<CreatedView> create(@RequestBody JsonNode body, SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        String content = fields.text("content", false, 500);
        BigDecimal score = score(fields);
        Long act = fields.id("act", true);
        Long user = fields.id("user", true);
        fields.validate();
        Comments.Comment comment = comments.create(CampusViews.caller(identity), act, user, content, score);
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedView(comment.id(), comment.content(),
                CampusTime.of(comment.createdAt()), comment.score().doubleValue(), act, user));
    }

    @GetMapping("/campus/activities/comments/{id:\\d+}")
    CampusViews.CommentDetail get(@PathVariable long id) {
        return views.comments(List.of(comments.get(id))).get(0);
    }

    @GetMapping("/campus/activities/comments")
    @PreAuthorize("@access.superUser()")
    @CampusList(CampusViews.CommentDetail.class)
    Object all(@RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, comments.all(), views::comments);
    }

    @GetMapping("/campus/activities/{id:\\d+}/comments")
    @CampusList(CampusViews.CommentDetail.class)
    Object ofActivity(@PathVariable long id, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        return CampusLists.answerRendered(limit, offset, comments.ofActivity(id), views::comments);
    }

    @ApiResponse(responseCode = "200", description = "the user's comment on the activity",
            content = @Content(schema = @Schema(implementation = CampusViews.CommentDetail.class)))
    @GetMapping({ "/campus/activities/{id:\\d+}/users/{userId:\\d+}/comments",
            "/campus/activities/{id:\\d+}/user/{userId:\\d+}/comments" })
    ResponseEntity<?> ofUser(@PathVariable long id, @PathVariable long userId) {
        return comments.of(id, userId).<ResponseEntity<?>>map(c -> ResponseEntity.ok(views.comments(List.of(c)).get(0)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("id", -1)));
    }

    @PutMapping("/campus/activities/comments/{id:\\d+}")
    UpdatedView update(@PathVariable long id, @RequestBody JsonNode body, SuiteIdentity identity) {
        CampusFields fields = CampusFields.of(body);
        String content = fields.text("content", false, 500);
        BigDecimal score = score(fields);
        fields.validate();
        Comments.Comment comment = comments.update(CampusViews.caller(identity), id, content, score);
        return new UpdatedView(comment.content(), comment.score().doubleValue());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/campus/activities/comments/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id, SuiteIdentity identity) {
        comments.delete(CampusViews.caller(identity), id);
        return ResponseEntity.noContent().build();
    }

    private static BigDecimal score(CampusFields fields) {
        BigDecimal score = fields.decimal("score", 2, 1);
        if (score != null && !CommentScore.valid(score)) {
            fields.reject("score", CommentScore.OUT_OF_RANGE);
            return null;
        }
        return score;
    }
}
