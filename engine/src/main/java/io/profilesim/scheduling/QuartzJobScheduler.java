package io.profilesim.scheduling;

import io.profilesim.model.JobSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Fires jobs in wall-clock time with a real Quartz scheduler. Each domain is one durable Quartz job
 * (key: the domain name, group {@code identity-resolution}) with its {@link WeeklyTrigger}; Quartz
 * never runs two firings of one domain at once.
 *
 * <p>By default Quartz keeps its jobs in memory ({@code RAMJobStore}): nothing survives the
 * process. Quartz properties given to the constructor override the defaults, so a JDBC job store
 * ({@code org.quartz.jobStore.class = org.quartz.impl.jdbcjobstore.JobStoreTX} with a data source)
 * keeps triggers across restarts and shares them in a cluster; a weekly instant missed while no
 * process ran then fires once at start, as the trigger's misfire instruction says.
 *
 * <p>The scheduler starts with the first scheduled domain, on daemon threads.
 */
public final class QuartzJobScheduler implements JobScheduler {
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final String HANDLER_KEY = "handler";

  private final Properties properties;
  private final FireHandler handler;
  private Scheduler scheduler;
  private boolean closed;
  /** When set, no schedule starts before this clock's now. */
  private final Clock wallClock;

  /**
   * @param overrides Quartz properties that replace the defaults (thread pool of 2 daemon threads,
   *     RAMJobStore, a misfire threshold of 60 s)
   */
  public QuartzJobScheduler(FireHandler handler, Properties overrides) {
    this(handler, overrides, null);
  }

  private QuartzJobScheduler(FireHandler handler, Properties overrides, Clock wallClock) {
    this.handler = handler;
    this.properties = defaults();
    this.properties.putAll(overrides);
    this.wallClock = wallClock;
  }

  /**
   * Returns a scheduler for a service whose own clock need not be the wall clock (a fixed clock in
   * a test or an example, say): each schedule starts from the later of the given instant and the
   * wall clock's now, so a domain's first run is its next weekly instant in real time, never a
   * catch-up run for an instant that passed before the service existed.
   */
  public static QuartzJobScheduler inWallClockTime(FireHandler handler, Properties overrides,
      Clock wallClock) {
    return new QuartzJobScheduler(handler, overrides, wallClock);
  }

  private static Properties defaults() {
    Properties p = new Properties();
    // Each instance has its own scheduler: Quartz shares schedulers of the same name in a JVM.
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME,
        "profilesim-" + INSTANCES.incrementAndGet());
    p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", "2");
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    return p;
  }

  @Override
  public synchronized void schedule(String domainName, JobSchedule schedule, Instant from) {
    try {
      Scheduler s = scheduler();
      Instant start = wallClock != null && wallClock.instant().isAfter(from)
          ? wallClock.instant() : from;
      CronTrigger trigger = WeeklyTrigger.of(domainName, schedule, start);
      JobDetail job = JobBuilder.newJob(FireJob.class)
          .withIdentity(WeeklyTrigger.jobKey(domainName))
          .storeDurably()
          .build();
      s.addJob(job, true);
      if (s.checkExists(trigger.getKey())) {
        s.rescheduleJob(trigger.getKey(), trigger);
      } else {
        s.scheduleJob(trigger);
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot schedule the job of domain " + domainName, e);
    }
  }

  @Override
  public synchronized void unschedule(String domainName) {
    if (scheduler == null) {
      return;
    }
    try {
      scheduler.deleteJob(WeeklyTrigger.jobKey(domainName));
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot unschedule the job of domain " + domainName, e);
    }
  }

  @Override
  public synchronized Optional<Instant> nextFireTime(String domainName) {
    if (scheduler == null) {
      return Optional.empty();
    }
    try {
      Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(domainName, WeeklyTrigger.GROUP));
      Date next = t == null ? null : t.getNextFireTime();
      return Optional.ofNullable(next).map(Date::toInstant);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot read the trigger of domain " + domainName, e);
    }
  }

  /**
   * Shuts Quartz down, waiting for a running job to finish. The wait happens outside this object's
   * lock, because the running job reads its next fire time through it.
   */
  @Override
  public void close() {
    Scheduler s;
    synchronized (this) {
      s = scheduler;
      scheduler = null;
      closed = true;
    }
    if (s != null) {
      try {
        s.shutdown(true);
      } catch (SchedulerException e) {
        throw new IllegalStateException("cannot shut the Quartz scheduler down", e);
      }
    }
  }

  private Scheduler scheduler() throws SchedulerException {
    if (closed) {
      throw new IllegalStateException("the Quartz scheduler was closed");
    }
    if (scheduler == null) {
      Scheduler s = new StdSchedulerFactory(properties).getScheduler();
      s.getContext().put(HANDLER_KEY, handler);
      s.start();
      scheduler = s;
    }
    return scheduler;
  }

  /** The Quartz job: hands the firing to the handler with the instant it was scheduled for. */
  @DisallowConcurrentExecution
  public static final class FireJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      try {
        FireHandler h = (FireHandler) context.getScheduler().getContext().get(HANDLER_KEY);
        h.fire(context.getJobDetail().getKey().getName(), context.getScheduledFireTime().toInstant());
      } catch (SchedulerException e) {
        throw new IllegalStateException("Quartz scheduler context lost its handler", e);
      }
    }
  }
}
