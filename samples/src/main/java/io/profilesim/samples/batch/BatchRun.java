package io.profilesim.samples.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profilesim.CustomerProfiles;
import io.profilesim.DeadLetterMessage;
import io.profilesim.FileFormat;
import io.profilesim.IngestionReport;
import io.profilesim.export.S3Layout;
import io.profilesim.json.AwsJson;
import io.profilesim.model.CreateDomainRequest;
import io.profilesim.model.DomainStats;
import io.profilesim.model.GetDomainResponse;
import io.profilesim.model.GetIdentityResolutionJobResponse;
import io.profilesim.model.GetMatchesRequest;
import io.profilesim.model.GetMatchesResponse;
import io.profilesim.model.IdentityResolutionJob;
import io.profilesim.model.IdentityResolutionJobStatus;
import io.profilesim.model.ListIdentityResolutionJobsRequest;
import io.profilesim.model.ListIdentityResolutionJobsResponse;
import io.profilesim.model.MatchItem;
import io.profilesim.model.PutProfileObjectTypeRequest;
import io.profilesim.model.S3ExportingLocation;
import io.profilesim.samples.batch.RunReport.DeadLetterCount;
import io.profilesim.samples.batch.RunReport.Ingested;
import io.profilesim.samples.batch.RunReport.JobRun;
import io.profilesim.samples.batch.RunReport.Merge;
import io.profilesim.samples.batch.RunReport.Week;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * One batch run in virtual time, and the files it leaves in its output folder:
 *
 * <pre>
 * s3/&lt;bucket&gt;/&lt;key&gt;/&lt;domain&gt;/&lt;job&gt;/...  each job's export, in the S3 layout
 * get-domain.json       GetDomain after the run
 * jobs.json             ListIdentityResolutionJobs (every page, newest first)
 * matches.json          GetMatches of the latest completed job (every page)
 * dead-letter.jsonl     the rejected rows, one DeadLetterMessage per line
 * report.md, charts/    the report
 * </pre>
 *
 * <p>Every file is a function of the inputs and the seed except the report's timings section.
 */
public final class BatchRun implements AutoCloseable {
  public static final String EXPORT_DIR = "s3";
  public static final String GET_DOMAIN = "get-domain.json";
  public static final String JOBS = "jobs.json";
  public static final String MATCHES = "matches.json";
  public static final String DEAD_LETTER = "dead-letter.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Hears what a run does, for progress lines. */
  public interface Listener {
    /** Told while a file is ingested, every few thousand rows and at its end. */
    void ingesting(IngestionReport soFar);

    /** A line worth printing as it is: an ingestion or a job finished. */
    void note(String line);
  }

  private final CustomerProfiles profiles;
  private final Path out;
  private final Listener listener;
  private final LongSupplier nanoTime;
  private final Map<String, Double> timings = new LinkedHashMap<>();
  private final Map<String, List<String>> objectTypes = new TreeMap<>();
  private final List<Ingested> ingestions = new ArrayList<>();
  private final Map<String, DomainStats> before = new HashMap<>();
  private final Map<String, DomainStats> after = new HashMap<>();
  private final Map<String, Long> jobStarted = new HashMap<>();
  private final Map<String, IdentityResolutionJob> finished = new HashMap<>();
  private final List<String> jobOrder = new ArrayList<>();
  private String domainName;
  private String deadLetterQueueUrl;

  private BatchRun(long seed, Instant start, Path out, Listener listener, LongSupplier nanoTime) {
    this.out = out;
    this.listener = listener;
    this.nanoTime = nanoTime;
    this.profiles = BatchRuns.builder(seed, start).exportRoot(out.resolve(EXPORT_DIR))
        .jobListener(this::jobChanged).build();
  }

  /**
   * Starts a run whose virtual time begins at {@code start}; outputs go to {@code out}, which must
   * exist.
   *
   * @param nanoTime the ticker of the report's timings (and nothing else)
   */
  public static BatchRun start(long seed, Instant start, Path out, Listener listener,
      LongSupplier nanoTime) {
    return new BatchRun(seed, start, out, listener, nanoTime);
  }

  /** The service the run drives. */
  public CustomerProfiles profiles() {
    return profiles;
  }

  /** Creates the domain and its object types. */
  public void setUp(CreateDomainRequest domain, List<PutProfileObjectTypeRequest> types) {
    long t = nanoTime.getAsLong();
    profiles.createDomain(domain);
    domainName = domain.domainName();
    deadLetterQueueUrl = domain.deadLetterQueueUrl();
    for (PutProfileObjectTypeRequest type : types) {
      profiles.putProfileObjectType(type);
      objectTypes.put(type.objectTypeName(), new ArrayList<>());
    }
    time("set-up", t);
  }

