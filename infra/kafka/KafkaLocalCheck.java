// Readiness probe for infra/kafka/start-local.sh, run with the JDK's
// single-file source launcher against the cached Kafka jars:
//
//   java -cp "<cache>/libs/*" infra/kafka/KafkaLocalCheck.java BOOTSTRAP TIMEOUT_MS [--warm-groups]
//
// Succeeds (exit 0, prints the cluster id on stdout) once the broker answers a
// metadata request (DescribeCluster). With --warm-groups it also asks for a
// group coordinator, which makes the broker create __consumer_offsets now
// instead of on a test's first consumer.join (kafkajs then logs
// "The group coordinator is not available" and retries).
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

public class KafkaLocalCheck {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: KafkaLocalCheck BOOTSTRAP TIMEOUT_MS [--warm-groups]");
      System.exit(2);
    }
    String bootstrap = args[0];
    long timeoutMs = Long.parseLong(args[1]);
    boolean warmGroups = args.length > 2 && "--warm-groups".equals(args[2]);
    long deadline = System.currentTimeMillis() + timeoutMs;

    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-local-check");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(timeoutMs, 1000)));
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "200");
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
    props.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "200");

    Admin admin = Admin.create(props);
    try {
      String clusterId = admin.describeCluster().clusterId().get(remaining(deadline), TimeUnit.MILLISECONDS);
      int brokers = admin.describeCluster().nodes().get(remaining(deadline), TimeUnit.MILLISECONDS).size();
      if (brokers < 1) {
        throw new IllegalStateException("cluster reports no brokers");
      }
      if (warmGroups) {
        // Retries COORDINATOR_NOT_AVAILABLE internally until the offsets topic is up.
        admin.listConsumerGroupOffsets("kafka-local-warmup")
            .partitionsToOffsetAndMetadata()
            .get(remaining(deadline), TimeUnit.MILLISECONDS);
      }
      admin.close(Duration.ofSeconds(2));
      System.out.println(clusterId);
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      System.err.println("Kafka at " + bootstrap + " not ready: " + cause);
      admin.close(Duration.ZERO);
      System.exit(1);
    }
  }

  private static long remaining(long deadline) {
    return Math.max(1, deadline - System.currentTimeMillis());
  }
}
