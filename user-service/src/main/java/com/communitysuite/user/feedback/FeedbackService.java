package com.communitysuite.user.feedback;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.platform.domain.NotAllowedException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.user.events.FeedbackSubmitted;
import com.communitysuite.user.events.ReportSubmitted;
import com.communitysuite.user.profile.UserProfileRepository;

/** Feedback (app and campus) and reports (app), kept for operators and announced. */
@Service
public class FeedbackService {

    /** App feedback about the app itself is stored with this origin id, as the original did. */
    static final String APP_ORIGIN = "-1";

    private final FeedbackRepository feedback;
    private final ReportRepository reports;
    private final UserProfileRepository profiles;
    private final DomainEvents events;
    private final Clock clock;

    FeedbackService(FeedbackRepository feedback, ReportRepository reports, UserProfileRepository profiles,
            DomainEvents events, Clock clock) {
        this.feedback = feedback;
        this.reports = reports;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    /** The app's feedback request, as sent. */
    public record AppFeedback(Integer originFeedbackType, String originId, Integer feedbackType,
            String feedbackContent, List<String> feedbackImageList) {
    }

    /** The app's report request, as sent. */
    public record AppReport(Integer originReportType, String originId, Integer reportReasonType, String reason) {
    }

    @Transactional
    public void appFeedback(SuiteIdentity caller, AppFeedback request) {
        int originType = FeedbackRules.originFeedbackType(request.originFeedbackType());
        String originId = FeedbackRules.originId("originId", request.originId());
        int type = FeedbackRules.feedbackType(request.feedbackType());
        String content = FeedbackRules.content("feedbackContent", request.feedbackContent(), "反馈内容不能为空",
                "反馈内容不能超过500个字");
        List<String> images = FeedbackRules.images(request.feedbackImageList());
        Feedback saved = feedback.save(Feedback.fromApp(caller.accountId(), originType,
                originType == 0 ? APP_ORIGIN : originId, type, content, images, caller.clientType(),
                caller.clientVersion(), clock.instant()));
        events.publish(new FeedbackSubmitted(saved.id(), caller.accountId(), "app", content));
    }

    /** A second report of the same target by the same user, or of a user who does not exist, is dropped quietly. */
    @Transactional
    public void report(SuiteIdentity caller, AppReport request) {
        int sourceType = FeedbackRules.originReportType(request.originReportType());
        String sourceId = FeedbackRules.originId("originId", request.originId());
        int reasonType = FeedbackRules.reportReasonType(request.reportReasonType());
        String reason = FeedbackRules.content("reason", request.reason(), "投诉原因不能为空", "投诉原因不能超过500个字");
        if (sourceType == 1 && profiles.findByUid(sourceId).isEmpty()) {
            return;
        }
        if (reports.existsByAccountIdAndSourceTypeAndSourceId(caller.accountId(), (short) sourceType, sourceId)) {
            return;
        }
        Report saved = reports.save(new Report(caller.accountId(), sourceType, sourceId, reasonType,
                FeedbackRules.storedReason(reasonType, reason), clock.instant()));
        events.publish(new ReportSubmitted(saved.id(), saved.accountId(), sourceType, sourceId, reasonType,
                saved.reason()));
    }

    /** Campus {@code POST feedbacks/}: from the caller; a {@code user} other than the caller is refused. */
    @Transactional
    public Feedback campusFeedback(SuiteIdentity caller, long user, String content) {
        if (caller.accountId() != user) {
            throw new NotAllowedException("feedback.not-self", "您没有执行该操作的权限。");
        }
        Feedback saved = feedback.save(Feedback.fromCampus(user, content, clock.instant()));
        events.publish(new FeedbackSubmitted(saved.id(), user, "campus", content));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Feedback> campusFeedback() {
        return feedback.findBySurfaceOrderById("campus");
    }

    @Transactional
    public void deleteCampusFeedback(long id) {
        Feedback found = feedback.findById(id).filter(f -> f.surface().equals("campus"))
                .orElseThrow(() -> new NotFoundException("feedback.not-found", "未找到。"));
        feedback.delete(found);
    }
}
