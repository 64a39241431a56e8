package com.communitysuite.activity.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.communitysuite.platform.domain.ConflictException;

/**
 * An activity of any surface: what the mini-program, the campus platform, the wx H5 pages and the request-code
 * protocol show of it, each in its own shape. Its status moves only through {@link ActivityTransition}; the number
 * of participants ({@code joined}) is kept by the database in the join's own statement (see
 * {@code participant.Participants}), never written from here.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String surface;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status;

    @Column(nullable = false)
    private String title;

    private String synopsis;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "start_at")
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    private Short category;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "location_id")
    private Long locationId;

    @Column(name = "activity_type")
    private Short activityType;

    private String address;

    @Column(name = "detail_address")
    private String detailAddress;

    private BigDecimal longitude;

    private BigDecimal latitude;

    @Column(name = "register_url")
    private String registerUrl;

    @Column(name = "online_url")
    private String onlineUrl;

    @Column(name = "replay_url")
    private String replayUrl;

    @Column(name = "sign_url")
    private String signUrl;

    private Short poster;

    private String schedules;

    private Integer capacity;

    @Column(name = "min_participants")
    private Integer minParticipants;

    /** Written only by the join and leave statements; read back with the row. */
    @Column(insertable = false, updatable = false)
    private int joined;

    @Column(name = "review_required", nullable = false)
    private boolean reviewRequired;

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "block_id")
    private Long blockId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> tags = new ArrayList<>();

    private Boolean free;

    private String price;

    @Column(name = "join_deadline")
    private Instant joinDeadline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> images = new ArrayList<>();

    @Column(name = "wx_code")
    private String wxCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> keywords = new ArrayList<>();

    @Column(name = "background_url")
    private String backgroundUrl;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "music_url")
    private String musicUrl;

    @Column(name = "permission_meeting_id")
    private Long permissionMeetingId;

    @Column(name = "collect_info")
    private String collectInfo;

    @Column(name = "close_at")
    private Instant closeAt;

    @Column(name = "course_id")
    private String courseId;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Activity() {
    }

    private Activity(String surface, long ownerAccountId, String title, Instant now) {
        this.surface = surface;
        this.ownerAccountId = ownerAccountId;
        this.title = title;
        this.status = ActivityStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A sponsor's new mini-program activity: a draft, submitted for review at once when asked. */
    public static Activity mpDraft(long ownerAccountId, MpActivityContent content, Instant now) {
        Activity activity = new Activity(ActivitySurface.MP, ownerAccountId, content.title(), now);
        activity.write(content);
        return activity;
    }

    /** The first request of the request-code protocol (10301): a title and the images still to be uploaded. */
    public static Activity codesDraft(long ownerAccountId, String title, Instant now) {
        return new Activity(ActivitySurface.CODES, ownerAccountId, title, now);
    }

    /**
     * A campus activity: published at once (the campus platform has no review of activities), in the zone's days
     * too so the date-based lists of other surfaces can read it.
     */
    public static Activity campus(long ownerAccountId, CampusActivityContent content, Long organizationId,
            long blockId, boolean reviewRequired, List<String> keywords, ZoneId zone, Instant now) {
        Activity activity = new Activity(ActivitySurface.CAMPUS, ownerAccountId, content.name(), now);
        activity.organizationId = organizationId;
        activity.blockId = blockId;
        activity.reviewRequired = reviewRequired;
        activity.writeCampus(content, keywords, zone);
        activity.apply(ActivityTransition.PUBLISH_WITHOUT_REVIEW, now);
        return activity;
    }

    /** A campus PUT: the fields the original's update serializer wrote, and the keywords they now give. */
    public void reviseForCampus(CampusActivityContent content, List<String> newKeywords, ZoneId zone, Instant now) {
        writeCampus(content, newKeywords, zone);
        this.updatedAt = now;
    }

    private void writeCampus(CampusActivityContent content, List<String> newKeywords, ZoneId zone) {
        this.title = content.name();
        this.synopsis = content.description();
        this.startAt = content.beginAt();
        this.endAt = content.endAt();
        this.startDate = LocalDate.ofInstant(content.beginAt(), zone);
        this.endDate = LocalDate.ofInstant(content.endAt(), zone);
        this.capacity = content.contain();
        this.categoryId = content.categoryId();
        this.locationId = content.locationId();
        this.keywords = new ArrayList<>(newKeywords);
    }

    /** The keys the images of a request-code activity are uploaded under, known once it has an id. */
    public void imagesUploadedAs(List<String> keys, Instant now) {
        this.images = new ArrayList<>(keys);
        this.updatedAt = now;
    }

    /** A draft's content rewritten (mp draft update): every field, as the original's serializer saved it. */
    public void reviseDraft(MpActivityContent content, Instant now) {
        requireStatus(ActivityStatus.DRAFT);
        write(content);
        this.updatedAt = now;
    }

    /** What a published mp activity's owner may still change: the schedules, the replay and the online link. */
    public void reviseWhilePublished(String newSchedules, String newReplayUrl, String newOnlineUrl, Instant now) {
        requireStatus(ActivityStatus.PUBLISHED);
        this.schedules = newSchedules;
        if (newReplayUrl != null) {
            this.replayUrl = newReplayUrl;
        }
        if (newOnlineUrl != null) {
            this.onlineUrl = newOnlineUrl;
        }
        this.updatedAt = now;
    }

    /** The request-code protocol's details (10302), in the suite's zone for the days. */
    public void describeForCodes(CodesActivityDetails details, ZoneId zone, Instant now) {
        requireStatus(ActivityStatus.DRAFT);
        this.title = details.title();
        this.tags = new ArrayList<>(details.tags());
        this.startAt = details.startAt();
        this.endAt = details.endAt();
        this.startDate = LocalDate.ofInstant(details.startAt(), zone);
        this.endDate = LocalDate.ofInstant(details.endAt(), zone);
        this.joinDeadline = details.joinDeadline();
        this.address = details.location();
        this.free = details.free();
        this.price = details.price();
        this.synopsis = details.content();
        this.capacity = details.maxParticipants();
        this.minParticipants = details.minParticipants();
        this.updatedAt = now;
    }

    /** The wx H5 page's settings as they now are. */
    public WxPage wxPage() {
        return new WxPage(backgroundUrl, logoUrl, musicUrl, permissionMeetingId, collectInfo, closeAt, courseId);
    }

    /**
     * The wx H5 page set up (by the activity's organization, owner or managers): what it shows and collects, until
     * when it takes members' information, and the course whose server signs members in.
     */
    public void configureWxPage(WxPage page, Instant now) {
        this.backgroundUrl = page.backgroundUrl();
        this.logoUrl = page.logoUrl();
        this.musicUrl = page.musicUrl();
        this.permissionMeetingId = page.permissionMeetingId();
        this.collectInfo = page.collectInfo();
        this.closeAt = page.closeAt();
        this.courseId = page.courseId();
        this.updatedAt = now;
    }

    /** Moves the status as the machine allows, or refuses with the original's "information changed". */
    public void apply(ActivityTransition transition, Instant now) {
        this.status = transition.from(status);
        if (status == ActivityStatus.PUBLISHED) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    /** Approval of an mp activity: published, with the mini-program code that opens it. */
    public void approve(String miniProgramCodeUrl, Instant now) {
        apply(ActivityTransition.APPROVE, now);
        this.wxCode = miniProgramCodeUrl;
    }

    public boolean ownedBy(long accountId) {
        return ownerAccountId == accountId;
    }

    /** Where a published activity stands today; null for one without days yet. */
    public ActivityPhase phaseOn(LocalDate today) {
        return startDate == null ? null : ActivityPhase.of(startDate, endDate, today);
    }

    private void requireStatus(ActivityStatus required) {
        if (status != required) {
            throw new ConflictException("activity.transition-refused", ActivityTransition.INFORMATION_CHANGED);
        }
    }

    private void write(MpActivityContent content) {
        this.title = content.title();
        this.startDate = content.startDate();
        this.endDate = content.endDate();
        this.category = (short) content.category();
        this.activityType = (short) content.activityType();
        this.address = content.address();
        this.detailAddress = content.detailAddress();
        this.longitude = content.longitude();
        this.latitude = content.latitude();
        this.registerUrl = content.registerUrl();
        this.onlineUrl = content.onlineUrl();
        this.synopsis = content.synopsis();
        this.poster = (short) content.poster();
        this.schedules = content.schedules();
    }

    public Long id() {
        return id;
    }

    public String surface() {
        return surface;
    }

    public ActivityStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String synopsis() {
        return synopsis;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Instant startAt() {
        return startAt;
    }

    public Instant endAt() {
        return endAt;
    }

    public Integer category() {
        return category == null ? null : category.intValue();
    }

    public Integer activityType() {
        return activityType == null ? null : activityType.intValue();
    }

    public String address() {
        return address;
    }

    public String detailAddress() {
        return detailAddress;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public String registerUrl() {
        return registerUrl;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public String replayUrl() {
        return replayUrl;
    }

    public String signUrl() {
        return signUrl;
    }

    public Integer poster() {
        return poster == null ? null : poster.intValue();
    }

    public String schedules() {
        return schedules;
    }

    public Integer capacity() {
        return capacity;
    }

    public Integer minParticipants() {
        return minParticipants;
    }

    public int joined() {
        return joined;
    }

    public boolean reviewRequired() {
        return reviewRequired;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Long blockId() {
        return blockId;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Boolean free() {
        return free;
    }

    public String price() {
        return price;
    }

    public Instant joinDeadline() {
        return joinDeadline;
    }

    public List<String> images() {
        return List.copyOf(images);
    }

    public String wxCode() {
        return wxCode;
    }

    public Long categoryId() {
        return categoryId;
    }

    public Long locationId() {
        return locationId;
    }

    public List<String> keywords() {
        return List.copyOf(keywords);
    }

    public String backgroundUrl() {
        return backgroundUrl;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public String musicUrl() {
        return musicUrl;
    }

    public Long permissionMeetingId() {
        return permissionMeetingId;
    }

    public String collectInfo() {
        return collectInfo;
    }

    public Instant closeAt() {
        return closeAt;
    }

    public String courseId() {
        return courseId;
    }

    /** Whether the account may change or delete it on campus: its owner, or its organization's owner or manager. */
    public boolean managedBy(long accountId, java.util.function.LongPredicate managesOrganization) {
        return ownerAccountId == accountId || organizationId != null && managesOrganization.test(organizationId);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