  /**
   * Ingests a file now, through an object type.
   *
   * @param name how reports and dead-letter messages name the file (as its scenario writes it)
   */
  public IngestionReport ingest(String objectTypeName, Path file, String name, FileFormat format) {
    long t = nanoTime.getAsLong();
    Instant at = profiles.clock().instant();
    IngestionReport report;
    try (Reader rows = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      report = profiles.ingest(domainName, objectTypeName, rows, format, name,
          listener::ingesting);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    ingestions.add(new Ingested(at, name, objectTypeName, report));
    objectTypes.get(objectTypeName).add(name);
    time("ingest " + name + " at " + at, t);
    listener.note(String.format(Locale.ROOT, "%s ingested %s: %,d rows, %,d accepted, %,d"
        + " rejected", at, name, report.rows(), report.accepted(), report.rejected()));
    return report;
  }

  /** Moves virtual time to {@code target}, running the jobs scheduled on the way. */
  public void advanceTo(Instant target) {
    profiles.advanceTimeTo(target);
  }

  /** Runs a job now and returns it finished. */
  public GetIdentityResolutionJobResponse runJobNow() {
    return profiles.runIdentityResolutionJob(domainName);
  }

  /** The domain's stats now. */
  public DomainStats stats() {
    return profiles.getDomain(domainName).stats();
  }

  /** How many jobs have started so far. */
  public int jobsStarted() {
    return jobOrder.size();
  }

  private void jobChanged(GetIdentityResolutionJobResponse job) {
    if (!jobStarted.containsKey(job.jobId())) {
      jobStarted.put(job.jobId(), nanoTime.getAsLong());
      jobOrder.add(job.jobId());
      before.put(job.jobId(), stats());
    }
    IdentityResolutionJobStatus s = job.status();
    if (s == IdentityResolutionJobStatus.COMPLETED || s == IdentityResolutionJobStatus.FAILED
        || s == IdentityResolutionJobStatus.PARTIAL_SUCCESS) {
      after.put(job.jobId(), stats());
      finished.put(job.jobId(), IdentityResolutionJob.builder().domainName(job.domainName())
          .jobId(job.jobId()).status(s).jobStartTime(job.jobStartTime())
          .jobEndTime(job.jobEndTime()).jobStats(job.jobStats())
          .exportingLocation(job.exportingLocation()).message(job.message()).build());
      time("job " + job.jobId() + " at " + job.jobStartTime(), jobStarted.get(job.jobId()));
      long reviewed = job.jobStats() == null || job.jobStats().numberOfProfilesReviewed() == null
          ? 0 : job.jobStats().numberOfProfilesReviewed();
      long matches = job.jobStats() == null || job.jobStats().numberOfMatchesFound() == null
          ? 0 : job.jobStats().numberOfMatchesFound();
      long merges = job.jobStats() == null || job.jobStats().numberOfMergesDone() == null
          ? 0 : job.jobStats().numberOfMergesDone();
      listener.note(String.format(Locale.ROOT, "%s job %s %s: %,d profiles reviewed, %,d matches,"
          + " %,d merges%s", job.jobStartTime(), job.jobId(), s, reviewed, matches, merges,
          job.message() == null ? "" : " (" + job.message() + ")"));
    }
  }

  /**
   * Writes the outputs and the report, and returns what the run found.
   *
   * @param weeks the stats at the end of each simulated week, or empty
   */
  public Outcome finish(String title, String description, List<Week> weeks) {
    long t = nanoTime.getAsLong();
    GetDomainResponse domain = profiles.getDomain(domainName);
    List<IdentityResolutionJob> jobs = listJobs();
    GetMatchesResponse matches = matches();
    List<Merge> merges = merges(jobOrder.stream().filter(finished::containsKey)
        .map(finished::get).toList());
    List<DeadLetterMessage> rejected = profiles.deadLetterQueue(deadLetterQueueUrl).stream()
        .filter(m -> m.domainName().equals(domainName)).toList();
    try {
      writeText(GET_DOMAIN, AwsJson.writePretty(domain) + "\n");
      writeText(JOBS, AwsJson.writePretty(new ListIdentityResolutionJobsResponse(jobs, null))
          + "\n");
      writeText(MATCHES, AwsJson.writePretty(matches) + "\n");
      try (Writer w = Files.newBufferedWriter(out.resolve(DEAD_LETTER), StandardCharsets.UTF_8)) {
        for (DeadLetterMessage m : rejected) {
          w.write(AwsJson.write(m));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the outputs in " + out, e);
    }
    // Jobs expire from ListIdentityResolutionJobs after 30 days; the report keeps every one.
    List<JobRun> runs = new ArrayList<>();
    for (String id : jobOrder) {
      if (finished.containsKey(id)) {
        runs.add(new JobRun(finished.get(id), before.get(id), after.get(id)));
      }
    }
    time("outputs", t);
    RunReport report = new RunReport(title, description, domain, objectTypes, ingestions, runs,
        weeks, matches.matchGenerationDate(), matches.matches(), merges,
        deadLetterCounts(rejected), timings);
    ReportWriter.write(report, out);
    return new Outcome(domain, matches, merges, report);
  }

  /**
   * What a run found.
   *
   * @param matches every match group of the latest completed job
   * @param merges every merge of the run, in order
   */
  public record Outcome(GetDomainResponse domain, GetMatchesResponse matches, List<Merge> merges,
      RunReport report) {

    /** The profile each merged-away profile ended in, chains followed. */
    public Map<String, String> finalProfiles() {
      return BatchRun.finalProfiles(merges);
    }

    /** Each profile's match group in the latest job. */
    public Map<String, MatchItem> groups() {
      Map<String, MatchItem> groups = new HashMap<>();
      for (MatchItem m : matches.matches()) {
        m.profileIds().forEach(id -> groups.put(id, m));
      }
      return groups;
    }
  }

  /**
   * Follows merges to the profile each merged profile ended in: when A was merged into B and later
   * B into C, A ended in C.
   */
  static Map<String, String> finalProfiles(List<Merge> merges) {
    Map<String, String> into = new HashMap<>();
    for (Merge m : merges) {
      m.mergedProfileIds().forEach(id -> into.put(id, m.mainProfileId()));
    }
    Map<String, String> resolved = new HashMap<>();
    for (String id : into.keySet()) {
      String at = id;
      int steps = 0;
      while (into.containsKey(at) && steps++ <= into.size()) {
        at = into.get(at);
      }
      resolved.put(id, at);
    }
    return resolved;
  }

  private List<IdentityResolutionJob> listJobs() {
    List<IdentityResolutionJob> jobs = new ArrayList<>();
    String token = null;
    do {
      ListIdentityResolutionJobsResponse page = profiles.listIdentityResolutionJobs(
          new ListIdentityResolutionJobsRequest(domainName, token, null));
      jobs.addAll(page.identityResolutionJobsList());
      token = page.nextToken();
    } while (token != null);
    return jobs;
  }

  private GetMatchesResponse matches() {
    List<MatchItem> all = new ArrayList<>();
    String token = null;
    GetMatchesResponse page;
    do {
      page = profiles.getMatches(new GetMatchesRequest(token, null, domainName));
      all.addAll(page.matches());
      token = page.nextToken();
    } while (token != null);
    return new GetMatchesResponse(null, page.matchGenerationDate(), page.potentialMatches(), all);
  }

  /** Reads the merges each job exported, in the order the jobs ran. */
  private List<Merge> merges(List<IdentityResolutionJob> jobs) {
    List<Merge> merges = new ArrayList<>();
    for (IdentityResolutionJob job : jobs) {
      S3ExportingLocation s3 = job.exportingLocation() == null ? null
          : job.exportingLocation().s3Exporting();
      if (s3 == null) {
        continue;
      }
      Path file = S3Layout.resolve(out.resolve(EXPORT_DIR), s3.s3BucketName(), s3.s3KeyName())
          .resolve("merges.jsonl");
      if (!Files.exists(file)) {
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            merges.add(merge(JSON.readTree(line), job.jobId()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return merges;
  }

  private static Merge merge(JsonNode node, String jobId) {
    List<String> merged = new ArrayList<>();
    node.path("MergedProfileIds").forEach(n -> merged.add(n.asText()));
    JsonNode criterion = node.get("Criterion");
    return new Merge(node.path("JobId").asText(jobId),
        criterion == null || criterion.isNull() ? null : criterion.asInt(),
        node.path("MainProfileId").asText(), merged);
  }

  /** Counts rejected rows by file and by the kind of reason (the text before its first colon). */
  static List<DeadLetterCount> deadLetterCounts(List<DeadLetterMessage> messages) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (DeadLetterMessage m : messages) {
      String source = m.source() == null ? m.objectTypeName() : m.source();
      int colon = m.reason().indexOf(':');
      String kind = colon < 0 ? m.reason() : m.reason().substring(0, colon);
      counts.computeIfAbsent(source, s -> new TreeMap<>()).merge(kind, 1L, Long::sum);
    }
    List<DeadLetterCount> list = new ArrayList<>();
    counts.forEach((source, kinds) ->
        kinds.forEach((kind, n) -> list.add(new DeadLetterCount(source, kind, n))));
    return list;
  }

  private void writeText(String name, String text) throws IOException {
    Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
  }

  private void time(String step, long startNanos) {
    timings.put(step, (nanoTime.getAsLong() - startNanos) / 1e9);
  }

  @Override
  public void close() {
    profiles.close();
  }
}
