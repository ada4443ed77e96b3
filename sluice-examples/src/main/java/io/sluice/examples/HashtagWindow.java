package io.sluice.examples;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Random;

import io.sluice.SluiceConf;
import io.sluice.examples.internal.Args;
import io.sluice.rdd.RDD;
import io.sluice.streaming.DStream;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * Seed 004, "Get hashtags from Twitter": takes the hashtags of a stream of tweets and counts each over the last
 * minute, every five seconds — {@code hashTags.window(Minutes(1), Seconds(5)).countByValue()} — on one-second
 * batches. The tweets are generated in-process from a seeded {@link Random} and fed through a queue stream, one
 * RDD per second, so a run is reproducible.
 *
 * <p>Usage: {@code HashtagWindow [--seconds N] [--rate TWEETS_PER_SECOND] [--seed S]} (defaults 30, 100, 42): runs
 * that many seconds, then stops gracefully; no producer needed.
 */
public final class HashtagWindow {

    /** The window's length, a minute as in the seed. */
    public static final Duration WINDOW = Duration.ofMinutes(1);

    /** The window's slide, five seconds as in the seed. */
    public static final Duration SLIDE = Duration.ofSeconds(5);

    private static final String[] USERS = {"@ada", "@grace", "@linus", "@barbara", "@ken", "@margaret"};
    private static final String[] WORDS = {"streaming", "is", "fun", "today", "new", "release", "batch", "of",
        "the", "window", "rocks", "shipping"};
    private static final String[] TAGS = {"#spark", "#sluice", "#java", "#bigdata", "#streaming", "#kafka",
        "#scala", "#jvm"};

    private HashtagWindow() {
    }

    /**
     * Generates tweet-like lines: a user, a few words and zero to three hashtags, hashtags more often popular the
     * earlier they come in the list.
     *
     * @param random the source of randomness (seed it for a reproducible stream)
     * @param count how many tweets
     * @return the tweets
     */
    public static List<String> tweets(Random random, int count) {
        List<String> tweets = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder tweet = new StringBuilder(USERS[random.nextInt(USERS.length)]);
            for (int w = random.nextInt(6) + 1; w > 0; w--) {
                tweet.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            for (int h = random.nextInt(4); h > 0; h--) {
                int skewed = Math.min(random.nextInt(TAGS.length), random.nextInt(TAGS.length));
                tweet.append(' ').append(TAGS[skewed]);
            }
            tweets.add(tweet.toString());
        }
        return tweets;
    }

    /**
     * The hashtags of each tweet; stateless. Seed: {@code tweets.flatMap(status => getTags(status))}.
     *
     * @param tweets the tweets
     * @return every hashtag, once per occurrence
     */
    public static DStream<String> hashTags(DStream<String> tweets) {
        return tweets.flatMap(tweet -> Arrays.asList(tweet.split("\\s+")))
                .filter(word -> word.length() > 1 && word.startsWith("#"));
    }

    /**
     * How often each hashtag occurred over the last {@link #WINDOW}, every {@link #SLIDE}; windowed (recomputed
     * each window, no checkpoint needed), shuffles once per window. Seed:
     * {@code hashTags.window(Minutes(1), Seconds(5)).countByValue()}.
     *
     * @param hashTags the hashtags, on a batch interval dividing five seconds
     * @return {@code (hashtag, occurrences in the last minute)}, every five seconds
     */
    public static PairDStream<String, Long> tagCounts(DStream<String> hashTags) {
        return hashTags.window(WINDOW, SLIDE).countByValue();
    }

    /**
     * Runs for a while on the real clock, then stops gracefully.
     *
     * @param args {@code --seconds N}, {@code --rate TWEETS_PER_SECOND}, {@code --seed S}, all optional
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        long seconds = 30;
        int rate = 100;
        long seed = 42;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (value.isEmpty() ? "" : args[i]) {
                case "--seconds" -> seconds = Args.positive("--seconds", value);
                case "--rate" -> rate = Args.positiveInt("--rate", value);
                case "--seed" -> seed = Args.whole("--seed", value);
                default -> {
                    System.err.println("Usage: HashtagWindow [--seconds N] [--rate TWEETS_PER_SECOND] [--seed S]");
                    System.exit(2);
                }
            }
        }
        SluiceConf conf = new SluiceConf().setIfMissing("sluice.master", "local[2]")
                .setIfMissing("sluice.app.name", "HashtagWindow");
        StreamingContext ssc = new StreamingContext(conf, Duration.ofSeconds(1));
        Random random = new Random(seed);
        Queue<RDD<String>> tweets = new ArrayDeque<>();
        for (long s = 0; s < seconds; s++) {
            tweets.add(ssc.sluiceContext().parallelize(tweets(random, rate)));
        }
        tagCounts(hashTags(ssc.queueStream(tweets))).print();
        ssc.start();
        ssc.awaitTerminationOrTimeout(Duration.ofSeconds(seconds));
        ssc.stop(true, true);
    }
}
