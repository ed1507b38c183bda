package cloud.citizen.topics;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.aws.S3Clients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.topics.events.TopicsMessages;
import cloud.citizen.topics.service.CommentOnPost;
import cloud.citizen.topics.service.ContentFilter;
import cloud.citizen.topics.service.ImageCheck;
import cloud.citizen.topics.service.IssueUpload;
import cloud.citizen.topics.service.LikePost;
import cloud.citizen.topics.service.ManageTopics;
import cloud.citizen.topics.service.ManageWords;
import cloud.citizen.topics.service.ModeratePost;
import cloud.citizen.topics.service.PublishPost;
import cloud.citizen.topics.service.ReadPosts;
import cloud.citizen.topics.service.ReportPost;
import cloud.citizen.topics.store.DynamoModerationLog;
import cloud.citizen.topics.store.DynamoPostStore;
import cloud.citizen.topics.store.DynamoReactions;
import cloud.citizen.topics.store.DynamoTopicStore;
import cloud.citizen.topics.store.DynamoUploads;
import cloud.citizen.topics.store.DynamoWordListStore;
import cloud.citizen.topics.store.ListedTopics;
import cloud.citizen.topics.store.ModerationItems;
import cloud.citizen.topics.store.PostPages;
import cloud.citizen.topics.store.S3ImageStore;

/** Builds the capability's adapters and use cases; the one place that knows how they fit. */
public final class TopicsComponents {
    private final ManageTopics manageTopics;
    private final PublishPost publishPost;
    private final ReadPosts readPosts;
    private final CommentOnPost commentOnPost;
    private final LikePost likePost;
    private final ReportPost reportPost;
    private final ModeratePost moderatePost;
    private final IssueUpload issueUpload;
    private final ManageWords manageWords;

    public TopicsComponents(TopicsSettings settings, AwsClients aws, Clock clock) {
        DynamoDbClient dynamo = aws.dynamoDb();
        String table = settings.table();
        CursorCodec cursors = new CursorCodec(settings.cursorKey().orElse(TopicsComponents::throwawayKey));
        Outbox outbox = new Outbox(dynamo, aws::sqs, settings.outboxTable(), clock);
        ListedTopics listed = new ListedTopics(clock);
        DynamoTopicStore topics = new DynamoTopicStore(dynamo, table, cursors, listed);
        DynamoPostStore posts = new DynamoPostStore(dynamo, table, outbox, new PostPages(dynamo, table, cursors), clock,
                listed);
        ModerationItems moderation = new ModerationItems(table);
        DynamoReactions reactions = new DynamoReactions(dynamo, table, moderation, clock, listed);
        S3ImageStore images = new S3ImageStore(S3Clients.s3OnFirstUse(aws), S3Clients.presignerOnFirstUse(aws),
                settings.bucket());
        DynamoUploads uploads = new DynamoUploads(dynamo, table);
        DynamoWordListStore words = new DynamoWordListStore(dynamo, table, clock);
        ContentFilter filter = new ContentFilter(words, settings.wordListTtl(), clock);
        this.manageTopics = new ManageTopics(topics, clock);
        this.publishPost = new PublishPost(topics, posts, filter, new ImageCheck(uploads, images),
                settings.statsQueueUrl(), clock);
        this.readPosts = new ReadPosts(topics, posts, images, clock);
        this.commentOnPost = new CommentOnPost(posts, filter, clock);
        this.likePost = new LikePost(posts, reactions);
        this.reportPost = new ReportPost(posts, reactions, settings.reportsToHide(), clock);
        this.moderatePost = new ModeratePost(posts, new DynamoModerationLog(dynamo, table, moderation, outbox, clock, listed),
                new TopicsMessages(settings.notificationsQueueUrl()), clock);
        this.issueUpload = new IssueUpload(uploads, images, clock);
        this.manageWords = new ManageWords(words, filter);
    }

    /** For the benchmark and tools, which run without CDI. */
    public static TopicsComponents fromEnvironment() {
        Environment env = Environment.system();
        return new TopicsComponents(TopicsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    /** Without the shared key (tools that never hand cursors out), a random one. */
    private static String throwawayKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    public ManageTopics manageTopics() {
        return manageTopics;
    }

    public PublishPost publishPost() {
        return publishPost;
    }

    public ReadPosts readPosts() {
        return readPosts;
    }

    public CommentOnPost commentOnPost() {
        return commentOnPost;
    }

    public LikePost likePost() {
        return likePost;
    }

    public ReportPost reportPost() {
        return reportPost;
    }

    public ModeratePost moderatePost() {
        return moderatePost;
    }

    public IssueUpload issueUpload() {
        return issueUpload;
    }

    public ManageWords manageWords() {
        return manageWords;
    }
}
